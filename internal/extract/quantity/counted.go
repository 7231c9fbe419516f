package quantity

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
	"github.com/marsad/marsad/internal/text/numeral"
)

// counted is the noun found after a figure.
type counted struct {
	noun, unit string
	end        int
	time       bool // a unit of time: the figure is a duration or an age
	lexicon    bool // the noun is in the lexicon
}

// stop holds words that follow numbers but are not what they count.
var stop = map[string]bool{}

// others are "others" after a count (3 آخرين، 5.6 مليون آخرين): people.
var others = map[string]bool{"اخرين": true, "اخرون": true, "اخريات": true}

func init() {
	for _, w := range strings.Fields(`في من على علي الى إلى عن مع منذ او أو ثم قد لا لم لن ما ان أن إن التي الذي الذين
		اللذين اللتين هذا هذه ذلك تلك كل بعد قبل حتى خلال عند لدى بين حول ضد نحو فقط أيضا ايضا كما بينما فيما حيث
		وقد كان كانت يكون تكون آخرين آخرون أخرى اخرى آخر اخر منهم منها بينهم بينهن وفق وفقا بحسب حسب عندما
		قتلوا قتلو أصيبوا اصيبوا لقوا لقي قتل قتلت أصيب اصيب جرحوا سقطوا فروا خرجوا غادروا وصلوا مدنيين
		ألف آلاف مليون مليار بالمئة بالمائة تقريبا فقط على الأقل الاقل مقابل لكل بواقع يوميا سنويا شهريا أسبوعيا
		بهم بها به له لها لهم فيه فيها فيهم عليه عليها عليهم منه عنه عنها عنهم اليه إليه إليها إليهم هم هي هو نحن
		اثر إثر جراء جرّاء بسبب نتيجة بجروح بجراح`) {
		stop[text.Fold(w)] = true
	}
	delete(stop, text.Fold("مدنيين"))
}

// nounAfter reads the counted noun at token j: a lexicon noun (15 طفلا،
// مقاتلين), "من [بين] [هؤلاء] النازحين" (38 من العمال), a unit of time (a
// duration, flagged), or any other indefinite word as an unknown noun.
// allowDef admits a definite noun (عشرات الأشخاص).
func (x *extractor) nounAfter(j int, allowDef bool) (counted, bool) {
	toks := x.toks
	if j < len(toks) && (toks[j].Kind == text.Punct || toks[j].Kind == text.Latin) {
		if sym := toks[j].Text; currencySymbols[sym] || currencyCodes[strings.ToUpper(sym)] {
			return counted{noun: sym, unit: "money", end: j + 1, lexicon: true}, true
		}
	}
	if e, ok := currencyAbbrev(toks, j); ok {
		return counted{noun: x.d.Text[toks[j].Start:toks[j+2].End], unit: "money", end: e, lexicon: true}, true
	}
	if j >= len(toks) || toks[j].Kind != text.Word {
		return counted{}, false
	}
	t := toks[j]
	if _, ok := numeral.LookupTimeUnit(t.Norm); ok {
		return counted{time: true, end: j + 1}, true
	}
	if nn, def, prefix, ok := lookupNoun(t.Norm); ok && (!def || allowDef) && plainPrefix(prefix) {
		return counted{noun: nn.Singular, unit: x.refineUnit(nn, j+1), end: j + 1, lexicon: true}, true
	}
	if t.Norm == "من" && j+1 < len(toks) && (toks[j+1].Norm == "العمر" || toks[j+1].Norm == "عمره" || toks[j+1].Norm == "عمرها") {
		return counted{time: true, end: j + 2}, true // an age
	}
	if t.Norm == "من" {
		k := j + 1
		for k < len(toks) && k <= j+3 && (toks[k].Norm == "بين" || toks[k].Norm == "هولاء" || toks[k].Norm == "هؤلاء") {
			k++
		}
		if k < len(toks) {
			nn, _, _, ok := lookupNoun(toks[k].Norm)
			if !ok && toks[k].Suffix != "" {
				nn, _, _, ok = lookupNoun(toks[k].Base) // من جنودها
			}
			if !ok && k+1 < len(toks) && toks[k+1].Definite {
				nn, ok = constructPlural(toks[k].Norm) // من مقاتلي الحشد: a plural in construct drops its ن
			}
			if ok && nn.Plural {
				return counted{noun: nn.Singular, unit: x.refineUnit(nn, k+1), end: k + 1, lexicon: true}, true
			}
			if _, ok := numeral.LookupTimeUnit(toks[k].Norm); ok {
				return counted{time: true, end: k + 1}, true
			}
			if t := toks[k]; t.Kind == text.Word && t.Definite && !stop[t.Norm] && len([]rune(t.Base)) >= 3 {
				// 12 من عملاء...: an unknown plural after من is still what is counted
				unit := "other"
				if nisbaPeople(t.Norm) || humanPlural(t.Base) {
					unit = "people"
				}
				return counted{noun: t.Text[cliticBytes(t):], unit: unit, end: k + 1}, true
			}
		}
		return counted{}, false
	}
	if others[t.Norm] {
		return counted{unit: "people", end: j + 1}, true // ثلاثة آخرين: people, noun unsaid
	}
	hamza := hamzaInitial(t.Text)
	def := t.Definite && !hamza
	if def != allowDef || t.Prefix != "" && !def && !hamza || stop[t.Norm] || stop[t.Base] || len([]rune(t.Norm)) < 3 {
		return counted{}, false
	}
	if _, ok := numeral.Cardinal(toks, j); ok {
		return counted{}, false
	}
	if _, ok := numeral.Month(toks, j); ok {
		return counted{}, false
	}
	unit := "other"
	if nisbaPeople(t.Norm) {
		unit = "people"
	}
	noun := t.Text[cliticBytes(t):]
	if hamza {
		noun = t.Text
	}
	return counted{noun: strings.TrimSuffix(noun, "ً"), unit: unit, end: j + 1}, true
}

// cliticBytes is the byte length of the proclitics the text core split off t.
func cliticBytes(t text.Token) int {
	if t.Prefix == "" {
		return 0
	}
	return lettersBytes(t.Text, len([]rune(t.Prefix)))
}

// refineUnit looks after a noun for the side it belongs to: عنصر of the
// regime or the army is a soldier, not a fighter.
func (x *extractor) refineUnit(nn noun, j int) string {
	if nn.Unit == "people" && x.fighting(j) {
		return "fighters" // ثلاثة أجانب في صفوفها، بريطانيان يقاتلان
	}
	if nn.Unit != "fighters" || nn.Singular != "عنصر" {
		return nn.Unit
	}
	toks := x.toks
	for k := j; k < len(toks) && k < j+6; k++ {
		switch strings.TrimPrefix(toks[k].Norm, "و") {
		case "النظام", "الجيش", "الشرطه", "الامن", "الحكوميه", "الامنيه", "الحكومه", "جيش", "الجيوش", "الحرس":
			return "soldiers"
		case "المدني", "الخوذ", "الاسعاف", "الانقاذ", "الاغاثه", "الهلال", "الصليب":
			return "people" // عناصر الدفاع المدني، الخوذ البيضاء: rescuers, not fighters
		case ".", "،":
			return nn.Unit
		}
	}
	return nn.Unit
}

// impliedNoun finds the noun a bare figure counts earlier in its sentence
// ("ارتفع عدد المدنيين الذين خرجوا ... إلى 79702"): the nearest plural or
// definite lexicon noun within the sentence. It returns "other" when none.
func (x *extractor) impliedNoun(i int) (string, string) {
	s := x.d.SentenceOf(i)
	if s < 0 {
		return "", "other"
	}
	from, _ := x.d.SentenceTokens(s)
	// "عدد المدنيين ... إلى 79702": the noun after عدد, anywhere before.
	for k := i - 2; k >= from; k-- {
		if w := strings.TrimPrefix(x.toks[k].Norm, "و"); w != "عدد" && w != "العدد" && w != "اجمالي" {
			continue
		}
		for j := k + 1; j < i && j <= k+3; j++ {
			if nn, _, _, ok := lookupNoun(x.toks[j].Norm); ok && nn.Unit != "other" {
				return nn.Singular, nn.Unit
			}
		}
	}
	for k := i - 1; k >= from && k >= i-12; k-- {
		t := x.toks[k]
		if t.Kind != text.Word {
			continue
		}
		if nn, _, _, ok := lookupNoun(t.Norm); ok && nn.Unit != "other" {
			return nn.Singular, nn.Unit
		}
	}
	return "", "other"
}

// currencySymbols and currencyCodes mark money written with a sign or an
// ISO code beside the figure ($10، 20 €، 42 KWD).
var (
	currencySymbols = map[string]bool{"$": true, "€": true, "£": true, "¢": true, "¥": true}
	currencyCodes   = map[string]bool{}
)

func init() {
	for _, c := range strings.Fields("USD EUR GBP SAR AED KWD QAR BHD OMR JOD LBP SYP IQD EGP LYD TND DZD MAD SDG YER TRY IRR ILS RUB CNY JPY CHF") {
		currencyCodes[c] = true
	}
}

// currencyAbbrevs are the currencies written as two letters with a dot
// (ل.س Syrian pound, ج.م Egyptian pound, ر.س Saudi riyal, د.ك Kuwaiti dinar).
var currencyAbbrevs = map[string]bool{"ل س": true, "ل ل": true, "ج م": true, "ج س": true, "ر س": true, "ر ق": true, "ر ع": true,
	"د ك": true, "د ا": true, "د ب": true, "د ع": true, "د ج": true, "د م": true, "د ت": true, "د ل": true}

// currencyAbbrev reads such an abbreviation at token j (ل.س، ج.م.) and
// returns the end of it, with a final dot.
func currencyAbbrev(toks []text.Token, j int) (int, bool) {
	if j+2 >= len(toks) || toks[j].Kind != text.Word || toks[j+1].Text != "." || toks[j+2].Kind != text.Word ||
		toks[j].End != toks[j+1].Start || toks[j+1].End != toks[j+2].Start {
		return j, false
	}
	if !currencyAbbrevs[toks[j].Norm+" "+toks[j+2].Norm] {
		return j, false
	}
	e := j + 3
	if e < len(toks) && toks[e].Text == "." && toks[e].Start == toks[e-1].End && (e+1 == len(toks) || toks[e+1].Start > toks[e].End) {
		e++ // ج.م.
	}
	return e, true
}

// currencyBefore reads a currency sign written before a figure ($10، $ 10).
func currencyBefore(toks []text.Token, i int) bool {
	return i > 0 && toks[i-1].Kind == text.Punct && currencySymbols[toks[i-1].Text]
}

// plainPrefix reports a proclitic a counted noun may carry right after its
// number: none, or the article (عشرات الأشخاص). A preposition (بهجوم، لمجلس)
// starts another phrase.
func plainPrefix(p string) bool {
	return p == "" || p == "ال"
}

// nisbaPeople reports an unknown noun that is a nisba adjective used as a
// noun after a count (11 مليون عراقي، ملايين السوريين): people.
func nisbaPeople(norm string) bool {
	w := strings.TrimPrefix(norm, "ال")
	n := len([]rune(w))
	return n >= 4 && (strings.HasSuffix(w, "ي") || strings.HasSuffix(w, "يين") || strings.HasSuffix(w, "يون"))
}

// hamzaInitial reports a word written with a hamza on its first alef (ألوية،
// إنذار), which the matching form folds to ال but which has no article.
func hamzaInitial(s string) bool {
	return strings.HasPrefix(s, "أل") || strings.HasPrefix(s, "إل") || strings.HasPrefix(s, "آل")
}

// fighting reports, within three tokens after j, that the people counted
// fight: يقاتلون، يقاتلان، في صفوف.
func (x *extractor) fighting(j int) bool {
	toks := x.toks
	for k := j; k < len(toks) && k < j+3; k++ {
		w := toks[k].Norm
		if toks[k].Kind == text.Punct {
			return false
		}
		if strings.HasPrefix(w, "يقاتل") || strings.HasPrefix(w, "تقاتل") || strings.HasPrefix(w, "صفوف") || strings.HasPrefix(w, "قاتلوا") {
			return true
		}
	}
	return false
}

// humanVerbs are plural verbs whose subject is people (التسعة والثلاثين لقوا
// حتفهم، 79 ألفا خرجوا): a bare figure before them counts people.
var humanVerbs = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`قتلوا لقوا أصيبوا اصيبوا جرحوا نزحوا فروا خرجوا غادروا وصلوا عادوا اعتقلوا
		اختطفوا خطفوا أعدموا اعدموا ماتوا توفوا هربوا تظاهروا شاركوا استشهدوا سقطوا قضوا أجلوا اجلوا`) {
		humanVerbs[text.Fold(w)] = true
	}
}

// countedAt reports a noun at k written right after a number (7 صواريخ).
func (x *extractor) countedAt(k int) bool {
	if k == 0 {
		return false
	}
	if x.toks[k-1].Kind == text.Number {
		return true
	}
	_, ok := numeral.Cardinal(x.toks, k-1)
	return ok
}

// groupRef reports a bare figure that picks out part of a group named
// before it: "11 منهم" / "بينهم 14" (human: the pronoun is of people) or
// "5 منها" (any group). i is the figure's first token, j the token after it.
func (x *extractor) groupRef(i, j int) (human, ok bool) {
	ref := func(w string) (bool, bool) {
		switch strings.TrimPrefix(w, "و") {
		case "منهم", "منهن", "بينهم", "بينهن":
			return true, true
		case "منها", "بينها":
			return false, true
		}
		return false, false
	}
	if j < len(x.toks) && strings.HasPrefix(strings.TrimPrefix(x.toks[j].Norm, "و"), "من") {
		// "11 منهم"; but "1002 بينهم 215 طفلا" is the total, the part after it
		if h, ok := ref(x.toks[j].Norm); ok {
			return h, true
		}
	}
	if i > 0 {
		switch strings.TrimPrefix(x.toks[i-1].Norm, "و") {
		case "بينهم", "بينهن", "بينها", "منهم", "منهن", "منها":
			return ref(x.toks[i-1].Norm) // بينهم 14، ومنهم 5 في حالة حرجة
		}
	}
	return false, false
}

// antecedent finds the group a figure with منهم/بينهم counts part of: the
// nearest lexicon noun before it in the sentence, of people when human.
// With none, the unit is "other": a noun further off is not guessed at. The
// kind is KindPart either way.
func (x *extractor) antecedent(i int, human bool) (string, string, string) {
	s := x.d.SentenceOf(i)
	if s < 0 {
		return "", "other", KindPart
	}
	from, _ := x.d.SentenceTokens(s)
	for k := i - 1; k >= from; k-- {
		t := x.toks[k]
		if t.Kind != text.Word {
			continue
		}
		nn, _, _, ok := lookupNoun(t.Norm)
		if !ok || nn.Construct {
			continue
		}
		if human && !humanUnit[nn.Unit] {
			continue
		}
		if !human && !nn.Plural && !x.countedAt(k) {
			continue // منها points back to a group: a plural or a counted noun
		}
		return nn.Singular, nn.Unit, KindPart
	}
	return "", "other", KindPart
}

// humanPlural reports whether a word without its article is a sound
// masculine plural of a participle (الموجودين، المعتقلين، المسافرون): people.
func humanPlural(base string) bool {
	r := []rune(base)
	return len(r) >= 5 && r[0] == 'م' && (strings.HasSuffix(base, "ين") || strings.HasSuffix(base, "ون"))
}

// casualtyWords are the verbs and verbal nouns of killing, wounding and
// arrest: a bare number right after one counts people (مقتل 16، جرح 14).
var casualtyWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`مقتل قتل قتلت جرح جرحت اصابه إصابة اصيب أصيب وفاه وفاة مصرع اعدام إعدام اعتقال اعتقل
		اختطاف اختطف خطف اسر أسر جرحي جرحى قتلي قتلى`) {
		f := text.Fold(w)
		casualtyWords[f] = true
		for _, p := range []string{"و", "ب", "ل", "ف"} {
			casualtyWords[p+f] = true
		}
	}
}

// casualtyBefore reports whether a casualty word stands right before token
// i, with at most two time words between (قتل ليلة أمس 5).
func (x *extractor) casualtyBefore(i int) bool {
	for k, skipped := i-1, 0; k >= 0 && skipped <= 2; k, skipped = k-1, skipped+1 {
		t := x.toks[k]
		if t.Kind != text.Word {
			return false
		}
		if casualtyWords[t.Norm] {
			return true
		}
		if _, isTime := numeral.LookupTimeUnit(t.Norm); !isTime && !timeAdverbs[t.Norm] {
			return false
		}
	}
	return false
}

var timeAdverbs = map[string]bool{"امس": true, "اليوم": true, "ليله": true, "ليلا": true, "صباحا": true, "مساء": true,
	"الاحد": true, "الاثنين": true, "الثلاثاء": true, "الاربعاء": true, "الخميس": true, "الجمعه": true, "السبت": true}

// constructPlural reads a sound masculine plural in construct, which drops
// its final ن (مقاتلي الحشد، موظفو الشركة): the plural it stands for.
func constructPlural(w string) (noun, bool) {
	for _, end := range []string{"ي", "و"} {
		if strings.HasSuffix(w, end) {
			if nn, def, _, ok := lookupNoun(w + "ن"); ok && !def && nn.Plural {
				return nn, true
			}
		}
	}
	return noun{}, false
}
