package numeral

import "github.com/marsad/marsad/internal/text"

// slots of a group below a thousand that a word has filled.
const (
	slotUnit uint8 = 1 << iota
	slotTens
	slotHundred
)

// wordState accumulates a number written in words.
type wordState struct {
	total, cur float64
	slots      uint8
	last       class
	lastVal    float64
	lastScale  float64
	frac       float64 // a leading fraction waiting for its scale (نصف مليون)
	scaled     bool
	scales     int // scale words seen
	mantissa   float64
	pending    bool // the last word needs a follower (أحد before عشر)
}

func (s *wordState) value() float64 { return s.total + s.cur }

// first takes the first word of a number.
func (s *wordState) first(w word) bool {
	switch w.class {
	case unit, ten, tens, hundred:
		s.cur = w.value
		s.slots = slotFor(w.class)
	case teenHead:
		s.cur, s.pending = w.value, true
	case scale:
		if w.plural {
			return false
		}
		c := w.count
		if c == 0 {
			c = 1
			if w.acc {
				c = 2
			}
		}
		s.total, s.lastScale, s.scaled, s.scales, s.mantissa = c*w.value, w.value, true, 1, c
	case fraction:
		s.frac, s.pending = w.value, true
	default:
		return false
	}
	s.last, s.lastVal = w.class, w.value
	return true
}

func slotFor(c class) uint8 {
	switch c {
	case unit, ten:
		return slotUnit
	case tens:
		return slotTens
	case hundred:
		return slotHundred
	}
	return 0
}

// juxtaposed takes a word that follows without و: the ten of a teen
// (ثلاثة عشر), the hundred of a split hundred (ثلاث مائة), a scale.
func (s *wordState) juxtaposed(w word) bool {
	switch {
	case w.class == ten && (s.last == unit || s.last == teenHead) && s.lastVal >= 1 && s.lastVal <= 9 && s.slots&slotTens == 0:
		s.cur += 10
		s.slots |= slotUnit
		s.pending = false
	case w.class == hundred && w.value == 100 && s.last == unit && s.lastVal >= 3 && s.slots == slotUnit:
		s.cur = s.lastVal * 100
		s.slots = slotHundred
	case s.last == hundred && s.slots == slotHundred && (w.class == unit || w.class == tens) && w.value > 0:
		s.cur += w.value // spoken: متين تلاتة وستين
		s.slots |= slotFor(w.class)
	case w.class == scale && w.count == 0 && s.frac > 0 && s.pending:
		s.total, s.frac, s.pending = s.frac*w.value, 0, false
		s.lastScale, s.scaled, s.scales = w.value, true, s.scales+1
	case w.class == scale && w.count == 0 && s.cur > 0 && !s.pending:
		if w.plural && s.cur > 10 {
			return false
		}
		if w.value >= s.lastScale && s.total > 0 {
			return false
		}
		s.mantissa = s.cur
		s.total += s.cur * w.value
		s.cur, s.slots = 0, 0
		s.lastScale, s.scaled, s.scales = w.value, true, s.scales+1
	case w.class == scale && w.count == 0 && s.cur == 0 && s.total > 0 && w.value > s.lastScale && !w.plural:
		s.total *= w.value // ألف مليون
		s.lastScale = w.value
	default:
		return false
	}
	s.last, s.lastVal = w.class, w.value
	return true
}

// joined takes a word that follows with و.
func (s *wordState) joined(w word) bool {
	if s.pending {
		return false
	}
	switch w.class {
	case unit:
		if s.slots&slotUnit != 0 || w.value == 0 {
			return false
		}
		s.cur += w.value
		s.slots |= slotUnit
	case ten:
		if s.slots&slotUnit != 0 {
			return false
		}
		s.cur += w.value
		s.slots |= slotUnit
	case teenHead:
		if s.slots&(slotUnit|slotTens) != 0 {
			return false
		}
		s.cur += w.value
		s.pending = true
	case tens:
		if s.slots&slotTens != 0 || int(s.cur)%100 >= 10 {
			return false
		}
		s.cur += w.value
		s.slots |= slotTens
	case hundred:
		if s.slots != 0 || s.total == 0 || s.lastScale <= w.value {
			return false
		}
		s.cur = w.value
		s.slots = slotHundred
	case fraction:
		switch {
		case s.last == scale && s.cur == 0:
			s.total += w.value * s.lastScale
		case s.cur > 0 && s.total == 0:
			s.cur += w.value
		default:
			return false
		}
	case scale:
		if w.plural || s.slots != 0 || s.total == 0 || w.value >= s.lastScale {
			return false
		}
		c := w.count
		if c == 0 {
			c = 1
		}
		s.total += c * w.value
		s.lastScale, s.scales = w.value, s.scales+1
	default:
		return false
	}
	s.last, s.lastVal = w.class, w.value
	return true
}

// wordsNumber reads a number written in words from token i.
func wordsNumber(toks []text.Token, i int) (Number, bool) {
	var s wordState
	s.lastScale = 1e18
	n := Number{Start: i, Words: true}
	best := Number{}
	found := false
	for j := i; j < len(toks); j++ {
		t := toks[j]
		if t.Kind != text.Word {
			break
		}
		sep := false
		if j > i && (t.Norm == "و" || t.Norm == "وو") {
			if j+1 >= len(toks) || toks[j+1].Kind != text.Word {
				break
			}
			sep = true
			j++
			t = toks[j]
		}
		w, def, conj, ok := lookup(t.Norm)
		if !ok {
			break
		}
		var took bool
		switch {
		case j == i:
			n.Definite = def
			took = s.first(w)
		case sep && (conj || def && w.class != tens):
			took = false
		case sep || conj:
			if def && w.class != tens && !n.Definite {
				took = false
			} else {
				took = s.joined(w)
			}
		case def:
			took = w.class == ten && s.juxtaposed(w) // الاحد عشر: only the head carries ال
		default:
			took = s.juxtaposed(w)
		}
		if !took {
			break
		}
		if !s.pending {
			n.End = j + 1
			n.Value = s.value()
			n.Scaled = s.scaled
			n.Mantissa, n.Scale = 0, 0
			if s.scales == 1 && s.cur == 0 && s.mantissa > 0 && s.total == s.mantissa*s.lastScale {
				n.Mantissa, n.Scale = s.mantissa, s.lastScale
			}
			best, found = n, true
		}
	}
	if !found {
		return Number{}, false
	}
	wordsDecimal(toks, &best)
	best.Min, best.Max = best.Value, best.Value
	return best, true
}

// wordsDecimal reads "فاصلة" and the digits after it (واحد فاصلة خمسة: 1.5).
func wordsDecimal(toks []text.Token, n *Number) {
	j := n.End
	if j+1 >= len(toks) || toks[j].Kind != text.Word {
		return
	}
	if w, ok := words[toks[j].Norm]; !ok || w.class != pointWord {
		return
	}
	frac, ok := Cardinal(toks, j+1)
	if !ok || frac.Decimal || frac.Value != float64(int(frac.Value)) {
		return
	}
	d := frac.Value
	for d >= 1 {
		d /= 10
	}
	n.Value += d
	n.End = frac.End
	n.Decimal = true
}
