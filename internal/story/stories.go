package story

import (
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
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
	s := model.Story{
		ID: st.id, Title: g.title(st), Documents: make([]string, 0, len(st.docs)),
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
		if d.dupOfID != "" {
			if s.Duplicates == nil {
				s.Duplicates = map[string]string{}
			}
			s.Duplicates[d.id] = d.dupOfID
		}
	}
	sort.Strings(s.Outlets)
	s.Related = append(s.Related, st.related...)
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

// title returns a story's title: the title of its earliest article that has
// one (the first report of the event; a plain text file has none), else the
// opening words of its first article.
func (g *Grouper) title(st storyState) string {
	best := -1
	for _, di := range st.docs {
		d := g.docs[di]
		if strings.TrimSpace(d.title) != "" && (best < 0 || d.published.Before(g.docs[best].published)) {
			best = int(di)
		}
	}
	if best >= 0 {
		return strings.TrimSpace(g.docs[best].title)
	}
	return g.docs[st.docs[0]].opening
}

// titleRunes is the most runes of an article's opening used as a title.
const titleRunes = 90

// opening returns the first sentence of a text, after a dateline
// ("أريحا (سوريا) - 16 أكتوبر 2031 (وكالة) - ..."), cut to titleRunes at a
// word boundary.
func opening(s string) string {
	s = lead(s)
	if i := strings.LastIndex(s[:min(len(s), 200)], " - "); i >= 0 {
		s = s[i+3:]
	}
	d := text.Read(s)
	if len(d.Sentences) > 0 {
		s = s[d.Sentences[0].Start:d.Sentences[0].End]
	}
	s = strings.TrimSpace(s)
	if utf8.RuneCountInString(s) <= titleRunes {
		return s
	}
	cut, n := 0, 0
	for i, r := range s {
		if n > titleRunes {
			break
		}
		if r == ' ' {
			cut = i
		}
		n++
	}
	if cut == 0 {
		return s
	}
	return s[:cut] + "…"
}
