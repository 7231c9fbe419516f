package story

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// tw is one weighted term of a sparse vector; vectors are sorted by term.
type tw struct {
	term uint32
	w    float32
}

// termID is a term's number in vectors: a hash of the term, the same in
// every run, so that centroids saved in a store stay comparable with new
// vectors. (Two terms that share a number are counted as one: with 32 bits
// that is a handful of rare pairs among a million terms.)
func termID(term string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(term); i++ {
		h ^= uint32(term[i])
		h *= 16777619
	}
	return h
}

// vectorizer turns analyses into term vectors. A term's weight (IDF) comes
// from the documents grouped so far (n, df): in a store, all of its
// articles before this one, whatever the batches they came in, since the
// counts are saved with the grouper's state.
type vectorizer struct {
	n     int
	df    map[uint32]int32
	base  map[uint32]int32  // df as restored, to tell what changed
	stems map[string]string // cache of Snowball stems by folded base
}

func newVectorizer() *vectorizer {
	return &vectorizer{df: map[uint32]int32{}, stems: map[string]string{}}
}

// stem returns the search term of a word token, cached.
func (v *vectorizer) stem(t text.Token) string {
	if t.Kind != text.Word {
		return text.SearchTerm(t)
	}
	if s, ok := v.stems[t.Base]; ok {
		return s
	}
	if len(v.stems) > 500_000 {
		clear(v.stems)
	}
	s := text.SearchTerm(t)
	v.stems[t.Base] = s
	return s
}

// counts gathers the raw term counts of an analysis: its title (twice) and
// text terms without stop words and one-digit numbers, and its entities,
// places and figures, each weighted by the options.
func (v *vectorizer) counts(a model.Analysis, o Options) map[string]float64 {
	c := map[string]float64{}
	add := func(s string, w float64) {
		for _, t := range text.Tokenize(s) {
			term := v.stem(t)
			if term == "" || stopTerms[term] || t.Kind == text.Number && len(term) < 2 {
				continue
			}
			c[term] += w
		}
	}
	add(a.Title, 2)
	add(a.Text, 1)
	add(lead(a.Text), 1)
	for _, e := range a.Entities {
		if e.Type != "LOC" {
			c[entityPrefix+text.Fold(nameOr(e.Name, e.Text))] += o.EntityWeight
		}
	}
	for _, p := range a.Places {
		c[placePrefix+text.Fold(nameOr(p.Name, p.Text))] += o.PlaceWeight
	}
	for _, q := range a.Quantities {
		if q.Value != nil && *q.Value >= 10 {
			c[figurePrefix+q.Unit+":"+formatValue(*q.Value)] += o.FigureWeight
		}
	}
	for _, e := range a.Events {
		if e.Realis != "" && e.Realis != "actual" || e.Place == nil || *e.Place < 0 || *e.Place >= len(a.Places) {
			continue
		}
		p := a.Places[*e.Place]
		c[eventPrefix+e.Type+":"+text.Fold(nameOr(p.Name, p.Text))] += o.EventWeight
	}
	return c
}

// The prefixes of the terms that are not words of the text.
const (
	entityPrefix = "e:"
	placePrefix  = "p:"
	figurePrefix = "q:"
	eventPrefix  = "v:"
)

// vector turns counts into a unit-length TF-IDF vector of at most limit
// terms, sorted by term number, and counts the document in the document
// frequencies first when count is true (a copy of an earlier article is
// not counted: its words would look common). The IDF is smoothed,
// log(1 + N/df) (df at least 1): while few articles have come, a word
// shared with one earlier article keeps half the weight of a word of its
// own instead of almost none; over a long stream it is log(N/df).
func (v *vectorizer) vector(counts map[string]float64, limit int, count bool) []tw {
	type weighted struct {
		term string
		id   uint32
		w    float64
	}
	ws := make([]weighted, 0, len(counts))
	for term, n := range counts {
		if n > 0 { // a weight of 0 in the options leaves a kind of term out
			ws = append(ws, weighted{term: term, id: termID(term)})
		}
	}
	if count {
		v.n++
		seen := make(map[uint32]bool, len(ws))
		for _, x := range ws {
			if !seen[x.id] {
				seen[x.id] = true
				v.df[x.id]++
			}
		}
	}
	n := float64(max(v.n, 1))
	for i, x := range ws {
		df := max(float64(v.df[x.id]), 1)
		ws[i].w = (1 + math.Log(counts[x.term])) * math.Log(1+n/df)
	}
	sort.Slice(ws, func(i, j int) bool { return ws[i].w > ws[j].w || ws[i].w == ws[j].w && ws[i].term < ws[j].term })
	if len(ws) > limit {
		ws = ws[:limit]
	}
	out := make([]tw, 0, len(ws))
	for _, x := range ws {
		out = append(out, tw{x.id, float32(x.w)})
	}
	sort.Slice(out, func(i, j int) bool {
		return out[i].term < out[j].term || out[i].term == out[j].term && out[i].w < out[j].w
	})
	merged := out[:0]
	for _, x := range out {
		if n := len(merged); n > 0 && merged[n-1].term == x.term {
			merged[n-1].w += x.w
			continue
		}
		merged = append(merged, x)
	}
	normalize(merged)
	return merged
}

func normalize(vec []tw) {
	var n float64
	for _, x := range vec {
		n += float64(x.w) * float64(x.w)
	}
	if n == 0 {
		return
	}
	inv := float32(1 / math.Sqrt(n))
	for i := range vec {
		vec[i].w *= inv
	}
}

// dot is the dot product of two sorted vectors.
func dot(a, b []tw) float64 {
	var s float64
	for i, j := 0, 0; i < len(a) && j < len(b); {
		switch {
		case a[i].term < b[j].term:
			i++
		case a[i].term > b[j].term:
			j++
		default:
			s += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		}
	}
	return s
}

// addTo returns sum + vec, keeping the max heaviest terms, sorted by term.
func addTo(sum, vec []tw, max int) []tw {
	out := make([]tw, 0, len(sum)+len(vec))
	i, j := 0, 0
	for i < len(sum) || j < len(vec) {
		switch {
		case j >= len(vec) || i < len(sum) && sum[i].term < vec[j].term:
			out = append(out, sum[i])
			i++
		case i >= len(sum) || vec[j].term < sum[i].term:
			out = append(out, vec[j])
			j++
		default:
			out = append(out, tw{sum[i].term, sum[i].w + vec[j].w})
			i++
			j++
		}
	}
	if len(out) > max {
		sort.Slice(out, func(i, j int) bool { return out[i].w > out[j].w || out[i].w == out[j].w && out[i].term < out[j].term })
		out = out[:max]
		sort.Slice(out, func(i, j int) bool { return out[i].term < out[j].term })
	}
	return out
}

func norm(vec []tw) float64 {
	var n float64
	for _, x := range vec {
		n += float64(x.w) * float64(x.w)
	}
	return math.Sqrt(n)
}

func nameOr(name, txt string) string {
	if name != "" {
		return name
	}
	return txt
}

// formatValue writes a figure's value without trailing zeros.
func formatValue(v float64) string {
	return strings.TrimRight(strings.TrimRight(strconv.FormatFloat(v, 'f', 3, 64), "0"), ".")
}

// lead returns the first paragraph of a text (up to its first line break,
// at most 600 bytes): the lead states the story's event.
func lead(s string) string {
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = s[:i]
	}
	if len(s) > 600 {
		cut := 600
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
		s = s[:cut]
	}
	return s
}
