package story

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// Grouper assigns articles to stories as they come. Not safe for
// concurrent use.
//
// What it decides for an article depends on the article, the stories open
// at its time, the articles it may copy and the document frequencies of
// the articles grouped before it, never on batches: term numbers are
// hashes, ties break by the order in which stories started, and the
// frequencies are saved with the stories. A Grouper restored from a saved
// State therefore continues exactly as the Grouper that saved it would
// have.
type Grouper struct {
	opts     Options
	vz       *vectorizer
	docs     []docInfo
	docByID  map[string]int32
	stories  []storyState
	byID     map[string]int32
	postings map[uint32][]int32
	dups     *dupIndex
	dupQueue []int32 // documents in the duplicate index, oldest first
	latest   time.Time
	nextSeq  int64
	restored int32          // documents below this index came from a saved State
	touched  map[int32]bool // stories changed since New or Restore

	// scratch for candidate retrieval, indexed by story
	acc   []float32
	stamp []uint32
	gen   uint32
}

// docInfo is what the Grouper keeps of an article.
type docInfo struct {
	id, outlet, title string
	opening           string // the opening words of its text, a title when it has none
	published         time.Time
	seq               int64 // the order in which the article was grouped, over all runs
	story             int32
	dupOf             int32 // the document this one copies, or -1
	dupOfID           string
	score             float32 // best story score when it was added (debugging)
	sig               []uint32
}

// storyState is a story being built.
type storyState struct {
	id          string
	seq         int64 // the seq of its first document: stories are ordered by it
	first, last time.Time
	docs        []int32
	sum         []tw // centroid (sum of article vectors, its heaviest terms)
	sumNorm     float64
	related     []string
	places      map[string]int
	actors      map[string]int
}

// New returns an empty Grouper.
func New(opts Options) *Grouper {
	return &Grouper{opts: opts, vz: newVectorizer(), docByID: map[string]int32{}, byID: map[string]int32{},
		postings: map[uint32][]int32{}, dups: newDupIndex(), touched: map[int32]bool{}}
}

// Add assigns an article to a story and returns the story's id: the story
// of the article it copies if it is a near-duplicate, else the best-scoring
// open story if it scores above the threshold, else a new story. An article
// already grouped (same id) keeps its story.
func (g *Grouper) Add(a model.Analysis, published time.Time) string {
	if di, ok := g.docByID[a.ID]; ok {
		return g.stories[g.docs[di].story].id
	}
	if published.IsZero() {
		published = g.latest
	}
	if published.After(g.latest) {
		g.latest = published
	}
	di := int32(len(g.docs))
	sig := signature(a.Text)
	orig := g.dups.find(sig, g.opts.DupThreshold)
	vec := g.vz.vector(g.vz.counts(a, g.opts), g.opts.DocTerms, orig < 0)
	info := docInfo{id: a.ID, outlet: a.Outlet, title: a.Title, published: published, dupOf: -1, seq: g.nextSeq, sig: sig}
	g.nextSeq++
	if strings.TrimSpace(a.Title) == "" {
		info.opening = opening(a.Text)
	}

	best, second := int32(-1), int32(-1)
	if orig >= 0 {
		info.dupOf, info.dupOfID, best = orig, g.docs[orig].id, g.docs[orig].story
	} else {
		var bestScore, secondScore float64
		best, bestScore, second, secondScore = g.rank(vec, published)
		info.score = float32(bestScore)
		if bestScore < g.opts.Threshold {
			best = -1
		}
		if secondScore < g.opts.RelatedThreshold {
			second = -1
		}
	}
	if best < 0 {
		best = g.newStory(published, storyID(a.ID), info.seq)
	}
	info.story = best
	g.docs = append(g.docs, info)
	g.docByID[a.ID] = di
	g.join(best, di, vec, a, published)
	if second >= 0 && second != best {
		g.relate(best, g.stories[second].id)
	}
	g.dups.add(di, sig)
	g.dupQueue = append(g.dupQueue, di)
	g.expire()
	return g.stories[best].id
}

// storyID derives a story's id from its first document's id: "story-" and
// the id itself when that is short and URL-safe, else "story-" and 16 hex
// digits of its FNV-64a hash (feed and WARC items have URLs for ids). The
// same first document always gives the same id.
func storyID(firstDoc string) string {
	if len(firstDoc) <= 32 && urlSafe(firstDoc) {
		return "story-" + firstDoc
	}
	h := fnv.New64a()
	h.Write([]byte(firstDoc))
	return fmt.Sprintf("story-%016x", h.Sum64())
}

// urlSafe reports whether s is non-empty and only ASCII letters, digits,
// '-', '_' and '.'.
func urlSafe(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '-' || c == '_' || c == '.') {
			return false
		}
	}
	return s != ""
}

// rank returns the two best candidate stories for a vector, with scores.
// Candidates come in a fixed order (shared weight, then story order), so
// ties go the same way in every run.
func (g *Grouper) rank(vec []tw, t time.Time) (best int32, bestScore float64, second int32, secondScore float64) {
	best, second = -1, -1
	for _, s := range g.candidates(vec, t) {
		sc := g.score(vec, s, t)
		switch {
		case sc > bestScore:
			second, secondScore = best, bestScore
			best, bestScore = s, sc
		case sc > secondScore:
			second, secondScore = s, sc
		}
	}
	return best, bestScore, second, secondScore
}

// candidates looks the vector's heaviest terms that some story has up in
// the inverted index and returns the open stories sharing the most weight
// with it. (A term no story has cannot find one: skipping it matters when
// few articles have come, since the terms an article shares with earlier
// ones then weigh least.)
func (g *Grouper) candidates(vec []tw, t time.Time) []int32 {
	q := make([]tw, 0, len(vec))
	for _, x := range vec {
		if len(g.postings[x.term]) > 0 {
			q = append(q, x)
		}
	}
	sort.Slice(q, func(i, j int) bool { return q[i].w > q[j].w || q[i].w == q[j].w && q[i].term < q[j].term })
	if len(q) > g.opts.QueryTerms {
		q = q[:g.opts.QueryTerms]
	}
	g.gen++
	var touched []int32
	for _, x := range q {
		for _, s := range g.postings[x.term] {
			if !g.open(s, t) {
				continue
			}
			if g.stamp[s] != g.gen {
				g.stamp[s], g.acc[s] = g.gen, 0
				touched = append(touched, s)
			}
			g.acc[s] += x.w
		}
	}
	sort.Slice(touched, func(i, j int) bool {
		a, b := touched[i], touched[j]
		return g.acc[a] > g.acc[b] || g.acc[a] == g.acc[b] && g.stories[a].seq < g.stories[b].seq
	})
	if len(touched) > g.opts.Candidates {
		touched = touched[:g.opts.Candidates]
	}
	return touched
}

// open reports whether story s can still take an article published at t:
// t lies within a window of the story's period.
func (g *Grouper) open(s int32, t time.Time) bool {
	st := &g.stories[s]
	return st.sum != nil && !t.After(st.last.Add(g.opts.Window)) && !t.Before(st.first.Add(-g.opts.Window))
}

// score is the cosine of the vector with the story's centroid, lowered by
// up to half as the time gap grows to the window.
func (g *Grouper) score(vec []tw, s int32, t time.Time) float64 {
	st := &g.stories[s]
	if st.sumNorm == 0 {
		return 0
	}
	gap := t.Sub(st.last)
	if gap < 0 {
		gap = st.first.Sub(t)
	}
	if gap < 0 {
		gap = 0
	}
	decay := 1 - 0.5*float64(gap)/float64(g.opts.Window)
	return dot(vec, st.sum) / st.sumNorm * decay
}

func (g *Grouper) newStory(t time.Time, id string, seq int64) int32 {
	s := int32(len(g.stories))
	g.stories = append(g.stories, storyState{id: id, seq: seq, first: t, last: t})
	g.byID[id] = s
	g.acc = append(g.acc, 0)
	g.stamp = append(g.stamp, 0)
	return s
}

// join adds document di to story s: its centroid, its index entries, its
// period, places and actors.
func (g *Grouper) join(s, di int32, vec []tw, a model.Analysis, t time.Time) {
	g.touched[s] = true
	st := &g.stories[s]
	st.docs = append(st.docs, di)
	if t.Before(st.first) {
		st.first = t
	}
	if t.After(st.last) {
		st.last = t
	}
	old := st.sum
	st.sum = addTo(st.sum, vec, g.opts.CentroidTerms)
	st.sumNorm = norm(st.sum)
	g.index(s, old, st.sum)
	for _, p := range a.Places {
		st.places = bump(st.places, nameOr(p.Name, p.Text))
	}
	for _, e := range a.Entities {
		if e.Type == "PER" || e.Type == "ORG" {
			st.actors = bump(st.actors, nameOr(e.Name, e.Text))
		}
	}
}

func bump(m map[string]int, k string) map[string]int {
	if m == nil {
		m = map[string]int{}
	}
	m[k]++
	return m
}

// index adds story s to the posting list of each centroid term it did not
// have before, dropping from lists that grow long the stories that can no
// longer be open.
func (g *Grouper) index(s int32, old, cur []tw) {
	i := 0
	for _, x := range cur {
		for i < len(old) && old[i].term < x.term {
			i++
		}
		if i < len(old) && old[i].term == x.term {
			continue
		}
		post := append(g.postings[x.term], s)
		if len(post) > 800 {
			post = g.compact(post)
		}
		g.postings[x.term] = post
	}
}

// compact drops the entries of stories that can no longer gain articles.
func (g *Grouper) compact(post []int32) []int32 {
	out := post[:0]
	for _, s := range post {
		if !g.closed(s) {
			out = append(out, s)
		}
	}
	return out
}

// closed reports whether story s ended so long before the latest article
// that no article in order can join it by score.
func (g *Grouper) closed(s int32) bool {
	return g.stories[s].last.Before(g.latest.Add(-2 * g.opts.Window))
}

func (g *Grouper) relate(s int32, other string) {
	st := &g.stories[s]
	for _, r := range st.related {
		if r == other {
			return
		}
	}
	st.related = append(st.related, other)
	g.touched[s] = true
}

// expire forgets the duplicate signatures that fell out of their window,
// so that memory follows the window, not the stream.
func (g *Grouper) expire() {
	cut := g.latest.Add(-g.opts.DupWindow)
	n := 0
	for n < len(g.dupQueue) && g.docs[g.dupQueue[n]].published.Before(cut) {
		g.dups.remove(g.dupQueue[n])
		g.docs[g.dupQueue[n]].sig = nil
		n++
	}
	g.dupQueue = g.dupQueue[n:]
}
