package numeral

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// class is what a number word contributes to a number.
type class uint8

const (
	none      class = iota
	unit            // 1-9 (and 0)
	ten             // عشرة: 10, or the second half of 11-19
	teenHead        // أحد/إحدى/اثنا/اثني...: only before عشر
	tens            // 20-90
	hundred         // 100-900
	scale           // ألف مليون مليار (and their duals, with a count)
	fraction        // نصف ربع ثلث ثلثا
	vague           // عشرات مئات آلاف ملايين
	fewWord         // بضع بضعة عدة
	pointWord       // فاصلة: decimal point
)

// word is one entry of the number-word table (keys are folded).
type word struct {
	class class
	value float64 // the value; for a scale, its power (1000, 1e6...)
	count float64 // for a scale word that carries a count (ألفان): 2
	// plural scale forms (آلاف، ملايين) are scales after a count and vague alone.
	plural bool
	// accusative forms (ألفا، مليونا) only follow a count.
	acc bool
}

var words = map[string]word{}

func add(w word, forms string) {
	for _, f := range strings.Fields(forms) {
		words[text.Fold(f)] = w
	}
}

func init() {
	add(word{class: unit, value: 0}, "صفر")
	add(word{class: unit, value: 1}, "واحد واحدة واحدا واحدًا")
	add(word{class: teenHead, value: 1}, "أحد إحدى احدى")
	add(word{class: unit, value: 2}, "اثنان اثنين اثنتان اثنتين إثنان إثنين")
	add(word{class: teenHead, value: 2}, "اثنا اثني اثنتا اثنتي إثنا إثني إثنتا إثنتي")
	units := []string{"", "", "", "ثلاث ثلاثة", "أربع أربعة اربع اربعة", "خمس خمسة", "ست ستة",
		"سبع سبعة", "ثمان ثماني ثمانية ثمانى", "تسع تسعة"}
	for v := 3; v <= 9; v++ {
		add(word{class: unit, value: float64(v)}, units[v])
	}
	add(word{class: ten, value: 10}, "عشر عشرة")
	tensForms := []string{"", "", "عشرون عشرين", "ثلاثون ثلاثين", "أربعون أربعين اربعون اربعين",
		"خمسون خمسين", "ستون ستين", "سبعون سبعين", "ثمانون ثمانين", "تسعون تسعين"}
	for v := 2; v <= 9; v++ {
		add(word{class: tens, value: float64(v * 10)}, tensForms[v])
	}
	add(word{class: hundred, value: 100}, "مائة مئة مية ميه")
	add(word{class: hundred, value: 200}, "مائتان مائتين مئتان مئتين مائتا مائتي مئتا مئتي ميتين")
	hundredStems := []string{"", "", "", "ثلاث ثلث", "أربع", "خمس", "ست", "سبع", "ثمان ثماني", "تسع"}
	for v := 3; v <= 9; v++ {
		for _, st := range strings.Fields(hundredStems[v]) {
			add(word{class: hundred, value: float64(v * 100)}, st+"مائة "+st+"مئة "+st+"مية")
		}
	}
	add(word{class: scale, value: 1e3}, "ألف")
	add(word{class: scale, value: 1e3, acc: true}, "ألفا ألفاً")
	add(word{class: scale, value: 1e3, count: 2}, "ألفان ألفين ألفي الفان الفين")
	add(word{class: scale, value: 1e3, plural: true}, "آلاف ألوف")
	add(word{class: scale, value: 1e6}, "مليون")
	add(word{class: scale, value: 1e6, acc: true}, "مليونا")
	add(word{class: scale, value: 1e6, count: 2}, "مليونان مليونين مليوني")
	add(word{class: scale, value: 1e6, plural: true}, "ملايين")
	add(word{class: scale, value: 1e9}, "مليار بليون")
	add(word{class: scale, value: 1e9, acc: true}, "مليارا بليونا")
	add(word{class: scale, value: 1e9, count: 2}, "ملياران مليارين مليارى بليونين")
	add(word{class: scale, value: 1e9, plural: true}, "مليارات بلايين")
	add(word{class: scale, value: 1e12}, "تريليون ترليون")
	add(word{class: scale, value: 1e12, plural: true}, "تريليونات ترليونات")
	add(word{class: fraction, value: 0.5}, "نصف نص")
	add(word{class: fraction, value: 0.25}, "ربع")
	add(word{class: fraction, value: 1.0 / 3}, "ثلث")
	add(word{class: fraction, value: 2.0 / 3}, "ثلثا ثلثي")
	add(word{class: vague, value: 10}, "عشرات")
	add(word{class: vague, value: 100}, "مئات مئآت")
	add(word{class: fewWord, value: 3}, "بضع بضعة عدة")
	add(word{class: pointWord}, "فاصلة فاصله فاصل")
	// Egyptian and Levantine spoken forms.
	add(word{class: unit, value: 2}, "اتنين إتنين اتنان")
	add(word{class: unit, value: 3}, "تلات تلاتة")
	add(word{class: unit, value: 8}, "تمن تمانية تمنية")
	spokenTeens := []string{"حداشر", "اتناشر إتناشر", "تلتاشر", "اربعتاشر أربعتاشر", "خمستاشر", "ستاشر", "سبعتاشر", "تمنتاشر طمنتاشر", "تسعتاشر"}
	for k, fs := range spokenTeens {
		add(word{class: unit, value: float64(11 + k)}, fs)
	}
	add(word{class: tens, value: 30}, "تلاتين")
	add(word{class: tens, value: 80}, "تمانين")
	add(word{class: hundred, value: 200}, "متين")
	for v, st := range map[int]string{3: "تلت", 4: "ربع", 5: "خمس", 6: "ست", 7: "سبع", 8: "تمن", 9: "تسع"} {
		add(word{class: hundred, value: float64(v * 100)}, st+"مية "+st+"ميه")
	}
}

// wordPrefixes are the proclitics a number word may carry, shortest first.
var wordPrefixes = []string{"و", "ف", "ب", "ل", "ك", "ال", "وب", "ول", "فب", "فل", "لل", "وال", "بال", "فال", "ولل", "وبال"}

// lookup finds the number word in a folded token: the token itself, else the
// token without one of the proclitics. def reports the article ال; conj the
// conjunction و or ف.
func lookup(norm string) (w word, def, conj bool, ok bool) {
	if w, ok := words[norm]; ok {
		return w, false, false, true
	}
	for _, p := range wordPrefixes {
		rest, found := strings.CutPrefix(norm, p)
		if !found || len(rest) < 4 {
			continue
		}
		if w, ok := words[rest]; ok {
			return w, strings.Contains(p, "ال") || p == "لل", strings.HasPrefix(p, "و") || strings.HasPrefix(p, "ف"), true
		}
	}
	return word{}, false, false, false
}
