package text

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Fold returns the matching form of s: harakat and tatweel removed; أ إ آ ٱ
// folded to ا; ى and Persian ی to ي; ة to ه; ک to ك; Arabic-Indic and
// Persian digits to ASCII, the Arabic decimal and thousands separators to
// '.' and ','; Latin letters lower-cased. The original is never replaced:
// use FoldMap to map a match back to it.
func Fold(s string) string {
	f, _ := fold(s, false)
	return f
}

// FoldMap is Fold with an offset map: off[i] is the byte offset in s of the
// rune that produced byte i of the folded string, and off[len(folded)] is
// len(s), so a folded range [i,j) maps to s[off[i]:off[j]].
func FoldMap(s string) (string, []int) {
	return fold(s, true)
}

func fold(s string, withMap bool) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	var off []int
	if withMap {
		off = make([]int, 0, len(s)+1)
	}
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if m, keep := FoldRune(r); keep {
			before := b.Len()
			b.WriteRune(m)
			for k := before; withMap && k < b.Len(); k++ {
				off = append(off, i)
			}
		}
		i += n
	}
	if withMap {
		off = append(off, len(s))
	}
	return b.String(), off
}

// FoldRune maps one rune to its matching form; keep is false for runes the
// matching form drops (harakat, tatweel).
func FoldRune(r rune) (m rune, keep bool) {
	if isHaraka(r) || r == Tatweel {
		return 0, false
	}
	switch r {
	case AlefHamzaAbove, AlefHamzaBelow, AlefMadda, AlefWasla:
		return Alef, true
	case AlefMaksura, FarsiYeh:
		return Yeh, true
	case TehMarbuta:
		return Heh, true
	case Keheh:
		return Kaf, true
	case ArabicDecimal:
		return '.', true
	case ArabicThousands:
		return ',', true
	case ArabicPercent:
		return '%', true
	}
	if d, ok := digitValue(r); ok {
		return rune('0' + d), true
	}
	if r < utf8.RuneSelf || unicode.Is(unicode.Latin, r) {
		return unicode.ToLower(r), true
	}
	return r, true
}
