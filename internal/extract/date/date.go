// Package date finds the times of Arabic news text — dates, clock times,
// durations and recurring sets — and resolves them against the publication
// date: explicit dates with MSA, Levantine/Iraqi, Egyptian and Maghrebi month
// names (also two names for one month: حزيران/يونيو), Hijri dates, weekdays
// and relative days in apposition (أمس السبت), parts of days and nights
// (ليل الجمعة-السبت), relative periods (الشهر الماضي، منتصف الأسبوع الماضي),
// points counted back (قبل أربعة أيام), years, clock times and durations.
// Dateline finds the publication date in an article's first lines.
package date

import (
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
	"github.com/marsad/marsad/internal/text/numeral"
)

// Ref is what relative times are resolved against.
type Ref struct {
	// Published is the publication time; zero when unknown, in which case
	// relative expressions are found but left without a value.
	Published time.Time
	// Future resolves a bare weekday or month name to its next occurrence
	// rather than its last (assistant-style text; news speaks of the past),
	// and reads خلال أسبوعين and حتى الساعة 2 as spans from now.
	Future bool
}

// Bases of a resolved time (model.Time.Basis).
const (
	BasisExplicit = "explicit" // the text gives the date in full
	BasisRelative = "relative" // resolved against the publication date
	BasisWeekday  = "weekday"  // a weekday resolved against the publication date
	BasisContext  = "context"  // a year taken from elsewhere in the sentence
)

// Types of times (model.Time.Type).
const (
	TypeDate     = "date"
	TypeTime     = "time"
	TypeDuration = "duration"
	TypeSet      = "set"
)

// match is a time found at tokens [start,end).
type match struct {
	start, end int
	typ        string
	value      string
	grain      string
	basis      string
	note       string
	dayPart    bool // a clock time whose part of the day the text gives
}

// extractor holds one document while it is read.
type extractor struct {
	d    *text.Doc
	toks []text.Token
	ref  Ref
	now  day
	has  bool // whether a reference date is known
	// forms[i] caches the clitic-stripped forms of token i.
	forms [][]string
	// seconds passes the seconds of a clock time from hourMinute to clock.
	seconds int
}

// Extract returns the times of d, sorted by Start.
func Extract(d *text.Doc, ref Ref) []model.Time {
	x := &extractor{d: d, toks: d.Tokens, ref: ref}
	if !ref.Published.IsZero() {
		x.now, x.has = dayOf(ref.Published), true
	}
	var ms []match
	for i := 0; i < len(x.toks); {
		m, ok := x.at(i)
		if !ok || m.end <= i {
			i++
			continue
		}
		ms = append(ms, m)
		i = m.end
	}
	ms = x.mergeDateTimes(ms)
	ms = x.mergeDateRanges(ms)
	ms = x.mergeSetTimes(ms)
	out := make([]model.Time, 0, len(ms))
	for _, m := range ms {
		out = append(out, x.emit(m))
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

func (x *extractor) emit(m match) model.Time {
	s, e := x.toks[m.start].Start, x.toks[m.end-1].End
	return model.Time{Span: model.SpanOf(x.d.Text, s, e), Type: m.typ, Value: m.value, Grain: m.grain,
		Basis: m.basis, Note: m.note}
}

// at tries every construction at token i, longest first.
func (x *extractor) at(i int) (match, bool) {
	if !x.mayStart(i) {
		return match{}, false
	}
	for _, f := range []func(int) (match, bool){
		x.nthOf, x.dayRange, x.until, x.clockRange, x.night, x.tonight, x.partOfDay, x.relativeDay, x.edged, x.thisMonth, x.thisPartOfDay, x.quarter, x.decade, x.decadePeriod, x.weekend, x.restOf, x.explicit, x.weekday, x.period, x.season,
		x.fromNow, x.ago, x.numeric, x.year, x.clock, x.namedTime, x.duration, x.set, x.holiday, x.present,
	} {
		if m, ok := f(i); ok {
			return m, true
		}
	}
	return match{}, false
}

// starters holds the folded words a time expression can start with, besides
// numbers, number words, month names and units of time.
var starters = map[string]bool{}

// buildStarters fills starters once every other table is built (words.go's init).
func buildStarters() {
	for _, m := range []map[string]time.Weekday{weekdays} {
		for w := range m {
			starters[w] = true
		}
	}
	for w := range relDays {
		starters[w] = true
	}
	for _, m := range []map[string]bool{partsOfDay} {
		for w := range m {
			starters[w] = true
		}
	}
	for w := range periodUnits {
		starters[w] = true
	}
	for w := range edges {
		starters[w] = true
	}
	for _, h := range holidays {
		starters[h.words[0]] = true
	}
	for w := range decades {
		starters[w] = true
		starters["ال"+w] = true
	}
	for w := range seasons {
		starters[w] = true
		starters[strings.TrimPrefix(w, "ال")] = true
	}
	fold(`يوم قبل منذ بعد هذا هذه عام العام سنة السنة لعام للعام بعام عامي الساعة عند حوالي نحو قرابة خلال لمدة مدة
		طيلة طوال بين من حتى كل بقية باقي الربع العقد العقدين العقدان عطلة نهاية وقت الظهيرة الظهر الآن حالا الحين ليل ليلة الليلة شهر ال أول آخر اخر عشية اسبوع ثالث ثاني ثان رابع خامس يوميا يومياً أسبوعيا شهريا سنويا امبارح`, func(w string) { starters[w] = true })
}

// mayStart reports whether a time expression can start at token i: a cheap
// test that spares most words the full set of matchers.
func (x *extractor) mayStart(i int) bool {
	t := x.toks[i]
	switch t.Kind {
	case text.Number:
		return true
	case text.Punct:
		return false
	case text.Latin:
		return false
	}
	for _, f := range x.formsOf(i) {
		if starters[f] || numeral.IsWord(f) {
			return true
		}
		if _, ok := numeral.LookupTimeUnit(f); ok {
			return true
		}
	}
	_, ok := numeral.Month(x.toks, i)
	return ok
}

// mergeDateTimes joins a day and the clock time that follows it (يوم السبت
// 21/09 الساعة 1:30 بعد الظهر، 6 يناير، 2015، الساعة 05:16 مساءً) into one
// time whose value is the date and the time (2013-09-21T13:30).
func (x *extractor) mergeDateTimes(ms []match) []match {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if k+1 < len(ms) && m.typ == TypeDate && m.grain == "day" && len(m.value) == 10 && ms[k+1].typ == TypeTime &&
			len(ms[k+1].value) > 0 && ms[k+1].value[0] == 'T' && x.onlyGlue(m.end, ms[k+1].start) {
			t := ms[k+1]
			v := m.value + t.value
			if a, b, isRange := strings.Cut(t.value, "/"); isRange {
				v = m.value + a + "/" + m.value + b
			}
			m.end, m.typ, m.grain, m.value = t.end, TypeTime, t.grain, v
			k++
		} else if k+1 < len(ms) && m.typ == TypeTime && len(m.value) > 1 && m.value[0] == 'T' && !strings.Contains(m.value, "/") &&
			isDay(ms[k+1]) && x.onlyGlue(m.end, ms[k+1].start) {
			// الساعة السابعة غدا، الساعة 8 مساءً، 1 يناير: the time, then its day
			d := ms[k+1]
			m.end, m.value, m.basis = d.end, d.value+m.value, d.basis
			k++
		}
		out = append(out, m)
	}
	return out
}

// onlyGlue reports whether tokens [from,to) are only commas and في/عند.
func (x *extractor) onlyGlue(from, to int) bool {
	for k := from; k < to; k++ {
		if x.toks[k].Text != "،" && x.toks[k].Text != "," && !x.is(k, "في", "عند", "من") {
			return false
		}
	}
	return to-from <= 2
}

// mergeDateRanges joins two days written as the ends of one span (من يوم
// الجمعة حتى الأحد القادم، 2015/08/12 حتى 22 أكتوبر) into a range of days.
func (x *extractor) mergeDateRanges(ms []match) []match {
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if k+1 < len(ms) && isDay(m) && isDay(ms[k+1]) && ms[k+1].start == m.end+1 && m.value <= ms[k+1].value &&
			(x.is(m.end, "حتي", "الي", "وحتي") || x.toks[m.end].Text == "-" || x.toks[m.end].Text == "–") {
			n := ms[k+1]
			m.end, m.value = n.end, m.value+"/"+n.value
			if n.basis != BasisExplicit {
				m.basis = n.basis
			}
			k++
		}
		out = append(out, m)
	}
	return out
}

// isDay reports a resolved single day.
func isDay(m match) bool { return m.typ == TypeDate && m.grain == "day" && len(m.value) == 10 }

// mergeSetTimes joins a recurring day and a clock time on either side of it
// (الساعة 3 مساءً كل يوم، كل يوم اثنين الساعة 4 مساءً) into one set whose
// value carries the time: a bare clock time for every day (T15:00, as TIMEX
// writes a daily set), XXXX-WXX-1T16:00 for a weekday.
func (x *extractor) mergeSetTimes(ms []match) []match {
	daily := func(m match) (string, bool) {
		switch {
		case m.typ != TypeSet:
			return "", false
		case m.value == "P1D":
			return "", true
		case strings.HasPrefix(m.value, "XXXX-WXX-") && len(m.value) == 10:
			return m.value, true
		case strings.HasPrefix(m.value, "XXXX-XX-XXT"):
			return "", true // كل صباح في الساعة 9: the clock is more precise
		}
		return "", false
	}
	clock := func(m match) bool {
		return m.typ == TypeTime && len(m.value) == 6 && m.value[0] == 'T'
	}
	out := ms[:0]
	for k := 0; k < len(ms); k++ {
		m := ms[k]
		if k+1 < len(ms) && x.onlyGlue(m.end, ms[k+1].start) {
			n := ms[k+1]
			if d, ok := daily(n); ok && clock(m) {
				m = match{start: m.start, end: n.end, typ: TypeSet, value: d + m.value, grain: m.grain}
				k++
			} else if d, ok := daily(m); ok && clock(n) {
				m = match{start: m.start, end: n.end, typ: TypeSet, value: d + n.value, grain: n.grain}
				k++
			}
		}
		out = append(out, m)
	}
	return out
}
