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
type Grouper struct {
	opts     Options
	voc      *vocab
	docs     []docInfo
	stories  []storyState
	active   []int32 // stories that can still gain articles
	postings map[uint32][]int32
	dups     *dupIndex
	dupQueue []int32 // documents in the duplicate index, oldest first
	latest   time.Time

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
	story             int32
	dupOf             int32   // the document this one copies, or -1
	score             float32 // best story score when it was added (debugging)
}

// storyState is a story being built.
type storyState struct {
	first, last time.Time
	docs        []int32
	sum         []tw // centroid (sum of article vectors); nil once expired
	sumNorm     float64
	related     []int32
	places      map[string]int
	actors      map[string]int
}

// New returns an empty Grouper.
func New(opts Options) *Grouper {
	return &Grouper{opts: opts, voc: newVocab(), postings: map[uint32][]int32{}, dups: newDupIndex()}
}

// Add assigns an article to a story and returns the story's id: the story
// of the article it copies if it is a near-duplicate, else the best-scoring
// recent story if it scores above the threshold, else a new story.
func (g *Grouper) Add(a model.Analysis, published time.Time) string {
	if published.IsZero() {
		published = g.latest
	}
	if published.After(g.latest) {
		g.latest = published
	}
	di := int32(len(g.docs))
	sig := signature(a.Text)
	orig := g.dups.find(sig, g.opts.DupThreshold)
	// A copy is not a new document for the IDF: counting it would make the
	// words it shares with its original look common.
	vec := g.voc.vector(g.voc.counts(a, g.opts), g.opts.DocTerms, orig < 0)
	info := docInfo{id: a.ID, outlet: a.Outlet, title: a.Title, published: published, dupOf: -1}
	if strings.TrimSpace(a.Title) == "" {
		info.opening = opening(a.Text)
	}

	best, second := int32(-1), int32(-1)
	if orig >= 0 {
		info.dupOf, best = orig, g.docs[orig].story
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
		best = g.newStory(published)
	}
	info.story = best
	g.docs = append(g.docs, info)
	g.join(best, di, vec, a, published)
	if second >= 0 && second != best {
		g.relate(best, second)
	}
	g.dups.add(di, sig)
	g.dupQueue = append(g.dupQueue, di)
	g.expire()
	return storyID(g.docs[g.stories[best].docs[0]].id)
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
		post := g.postings[x.term]
		for k, n := len(post)-1, 0; k >= 0 && n < g.opts.ScanLimit; k, n = k-1, n+1 {
			s := post[k]
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
		return g.acc[touched[i]] > g.acc[touched[j]] || g.acc[touched[i]] == g.acc[touched[j]] && touched[i] < touched[j]
	})
	if len(touched) > g.opts.Candidates {
		touched = touched[:g.opts.Candidates]
	}
	return touched
}

// open reports whether story s can still take an article published at t.
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

func (g *Grouper) newStory(t time.Time) int32 {
	s := int32(len(g.stories))
	g.stories = append(g.stories, storyState{first: t, last: t})
	g.acc = append(g.acc, 0)
	g.stamp = append(g.stamp, 0)
	g.active = append(g.active, s)
	return s
}

// join adds document di to story s: its centroid, its index entries, its
// period, places and actors.
func (g *Grouper) join(s, di int32, vec []tw, a model.Analysis, t time.Time) {
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
// have before, compacting lists that grow long.
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
		if len(post) > 4*g.opts.ScanLimit {
			post = g.compact(post)
		}
		g.postings[x.term] = post
	}
}

// compact drops the entries of stories that can no longer gain articles.
func (g *Grouper) compact(post []int32) []int32 {
	out := post[:0]
	for _, s := range post {
		if g.stories[s].sum != nil {
			out = append(out, s)
		}
	}
	return out
}

func (g *Grouper) relate(s, other int32) {
	st := &g.stories[s]
	for _, r := range st.related {
		if r == other {
			return
		}
	}
	st.related = append(st.related, other)
}

// expire closes the stories and forgets the duplicate signatures that fell
// out of their windows, so that memory follows the window, not the stream.
func (g *Grouper) expire() {
	cut := g.latest.Add(-g.opts.DupWindow)
	n := 0
	for n < len(g.dupQueue) && g.docs[g.dupQueue[n]].published.Before(cut) {
		g.dups.remove(g.dupQueue[n])
		n++
	}
	g.dupQueue = g.dupQueue[n:]
	if len(g.docs)%256 != 0 {
		return
	}
	cut = g.latest.Add(-2 * g.opts.Window)
	keep := g.active[:0]
	for _, s := range g.active {
		if g.stories[s].last.Before(cut) {
			g.stories[s].sum = nil
			continue
		}
		keep = append(keep, s)
	}
	g.active = keep
}
