package story

import (
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// BriefMax is the most sentences a brief has.
const BriefMax = 5

// Brief writes a story's extractive brief: at most BriefMax sentences of
// its documents, picked greedily for the distinct figures, sources and
// documents they add (then for how central their words are to the story), skipping
// sentences that repeat one already picked. A sentence whose figure is
// attributed in another sentence (a speaker named earlier, or "وأضاف"
// continuing the previous one) comes with that sentence, so that every
// figure in the brief keeps who said it. The brief opens with the lead
// sentence of the story's first report (leadDocument), which states the
// event; the others follow in story order.
func Brief(st model.Story, docs []model.Analysis) []model.BriefSentence {
	cands := briefCandidates(st, docs)
	central := centroid(cands)
	var picked []int
	chosen := map[int]bool{}
	covered := map[string]bool{}
	lead := leadSentence(cands, leadDocument(st, docs))
	if lead >= 0 {
		chosen[lead] = true
		picked = append(picked, lead)
		for u := range cands[lead].units {
			covered[u] = true
		}
	}
	for len(picked) < BriefMax {
		best, bestScore := -1, 0.0
		for i := range cands {
			if chosen[i] || redundant(cands[i], cands, picked) {
				continue
			}
			need := 1
			if a := cands[i].attribution; a >= 0 && !chosen[a] {
				need = 2
			}
			if len(picked)+need > BriefMax {
				continue
			}
			if sc := cands[i].gain(covered, central); sc > bestScore {
				best, bestScore = i, sc
			}
		}
		if best < 0 {
			break
		}
		for _, i := range []int{cands[best].attribution, best} {
			if i >= 0 && !chosen[i] {
				chosen[i] = true
				picked = append(picked, i)
				for u := range cands[i].units {
					covered[u] = true
				}
			}
		}
	}
	if lead >= 0 {
		sort.Ints(picked[1:])
	} else {
		sort.Ints(picked)
	}
	out := make([]model.BriefSentence, 0, len(picked))
	for _, i := range picked {
		out = append(out, cands[i].s)
	}
	return out
}

// leadDocument returns the story's first report: its earliest document with
// a title (the one the story's title comes from), else its first document;
// a re-published copy is never it.
func leadDocument(st model.Story, docs []model.Analysis) string {
	byID := map[string]model.Analysis{}
	for _, a := range docs {
		byID[a.ID] = a
	}
	lead, first := "", ""
	var leadAt time.Time
	for _, id := range st.Documents {
		a, ok := byID[id]
		if !ok || st.Duplicates[id] != "" {
			continue
		}
		if first == "" {
			first = id
		}
		if t := PublishedAt(a); strings.TrimSpace(a.Title) != "" && (lead == "" || t.Before(leadAt)) {
			lead, leadAt = id, t
		}
	}
	if lead == "" {
		return first
	}
	return lead
}

// leadSentence returns the first candidate of the lead document, which
// states the story's event, or -1.
func leadSentence(cands []candidate, doc string) int {
	for i, c := range cands {
		if c.s.Document == doc {
			return i
		}
	}
	return -1
}

// candidate is one sentence a brief may use.
type candidate struct {
	s           model.BriefSentence
	terms       map[string]bool
	units       map[string]bool // figures and sources it states
	attributed  bool
	lead        bool // among the first two sentences of its document
	attribution int  // index of the sentence that attributes its figures, or -1
}

// briefCandidates reads the sentences of the story's documents, in order.
func briefCandidates(st model.Story, docs []model.Analysis) []candidate {
	byID := map[string]model.Analysis{}
	for _, a := range docs {
		byID[a.ID] = a
	}
	var out []candidate
	for _, id := range st.Documents {
		a, ok := byID[id]
		if !ok || st.Duplicates[id] != "" {
			continue
		}
		out = append(out, docCandidates(a)...)
	}
	return out
}

// docCandidates returns a document's sentences of 5 to 80 words.
func docCandidates(a model.Analysis) []candidate {
	d := text.Read(a.Text)
	base := map[int]int{} // sentence index → candidate index
	var out []candidate
	for si, sent := range d.Sentences {
		from, to := d.SentenceTokens(si)
		if words := to - from; words < 5 || words > 80 {
			continue
		}
		c := candidate{
			s:     model.BriefSentence{Document: a.ID, Start: sent.Start, End: sent.End, Text: a.Text[sent.Start:sent.End]},
			terms: map[string]bool{}, units: map[string]bool{"d:" + a.ID: true}, lead: si < 2, attribution: -1,
		}
		for _, t := range d.Tokens[from:to] {
			if term := text.SearchTerm(t); term != "" && !stopTerms[term] {
				c.terms[term] = true
			}
			if t.Kind == text.Number {
				c.units["n:"+t.Norm] = true
			}
			if inCues(t) {
				c.attributed = true
			}
		}
		base[si] = len(out)
		out = append(out, c)
	}
	addClaimUnits(a, d, out, base)
	linkBackReferences(d, out, base)
	return out
}

// addClaimUnits marks, from the document's claims and quantities, which
// figures and speakers each sentence states, and which sentence attributes
// a figure whose speaker is named elsewhere.
func addClaimUnits(a model.Analysis, d *text.Doc, cands []candidate, base map[int]int) {
	sentenceAt := func(off int) int {
		for si, s := range d.Sentences {
			if off >= s.Start && off < s.End {
				return si
			}
		}
		return -1
	}
	for _, c := range a.Claims {
		if c.Speaker == nil {
			continue
		}
		name := nameOr(c.Speaker.Name, c.Speaker.Text)
		ss := sentenceAt(c.Speaker.Start)
		for _, qi := range c.Quantities {
			if qi < 0 || qi >= len(a.Quantities) {
				continue
			}
			q := a.Quantities[qi]
			qs := sentenceAt(q.Start)
			ci, ok := base[qs]
			if !ok {
				continue
			}
			cands[ci].units["s:"+text.Fold(name)] = true
			cands[ci].units["q:"+q.Unit+":"+q.Text] = true
			cands[ci].attributed = true
			if si, ok := base[ss]; ok && ss != qs && c.Speaker.End > c.Speaker.Start {
				cands[ci].attribution = si
			}
		}
	}
}

// linkBackReferences ties a sentence opening with a continuing cue
// ("وأضاف"، "وتابع") to the sentence before it, which names the speaker.
func linkBackReferences(d *text.Doc, cands []candidate, base map[int]int) {
	for si := 1; si < len(d.Sentences); si++ {
		ci, ok := base[si]
		if !ok || cands[ci].attribution >= 0 {
			continue
		}
		from, to := d.SentenceTokens(si)
		if from < to && backRefs[d.Tokens[from].Norm] {
			if prev, ok := base[si-1]; ok {
				cands[ci].attribution = prev
				cands[ci].attributed = true
			}
		}
	}
}

// gain scores a candidate against what the brief already covers.
func (c candidate) gain(covered map[string]bool, central map[string]float64) float64 {
	g := 0.0
	for u := range c.units {
		if !covered[u] {
			g += 2
		}
	}
	var w float64
	for t := range c.terms {
		w += central[t]
	}
	g += w / float64(len(c.terms)+5)
	if c.attributed {
		g += 0.5
	}
	if c.lead {
		g += 0.3
	}
	return g
}

// centroid weighs each term by the share of candidate sentences holding it.
func centroid(cands []candidate) map[string]float64 {
	m := map[string]float64{}
	for _, c := range cands {
		for t := range c.terms {
			m[t]++
		}
	}
	for t := range m {
		m[t] /= float64(len(cands))
	}
	return m
}

// redundant reports whether the candidate shares more than half its terms
// with a picked sentence.
func redundant(c candidate, cands []candidate, picked []int) bool {
	for _, p := range picked {
		if jaccard(c.terms, cands[p].terms) > 0.5 {
			return true
		}
	}
	return false
}

func jaccard(a, b map[string]bool) float64 {
	inter := 0
	for t := range a {
		if b[t] {
			inter++
		}
	}
	union := len(a) + len(b) - inter
	if union == 0 {
		return 0
	}
	return float64(inter) / float64(union)
}

// cues are reporting words that attribute a sentence; backRefs open a
// sentence that continues the previous speaker.
var cues, backRefs = foldSet(`قال قالت أضاف أضافت أفاد أفادت ذكر ذكرت أعلن أعلنت أكد أكدت أوضح أوضحت بحسب حسب
	وفقا نقلت نقل صرح أشار أشارت حسبما تابع تابعت`), foldSet(`وأضاف وأضافت وتابع وتابعت وأوضح وأوضحت وأشار وأشارت
	ولفت ولفتت`)

func foldSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[text.Fold(w)] = true
	}
	return m
}

func inCues(t text.Token) bool {
	if t.Kind != text.Word {
		return false
	}
	for _, f := range t.Forms() {
		if cues[f] {
			return true
		}
	}
	return false
}
