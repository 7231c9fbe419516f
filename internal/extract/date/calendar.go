package date

import (
	"fmt"
	"math"
	"time"
)

// day is a civil date without a clock or zone.
type day struct{ y, m, d int }

func dayOf(t time.Time) day { return day{t.Year(), int(t.Month()), t.Day()} }

func (d day) time() time.Time { return time.Date(d.y, time.Month(d.m), d.d, 0, 0, 0, 0, time.UTC) }

func (d day) add(n int) day { return dayOf(d.time().AddDate(0, 0, n)) }

func (d day) weekday() time.Weekday { return d.time().Weekday() }

func (d day) String() string { return fmt.Sprintf("%04d-%02d-%02d", d.y, d.m, d.d) }

func (d day) valid() bool {
	if d.m < 1 || d.m > 12 || d.d < 1 || d.d > 31 || d.y < 1 || d.y > 9999 {
		return false
	}
	return dayOf(d.time()) == d
}

func monthString(y, m int) string { return fmt.Sprintf("%04d-%02d", y, m) }

func weekString(d day) string {
	y, w := d.time().ISOWeek()
	return fmt.Sprintf("%04d-W%02d", y, w)
}

// addMonths moves a (year, month) by n months.
func addMonths(y, m, n int) (int, int) {
	k := y*12 + (m - 1) + n
	return k / 12, k%12 + 1
}

// hijriToGregorian converts a Hijri date to the Gregorian calendar: by the
// Umm al-Qura rule for the years it covers (ummalqura.go), else by the
// tabular (arithmetic) calendar. A sighted month can still differ by a day;
// a weekday written beside the date settles it (see snapWeekday).
func hijriToGregorian(y, m, d int) day {
	if first, ok := ummAlQuraStart(y, m); ok {
		return first.add(d - 1)
	}
	return julianToDay(tabularJD(y, m, d))
}

// tabularJD is the Julian day of a date of the tabular Islamic calendar.
func tabularJD(y, m, d int) float64 {
	return float64(d) + math.Ceil(29.5*float64(m-1)) + float64(y-1)*354 +
		math.Floor(float64(3+11*y)/30) + 1948439.5 - 1
}

// julianToDay converts a Julian day number to a Gregorian civil date.
func julianToDay(jd float64) day {
	z := int(math.Floor(jd + 0.5))
	a := z
	if z >= 2299161 {
		alpha := int(math.Floor((float64(z) - 1867216.25) / 36524.25))
		a = z + 1 + alpha - alpha/4
	}
	b := a + 1524
	c := int(math.Floor((float64(b) - 122.1) / 365.25))
	dd := int(math.Floor(365.25 * float64(c)))
	e := int(math.Floor(float64(b-dd) / 30.6001))
	dayN := b - dd - int(math.Floor(30.6001*float64(e)))
	month := e - 1
	if e >= 14 {
		month = e - 13
	}
	year := c - 4716
	if month <= 2 {
		year = c - 4715
	}
	return day{year, month, dayN}
}

// gregorianToHijriYear returns the Hijri year running on a Gregorian date
// (approximately: enough to place a Hijri month without a year).
func gregorianToHijriYear(g day) int {
	return int(math.Floor((float64(g.y)-622)*33/32)) + 1
}

// snapWeekday moves d to the nearest day within two days that falls on w.
func snapWeekday(d day, w time.Weekday) (day, bool) {
	if d.weekday() == w {
		return d, true
	}
	for _, k := range []int{-1, 1, -2, 2, -3, 3} {
		if c := d.add(k); c.weekday() == w {
			return c, k >= -2 && k <= 2
		}
	}
	return d, false
}
