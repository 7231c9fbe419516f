package date

import (
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/text"
	"github.com/marsad/marsad/internal/text/numeral"
)

// monthRef is a month as the text names it: one name, two names for one month
// (حزيران/يونيو), or a relative month (هذا الشهر).
type monthRef struct {
	month    int
	calendar string
	relative int  // for الشهر الماضي/هذا الشهر: the offset from the reference month
	isRel    bool // a relative month, not a name
	weak     bool
}

// monthSpec reads a month at token k: a name, optionally followed by a second
// name of the same month after a slash, dash, bracket or nothing.
func (x *extractor) monthSpec(k int) (monthRef, int, bool) {
	toks := x.toks
	if x.is(k, "هذا") && x.is(k+1, "الشهر") {
		return monthRef{isRel: true, calendar: numeral.Gregorian}, k + 2, true
	}
	if x.is(k, "الشهر") {
		if dir, ok := lookupF(x, directions, k+1); ok {
			return monthRef{isRel: true, relative: dir, calendar: numeral.Gregorian}, k + 2, true
		}
	}
	if x.is(k, "شهر") && k+1 < len(toks) {
		if _, ok := numeral.Month(toks, k+1); ok {
			r, e, ok := x.monthSpec(k + 1) // شهر آذار: a month, even a weak name
			r.weak = false
			return r, e, ok
		}
		// شهر 3، شهر ثلاثة، شهر عشرة: a month by its number
		if n, ok := numeral.Cardinal(toks, k+1); ok && !n.Scaled && n.Value >= 2 && n.Value <= 12 && n.Value == float64(int(n.Value)) &&
			!x.is(k-1, "خلال", "منذ", "لمده", "مده", "بعد", "قبل", "طيله", "طوال") {
			return monthRef{month: int(n.Value), calendar: numeral.Gregorian}, n.End, true
		}
	}
	if x.is(k, "الشهر") && k+1 < len(toks) {
		if n, ok := numeral.Ordinal(toks, k+1, false); ok && n.Value >= 1 && n.Value <= 12 {
			return monthRef{month: int(n.Value), calendar: numeral.Gregorian}, n.End, true
		}
	}
	m, ok := numeral.Month(toks, k)
	if !ok {
		return monthRef{}, k, false
	}
	r := monthRef{month: m.Month, calendar: m.Calendar, weak: m.Weak}
	e := k + m.Tokens
	// A second name of the same month: "حزيران يونيو", "حزيران/يونيو", "يونيو (حزيران)".
	j := e
	if j < len(toks) && toks[j].Kind == text.Punct && strings.Contains("/-(،", toks[j].Text) {
		j++
	}
	if m2, ok := numeral.Month(toks, j); ok && m2.Calendar == m.Calendar {
		if m2.Month == m.Month || !m2.Weak {
			e = j + m2.Tokens
			r.weak = r.weak && m2.Weak
			if e < len(toks) && toks[e].Text == ")" {
				e++
			}
		}
	}
	return r, e, true
}

// yearAfter reads a year at token k: 2017, عام 2017, من العام 2017, 1439 هـ.
func (x *extractor) yearAfter(k int) (y int, end int, hijri bool, ok bool) {
	toks := x.toks
	j := k
	if j < len(toks) && (toks[j].Text == "," || toks[j].Text == "،" || toks[j].Text == ".") {
		j++
	}
	if j < len(toks) && toks[j].Kind == text.Word {
		// a year in words: العاشر من سبتمبر، ألفين
		if n, ok := numeral.Cardinal(toks, j); ok && n.Words && n.Value >= 1900 && n.Value <= 2100 && n.Value == float64(int(n.Value)) {
			return int(n.Value), n.End, false, true
		}
	}
	if x.is(j, "من", "في") {
		j++
	}
	if x.is(j, "عام", "العام", "سنه", "السنه", "لعام", "بعام", "سنة") {
		j++
	}
	if j >= len(toks) || toks[j].Kind != text.Number {
		return 0, k, false, false
	}
	v, dec, ok := numeral.Digits(toks[j].Text)
	if !ok || dec || v < 1 || v > 2200 || strings.ContainsAny(toks[j].Norm, ".,") {
		return 0, k, false, false
	}
	y, end = int(v), j+1
	if end < len(toks) {
		switch toks[end].Norm {
		case "ه", "هـ", "هجري", "هجريه", "للهجره":
			hijri, end = true, end+1
		case "م", "ميلادي", "ميلاديه", "للميلاد":
			end++
		}
	}
	if !hijri && (y < 1300 || y > 2200) {
		return 0, k, false, false
	}
	return y, end, hijri, true
}

// dayNumber reads a day of the month at token k: 1-31 in digits, or an
// ordinal (السادس، الخامس والعشرين، الأول).
func (x *extractor) dayNumber(k int) (int, int, bool) {
	toks := x.toks
	if k >= len(toks) {
		return 0, k, false
	}
	if toks[k].Kind == text.Number {
		v, dec, ok := numeral.Digits(toks[k].Text)
		if !ok || dec || v < 1 || v > 31 || strings.ContainsAny(toks[k].Norm, ".,") {
			return 0, k, false
		}
		return int(v), k + 1, true
	}
	if n, ok := numeral.Ordinal(toks, k, false); ok && n.Value >= 1 && n.Value <= 31 {
		return int(n.Value), n.End, true
	}
	if n, ok := numeral.Cardinal(toks, k); ok && n.Words && n.Value >= 1 && n.Value <= 31 && n.Value == float64(int(n.Value)) {
		return int(n.Value), n.End, true
	}
	return 0, k, false
}

// explicit reads a date with a month name: [يوم] D [من] [شهر] Month [Year]
// [الماضي], or Month [Year] [الماضي] without a day.
func (x *extractor) explicit(i int) (match, bool) {
	k := i
	if x.is(k, "يوم", "اليوم") {
		k++
	}
	if d, e, ok := x.dayNumber(k); ok {
		j := e
		if x.is(j, "يوم") && x.toks[k].Kind == text.Word {
			j++ // ثالث يوم من شهر عشرة
		}
		if j < len(x.toks) && x.toks[j].Kind == text.Punct && strings.Contains(".-/", x.toks[j].Text) && x.toks[j].Start == x.toks[j-1].End {
			if _, isMonth := numeral.Month(x.toks, j+1); isMonth {
				j++ // 2. أكتوبر، 2- أكتوبر، 2/ أكتوبر
			}
		}
		if x.is(j, "من") {
			j++
		}
		if mr, e2, ok := x.monthSpec(j); ok {
			return x.dayMonth(i, d, mr, e2, 0, false)
		}
	}
	k = i
	mr, e, ok := x.monthSpec(k)
	if !ok || mr.isRel {
		return match{}, false
	}
	// Month D, as in "مارس 15"? Too rare in news and too often a year: no.
	y, ye, hijri, hasYear := x.yearAfter(e)
	dir, hasDir := lookupF(x, directions, e)
	shared := false
	if !hasDir {
		dir, hasDir = x.sharedDirection(e) // كانون الأول وكانون الثاني المقبلين
		shared = hasDir
	}
	if !hasYear && !hasDir && x.has {
		at := e
		if x.is(at, "من") {
			at++ // أبريل من العام الماضي
		}
		if x.is(at, "العام", "السنه", "عام") {
			if ydir, ok := lookupF(x, directions, at+1); ok {
				y, ye, hasYear = x.now.y+ydir, at+2, true // يونيو العام المقبل
			}
		}
	}
	weakOK := !mr.weak || x.is(k-1, "في", "وفي", "خلال", "منذ", "حتي", "بحلول", "مطلع", "منتصف", "اواسط", "اواخر", "اوائل") // في مارس
	if (!weakOK || !x.monthCue(k) && !x.is(i, "شهر")) && !hasYear && !hasDir && !x.forward(i) {
		return match{}, false
	}
	m := match{start: i, typ: TypeDate, grain: "month", basis: BasisExplicit}
	switch {
	case mr.calendar == numeral.Hijri:
		if !hasYear && !x.has {
			return match{}, false
		}
		if !hasYear {
			y = x.hijriYearOf(mr.month, dir, hasDir)
			if hasDir && !shared {
				ye = e + 1 // رمضان الماضي
			}
		}
		if y > 1700 && !hijri {
			// رمضان 2019: the month as it falls in that Gregorian year
			gy, hy := y, gregorianToHijriYear(day{y, 6, 30})
			for _, c := range []int{hy - 1, hy, hy + 1} {
				if hijriToGregorian(c, mr.month, 1).y == gy {
					y = c
					break
				}
			}
		}
		// the days of the Hijri month, first to last
		first := hijriToGregorian(y, mr.month, 1)
		ny, nm := y, mr.month+1
		if nm > 12 {
			ny, nm = y+1, 1
		}
		last := hijriToGregorian(ny, nm, 1).add(-1)
		m.value, m.grain, m.end = first.String()+"/"+last.String(), "day", ye
		m.note = "hijri month " + strconv.Itoa(mr.month) + "/" + strconv.Itoa(y)
	case hasYear:
		m.value, m.end = monthString(y, mr.month), ye
	case hasDir:
		if !x.has {
			return match{}, false
		}
		yy := x.now.y
		switch {
		case dir < 0 && mr.month >= x.now.m:
			yy--
		case dir > 0 && mr.month <= x.now.m:
			yy++
		}
		m.value, m.end, m.basis = monthString(yy, mr.month), e+1, BasisRelative
		if shared {
			m.end = e
		}
	default:
		if !x.has {
			m.value, m.end = "XXXX-"+twoDigits(mr.month), e
			return m, true
		}
		yy := x.now.y
		if fwd := x.forward(i); fwd && mr.month < x.now.m {
			yy++
		} else if !fwd && mr.month > x.now.m {
			yy--
		}
		m.value, m.end, m.basis = monthString(yy, mr.month), e, BasisRelative
	}
	return m, true
}

func twoDigits(n int) string {
	if n < 10 {
		return "0" + strconv.Itoa(n)
	}
	return strconv.Itoa(n)
}

// dayMonth resolves day d of month mr whose name ends at token e.
func (x *extractor) dayMonth(start, d int, mr monthRef, e int, wd time.Weekday, hasWd bool) (match, bool) {
	m := match{start: start, typ: TypeDate, grain: "day", basis: BasisExplicit}
	y, ye, _, hasYear := x.yearAfter(e)
	dir, hasDir := lookupF(x, directions, e)
	end := e
	if hasYear {
		end = ye
	} else if hasDir {
		end = e + 1
	}
	m.end = end
	if mr.isRel {
		if !x.has {
			return match{}, false
		}
		yy, mm := addMonths(x.now.y, x.now.m, mr.relative)
		m.value, m.basis = day{yy, mm, d}.String(), BasisRelative
		return m, day{yy, mm, d}.valid()
	}
	if mr.calendar == numeral.Hijri {
		if !hasYear {
			if !x.has {
				return match{}, false
			}
			y = gregorianToHijriYear(x.now)
		}
		g := hijriToGregorian(y, mr.month, d)
		if hasWd {
			g, _ = snapWeekday(g, wd)
		}
		m.value = g.String()
		m.note = "hijri " + strconv.Itoa(d) + "/" + strconv.Itoa(mr.month) + "/" + strconv.Itoa(y) + " (tabular calendar)"
		return m, true
	}
	switch {
	case hasYear:
	case !x.has:
		m.value = "XXXX-" + twoDigits(mr.month) + "-" + twoDigits(d)
		return m, true
	default:
		y, m.basis = x.now.y, BasisRelative
		c := day{y, mr.month, d}
		switch {
		case hasDir && dir < 0 && !c.time().Before(x.now.time()):
			y--
		case hasDir && dir > 0 && !c.time().After(x.now.time()):
			y++
		case !hasDir && x.tenseForward(start) && c.time().Before(x.now.time()):
			y++ // ستجرى الانتخابات في 20 أكتوبر: the next one
		case !hasDir && !x.forward(start) && c.time().Sub(x.now.time()) > 90*24*time.Hour:
			// Months ahead with no word for the future: a past event. Take
			// the year the text has just spoken of, else last year's.
			if cy := x.contextYear(start); cy > 0 {
				y, m.basis = cy, BasisContext
			} else {
				y--
			}
		}
	}
	dd := day{y, mr.month, d}
	if !dd.valid() {
		return match{}, false
	}
	m.value = dd.String()
	if hasWd && dd.weekday() != wd {
		m.note = "the text's weekday (" + wd.String() + ") is not the weekday of " + dd.String()
	}
	return m, true
}

// contextYear finds the year the text speaks of around token i: a year in
// its sentence, else the last one written in the three sentences before it
// (ليل 5 أيلول/سبتمبر after "عام 2007"), or 0.
func (x *extractor) contextYear(i int) int {
	s := x.d.SentenceOf(i)
	if s < 0 {
		return 0
	}
	from, to := x.d.SentenceTokens(s)
	if y := x.yearIn(from, to); y > 0 {
		return y
	}
	first, _ := x.d.SentenceTokens(max(0, s-3))
	return x.yearIn(first, from)
}

// yearIn returns the last year written in tokens [from,to), or 0.
func (x *extractor) yearIn(from, to int) int {
	found := 0
	for k := from; k < to; k++ {
		if x.toks[k].Kind != text.Number || strings.ContainsAny(x.toks[k].Norm, ".,") {
			continue
		}
		if v, dec, ok := numeral.Digits(x.toks[k].Text); ok && !dec && v >= 1900 && v <= 2100 {
			found = int(v)
		}
	}
	return found
}

// monthCue reports a word before a bare month name that makes it a date (في
// يناير، منذ حزيران، حتى مايو), or a clitic on the name itself (بيناير).
func (x *extractor) monthCue(k int) bool {
	if k > 0 && k < len(x.toks) && strings.HasPrefix(x.toks[k].Norm, "و") {
		if _, ok := numeral.Month(x.toks, k-1); ok {
			return true // ديسمبر وكانون الثاني: a second month
		}
	}
	if k < len(x.toks) && len(strip(x.toks[k].Norm)) > 1 {
		if _, ok := numeral.Month(x.toks[k:k+1], 0); ok && x.toks[k].Norm != strip(x.toks[k].Norm)[1] {
			return true
		}
	}
	return x.is(k-1, "في", "منذ", "حتي", "خلال", "قبل", "بعد", "بحلول", "شهر", "شهري", "اواسط", "وفي", "مطلع", "منتصف", "اواخر", "اوائل", "نهايه", "بدايه")
}

// numeric reads a date in digits: 15/10/2017، 2017/10/15، 15-10-2017،
// 15.10.2017، 2/2013 (month/year) and 21/09 (day/month).
func (x *extractor) numeric(i int) (match, bool) {
	toks := x.toks
	if i >= len(toks) || toks[i].Kind != text.Number {
		return match{}, false
	}
	var parts []int
	end := i + 1
	if strings.Count(toks[i].Norm, ".") == 2 {
		for _, p := range strings.Split(toks[i].Norm, ".") {
			v, err := strconv.Atoi(p)
			if err != nil {
				return match{}, false
			}
			parts = append(parts, v)
		}
	} else {
		v, err := strconv.Atoi(toks[i].Norm)
		if err != nil {
			return match{}, false
		}
		parts = append(parts, v)
		sep := ""
		for k := i + 1; k+1 < len(toks) && len(parts) < 3; k += 2 {
			s := toks[k]
			if s.Start != toks[k-1].End || toks[k+1].Start != s.End || toks[k+1].Kind != text.Number {
				break
			}
			if s.Norm != "/" && s.Norm != "-" || sep != "" && s.Norm != sep {
				break
			}
			sep = s.Norm
			v, err := strconv.Atoi(toks[k+1].Norm)
			if err != nil {
				break
			}
			parts = append(parts, v)
			end = k + 2
		}
	}
	m := match{start: i, end: end, typ: TypeDate, basis: BasisExplicit}
	switch len(parts) {
	case 3:
		d := day{parts[2], parts[1], parts[0]}
		if parts[0] > 31 {
			d = day{parts[0], parts[1], parts[2]}
		}
		if end < len(x.toks) && x.is(end, "ه", "هـ", "هجري", "هجريه") {
			end++
			m.end = end
		}
		if d.y >= 1300 && d.y <= 1500 {
			// 14-09-1432 هـ: a Hijri date (years 1300-1500 are not Gregorian in news)
			if d.m < 1 || d.m > 12 || d.d < 1 || d.d > 30 {
				return match{}, false
			}
			g := hijriToGregorian(d.y, d.m, d.d)
			m.value, m.grain = g.String(), "day"
			m.note = "hijri " + strconv.Itoa(d.d) + "/" + strconv.Itoa(d.m) + "/" + strconv.Itoa(d.y) + " (tabular calendar)"
			return m, true
		}
		if d.y < 100 {
			d.y += 2000
			if d.y > x.now.y+5 && x.has || d.y > 2040 {
				d.y -= 100 // 10-03-90: 1990
			}
		}
		if !d.valid() || d.y < 1900 || d.y > 2100 {
			return match{}, false
		}
		m.value, m.grain = d.String(), "day"
		return m, true
	case 2:
		a, b := parts[0], parts[1]
		if b >= 1900 && b <= 2100 && a >= 1 && a <= 12 {
			m.value, m.grain = monthString(b, a), "month"
			return m, true
		}
		if a >= 1900 && a <= 2100 && b >= 1 && b <= 12 {
			m.value, m.grain = monthString(a, b), "month" // 2015/3
			return m, true
		}
		if a >= 1 && a <= 31 && b >= 1 && b <= 12 && x.has && len(toks[i].Norm) <= 2 && len(toks[i+2].Norm) == 2 {
			d := day{x.now.y, b, a}
			if d.valid() {
				m.value, m.grain, m.basis = d.String(), "day", BasisRelative
				return m, true
			}
		}
	}
	return match{}, false
}

// year reads a year: عام 2015، العام 2015، سنة 2015، and a bare year after
// في/منذ/حتى/خلال/مطلع... (في 2007).
func (x *extractor) year(i int) (match, bool) {
	toks := x.toks
	k := i
	cue := false
	if x.is(k, "عام", "العام", "سنه", "السنه", "لعام", "للعام", "بعام", "عامي") {
		k, cue = k+1, true
	}
	if k >= len(toks) || toks[k].Kind != text.Number || strings.ContainsAny(toks[k].Norm, ".,") {
		return match{}, false
	}
	v, _, ok := numeral.Digits(toks[k].Text)
	if !ok || v < 1000 || v > 2200 {
		return match{}, false
	}
	end := k + 1
	hijri := false
	if end < len(toks) {
		switch toks[end].Norm {
		case "ه", "هـ", "هجري", "للهجره":
			hijri, end, cue = true, end+1, true
		case "م", "ميلادي", "للميلاد":
			end, cue = end+1, true
		}
	}
	if !cue {
		if k == 0 || !x.is(k-1, "في", "منذ", "حتي", "خلال", "مطلع", "نهايه", "بدايه", "اواخر", "اوائل", "منتصف", "قبل", "بعد", "صيف", "شتاء", "ربيع", "خريف") || v < 1900 || v > 2100 {
			return match{}, false
		}
		if k+1 < len(toks) && toks[k+1].Kind == text.Word {
			if _, isTime := numeral.LookupTimeUnit(toks[k+1].Norm); isTime {
				return match{}, false
			}
		}
	}
	m := match{start: i, end: end, typ: TypeDate, grain: "year", basis: BasisExplicit, value: strconv.Itoa(int(v))}
	if hijri {
		g := hijriToGregorian(int(v), 1, 1)
		m.value = strconv.Itoa(g.y)
		m.note = "hijri year " + strconv.Itoa(int(v)) + " begins in " + g.String()
	}
	return m, true
}

// hijriYearOf picks the Hijri year of a month named without one: the last
// occurrence that has begun (news), the next that has not ended
// (Ref.Future), or with الماضي/المقبل the last wholly past or the next not
// yet begun.
func (x *extractor) hijriYearOf(month, dir int, hasDir bool) int {
	now := x.now.time()
	y := gregorianToHijriYear(x.now) + 1
	first := func(y int) time.Time { return hijriToGregorian(y, month, 1).time() }
	last := func(y int) time.Time { return hijriToGregorian(y, month, 29).time() }
	switch {
	case hasDir && dir < 0:
		for !last(y).Before(now) {
			y--
		}
	case hasDir && dir > 0:
		y -= 2
		for !first(y).After(now) {
			y++
		}
	case x.ref.Future:
		y -= 2
		for last(y).Before(now) {
			y++
		}
	default:
		for first(y).After(now) {
			y--
		}
	}
	return y
}

// sharedDirection reads, after a month ending at token e, a second month
// joined by و and a dual direction that covers both (كانون الأول/ديسمبر
// وكانون الثاني/يناير المقبلين). The first month's span stays its own.
func (x *extractor) sharedDirection(e int) (int, bool) {
	if e >= len(x.toks) || !strings.HasPrefix(x.toks[e].Norm, "و") {
		return 0, false
	}
	_, e2, ok := x.monthSpec(e)
	if !ok || e2 >= len(x.toks) {
		return 0, false
	}
	switch x.toks[e2].Norm {
	case "الماضيين", "المنصرمين", "السابقين":
		return -1, true
	case "المقبلين", "القادمين":
		return 1, true
	}
	return 0, false
}
