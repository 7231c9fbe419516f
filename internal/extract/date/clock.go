package date

import (
	"time"

	"strconv"
	"strings"

	"github.com/marsad/marsad/internal/text"
	"github.com/marsad/marsad/internal/text/numeral"
)

// afternoon words put an hour below 12 after noon.
var afternoon = map[string]bool{}

// morning words keep it before noon.
var morning = map[string]bool{}

// clock reads a clock time: الساعة 14:30، الساعة 22,30، الساعة العاشرة
// صباحا، عند الثالثة وربع بعد الظهر، (07,00 ت غ), 14:30.
func (x *extractor) clock(i int) (match, bool) {
	toks := x.toks
	k := i
	cue := false
	// a part of the day written first: بعد الظهر الساعة 7، مساء الساعة 8
	prePM, preAM := false, false
	switch {
	case x.is(k, "بعد") && x.is(k+1, "الظهر", "العصر"):
		k, prePM = k+2, true
	case lookupHasF(x, afternoon, k) || x.is(k, "مساء"):
		k, prePM = k+1, true
	case lookupHasF(x, morning, k) || x.is(k, "صباح"):
		k, preAM = k+1, true
	}
	if x.is(k, "عند", "حوالي", "نحو", "قرابه") && x.is(k+1, "الساعه") {
		k++
	}
	if x.is(k, "الساعه") {
		k, cue = k+1, true
	}
	if (prePM || preAM) && !cue && !x.hasColon(k) {
		return match{}, false
	}
	x.seconds = -1
	h, mi, e, ok := x.hourMinute(k, cue)
	if !ok {
		x.seconds = -1
		return match{}, false
	}
	// the part of the day, and whether the time is GMT (ت غ، بتوقيت غرينتش)
	pm, am, utc := prePM, preAM, false
	for e < len(toks) {
		switch {
		case lookupHasF(x, afternoon, e):
			pm, e = true, e+1
			continue
		case lookupHasF(x, morning, e):
			am, e = true, e+1
			continue
		case x.is(e, "ظهرا", "الظهر", "ظهرًا"):
			if h < 6 {
				pm = true
			}
			e++
			continue
		case x.is(e, "بعد", "قبل") && x.is(e+1, "الظهر", "العصر", "المغرب"):
			if x.is(e, "بعد") || x.is(e+1, "المغرب") {
				pm = true
			}
			e += 2
			continue
		case x.is(e, "ت") && x.is(e+1, "غ"):
			e += 2
			utc = true
			continue
		case x.is(e, "بتوقيت", "بالتوقيت", "توقيت"):
			e++
			for e < len(toks) && (x.is(e, "المحلي", "غرينتش", "جرينتش", "دمشق", "بغداد", "القاهره", "مكه") || toks[e].Kind == text.Latin) {
				if x.is(e, "غرينتش", "جرينتش") || toks[e].Norm == "gmt" || toks[e].Norm == "utc" {
					utc = true
				}
				e++
			}
			continue
		case x.is(e, "هذا", "هذه") && x.is(e+1, "الصباح", "المساء", "الليله"):
			if x.is(e+1, "المساء", "الليله") {
				pm = true
			}
			e += 2
			continue
		}
		break
	}
	if !cue && !pm && !am && !x.hasColon(k) {
		return match{}, false
	}
	if pm && h < 12 {
		h += 12
	}
	if x.ref.Future && !pm && !am && h < 12 && x.has && h <= x.ref.Published.Hour() {
		h += 12 // the next such hour
	}
	_ = am
	m := match{start: i, end: e, typ: TypeTime, basis: BasisExplicit, dayPart: pm || am}
	if x.seconds >= 0 {
		m.value, m.grain = "T"+twoDigits(h)+":"+twoDigits(max(mi, 0))+":"+twoDigits(x.seconds), "second"
		x.seconds = -1
	} else if mi >= 0 {
		m.value, m.grain = "T"+twoDigits(h)+":"+twoDigits(mi), "minute"
	} else {
		m.value, m.grain = "T"+twoDigits(h)+":00", "hour"
	}
	if utc {
		m.value += "Z" // ISO 8601: the time is given in GMT
	}
	if i > 0 && toks[i-1].Text == "(" && e < len(toks) && toks[e].Text == ")" {
		m.start, m.end = i-1, e+1
	}
	return m, true
}

// hasColon reports digits written H:MM at token k.
func (x *extractor) hasColon(k int) bool {
	toks := x.toks
	return k+2 < len(toks) && toks[k].Kind == text.Number && toks[k+1].Norm == ":" && toks[k+2].Kind == text.Number &&
		toks[k+1].Start == toks[k].End && toks[k+2].Start == toks[k+1].End ||
		k < len(toks) && toks[k].Kind == text.Number && (x.is(k+1, "ت") && x.is(k+2, "غ"))
}

// hourMinute reads an hour and its minutes at token k: 14:30، 22,30، 3،
// الثالثة، ثلاثة، with وربع/ونصف/وثلث/و18 دقيقة/إلا ربع. Minutes are -1 when
// the text gives none.
func (x *extractor) hourMinute(k int, cue bool) (h, mi, end int, ok bool) {
	toks := x.toks
	if k >= len(toks) {
		return 0, 0, k, false
	}
	sec := -1
	defer func() {
		if ok && sec >= 0 && sec < 60 {
			x.seconds = sec
		}
	}()
	mi = -1
	switch {
	case x.hasColon(k) && toks[k+1].Norm == ":":
		h, _ = strconv.Atoi(toks[k].Norm)
		mi, _ = strconv.Atoi(toks[k+2].Norm)
		end = k + 3
		if end+1 < len(toks) && toks[end].Norm == ":" && toks[end+1].Kind == text.Number && toks[end].Start == toks[end-1].End {
			sec, _ = strconv.Atoi(toks[end+1].Norm)
			end += 2
		}
	case toks[k].Kind == text.Number:
		f := toks[k].Norm
		if p := strings.IndexAny(f, ".,"); p > 0 {
			if len(f)-p-1 != 2 {
				return 0, 0, k, false
			}
			h, _ = strconv.Atoi(f[:p])
			mi, _ = strconv.Atoi(f[p+1:])
		} else {
			v, err := strconv.Atoi(f)
			if err != nil {
				return 0, 0, k, false
			}
			h = v
		}
		end = k + 1
	default:
		if n, isOrd := numeral.Ordinal(toks, k, false); isOrd && n.Value <= 12 {
			h, end = int(n.Value), n.End
		} else if isOrd && n.End > k+1 {
			// الرابعة وأربعون دقيقة: the ordinal took the minutes
			one, ok := numeral.Ordinal(toks[:k+1], k, false)
			if !ok || one.Value > 12 {
				return 0, 0, k, false
			}
			h, end = int(one.Value), k+1
		} else if n, isCard := numeral.Cardinal(toks, k); isCard && cue && n.Words && n.Value < 13 {
			h, end = int(n.Value), n.End
			if frac := n.Value - float64(h); frac > 0 {
				mi = int(frac*60 + 0.5) // ثلاثة وثلث
			}
		} else {
			return 0, 0, k, false
		}
	}
	if h > 24 || mi > 59 {
		return 0, 0, k, false
	}
	// minutes in words after the hour
	if mi < 0 {
		mi, end = x.minutesAfter(end, &h)
	}
	return h, mi, end, true
}

// minutesAfter reads وربع، ونصف، وثلث، و18 دقيقة، وخمس وأربعون دقيقة، إلا ربع.
func (x *extractor) minutesAfter(e int, h *int) (int, int) {
	toks := x.toks
	if e >= len(toks) {
		return -1, e
	}
	if x.is(e, "الا", "إلا") && e+1 < len(toks) {
		sub := map[string]int{"ربع": 15, "ربعا": 15, "ثلث": 20, "ثلثا": 20}[toks[e+1].Norm]
		if sub > 0 {
			*h--
			return 60 - sub, e + 2
		}
		return -1, e
	}
	w := toks[e].Norm
	switch w {
	case "وربع":
		return 15, e + 1
	case "ونصف", "والنصف":
		return 30, e + 1
	case "وثلث":
		return 20, e + 1
	}
	j := e
	if w == "و" {
		j++
	} else if !strings.HasPrefix(w, "و") && toks[e].Kind == text.Word {
		return -1, e
	}
	if j < len(toks) && toks[j].Kind == text.Word && !strings.HasPrefix(toks[j].Norm, "و") && j == e {
		return -1, e
	}
	n, ok := numeral.Cardinal(toks, j)
	if !ok || n.Value > 59 {
		if j+1 < len(toks) && toks[j].Kind == text.Word && toks[j].Norm == "و" {
			return -1, e
		}
		return -1, e
	}
	end := n.End
	if x.is(end, "دقيقه", "دقائق", "دقيقة") {
		end++
	} else if n.Words && n.Value < 10 {
		return -1, e
	}
	return int(n.Value), end
}

// duration reads a length of time: 4 أشهر، سبع سنوات، الـ24 ساعة، الساعات
// الـ24، الساعات الخمس، يومين، (41 عاما), and خلال/لمدة + a unit.
func (x *extractor) duration(i int) (match, bool) {
	toks := x.toks
	// الساعات الـ24 / الساعات الخمس / الأيام العشرة
	if tu, ok := numeral.LookupTimeUnit(toks[i].Norm); ok && tu.Count == 0 && toks[i].Kind == text.Word && strings.HasPrefix(toks[i].Norm, "ال") {
		j := i + 1
		if x.is(j, "ال") {
			j++
		}
		if n, ok := numeral.Cardinal(toks, j); ok && (n.Digits || n.Definite) {
			if m, ok := x.lastOrNext(i, n.End, n.Value, tu.Unit); ok {
				return m, true
			}
			end := n.End
			if x.is(end, "او") {
				if n2, ok := numeral.Cardinal(toks, end+1); ok {
					end = n2.End
				}
			}
			return x.durationMatch(i, end, n.Value, tu.Unit), true
		}
	}
	// اليومين الماضيين، الأسبوعين المقبلين: two whole units before or after
	if tu, ok := numeral.LookupTimeUnit(toks[i].Norm); ok && tu.Count == 2 && strings.HasPrefix(toks[i].Norm, "ال") {
		if m, ok := x.lastOrNext(i, i+1, 2, tu.Unit); ok {
			return m, true
		}
	}
	// طوال اليوم، طيلة الأسبوع: the whole of one unit
	if x.is(i, "طوال", "طيله") && i+1 < len(toks) && strings.HasPrefix(toks[i+1].Norm, "ال") {
		if tu, ok := numeral.LookupTimeUnit(toks[i+1].Norm); ok && tu.Count == 1 {
			return x.durationMatch(i, i+2, 1, tu.Unit), true
		}
	}
	k := i
	cue := x.is(k, "خلال", "لمده", "مده", "طيله", "طوال")
	if cue {
		k++
	}
	var parts []durPart
	for {
		p, ok := x.durationPart(k)
		if !ok {
			break
		}
		parts = append(parts, p)
		k = p.end
		// و شهر و 21 يوما: a compound duration
		next := k
		if x.is(next, "و") {
			next++
		}
		if next == k && (k >= len(toks) || !strings.HasPrefix(toks[k].Norm, "و")) {
			break
		}
		if _, ok := x.durationPart(next); !ok {
			break
		}
		k = next
	}
	if len(parts) == 0 || !cue && len(parts) == 1 && !parts[0].explicit {
		return match{}, false
	}
	first := parts[0].start
	if cue && x.ref.Future && x.has && x.is(i, "خلال") && len(parts) == 1 {
		if m, ok := x.within(i, parts[0]); ok {
			return m, true
		}
	}
	m := x.compoundDuration(first, parts[len(parts)-1].end, parts)
	if first > 0 && toks[first-1].Text == "(" && m.end < len(toks) && toks[m.end].Text == ")" {
		m.start, m.end = first-1, m.end+1 // an age: (41 عاما)
	}
	return m, true
}

// durPart is one count of one unit inside a duration.
type durPart struct {
	start, end int
	count      float64 // -1 for a vague count (بضع ساعات)
	unit       string
	explicit   bool // a number, a dual, نصف or كامل: not a bare singular
}

// durationPart reads one count of a unit at token k: 4 أشهر، سنتين، نصف
// ساعة، ساعة ونصف، يوم كامل، عام واحد، بضع ساعات.
func (x *extractor) durationPart(k int) (durPart, bool) {
	toks := x.toks
	if k >= len(toks) {
		return durPart{}, false
	}
	p := durPart{start: k}
	switch {
	case x.is(k, "نصف", "نص") && k+1 < len(toks):
		tu, ok := numeral.LookupTimeUnit(toks[k+1].Norm)
		if !ok {
			return durPart{}, false
		}
		p.count, p.unit, p.end, p.explicit = 0.5*max(tu.Count, 1), tu.Unit, k+2, true
	case x.is(k, "بضع", "بضعه", "عده") && k+1 < len(toks):
		tu, ok := numeral.LookupTimeUnit(toks[k+1].Norm)
		if !ok || tu.Count != 0 {
			return durPart{}, false
		}
		p.count, p.unit, p.end, p.explicit = -1, tu.Unit, k+2, true
	default:
		c, u, e, ok := x.countOf(k, true)
		if !ok {
			return durPart{}, false
		}
		if _, isMonth := numeral.Month(toks, e); isMonth && u == "month" {
			return durPart{}, false // خلال شهر أبريل: a month, not a duration
		}
		p.count, p.unit, p.end = c, u, e
		p.explicit = e > k+1 || c == 2
	}
	if x.is(p.end, "ونصف") && p.count > 0 {
		p.count += 0.5
		p.end++
		p.explicit = true
	}
	if x.is(p.end, "كامل", "كامله", "كاملا", "واحد", "واحده", "واحدا") {
		p.end++
		p.explicit = true
	}
	return p, true
}

// compoundDuration writes parts as one ISO 8601 duration (P1Y1M21D).
func (x *extractor) compoundDuration(start, end int, parts []durPart) match {
	if len(parts) == 1 && parts[0].count >= 0 {
		return x.durationMatch(start, end, parts[0].count, parts[0].unit)
	}
	order := []string{"century", "decade", "year", "month", "week", "day", "hour", "minute", "second"}
	sum := map[string]float64{}
	for _, p := range parts {
		if p.count < 0 {
			// «عدة عقود»، «سنوات وأشهر»: a vague duration has no ISO value
			// (the contract writes it null) and the grain of its largest unit.
			for _, u := range order {
				for _, q := range parts {
					if q.unit == u {
						return match{start: start, end: end, typ: TypeDuration, grain: u, basis: BasisExplicit}
					}
				}
			}
		}
		sum[p.unit] += p.count
	}
	sum["year"] += 10*sum["decade"] + 100*sum["century"]
	var date, clock strings.Builder
	grain := ""
	for _, u := range order[2:] {
		if sum[u] == 0 {
			continue
		}
		num := strconv.FormatFloat(sum[u], 'f', -1, 64)
		code := map[string]string{"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M", "second": "S"}[u]
		if u == "hour" || u == "minute" || u == "second" {
			clock.WriteString(num + code)
		} else {
			date.WriteString(num + code)
		}
		grain = u
	}
	if grain == "" {
		return match{start: start, end: end, typ: TypeDuration, value: "PT0S", grain: "second", basis: BasisExplicit} // «صفر ساعات»
	}
	v := "P" + date.String()
	if clock.Len() > 0 {
		v += "T" + clock.String()
	}
	return match{start: start, end: end, typ: TypeDuration, value: v, grain: grain, basis: BasisExplicit}
}

func (x *extractor) durationMatch(start, end int, count float64, unit string) match {
	code := map[string]string{"second": "TS", "minute": "TM", "hour": "TH", "day": "D", "week": "W", "month": "M",
		"year": "Y", "decade": "Y", "century": "Y"}[unit]
	switch unit {
	case "decade":
		count *= 10
	case "century":
		count *= 100
	}
	num := strconv.FormatFloat(count, 'f', -1, 64)
	v := "P" + num + code
	if strings.HasPrefix(code, "T") {
		v = "PT" + num + code[1:]
	}
	return match{start: start, end: end, typ: TypeDuration, value: v, grain: unit, basis: BasisExplicit}
}

// set reads a recurring time: يوميا، كل يوم، أسبوعيا، كل شهر، سنويا.
func (x *extractor) set(i int) (match, bool) {
	toks := x.toks
	per := map[string]string{"يوميا": "P1D", "اسبوعيا": "P1W", "شهريا": "P1M", "سنويا": "P1Y", "يومياً": "P1D"}
	if v, ok := lookupF(x, per, i); ok {
		return match{start: i, end: i + 1, typ: TypeSet, value: v, grain: map[byte]string{'D': "day", 'W': "week", 'M': "month", 'Y': "year"}[v[2]]}, true
	}
	if !x.is(i, "كل") || i+1 >= len(toks) {
		return match{}, false
	}
	k := i + 1
	weekday := func(k int) (time.Weekday, bool) {
		if wd, ok := x.weekdayAt(k); ok {
			return wd, true
		}
		if k >= len(toks) {
			return 0, false
		}
		wd, ok := bareWeekdays[toks[k].Norm] // كل جمعة، كل يوم اثنين; not كل واحد
		return wd, ok
	}
	if x.is(k, "يوم") {
		if _, ok := weekday(k + 1); ok {
			k++
		}
	}
	if wd, ok := weekday(k); ok {
		// كل اثنين، كل يوم أحد: that weekday of every week (ISO day number)
		n := (int(wd)+6)%7 + 1
		return match{start: i, end: k + 1, typ: TypeSet, value: "XXXX-WXX-" + strconv.Itoa(n), grain: "day"}, true
	}
	if part, ok := everyPart[toks[k].Norm]; ok {
		// كل صباح، كل ليلة: that part of every day
		return match{start: i, end: k + 1, typ: TypeSet, value: "XXXX-XX-XXT" + part, grain: "day"}, true
	}
	if tu, ok := numeral.LookupTimeUnit(toks[k].Norm); ok && tu.Count == 1 {
		m := x.durationMatch(i, k+1, 1, tu.Unit)
		m.typ, m.basis = TypeSet, ""
		return m, true
	}
	// كل يومين، كل ثلاثة أسابيع: every so many units
	if count, unit, end, ok := x.countOf(k, false); ok && count >= 2 {
		m := x.durationMatch(i, end, count, unit)
		m.typ, m.basis = TypeSet, ""
		return m, true
	}
	return match{}, false
}

// everyPart maps the parts of a day after كل to their TIMEX codes.
var everyPart = map[string]string{"صباح": "MO", "مساء": "EV", "ليله": "NI", "ليل": "NI", "ظهر": "AF", "عصر": "AF"}

// clockRange reads two clock times joined by إلى/حتى (من الساعة 3 إلى
// الساعة 4 بعد العصر): an interval of times, both ends included
// (T15:00/T16:00). A first time without its part of the day takes the
// second's.
func (x *extractor) clockRange(i int) (match, bool) {
	k := i
	if x.is(k, "من", "بين") {
		k++
	}
	a, ok := x.clock(k)
	if !ok || len(a.value) != 6 || a.grain != "hour" && a.grain != "minute" {
		return match{}, false
	}
	if !x.is(a.end, "الي", "حتي", "وحتي", "و") {
		return match{}, false
	}
	b, ok := x.clock(a.end + 1)
	if !ok || len(b.value) != 6 {
		return match{}, false
	}
	ha, _ := strconv.Atoi(a.value[1:3])
	hb, _ := strconv.Atoi(b.value[1:3])
	if !a.dayPart && b.dayPart && ha < 12 && hb >= 12 && ha+12 <= hb {
		a.value = "T" + twoDigits(ha+12) + a.value[3:]
	}
	a.start, a.end = i, b.end
	a.value += "/" + b.value
	if b.grain == "minute" {
		a.grain = "minute"
	}
	return a, true
}

// namedTimes are times of day said by name.
var namedTimes = map[string]string{}

// namedTime reads منتصف الليل (T00:00)، منتصف النهار، الظهيرة، وقت الظهيرة،
// الظهر (T12:00).
func (x *extractor) namedTime(i int) (match, bool) {
	k := i
	if x.is(k, "وقت") {
		k++
	}
	v, end := "", 0
	switch {
	case x.is(k, "منتصف") && x.is(k+1, "الليل"):
		v, end = "T00:00", k+2
	case x.is(k, "منتصف") && x.is(k+1, "النهار"):
		v, end = "T12:00", k+2
	case x.is(k, "الظهيره", "الظهر") && !x.is(i-1, "بعد", "قبل"):
		v, end = "T12:00", k+1
	default:
		return match{}, false
	}
	return match{start: i, end: end, typ: TypeTime, value: v, grain: "hour", basis: BasisExplicit, dayPart: true}, true
}

// lastOrNext reads the direction after "الأسابيع الثلاثة" (القادمة،
// الماضية): the whole units before or after the current one, as a range of
// days, ISO weeks, months or years from the first to the last.
func (x *extractor) lastOrNext(start, k int, count float64, unit string) (match, bool) {
	dir, ok := lookupF(x, directions, k)
	if !ok || dir == 0 || count != float64(int(count)) || count < 1 || count > 100 {
		return match{}, false
	}
	n := int(count)
	first, last := 1, n
	if dir < 0 {
		first, last = -n, -1
	}
	m := match{start: start, end: k + 1, typ: TypeDate, grain: unit, basis: BasisRelative}
	switch unit {
	case "day":
		if x.has {
			m.value = x.now.add(first).String() + "/" + x.now.add(last).String()
		}
	case "week":
		if x.has {
			m.value = weekString(x.now.add(7*first)) + "/" + weekString(x.now.add(7*last))
		}
	case "month":
		if x.has {
			y1, m1 := addMonths(x.now.y, x.now.m, first)
			y2, m2 := addMonths(x.now.y, x.now.m, last)
			m.value = monthString(y1, m1) + "/" + monthString(y2, m2)
		}
	case "year":
		if x.has {
			m.value = itoa(x.now.y+first) + "/" + itoa(x.now.y+last)
		}
	default:
		return match{}, false
	}
	return m, true
}

// within reads "خلال أسبوعين" in forward-looking text (Ref.Future): the days
// from the reference day up to the day before the span has run out.
func (x *extractor) within(i int, p durPart) (match, bool) {
	if p.count < 1 || p.count != float64(int(p.count)) {
		return match{}, false
	}
	n := int(p.count)
	from := x.now.time()
	var to time.Time
	switch p.unit {
	case "day":
		to = from.AddDate(0, 0, n)
	case "week":
		to = from.AddDate(0, 0, 7*n)
	case "month":
		to = from.AddDate(0, n, 0)
	default:
		return match{}, false
	}
	last := dayOf(to.AddDate(0, 0, -1))
	return match{start: i, end: p.end, typ: TypeDate, grain: "day", basis: BasisRelative,
		value: x.now.String() + "/" + last.String()}, true
}

// until reads "حتى الساعة 2:00" in forward-looking text (Ref.Future): the
// span from the reference time to the next time the clock shows, written
// "2013-02-12T04:30/2013-02-12T14:00". News text keeps حتى out of the time.
func (x *extractor) until(i int) (match, bool) {
	if !x.ref.Future || !x.has || !x.is(i, "حتي") {
		return match{}, false
	}
	c, ok := x.clock(i + 1)
	if !ok || c.typ != TypeTime || len(c.value) != 6 || c.value[0] != 'T' {
		return match{}, false
	}
	hm, err := time.Parse("15:04", c.value[1:])
	if err != nil {
		return match{}, false
	}
	now := x.ref.Published
	to := time.Date(now.Year(), now.Month(), now.Day(), hm.Hour(), hm.Minute(), 0, 0, now.Location())
	if !to.After(now) {
		to = to.AddDate(0, 0, 1)
	}
	const f = "2006-01-02T15:04"
	return match{start: i, end: c.end, typ: TypeTime, grain: "minute", basis: BasisRelative,
		value: now.Format(f) + "/" + to.Format(f)}, true
}
