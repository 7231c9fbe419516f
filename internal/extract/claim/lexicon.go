package claim

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// cueClass says how a cue word relates to its speaker and content.
type cueClass uint8

const (
	// verbCue is a reporting verb: the speaker follows it (VSO) or, after
	// كان ... قد, precedes it; the content follows أن/إن, a colon, a quote, عن/ب
	// or, for object-taking verbs, the speaker directly.
	verbCue cueClass = iota + 1
	// relayCue is نقل: "نقلت X عن Y قوله": speaker Y, via X.
	relayCue
	// accordingCue is بحسب/حسب/وفق/وفقا لـ/طبقا لـ/نقلا عن: the speaker is the
	// noun phrase after it, the content the clause around it.
	accordingCue
	// accordingVerbCue is حسبما/كما/وفق ما: a verb and its speaker follow.
	accordingVerbCue
	// participleCue is مضيفا/مشيرا...: it continues the sentence's speaker.
	participleCue
	// asHeSaidCue is "على حد قوله/تعبيره": the last speaker.
	asHeSaidCue
)

// cue is one entry of the lexicon.
type cue struct {
	class cueClass
	// object is true for verbs whose content may follow the speaker directly
	// (أعلن الجيش مقتل...، وثق المرصد مقتل...).
	object bool
	// marked is true for verbs that are also common nouns or adjectives
	// (تابع، طالب، ذكر): they need a complement marker to count.
	marked bool
	// gender is the agreement of a verb form: 'm', 'f', or 'p' (plural).
	gender byte
	// accuse marks اتهم: "اتهم X بـ" names the accused, not the speaker.
	accuse bool
	// named marks verbs of belief and estimate: without a subject they are
	// impersonal («ويُعتقد أن»: it is believed), never a back-reference.
	named bool
}

// verbForms lists reporting verbs by their folded past masculine form, each
// followed by the other forms of the same verb (feminine, plural, present).
var verbForms = []struct {
	forms  string
	object bool
	marked bool
	named  bool
}{
	{forms: "قال قالت قالوا قلن يقول تقول يقولون"},
	{forms: "اكد اكدت اكدوا يؤكد تؤكد يؤكدون", object: true},
	{forms: "اوضح اوضحت اوضحوا يوضح توضح"},
	{forms: "افاد افادت افادوا يفيد تفيد يفيدون", object: true},
	{forms: "صرح صرحت صرحوا يصرح تصرح"},
	{forms: "اشار اشارت اشاروا يشير تشير"},
	{forms: "لفت لفتت يلفت تلفت", marked: true},
	{forms: "ذكر ذكرت ذكروا يذكر تذكر", marked: true},
	{forms: "اعلن اعلنت اعلنوا يعلن تعلن", object: true},
	{forms: "كشف كشفت يكشف تكشف", object: true},
	{forms: "نفي نفت نفوا ينفي تنفي", object: true},
	{forms: "اتهم اتهمت اتهموا يتهم تتهم", object: true},
	{forms: "طالب طالبت طالبوا يطالب تطالب", marked: true},
	{forms: "تابع تابعت يتابع تتابع", marked: true},
	{forms: "اضاف اضافت اضافوا يضيف تضيف"},
	{forms: "زعم زعمت زعموا يزعم تزعم"},
	{forms: "ادعي ادعت يدعي تدعي"},
	{forms: "وثق وثقت يوثق توثق", object: true},
	{forms: "حذر حذرت حذروا يحذر تحذر"},
	{forms: "شدد شددت يشدد تشدد"},
	{forms: "اعتبر اعتبرت يعتبر تعتبر"},
	{forms: "اورد اوردت يورد تورد"},
	{forms: "ابلغ ابلغت يبلغ تبلغ"},
	{forms: "اقر اقرت يقر تقر", object: true},
	{forms: "تحدث تحدثت يتحدث تتحدث", marked: true},
	{forms: "قدر قدرت قدروا يقدر تقدر يقدرون", marked: true, named: true},
	{forms: "جدد جددت يجدد تجدد", marked: true},
	{forms: "نوه نوهت ينوه"},
	{forms: "اختتم اختتمت يختتم تختتم ختم"},
	{forms: "رصد رصدت يرصد", object: true, marked: true},
	{forms: "تعهد تعهدت يتعهد تتعهد", object: true},
	{forms: "توعد توعدت يتوعد تتوعد", object: true},
	{forms: "دعا دعت يدعو تدعو", object: true, marked: true},
	{forms: "ناشد ناشدت يناشد تناشد", object: true, marked: true},
	{forms: "وصف وصفت يصف تصف", marked: true},
	// belief and estimate: a view stated, with its complement (تعتقد الإمارات أن، ترجح مصادر أن)
	{forms: "اعتقد اعتقدت اعتقدوا يعتقد تعتقد يعتقدون", marked: true, named: true},
	{forms: "رجح رجحت رجحوا يرجح ترجح يرجحون", marked: true, named: true},
	{forms: "توقع توقعت توقعوا يتوقع تتوقع يتوقعون", marked: true, named: true},
	{forms: "اكتشف اكتشفت", marked: true},
	{forms: "يري تري رات", marked: true, named: true},
	{forms: "افصح افصحت يفصح تفصح", marked: true},
	{forms: "كتب كتبت يكتب تكتب", marked: true},
	{forms: "غرد غردت يغرد تغرد", marked: true},
}

// participles continue the speaker of their sentence (…، مضيفا أن).
const participles = `مضيفا مضيفه مضيفين مشيرا مشيره مشيرين موضحا موضحه مؤكدا مؤكده مؤكدين
	لافتا لافته متابعا متابعه قائلا قائله قائلين معتبرا معتبره محذرا محذره مشددا مشدده منوها منوهه
	مبينا مبينه كاشفا كاشفه معلنا معلنه مرجحا مرجحه مقدرا مقدره`

// according lists the "according to" words (folded, clitics kept as written).
const according = `بحسب حسب وفق وفقا طبقا استنادا`

// accordingVerb lists the words after which "ما + verb + speaker" or "verb +
// speaker" follows: حسبما أفاد، كما ذكر، وفق ما أعلن.
const accordingVerb = `حسبما بحسبما وفقما كما`

var cues = map[string]cue{}

func init() {
	for _, v := range verbForms {
		forms := strings.Fields(v.forms)
		for i, f := range forms {
			cues[f] = cue{class: verbCue, object: v.object, marked: v.marked, named: v.named, gender: genderOf(f, i), accuse: forms[0] == "اتهم"}
		}
	}
	for _, f := range strings.Fields("نقل نقلت نقلوا ينقل تنقل") {
		cues[f] = cue{class: relayCue}
	}
	for _, f := range strings.Fields(participles) {
		cues[f] = cue{class: participleCue}
	}
	for _, f := range strings.Fields(according) {
		cues[f] = cue{class: accordingCue}
	}
	for _, f := range strings.Fields(accordingVerb) {
		cues[f] = cue{class: accordingVerbCue}
	}
}

// genderOf tells the agreement of a verb form from its shape; i is its place
// in its entry, whose first form is the masculine past (قال، تابع، لفت).
func genderOf(f string, i int) byte {
	switch {
	case strings.HasSuffix(f, "وا") || strings.HasSuffix(f, "ون") || f == "قلن":
		return 'p'
	case i > 0 && (strings.HasSuffix(f, "ت") || strings.HasPrefix(f, "ت")):
		return 'f'
	}
	return 'm'
}

// passive reports whether a vowelled verb is written as a passive: a damma
// on one of its first three letters (اتُّهم، يُذكر، قُتل).
func passive(word string) bool {
	letters := 0
	for _, r := range word {
		if r == '\u064F' && letters <= 3 {
			return true
		}
		if _, keep := text.FoldRune(r); keep && r != '\u0651' {
			letters++
		}
	}
	return false
}

// lookupCue returns the cue a token is, trying the word and the word without
// a leading و or ف.
func lookupCue(t text.Token) (cue, bool) {
	if t.Kind != text.Word || t.Norm == "فحسب" || passive(t.Text) {
		return cue{}, false
	}
	n := t.Norm
	if c, ok := cues[n]; ok {
		return c, true
	}
	for _, p := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(n, p); ok && len([]rune(rest)) >= 2 {
			if c, ok := cues[rest]; ok {
				return c, true
			}
		}
	}
	return cue{}, false
}

// set is a set of folded words.
type set map[string]bool

func newSet(words string) set {
	s := set{}
	for _, w := range strings.Fields(words) {
		s[text.Fold(w)] = true
	}
	return s
}

// wordSets holds the closed word classes the parser consults.
var wordSets = struct {
	complement, weekday, timeWord, stopNP, relative, clauseBreak   set
	statementNoun, roleHead, title, anonymous, stance, outletHead  set
	givenName, docNoun, quoteOf, skipAfterCue, eventNoun, timeNoun set
}{
	// complement markers that open a reported content.
	complement: newSet("ان انه انها انهم انهما انهن بان بانه بانها بانهم لان"),
	weekday:    newSet("الاثنين الثلاثاء الاربعاء الخميس الجمعه السبت الاحد"),
	timeWord:   newSet("يناير فبراير مارس ابريل مايو يونيو يوليو اغسطس سبتمبر اكتوبر نوفمبر ديسمبر لسنوات لاشهر لايام مرارا تكرارا باستمرار دائما اليوم امس صراحه علنا رسميا ضمنا مساء صباح صباحا ليلا ظهرا فجرا ليل ليله الليله ظهر فجر ايضا كذلك بدوره بدورها مجددا اخيرا سابقا لاحقا حينها"),
	// words that end a speaker's noun phrase.
	stopNP: newSet(`عن الي الى من علي امام خلال لدى لدي بعد عقب اثناء قبل حين بينما فيما عندما حيث منذ
		قد فقد فان لقد لم لن لا ما انه انها عبر مع حول ضمن وسط دون بشان ازاء اذ الا كما ثم او ام`),
	relative:    newSet("الذي التي الذين اللذين اللتين اللواتي اللاتي ومقره ومقرها ومقرهم"),
	clauseBreak: newSet("فيما بينما"),
	// nouns after في that name the occasion of a statement.
	statementNoun: newSet(`بيان بيانه بيانها تصريح تصريحات صحافي صحافيه صحفي صحفيه تصريحه تصريحاتها تصريحاته حديث حديثه حديثها مقابله
		الفيديو فيديو شريط الشريط مقطع تسجيل التسجيل مقابلته المقابله المؤتمر البيان بيانات التصريحات الحديث
		مؤتمر كلمه كلمته رساله تغريده لقاء اتصال خطاب اجتماع جلسه تقرير تقريره تقريرها منشور`),
	roleHead: newSet(`متحدث متحدثه ناطق ناطقه قائده عضوه محاميه محامي نائبه مراسله وزير وزيره رئيس رئيسه مدير مديره عضو ناشط ناشطه قائد قيادي مسؤول مسؤوله
		مندوب مندوبه ممثل ممثله سفير سفيره امين مستشار مستشاره نائب مبعوث مفوض محافظ حاكم زعيم منسق مراسل والد والده
		طبيب طبيبه دكتور سيناتور قاضي مدعي رئيسا نائبه مساعد عميد لواء عقيد عميد جنرال ملك امير شيخ محلل خبير
		باحث مسؤولو مسؤولي مدرس مختار قائم`),
	title:      newSet("الجنرال العميد اللواء العقيد الرئيس الملك الامير الشيخ الدكتور السيد السيده السفير الوزير الوزيره"),
	anonymous:  newSet("ضابط مصدر مصادر ناشطون ناشطين نشطاء شهود شاهد سكان ساكن مسؤول مسؤولون مسؤولين مراقبون مراقبين مسعفون مسعفين احد رجل امراه مواطن مواطنون"),
	stance:     newSet("المعارض المعارضه الموالي المواليه المستقل المستقله المقرب المقربه"),
	outletHead: newSet("وكاله وكالات صحيفه صحف قناه تلفزيون التلفزيون اذاعه موقع شبكه مجله وسائل"),
	// documents that carry another speaker's words: "حسب الأرقام التي أكدها X".
	docNoun: newSet("نتائج النتائج بيان البيان تقرير التقرير الارقام ارقام التقديرات تقديرات الاحصاءات احصاءات الاحصائيات احصائيات حصيله الحصيله بيانات البيانات المعلومات معلومات"),
	quoteOf: newSet("قوله قولها قولهم قولهما تاكيده تاكيدها"),
	// words right after a cue that are not its speaker: وتابع حديثه، قائلا.
	skipAfterCue: newSet("حديثه حديثها قائلا قائله بالقول القول التاكيد تاكيده تاكيدها"),
	givenName:    newSet(givenNames),
	// verbal nouns that open an announced object: أعلن الجيش مقتل ...
	timeNoun: newSet("الشهر الاسبوع العام السنه الماضي الماضيه المقبل المقبله الجاري الحالي الصباح المساء"),
	eventNoun: newSet(`مقتل مصرع سقوط اصابه اصابات العثور عثور استهداف اجلاء خروج سيطره السيطره تحرير نزوح وصول
		تدمير اعتقال اطلاق تنفيذ شن رفض فشل نجاح التوصل استعاده دخول انسحاب انتهاء بدء وقف ارتفاع تراجع
		مشاركه تسجيل ارسال مغادره فرار عوده تعرض مقتلهم مصرعهم حدوث وقوع وفاه`),
}

// nisba reports whether a folded base looks like a relational adjective
// (السوري، التركية، الروسية): it ends in ي or يه.
func nisba(base string) bool {
	return strings.HasSuffix(base, "ي") || strings.HasSuffix(base, "يه")
}
