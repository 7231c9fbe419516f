package story

import (
	"fmt"
	"sort"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// State is what a Grouper saves so that a later one can continue from it:
// the stories that can still change and the documents they hold. A store
// keeps it beside the stories, loads the part of it near the new articles'
// dates (Span), restores a Grouper from it, adds the new articles and
// saves what changed (Grouper.Changed).
type State struct {
	Stories []StoryState `json:"stories"`
	Docs    []DocState   `json:"docs"`
	// Latest is the latest publication time grouped so far.
	Latest time.Time `json:"latest"`
	// N is how many documents (copies left out) have been grouped, and DF
	// in how many of them each term occurs: a restored Grouper needs the
	// terms of the documents it will add (TermIDs); Changed returns the
	// terms whose counts changed.
	N  int              `json:"n"`
	DF map[uint32]int32 `json:"df,omitempty"`
}

// TermIDs returns the numbers of the terms an analysis can add to the
// document frequencies: what a store loads of them before restoring.
func TermIDs(a model.Analysis, opts Options) []uint32 {
	v := newVectorizer()
	var out []uint32
	for term := range v.counts(a, opts) {
		out = append(out, termID(term))
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

// StoryState is a saved story.
type StoryState struct {
	ID       string         `json:"id"`
	Seq      int64          `json:"seq"`
	First    time.Time      `json:"first"`
	Last     time.Time      `json:"last"`
	Docs     []string       `json:"docs"`
	Centroid []TermWeight   `json:"centroid"`
	Related  []string       `json:"related,omitempty"`
	Places   map[string]int `json:"places,omitempty"`
	Actors   map[string]int `json:"actors,omitempty"`
}

// TermWeight is one term of a saved centroid.
type TermWeight struct {
	Term   uint32  `json:"t"`
	Weight float32 `json:"w"`
}

// DocState is a saved document.
type DocState struct {
	ID        string    `json:"id"`
	Seq       int64     `json:"seq"`
	Story     string    `json:"story"`
	Published time.Time `json:"published"`
	Outlet    string    `json:"outlet,omitempty"`
	Title     string    `json:"title,omitempty"`
	Opening   string    `json:"opening,omitempty"`
	DupOf     string    `json:"dup_of,omitempty"`
	Score     float32   `json:"score,omitempty"`
	Signature []uint32  `json:"signature,omitempty"`
}

// Span returns how far before the earliest new article a store must load
// saved stories (those whose last article is at or after it) for a
// restored Grouper to decide as an unbroken one would: stories open by
// their window, and documents that can still be copied.
func (o Options) Span() time.Duration {
	return max(2*o.Window, o.DupWindow)
}

// Restore returns a Grouper continuing from a saved state. Every document
// of a saved story must be in st.Docs.
func Restore(opts Options, st State) (*Grouper, error) {
	g := New(opts)
	g.latest = st.Latest
	g.vz.n = st.N
	for id, n := range st.DF {
		g.vz.df[id] = n
	}
	stories := append([]StoryState(nil), st.Stories...)
	sort.Slice(stories, func(i, j int) bool { return stories[i].Seq < stories[j].Seq })
	for _, s := range stories {
		i := g.newStory(s.First, s.ID, s.Seq)
		ss := &g.stories[i]
		ss.last = s.Last
		ss.sum = make([]tw, len(s.Centroid))
		for k, x := range s.Centroid {
			ss.sum[k] = tw{x.Term, x.Weight}
		}
		sort.Slice(ss.sum, func(a, b int) bool { return ss.sum[a].term < ss.sum[b].term })
		ss.sumNorm = norm(ss.sum)
		ss.related = append([]string(nil), s.Related...)
		ss.places, ss.actors = copyCounts(s.Places), copyCounts(s.Actors)
		if !g.closed(i) {
			g.index(i, nil, ss.sum)
		}
	}
	docs := append([]DocState(nil), st.Docs...)
	sort.Slice(docs, func(i, j int) bool { return docs[i].Seq < docs[j].Seq })
	for _, d := range docs {
		s, ok := g.byID[d.Story]
		if !ok {
			return nil, fmt.Errorf("story: restore: document %s: story %s not in the state", d.ID, d.Story)
		}
		di := int32(len(g.docs))
		g.docs = append(g.docs, docInfo{id: d.ID, outlet: d.Outlet, title: d.Title, opening: d.Opening,
			published: d.Published, seq: d.Seq, story: s, dupOf: -1, dupOfID: d.DupOf, score: d.Score, sig: d.Signature})
		g.docByID[d.ID] = di
		g.nextSeq = max(g.nextSeq, d.Seq+1)
		if len(d.Signature) == numHashes && !d.Published.Before(g.latest.Add(-opts.DupWindow)) {
			g.dups.add(di, d.Signature)
			g.dupQueue = append(g.dupQueue, di)
		}
	}
	for _, s := range stories {
		if s.Seq >= g.nextSeq {
			g.nextSeq = s.Seq + 1
		}
	}
	for _, saved := range stories {
		ss := &g.stories[g.byID[saved.ID]]
		for _, id := range saved.Docs {
			di, ok := g.docByID[id]
			if !ok {
				return nil, fmt.Errorf("story: restore: story %s: document %s not in the state", ss.id, id)
			}
			ss.docs = append(ss.docs, di)
		}
	}
	for di := range g.docs {
		if id := g.docs[di].dupOfID; id != "" {
			if o, ok := g.docByID[id]; ok {
				g.docs[di].dupOf = o
			}
		}
	}
	g.restored = int32(len(g.docs))
	g.vz.base = make(map[uint32]int32, len(g.vz.df))
	for id, n := range g.vz.df {
		g.vz.base[id] = n
	}
	return g, nil
}

func copyCounts(m map[string]int) map[string]int {
	if len(m) == 0 {
		return nil
	}
	out := make(map[string]int, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

// Changed returns the stories that gained an article or a related story
// since New or Restore, in the order they started, with their saved
// state, and the saved state of the documents added since.
func (g *Grouper) Changed() ([]model.Story, State) {
	var idx []int32
	for s := range g.touched {
		idx = append(idx, s)
	}
	sort.Slice(idx, func(i, j int) bool { return g.stories[idx[i]].seq < g.stories[idx[j]].seq })
	stories := make([]model.Story, 0, len(idx))
	st := State{Latest: g.latest, N: g.vz.n, DF: map[uint32]int32{}}
	for id, n := range g.vz.df {
		if b, ok := g.vz.base[id]; !ok || b != n {
			st.DF[id] = n
		}
	}
	for _, s := range idx {
		stories = append(stories, g.record(g.stories[s]))
		st.Stories = append(st.Stories, g.saved(s))
	}
	for di := g.restored; di < int32(len(g.docs)); di++ {
		d := g.docs[di]
		st.Docs = append(st.Docs, DocState{ID: d.id, Seq: d.seq, Story: g.stories[d.story].id, Published: d.published,
			Outlet: d.outlet, Title: d.title, Opening: d.opening, DupOf: d.dupOfID, Score: d.score, Signature: d.sig})
	}
	return stories, st
}

func (g *Grouper) saved(s int32) StoryState {
	ss := g.stories[s]
	out := StoryState{ID: ss.id, Seq: ss.seq, First: ss.first, Last: ss.last, Related: ss.related,
		Places: ss.places, Actors: ss.actors, Centroid: make([]TermWeight, len(ss.sum))}
	for k, x := range ss.sum {
		out.Centroid[k] = TermWeight{x.term, x.w}
	}
	for _, di := range ss.docs {
		out.Docs = append(out.Docs, g.docs[di].id)
	}
	return out
}
