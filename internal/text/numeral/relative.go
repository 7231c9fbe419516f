package numeral

import (
	"strconv"
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// Relative is an ordinal counted from the end or from the current item (the
// last, the one before last, the next): Anchor is "end" or "current" and
// Offset the distance from it (end-1 is the one before last).
type Relative struct {
	Start, End int
	Anchor     string
	Offset     int
}

// String writes it as Recognizers-Text does: end+0, end-1, current+1.
func (r Relative) String() string {
	sign := "+"
	n := r.Offset
	if n < 0 {
		sign, n = "-", -n
	}
	return r.Anchor + sign + strconv.Itoa(n)
}

var relWords = map[string]Relative{}

func init() {
	for _, w := range strings.Fields("الأخير الأخيرة الاخير الاخيره الأخيرين الأخيرتين آخر اخر الاخر الآخر") {
		relWords[text.Fold(w)] = Relative{Anchor: "end"}
	}
	for _, w := range strings.Fields("التالي التالية القادم القادمة المقبل المقبلة") {
		relWords[text.Fold(w)] = Relative{Anchor: "current", Offset: 1}
	}
	for _, w := range strings.Fields("السابق السابقة الماضي الماضية") {
		relWords[text.Fold(w)] = Relative{Anchor: "current", Offset: -1}
	}
	for _, w := range strings.Fields("الحالي الحالية") {
		relWords[text.Fold(w)] = Relative{Anchor: "current"}
	}
}

// RelativeOrdinal reads a relative ordinal at token i: الأخير، آخر، قبل
// الأخير، الثاني إلى الأخير، سبقت الأخيرة، التالي، السابق، الحالي.
func RelativeOrdinal(toks []text.Token, i int) (Relative, bool) {
	if i < 0 || i >= len(toks) || toks[i].Kind != text.Word {
		return Relative{}, false
	}
	w := toks[i].Norm
	// قبل الأخير / قبلا الأخير / سبقت الأخيرة: the one before last
	if (w == "قبل" || w == "قبلا" || w == "سبقت" || w == "يسبق") && i+1 < len(toks) {
		if r, ok := relWords[toks[i+1].Norm]; ok && r.Anchor == "end" {
			return Relative{Start: i, End: i + 2, Anchor: "end", Offset: -1}, true
		}
	}
	// الثاني إلى الأخير
	if o, ok := Ordinal(toks, i, false); ok && o.End+1 < len(toks) && (toks[o.End].Norm == "الي" || toks[o.End].Norm == "من") {
		if r, ok := relWords[toks[o.End+1].Norm]; ok && r.Anchor == "end" {
			return Relative{Start: i, End: o.End + 2, Anchor: "end", Offset: 1 - int(o.Value)}, true
		}
	}
	if r, ok := relWords[w]; ok {
		r.Start, r.End = i, i+1
		return r, true
	}
	return Relative{}, false
}
