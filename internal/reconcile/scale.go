package reconcile

import (
	"math"
	"strconv"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// scaleWords maps the folded scale words (and their forms with clitics
// split off) to their value.
var scaleWords = map[string]float64{
	"الف": 1e3, "الفا": 1e3, "الفين": 1e3, "الفان": 1e3, "الاف": 1e3, "الوف": 1e3,
	"مليون": 1e6, "مليونا": 1e6, "مليوني": 1e6, "مليونين": 1e6, "مليونان": 1e6, "ملايين": 1e6,
	"مليار": 1e9, "مليارا": 1e9, "مليارين": 1e9, "ملياران": 1e9, "مليارات": 1e9,
}

// FigureOf returns the verdict rule's view of a quantity: its stated bounds,
// its hedge, and the slack of a figure stated with a scale word.
func FigureOf(q model.Quantity) Figure {
	f := Figure{Min: q.Min, Max: q.Max, Approx: q.Approx}
	if f.Min == nil && f.Max == nil && q.Value != nil {
		f.Min, f.Max = q.Value, q.Value
	}
	if !f.Approx && f.exact() {
		f.Slack = Slack(q.Text, *f.Min)
	}
	return f
}

// Slack returns the widening of an unhedged figure whose text states it with
// a scale word: half a unit of its last stated digit, and at least 2% of the
// value ("79 ألفا" → 1,580; "3 آلاف" → 500; "1.5 مليون" → 50,000). It is 0
// when the text has no scale word (plain digits are not widened).
func Slack(s string, value float64) float64 {
	toks := text.Tokenize(s)
	for i, t := range toks {
		scale := scaleOf(t)
		if scale == 0 {
			continue
		}
		unit := lastDigitUnit(toks[:i], value/scale)
		return math.Max(0.5*unit*scale, 0.02*math.Abs(value))
	}
	return 0
}

// scaleOf returns the value of a scale word token, or 0.
func scaleOf(t text.Token) float64 {
	if t.Kind != text.Word {
		return 0
	}
	for _, f := range t.Forms() {
		if v, ok := scaleWords[f]; ok {
			return v
		}
	}
	return 0
}

// lastDigitUnit returns the place value of the last digit of the number
// stated before the scale word: 1 for "79", 0.1 for "1.5". With no digits
// (a number word or a fraction: "ربع مليون"), it is read from the
// multiplier the scale word applies to (0.25 → 0.01).
func lastDigitUnit(before []text.Token, multiplier float64) float64 {
	if n := len(before); n > 0 && before[n-1].Kind == text.Number {
		num := before[n-1].Norm
		if i := strings.LastIndexByte(num, '.'); i >= 0 {
			return math.Pow(10, -float64(len(num)-i-1))
		}
		return 1
	}
	s := strconv.FormatFloat(multiplier, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i-1 <= 3 {
		return math.Pow(10, -float64(len(s)-i-1))
	}
	return 1
}
