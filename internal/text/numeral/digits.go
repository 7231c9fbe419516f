package numeral

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// Digits reads a number written in digits (Western, Arabic-Indic or
// Persian), with its separators: ٫ is always a decimal point and ٬ always a
// thousands separator; of '.' and ',', a separator that repeats, or that is
// followed by exactly three digits and is not the last of two different
// ones, groups thousands, and any other is a decimal point ("1,5 مليون",
// "3.000", "1,234.5", "0.77"). decimal reports a decimal point; ok is false
// if s holds anything but digits and separators.
func Digits(s string) (v float64, decimal bool, ok bool) {
	f := text.Fold(s)
	if f == "" {
		return 0, false, false
	}
	var seps []int // byte offsets of separators in f
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch {
		case c >= '0' && c <= '9':
		case c == '.' || c == ',':
			seps = append(seps, i)
		default:
			return 0, false, false
		}
	}
	if len(seps) == 0 {
		return atoi(f), false, true
	}
	dec := -1 // index into f of the decimal separator, or -1
	last := seps[len(seps)-1]
	lastSep := f[last]
	sameAll := true
	for _, p := range seps {
		if f[p] != lastSep {
			sameAll = false
		}
	}
	switch {
	case strings.ContainsRune(s, text.ArabicDecimal):
		dec = strings.LastIndexByte(f, '.')
	case strings.ContainsRune(s, text.ArabicThousands):
		dec = -1
	case !sameAll:
		dec = last
	case len(seps) > 1:
		dec = -1
		if !thousandsGroups(f, seps) {
			return 0, false, false // 15.10.2017 is a date, not a number
		}
	case len(f)-last-1 == 3 && f[0] != '0' && last > 0 && last <= 3:
		dec = -1
	default:
		dec = last
	}
	var ip, fp strings.Builder
	for i := 0; i < len(f); i++ {
		c := f[i]
		switch {
		case i == dec:
		case c == '.' || c == ',':
			if dec >= 0 && i > dec {
				return 0, false, false
			}
		case dec >= 0 && i > dec:
			fp.WriteByte(c)
		default:
			ip.WriteByte(c)
		}
	}
	v = atoi(ip.String())
	if dec >= 0 {
		frac := fp.String()
		scale := 1.0
		for range frac {
			scale *= 10
		}
		v += atoi(frac) / scale
		return v, true, true
	}
	return v, false, true
}

func atoi(s string) float64 {
	v := 0.0
	for i := 0; i < len(s); i++ {
		v = v*10 + float64(s[i]-'0')
	}
	return v
}

// thousandsGroups reports whether the separators split f into a head of one
// to three digits and groups of exactly three.
func thousandsGroups(f string, seps []int) bool {
	if seps[0] == 0 || seps[0] > 3 {
		return false
	}
	for k, p := range seps {
		next := len(f)
		if k+1 < len(seps) {
			next = seps[k+1]
		}
		if next-p-1 != 3 {
			return false
		}
	}
	return true
}
