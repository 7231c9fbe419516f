package reconcile

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// Predicates: what a figure counts.
const (
	Killed      = "killed"
	Wounded     = "wounded"
	Displaced   = "displaced"
	Evacuated   = "evacuated"
	Arrested    = "arrested"
	Surrendered = "surrendered"
	Remaining   = "remaining"
	Controlled  = "controlled"
)

// running lists the predicates whose figures are running counts: a later,
// higher figure updates an earlier one.
var running = map[string]bool{
	Killed: true, Wounded: true, Displaced: true, Evacuated: true, Arrested: true, Surrendered: true,
}

// predicateWords maps folded words (as text.Forms gives them) to the
// predicate they signal near a figure. Written for marsad from common news
// usage; extend by adding words.
var predicateWords = words(map[string]string{
	Killed: `قتل قتلت قتلوا يقتل تقتل مقتل قتيل قتيلا قتلي قتيلين قتيلان مصرع حتف حتفهم حتفه شهيد شهيدا شهداء
		ضحيه ضحايا ضحيتين وفاه وفيات توفي توفوا موت حصيله جثه جثث جثمان اعدام اعدم اعدمت مات ماتوا لقي لقوا
		ميت ميتا اموات هلاك`,
	Wounded: `جرح جرحي جريح جريحا جرحوا اصيب اصيبوا اصابه اصابات مصاب مصابا مصابين مصابون اصابتهم يصاب`,
	Displaced: `نزح نزوح نازح نازحا نازحين نازحون نزحوا شرد تشريد مشرد مشردين هجر تهجير مهجر مهجرين فر فرت فرار فروا
		هرب هربوا هاربين لاجئ لاجئا لاجئين لاجئون لجوء`,
	Evacuated: `اجلاء اجلي اجلت اجلوا خروج خرج خرجوا يخرج غادر غادروا مغادره اخراج اخرج ممر ممرات اجلاؤهم
		ترحيل رحل رحلوا نقل نقلوا`,
	Arrested: `اعتقل اعتقلت اعتقال اعتقالات معتقل معتقلا معتقلين معتقلون اسر اسري اسير اسيرا خطف اختطف اختطاف
		مختطف مختطفين احتجاز محتجز محتجزين احتجز اوقف توقيف موقوف`,
	Surrendered: `استسلم استسلموا استسلام سلم سلموا تسليم`,
	Remaining:   `بقي تبقي متبقي متبقين المتبقين باق باقون باقين يتبقي محاصر محاصرين محاصرون عالق عالقين يزال تزال زال مازال لايزال يزالون زالوا`,
	Controlled:  `سيطر سيطره يسيطر تسيطر استعاد استعاده استعادت تحرير حرر حررت مساحه اراضي بسط انتزع`,
})

// words turns lists of space-separated words into a word → key map.
func words(lists map[string]string) map[string]string {
	m := map[string]string{}
	for key, list := range lists {
		for _, w := range strings.Fields(list) {
			m[text.Fold(w)] = key
		}
	}
	return m
}

// predicateOf returns the predicate a token signals, or "": a form of the
// word is in the lexicon, or is once a verb's person affix is taken off
// (غادرت، يسيطرون → غادر، سيطر).
func predicateOf(t text.Token) string {
	if t.Kind != text.Word {
		return ""
	}
	for _, f := range t.Forms() {
		if p, ok := predicateWords[f]; ok {
			return p
		}
	}
	for _, f := range t.Forms() {
		for _, s := range verbStems(f) {
			if p, ok := predicateWords[s]; ok {
				return p
			}
		}
	}
	return ""
}

// verbStems strips one person suffix (ت، وا، ون، ا) and one imperfect
// prefix (ي، ت) from a word of four letters or more.
func verbStems(w string) []string {
	if len([]rune(w)) < 4 {
		return nil
	}
	var out []string
	for _, suf := range []string{"وا", "ون", "ت", "ا", ""} {
		s, ok := strings.CutSuffix(w, suf)
		if !ok || len([]rune(s)) < 3 {
			continue
		}
		out = append(out, s)
		for _, pre := range []string{"ي", "ت"} {
			if r, ok := strings.CutPrefix(s, pre); ok && len([]rune(r)) >= 3 {
				out = append(out, r)
			}
		}
	}
	return out
}

// womenNouns are the nouns that make a people figure a count of women.
var womenNouns = set(`امراه نساء سيده سيدات امراتان امراتين نسوه`)

// seatWords name a source's seat, not a place a figure is about.
var seatWords = set(`مقر مقره مقرها ومقره ومقرها`)

// actorWords before a place name make it a side, not a location.
var actorWords = set(`بقيادة وبقيادة بدعم وبدعم بمساندة بمشاركة`)

// underWords introduce the holder after a share: "تحت سيطرة قسد".
var underWords = set(`سيطره قبضه`)

// plannedWords before a figure in its sentence say it is what a deal or a
// plan provides for, not what happened: "الاتفاق يشمل خروج 1500 شخص" is
// not compared with "خرج 700 شخص".
var plannedWords = set(`يشمل تشمل يقضي تقضي ينص تنص سيتم ستتم سوف المقرر المزمع يفترض بموجب`)

// riseWords with "إلى" before a figure say the figure updates an earlier one.
var riseWords = set(`ارتفع ارتفعت يرتفع ترتفع ليرتفع لترتفع ارتفاع وصل وصلت`)

// holders maps folded words to the side a share of territory is held by.
// A share needs its holder: ISIS's 10% and the SDF's 90% are two topics.
var holders = words(map[string]string{
	"ISIS":       `داعش تنظيم`,
	"SDF":        `قسد الديمقراطيه`,
	"government": `النظام الحكومه الحكوميه الجيش الموالين الموالية قوات القوات`,
	"rebels":     `المعارضه الفصائل المسلحين المسلحه المعارضين فصائل مسلحي المتمردين المسلحون مسلحو مسلحين مسلحون جماعه الجماعه`,
	"Kurds":      `الكرديه الاكراد الكردي`,
	"Turkey":     `التركي التركيه تركيا`,
})

func set(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[text.Fold(w)] = true
	}
	return m
}

// inSet reports whether any matching form of t is in m.
func inSet(t text.Token, m map[string]bool) bool {
	if t.Kind != text.Word {
		return false
	}
	for _, f := range t.Forms() {
		if m[f] {
			return true
		}
	}
	return false
}

// lookup returns the value of the first matching form of t in m.
func lookup(t text.Token, m map[string]string) string {
	if t.Kind != text.Word {
		return ""
	}
	for _, f := range t.Forms() {
		if v, ok := m[f]; ok {
			return v
		}
	}
	return ""
}
