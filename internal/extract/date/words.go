package date

import (
	"strings"
	"time"

	"github.com/marsad/marsad/internal/text"
)

// weekdays maps a folded weekday name (with the article, as news writes it)
// to its day.
var weekdays = map[string]time.Weekday{}

// bareWeekdays are the weekdays without the article, read only before
// الأسبوع, after an ordinal or after كل (اثنين الأسبوع الحالي، ثالث
// ثلاثاء، كل جمعة).
var bareWeekdays = map[string]time.Weekday{}

// relDays maps a relative day word to its offset from the reference day.
var relDays = map[string]int{}

// partsOfDay are the words that put an event in a part of a day (صباح
// الأحد، ليل الجمعة-السبت); the day is the date.
var partsOfDay = map[string]bool{}

// periodUnits are the calendar units of relative periods (الشهر الماضي).
var periodUnits = map[string]string{}

// direction words after a period or a month: past, current, next.
var directions = map[string]int{}

// edges are the words that pick a part of a period (منتصف الشهر، مطلع العام).
var edges = map[string]string{}

func fold(words string, f func(string)) {
	for _, w := range strings.Fields(words) {
		f(text.Fold(w))
	}
}

func init() {
	names := []struct {
		d     time.Weekday
		forms string
	}{
		{time.Sunday, "الأحد الاحد"}, {time.Monday, "الاثنين الإثنين الأثنين الاتنين"},
		{time.Tuesday, "الثلاثاء الثلاثا"}, {time.Wednesday, "الأربعاء الاربعاء الاربعا"},
		{time.Thursday, "الخميس"}, {time.Friday, "الجمعة"}, {time.Saturday, "السبت"},
	}
	for _, n := range names {
		fold(n.forms, func(w string) {
			weekdays[w] = n.d
			weekdays[strings.TrimPrefix(w, "ال")] = n.d // احد الاسبوع الماضي، ثلاثاء
		})
	}
	for w, d := range weekdays {
		if !strings.HasPrefix(w, "ال") {
			bareWeekdays[w] = d
		}
	}
	bareWeekdays[text.Fold("اربعا")] = time.Wednesday
	delete(weekdays, text.Fold("احد")) // أحد is "one", not Sunday, without the article
	delete(weekdays, text.Fold("اثنين"))
	delete(weekdays, text.Fold("خميس"))
	delete(weekdays, text.Fold("جمعة"))
	delete(weekdays, text.Fold("سبت"))
	fold("اليوم", func(w string) { relDays[w] = 0 })
	fold("أمس الأمس البارحة امبارح", func(w string) { relDays[w] = -1 })
	fold("غدا غداً الغد غد بكرة بكرا", func(w string) { relDays[w] = 1 })
	fold("صباح مساء ليل ليلة فجر ظهر عصر صبيحة ظهيرة عشية مساءَ", func(w string) { partsOfDay[w] = true })
	fold("الشهر", func(w string) { periodUnits[w] = "month" })
	fold("الأسبوع الاسبوع", func(w string) { periodUnits[w] = "week" })
	fold("العام السنة", func(w string) { periodUnits[w] = "year" })
	fold("الماضي الماضية المنصرم المنصرمة الفائت الفائتة السابق السابقة الفات الماض", func(w string) { directions[w] = -1 })
	fold("الجاري الجارية الحالي الحالية", func(w string) { directions[w] = 0 })
	fold("المقبل المقبلة القادم القادمة التالي التالية الجاي", func(w string) { directions[w] = 1 })
	// after two coordinated months: كانون الأول وكانون الثاني المقبلين
	fold("الماضيين المنصرمين السابقين", func(w string) { directions[w] = -1 })
	fold("المقبلين القادمين", func(w string) { directions[w] = 1 })
	fold("منتصف نص نصف أواسط", func(w string) { edges[w] = "middle" })
	fold("مطلع بداية أوائل بدايات أول مستهل", func(w string) { edges[w] = "start" })
	fold("نهاية أواخر آخر أخر اواخر ختام", func(w string) { edges[w] = "end" })
	fold("مساء مساءا مساءً عصرا العصر ليلا الليل المغرب العشاء", func(w string) { afternoon[w] = true })
	fold("صباحا صباحاً الصبح الصباح فجرا الفجر", func(w string) { morning[w] = true })
	buildHolidays()
	buildStarters()
}

// strip removes the proclitics a date word may carry (وأمس، بالشهر، للعام)
// and returns the forms to try, the word itself first.
func strip(norm string) []string {
	out := []string{norm}
	for _, p := range []string{"و", "ف", "ب", "ل", "وب", "ول", "وف"} {
		if rest, ok := strings.CutPrefix(norm, p); ok && len(rest) >= 4 {
			out = append(out, rest)
		}
	}
	if rest, ok := strings.CutPrefix(norm, "لل"); ok {
		out = append(out, "ال"+rest)
	}
	if rest, ok := strings.CutPrefix(norm, "ولل"); ok {
		out = append(out, "ال"+rest)
	}
	return out
}

// formsOf returns the stripped forms of token i, computed once per document.
func (x *extractor) formsOf(i int) []string {
	if x.forms == nil {
		x.forms = make([][]string, len(x.toks))
	}
	if x.forms[i] == nil {
		if x.toks[i].Kind == text.Word {
			x.forms[i] = strip(x.toks[i].Norm)
		} else {
			x.forms[i] = []string{x.toks[i].Norm}
		}
	}
	return x.forms[i]
}

// is reports whether token i is one of the folded words (clitics stripped).
func (x *extractor) is(i int, words ...string) bool {
	if i < 0 || i >= len(x.toks) {
		return false
	}
	for _, f := range x.formsOf(i) {
		for _, w := range words {
			if f == w {
				return true
			}
		}
	}
	return false
}

// weekdayAt reads a weekday at token i.
func (x *extractor) weekdayAt(i int) (time.Weekday, bool) {
	return lookupF(x, weekdays, i)
}

// lookupF finds token i's word, with its clitics stripped, in a table.
func lookupF[V any](x *extractor, m map[string]V, i int) (V, bool) {
	var zero V
	if i < 0 || i >= len(x.toks) || x.toks[i].Kind != text.Word {
		return zero, false
	}
	for _, f := range x.formsOf(i) {
		if v, ok := m[f]; ok {
			return v, true
		}
	}
	return zero, false
}

func lookupHasF(x *extractor, m map[string]bool, i int) bool {
	_, ok := lookupF(x, m, i)
	return ok
}
