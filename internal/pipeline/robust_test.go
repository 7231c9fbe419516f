package pipeline

import (
	"math/rand/v2"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// A stage error is lost data: these tests run every stage on real-shaped
// documents (the demo corpus, then the demo corpus bent into the shapes
// that broke stages before: brackets and dashes after names, quotes left
// open, other digits, Latin words, empty sentences) and fail on any
// StageError.

func TestNoStageErrorOnDemo(t *testing.T) {
	r := runDemo(t)
	for _, an := range r.docs {
		for _, e := range an.Errors {
			t.Errorf("%s: %s", an.ID, e)
		}
	}
	for _, s := range r.stories {
		for _, e := range s.Errors {
			t.Errorf("story %s: %s", s.ID, e)
		}
	}
}

// mutation bends a text into one shape news takes.
type mutation struct {
	name string
	fn   func(s string, rnd *rand.Rand) string
}

var mutations = []mutation{
	{"comma→bracket", func(s string, _ *rand.Rand) string { return strings.ReplaceAll(s, "، ", " (") }},
	{"comma→dash", func(s string, _ *rand.Rand) string { return strings.ReplaceAll(s, "، ", " - ") }},
	{"comma→closing", func(s string, _ *rand.Rand) string { return strings.ReplaceAll(s, "، ", ") ") }},
	{"open quotes", func(s string, _ *rand.Rand) string { return strings.ReplaceAll(s, " أن ", " أن «") }},
	{"empty sentences", func(s string, _ *rand.Rand) string { return strings.ReplaceAll(s, ". ", ". . . ؟ ! ") }},
	{"indic digits", func(s string, _ *rand.Rand) string {
		return strings.Map(func(r rune) rune {
			if r >= '0' && r <= '9' {
				return '٠' + (r - '0')
			}
			return r
		}, s)
	}},
	{"latin", func(s string, _ *rand.Rand) string {
		return strings.ReplaceAll(s, " قال ", " قال AFP (Reuters) - ")
	}},
	{"no spaces around marks", func(s string, _ *rand.Rand) string {
		return strings.NewReplacer("، ", "،", " (", "(", ") ", ")", ". ", ".").Replace(s)
	}},
	{"insertions", insertMarks},
}

// insertMarks puts a punctuation mark, a number or a Latin word after
// twenty words drawn at random.
func insertMarks(s string, rnd *rand.Rand) string {
	marks := []string{" (", " )", " - ", " «", "» ", " ،", ": ", " 12 ", " 3.5% ", " ISIS ", " ... ", "\n", " \" ", " – ", " [", "] "}
	words := strings.Split(s, " ")
	for range 20 {
		i := rnd.IntN(len(words))
		words[i] += marks[rnd.IntN(len(marks))]
	}
	return strings.Join(words, " ")
}

func TestNoStageErrorOnMutatedDemo(t *testing.T) {
	r := runDemo(t)
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	var docs []model.Analysis
	for _, src := range r.docs {
		for _, m := range mutations {
			a := model.Article{ID: src.ID + "~" + m.name, Outlet: src.Outlet, Text: text.Normalize(m.fn(src.Text, rnd))}
			_, an := p.Analyze(a)
			for _, e := range an.Errors {
				t.Errorf("%s: %s", a.ID, e)
			}
			for _, prob := range an.Problems() {
				t.Errorf("%s: %s", a.ID, prob)
			}
			docs = append(docs, an)
		}
	}
	for _, s := range p.Stories(docs) {
		for _, e := range s.Errors {
			t.Errorf("story %s: %s", s.ID, e)
		}
	}
}

func FuzzAnalyze(f *testing.F) {
	p, err := New(Options{})
	if err != nil {
		f.Fatal(err)
	}
	for _, an := range runDemo(f).docs {
		f.Add(an.Text)
	}
	f.Add("قال المتحدث (الذي طلب عدم ذكر اسمه) - لوكالة «رويترز» إن 200 مقاتل")
	f.Add("وأضاف سلو، ( إن «")
	f.Add("ونقل على لسان المتحدث قوله إن 5 قتلوا.") // a relay verb with no relay named before على لسان
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) {
			return
		}
		_, an := p.Analyze(model.Article{ID: "fuzz", Text: text.Normalize(s)})
		for _, e := range an.Errors {
			t.Errorf("stage error: %s", e)
		}
		for _, prob := range an.Problems() {
			t.Error(prob)
		}
		if t.Failed() {
			t.Logf("input: %q", s)
		}
	})
}

// TestRelayWithoutRelay runs a relay verb with no relay named before على
// لسان through every stage.
func TestRelayWithoutRelay(t *testing.T) {
	p, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"ونقل على لسان المتحدث قوله إن 5 قتلوا.", "نقلت على لسان مصدر أن 3 جرحوا"} {
		_, an := p.Analyze(model.Article{ID: "relay", Text: text.Normalize(s)})
		for _, e := range an.Errors {
			t.Errorf("%q: %s", s, e)
		}
	}
}

// TestStageErrorNamesOurCode: a stage error says which line of marsad's
// code panicked, never a line of the Go runtime's own internal packages.
func TestStageErrorNamesOurCode(t *testing.T) {
	e, failed := protect("claims", func() { _ = model.SpanOf("abc", 2, 1) })
	if !failed || e.Stage != "claims" || !strings.Contains(e.Message, "(at model/span.go:") {
		t.Errorf("got %+v, %v; want the panic placed in model/span.go", e, failed)
	}
	e, failed = protect("events", func() {
		var m map[string]int
		m["x"] = 1 // panics inside the runtime's map code
	})
	if !failed || strings.Contains(e.Message, "runtime/") {
		t.Errorf("got %+v, %v; want no runtime frame named", e, failed)
	}
}
