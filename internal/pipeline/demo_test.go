package pipeline

import (
	"context"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/demo"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/story"
)

// The demo scenario: the real pipeline over the demo corpus, checked
// against the hand labels of internal/demo/expect.json (see its README).
// Every user sees these stories first (make run), so they are held to
// exact groups, the duplicate link, and each labelled comparison found
// with its verdict, its claims and no figure of another topic.

// demoExpect is the part of expect.json this test reads.
type demoExpect struct {
	Articles []struct {
		ID, Story string
		Figures   []struct {
			Key, Span, Metric string
			Occurrence        int
		}
	}
	Stories []struct {
		ID        string
		Documents []string
	}
	Duplicates  []struct{ Document, Original string }
	Comparisons []struct {
		Story, Topic, Verdict string
		Claims                []struct{ Document, Figure string }
	}
}

// demoRun is the pipeline's output on the demo corpus, computed once.
type demoRun struct {
	docs    []model.Analysis
	stories []model.Story
	expect  demoExpect
	text    map[string]string // document id → text
}

var (
	demoOnce   sync.Once
	demoResult demoRun
	demoErr    error
)

func runDemo(t testing.TB) demoRun {
	t.Helper()
	demoOnce.Do(func() {
		p, err := New(Options{})
		if err != nil {
			demoErr = err
			return
		}
		r := demoRun{text: map[string]string{}}
		for it := range ingest.New(ingest.Options{}).ReadFS(context.Background(), demo.FS(), ".") {
			if it.Err != nil {
				demoErr = it.Err
				return
			}
			_, an := p.Analyze(it.Article)
			r.docs = append(r.docs, an)
			r.text[an.ID] = an.Text
		}
		r.stories = p.Stories(r.docs)
		demoErr = json.Unmarshal(demo.Expect, &r.expect)
		demoResult = r
	})
	if demoErr != nil {
		t.Fatalf("demo: %v", demoErr)
	}
	return demoResult
}

// storyOf returns the story holding a document, or nil.
func (r demoRun) storyOf(doc string) *model.Story {
	for i := range r.stories {
		for _, d := range r.stories[i].Documents {
			if d == doc {
				return &r.stories[i]
			}
		}
	}
	return nil
}

func TestDemoStoryGroups(t *testing.T) {
	r := runDemo(t)
	got := map[string]bool{}
	for _, s := range r.stories {
		got[groupKey(s.Documents)] = true
	}
	for _, want := range r.expect.Stories {
		var problems []string
		if !got[groupKey(want.Documents)] {
			var found []string
			for _, d := range want.Documents {
				if s := r.storyOf(d); s != nil {
					found = append(found, s.ID+"="+strings.Join(s.Documents, ","))
				}
			}
			problems = append(problems, fmt.Sprintf("want exactly %v, got stories %v", want.Documents, found))
		}
		check(t, "story "+want.ID, problems)
	}
}

func groupKey(ids []string) string {
	s := append([]string(nil), ids...)
	sort.Strings(s)
	return strings.Join(s, "\n")
}

func TestDemoDuplicates(t *testing.T) {
	r := runDemo(t)
	n := 0
	for _, s := range r.stories {
		n += len(s.Duplicates)
	}
	if n != len(r.expect.Duplicates) {
		t.Errorf("%d duplicate links, want %d", n, len(r.expect.Duplicates))
	}
	for _, d := range r.expect.Duplicates {
		s := r.storyOf(d.Document)
		if s == nil || s.Duplicates[d.Document] != d.Original {
			t.Errorf("duplicate %s of %s not linked", d.Document, d.Original)
		}
	}
}

func TestDemoStoryIDsAndTitles(t *testing.T) {
	r := runDemo(t)
	seen := map[string]bool{}
	for _, s := range r.stories {
		if seen[s.ID] {
			t.Errorf("story id %q twice", s.ID)
		}
		seen[s.ID] = true
		if s.ID == "" || strings.ContainsAny(s.ID, "/:?#%& ") || len(s.ID) > 40 {
			t.Errorf("story id %q is not short and URL-safe", s.ID)
		}
		if strings.TrimSpace(s.Title) == "" || strings.Contains(s.Title, "://") {
			t.Errorf("story %s: title %q", s.ID, s.Title)
		}
		if len(s.Brief) == 0 || len(s.Brief) > 5 {
			t.Errorf("story %s: %d brief sentences", s.ID, len(s.Brief))
		}
		if lead := r.firstTitled(s); s.Title != lead.Title || len(s.Brief) > 0 && s.Brief[0].Document != lead.ID {
			t.Errorf("story %s: title %q and brief opening from %s; want the first report's (%s, %q)",
				s.ID, s.Title, s.Brief[0].Document, lead.ID, lead.Title)
		}
		for _, b := range s.Brief {
			if txt, ok := r.text[b.Document]; !ok || b.Start < 0 || b.End > len(txt) || txt[b.Start:b.End] != b.Text {
				t.Errorf("story %s: brief sentence %q does not point into %s", s.ID, b.Text, b.Document)
			}
		}
	}
}

// knownFailures are the demo checks the pipeline does not pass yet, each
// with why. A listed check that fails is logged; one that passes fails the
// test, so that it is taken off the list when it is fixed.
var knownFailures = map[string]string{
	"story shirqat": "shirqat-displaced-rise-almadar (20 Oct, about the displaced) scores 0.17 against the " +
		"Shirqat story (threshold 0.22): most of its words are its own (camps, ministry, trucks); a threshold " +
		"of 0.20 already lowers gold-dev's BCubed F1 (0.913 to 0.853 on its 25 articles) and still misses it",
	"comparison shirqat: people displaced from Shirqat":   "C4 is not in the Shirqat story (see story shirqat)",
	"comparison shirqat: families displaced from Shirqat": "C4 is not in the Shirqat story (see story shirqat)",
	"comparison shirqat: share of Shirqat held by government forces": "C4's «أكثر من 90 بالمئة» is not in the " +
		"Shirqat story (see story shirqat); C1 and C3 are compared and agree",
}

// check records the outcome of one named check against knownFailures.
func check(t *testing.T, name string, problems []string) {
	t.Helper()
	why, known := knownFailures[name]
	switch {
	case len(problems) == 0 && known:
		t.Errorf("%s: passes now; take it off knownFailures (%s)", name, why)
	case len(problems) > 0 && known:
		t.Logf("known failure %s (%s): %s", name, why, strings.Join(problems, "; "))
	case len(problems) > 0:
		t.Errorf("%s: %s", name, strings.Join(problems, "; "))
	}
}

// figureSpan is a labelled figure located in its article.
type figureSpan struct {
	doc, metric string
	start, end  int
}

// figureSpans locates every labelled figure, by key.
func (r demoRun) figureSpans(t *testing.T) map[string]figureSpan {
	t.Helper()
	out := map[string]figureSpan{}
	for _, a := range r.expect.Articles {
		txt := r.text[a.ID]
		for _, f := range a.Figures {
			at, from := -1, 0
			for n := max(f.Occurrence, 1); n > 0; n-- {
				i := strings.Index(txt[from:], f.Span)
				if i < 0 {
					t.Fatalf("%s: span %q not in %s", f.Key, f.Span, a.ID)
				}
				at, from = from+i, from+i+len(f.Span)
			}
			out[f.Key] = figureSpan{a.ID, f.Metric, at, at + len(f.Span)}
		}
	}
	return out
}

// labelOf returns the labelled figure a compared claim overlaps, if any.
func labelOf(c model.ComparedClaim, figs map[string]figureSpan) (figureSpan, bool) {
	for _, f := range figs {
		if f.doc == c.Document && c.Start < f.end && f.start < c.End {
			return f, true
		}
	}
	return figureSpan{}, false
}

func TestDemoComparisons(t *testing.T) {
	r := runDemo(t)
	figs := r.figureSpans(t)
	trueDisagree := map[*model.Comparison]bool{}
	for _, want := range r.expect.Comparisons {
		name := "comparison " + want.Story + ": " + want.Topic
		var spans []figureSpan
		metrics := map[string]bool{}
		for _, c := range want.Claims {
			f := figs[c.Figure]
			spans = append(spans, f)
			metrics[f.metric] = true
		}
		s := r.storyOf(spans[0].doc)
		if s == nil {
			check(t, name, []string{"no story holds " + spans[0].doc})
			continue
		}
		best, bestN := -1, 0
		for ci, c := range s.Comparisons {
			if c.Complement {
				continue
			}
			if n := covered(c, spans); n > bestN {
				best, bestN = ci, n
			}
		}
		if best < 0 {
			check(t, name, []string{"no comparison holds its figures"})
			continue
		}
		c := &s.Comparisons[best]
		var problems []string
		if bestN < len(spans) {
			problems = append(problems, fmt.Sprintf("%q holds %d of its %d figures", c.Topic, bestN, len(spans)))
		}
		if c.Verdict != want.Verdict {
			problems = append(problems, fmt.Sprintf("%q is %s, want %s", c.Topic, c.Verdict, want.Verdict))
		}
		for _, cl := range c.Claims {
			if f, ok := labelOf(cl, figs); ok && !metrics[f.metric] {
				problems = append(problems, fmt.Sprintf("%q mixes in %q (%s, a %s figure)", c.Topic, cl.Text, cl.Document, f.metric))
			}
		}
		if want.Verdict == "disagree" && c.Verdict == "disagree" {
			trueDisagree[c] = true
		}
		check(t, name, problems)
	}
	var false_ []string
	for i := range r.stories {
		for ci := range r.stories[i].Comparisons {
			c := &r.stories[i].Comparisons[ci]
			if c.Verdict == "disagree" && !c.Complement && !trueDisagree[c] {
				false_ = append(false_, fmt.Sprintf("%s: %q", r.stories[i].Title, c.Topic))
			}
		}
	}
	check(t, "no false disagreements", false_)
}

// covered counts the spans a comparison's claims overlap.
func covered(c model.Comparison, spans []figureSpan) int {
	n := 0
	for _, s := range spans {
		for _, cl := range c.Claims {
			if cl.Document == s.doc && cl.Start < s.end && s.start < cl.End {
				n++
				break
			}
		}
	}
	return n
}

// TestDemoRecordsComplete checks that every story record has its arrays
// (the contract writes [] rather than null).
func TestDemoRecordsComplete(t *testing.T) {
	r := runDemo(t)
	for _, s := range r.stories {
		if s.Comparisons == nil || s.Brief == nil || s.Documents == nil {
			t.Errorf("story %s: a nil list (comparisons %v, brief %v)", s.ID, s.Comparisons == nil, s.Brief == nil)
		}
	}
}

// firstTitled returns the story's earliest document that has a title.
func (r demoRun) firstTitled(s model.Story) model.Analysis {
	in := map[string]bool{}
	for _, d := range s.Documents {
		in[d] = true
	}
	var first model.Analysis
	var at time.Time
	for _, a := range r.docs {
		t := story.PublishedAt(a)
		if in[a.ID] && a.Title != "" && s.Duplicates[a.ID] == "" && (first.ID == "" || t.Before(at)) {
			first, at = a, t
		}
	}
	return first
}
