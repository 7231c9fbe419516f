package claim

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// want describes the claim expected to hold a piece of content.
type want struct {
	holds   string // a piece of the content the claim must hold
	cue     string
	kind    string
	speaker string // resolved name
	role    string
	via     string // canonical name of the only via; "" for none
	anon    bool
}

// All sentences are written for these tests; none comes from an article.
var cases = []struct {
	name string
	text string
	want []want
	// none lists content that no claim may hold (the outlet's own words).
	none []string
}{
	{
		name: "say with role and agency",
		text: "قال طلال سلمان، المتحدث باسم قوات حماية السهل، لوكالة فرانس برس إن 250 مقاتلا ما زالوا في المدينة.",
		want: []want{{holds: "250 مقاتلا", cue: "قال", kind: Indirect, speaker: "طلال سلمان",
			role: "المتحدث باسم قوات حماية السهل", via: "فرانس برس"}},
	},
	{
		name: "role before the name without commas",
		text: "وأفاد مدير مستشفى المدينة هيثم الراشد لسانا عن وصول 35 جريحا.",
		want: []want{{holds: "35 جريحا", cue: "وأفاد", kind: Indirect, speaker: "هيثم الراشد", role: "مدير مستشفى المدينة", via: "سانا"}},
	},
	{
		name: "feminine organisation with a weekday",
		text: "قالت وزارة الصحة، الأحد، إن 30 شخصا قتلوا في الانفجار.",
		want: []want{{holds: "30 شخصا", cue: "قالت", kind: Indirect, speaker: "وزارة الصحة"}},
	},
	{
		name: "present tense with via",
		text: "يقول أحمد ناصر لوكالة رويترز إن القصف دمر 12 منزلا.",
		want: []want{{holds: "12 منزلا", cue: "يقول", speaker: "أحمد ناصر", via: "رويترز"}},
	},
	{
		name: "via to a quoted newspaper",
		text: "وقال مسؤول أمني لـ\"الشرق الأوسط\" إن 4 عناصر اعتقلوا.",
		want: []want{{holds: "4 عناصر", speaker: "مسؤول أمني", via: "الشرق الأوسط", anon: true}},
	},
	{
		name: "relay: نقل عن ... قوله",
		text: "ونقلت وكالة رويترز عن مصدر عسكري قوله إن الهجوم أسفر عن مقتل 12 عنصرا.",
		want: []want{{holds: "12 عنصرا", cue: "ونقلت", speaker: "مصدر عسكري", via: "رويترز", anon: true}},
	},
	{
		name: "quoting: نقلا عن",
		text: "وذكرت صحيفة الأيام المحلية نقلا عن مصادر مقربة من الحكومة أن 9 وزراء سيغادرون.",
		want: []want{{holds: "9 وزراء", cue: "وذكرت", speaker: "مصادر مقربة من الحكومة", via: "صحيفة الأيام المحلية", anon: true}},
	},
	{
		name: "trailing according to",
		text: "قتل 15 مدنيا في قصف على السوق، بحسب المرصد الوطني لحقوق الإنسان.",
		want: []want{{holds: "15 مدنيا", cue: "بحسب", kind: AccordingTo, speaker: "المرصد الوطني لحقوق الإنسان"}},
	},
	{
		name: "leading according to with lam",
		text: "ووفقا لوزارة الدفاع، فإن 70 في المئة من المنطقة باتت تحت السيطرة.",
		want: []want{{holds: "70 في المئة", cue: "ووفقا", kind: AccordingTo, speaker: "وزارة الدفاع"}},
	},
	{
		name: "according to with a verb: حسبما",
		text: "نزح 2000 شخص من القرية، حسبما أفاد ناشطون.",
		want: []want{{holds: "2000 شخص", cue: "حسبما", kind: AccordingTo, speaker: "ناشطون", anon: true}},
	},
	{
		name: "according to a relay",
		text: "وتراجعت القوات مسافة 5 كيلومترات، بحسب ما نقلت وكالة رويترز عن مسؤول عسكري.",
		want: []want{{holds: "5 كيلومترات", cue: "بحسب", kind: AccordingTo, speaker: "مسؤول عسكري", via: "رويترز", anon: true}},
	},
	{
		name: "according to covers only its clause",
		text: "قتل 29 مدنيا في دوما، وفقا للمرصد الوطني، فيما قتل 35 شخصا في السوق.",
		want: []want{{holds: "29 مدنيا", cue: "وفقا", speaker: "المرصد الوطني"}},
		none: []string{"35 شخصا"},
	},
	{
		name: "an agency inside another claim is a via",
		text: "وأضافت الوزارة أن 6000 مدني غادروا المدينة، وفق \"رويترز\".",
		want: []want{{holds: "6000 مدني", cue: "وأضافت", speaker: "الوزارة", via: "رويترز"}},
	},
	{
		name: "direct quote after a colon spanning sentences",
		text: "وقال رئيس البلدية سامر خليل: «الوضع كارثي. هناك 150 ألف مدني في الأقبية». وانتهى الاجتماع.",
		want: []want{{holds: "150 ألف مدني", cue: "وقال", kind: Direct, speaker: "سامر خليل", role: "رئيس البلدية"}},
		none: []string{"وانتهى الاجتماع"},
	},
	{
		name: "curly quotes",
		text: "وأضاف الناطق باسم الشرطة “اعتقلنا 8 مشتبه بهم”.",
		want: []want{{holds: "8 مشتبه", kind: Direct, speaker: "الناطق باسم الشرطة"}},
	},
	{
		name: "back-reference: وأضاف and المصدر",
		text: "قال مصدر أمني إن 5 عناصر قتلوا. وأضاف أن 3 آخرين أصيبوا. وتابع المصدر حديثه بالقول إن 2 منهم في حالة خطرة.",
		want: []want{
			{holds: "5 عناصر", speaker: "مصدر أمني", anon: true},
			{holds: "3 آخرين", cue: "وأضاف", speaker: "مصدر أمني", anon: true},
			{holds: "2 منهم", cue: "وتابع", speaker: "مصدر أمني", anon: true},
		},
	},
	{
		name: "back-reference agrees in gender",
		text: "قالت الوزارة إن 3 قرى سقطت. وقال المتحدث العسكري إن المعارك مستمرة. وأضافت أن 7 قرى أخرى محاصرة.",
		want: []want{{holds: "7 قرى", cue: "وأضافت", speaker: "الوزارة"}},
	},
	{
		name: "a negated verb is no cue",
		text: "وقال رجل لم يذكر اسمه إن 4 منازل دمرت.",
		want: []want{{holds: "4 منازل", cue: "وقال", speaker: "رجل", anon: true}},
	},
	{
		name: "a compound family name alone",
		text: "قالت المتحدثة باسم الوحدات نسرين عبد الله إن القتال مستمر. وقتل 5 مقاتلين، وفق عبد الله.",
		want: []want{{holds: "5 مقاتلين", cue: "وفق", speaker: "نسرين عبد الله"}},
	},
	{
		name: "an apposition between the speaker and its content",
		text: "وقالت نادية سالم، قائدة الفوج الثالث في المدينة، إن 14 مقاتلا أسروا.",
		want: []want{{holds: "14 مقاتلا", cue: "وقالت", speaker: "نادية سالم"}},
	},
	{
		name: "a press conference with a relative clause",
		text: "أعلن وزير الداخلية في مؤتمر صحافي عقده في العاصمة أن نسبة المشاركة بلغت 49 في المئة.",
		want: []want{{holds: "49 في المئة", cue: "أعلن", speaker: "وزير الداخلية", role: "وزير الداخلية"}},
	},
	{
		name: "a statement issued by",
		text: "قتل 12 شخصا على الأقل في الانفجار، وفقا لبيان صادر عن وزارة الداخلية.",
		want: []want{{holds: "12 شخصا", cue: "وفقا", kind: AccordingTo, speaker: "وزارة الداخلية"}},
	},
	{
		name: "a title with an adjective is a role",
		text: "وقال الرئيس التركي رجب طيب أوزمان إن 3 ألوية تحركت.",
		want: []want{{holds: "3 ألوية", speaker: "رجب طيب أوزمان", role: "الرئيس التركي"}},
	},
	{
		name: "a title after the comma",
		text: "قال وزير الخارجية، الشيخ خالد بن سالم، إن 3 اتفاقيات وقعت.",
		want: []want{{holds: "3 اتفاقيات", speaker: "خالد بن سالم", role: "وزير الخارجية"}},
	},
	{
		name: "passive يذكر أن is the outlet's own",
		text: "قال الجيش إن الهجوم فشل. يذكر أن 300 عائلة نزحت الشهر الماضي.",
		none: []string{"300 عائلة"},
	},
	{
		name: "a verb inside a relative clause takes no earlier speaker",
		text: "قال المرصد إن القصف مستمر. وحمل رجل كيسا قال إنه يضم 3 جثث. وتطارد القوات المسلحين الذين تقول إن 50 منهم فروا.",
		none: []string{"3 جثث", "50 منهم"},
	},
	{
		name: "a pledge makes a speaker for what follows",
		text: "وتعهد الرئيس سامي داود بتوسيع العملية. وقال \"سنسيطر على 4 مدن أخرى\".",
		want: []want{{holds: "4 مدن", cue: "وقال", kind: Direct, speaker: "سامي داود"}},
	},
	{
		name: "an agency that is no news agency",
		text: "وكانت وكالة الطاقة الذرية قالت إن الموقع يضم 2 مفاعل.",
		want: []want{{holds: "2 مفاعل", speaker: "وكالة الطاقة الذرية"}},
	},
	{
		name: "a vowelled passive is no cue",
		text: "واتُّهِمت الحكومة بقصف 3 قرى.",
		none: []string{"3 قرى"},
	},
	{
		name: "a participle used as an adjective is no cue",
		text: "قال الجيش إن الحدود هادئة. وتفرض البلاد رقابة مشددة على 4 معابر.",
		none: []string{"4 معابر"},
	},
	{
		name: "كان X قد VERB: the phrase after the verb is its object",
		text: "وكانت الحكومة قد اتهمت الفصائل بقصف 5 أحياء.",
		want: []want{{holds: "5 أحياء", speaker: "الحكومة"}},
	},
	{
		name: "اتهم X بـ: X is the accused",
		text: "قال السفير عمر حداد إن الاجتماع فشل. واتهم بريطانيا بنشر 7 تقارير كاذبة.",
		want: []want{{holds: "7 تقارير", cue: "واتهم", speaker: "عمر حداد"}},
	},
	{
		name: "a quotation is not a speaker",
		text: "وأشار إلى تراجع المساعدات، وقال \"هناك تقصير من العالم تجاه 3 ملايين لاجئ\".",
		none: []string{"3 ملايين"},
	},
	{
		name: "a year is not a speaker",
		text: "يمر عبر المضيق 4 ملايين برميل يوميا بحسب تقديرات دولية لعام 2015.",
		want: []want{{holds: "4 ملايين", speaker: "تقديرات دولية لعام"}},
	},
	{
		name: "a relative clause between the speaker and أن",
		text: "يوضح كريم الذي شارك في تنظيم المهرجان أن 200 متطوع حضروا.",
		want: []want{{holds: "200 متطوع", cue: "يوضح", speaker: "كريم"}},
	},
	{
		name: "a participle needs a claim in its sentence",
		text: "قالت الوزارة إن الطرق مفتوحة. وثمنت الوزيرة الدعم، لافتة إلى أن 1.3 مليون لاجئ يقيمون في البلاد.",
		none: []string{"1.3 مليون"},
	},
	{
		name: "فقد after a comma is the writer's own",
		text: "وقال المسلحون إنهم لم يواجهوا مقاومة، فقد انسحب 300 مقاتل من المدينة.",
		want: []want{{holds: "لم يواجهوا", speaker: "المسلحون"}},
		none: []string{"300 مقاتل"},
	},
	{
		name: "an addressee is not the speaker",
		text: "وصعد الرئيس علي سالم إلى المنصة. وقال للحشد إن 3 آلاف جندي سيعودون.",
		none: []string{"الحشد"},
	},
	{
		name: "a name that starts with lam is a speaker",
		text: "وقال لافروف إن 5 اتفاقات وقعت.",
		want: []want{{holds: "5 اتفاقات", speaker: "لافروف"}},
	},
	{
		name: "a relative pronoun before the verb: the antecedent speaks",
		text: "اتصل الرئيس بالملك سامي بن فهد، الذي نفى علمه بمقتل 2 من الصحفيين.",
		want: []want{{holds: "2 من الصحفيين", cue: "نفى", speaker: "سامي بن فهد"}},
	},
	{
		name: "back-reference: a family name alone",
		text: "قال وزير الخارجية عادل منصور إن المفاوضات مستمرة. وأكد منصور أن 4 جولات عقدت.",
		want: []want{{holds: "4 جولات", cue: "وأكد", speaker: "عادل منصور"}},
	},
	{
		name: "a shortened name takes the fuller earlier one",
		text: "قال المرصد الوطني لحقوق الإنسان إن القصف مستمر. وقتل 8 مدنيين، وفقا للمرصد الوطني.",
		want: []want{{holds: "8 مدنيين", cue: "وفقا", speaker: "المرصد الوطني لحقوق الإنسان"}},
	},
	{
		name: "back-reference: a definite head",
		text: "قال المرصد الوطني لحقوق الإنسان إن القصف مستمر. وذكر المرصد أن 12 مدنيا قتلوا.",
		want: []want{{holds: "12 مدنيا", cue: "وذكر", speaker: "المرصد الوطني لحقوق الإنسان"}},
	},
	{
		name: "subject before the verb: كان ... قد",
		text: "وكانت وزارة الإغاثة قد ذكرت في وقت سابق أن 500 خيمة وصلت.",
		want: []want{{holds: "500 خيمة", cue: "ذكرت", speaker: "وزارة الإغاثة"}},
	},
	{
		name: "object verbs: أعلن and وثق",
		text: "أعلن الجيش مقتل 20 مسلحا. ووثق المرصد الوطني خلال الشهر الماضي مقتل 90 مدنيا.",
		want: []want{
			{holds: "20 مسلحا", cue: "أعلن", speaker: "الجيش"},
			{holds: "90 مدنيا", cue: "ووثق", speaker: "المرصد الوطني"},
		},
	},
	{
		name: "deny, accuse, demand, claim",
		text: "ونفت الحكومة أن تكون قواتها قصفت 3 مدارس. واتهمت المعارضة الجيش بقتل 10 مدنيين. وزعم التنظيم أن 40 جنديا قتلوا.",
		want: []want{
			{holds: "3 مدارس", cue: "ونفت", speaker: "الحكومة"},
			{holds: "40 جنديا", cue: "وزعم", speaker: "التنظيم"},
		},
	},
	{
		name: "point out, reveal, state",
		text: "وأشار التقرير إلى أن 60 في المئة من السكان نزحوا. وكشفت منظمة الإغاثة الدولية أن 7 قوافل وصلت. وصرح المحافظ بأن 4 جسور دمرت.",
		want: []want{
			{holds: "60 في المئة", cue: "وأشار", speaker: "التقرير"},
			{holds: "7 قوافل", cue: "وكشفت", speaker: "منظمة الإغاثة الدولية"},
			{holds: "4 جسور", cue: "وصرح", speaker: "المحافظ"},
		},
	},
	{
		name: "participle continues the speaker",
		text: "قال الدفاع المدني إن 11 شخصا قتلوا، مضيفا أن 30 آخرين أصيبوا.",
		want: []want{{holds: "30 آخرين", cue: "مضيفا", speaker: "الدفاع المدني"}},
	},
	{
		name: "as he put it",
		text: "قال القائد الميداني إن المعركة طويلة. وسقط 6 قتلى في الهجوم الأخير، على حد تعبيره.",
		want: []want{{holds: "6 قتلى", cue: "على حد تعبيره", kind: AccordingTo, speaker: "القائد الميداني"}},
	},
	{
		name: "forward resolution of a role",
		text: "أعلنت وزيرة الخارجية، الثلاثاء، العثور على 39 جثة. وقالت الوزيرة ليلى حداد إن التحاليل أكدت هويتهم.",
		want: []want{{holds: "39 جثة", cue: "أعلنت", speaker: "ليلى حداد"}},
	},
	{
		name: "the outlet's own figure belongs to no claim",
		text: "وتسيطر القوات على نحو 80 في المئة من المدينة. وقال الجيش إن المعارك مستمرة.",
		none: []string{"80 في المئة"},
		want: []want{{holds: "المعارك مستمرة", speaker: "الجيش"}},
	},
	{
		name: "a passive verb names no one",
		text: "ويعتقد أن 400 شخص فقدوا منذ بدء الحرب.",
		none: []string{"400 شخص"},
	},
	{
		name: "back-reference: a family name with the article",
		text: "قال المتحدث باسم بلدية النهر كريم الساعدي إن 12 منزلا تضررت. وأضاف الساعدي أن 3 جسور انهارت.",
		want: []want{{holds: "3 جسور", cue: "وأضاف", speaker: "كريم الساعدي"}},
	},
	{
		name: "a quoted outlet the tables do not know",
		text: "وقال مدير المدرسة سامي العلي لـ\"صوت الوادي\" إن 40 طالبا غابوا.",
		want: []want{{holds: "40 طالبا", speaker: "سامي العلي", via: "صوت الوادي"}},
	},
	{
		name: "according to the estimates of a speaker",
		text: "نزح 500 شخص من البلدة، بحسب تقديرات منظمات محلية.",
		want: []want{{holds: "500 شخص", kind: AccordingTo, speaker: "منظمات محلية"}},
	},
	{
		name: "according to a statement the speaker published",
		text: "وقدمت جمعية النور 300 سلة غذائية، بحسب بيان نشرته الجمعية.",
		want: []want{{holds: "300 سلة", kind: AccordingTo, speaker: "جمعية النور"}},
	},
	{
		name: "the latest figures of a ministry named with و",
		text: "ارتفع عدد المصابين إلى 80 مصابا، وفقا لأحدث أرقام وزارة الصحة والسكان.",
		want: []want{{holds: "80 مصابا", kind: AccordingTo, speaker: "وزارة الصحة والسكان"}},
	},
	{
		name: "two anonymous sources together",
		text: "غادرت 20 شاحنة البلدة، بحسب ما أفاد مسؤول محلي ومصادر أهلية.",
		want: []want{{holds: "20 شاحنة", speaker: "مسؤول محلي ومصادر أهلية", anon: true}},
	},
	{
		name: "a relayed source keeps its channel; a passive estimate stays inside",
		text: "ونقلت وكالة رويترز عن مصادر أمنية أن 7 عناصر قتلوا. وأوضحت المصادر أن الاتفاق يشمل المدنيين، ويقدر عددهم بنحو 900 شخص.",
		want: []want{
			{holds: "7 عناصر", speaker: "مصادر أمنية", via: "رويترز", anon: true},
			{holds: "900 شخص", cue: "وأوضحت", speaker: "مصادر أمنية", via: "رويترز", anon: true},
		},
	},
	{
		name: "a named official with an anonymous head noun",
		text: "وقال مسؤول الإعلام في بلدية الوادي عمار الخطيب إن 9 محال احترقت.",
		want: []want{{holds: "9 محال", speaker: "عمار الخطيب", role: "مسؤول الإعلام في بلدية الوادي"}},
	},
	{
		name: "spoke of, with a time word",
		text: "وتحدث الدفاع المدني صباحا عن 15 جريحا.",
		want: []want{{holds: "15 جريحا", cue: "وتحدث", speaker: "الدفاع المدني"}},
	},
	{
		name: "renewed the assertion",
		text: "وجدد وزير الري التأكيد على أن 30 سدا صغيرا ستبنى هذا العام.",
		want: []want{{holds: "30 سدا", cue: "وجدد", speaker: "وزير الري"}},
	},
	{
		name: "a colon after an apposition clause",
		text: "وقالت ليلى حسن، وهي ممرضة في المستشفى: «استقبلنا 25 جريحا في ساعة واحدة».",
		want: []want{{holds: "25 جريحا", kind: Direct, speaker: "ليلى حسن"}},
	},
	{
		name: "a negated verb with و reports nothing",
		text: "ولم تتحدث الوزارة عن 5 قتلى في البلدة.",
		none: []string{"5 قتلى"},
	},
	{
		name: "a lone noun with a pronoun is an object, not a speaker",
		text: "وذكرت مصادر محلية أن الجماعة أعلنت مسؤوليتها عن 3 هجمات.",
		want: []want{{holds: "3 هجمات", cue: "وذكرت", speaker: "مصادر محلية", anon: true}},
	},
	{
		name: "كانت before فيما belongs to another clause",
		text: "وقال مدير المعبر إن الحركة كانت بطيئة، فيما أكد أن 300 شاحنة عبرت.",
		want: []want{{holds: "300 شاحنة", speaker: "مدير المعبر"}},
	},
	{
		name: "an agency named with the article",
		text: "قتل 3 أشخاص في الانفجار، بحسب الأسوشيتد برس.",
		want: []want{{holds: "3 أشخاص", kind: AccordingTo, speaker: "أسوشيتد برس"}},
	},
	{
		name: "an agency told, without ل",
		text: "قتل 16 شخصا، وفق ما أفاد مسؤول محلي وكالة فرانس برس.",
		want: []want{{holds: "16 شخصا", speaker: "مسؤول محلي", via: "فرانس برس", anon: true}},
	},
	{
		name: "as he put it, with حسب",
		text: "وقال الوزير إن الخطة ناجحة. والمشروع سيوفر 300 وظيفة، حسب تعبيره.",
		want: []want{{holds: "300 وظيفة", cue: "حسب تعبيره", kind: AccordingTo, speaker: "الوزير"}},
	},
	{
		name: "news agencies in the plural",
		text: "أعلنت وكالات أنباء محلية أن 6 قرى سقطت.",
		want: []want{{holds: "6 قرى", speaker: "وكالات أنباء محلية"}},
	},
	{
		name: "إما starts no speaker",
		text: "ويتهم النائب خصومه بالتزوير، ويدعو إما إلى إعادة فرز 200 صندوق أو إلى انتخابات جديدة.",
		want: []want{{holds: "200 صندوق", cue: "ويدعو", speaker: "النائب"}},
	},
	{
		name: "subject before the verb",
		text: "المجلس البلدي يقول إن 3 مدارس ستفتح.",
		want: []want{{holds: "3 مدارس", cue: "يقول", speaker: "المجلس البلدي"}},
	},
	{
		name: "subject before the verb inside another statement",
		text: "وقال الوزير إن الجيش أعلن مقتل 5 مسلحين.",
		want: []want{{holds: "5 مسلحين", cue: "وقال", speaker: "الوزير"}},
	},
	{
		name: "a plural with a pronoun is an object",
		text: "أثار الحادث انتقادات وصفت تصريحاته بأنها تحريض على 3 مجموعات.",
		none: []string{"3 مجموعات"},
	},
	{
		name: "a reporter of a quoted outlet",
		text: "وأفاد مراسل \"قناة الوادي\" بأن 8 منازل احترقت.",
		want: []want{{holds: "8 منازل", cue: "وأفاد", speaker: "مراسل قناة الوادي"}},
	},
	{
		name: "a plural verb has its subject already",
		text: "ونفى مسؤولان أمريكيان شن أي ضربات، وأضافوا ورود تقارير عن سقوط 3 صواريخ.",
		none: []string{"3 صواريخ"},
	},
	{
		name: "on condition of anonymity is no speaker",
		text: "وقال مسؤول أميركي، تحدث شريطة عدم الكشف عن هويته، إن 6 طائرات أرسلت.",
		want: []want{{holds: "6 طائرات", cue: "وقال", speaker: "مسؤول أميركي", anon: true}},
	},
	{
		name: "كانت without قد, the phrase reaching the verb",
		text: "وكانت الهيئة الوطنية للطيران (هنط) دعت شركات النقل إلى تأجيل 12 رحلة.",
		want: []want{{holds: "12 رحلة", cue: "دعت", speaker: "الهيئة الوطنية للطيران هنط"}},
	},
	{
		name: "a relative clause whose verb points back to its antecedent",
		text: "ورحب الوزير بالهدنة التي دعت إليها الأمم المتحدة قبل 3 أيام.",
		none: []string{"3 أيام"},
	},
	{
		name: "a channel right after the verb is no speaker",
		text: "وقال المتحدث إن الوضع هادئ. لكنه صرح لصحيفة \"الشرق الأوسط\" بأن 9 جنود أصيبوا.",
		none: []string{"9 جنود"},
	},
	{
		name: "a body named in full in an earlier role",
		text: "وقال عضو المجلس البلدي في القرية رامي عيسى إن 3 مدارس أغلقت. ويقدّر المجلس البلدي أن 200 عائلة تضررت.",
		want: []want{{holds: "200 عائلة", cue: "ويقدّر", speaker: "المجلس البلدي في القرية"}},
	},
	{
		name: "a cue after جرى is a verbal noun",
		text: "وذكرت وزارة الداخلية أنه جرى رصد قيام 3 خلايا بالتواصل مع قادة في الخارج.",
		want: []want{{holds: "3 خلايا", cue: "وذكرت", speaker: "وزارة الداخلية"}},
	},
	{
		name: "the subject after الذي كشف فيه",
		text: "في الوقت الذي كشف فيه المدعي العام، كريم ناصر، أن 4 مشتبهين اعتقلوا.",
		want: []want{{holds: "4 مشتبهين", cue: "كشف", speaker: "كريم ناصر"}},
	},
	{
		name: "a given name before the verb, the accused after it",
		text: "سامي الخطيب اتهم الحكومة بإخفاء 20 تقريرا عن البرلمان.",
		want: []want{{holds: "20 تقريرا", cue: "اتهم", speaker: "سامي الخطيب"}},
	},
	{
		name: "an object pronoun ends the speaker",
		text: "ونفت حركة الوادي مسؤوليتها عن الهجوم، وقالت إن 6 من عناصرها قتلوا.",
		want: []want{{holds: "6 من عناصرها", speaker: "حركة الوادي"}},
	},
	{
		name: "according to an agency inside a statement is its via",
		text: "وقال سامي الخطيب في تصريحات أدلى بها للصحفيين، وفقا لوكالة \"رويترز\"، إن 8 قرى أخليت. ولفت إلى أن 3 منها دمرت.",
		want: []want{{holds: "8 قرى", cue: "وقال", speaker: "سامي الخطيب", via: "رويترز"},
			{holds: "3 منها", cue: "ولفت", speaker: "سامي الخطيب"}},
	},
	{
		name: "according to after a comma ends the speaker",
		text: "وقال الوزير، بحسب وكالة رويترز، إن 9 سفن وصلت.",
		want: []want{{holds: "9 سفن", cue: "وقال", speaker: "الوزير", via: "رويترز"}},
	},
	{
		name: "the statement speaks for its issuer: قال X في بيان",
		text: "وقال جيش الوادي في بيان إن 4 جنود قتلوا. وأضاف البيان أن 2 من المهاجمين فروا.",
		want: []want{{holds: "2 من المهاجمين", cue: "وأضاف", speaker: "جيش الوادي"}},
	},
	{
		name: "the statement speaks for its issuer: أصدرت X بيانا",
		text: "أصدرت وزارة الخارجية بيانا حول الهجوم. وقال البيان إن 5 دبلوماسيين أصيبوا.",
		want: []want{{holds: "5 دبلوماسيين", cue: "وقال", speaker: "وزارة الخارجية"}},
	},
	{
		name: "the statement speaks for its issuer: صدر بيان عن X",
		text: "صدر بيان عن حركة الوادي مساء الأحد. وأضاف البيان أن 3 من عناصرها قتلوا.",
		want: []want{{holds: "3 من عناصرها", cue: "وأضاف", speaker: "حركة الوادي"}},
	},
	{
		name: "according to a law is no claim",
		text: "ويعقد المجلس 4 جلسات في السنة وفقا للدستور الجديد.",
		none: []string{"4 جلسات"},
	},
	{
		name: "according to a schedule is no claim",
		text: "وتصل 6 شحنات في الشهر بحسب الجدول الزمني للمشروع.",
		none: []string{"6 شحنات"},
	},
	{
		name: "a crowd, then the accused",
		text: "ويتهم متظاهرون عصابات مسلحة بقتل 7 من رفاقهم.",
		want: []want{{holds: "7 من رفاقهم", cue: "ويتهم", speaker: "متظاهرون"}},
	},
	{
		name: "a quantifier opens the object",
		text: "ودعا رئيس حزب \"النهضة\" باقي الأحزاب إلى الانضمام إلى 3 لجان.",
		want: []want{{holds: "3 لجان", cue: "ودعا", speaker: "رئيس حزب النهضة"}},
	},
	{
		name: "a subject runs to its complement: a long role, then the name, takes the back-reference",
		text: "وقال خالد الحسن إن 5 قتلوا. وقال وزير الدولة لشؤون آسيا سمير الخطيب إن الوضع \"صعب\". وأضاف أن 3 مستشفيات أغلقت.",
		want: []want{{holds: "3 مستشفيات", cue: "وأضاف", speaker: "سمير الخطيب"}}, // not خالد الحسن; آسيا is the genitive of لشؤون
	},
	{
		name: "a subject of coordinated adjectives runs to its complement",
		text: "وقع انفجار في السوق. وقالت مصادر أمنية وطبية محلية إن 12 شخصا قتلوا.",
		want: []want{{holds: "12 شخصا", cue: "وقالت", speaker: "مصادر أمنية وطبية محلية", anon: true}},
	},
	{
		name: "a subject with a prepositional phrase runs to its complement",
		text: "وقع انفجار في السوق. وذكر مسؤول من وزارة الصحة المحلية أن سيارات الإسعاف نقلت 7 جثث.",
		want: []want{{holds: "7 جثث", cue: "وذكر", speaker: "مسؤول من وزارة الصحة المحلية", anon: true}},
	},
	{
		name: "hashtags inside names, and a place after the relayed source",
		text: "قالت وكالات أنباء محلية نقلا عن وزارة الصحة في #إقليم_الواحة بجنوب #البلاد إن 6 أشخاص قتلوا.",
		want: []want{{holds: "6 أشخاص", speaker: "وزارة الصحة في إقليم الواحة", via: "وكالات أنباء محلية"}},
	},
	{
		name: "a relay on لسان, then the same speaker continues with a participle",
		text: "ونقل البيان على لسان المتحدثة باسم الوزارة، ليلى حداد، قولها: \"قدمنا أكثر من مليار دولار.\" وتابعت قائلة: \"عاد 150 ألف نازح.\"",
		want: []want{{holds: "مليار دولار", speaker: "ليلى حداد"}, {holds: "150 ألف نازح", cue: "وتابعت", speaker: "ليلى حداد"}},
	},
	{
		name: "a statement in a document an agency published",
		text: "وقع حادث. وقالت وزارة الدفاع في بيان نشرته وكالة رويترز \"كانت الطائرة تقل 33 راكبا\".",
		want: []want{{holds: "33 راكبا", speaker: "وزارة الدفاع", via: "رويترز"}},
	},
	{
		name: "a statement in a document speaks for its issuer; the agency that carried it is the via",
		text: "أصدرت المحكمة أحكامها. وجاء في بيان المحكمة أنه صدر حكم بالسجن على 53 متهما، كما أوردت وكالة رويترز.",
		want: []want{{holds: "53 متهما", cue: "وجاء", speaker: "المحكمة", via: "رويترز"}},
	},
	{
		name: "an issuer after صادر عن",
		text: "وجاء في بيان صادر عن وزارة الداخلية أن 40 شخصا اعتقلوا.",
		want: []want{{holds: "40 شخصا", speaker: "وزارة الداخلية"}},
	},
	{
		name: "a relayed source with an aside before قوله; the next statement keeps the channel",
		text: "ونقلت وكالة رويترز عن مصدر أمني رفيع، طلب عدم ذكر اسمه، قوله إن الانفجار وقع ليلا. وأشار إلى أن الحصيلة بلغت 16 قتيلا.",
		want: []want{{holds: "16 قتيلا", cue: "وأشار", speaker: "مصدر أمني رفيع", via: "رويترز", anon: true}},
	},
	{
		name: "a statement told to an outlet's correspondent names the outlet as via",
		text: "وقال مصدر عسكري لمراسل الوكالة الفرنسية إن فرق الإغاثة انتشلت 5 أشخاص.",
		want: []want{{holds: "5 أشخاص", speaker: "مصدر عسكري", via: "فرانس برس", anon: true}},
	},
	{
		name: "the agency named before relays again",
		text: "وقالت رويترز إن الفصائل بدأت الانسحاب. كما نقلت الوكالة عن أحد القادة قوله \"إن الجبهة ستنسحب مسافة 20 كيلومترا\".",
		want: []want{{holds: "20 كيلومترا", speaker: "أحد القادة", via: "رويترز", anon: true}},
	},
	{
		name: "a participle opening a sentence goes on with the last speaker",
		text: "وقال المسؤول سامر الحداد إن الوضع هادئ. مضيفا أن \"القافلة تضم 40 شاحنة\".",
		want: []want{{holds: "40 شاحنة", cue: "مضيفا", speaker: "سامر الحداد"}},
	},
	{
		name: "a view stated by a named body is a claim; an impersonal one is nobody's",
		text: "وتعتقد الإمارات أن الميناء يوفر نحو 40 مليون دولار شهريا. ويعتقد أن 400 ألف شخص يعيشون في المنطقة.",
		want: []want{{holds: "40 مليون", cue: "وتعتقد", speaker: "الإمارات"}},
		none: []string{"400 ألف شخص"},
	},
	{
		name: "an agency relaying a document: the issuer speaks through it",
		text: "وقع الحادث. ونقلت وكالة رويترز بيان وزارة الدفاع والذي جاء فيه: \"كانت الطائرة تقل 26 راكبا.\"",
		want: []want{{holds: "26 راكبا", cue: "ونقلت", speaker: "وزارة الدفاع", via: "رويترز"}},
	},
	{
		name: "a phrase of place between the subject and its complement is not the name",
		text: "وقع هجوم. وقال اللبناني سامر عبد الحداد أمام محكمة في المدينة، إنه قتل امرأتين.",
		want: []want{{holds: "امرأتين", speaker: "اللبناني سامر عبد الحداد"}}, // not "... أمام محكمة في المدينة"
	},
	{
		name: "an agency that carried the statement, named after it, is its via",
		text: "أكد الرئيس سامر الحداد أن 400 جندي وصلوا، حسب ما نقلته وكالة الإعلام المحلية.",
		want: []want{{holds: "400 جندي", speaker: "سامر الحداد", via: "وكالة الإعلام المحلية"}},
	},
	{
		name: "a verbal noun after an object verb is its object",
		text: "ويخشى السكان أن يعلن تأجيل 3 مشاريع حتى العام المقبل.",
		none: []string{"3 مشاريع"},
	},
	{
		name: "two bare names after وصف: subject, then object",
		text: "ووصف كريمو ساندرا بأنها مسؤولة عن 9 صفقات فاشلة.",
		want: []want{{holds: "9 صفقات", cue: "ووصف", speaker: "كريمو"}},
	},
	{
		name: "a feminine verb before the antecedent is not part of it",
		text: "وأصدرت المحكمة العليا، التي أكدت أن 3 متهمين فروا، حكما بالسجن.",
		want: []want{{holds: "3 متهمين", cue: "أكدت", speaker: "المحكمة العليا"}},
	},
	{
		name: "a statement whose issuer is unknown is no speaker",
		text: "وذكر بيان أن 6 زوارق دمرت في البحر.",
		none: []string{"6 زوارق"},
	},
	{
		name: "the topic of أما speaks through فيقول",
		text: "وقال مسؤول إن الوضع هادئ. أما الناشط كريم ناصر الذي يقيم في المدينة، فيقول، إن 8 عائلات غادرت.",
		want: []want{{holds: "8 عائلات", cue: "فيقول", speaker: "كريم ناصر"}},
	},
	{
		name: "a noun with a pronoun takes no definite genitive",
		text: "ووصفت وزارة خارجيتها الاقتراح بأنه خطوة تضر بنحو 20 دولة.",
		want: []want{{holds: "20 دولة", cue: "ووصفت", speaker: "وزارة خارجيتها"}},
	},
	{
		name: "an addressee with a pronoun is not the speaker",
		text: "وقال سامي الخطيب لأنصاره إن 3 مدن ستفتح.",
		want: []want{{holds: "3 مدن", cue: "وقال", speaker: "سامي الخطيب"}},
	},
	{
		name: "أبلغ X Y: the second name is told",
		text: "وأبلغ كريمو صحفيين أن 7 شحنات وصلت.",
		want: []want{{holds: "7 شحنات", cue: "وأبلغ", speaker: "كريمو"}},
	},
	{
		name: "a tweet whose author is unknown is no speaker",
		text: "وأضافت التغريدة أن 2 من المرضى غادروا.",
		none: []string{"2 من المرضى"},
	},
	{
		name: "نقلا عن ends the relaying agencies",
		text: "قالت وكالات أنباء محلية نقلا عن وزارة الصحة إن 5 أشخاص قتلوا.",
		want: []want{{holds: "5 أشخاص", cue: "قالت", speaker: "وزارة الصحة", via: "وكالات أنباء محلية"}},
	},
	{
		name: "images show but do not speak",
		text: "ورصدت صور الأقمار الصناعية 12 سفينة قبالة الساحل.",
		none: []string{"12 سفينة"},
	},
	{
		name: "an accusative phrase is no subject",
		text: "وإن قرار المجلس يعتبر أمرا خطيرا يهدد 4 اتفاقات.",
		none: []string{"4 اتفاقات"},
	},
	{
		name: "a back-reference skips an outlet named after بحسب",
		text: "وقال مسؤول أمني إن الوضع هادئ. وقتل 5 أشخاص في القصف، بحسب وكالة رويترز. وأضاف أن 2 منهم أطفال.",
		want: []want{{holds: "2 منهم", cue: "وأضاف", speaker: "مسؤول أمني", anon: true}},
	},
	{
		name: "according to results a body announced",
		text: "وحل الحزب ثانيا بـ 40 مقعدا بحسب النتائج التي أعلنتها مفوضية الانتخابات.",
		want: []want{{holds: "40 مقعدا", cue: "بحسب", speaker: "مفوضية الانتخابات"}},
	},
	{
		name: "according to the wording of a ministry",
		text: "ورفضت الجماعة 3 مبادرات، بحسب تعبير وزارة الخارجية.",
		want: []want{{holds: "3 مبادرات", cue: "بحسب", speaker: "وزارة الخارجية"}},
	},
	{
		name: "a kunya keeps its name",
		text: "وقال أبو علي الحسن مدير المستشفى إن 30 جريحا وصلوا.",
		want: []want{{holds: "30 جريحا", cue: "وقال", speaker: "أبو علي الحسن"}},
	},
	{
		name: "an oblique plural after the verb is its object",
		text: "وقال الوزير إن الأمن تحقق. فدعا المتظاهرين إلى إخلاء 3 ساحات.",
		none: []string{"3 ساحات"},
	},
	{
		name: "a quoted object with a pronoun is not part of the name",
		text: "وأعلنت مملكة الوادي \"تأييدها\" قرار المجلس فرض 4 عقوبات.",
		want: []want{{holds: "تأييدها", cue: "وأعلنت", speaker: "مملكة الوادي"}},
	},
	{
		name: "a verb with فيه after an indefinite document has no speaker after it",
		text: "وأصدرت السفارة بيانا أكدت فيه سلامة 40 مواطنا.",
		none: []string{"40 مواطنا"},
	},
	{
		name: "an adverb is no speaker",
		text: "وقال مرة إن 9 طائرات نقلت الأموال.",
		none: []string{"9 طائرات"},
	},
	{
		name: "a partitive keeps its noun",
		text: "وأكد أكثر من مصدر مطلع أن 70 بالمئة من المساعدين يؤيدون الضربة.",
		want: []want{{holds: "70 بالمئة", cue: "وأكد", speaker: "أكثر من مصدر مطلع"}},
	},
	{
		name: "a body's quoted name of four words",
		text: "وتقول منظمة \"أطباء بلا حدود الدولية\" إن 800 طفل محتجزون.",
		want: []want{{holds: "800 طفل", cue: "وتقول", speaker: "منظمة أطباء بلا حدود الدولية"}},
	},
	{
		name: "the antecedent after بحسب",
		text: "وأصيب 6 صحافيين، بحسب المصدر الأمني الذي أكد انتهاء التظاهرة.",
		want: []want{{holds: "انتهاء التظاهرة", cue: "أكد", speaker: "المصدر الأمني", anon: true}},
	},
	{
		name: "in a later time is no speaker",
		text: "أراد النظام أن ينفي في وقت لاحق أنه أطلق 5 صواريخ.",
		none: []string{"5 صواريخ"},
	},
	{
		name: "according to laws and shares is no claim",
		text: "وتتعامل 6 دول وفق تشريعاتها الوطنية.",
		none: []string{"6 دول"},
	},
}

func TestExtract(t *testing.T) {
	e := New(Options{})
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			claims := e.Extract(text.Read(tc.text), Input{Outlet: "الصحيفة"})
			for _, w := range tc.want {
				c := holding(claims, tc.text, w.holds)
				if c == nil {
					t.Fatalf("no claim holds %q; claims: %s", w.holds, dump(claims))
				}
				check(t, w, c)
			}
			for _, n := range tc.none {
				if c := holding(claims, tc.text, n); c != nil {
					t.Errorf("%q is the outlet's own, got claim %s", n, dump([]model.Claim{*c}))
				}
			}
			checkOffsets(t, tc.text, claims)
		})
	}
}

func check(t *testing.T, w want, c *model.Claim) {
	t.Helper()
	if w.cue != "" && c.Cue != w.cue {
		t.Errorf("%q: cue %q, want %q", w.holds, c.Cue, w.cue)
	}
	if w.kind != "" && c.Kind != w.kind {
		t.Errorf("%q: kind %q, want %q", w.holds, c.Kind, w.kind)
	}
	if c.Speaker.Name != w.speaker {
		t.Errorf("%q: speaker %q, want %q", w.holds, c.Speaker.Name, w.speaker)
	}
	if w.role != "" && c.Speaker.Role != w.role {
		t.Errorf("%q: role %q, want %q", w.holds, c.Speaker.Role, w.role)
	}
	if c.Speaker.Anonymous != w.anon {
		t.Errorf("%q: anonymous %v, want %v", w.holds, c.Speaker.Anonymous, w.anon)
	}
	var via []string
	for _, v := range c.Via {
		via = append(via, v.Name)
	}
	if got := strings.Join(via, "+"); got != w.via {
		t.Errorf("%q: via %q, want %q", w.holds, got, w.via)
	}
}

// holding returns the smallest claim whose content holds the substring.
func holding(claims []model.Claim, s, sub string) *model.Claim {
	at := strings.Index(s, sub)
	if at < 0 {
		return nil
	}
	span := model.Span{Start: at, End: at + len(sub)}
	var best *model.Claim
	for i := range claims {
		c := &claims[i]
		if c.Span.Contains(span) && (best == nil || c.Len() < best.Len()) {
			best = c
		}
	}
	return best
}

func dump(claims []model.Claim) string {
	b, _ := json.MarshalIndent(claims, "", " ")
	return string(b)
}

// checkOffsets verifies every span of every claim against the text.
func checkOffsets(t *testing.T, s string, claims []model.Claim) {
	t.Helper()
	ok := func(what string, start, end int, txt string) {
		if start < 0 || end > len(s) || start > end || s[start:end] != txt {
			t.Fatalf("%s span %d-%d %q does not slice the text", what, start, end, txt)
		}
	}
	for _, c := range claims {
		ok("content", c.Start, c.End, c.Text)
		if c.CueSpan != nil {
			ok("cue", c.CueSpan.Start, c.CueSpan.End, c.CueSpan.Text)
		}
		if c.Speaker == nil {
			t.Fatalf("claim without a speaker: %s", dump([]model.Claim{c}))
		}
		if c.Speaker.Text != "" {
			ok("speaker", c.Speaker.Start, c.Speaker.End, c.Speaker.Text)
		}
		for _, v := range c.Via {
			ok("via", v.Start, v.End, v.Text)
		}
	}
}

func TestMembers(t *testing.T) {
	s := "قال مصدر طبي إن 12 شخصا قتلوا في حلب الأحد. وسيطرت القوات على 5 قرى."
	q := func(sub string) model.Quantity {
		i := strings.Index(s, sub)
		return model.Quantity{Span: model.SpanOf(s, i, i+len(sub))}
	}
	at := strings.Index(s, "حلب")
	in := Input{
		Quantities: []model.Quantity{q("12 شخصا"), q("5 قرى")},
		Places:     []model.Place{{Span: model.SpanOf(s, at, at+len("حلب"))}},
		Times:      []model.Time{{Span: model.SpanOf(s, strings.Index(s, "الأحد"), strings.Index(s, "الأحد")+len("الأحد"))}},
		Entities:   []model.Entity{{Span: model.SpanOf(s, strings.Index(s, "مصدر طبي"), strings.Index(s, "مصدر طبي")+len("مصدر طبي")), Type: "PER"}},
	}
	claims := New(Options{}).Extract(text.Read(s), in)
	if len(claims) != 1 {
		t.Fatalf("got %d claims, want 1: %s", len(claims), dump(claims))
	}
	c := claims[0]
	if len(c.Quantities) != 1 || c.Quantities[0] != 0 {
		t.Errorf("quantities %v, want [0]", c.Quantities)
	}
	if len(c.Places) != 1 || len(c.Times) != 1 {
		t.Errorf("places %v times %v, want one each", c.Places, c.Times)
	}
	if c.Speaker.Entity == nil || *c.Speaker.Entity != 0 {
		t.Errorf("speaker entity %v, want 0", c.Speaker.Entity)
	}
}

func TestOptions(t *testing.T) {
	s := "وقال مسؤول كبير لموقع الرصيف الإخباري إن 3 قرى سقطت."
	isOutlet := func(f string) (string, bool) {
		if strings.HasPrefix(f, "موقع الرصيف") {
			return "الرصيف", true
		}
		return "", false
	}
	claims := New(Options{IsOutlet: isOutlet}).Extract(text.Read(s), Input{})
	c := holding(claims, s, "3 قرى")
	if c == nil || len(c.Via) != 1 || c.Via[0].Name != "الرصيف" {
		t.Fatalf("via through IsOutlet not found: %s", dump(claims))
	}
	// the publishing outlet is never a via
	claims = New(Options{}).Extract(text.Read("وقال مسؤول لرويترز إن 3 قرى سقطت."), Input{Outlet: "رويترز"})
	if len(claims) != 1 || len(claims[0].Via) != 0 {
		t.Fatalf("the publishing outlet became a via: %s", dump(claims))
	}
}

// TestGolden runs the fixture articles in testdata/articles and compares the
// claims with the golden files; go test -update rewrites them.
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	e := New(Options{})
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			outlet, body, _ := strings.Cut(string(raw), "\n")
			s := text.Normalize(body)
			claims := e.Extract(text.Read(s), Input{Outlet: strings.TrimPrefix(outlet, "outlet: ")})
			checkOffsets(t, s, claims)
			got, err := json.MarshalIndent(claims, "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, '\n')
			golden := strings.TrimSuffix(f, ".txt") + ".golden.json"
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("claims differ from %s (run go test -update and review the diff):\n%s", golden, got)
			}
		})
	}
}

func FuzzExtract(f *testing.F) {
	for _, tc := range cases {
		f.Add(tc.text)
	}
	f.Add("قال \"« ، :")
	f.Add("على حد قوله")
	f.Add("وكانت قد قالت")
	f.Add("نقلت عن قوله إن")
	e := New(Options{})
	f.Fuzz(func(t *testing.T, s string) {
		s = text.Normalize(s)
		claims := e.Extract(text.Read(s), Input{})
		checkOffsets(t, s, claims)
	})
}

func BenchmarkExtract(b *testing.B) {
	var sb strings.Builder
	for _, tc := range cases {
		sb.WriteString(tc.text)
		sb.WriteString("\n")
	}
	s := sb.String()
	d := text.Read(s)
	e := New(Options{})
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		e.Extract(d, Input{})
	}
}

// TestPersonEntities checks that a person entity counts as the speaker's name
// only where a name stands: a place name that the recogniser took for a
// person (inside a role) or an adjective (قائد ميداني) is not the speaker.
// TestAdjacentEntities checks that a person or place right before another
// entity ends the speaker phrase: the object follows the subject.
func TestAdjacentEntities(t *testing.T) {
	tests := []struct {
		text     string
		entities [][2]string // text, type
		holds    string
		speaker  string
	}{
		{"وحذرت بلادونا رومانيا من أن 4 مطلوبين فروا إليها.", [][2]string{{"بلادونا", "LOC"}, {"رومانيا", "LOC"}}, "4 مطلوبين", "بلادونا"},
		{"وأفاد مدير مستشفى الوادي هيثم الراشد بوصول 35 جريحا.", [][2]string{{"الوادي", "LOC"}, {"هيثم الراشد", "PER"}}, "35 جريحا", "هيثم الراشد"},
		{"وأخطاؤه لا تقل عن خطايا سلفه كريم ناصر، الذي أعلن أن 3 حروب ضرورية.", [][2]string{{"كريم ناصر", "PER"}}, "3 حروب", "كريم ناصر"},
		{"ونفت بلادونا اتهامات بتهريب 4 أطنان من السلاح.", [][2]string{{"بلادونا", "LOC"}}, "4 أطنان", "بلادونا"},
		{"وفي المقابل، وزير الخارجية كريم ناصر حذر من أن 3 عقوبات قادمة.", [][2]string{{"كريم ناصر", "PER"}}, "3 عقوبات", "كريم ناصر"},
		{"اتهمت الإدارة الأمريكية حركة الوادي بتهريب 4 أطنان من السلاح.", [][2]string{{"حركة الوادي", "ORG"}}, "4 أطنان", "الإدارة الأمريكية"},
		{"وفي المقابل فإن المبعوث الأممي، كريم ناصر، قال إن 3 مواقع دمرت.", [][2]string{{"كريم ناصر", "PER"}}, "3 مواقع", "كريم ناصر"},
	}
	for _, tc := range tests {
		var in Input
		for _, e := range tc.entities {
			i := strings.Index(tc.text, e[0])
			in.Entities = append(in.Entities, model.Entity{Span: model.SpanOf(tc.text, i, i+len(e[0])), Type: e[1]})
		}
		claims := New(Options{}).Extract(text.Read(tc.text), in)
		c := holding(claims, tc.text, tc.holds)
		if c == nil {
			t.Errorf("%s: no claim holds %q: %s", tc.text, tc.holds, dump(claims))
			continue
		}
		if c.Speaker.Name != tc.speaker {
			t.Errorf("%s: speaker %q, want %q", tc.text, c.Speaker.Name, tc.speaker)
		}
	}
}

// TestNoObjectSpeaker checks that a noun with a possessive pronoun after a
// cue is never read as the speaker.
func TestNoObjectSpeaker(t *testing.T) {
	for _, s := range []string{
		"وقال الوزير إن الخطة جيدة. كما أكد رفضه لخطة تضم 4 مراحل.",
		"وأعلنت حركة الوادي رفضها للخطة.",
		"وأكدت رفضها لخطة تضم 4 مراحل.",
	} {
		for _, c := range New(Options{}).Extract(text.Read(s), Input{}) {
			if strings.HasPrefix(c.Speaker.Text, "رفض") {
				t.Errorf("%s: speaker %q is the object", s, c.Speaker.Text)
			}
		}
	}
}

func TestMasdarShape(t *testing.T) {
	for w, want := range map[string]bool{"تاجيل": true, "اطلاق": true, "اعتقال": true, "انسحاب": true, "استهداف": true,
		"تبادل": true, "تحالف": false, "ائتلاف": false, "سامر": false, "روسيا": false, "واشنطن": false} {
		if got := masdarShape(w); got != want {
			t.Errorf("masdarShape(%q) = %v, want %v", w, got, want)
		}
	}
}

func TestPersonEntities(t *testing.T) {
	tests := []struct {
		text    string
		persons []string
		holds   string
		speaker string
	}{
		{"وقال المتحدث باسم قيادة عمليات نور الدين العميد سامر الحلبي إن 40 مسلحا استسلموا.",
			[]string{"نور الدين", "سامر الحلبي"}, "40 مسلحا", "سامر الحلبي"},
		{"وقال قائد ميداني في قوات الوادي إن 70 مقاتلا بقوا في البلدة.",
			[]string{"ميداني"}, "70 مقاتلا", "قائد ميداني في قوات الوادي"},
		{"وبحسب دائرة الصحة في نور الدين، فإن 16 مستوصفا أغلقت.",
			[]string{"نور الدين"}, "16 مستوصفا", "دائرة الصحة في نور الدين"},
		{"وقال قائممقام قضاء الوادي حسن العامري إن 5 جسور دمرت. وأضاف العامري أن 2 منها أعيد بناؤهما.",
			[]string{"حسن العامري"}, "2 منها", "حسن العامري"},
		{"بيد أن ليلى الحسن نفت وجود 4 سجناء في المبنى.",
			[]string{"ليلى الحسن"}, "4 سجناء", "ليلى الحسن"},
		{"ووصف سامر الحلبي القصف بأنه عدوان أدى إلى مقتل 12 مدنيا.",
			[]string{"سامر الحلبي"}, "12 مدنيا", "سامر الحلبي"},
	}
	for _, tc := range tests {
		var in Input
		for _, n := range tc.persons {
			i := strings.Index(tc.text, n)
			in.Entities = append(in.Entities, model.Entity{Span: model.SpanOf(tc.text, i, i+len(n)), Type: "PER"})
		}
		claims := New(Options{}).Extract(text.Read(tc.text), in)
		c := holding(claims, tc.text, tc.holds)
		if c == nil {
			t.Errorf("%s: no claim holds %q: %s", tc.text, tc.holds, dump(claims))
			continue
		}
		if c.Speaker.Name != tc.speaker {
			t.Errorf("%s: speaker %q, want %q", tc.text, c.Speaker.Name, tc.speaker)
		}
	}
}

// TestRelayNameOfNothing: an empty relay phrase names no outlet (it once
// made a via of an empty, inverted span).
func TestRelayNameOfNothing(t *testing.T) {
	d := text.Read("ونقل على لسان المتحدث قوله إن 5 قتلوا.")
	p := newParse(New(Options{}), d, Input{})
	for k := range d.Tokens {
		if name, ok := p.relayName(k, k); ok {
			t.Errorf("relayName(%d, %d) = %q", k, k, name)
		}
	}
}

// TestFullerEntityName: a body's short name takes the fuller form the
// document gave it earlier as an organisation or a place, and only that.
func TestFullerEntityName(t *testing.T) {
	tests := []struct {
		text     string
		entities [][2]string // text, type
		holds    string
		speaker  string
	}{
		{"زار الوفد جمهورية الوادي الشرقي أمس. وقالت الوادي الشرقي إن 5 سفن وصلت.", [][2]string{{"جمهورية الوادي الشرقي", "LOC"}}, "5 سفن", "جمهورية الوادي الشرقي"},
		{"زار الوفد جمهورية الوادي الشرقي أمس. وقالت الوادي الشرقي إن 5 سفن وصلت.", [][2]string{{"جمهورية الوادي الشرقي", "PER"}}, "5 سفن", "الوادي الشرقي"},
		{"وقالت الوادي الشرقي إن 5 سفن وصلت. وزار الوفد جمهورية الوادي الشرقي.", [][2]string{{"جمهورية الوادي الشرقي", "LOC"}}, "5 سفن", "الوادي الشرقي"},
	}
	for _, tc := range tests {
		var in Input
		for _, e := range tc.entities {
			i := strings.Index(tc.text, e[0])
			in.Entities = append(in.Entities, model.Entity{Span: model.SpanOf(tc.text, i, i+len(e[0])), Type: e[1]})
		}
		c := holding(New(Options{}).Extract(text.Read(tc.text), in), tc.text, tc.holds)
		if c == nil || c.Speaker.Name != tc.speaker {
			t.Errorf("%s (%v): speaker %v, want %q", tc.text, tc.entities, c, tc.speaker)
		}
	}
}
