package numeral

import (
	"github.com/marsad/marsad/internal/text"
)

// Whole reads s as one standalone numeric expression and nothing else: a
// cardinal (as Cardinal), with an optional leading minus sign, a leading
// decimal point (.77) or a fraction of digits (٧٧/١٠٠). ok is false when
// anything is left over.
func Whole(s string) (float64, bool) {
	toks := text.Tokenize(s)
	sign := 1.0
	i := 0
	if i < len(toks) && (toks[i].Kind == text.Punct && (toks[i].Text == "-" || toks[i].Text == "−") || toks[i].Norm == "سالب") {
		sign, i = -1, 1
	}
	if i+1 < len(toks) && toks[i].Kind == text.Punct && (toks[i].Norm == ".") && toks[i+1].Kind == text.Number && toks[i].End == toks[i+1].Start {
		v, _, ok := Digits("0." + toks[i+1].Norm)
		if ok && len(toks) == i+2 {
			return sign * v, true
		}
		return 0, false
	}
	if i+2 < len(toks) && toks[i].Kind == text.Number && toks[i+1].Text == "/" && toks[i+2].Kind == text.Number && len(toks) == i+3 {
		a, _, ok1 := Digits(toks[i].Text)
		b, _, ok2 := Digits(toks[i+2].Text)
		if ok1 && ok2 && b != 0 {
			return sign * a / b, true
		}
		return 0, false
	}
	n, ok := Cardinal(toks, i)
	if !ok || n.End != len(toks) {
		return 0, false
	}
	return sign * n.Value, true
}

// WholeOrdinal reads s as one ordinal and nothing else (الحادي والعشرين،
// التسعون، ثالث).
func WholeOrdinal(s string) (float64, bool) {
	toks := text.Tokenize(s)
	n, ok := Ordinal(toks, 0, true)
	if !ok || n.End != len(toks) {
		return 0, false
	}
	return n.Value, true
}
