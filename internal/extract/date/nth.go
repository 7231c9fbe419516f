package date

import (
	"time"

	"github.com/marsad/marsad/internal/text/numeral"
)

// nthOf reads an ordinal weekday, week or day of a month: ثالث ثلاثاء في
// أيلول 2014، الاثنين الأخير من شهر آذار، أول أسبوع من أكتوبر 2014، آخر يوم
// من شهر عشرة سنة 2015. n is 1-5, or -1 for the last.
func (x *extractor) nthOf(i int) (match, bool) {
	toks := x.toks
	n, k, ok := x.nthWord(i, false)
	what := ""
	var wd time.Weekday
	switch {
	case ok:
		if x.is(k, "يوم") && !x.is(k+1, "من", "في") && !x.is(k+1, "بشهر") {
			k++ // ثالث يوم ثلاثاء
		}
		if w, found := x.anyWeekday(k); found {
			what, wd, k = "weekday", w, k+1
		} else if x.is(k, "اسبوع") {
			what, k = "week", k+1
		} else if x.is(k, "يوم") && n == -1 {
			what, k = "day", k+1
		}
	default:
		// weekday/الأسبوع/اليوم then the ordinal: الاثنين الأخير، الأسبوع الأول
		if w, found := x.weekdayAt(i); found {
			what, wd = "weekday", w
		} else if x.is(i, "الاسبوع") {
			what = "week"
		} else if x.is(i, "اليوم") {
			what = "day"
		} else {
			return match{}, false
		}
		n, k, ok = x.nthWord(i+1, true)
		if !ok || what == "day" && n != -1 {
			return match{}, false
		}
	}
	if what == "" {
		return match{}, false
	}
	if what == "weekday" && n > 0 && x.is(k, "بعد", "قبل") {
		return x.nthAround(i, k, n, wd)
	}
	if x.is(k, "من", "في") {
		k++
	}
	mr, e, ok := x.monthSpec(k)
	if !ok {
		if k < len(toks) {
			// بشهر، بأيلول: the preposition is on the month
			mr, e, ok = x.monthSpec(k)
		}
		if !ok {
			return match{}, false
		}
	}
	if mr.calendar != numeral.Gregorian {
		return match{}, false
	}
	if x.is(e, "في") && x.is(e+1, "سنه", "عام") {
		e++
	}
	y, ye, _, hasYear := x.yearAfter(e)
	end := e
	if hasYear {
		end = ye
	} else if x.is(e, "السنه", "العام") {
		if dir, ok := lookupF(x, directions, e+1); ok && x.has {
			y, hasYear, end = x.now.y+dir, true, e+2
		}
	}
	month := mr.month
	if mr.isRel {
		if !x.has {
			return match{}, false
		}
		y, month = addMonths(x.now.y, x.now.m, mr.relative)
		hasYear = true
	}
	if !hasYear {
		if !x.has {
			return match{}, false
		}
		y = x.now.y
	}
	first := day{y, month, 1}
	last := first.time().AddDate(0, 1, -1)
	m := match{start: i, end: end, typ: TypeDate, grain: "day", basis: BasisExplicit}
	var d day
	switch what {
	case "weekday":
		if n > 0 {
			d = first
			for d.weekday() != wd {
				d = d.add(1)
			}
			d = d.add(7 * (n - 1))
		} else {
			d = dayOf(last)
			for d.weekday() != wd {
				d = d.add(-1)
			}
		}
	case "week":
		m.grain = "week"
		if n > 0 {
			d = first
			for d.weekday() != time.Monday {
				d = d.add(1)
			}
			d = d.add(7 * (n - 1))
		} else {
			d = dayOf(last).add(-6)
			for d.weekday() != time.Monday {
				d = d.add(-1)
			}
		}
	case "day":
		d = dayOf(last)
	}
	if d.m != month {
		return match{}, false
	}
	m.value = d.String()
	if m.grain == "week" {
		m.value = weekString(d)
	}
	return m, true
}

// nthWord reads an ordinal (ثالث، الثالثة، أول، آخر، الأخير) at token k;
// definite asks for the article (after the noun).
func (x *extractor) nthWord(k int, definite bool) (int, int, bool) {
	if k >= len(x.toks) {
		return 0, k, false
	}
	if definite && x.is(k, "الاخير", "الاخيره") || !definite && x.is(k, "اخر", "آخر") {
		return -1, k + 1, true
	}
	if !definite && x.is(k, "اول") {
		return 1, k + 1, true
	}
	o, ok := numeral.Ordinal(x.toks, k, false)
	if !ok || o.Value < 1 || o.Value > 5 || o.Definite != definite || o.End != k+1 {
		return 0, k, false
	}
	return int(o.Value), k + 1, true
}

// anyWeekday reads a weekday with or without the article.
func (x *extractor) anyWeekday(k int) (time.Weekday, bool) {
	if w, ok := x.weekdayAt(k); ok {
		return w, true
	}
	return lookupF(x, bareWeekdays, k)
}

// nthAround reads "ثالث ثلاثاء بعد كريسماس 2014": the nth weekday after (or
// before) a holiday, counted from the day after (or before) it.
func (x *extractor) nthAround(i, k, n int, wd time.Weekday) (match, bool) {
	h, ok := x.holiday(k + 1)
	if !ok || h.value == "" || h.grain != "day" {
		return match{}, false
	}
	d, ok := parseDay(h.value)
	if !ok {
		return match{}, false
	}
	step := 1
	if x.is(k, "قبل") {
		step = -1
	}
	for seen := 0; seen < n; {
		d = d.add(step)
		if d.weekday() == wd {
			seen++
		}
	}
	return match{start: i, end: h.end, typ: TypeDate, grain: "day", value: d.String(), basis: h.basis}, true
}
