package numeral

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

var ordinals = map[string]float64{}

func init() {
	forms := []string{"", "أول أولى اول اولى", "ثاني ثان ثانية", "ثالث ثالثة", "رابع رابعة", "خامس خامسة",
		"سادس سادسة", "سابع سابعة", "ثامن ثامنة", "تاسع تاسعة", "عاشر عاشرة"}
	for v, fs := range forms {
		for _, f := range strings.Fields(fs) {
			ordinals[text.Fold(f)] = float64(v)
		}
	}
	for _, f := range []string{"حادي", "حادية"} {
		ordinals[text.Fold(f)] = 1
	}
}

// ordinalWord looks an ordinal unit up in a folded token, with or without the
// article and a conjunction.
func ordinalWord(norm string) (v float64, def bool, ok bool) {
	if v, ok := ordinals[norm]; ok {
		return v, false, true
	}
	for _, p := range wordPrefixes {
		rest, found := strings.CutPrefix(norm, p)
		if !found || len(rest) < 4 {
			continue
		}
		if v, ok := ordinals[rest]; ok {
			return v, strings.Contains(p, "ال") || p == "لل", true
		}
	}
	return 0, false, false
}

// Ordinal reads an ordinal at token i: الثالث، الثالثة عشرة، الحادي
// والعشرين، and the definite cardinal forms used as ordinals (الأحد عشر،
// الواحد والعشرون). A definite tens word alone (التسعون) is an ordinal only
// when bareTens is true, since in running text it is as often a cardinal.
func Ordinal(toks []text.Token, i int, bareTens bool) (Number, bool) {
	if i < 0 || i >= len(toks) || toks[i].Kind != text.Word {
		return Number{}, false
	}
	n := Number{Start: i, End: i + 1, Ordinal: true, Words: true}
	v, def, ok := ordinalWord(toks[i].Norm)
	isOrdinalForm := ok
	if !ok {
		w, d, _, found := lookup(toks[i].Norm)
		if !found || !d {
			return Number{}, false
		}
		if w.class == hundred || w.class == scale && w.count == 0 && !w.plural {
			// المئة والخامس والعشرون: a hundred (or thousand) and an ordinal
			if rest, ok := Ordinal(toks, i+1, bareTens); ok && i+1 < len(toks) && strings.HasPrefix(toks[i+1].Norm, "و") && rest.Value < w.value {
				rest.Start, rest.Value = i, rest.Value+w.value
				rest.Min, rest.Max = rest.Value, rest.Value
				return rest, true
			}
		}
		switch {
		case w.class == unit && w.value == 1, w.class == teenHead, w.class == unit && w.value >= 2 && w.value <= 9:
			v, def = w.value, true
		case w.class == tens && bareTens:
			n.Value, n.Min, n.Max, n.Definite = w.value, w.value, w.value, true
			return n, true
		default:
			return Number{}, false
		}
	}
	n.Definite = def
	n.Value = v
	j := i + 1
	if j < len(toks) && toks[j].Kind == text.Word && v <= 9 {
		if w, _, conj, found := lookup(toks[j].Norm); found && !conj && w.class == ten {
			n.Value = v + 10
			n.End = j + 1
			n.Min, n.Max = n.Value, n.Value
			return n, true
		}
		k := j
		if toks[k].Norm == "و" && k+1 < len(toks) {
			k++
		}
		if w, _, conj, found := lookup(toks[k].Norm); found && w.class == tens && (conj || k > j) {
			n.Value = v + w.value
			n.End = k + 1
			n.Min, n.Max = n.Value, n.Value
			return n, true
		}
	}
	if !isOrdinalForm {
		return Number{}, false // a definite cardinal alone is not an ordinal
	}
	if v == 10 && !def && !isOrdinalForm {
		return Number{}, false
	}
	n.Min, n.Max = n.Value, n.Value
	return n, true
}

// IsWord reports whether a folded token is a number word, cardinal or
// ordinal, possibly behind proclitics.
func IsWord(norm string) bool {
	if _, _, _, ok := lookup(norm); ok {
		return true
	}
	_, _, ok := ordinalWord(norm)
	return ok
}
