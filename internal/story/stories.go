package story

import (
	"sort"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// maxListed is how many places and actors a story record lists.
const maxListed = 8

// Stories returns every story so far, in the order they started: documents
// in the order they were added, the period they span, their outlets, the
// most mentioned places and actors, the stories their articles also match
// (related) and the re-published copies (duplicates). Brief and comparisons
// are left empty for the caller (Brief, reconcile.Compare).
func (g *Grouper) Stories() []model.Story {
	out := make([]model.Story, 0, len(g.stories))
	for _, st := range g.stories {
		out = append(out, g.record(st))
	}
	return out
}

// Len returns the number of stories.
func (g *Grouper) Len() int { return len(g.stories) }

func (g *Grouper) record(st storyState) model.Story {
	first := g.docs[st.docs[0]]
	s := model.Story{
		ID: storyID(first.id), Title: first.title, Documents: make([]string, 0, len(st.docs)),
		Period:      model.Period{From: day(st.first), To: day(st.last)},
		Brief:       []model.BriefSentence{},
		Comparisons: []model.Comparison{},
		Places:      top(st.places, maxListed),
		Actors:      top(st.actors, maxListed),
	}
	outlets := map[string]bool{}
	for _, di := range st.docs {
		d := g.docs[di]
		s.Documents = append(s.Documents, d.id)
		if d.outlet != "" && !outlets[d.outlet] {
			outlets[d.outlet] = true
			s.Outlets = append(s.Outlets, d.outlet)
		}
		if d.dupOf >= 0 {
			if s.Duplicates == nil {
				s.Duplicates = map[string]string{}
			}
			s.Duplicates[d.id] = g.docs[d.dupOf].id
		}
	}
	sort.Strings(s.Outlets)
	for _, r := range st.related {
		s.Related = append(s.Related, storyID(g.docs[g.stories[r].docs[0]].id))
	}
	return s
}

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(model.DateLayout)
}

// top returns the n keys with the highest counts, ties by name.
func top(m map[string]int, n int) []string {
	if len(m) == 0 {
		return nil
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return m[keys[i]] > m[keys[j]] || m[keys[i]] == m[keys[j]] && keys[i] < keys[j] })
	if len(keys) > n {
		keys = keys[:n]
	}
	return keys
}
