package date

import "github.com/marsad/marsad/internal/text"

// dayRange reads a range of days of one month: 13 إلى 15 تموز، من 1-8 شهر
// أيلول، من الثالث والعشرين وحتى السادس والعشرين من أكتوبر، تموز 13 الى 15،
// من 13 تموز إلى 15 تموز. Its value is an ISO 8601 interval of days, both
// ends included (2013-07-13/2013-07-15), grain day.
func (x *extractor) dayRange(i int) (match, bool) {
	k := i
	if x.is(k, "من", "بين") {
		k++
	}
	// Month D1 - D2
	if mr, e, ok := x.monthSpec(k); ok && !mr.isRel {
		d1, e1, ok1 := x.dayNumber(e)
		if !ok1 {
			return match{}, false
		}
		e2, ok2 := x.rangeJoin(e1)
		if !ok2 {
			return match{}, false
		}
		d2, e3, ok3 := x.dayNumber(e2)
		if !ok3 || d2 <= d1 {
			return match{}, false
		}
		return x.rangeMatch(i, d1, d2, mr, e3)
	}
	d1, e1, ok := x.dayNumber(k)
	if !ok {
		return match{}, false
	}
	// D1 Month1 إلى D2 Month2
	if mr1, me1, ok := x.monthSpec(e1); ok && !mr1.isRel {
		j, ok := x.rangeJoin(me1)
		if !ok {
			return match{}, false
		}
		d2, e2, ok := x.dayNumber(j)
		if !ok {
			return match{}, false
		}
		mr2, me2, ok := x.monthSpec(e2)
		if !ok || mr2.month != mr1.month || d2 <= d1 {
			return match{}, false
		}
		return x.rangeMatch(i, d1, d2, mr2, me2)
	}
	j, ok := x.rangeJoin(e1)
	if !ok {
		return match{}, false
	}
	d2, e2, ok := x.dayNumber(j)
	if !ok || d2 <= d1 {
		return match{}, false
	}
	if x.is(e2, "من") {
		e2++
	}
	mr, me, ok := x.monthSpec(e2)
	if !ok {
		return match{}, false
	}
	return x.rangeMatch(i, d1, d2, mr, me)
}

// rangeJoin reads the word or dash between the two ends of a range.
func (x *extractor) rangeJoin(k int) (int, bool) {
	if k >= len(x.toks) {
		return k, false
	}
	t := x.toks[k]
	switch {
	case t.Kind == text.Punct && (t.Text == "-" || t.Text == "–"):
		return k + 1, true
	case x.is(k, "الي", "حتي", "وحتي"):
		return k + 1, true
	case x.is(k, "و") && k+1 < len(x.toks):
		return k + 1, true
	}
	// والسادس: the conjunction on the second ordinal
	if t.Kind == text.Word && len(t.Norm) > 2 && t.Norm[:2] == "و" {
		return k, true
	}
	return k, false
}

func (x *extractor) rangeMatch(start, d1, d2 int, mr monthRef, e int) (match, bool) {
	a, ok := x.dayMonth(start, d1, mr, e, 0, false)
	if !ok || len(a.value) != 10 {
		return match{}, false
	}
	b, ok := x.dayMonth(start, d2, mr, e, 0, false)
	if !ok || len(b.value) != 10 {
		return match{}, false
	}
	a.value += "/" + b.value
	a.end = b.end
	return a, true
}
