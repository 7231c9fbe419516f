package quantity

import (
	"math"
	"strings"

	"github.com/marsad/marsad/internal/text"
	"github.com/marsad/marsad/internal/text/numeral"
)

// number reads a figure whose core is a cardinal at token i, with its range,
// percent sign, counted noun, hedges and bounds.
func (x *extractor) number(i int) (figure, bool) {
	toks := x.toks
	n, ok := numeral.Cardinal(toks, i)
	if !ok {
		return figure{}, false
	}
	left := x.leftEdge(i)
	b, hs := hedgeBefore(toks, left)
	if b == between && n.Words {
		n = x.splitBetween(i, n)
	}
	if x.excluded(i, n) || x.secondOfPair(i) || x.partOfOrdinal(i, n) {
		for k := n.Start; k < n.End; k++ {
			x.used[k] = true // عام ألفين وخمسة عشر: none of it is a count
		}
		return figure{}, false
	}
	fig := figure{start: i, end: n.End, core: n, scaled: n.Scaled, kind: "count"}
	fig.startTrim = cliticTrim(toks[i], n.Words)
	lo, hi := n.Value, n.Value
	isRange := false
	j := n.End
	sign := ""
	if j+1 < len(toks) && toks[j].Kind == text.Punct && currencySymbols[toks[j].Text] {
		if _, _, ok, _ := x.rangeEnd(j+1, b == between); ok {
			sign, j = toks[j].Text, j+1 // 10$-20$: the sign on both ends
		}
	}
	n2, k, ok, refused := x.rangeEnd(j, b == between)
	if refused {
		return figure{}, false // 13 إلى 15 تموز: days of a date
	}
	if ok && sign != "" && k < len(toks) && toks[k].Text == sign {
		k++
	}
	if ok {
		if n.Scale == 0 && !n.Scaled && n2.Scale > 0 && n.Value <= n2.Mantissa {
			lo = n.Value * n2.Scale
		}
		if lo <= n2.Value {
			hi, isRange, j = n2.Value, true, k
			fig.scaled = fig.scaled || n2.Scaled
		}
	}
	if x.sharedTimeUnit(j) {
		for k := n.Start; k < n.End; k++ {
			x.used[k] = true
		}
		return figure{}, false // بين 23 و41 عاما: ages
	}
	lexNoun := false
	if sign != "" {
		fig.unit, fig.noun, lexNoun = "money", sign, true
	} else if currencyBefore(toks, i) {
		fig.start, fig.startTrim, fig.unit, fig.noun, lexNoun = i-1, 0, "money", toks[i-1].Text, true
		if p := percentAt(toks, j); p == j {
			if nn, ok := x.nounAfter(j, false); ok && nn.unit == "money" {
				j = nn.end
			}
		}
	} else if needsNounBefore(toks, i, n) {
		if !x.nounBefore(&fig, i, n) {
			return figure{}, false
		}
		lexNoun = true
	} else if p := percentAt(toks, j); p > j {
		fig.unit, fig.kind, j = "percent", "percent", p
	} else if nn, ok := x.nounAfter(j, false); ok {
		if nn.time {
			return figure{}, false
		}
		fig.noun, fig.unit, j, lexNoun = nn.noun, nn.unit, nn.end, nn.lexicon
	}
	fig.end = j
	if !lexNoun && fig.unit != "percent" && x.looksLikeTimeOrYear(i, n, b) {
		return figure{}, false
	}
	if !lexNoun && fig.unit != "percent" && n.Words && n.End-n.Start == 1 && (n.Value == 0 || prepositionOn(toks[i])) {
		return figure{}, false // صفر alone; لست ("I am not"), not ل+ست
	}
	if fig.unit == "" {
		if human, ok := x.groupRef(left, j); ok {
			// "11 منهم": part of a group counted before, not its total
			fig.noun, fig.unit, fig.kind = x.antecedent(left, human)
		} else if x.casualtyBefore(left) {
			fig.unit = "people" // مقتل 16 وجرح 14، قتل ليلة أمس 5: the dead and wounded are people
		} else {
			fig.noun, fig.unit = x.impliedNoun(i)
		}
		if fig.unit == "other" && j < len(toks) && humanVerbs[toks[j].Norm] {
			fig.unit = "people"
		}
		if j < len(toks) && (toks[j].Norm == "بجروح" || toks[j].Norm == "بجراح") {
			fig.unit = "people" // إصابة 90 بجروح
		}
	}
	// Bounds: the phrase before, then a trailing one, which also covers a
	// figure coordinated before it (35 قتيلا و23 مصابا على الأقل).
	tb, te := afterBound(toks, fig.end)
	if tb == 0 && b == 0 && !isRange && x.sharedBound(fig.end) {
		tb, te = atLeast, fig.end
	}
	if b != 0 && b != fromWord && (b != between || isRange) {
		fig.start, fig.startTrim = hs, 0
	}
	switch {
	case isRange:
		fig.min, fig.max = f64(lo), f64(hi)
		fig.approx = b == approx || tb == approx
		fig.kind = "range"
		if fig.unit == "percent" {
			fig.kind = "percent"
		}
	case b == approx || tb == approx:
		fig.value, fig.min, fig.max, fig.approx = f64(lo), f64(lo), f64(lo), true
	case b == atLeast || tb == atLeast:
		fig.value, fig.min = f64(lo), f64(lo)
	case b == atMost || tb == atMost:
		fig.value, fig.max = f64(hi), f64(hi)
	default:
		fig.value, fig.min, fig.max = f64(lo), f64(lo), f64(lo)
	}
	if (b == atLeast || b == atMost) && !isRange && tb == 0 {
		if other, e, ok := x.secondBound(fig.end, b); ok {
			lo2, hi2 := lo, other
			if b == atMost {
				lo2, hi2 = other, hi
			}
			if lo2 <= hi2 {
				fig.value, fig.min, fig.max, fig.end = nil, f64(lo2), f64(hi2), e
				fig.kind = "range"
				if nn, ok := x.nounAfter(e, false); ok && !nn.time && !lexNoun {
					fig.noun, fig.unit, fig.end = nn.noun, nn.unit, nn.end
				}
			}
		}
	}
	if tb != 0 {
		fig.end = te
		if tb == atLeast {
			if top, e, ok := x.upTo(te); ok && top >= lo {
				fig.value, fig.max, fig.end = nil, f64(top), e
			}
		}
	}
	return fig, true
}

// leftEdge is i, or the index of a proclitic token written against the
// number (بـ3، و300، لـ24), so that a hedge before the clitic is found.
func (x *extractor) leftEdge(i int) int {
	if i > 0 && x.toks[i-1].Kind == text.Word && x.toks[i-1].End == x.toks[i].Start && x.toks[i].Kind == text.Number {
		switch x.toks[i-1].Norm {
		case "ب", "و", "ل", "ف", "ك", "وب", "ول", "فب", "بنحو":
			return i - 1
		}
	}
	return i
}

// cliticTrim returns how many bytes of proclitics (و ف ب ل ك) open a number
// word, so that the span starts at the number itself.
func cliticTrim(t text.Token, isWord bool) int {
	if !isWord || t.Kind != text.Word {
		return 0
	}
	// Try the longest proclitic whose removal leaves a number word.
	for _, p := range []string{"وب", "ول", "فب", "و", "ف", "ب", "ل", "ك"} {
		rest, ok := strings.CutPrefix(t.Norm, p)
		if !ok || len(rest) < 4 {
			continue
		}
		if _, found := numeral.Cardinal([]text.Token{{Kind: text.Word, Norm: rest, Text: rest}}, 0); found {
			return lettersBytes(t.Text, len([]rune(p)))
		}
	}
	return 0
}

// lettersBytes is the byte length of the first k letters of s, with the
// marks and tatweel that follow them.
func lettersBytes(s string, k int) int {
	seen := 0
	for off, r := range s {
		if _, keep := text.FoldRune(r); keep {
			if seen == k {
				return off
			}
			seen++
		}
	}
	return len(s)
}

// splitBetween re-reads "بين عشرة وعشرين": the first number ends where the
// second starts with و.
func (x *extractor) splitBetween(i int, n numeral.Number) numeral.Number {
	for p := i + 1; p < n.End; p++ {
		if !strings.HasPrefix(x.toks[p].Norm, "و") {
			continue
		}
		first, ok := numeral.Cardinal(x.toks[:p], i)
		if !ok || first.End != p {
			continue
		}
		if _, ok := numeral.Cardinal(x.toks, p); ok {
			return first
		}
	}
	return n
}

// rangeEnd reads the second number of a range at token j: إلى/الى/حتى/-/أو
// N, or و N after بين.
func (x *extractor) rangeEnd(j int, between bool) (n2 numeral.Number, end int, ok bool, refused bool) {
	toks := x.toks
	if j >= len(toks) {
		return numeral.Number{}, j, false, false
	}
	t := toks[j]
	k := -1
	switch {
	case t.Norm == "الي" || t.Norm == "حتي" || t.Norm == "او" || t.Norm == "ل" && between:
		k = j + 1
	case t.Kind == text.Word && strings.HasPrefix(t.Norm, "ل") && len(t.Norm) > 4 && numeral.IsWord(t.Norm[len("ل"):]):
		k = j // من عشرة لعشرين
	case t.Kind == text.Punct && (t.Text == "-" || t.Text == "–"):
		k = j + 1
	case between && t.Norm == "و":
		k = j + 1
	case between && strings.HasPrefix(t.Norm, "و") && t.Kind == text.Word:
		k = j // وعشرين
	}
	if k < 0 || k >= len(toks) {
		return numeral.Number{}, j, false, false
	}
	if k+1 < len(toks) && (toks[k].Kind == text.Punct && isOpenQuote(toks[k])) {
		k++
	}
	if toks[k].Kind == text.Word && toks[k].End == toks[min(k+1, len(toks)-1)].Start && k+1 < len(toks) && toks[k+1].Kind == text.Number {
		k++ // و300 written as a clitic token
	}
	n2, ok = numeral.Cardinal(toks, k)
	if !ok {
		return numeral.Number{}, j, false, false
	}
	if x.excluded(k, n2) {
		return numeral.Number{}, j, false, true
	}
	return n2, n2.End, true, false
}

// upTo reads "وقد تصل إلى 180" after "على الأقل": the upper bound of the
// same figure.
func (x *extractor) upTo(j int) (float64, int, bool) {
	toks := x.toks
	k := j
	for k < len(toks) && k < j+4 {
		switch toks[k].Norm {
		case "وقد", "قد", "و", "ربما", "وربما":
			k++
			continue
		}
		break
	}
	if k+1 >= len(toks) {
		return 0, j, false
	}
	switch toks[k].Norm {
	case "تصل", "يصل", "يرتفع", "ترتفع":
	default:
		return 0, j, false
	}
	k++
	if toks[k].Norm != "الي" {
		return 0, j, false
	}
	n, ok := numeral.Cardinal(toks, k+1)
	if !ok {
		return 0, j, false
	}
	return n.Value, n.End, true
}

// roundTo rounds a derived count to an integer.
func roundTo(v float64) float64 { return math.Round(v) }

// sharedBound reports a coordinated figure after token j that ends with على
// الأقل: "35 قتيلا و23 مصابا على الأقل" bounds both.
func (x *extractor) sharedBound(j int) bool {
	toks := x.toks
	if j >= len(toks) || toks[j].Kind != text.Word || !strings.HasPrefix(toks[j].Norm, "و") {
		return false
	}
	k := j
	if toks[j].Norm == "و" {
		k++
	}
	if k >= len(toks) || toks[k].Kind != text.Number && k == j {
		return false
	}
	if toks[j].Norm == "و" && k < len(toks) && toks[k].Kind != text.Number {
		return false
	}
	if toks[j].Norm != "و" {
		return false // a number word with و is read on its own
	}
	n, ok := numeral.Cardinal(toks, k)
	if !ok {
		return false
	}
	e := n.End
	if nn, ok := x.nounAfter(e, false); ok && !nn.time {
		e = nn.end
	}
	b, _ := afterBound(toks, e)
	return b == atLeast
}

// secondBound reads the other bound of the same figure after token j: "أكثر
// من 100 وأقل من 300" (first is the bound already read).
func (x *extractor) secondBound(j int, first bound) (float64, int, bool) {
	toks := x.toks
	if j >= len(toks) || !strings.HasPrefix(toks[j].Norm, "و") {
		return 0, j, false
	}
	// the phrase may carry the و (وأقل من) or follow a lone و
	for k := j + 1; k <= j+4 && k < len(toks); k++ {
		n, ok := numeral.Cardinal(toks, k)
		if !ok {
			continue
		}
		view := make([]text.Token, k+1-j)
		copy(view, toks[j:k+1])
		if toks[j].Norm != "و" {
			view[0].Norm = strings.TrimPrefix(toks[j].Norm, "و")
		}
		b, _ := hedgeBefore(view, k-j)
		if b == 0 || b == first || b == approx || b == between || b == fromWord {
			return 0, j, false
		}
		return n.Value, n.End, true
	}
	return 0, j, false
}

// prepositionOn reports a preposition written on a number word (لست، بخمس).
func prepositionOn(t text.Token) bool {
	if t.Kind != text.Word || t.Norm == "" {
		return false
	}
	for _, p := range []string{"ل", "ب", "ك"} {
		if strings.HasPrefix(t.Norm, p) {
			return true
		}
	}
	return false
}

// partOfOrdinal reports عشر/عشرة right after an ordinal (في السابعة عشرة من
// العمر): the second half of an ordinal, not a count.
func (x *extractor) partOfOrdinal(i int, n numeral.Number) bool {
	if i == 0 || !n.Words || n.Value != 10 || n.End-n.Start != 1 {
		return false
	}
	o, ok := numeral.Ordinal(x.toks, i-1, false)
	return ok && o.End > i
}

// sharedTimeUnit reports "و41 عاما" / "أو 48 ساعة" after a number: the pair
// shares a unit of time, so the first number is a duration or an age too.
func (x *extractor) sharedTimeUnit(j int) bool {
	toks := x.toks
	if j+1 >= len(toks) {
		return false
	}
	k := j
	switch toks[j].Norm {
	case "و", "او", "الي", "-":
		k = j + 1
	default:
		if !strings.HasPrefix(toks[j].Norm, "و") || toks[j].Kind != text.Word {
			return false
		}
	}
	n2, ok := numeral.Cardinal(toks, k)
	if !ok || n2.End >= len(toks) {
		return false
	}
	_, isTime := numeral.LookupTimeUnit(toks[n2.End].Norm)
	return isTime
}
