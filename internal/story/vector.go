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

// vocab numbers terms and counts the documents each occurs in (for IDF).
type vocab struct {
	ids   map[string]uint32
	df    []int32
	docs  int
	stems map[string]string // cache of Snowball stems by folded base
}

func newVocab() *vocab {
	return &vocab{ids: map[string]uint32{}, stems: map[string]string{}}
}

func (v *vocab) id(term string) uint32 {
	if id, ok := v.ids[term]; ok {
		return id
	}
	id := uint32(len(v.df))
	v.ids[term] = id
	v.df = append(v.df, 0)
	return id
}

// stem returns the search term of a word token, cached.
func (v *vocab) stem(t text.Token) string {
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
func (v *vocab) counts(a model.Analysis, o Options) map[string]float64 {
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
			c["e:"+text.Fold(nameOr(e.Name, e.Text))] += o.EntityWeight
		}
	}
	for _, p := range a.Places {
		c["p:"+text.Fold(nameOr(p.Name, p.Text))] += o.PlaceWeight
	}
	for _, q := range a.Quantities {
		if q.Value != nil && *q.Value >= 10 {
			c["q:"+q.Unit+":"+formatValue(*q.Value)] += o.FigureWeight
		}
	}
	return c
}

// vector turns counts into a unit-length TF-IDF vector of at most limit
// terms, and counts the document in the IDF when count is true. The IDF is
// smoothed, log(1 + N/df): while few articles have come, a word shared
// with one earlier article keeps half the weight of a word of its own
// instead of almost none; over a long stream it is log(N/df).
func (v *vocab) vector(counts map[string]float64, limit int, count bool) []tw {
	if count {
		v.docs++
	}
	terms := make([]string, 0, len(counts))
	for term := range counts {
		terms = append(terms, term)
	}
	sort.Strings(terms) // new terms get their ids in a fixed order: ties break the same way every run
	out := make([]tw, 0, len(counts))
	for _, term := range terms {
		n := counts[term]
		id := v.id(term)
		if count || v.df[id] == 0 {
			v.df[id]++
		}
		idf := math.Log(1 + float64(max(v.docs, 1))/float64(v.df[id]))
		out = append(out, tw{id, float32((1 + math.Log(n)) * idf)})
	}
	sort.Slice(out, func(i, j int) bool { return out[i].w > out[j].w || out[i].w == out[j].w && out[i].term < out[j].term })
	if len(out) > limit {
		out = out[:limit]
	}
	normalize(out)
	sort.Slice(out, func(i, j int) bool { return out[i].term < out[j].term })
	return out
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
