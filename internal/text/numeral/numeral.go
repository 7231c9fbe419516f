// Package numeral reads Arabic numbers from tokens: digits in every script
// with their separators, number words in all genders and cases (ثلاثة آلاف،
// مئتين وخمسين، عشرين ألفا، مليون ونصف، نصف مليون), vague amounts (عشرات،
// مئات الآلاف، بضعة آلاف) and ordinals (الثالث عشر، الحادي والعشرين). It is
// shared by the quantity and date extractors, which decide what a number
// counts; it knows nothing of context.
package numeral

import (
	"github.com/marsad/marsad/internal/text"
)

// Number is a cardinal, vague or ordinal number found at tokens [Start,End).
type Number struct {
	Start, End int
	Value      float64
	// Min and Max bound a vague amount (عشرات: 20-99); for the others they
	// equal Value.
	Min, Max float64
	Vague    bool
	// Scaled is true when a scale word (ألف، آلاف، مليون، مليار) states it.
	Scaled bool
	// Mantissa and Scale describe "count × one scale word" (3 آلاف: 3, 1000),
	// so that a range can share its scale word (3 إلى 4 آلاف). Scale is 0 when
	// the number is not of that shape.
	Mantissa, Scale float64
	// Words is true when the number is written in words, Digits when in digits.
	Words, Digits bool
	// Decimal is true when the digits carry a decimal point.
	Decimal bool
	// Definite is true when the first word carries the article (التسعة).
	Definite bool
	// Ordinal is true for an ordinal (الثالث، الحادي عشر).
	Ordinal bool
}

// Cardinal reads a cardinal number starting at token i: digits optionally
// followed by a scale word, or a sequence of number words. A plural scale
// word alone (آلاف) is vague, not cardinal: see Vague.
func Cardinal(toks []text.Token, i int) (Number, bool) {
	if i < 0 || i >= len(toks) {
		return Number{}, false
	}
	if toks[i].Kind == text.Number {
		return digitsNumber(toks, i)
	}
	if toks[i].Kind == text.Word {
		return wordsNumber(toks, i)
	}
	return Number{}, false
}

// digitsNumber reads digits, an optional "فاصلة" decimal, and a scale word.
func digitsNumber(toks []text.Token, i int) (Number, bool) {
	v, dec, ok := Digits(toks[i].Text)
	if !ok {
		return Number{}, false
	}
	n := Number{Start: i, End: i + 1, Value: v, Digits: true, Decimal: dec}
	j := i + 1
	if j+1 < len(toks) && toks[j].Kind == text.Word && toks[j+1].Kind == text.Number {
		if w, ok := words[toks[j].Norm]; ok && w.class == pointWord {
			if f, _, ok := Digits("0." + text.Fold(toks[j+1].Text)); ok && !containsSep(toks[j+1].Norm) {
				n.Value += f
				n.Decimal = true
				j += 2
			}
		}
	}
	n.End = j
	if j < len(toks) && toks[j].Kind == text.Word {
		if w, ok := words[toks[j].Norm]; ok && w.class == scale && w.count == 0 {
			n.Mantissa, n.Scale = n.Value, w.value
			n.Value *= w.value
			n.Scaled = true
			j++
			n.End = j
			if half, ok := halfAfter(toks, j); ok {
				n.Value += half * w.value
				n.Scale = 0
				n.End = j + 1
			} else if rest, e, ok := remainderAfter(toks, j, w.value); ok {
				n.Value += rest // 7 آلاف و367
				n.Scale = 0
				n.End = e
			}
		}
	}
	n.Min, n.Max = n.Value, n.Value
	return n, true
}

func containsSep(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '.' || s[i] == ',' {
			return true
		}
	}
	return false
}

// halfAfter reads "ونصف" / "وربع" after a scale word.
func halfAfter(toks []text.Token, j int) (float64, bool) {
	if j >= len(toks) || toks[j].Kind != text.Word {
		return 0, false
	}
	w, _, conj, ok := lookup(toks[j].Norm)
	if ok && conj && w.class == fraction {
		return w.value, true
	}
	return 0, false
}

// Vague reads a vague amount at token i: عشرات، مئات، آلاف، ملايين، مليارات,
// their compounds (عشرات الآلاف، مئات آلاف) and بضعة/عدة with a scale
// (بضعة آلاف، عدة مئات). Bounds follow the contract: عشرات 20-99, مئات
// 200-999, آلاف 2000-9999, and a compound multiplies them; بضعة/عدة is 3-9.
func Vague(toks []text.Token, i int) (Number, bool) {
	if i < 0 || i >= len(toks) || toks[i].Kind != text.Word {
		return Number{}, false
	}
	w, def, _, ok := lookup(toks[i].Norm)
	if !ok {
		return Number{}, false
	}
	n := Number{Start: i, End: i + 1, Vague: true, Words: true, Definite: def}
	var lo, hi float64
	switch {
	case w.class == vague:
		lo, hi = 2*w.value, 10*w.value-1
	case w.class == scale && w.plural:
		lo, hi = 2*w.value, 10*w.value-1
	case w.class == fewWord:
		lo, hi = 3, 9
	default:
		return Number{}, false
	}
	// A following plural scale (عشرات الآلاف، مئات آلاف، بضعة آلاف).
	for j := i + 1; j < len(toks) && j <= i+2 && toks[j].Kind == text.Word; j++ {
		w2, _, conj, ok := lookup(toks[j].Norm)
		if !ok || conj || w2.class != scale && w2.class != vague {
			break
		}
		if w2.class == scale && !w2.plural && w.class != fewWord {
			break
		}
		if w2.class == vague && w.class != fewWord {
			break
		}
		m := w2.value
		if w.class == fewWord {
			lo, hi = 3*m, 10*m-1
		} else {
			lo, hi = lo*m, (hi+1)*m-1
		}
		n.End = j + 1
		n.Scaled = true
		if w.class == fewWord {
			break
		}
		w = w2
	}
	if w.class == fewWord && n.End == i+1 {
		n.Scaled = false
	}
	n.Min, n.Max = lo, hi
	return n, true
}

// remainderAfter reads "و367" after "7 آلاف": the rest of one number, in
// digits or words, below the scale just read.
func remainderAfter(toks []text.Token, j int, scale float64) (float64, int, bool) {
	if j+1 >= len(toks) || toks[j].Norm != "و" || toks[j+1].Kind != text.Number {
		return 0, j, false
	}
	r, ok := Cardinal(toks, j+1)
	if !ok || r.Scaled || r.Decimal || r.Value >= scale || r.Value < 1 {
		return 0, j, false
	}
	return r.Value, r.End, true
}
