package quantity

import (
	"github.com/marsad/marsad/internal/text"
	"github.com/marsad/marsad/internal/text/numeral"
)

// vague reads a vague amount at token i (عشرات، المئات من المقاتلين، عشرات
// الآلاف، بضعة آلاف) with the noun it counts.
func (x *extractor) vague(i int) (figure, bool) {
	toks := x.toks
	n, ok := numeral.Vague(toks, i)
	if !ok {
		return figure{}, false
	}
	if n.Min == 3 && n.Max == 9 {
		return figure{}, false // بضعة، عدة alone: not annotated as figures
	}
	fig := figure{start: i, end: n.End, core: n, kind: "vague", approx: true}
	fig.startTrim = cliticTrimVague(toks[i])
	if nn, ok := x.nounAfter(n.End, true); ok {
		if nn.time {
			return figure{}, false // عشرات السنين
		}
		fig.noun, fig.unit, fig.end = nn.noun, nn.unit, nn.end
	}
	fig.min, fig.max = f64(n.Min), f64(n.Max)
	if fig.unit == "" {
		fig.noun, fig.unit = x.impliedNoun(i)
	}
	return fig, true
}

func cliticTrimVague(t text.Token) int {
	switch t.Prefix {
	case "و", "ف", "ب", "ل", "وب", "ول":
		return cliticBytes(t)
	}
	return 0
}

// fractionOf reads a fraction of a stated figure (ثلثي 323 ألف ساكن): the
// derived count, approximate when not whole, and the stated figure itself.
func (x *extractor) fractionOf(i int) ([]figure, bool) {
	toks := x.toks
	t := toks[i]
	frac := 0.0
	switch t.Norm {
	case "نصف":
		frac = 0.5
	case "ربع":
		frac = 0.25
	case "ثلث":
		frac = 1.0 / 3
	case "ثلثي", "ثلثا":
		frac = 2.0 / 3
	default:
		return nil, false
	}
	if i+1 >= len(toks) || toks[i+1].Kind != text.Number {
		return nil, false
	}
	inner, ok := x.number(i + 1)
	if !ok || inner.value == nil || inner.min == nil || inner.max == nil || *inner.min != *inner.max {
		return nil, false
	}
	v := *inner.value * frac
	outer := inner
	outer.start, outer.startTrim = i, 0
	outer.value, outer.min, outer.max = f64(roundTo(v)), f64(roundTo(v)), f64(roundTo(v))
	outer.approx = v != roundTo(v) || inner.approx
	outer.scaled = false
	return []figure{outer, inner}, true
}

// dual reads a dual noun as a count of 2 (عنصران، حافلتين، امرأتان), with a
// following اثنان/اثنين when the text repeats it.
func (x *extractor) dual(i int) (figure, bool) {
	toks := x.toks
	nn, _, _, ok := lookupNoun(toks[i].Norm)
	if !ok || !nn.Dual {
		return figure{}, false
	}
	fig := figure{start: i, end: i + 1, kind: "count", noun: nn.Singular, unit: x.refineUnit(nn, i+1)}
	fig.startTrim = cliticTrimVague(toks[i])
	if i+1 < len(toks) {
		if n, ok := numeral.Cardinal(toks, i+1); ok && n.Value == 2 && n.Words && n.End == i+2 {
			fig.end = i + 2
		}
	}
	fig.value, fig.min, fig.max = f64(2), f64(2), f64(2)
	if b, e := afterBound(toks, fig.end); b == atLeast {
		fig.max, fig.end = nil, e
	}
	return fig, true
}
