package date

import (
	"strings"
	"time"

	"github.com/marsad/marsad/internal/text"
	"github.com/marsad/marsad/internal/text/numeral"
)

// relativeDay reads a relative day (اليوم، أمس، غدا، أول أمس، بعد غد), with
// a weekday in apposition (أمس السبت). When the weekday disagrees with the
// day the publication date gives, the text's weekday is kept and a note says so.
func (x *extractor) relativeDay(i int) (match, bool) {
	toks := x.toks
	k := i
	if x.is(k, "يوم") {
		k++
	}
	off, end, ok := 0, 0, false
	if x.is(i, "اليوم") {
		if dir, found := lookupF(x, directions, i+1); found && dir != 0 {
			return x.relMatch(i, i+2, dir), true // اليوم الماضي، اليوم السابق
		}
		k = i + 1
		if x.is(k, "الذي", "الي") {
			k++
		}
		if x.is(k, "القبل") && x.is(k+1, "البارحه", "امس", "امبارح") {
			return x.relMatch(i, k+2, -2), true
		}
		if k == i+1 {
			k = i
		}
	}
	switch {
	case x.is(k, "اول", "قبل") && x.is(k+1, "امس", "البارحه", "امبارح"):
		off, end, ok = -2, k+2, true
	case x.is(k, "بعد") && x.is(k+1, "غد", "غدا", "الغد", "بكره", "بكرا"):
		off, end, ok = 2, k+2, true
	default:
		if o, found := lookupF(x, relDays, k); found {
			off, end, ok = o, k+1, true
			if x.is(end, "الاول") && o == -1 {
				off, end = -2, end+1
			}
		}
	}
	if !ok {
		return match{}, false
	}
	if x.is(k, "اليوم") {
		// اليوم الأول، اليوم الثالث من أكتوبر: a day of something else.
		if _, isOrd := numeral.Ordinal(toks, k+1, false); isOrd || x.is(k+1, "من", "الذي", "التالي", "نفسه", "ذاته") {
			return match{}, false
		}
	}
	m := match{start: i, end: end, typ: TypeDate, grain: "day", basis: BasisRelative}
	wd, hasWd := x.weekdayAt(end)
	if hasWd {
		m.end = end + 1
	}
	if !x.has {
		return m, true
	}
	d := x.now.add(off)
	if hasWd && d.weekday() != wd {
		kept, _ := snapWeekday(d, wd)
		m.note = "the text says " + toks[end].Text + " (" + wd.String() + ") but " + d.String() +
			" is a " + d.weekday().String() + "; kept the text's weekday"
		d = kept
		m.basis = BasisWeekday
	}
	m.value = d.String()
	return m, true
}

// present reads "now": الآن، حالا، في هذه اللحظة, the publication time.
func (x *extractor) present(i int) (match, bool) {
	end := 0
	switch {
	case x.is(i, "الان", "حالا", "الحين"):
		end = i + 1
	case x.is(i, "هذه") && x.is(i+1, "اللحظه"):
		end = i + 2
	default:
		return match{}, false
	}
	m := match{start: i, end: end, typ: TypeTime, grain: "second", basis: BasisRelative}
	if x.has {
		m.value = x.ref.Published.Format("2006-01-02T15:04:05")
	}
	return m, true
}

// tonight reads الليلة / هذه الليلة (الليلة الماضية: the night before): the
// evening of that day, 18:00 to 23:00, as an interval of hours.
func (x *extractor) tonight(i int) (match, bool) {
	k := i
	if x.is(k, "هذه") {
		k++
	}
	if !x.is(k, "الليله") {
		return match{}, false
	}
	end, off := k+1, 0
	if dir, ok := lookupF(x, directions, k+1); ok && dir < 0 {
		end, off = k+2, -1
	} else if x.is(k+1, "بين", "من") {
		return match{}, false // الليلة بين الخامس والسادس: see night
	}
	m := match{start: i, end: end, typ: TypeTime, grain: "hour", basis: BasisRelative}
	if x.has {
		d := x.now.add(off).String()
		m.value = d + "T18:00/" + d + "T23:00"
	}
	return m, true
}

// weekdayDay resolves a weekday with an optional direction against the reference.
func (x *extractor) weekdayDay(wd time.Weekday, dir int, hasDir, fwd bool) day {
	d := x.now
	switch {
	case hasDir && dir < 0, !hasDir && !fwd:
		if hasDir {
			d = d.add(-1)
		}
		for d.weekday() != wd {
			d = d.add(-1)
		}
	case hasDir && dir == 0:
		// this week's: the nearest one
		best := d
		for k := -3; k <= 3; k++ {
			if c := d.add(k); c.weekday() == wd {
				best = c
			}
		}
		d = best
	default:
		d = d.add(1)
		for d.weekday() != wd {
			d = d.add(1)
		}
	}
	return d
}

// weekday reads [يوم] weekday [الماضي/المقبل] and a date in apposition
// (الخميس 15 أغسطس، الأحد 25 محرم 1439 هـ).
func (x *extractor) weekday(i int) (match, bool) {
	toks := x.toks
	k := i
	if x.is(k, "يوم") {
		k++
	}
	wd, ok := x.weekdayAt(k)
	if !ok {
		// a weekday without the article before a week: اثنين الأسبوع الحالي
		if w, bare := lookupF(x, bareWeekdays, k); bare && x.is(k+1, "الاسبوع") {
			wd, ok = w, true
		}
	}
	if !ok {
		return match{}, false
	}
	end := k + 1
	// An explicit date in apposition.
	j := end
	if j < len(toks) && (toks[j].Text == "،" || toks[j].Text == ",") {
		j++
	}
	if x.is(j, "الموافق") {
		j++
	}
	if x.is(j, "في") {
		j++
	}
	if d, e, ok := x.dayNumber(j); ok {
		e2 := e
		if x.is(e2, "من") {
			e2++
		}
		if x.is(e2, "شهر") {
			e2++
		}
		if mr, me, ok := x.monthSpec(e2); ok {
			if m, ok := x.dayMonth(i, d, mr, me, wd, true); ok {
				return m, true
			}
		}
		if x.has && toks[j].Kind != text.Number {
			// الثلاثاء التاسع عشر (of this month), when that day is that
			// weekday: «السبت في أول زيارة» is no first of the month.
			dd := day{x.now.y, x.now.m, d}
			if dd.valid() && dd.weekday() == wd {
				return match{start: i, end: e, typ: TypeDate, grain: "day", basis: BasisRelative, value: dd.String()}, true
			}
		}
	}
	if m, ok := x.numeric(j); ok && j < len(toks) && toks[j].Kind == text.Number {
		m.start = i
		return m, true
	}
	m := match{start: i, end: end, typ: TypeDate, grain: "day", basis: BasisWeekday}
	dir, hasDir := lookupF(x, directions, end)
	if hasDir {
		m.end = end + 1
	}
	// weekday of a given week: الأحد من الأسبوع الماضي، اثنين الأسبوع الحالي
	w := m.end
	if x.is(w, "من") {
		w++
	}
	this := x.is(w, "هذا")
	if this {
		w++
	}
	if x.is(w, "الاسبوع") {
		wdir, ok := lookupF(x, directions, w+1)
		e := w + 2
		if this {
			wdir, ok, e = 0, true, w+1
		}
		if ok {
			m.end = e
			if x.has {
				monday := x.now.add(-((int(x.now.weekday()) + 6) % 7)).add(7 * wdir)
				m.value = monday.add((int(wd) + 6) % 7).String()
			}
			return m, true
		}
	}
	if x.has {
		if !hasDir && x.forwardCue(i) {
			// اعتبارا من الثلاثاء، حتى الخميس: the day to come (today included)
			d := x.now
			for d.weekday() != wd {
				d = d.add(1)
			}
			m.value = d.String()
			return m, true
		}
		if !hasDir && !x.ref.Future && x.tenseForward(i) {
			// ستجرى الانتخابات يوم الأحد: the day to come, today included
			d := x.now
			for d.weekday() != wd {
				d = d.add(1)
			}
			m.value = d.String()
			return m, true
		}
		m.value = x.weekdayDay(wd, dir, hasDir, x.ref.Future).String()
	}
	return m, true
}

// forwardCue reports a word before token i that points a bare weekday
// forward: اعتبارا من، ابتداء من، بدءا من، حتى، بحلول.
func (x *extractor) forwardCue(i int) bool {
	if x.is(i-1, "حتي", "بحلول", "اعتبارا", "ابتداء", "بدءا") {
		return true
	}
	return x.is(i-1, "من") && x.is(i-2, "اعتبارا", "ابتداء", "ابتداءا", "بدءا", "بداية")
}

// partOfDay reads a part of a day before a day (صباح الأحد، مساء أمس، ليل
// الجمعة-السبت، فجر اليوم، عشية عيد الأم): the date is that day's, or the
// first day's for a night between two days; عشية is the day before.
func (x *extractor) partOfDay(i int) (match, bool) {
	toks := x.toks
	if _, ok := lookupF(x, partsOfDay, i); !ok {
		return match{}, false
	}
	k := i + 1
	if x.is(k, "يوم") && !x.is(k+1, "امس", "غد") {
		k++
	}
	var inner match
	ok := false
	for _, f := range []func(int) (match, bool){x.relativeDay, x.weekday, x.explicit, x.holiday} {
		if inner, ok = f(k); ok {
			break
		}
	}
	if !ok {
		return match{}, false
	}
	m := inner
	m.start = i
	// A night between two days: ليل الجمعة-السبت، ليل الاثنين الثلاثاء.
	j := m.end
	if j < len(toks) && toks[j].Kind == text.Punct && (toks[j].Text == "-" || toks[j].Text == "/") {
		j++
	}
	if x.is(j, "الي", "علي") {
		j++
	}
	if _, ok := x.weekdayAt(j); ok && j > m.end-1 {
		m.end = j + 1
	}
	if x.is(i, "عشيه") && m.value != "" {
		if d, ok := parseDay(m.value); ok {
			m.value = d.add(-1).String()
		}
	}
	return m, true
}

// night reads a night between two days of a month: ليل الخامس إلى السادس من
// أيلول/سبتمبر 2007، الليلة بين الخامس والسادس من سبتمبر: the first day.
func (x *extractor) night(i int) (match, bool) {
	toks := x.toks
	if !x.is(i, "ليل", "ليله", "الليله") {
		return match{}, false
	}
	k := i + 1
	if x.is(k, "بين") {
		k++
	}
	d1, e, ok := x.dayNumber(k)
	if !ok {
		return match{}, false
	}
	j := e
	switch {
	case x.is(j, "الي", "و", "-"):
		j++
	case j < len(toks) && toks[j].Kind == text.Punct && toks[j].Text == "-":
		j++
	default:
		// "ليل 5 أيلول": a single day
		j = -1
	}
	if j > 0 {
		_, e2, ok := x.dayNumber(j)
		if !ok {
			// والسادس: the conjunction is on the ordinal
			if n, ok2 := numeral.Ordinal(toks, j-1, false); ok2 && n.End > e {
				e2, ok = n.End, true
			}
		}
		if !ok {
			return match{}, false
		}
		e = e2
	} else if n, ok := numeral.Ordinal(toks, e, false); ok && n.Start == e && toks[e].Kind == text.Word && toks[e].Norm[0] == "و"[0] {
		e = n.End
	}
	if x.is(e, "من") {
		e++
	}
	mr, me, ok := x.monthSpec(e)
	if !ok {
		return match{}, false
	}
	return x.dayMonth(i, d1, mr, me, 0, false)
}

// parseDay reads a YYYY-MM-DD value back.
func parseDay(s string) (day, bool) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return day{}, false
	}
	return dayOf(t), true
}

// period reads a relative period: الشهر الماضي، الأسبوع المقبل، العام
// الجاري، هذا الشهر، هذه السنة.
func (x *extractor) period(i int) (match, bool) {
	k := i
	this := false
	if x.is(k, "هذا", "هذه") {
		k, this = k+1, true
	}
	unit, ok := lookupF(x, periodUnits, k)
	if !ok {
		return match{}, false
	}
	dir, hasDir := lookupF(x, directions, k+1)
	end := k + 2
	if !hasDir {
		if !this {
			return match{}, false
		}
		dir, end = 0, k+1
	}
	m := match{start: i, end: end, typ: TypeDate, grain: unit, basis: BasisRelative}
	if x.has {
		m.value = x.periodValue(unit, dir)
	}
	return m, true
}

func (x *extractor) periodValue(unit string, dir int) string {
	switch unit {
	case "month":
		y, mo := addMonths(x.now.y, x.now.m, dir)
		return monthString(y, mo)
	case "week":
		return weekString(x.now.add(7 * dir))
	default:
		return itoa(x.now.y + dir)
	}
}

// edged reads a part of a period or month: منتصف الشهر الماضي، مطلع العام
// الجاري، أواخر أيلول سبتمبر الماضي، نهاية العام الماضي. The value keeps the
// grain of the period; منتصف and بداية of a named month give its 15th and 1st.
func (x *extractor) edged(i int) (match, bool) {
	edge, ok := lookupF(x, edges, i)
	if !ok {
		return match{}, false
	}
	k := i + 1
	for _, f := range []func(int) (match, bool){x.period, x.season, x.explicit, x.year} {
		inner, ok := f(k)
		if !ok {
			continue
		}
		inner.start = i
		if a, b, ok := strings.Cut(inner.value, "/"); ok && strings.HasPrefix(inner.note, "hijri month") {
			// a Hijri month is a range of days: its first, middle or last days
			if first, ok1 := parseDay(a); ok1 {
				if last, ok2 := parseDay(b); ok2 {
					switch {
					case edge == "middle":
						inner.value = first.add(14).String()
					case edge == "start" && x.is(i, "بدايه", "اول", "مطلع", "مستهل"):
						inner.value = first.String()
					case edge == "start" && x.is(i, "اوائل"):
						inner.value = first.String() + "/" + first.add(9).String()
					case edge == "end" && x.is(i, "اواخر"):
						inner.value = first.add(20).String() + "/" + last.String()
					case edge == "end" && x.is(i, "نهايه", "اخر", "ختام"):
						inner.value = last.String()
					}
				}
			}
			return inner, true
		}
		if inner.grain == "month" && inner.basis != BasisRelative && len(inner.value) == 7 || inner.grain == "month" && !x.isPeriod(k) && len(inner.value) == 7 {
			switch edge {
			case "middle":
				inner.value, inner.grain = inner.value+"-15", "day"
			case "start":
				if x.is(i, "بدايه", "اول", "مطلع") {
					inner.value, inner.grain = inner.value+"-01", "day"
				} else if x.is(i, "اوائل") {
					inner.value, inner.grain = inner.value+"-01/"+inner.value+"-10", "day" // the first ten days
				}
			case "end":
				if x.is(i, "اواخر") {
					if t, err := time.Parse("2006-01", inner.value); err == nil {
						last := t.AddDate(0, 1, -1).Format("2006-01-02")
						inner.value, inner.grain = inner.value+"-21/"+last, "day" // the last ten days
					}
				}
			}
		}
		return inner, true
	}
	return match{}, false
}

// ago reads a point counted back: قبل أربعة أيام، منذ 3 أيام، قبل شهرين،
// قبل أسبوع. Days and weeks resolve to a day, months to a month, years to a year.
func (x *extractor) ago(i int) (match, bool) {
	if x.is(i, "من") {
		return x.agoFrom(i)
	}
	if !x.is(i, "قبل", "منذ") {
		return match{}, false
	}
	count, unit, end, ok := x.countOf(i+1, true)
	if !ok || count != float64(int(count)) {
		return match{}, false
	}
	return x.agoMatch(i, end, count, unit)
}

// fromNow reads a point counted forward from the reference: [بعد] أسبوعين
// من الآن، 3 أيام من الآن. The text's own "من الآن" makes the reference the
// anchor (a bare بعد 3 أيام often counts from another event).
func (x *extractor) fromNow(i int) (match, bool) {
	k := i
	if x.is(k, "بعد") {
		k++
	}
	count, unit, end, ok := x.countOf(k, true)
	if !ok || count != float64(int(count)) || !x.is(end, "من") || !x.is(end+1, "الان") {
		return match{}, false
	}
	m, ok := x.agoMatch(i, end+2, -count, unit)
	return m, ok
}

// agoFrom reads the spoken "من أسبوع" ("a week ago"): من and a unit of time
// as one word (أسبوع، يومين، شهر), standing alone. After a comparison (أكثر من
// أسبوع) it is a length, and before a name or a number (من شهر رمضان، من عام
// 2015) it starts another phrase, so both are left alone.
func (x *extractor) agoFrom(i int) (match, bool) {
	toks := x.toks
	if i+1 >= len(toks) || toks[i+1].Kind != text.Word || toks[i].Norm != "من" {
		return match{}, false
	}
	if i > 0 && toks[i-1].Kind == text.Word {
		prev := toks[i-1].Norm
		for _, p := range []string{"ول", "وب", "و", "ل", "ب", "ف"} {
			if rest, ok := strings.CutPrefix(prev, p); ok && len([]rune(rest)) >= 3 {
				prev = rest // لأكثر من أسبوع
				break
			}
		}
		switch prev {
		case "يزيد", "تزيد", "يقرب", "يقارب", "يربو", "قرابه", "اقرب", "اكثر", "اقل", "ازيد", "اكبر", "اصغر", "اطول", "اقصر", "ابتداء", "بدلا", "بدل", "اول", "اخر", "جزء", "بعد", "قبل", "نوع":
			return match{}, false
		}
	}
	tu, ok := numeral.LookupTimeUnit(toks[i+1].Norm)
	if !ok || tu.Count == 0 || strings.HasPrefix(toks[i+1].Norm, "ال") {
		return match{}, false
	}
	end := i + 2
	if end < len(toks) {
		next := toks[end]
		if _, isMonth := numeral.Month(toks, end); isMonth {
			return match{}, false // من شهر فبراير
		}
		if next.Kind != text.Punct && !(next.Kind == text.Word && (next.Prefix == "و" || next.Prefix == "ف" || andWords[next.Norm])) {
			return match{}, false
		}
	}
	return x.agoMatch(i, end, tu.Count, tu.Unit)
}

// andWords are short words with و or ف that may follow "من أسبوع" (وما
// حكى، ولم يعد), which the text core leaves unsplit.
var andWords = map[string]bool{"و": true, "وما": true, "ولم": true, "ولا": true, "وقد": true, "وكان": true, "وهو": true,
	"وهي": true, "فما": true, "فقط": true, "تقريبا": true}

// agoMatch resolves count units back from the reference at tokens [i,end).
func (x *extractor) agoMatch(i, end int, count float64, unit string) (match, bool) {
	toks := x.toks
	if x.is(i, "منذ") && end == i+2 && toks[i+1].Kind == text.Word {
		if tu, _ := numeral.LookupTimeUnit(toks[i+1].Norm); tu.Count == 1 {
			// منذ شهر: "for a month" as often as "a month ago": a duration
			m := x.durationMatch(i, end, 1, unit)
			return m, true
		}
	}
	n := int(count)
	m := match{start: i, end: end, typ: TypeDate, basis: BasisRelative}
	switch unit {
	case "day", "week":
		if unit == "week" {
			n *= 7
		}
		m.grain = "day"
		if x.has {
			m.value = x.now.add(-n).String()
		}
	case "month":
		m.grain = "month"
		if x.has {
			y, mo := addMonths(x.now.y, x.now.m, -n)
			m.value = monthString(y, mo)
		}
	case "year":
		m.grain = "year"
		if x.has {
			m.value = itoa(x.now.y - n)
		}
	case "hour", "minute":
		// منذ ساعتين: a time of the publication day, counted back
		m.typ, m.grain = TypeTime, unit
		if x.has {
			d := time.Duration(n) * time.Hour
			if unit == "minute" {
				d = time.Duration(n) * time.Minute
			}
			m.value = x.ref.Published.Add(-d).Format("2006-01-02T15:04")
		}
	default:
		return match{}, false
	}
	return m, true
}

// countOf reads a count of a unit of time at token k: 3 أيام، أربعة أشهر،
// يومين، شهر، الـ24 ساعة. It returns the count, the unit and the end.
func (x *extractor) countOf(k int, single bool) (float64, string, int, bool) {
	toks := x.toks
	if k >= len(toks) {
		return 0, "", k, false
	}
	if toks[k].Kind == text.Word {
		if tu, ok := numeral.LookupTimeUnit(toks[k].Norm); ok && (tu.Count == 2 || tu.Count == 1 && single) && !strings.HasPrefix(toks[k].Norm, "ال") {
			return tu.Count, tu.Unit, k + 1, true
		}
	}
	j := k
	if x.is(j, "ال") && j+1 < len(toks) && toks[j+1].Kind == text.Number {
		j++
	}
	n, ok := numeral.Cardinal(toks, j)
	if !ok || n.Vague || n.End >= len(toks) {
		return 0, "", k, false
	}
	tu, ok := numeral.LookupTimeUnit(toks[n.End].Norm)
	if !ok {
		return 0, "", k, false
	}
	return n.Value, tu.Unit, n.End + 1, true
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// isPeriod reports a relative period (الشهر الماضي) at token k.
func (x *extractor) isPeriod(k int) bool {
	_, ok := x.period(k)
	return ok
}

// relMatch is a relative day at an offset from the reference day.
func (x *extractor) relMatch(start, end, off int) match {
	m := match{start: start, end: end, typ: TypeDate, grain: "day", basis: BasisRelative}
	if x.has {
		m.value = x.now.add(off).String()
	}
	return m
}

// forward reports whether the date at token i is spoken of as to come:
// Ref.Future for the whole text, or its sentence says so (tenseForward).
func (x *extractor) forward(i int) bool {
	return x.ref.Future || x.tenseForward(i)
}

// tenseForward reports a future verb or a word of plans before token i in
// its sentence (ستجرى الانتخابات يوم الأحد، من المقرر أن يعقد الاجتماع في
// أيار). After a past reporting verb, only a future word inside what was
// reported counts (قال إن الانتخابات ستجرى الأحد); otherwise the date is the
// report's (أعلن الوزير، سيرغي شويغو، الثلاثاء).
func (x *extractor) tenseForward(i int) bool {
	s := x.d.SentenceOf(i)
	if s < 0 {
		return false
	}
	from, _ := x.d.SentenceTokens(s)
	past, reported, future := false, false, false
	for k := from; k < i; k++ {
		t := x.toks[k]
		if t.Kind != text.Word {
			continue
		}
		w := strings.TrimPrefix(t.Norm, "و")
		switch {
		case pastReport[w]:
			past, reported, future = true, false, false
		case past && (w == "ان" || w == "انه" || w == "انها" || w == "بان"):
			reported = true
		case futureWord(t.Norm) && !(t.Suffix != "" && strings.HasSuffix(t.Base, "ه")) && k >= i-12: // سيطرتهم: a noun in ة with its pronoun
			if x.wasPlanned(k) {
				continue // كان من المقرر أن: a plan of the past
			}
			future = future || !past || reported
		}
	}
	return future
}

// futureWords announce what is to come.
var futureWords = map[string]bool{"سوف": true, "المقرر": true, "المتوقع": true, "المرتقب": true, "المزمع": true,
	"المقرره": true, "المتوقعه": true, "المرتقبه": true, "المزمعه": true, "مهله": true, "اقصاها": true,
	"يعتزم": true, "تعتزم": true, "ينوي": true, "تنوي": true, "المقبل": true, "المقبله": true, "القادم": true, "القادمه": true,
	// on the eve of, just before: what follows is to come (عشية اجتماع مجلس الأمن الجمعة)
	"عشيه": true, "قبيل": true}

// pastReport are past reporting verbs: a date after one is when it was said.
var pastReport = map[string]bool{"قال": true, "قالت": true, "اعلن": true, "اعلنت": true, "ذكر": true, "ذكرت": true,
	"اكد": true, "اكدت": true, "اوضح": true, "اوضحت": true, "افاد": true, "افادت": true, "صرح": true, "صرحت": true}

// futureWord reports a future word or a verb with the future prefix س
// (ستجرى، سيعقد، سنواصل), not a noun that starts the same way (سيارة،
// سياسة، سنوات، ستة).
func futureWord(w string) bool {
	w = strings.TrimPrefix(strings.TrimPrefix(w, "و"), "ف")
	if futureWords[w] {
		return true
	}
	r := []rune(w)
	if len(r) < 5 || r[0] != 'س' || !strings.ContainsRune("يتن", r[1]) {
		return false
	}
	if strings.HasSuffix(w, "ه") || strings.HasSuffix(w, "ات") || strings.HasSuffix(w, "يه") || notFuture[w] {
		return false
	}
	return true
}

var notFuture = map[string]bool{"سينما": true, "سيناء": true, "سيناريو": true, "سيول": true, "سيئول": true, "ستوكهولم": true,
	"سياسي": true, "سياسيا": true, "سياسيين": true, "سياحي": true, "سيطرت": true, "سيادي": true, "سنوي": true, "سنويا": true,
	"ستراتيجي": true, "سناتور": true, "سيناتور": true, "ستالين": true, "سيرين": true, "سيتي": true, "ساندرز": true}

// wasPlanned reports كان/كانت just before a word of plans (وكان من المقرر
// أن ...): the plan belongs to the past.
func (x *extractor) wasPlanned(k int) bool {
	for j := k - 1; j >= 0 && j >= k-2; j-- {
		switch strings.TrimPrefix(x.toks[j].Norm, "و") {
		case "كان", "كانت":
			return true
		}
	}
	return false
}
