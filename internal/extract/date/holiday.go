package date

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// holidayDef is a holiday on a fixed day of the Gregorian or Hijri calendar.
type holidayDef struct {
	words  []string // folded tokens
	hijri  bool
	m, d   int
	period bool // رمضان: the month
}

var holidays []holidayDef

// buildHolidays fills holidays (called from words.go's init).
func buildHolidays() {
	for _, h := range []struct {
		name  string
		hijri bool
		m, d  int
	}{
		{"عيد الأم", false, 3, 21}, {"عيد الام", false, 3, 21}, {"عيد الميلاد", false, 12, 25}, {"كريسماس", false, 12, 25}, {"الكريسماس", false, 12, 25},
		{"رأس السنة الميلادية", false, 1, 1}, {"عيد العمال", false, 5, 1}, {"عيد الحب", false, 2, 14},
		{"رأس السنة الهجرية", true, 1, 1}, {"عيد الفطر", true, 10, 1}, {"عيد الأضحى", true, 12, 10},
		{"يوم عرفة", true, 12, 9}, {"المولد النبوي", true, 3, 12}, {"عاشوراء", true, 1, 10},
		{"عيد الفصح", false, 0, 0},
	} {
		holidays = append(holidays, holidayDef{words: strings.Fields(text.Fold(h.name)), hijri: h.hijri, m: h.m, d: h.d})
	}
}

// holiday reads a holiday name with an optional year (عيد الأضحى 2013،
// عشية عيد الأم is read by partOfDay). Without a year it resolves to the
// nearest occurrence to the reference date (the next one with Ref.Future).
func (x *extractor) holiday(i int) (match, bool) {
	toks := x.toks
	for _, h := range holidays {
		if i+len(h.words) > len(toks) {
			continue
		}
		ok := true
		for k, w := range h.words {
			if k == 0 && !x.is(i, w) || k > 0 && toks[i+k].Norm != w {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		end := i + len(h.words)
		m := match{start: i, end: end, typ: TypeDate, grain: "day", basis: BasisExplicit}
		y, ye, _, hasYear := x.yearAfter(end)
		if hasYear {
			m.end = ye
		}
		if !hasYear && !x.has {
			return m, true
		}
		m.value = x.holidayDay(h, y, hasYear).String()
		if !hasYear {
			m.basis = BasisRelative
		}
		return m, true
	}
	return match{}, false
}

func (x *extractor) holidayDay(h holidayDef, y int, hasYear bool) day {
	at := func(gy int) day {
		if h.m == 0 {
			return easter(gy)
		}
		if !h.hijri {
			return day{gy, h.m, h.d}
		}
		// the occurrence whose Gregorian year is gy: try the Hijri years around it
		hy := gregorianToHijriYear(day{gy, 6, 30})
		for _, c := range []int{hy - 1, hy, hy + 1} {
			if g := hijriToGregorian(c, h.m, h.d); g.y == gy {
				return g
			}
		}
		return hijriToGregorian(hy, h.m, h.d)
	}
	if hasYear {
		return at(y)
	}
	best := day{}
	bestDist := 1 << 30
	for gy := x.now.y - 1; gy <= x.now.y+1; gy++ {
		c := at(gy)
		dist := int(c.time().Sub(x.now.time()).Hours() / 24)
		if x.ref.Future && dist < 0 {
			continue
		}
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = c, dist
		}
	}
	return best
}

// easter returns the date of Western Easter in year y (the anonymous
// Gregorian computus).
func easter(y int) day {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	dd := (h+l-7*m+114)%31 + 1
	return day{y, month, dd}
}
