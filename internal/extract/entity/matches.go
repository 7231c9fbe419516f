package entity

import (
	"github.com/marsad/marsad/internal/gazetteer"
	"github.com/marsad/marsad/internal/text"
)

// matches holds the registry and gazetteer matches of one sentence: the
// features find them, and the rules after the tagger read them again
// instead of matching anew.
type matches struct {
	toks []text.Token
	gz   *gazetteer.Gazetteer
	reg  []regSpan // the registry names, left to right, longest first
	gaz  []gazHit  // per start token, its gazetteer match once looked up
}

// regSpan is a registry name over tokens [from,to) and its entity type.
type regSpan struct {
	from, to int
	typ      string
}

type gazHit struct {
	cands  []gazetteer.Entry
	end    int
	looked bool
	ok     bool
}

func newMatches(toks []text.Token, gz *gazetteer.Gazetteer) *matches {
	return &matches{toks: toks, gz: gz, gaz: make([]gazHit, len(toks))}
}

// gazetteer is gz.Match(toks, i), looked up once.
func (m *matches) gazetteer(i int) ([]gazetteer.Entry, int, bool) {
	if i < 0 || i >= len(m.toks) {
		return m.gz.Match(m.toks, i)
	}
	h := &m.gaz[i]
	if !h.looked {
		h.cands, h.end, h.ok = m.gz.Match(m.toks, i)
		h.looked = true
	}
	return h.cands, h.end, h.ok
}
