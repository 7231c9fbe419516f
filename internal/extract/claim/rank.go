package claim

import (
	"math/rand/v2"
	"sort"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// The rules find claims; for each figure, which of them holds it is a
// choice the rules make by extent alone (the smallest claim around it). The
// ranker makes that choice from evidence instead: every claim whose extent
// holds the figure or whose cue stands in the figure's sentence is a
// candidate, and so is "no one" (the outlet's own figure). Each candidate is
// described by features of the structure between cue and figure (order,
// distance, clause breaks, relative clauses, other cues, quotation), of the
// claim (kind, cue, speaker type) and of the figure's place; a linear model
// learnt from the hand annotations (gold-dev and news2018's dev split,
// `marsad-train --attribution`) scores them, and the best takes the figure.
//
// Measured by 5-fold cross-validation over the dev documents, it does not
// beat the rules' own choice (95.4% against 95.8% of the figures whose right
// holder is among the candidates): what the rules miss is a claim they never
// found, not a wrong choice among those found. So the pipeline does not use
// it; Options.Ranker takes one for experiments (docs/eval/claims.md).

// Ranker scores attribution candidates: feature name → weight.
type Ranker struct {
	Weights map[string]float64 `json:"weights"`
	// About says what the weights were learnt from.
	About string `json:"about"`
}

// Choice is the decision for one figure: its options, each a claim index or
// -1 for "no one", with the features that describe it.
type Choice struct {
	Quantity int
	Options  []Option
}

// Option is one candidate holder of a figure.
type Option struct {
	Claim    int // index into the claims; -1: the outlet's own figure
	Features []string
}

// Choices lists, for every figure that a claim holds or that shares its
// sentence with a cue, the candidates that may hold it. claims are
// Extract's output for the same document and input.
func Choices(d *text.Doc, in Input, claims []model.Claim) []Choice {
	var out []Choice
	for q, qty := range in.Quantities {
		if qty.End <= qty.Start || qty.End > len(d.Text) {
			continue
		}
		qt := d.TokenAt(qty.Start)
		qs := sentenceOfToken(d, qt)
		var holders, sentence []int
		for ci, c := range claims {
			if c.Start <= qty.Start && qty.End <= c.End {
				holders = append(holders, ci)
			} else if c.CueSpan != nil && sentenceOfToken(d, d.TokenAt(c.CueSpan.Start)) == qs && qs >= 0 {
				sentence = append(sentence, ci)
			}
		}
		if len(holders)+len(sentence) == 0 {
			continue
		}
		ch := Choice{Quantity: q}
		for _, ci := range holders {
			ch.Options = append(ch.Options, Option{Claim: ci, Features: optionFeatures(d, claims, ci, qty, qt, true, len(holders))})
		}
		for _, ci := range sentence {
			ch.Options = append(ch.Options, Option{Claim: ci, Features: optionFeatures(d, claims, ci, qty, qt, false, len(holders))})
		}
		ch.Options = append(ch.Options, Option{Claim: -1, Features: noneFeatures(d, claims, qt, len(holders), len(sentence))})
		// the rules' own choice is evidence too: the smallest claim around
		// the figure, else no one
		pick := len(ch.Options) - 1
		for k, ci := range holders {
			if smallestHolder(claims, ci, qty) {
				pick = k
				break
			}
		}
		ch.Options[pick].Features = append(ch.Options[pick].Features, "rules-pick")
		out = append(out, ch)
	}
	return out
}

func sentenceOfToken(d *text.Doc, i int) int {
	if i < 0 || i >= len(d.Tokens) {
		return -1
	}
	return d.SentenceOf(i)
}

// relatives open a relative clause: a figure inside one after the cue's
// object (أعلن مسؤوليته عن الهجوم الذي أودى بحياة 11 شخصا) is often the
// outlet's description, not the statement.
var relatives = map[string]bool{"الذي": true, "التي": true, "الذين": true, "اللذين": true, "اللتين": true}

// clauseBreaks turn a sentence to another clause and subject.
var clauseBreaks = map[string]bool{"فيما": true, "بينما": true, "في حين": true, "حين": true, "لكن": true, "ولكن": true, "غير": true, "بيد": true}

func optionFeatures(d *text.Doc, claims []model.Claim, ci int, qty model.Quantity, qt int, holds bool, nHolders int) []string {
	c := claims[ci]
	f := []string{"bias"}
	add := func(s string) { f = append(f, s) }
	kind := c.Kind
	if holds {
		add("holds")
		add("holds&" + kind)
		if nHolders > 1 {
			add("holds&nested")
			if smallestHolder(claims, ci, qty) {
				add("holds&smallest")
			}
		}
	} else {
		add("sentence")
		add("sentence&" + kind)
	}
	add("kind=" + kind)
	if c.CueSpan == nil {
		return f
	}
	cue := d.TokenAt(c.CueSpan.Start)
	cueWord := text.Fold(strings.TrimPrefix(strings.TrimPrefix(d.Tokens[cue].Norm, "و"), "ف"))
	add("cue=" + cueWord)
	from, to := cue, qt
	if cue < qt {
		add("cue<q")
		add("cue<q&" + kind)
	} else {
		add("cue>q")
		add("cue>q&" + kind)
		from, to = qt, cue
	}
	dist := to - from
	add("dist=" + bucket(dist))
	add("dist=" + bucket(dist) + "&" + kind)
	commas, rels, breaks, cues, quotes := 0, 0, 0, 0, 0
	for k := from + 1; k < to; k++ {
		t := d.Tokens[k]
		switch {
		case t.Kind == text.Punct && (t.Text == "،" || t.Text == ","):
			commas++
		case t.Kind == text.Punct && strings.ContainsAny(t.Text, "\"«»“”"):
			quotes++
		case relatives[t.Norm]:
			rels++
		case clauseBreaks[strings.TrimPrefix(t.Norm, "و")]:
			breaks++
		}
		if t.Kind == text.Word {
			if _, ok := lookupCue(t); ok {
				cues++
			}
		}
	}
	if rels > 0 {
		add("relative-between")
		add("relative-between&" + kind)
	}
	if breaks > 0 {
		add("break-between")
		add("break-between&" + kind)
	}
	if cues > 0 {
		add("cue-between")
	}
	add("commas=" + bucket(commas))
	if quotes > 0 {
		add("quote-between")
	}
	if sentenceOfToken(d, cue) != sentenceOfToken(d, qt) {
		add("other-sentence")
	}
	if sf, _ := sentenceRangeOf(d, cue); cue == sf || cue == sf+1 && d.Tokens[sf].Kind == text.Punct {
		add("cue-opens-sentence")
	}
	if sp := c.Speaker; sp != nil {
		switch {
		case sp.Anonymous:
			add("speaker=anonymous")
		case sp.Entity != nil:
			add("speaker=entity")
		default:
			add("speaker=phrase")
		}
		if sp.Name == "" {
			add("speaker=empty")
		}
	}
	if len(c.Via) > 0 {
		add("via")
	}
	return f
}

func noneFeatures(d *text.Doc, claims []model.Claim, qt, nHolders, nSentence int) []string {
	f := []string{"none", "none&holders=" + bucket(nHolders), "none&sentence-cues=" + bucket(nSentence)}
	if s := sentenceOfToken(d, qt); s == 0 {
		f = append(f, "none&first-sentence")
	}
	return f
}

func sentenceRangeOf(d *text.Doc, i int) (int, int) {
	s := sentenceOfToken(d, i)
	if s < 0 {
		return i, i + 1
	}
	return d.SentenceTokens(s)
}

// smallestHolder reports whether claim ci is the smallest of those holding qty.
func smallestHolder(claims []model.Claim, ci int, qty model.Quantity) bool {
	size := claims[ci].End - claims[ci].Start
	for k, c := range claims {
		if k != ci && c.Start <= qty.Start && qty.End <= c.End && c.End-c.Start < size {
			return false
		}
	}
	return true
}

func bucket(n int) string {
	switch {
	case n == 0:
		return "0"
	case n == 1:
		return "1"
	case n <= 3:
		return "2-3"
	case n <= 8:
		return "4-8"
	case n <= 15:
		return "9-15"
	case n <= 30:
		return "16-30"
	}
	return ">30"
}

// Score is an option's score under the ranker.
func (r *Ranker) Score(o Option) float64 {
	s := 0.0
	for _, f := range o.Features {
		s += r.Weights[f]
	}
	return s
}

// Best returns the index of the best-scoring option.
func (r *Ranker) Best(ch Choice) int {
	best, bestScore := 0, 0.0
	for k, o := range ch.Options {
		if s := r.Score(o); k == 0 || s > bestScore {
			best, bestScore = k, s
		}
	}
	return best
}

// Apply gives each figure to the claim the ranker picks: it leaves the other
// claims, widens a claim of the figure's sentence to hold it, or takes the
// figure from every claim when the outlet states it itself.
func (r *Ranker) Apply(d *text.Doc, in Input, claims []model.Claim) []model.Claim {
	for _, ch := range Choices(d, in, claims) {
		pick := ch.Options[r.Best(ch)].Claim
		q := ch.Quantity
		for ci := range claims {
			if ci == pick {
				continue
			}
			claims[ci].Quantities = without(claims[ci].Quantities, q)
		}
		if pick < 0 {
			continue
		}
		c := &claims[pick]
		if !contains(c.Quantities, q) {
			c.Quantities = append(c.Quantities, q)
			sort.Ints(c.Quantities)
		}
		qty := in.Quantities[q]
		if qty.Start < c.Start || qty.End > c.End {
			c.Span = model.SpanOf(d.Text, min(c.Start, qty.Start), max(c.End, qty.End))
		}
	}
	return claims
}

func without(xs []int, x int) []int {
	out := xs[:0]
	for _, v := range xs {
		if v != x {
			out = append(out, v)
		}
	}
	return out
}

func contains(xs []int, x int) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}

// Example is one figure's choice with the index of its right option.
type Example struct {
	Choice
	Right int
}

// TrainRanker learns weights with an averaged margin perceptron over the
// examples, in a shuffled order fixed by seed.
func TrainRanker(examples []Example, epochs int, seed uint64) *Ranker {
	w := map[string]float64{}
	sum := map[string]float64{}
	stamp := map[string]int{}
	step := 0
	r := &Ranker{Weights: w}
	order := make([]int, len(examples))
	for i := range order {
		order[i] = i
	}
	rnd := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	update := func(fs []string, delta float64) {
		for _, f := range fs {
			sum[f] += float64(step-stamp[f]) * w[f]
			stamp[f] = step
			w[f] += delta
		}
	}
	for range epochs {
		rnd.Shuffle(len(order), func(a, b int) { order[a], order[b] = order[b], order[a] })
		for _, i := range order {
			ex := examples[i]
			step++
			// a margin perceptron: the right option must beat the best
			// wrong one by 1, not merely tie with it
			wrong, wrongScore := -1, 0.0
			for k, o := range ex.Options {
				if s := r.Score(o); k != ex.Right && (wrong < 0 || s > wrongScore) {
					wrong, wrongScore = k, s
				}
			}
			if wrong < 0 || r.Score(ex.Options[ex.Right]) >= wrongScore+1 {
				continue
			}
			update(ex.Options[ex.Right].Features, 1)
			update(ex.Options[wrong].Features, -1)
		}
	}
	avg := map[string]float64{}
	for f, v := range w {
		total := sum[f] + float64(step-stamp[f])*v
		if a := total / float64(max(step, 1)); a != 0 {
			avg[f] = a
		}
	}
	return &Ranker{Weights: avg}
}
