// Package quantity finds the figures of Arabic news text — counts and
// measures of people, fighters, vehicles, money, shares, distances — with
// their bounds as the text states them (the contract's quantity table): exact
// figures, hedged ones (نحو، قرابة)، bounds (أكثر من، لا يزيد على، على الأقل),
// ranges with a shared scale word (3 إلى 4 آلاف), vague amounts (عشرات
// الآلاف), percentages, dual nouns as counts (عنصران), and the counted noun
// with its unit. Years, dates, clock times, durations and ordinals are left
// to the date extractor: they are never quantities.
package quantity

import (
	"sort"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
	"github.com/marsad/marsad/internal/text/numeral"
)

// Extract returns the quantities of d, sorted by Start. Offsets are byte
// offsets into d.Text and every Span.Text is d.Text[Start:End].
func Extract(d *text.Doc) []model.Quantity {
	x := extractor{d: d, toks: d.Tokens, used: make([]bool, len(d.Tokens))}
	var out []model.Quantity
	for i := 0; i < len(x.toks); i++ {
		if x.used[i] {
			continue
		}
		qs := x.at(i)
		out = append(out, qs...)
	}
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// extractor holds one document's tokens while it is read.
type extractor struct {
	d    *text.Doc
	toks []text.Token
	used []bool
}

// figure is a quantity being built, in token indexes.
type figure struct {
	start, end     int // token span [start,end)
	value          *float64
	min, max       *float64
	approx, scaled bool
	unit, noun     string
	kind           string
	core           numeral.Number
	startTrim      int // bytes of clitics to skip at the start of the first token
}

func f64(v float64) *float64 { return &v }

// KindPart is the Kind of a bare figure that counts part of a group named
// before it ("حالة 11 منهم حرجة"، "بينهم 14 في حالة خطرة"): its unit and noun
// are the group's, but it is not the group's total, so it is not compared
// with other reports of that total.
const KindPart = "part"

// at tries every construction at token i and returns what it found there.
func (x *extractor) at(i int) []model.Quantity {
	t := x.toks[i]
	switch t.Kind {
	case text.Number:
		if fig, ok := x.number(i); ok {
			return x.emit(fig)
		}
	case text.Word:
		if fig, ok := x.fractionOf(i); ok {
			return x.emit(fig...)
		}
		if fig, ok := x.share(i); ok {
			return x.emit(fig)
		}
		if fig, ok := x.vague(i); ok {
			return x.emit(fig)
		}
		if fig, ok := x.number(i); ok {
			return x.emit(fig)
		}
		if fig, ok := x.dual(i); ok {
			return x.emit(fig)
		}
	}
	return nil
}

// emit marks the figures' tokens used and turns them into quantities.
func (x *extractor) emit(figs ...figure) []model.Quantity {
	var out []model.Quantity
	for _, f := range figs {
		for k := f.start; k < f.end; k++ {
			x.used[k] = true
		}
		s := x.toks[f.start].Start + f.startTrim
		e := x.toks[f.end-1].End
		q := model.Quantity{Span: model.SpanOf(x.d.Text, s, e), Value: f.value, Min: f.min, Max: f.max,
			Approx: f.approx, Unit: f.unit, Noun: f.noun, Kind: f.kind}
		q.Scaled = f.scaled && !f.approx && f.value != nil && f.min != nil && f.max != nil && *f.min == *f.max
		if q.Unit == "" {
			q.Unit = "other"
		}
		if metres[text.Fold(f.noun)] && !x.squareOrCubic(f.end) {
			q.Unit = "km" // 500 متر: a distance, in the contract's kilometres
			q.Value, q.Min, q.Max = thousandth(q.Value), thousandth(q.Min), thousandth(q.Max)
		}
		out = append(out, q)
	}
	return out
}

// metres are the written forms of متر: a distance the contract gives in km.
var metres = map[string]bool{"متر": true, "مترا": true, "امتار": true}

// squareOrCubic reports whether مربع/مكعب follows: an area or a volume.
func (x *extractor) squareOrCubic(j int) bool {
	if j >= len(x.toks) {
		return false
	}
	switch x.toks[j].Norm {
	case "مربع", "مربعا", "مربعه", "مكعب", "مكعبا":
		return true
	}
	return false
}

func thousandth(v *float64) *float64 {
	if v == nil {
		return nil
	}
	return f64(*v / 1000)
}
