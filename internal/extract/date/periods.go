// Calendar periods beyond days and months: seasons, quarters, decades,
// the weekend, the rest of a period.

package date

import (
	"strings"
	"time"

	"github.com/marsad/marsad/internal/text"
	"github.com/marsad/marsad/internal/text/numeral"
)

// seasons maps a season with the article to its TIMEX code and first month.
var seasons = func() map[string]seasonDef {
	m := map[string]seasonDef{}
	for w, s := range map[string]seasonDef{"الربيع": {"SP", 3}, "الصيف": {"SU", 6}, "الخريف": {"FA", 9}, "الشتاء": {"WI", 12}} {
		m[text.Fold(w)] = s
	}
	return m
}()

type seasonDef struct {
	code  string
	month int
}

// season reads a season of a year: [هذا] الصيف، الربيع القادم، الشتاء
// الماضي، صيف 2016، الصيف 2016. The value is the year and
// its three months (the northern meteorological seasons: summer 2016 is
// 2016-06/2016-08, winter 2016 is 2016-12/2017-02), at month grain as the
// contract has no season grain; the note names the season. A bare season
// (الصيف) is left alone.
func (x *extractor) season(i int) (match, bool) {
	k := i
	if x.is(k, "هذا") {
		k++
	}
	if k >= len(x.toks) {
		return match{}, false
	}
	s, ok := seasons[x.toks[k].Norm]
	bare := false
	if !ok {
		s, ok = seasons["ال"+x.toks[k].Norm] // صيف 2014: only with its year
		bare = true
	}
	if !ok {
		return match{}, false
	}
	m := match{start: i, end: k + 1, typ: TypeDate, grain: "month", basis: BasisRelative, note: "season " + s.code}
	y, ye, hijri, hasYear := x.yearAfter(k + 1)
	if bare && (!hasYear || hijri || k != i) {
		return match{}, false
	}
	dir, hasDir := lookupF(x, directions, k+1)
	switch {
	case hasYear && !hijri:
		m.end, m.basis = ye, BasisExplicit
		m.value = seasonMonths(y, s.month)
		return m, true
	case hasDir:
		m.end = k + 2
	case k == i:
		// a bare season is as often any year's (برد الشتاء، فصل الربيع)
		// or a name (الربيع العربي): only هذا, a direction or a year fix one
		return match{}, false
	}
	if !x.has {
		return m, true
	}
	// the season running now, or the one before or after it
	cur := x.now.y
	if s.month == 12 && x.now.m < 3 {
		cur-- // the winter that began last December
	}
	switch {
	case dir < 0 && x.now.m < s.month && !(s.month == 12 && x.now.m < 3):
		cur--
	case dir > 0 && x.now.m >= s.month:
		cur++
	}
	m.value = seasonMonths(cur, s.month)
	return m, true
}

// seasonMonths writes the three months of a season starting in month first
// of year y.
func seasonMonths(y, first int) string {
	y2, m2 := addMonths(y, first, 2)
	return monthString(y, first) + "/" + monthString(y2, m2)
}

// thisMonth reads "هذا يونيو" / "هذا الشهر يونيو": the named month of the
// reference year.
func (x *extractor) thisMonth(i int) (match, bool) {
	if !x.is(i, "هذا") {
		return match{}, false
	}
	mr, e, ok := x.monthSpec(i + 1)
	if !ok || mr.isRel || mr.calendar != numeral.Gregorian {
		return match{}, false
	}
	m := match{start: i, end: e, typ: TypeDate, grain: "month", basis: BasisRelative}
	if x.has {
		m.value = monthString(x.now.y, mr.month)
	}
	return m, true
}

// decades maps the folded name of a decade (السبعينيات، الستينات) to its tens.
var decades = func() map[string]int {
	m := map[string]int{}
	for k, w := range []string{"عشرين", "ثلاثين", "اربعين", "خمسين", "ستين", "سبعين", "ثمانين", "تسعين"} {
		m[w+"يات"] = k + 2
		m[w+"ات"] = k + 2
	}
	return m
}()

// decade reads a decade of the twentieth century (السبعينيات، في
// الستينات من القرن الماضي) at decade grain, written as TimeML writes a
// decade (197X); a part of it before (أواخر، مطلع، منتصف) joins the span.
func (x *extractor) decade(i int) (match, bool) {
	tens := 0
	for _, f := range x.formsOf(i) {
		if d, ok := decades[strings.TrimPrefix(f, "ال")]; ok {
			tens = d
			break
		}
	}
	if tens == 0 {
		return match{}, false
	}
	end := i + 1
	if x.is(end, "من") && x.is(end+1, "العمر", "عمره", "عمرها", "عمرهم", "عمرهن", "عمري", "عمرك") {
		return match{}, false // في العشرينيات من عمره: an age
	}
	for k := max(0, i-3); k < i; k++ {
		if w := x.toks[k].Norm; strings.HasPrefix(w, "اعمار") || strings.HasPrefix(w, "عمر") && w != "عمر" {
			return match{}, false // أعمارهم بين العشرينيات والثلاثينيات
		}
	}
	if x.is(end, "من") && x.is(end+1, "القرن") && x.is(end+2, "الماضي", "العشرين") {
		end += 3
	} else if x.is(end, "القرن") && x.is(end+1, "الماضي", "العشرين") {
		end += 2
	}
	start := i
	if x.is(i-1, "اواخر", "اوائل", "مطلع", "منتصف", "اواسط", "بدايه", "نهايه") {
		start = i - 1
	}
	return match{start: start, end: end, typ: TypeDate, grain: "decade", basis: BasisExplicit,
		value: itoa(190+tens) + "X"}, true
}

// restOf reads "بقية الأسبوع"، "باقي هذا الشهر"، "بقية العام": the days from
// the reference day to the end of the period (weeks end on Sunday, as ISO
// weeks do).
func (x *extractor) restOf(i int) (match, bool) {
	if !x.is(i, "بقيه", "باقي") {
		return match{}, false
	}
	k := i + 1
	if x.is(k, "هذا", "هذه") {
		k++
	}
	unit, ok := lookupF(x, periodUnits, k)
	if !ok {
		return match{}, false
	}
	end := k + 1
	if dir, ok := lookupF(x, directions, end); ok {
		if dir != 0 {
			return match{}, false
		}
		end++ // بقية الشهر الجاري
	}
	m := match{start: i, end: end, typ: TypeDate, grain: "day", basis: BasisRelative}
	if !x.has {
		return m, true
	}
	var last day
	switch unit {
	case "week":
		last = x.now
		for last.weekday() != time.Sunday {
			last = last.add(1)
		}
	case "month":
		last = dayOf(day{x.now.y, x.now.m, 1}.time().AddDate(0, 1, -1))
	default:
		last = day{x.now.y, 12, 31}
	}
	m.value = x.now.String() + "/" + last.String()
	return m, true
}

// quarterOrdinals maps the ordinal after الربع to its quarter.
var quarterOrdinals = map[string]int{"الاول": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الاخير": 4}

// quarter reads a quarter of a year: الربع الثالث 2016، الربع الأول من عام
// 2020، الربع الأخير من العام الماضي. The value is its three months
// (2016-07/2016-09 for the third of 2016) at month grain; the note names it. Without a year or a direction it is left alone.
func (x *extractor) quarter(i int) (match, bool) {
	if !x.is(i, "الربع") || i+1 >= len(x.toks) {
		return match{}, false
	}
	q, ok := quarterOrdinals[x.toks[i+1].Norm]
	if !ok {
		return match{}, false
	}
	k := i + 2
	if x.is(k, "من") {
		k++
	}
	if x.is(k, "عام", "سنه") {
		k++
	}
	m := match{start: i, typ: TypeDate, grain: "month", basis: BasisExplicit, note: "quarter Q" + itoa(q)}
	months := func(y int) string { return seasonMonths(y, 3*q-2) }
	if y, ye, hijri, ok := x.yearAfter(k); ok && !hijri {
		m.end, m.value = ye, months(y)
		return m, true
	}
	if x.is(k, "هذا") && x.is(k+1, "العام") {
		k++ // هذا العام
		m.end, m.basis = k+1, BasisRelative
		if x.has {
			m.value = months(x.now.y)
		}
		return m, true
	}
	if unit, ok := lookupF(x, periodUnits, k); ok && unit == "year" {
		if dir, ok := lookupF(x, directions, k+1); ok {
			m.end, m.basis = k+2, BasisRelative
			if x.has {
				m.value = months(x.now.y + dir)
			}
			return m, true
		}
	}
	return match{}, false
}

// thisPartOfDay reads "هذا الصباح"، "هذا المساء"، "هذه الليلة": the
// reference day, as صباح اليوم is.
func (x *extractor) thisPartOfDay(i int) (match, bool) {
	if !x.is(i, "هذا", "هذه") || !x.is(i+1, "الصباح", "المساء", "الليله", "الصبح") {
		return match{}, false
	}
	return x.relMatch(i, i+2, 0), true
}

// decadePeriod reads "العقد الماضي"، "العقد المقبل"، "العقدين الماضيين":
// whole calendar decades before or after the current one, as the range of
// their years (2000/2009 from 2016).
func (x *extractor) decadePeriod(i int) (match, bool) {
	n := 0
	switch {
	case x.is(i, "العقد"):
		n = 1
	case x.is(i, "العقدين", "العقدان"):
		n = 2
	default:
		return match{}, false
	}
	dir, ok := lookupF(x, directions, i+1)
	if !ok || dir == 0 && n == 2 {
		return match{}, false
	}
	m := match{start: i, end: i + 2, typ: TypeDate, grain: "year", basis: BasisRelative}
	if !x.has {
		return m, true
	}
	cur := x.now.y / 10 * 10
	first, last := cur, cur+9
	switch {
	case dir < 0:
		first, last = cur-10*n, cur-1
	case dir > 0:
		first, last = cur+10, cur+10*n+9
	}
	m.value = itoa(first) + "/" + itoa(last)
	return m, true
}

// weekend reads "عطلة نهاية الأسبوع" [الماضي/المقبل]: the weekend of the
// reference week or of the one before or after, written as that ISO week
// (2016-W45) with the note "weekend": which days it holds varies by country.
func (x *extractor) weekend(i int) (match, bool) {
	k := i
	if x.is(k, "عطله") {
		k++
	}
	if !x.is(k, "نهايه") || !x.is(k+1, "الاسبوع") || k == i && !x.is(i-1, "في", "خلال", "وفي") {
		return match{}, false // نهاية الأسبوع alone is read as the end of a week
	}
	end, dir := k+2, 0
	if d, ok := lookupF(x, directions, end); ok {
		end, dir = end+1, d
	}
	m := match{start: i, end: end, typ: TypeDate, grain: "week", basis: BasisRelative, note: "weekend"}
	if x.has {
		m.value = weekString(x.now.add(7 * dir))
	}
	return m, true
}
