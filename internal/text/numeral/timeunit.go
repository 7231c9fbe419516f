package numeral

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// TimeUnit is a unit of time a number can count (4 أشهر، يومين، الـ24 ساعة).
type TimeUnit struct {
	Unit  string  // second, minute, hour, day, week, month, year, decade, century
	Count float64 // 2 for a dual (يومين), 1 for a singular, 0 for a plural
}

var timeUnits = map[string]TimeUnit{}

func init() {
	for _, line := range []string{
		"second ثانية ثانيتين ثانيتان|ثوان ثواني ثوانٍ",
		"minute دقيقة دقيقتين دقيقتان|دقائق",
		"hour ساعة ساعتين ساعتان|ساعات",
		"day يوم يوما يومين يومان|أيام ايام",
		"week أسبوع اسبوع أسبوعا اسبوعا أسبوعين اسبوعين أسبوعان|أسابيع اسابيع",
		"month شهر شهرا شهرين شهران|أشهر اشهر شهور",
		"year عام عاما عامين عامان سنة سنتين سنتان|سنوات سنين أعوام اعوام",
		"decade عقد عقدين عقدان|عقود",
		"century قرن قرنين قرنان|قرون",
	} {
		sing, plur, _ := strings.Cut(line, "|")
		f := strings.Fields(sing)
		for _, w := range f[1:] {
			c := 1.0
			if strings.HasSuffix(w, "ين") || strings.HasSuffix(w, "ان") {
				c = 2
			}
			timeUnits[text.Fold(w)] = TimeUnit{Unit: f[0], Count: c}
		}
		for _, w := range strings.Fields(plur) {
			timeUnits[text.Fold(w)] = TimeUnit{Unit: f[0]}
		}
	}
}

// LookupTimeUnit finds a unit of time in a folded token, also behind the
// article or a proclitic (الساعات، بيومين).
func LookupTimeUnit(norm string) (TimeUnit, bool) {
	if u, ok := timeUnits[norm]; ok {
		return u, true
	}
	for _, p := range wordPrefixes {
		if rest, found := strings.CutPrefix(norm, p); found && len(rest) >= 4 {
			if u, ok := timeUnits[rest]; ok {
				return u, true
			}
		}
	}
	return TimeUnit{}, false
}
