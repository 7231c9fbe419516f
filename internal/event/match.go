package event

import (
	"sort"
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// maxGap is how many words may stand between the words of a trigger.
const maxGap = 3

// match is one trigger occurrence in a sentence: tokens [from,to) and the
// lexicon entries it may be, best first.
type match struct {
	from, to int
	cands    []cand
	future   bool
}

// cand is one reading of a match: an entry and where its words end.
type cand struct {
	e  *entry
	to int
}

// view is a document's tokens with their matching forms, computed once.
type view struct {
	toks []text.Token
	fs   [][]string
}

func newView(toks []text.Token) *view {
	return &view{toks: toks, fs: make([][]string, len(toks))}
}

// forms returns the matching forms of token i (none for punctuation).
func (v *view) forms(i int) []string {
	if v.fs[i] == nil {
		if v.toks[i].Kind == text.Word {
			v.fs[i] = v.toks[i].Forms()
		} else {
			v.fs[i] = []string{v.toks[i].Norm}
		}
	}
	return v.fs[i]
}

// has reports whether token i has the folded form w.
func (v *view) has(i int, w string) bool {
	for _, f := range v.forms(i) {
		if f == w {
			return true
		}
	}
	return v.toks[i].Base == w
}

// sentence is the token window the extractor works on.
type sentence struct {
	*view
	from, to int // this sentence's token range
	index    int
}

// futureForms returns token t's word with a future prefix س split off.
func futureForms(t text.Token) (future []string) {
	if t.Kind != text.Word {
		return nil
	}
	n := t.Norm
	for _, p := range []string{"وس", "فس", "س"} {
		if rest, ok := strings.CutPrefix(n, p); ok && runeLen(rest) >= 3 {
			future = append(future, rest)
			break
		}
	}
	return future
}

// matches finds the trigger occurrences of a sentence, longest first at each
// token, never overlapping.
func (lx *lexicon) matches(s sentence) []match {
	var out []match
	for i := s.from; i < s.to; {
		m, ok := lx.matchAt(s, i)
		if !ok {
			i++
			continue
		}
		out = append(out, m)
		i = m.cands[0].to
	}
	return out
}

func (lx *lexicon) matchAt(s sentence, i int) (match, bool) {
	if s.toks[i].Kind != text.Word {
		return match{}, false
	}
	fs, fut := s.forms(i), futureForms(s.toks[i])
	m := match{from: i}
	seen := map[*entry]bool{}
	try := func(f string, future bool) {
		for _, k := range lx.first[f] {
			if seen[k.e] || (future && !k.imperfect) || (k.e.Attrs["indef"] == "1" && s.toks[i].Definite) {
				continue
			}
			if to, ok := lx.rest(s, k.e, i); ok {
				seen[k.e] = true
				m.cands = append(m.cands, cand{e: k.e, to: to})
				m.future = m.future || future
			}
		}
	}
	for _, f := range fs {
		try(f, false)
	}
	for _, f := range fut {
		try(f, true)
	}
	if len(m.cands) == 0 {
		return m, false
	}
	sort.SliceStable(m.cands, func(a, b int) bool {
		la, lb := len(m.cands[a].e.words), len(m.cands[b].e.words)
		if la != lb {
			return la > lb
		}
		return m.cands[a].e.order < m.cands[b].e.order
	})
	m.to = m.cands[0].to
	return m, true
}

// rest matches the words after the first one; it returns the end token.
func (lx *lexicon) rest(s sentence, e *entry, i int) (int, bool) {
	last := i
	for _, w := range e.words[1:] {
		found := -1
		for j := last + 1; j < s.to && j <= last+1+maxGap; j++ {
			if s.toks[j].Kind == text.Punct {
				break
			}
			if s.has(j, w) {
				found = j
				break
			}
		}
		if found < 0 {
			return 0, false
		}
		last = found
	}
	return last + 1, true
}

// cueAt returns how many tokens from i match a word of the cue class, 0 if none.
func (lx *lexicon) cueAt(class string, v *view, i, end int) int {
	cs := lx.cues[class]
	if cs == nil || i >= end || i < 0 {
		return 0
	}
	for _, ws := range cs.multi {
		if i+len(ws) <= end && seqAt(v, i, ws) {
			return len(ws)
		}
	}
	if v.toks[i].Kind != text.Word {
		return 0
	}
	for _, f := range v.forms(i) {
		if cs.single[f] {
			return 1
		}
	}
	return 0
}

func seqAt(v *view, i int, ws []string) bool {
	for k, w := range ws {
		if !v.has(i+k, w) {
			return false
		}
	}
	return true
}

// cueIn reports whether a word of the class occurs in tokens [from,to).
func (lx *lexicon) cueIn(class string, v *view, from, to int) bool {
	return lx.cueFind(class, v, from, to) >= 0
}

// cueFind returns the first token in [from,to) starting a cue of the class, or -1.
func (lx *lexicon) cueFind(class string, v *view, from, to int) int {
	from = max(from, 0)
	for i := from; i < to && i < len(v.toks); i++ {
		if lx.cueAt(class, v, i, to) > 0 {
			return i
		}
	}
	return -1
}
