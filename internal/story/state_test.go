package story

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// savedStore keeps what a store keeps of a Grouper between ingests: every
// story's and document's saved state (through JSON, as a store does), the
// document frequencies and the latest time.
type savedStore struct {
	stories map[string]StoryState
	docs    map[string]DocState
	df      map[uint32]int32
	n       int
	latest  time.Time
	records map[string]model.Story
}

func newSavedStore() *savedStore {
	return &savedStore{stories: map[string]StoryState{}, docs: map[string]DocState{}, df: map[uint32]int32{}, records: map[string]model.Story{}}
}

// load returns the part of the state a store loads for new articles: the
// stories that ended at most Span before the earliest of them, their
// documents, and the frequencies of the new articles' terms.
func (s *savedStore) load(t *testing.T, batch []model.Analysis, times []time.Time) State {
	opts := DefaultOptions()
	from := times[0]
	for _, tm := range times {
		if tm.Before(from) {
			from = tm
		}
	}
	st := State{Latest: s.latest, N: s.n, DF: map[uint32]int32{}}
	for _, ss := range s.stories {
		if ss.Last.Before(from.Add(-opts.Span())) {
			continue
		}
		st.Stories = append(st.Stories, ss)
		for _, id := range ss.Docs {
			st.Docs = append(st.Docs, s.docs[id])
		}
	}
	for _, a := range batch {
		for _, id := range TermIDs(a, opts) {
			if n, ok := s.df[id]; ok {
				st.DF[id] = n
			}
		}
	}
	return roundTrip(t, st)
}

func (s *savedStore) save(t *testing.T, stories []model.Story, st State) {
	st = roundTrip(t, st)
	for _, ss := range st.Stories {
		s.stories[ss.ID] = ss
	}
	for _, d := range st.Docs {
		s.docs[d.ID] = d
	}
	for id, n := range st.DF {
		s.df[id] = n
	}
	s.n, s.latest = st.N, st.Latest
	for _, r := range stories {
		s.records[r.ID] = r
	}
}

func roundTrip(t *testing.T, st State) State {
	t.Helper()
	raw, err := json.Marshal(st)
	if err != nil {
		t.Fatal(err)
	}
	var out State
	if err := json.Unmarshal(raw, &out); err != nil {
		t.Fatal(err)
	}
	return out
}

// records returns the stored story records in story order, as JSON.
func (s *savedStore) recordsJSON(t *testing.T) string {
	ids := make([]string, 0, len(s.records))
	for id := range s.records {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool { return s.stories[ids[i]].Seq < s.stories[ids[j]].Seq })
	var out []model.Story
	for _, id := range ids {
		out = append(out, s.records[id])
	}
	raw, _ := json.Marshal(out)
	return string(raw)
}

// TestRestoreContinuesTheSame: adding articles in batches, each to a
// Grouper restored from the state the previous one saved (loading only the
// stories near the batch's dates), gives the same stories, with the same
// ids, titles, related stories and copies, as adding them all at once.
func TestRestoreContinuesTheSame(t *testing.T) {
	for _, path := range []string{"testdata/group/three-events.json", "testdata/group/related.json", "stream"} {
		var as []model.Analysis
		var ts []time.Time
		if path == "stream" {
			as, ts = stream(t, 240)
		} else {
			as, ts = loadGroupCase(t, path).analyses(t)
		}
		sort.SliceStable(as, func(i, j int) bool { return PublishedAt(as[i]).Before(PublishedAt(as[j])) })
		sort.Slice(ts, func(i, j int) bool { return ts[i].Before(ts[j]) })
		whole := New(DefaultOptions())
		for i, a := range as {
			whole.Add(a, ts[i])
		}
		want, _ := json.Marshal(whole.Stories())
		for _, size := range []int{1, 2, 7, len(as)} {
			t.Run(fmt.Sprintf("%s/batches of %d", path, size), func(t *testing.T) {
				s := newSavedStore()
				for lo := 0; lo < len(as); lo += size {
					hi := min(lo+size, len(as))
					g, err := Restore(DefaultOptions(), s.load(t, as[lo:hi], ts[lo:hi]))
					if err != nil {
						t.Fatal(err)
					}
					for i := lo; i < hi; i++ {
						g.Add(as[i], ts[i])
					}
					recs, st := g.Changed()
					s.save(t, recs, st)
				}
				if got := s.recordsJSON(t); got != string(want) {
					t.Errorf("batches give other stories:\n got %s\nwant %s", got, want)
				}
			})
		}
	}
}

// TestRestoreLoadsLittle: a batch loads only the stories near its dates,
// so an ingest's cost follows the batch, not the store.
func TestRestoreLoadsLittle(t *testing.T) {
	as, ts := stream(t, 240)
	s := newSavedStore()
	g := New(DefaultOptions())
	for i, a := range as {
		g.Add(a, ts[i])
	}
	recs, saved := g.Changed()
	s.save(t, recs, saved)
	last := []model.Analysis{as[len(as)-1]}
	st := s.load(t, last, ts[len(ts)-1:])
	if len(st.Stories) == 0 || len(st.Stories) >= len(s.stories)/2 {
		t.Errorf("loaded %d of %d stories for one new article", len(st.Stories), len(s.stories))
	}
}

// TestAddSameIDTwice: an article already grouped keeps its story and does
// not count twice.
func TestAddSameIDTwice(t *testing.T) {
	as, ts := loadGroupCase(t, "testdata/group/three-events.json").analyses(t)
	g := New(DefaultOptions())
	first := g.Add(as[0], ts[0])
	n := g.vz.n
	if again := g.Add(as[0], ts[0]); again != first || g.vz.n != n || len(g.docs) != 1 {
		t.Errorf("second Add: story %s (first %s), %d documents counted, %d kept", again, first, g.vz.n, len(g.docs))
	}
}

// stream returns n articles made from the fixtures' texts, eight hours
// apart, each text coming back every few days with other words left out
// (so that it is not a copy), so that stories open and close.
func stream(t *testing.T, n int) ([]model.Analysis, []time.Time) {
	var src []model.Analysis
	for _, p := range []string{"testdata/group/three-events.json", "testdata/group/related.json"} {
		as, _ := loadGroupCase(t, p).analyses(t)
		src = append(src, as...)
	}
	start := time.Date(2031, 3, 1, 0, 0, 0, 0, time.UTC)
	var as []model.Analysis
	var ts []time.Time
	for i := 0; i < n; i++ {
		a := src[(i*7)%len(src)]
		tm := start.Add(time.Duration(i) * 8 * time.Hour)
		a.ID = fmt.Sprintf("s%03d", i)
		var kept []string
		for k, w := range strings.Fields(a.Text) {
			if (k+i)%3 != 0 {
				kept = append(kept, w)
			}
		}
		a.Text = strings.Join(kept, " ")
		a.PublishedAt = tm.Format(time.RFC3339)
		as = append(as, a)
		ts = append(ts, tm)
	}
	return as, ts
}

// TestEventTerms: an event that happened adds its type and place to an
// article's terms; a hypothetical one, or one with no place, does not.
func TestEventTerms(t *testing.T) {
	place := 0
	a := model.Analysis{Places: []model.Place{{Span: model.Span{Text: "دوما"}, Name: "دوما"}},
		Events: []model.Event{{Type: "attack", Realis: "actual", Place: &place}, {Type: "clash", Realis: "hypothetical", Place: &place}, {Type: "protest"}}}
	c := newVectorizer().counts(a, DefaultOptions())
	var events []string
	for term := range c {
		if strings.HasPrefix(term, eventPrefix) {
			events = append(events, term)
		}
	}
	if len(events) != 1 || events[0] != eventPrefix+"attack:دوما" {
		t.Errorf("event terms %v, want only the attack in دوما", events)
	}
}
