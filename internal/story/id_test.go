package story

import (
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

func TestStoryID(t *testing.T) {
	for _, tc := range []struct {
		doc, want string
	}{
		{"mayadin-siege-afp-sharq", "story-mayadin-siege-afp-sharq"},
		{"ariha-toll-mashriq.cp1256", "story-ariha-toll-mashriq.cp1256"},
		{"https://furat-gate.test/2031/10/15/mayadin-deal-buses", ""},
		{"a-very-long-document-identifier-of-forty-bytes", ""},
		{"خبر", ""},
	} {
		got := storyID(tc.doc)
		if tc.want != "" && got != tc.want {
			t.Errorf("storyID(%q) = %q, want %q", tc.doc, got, tc.want)
		}
		if !urlSafe(got) || len(got) > 40 {
			t.Errorf("storyID(%q) = %q: not short and URL-safe", tc.doc, got)
		}
		if storyID(tc.doc) != got {
			t.Errorf("storyID(%q) is not stable", tc.doc)
		}
	}
	if storyID("https://a.test/1") == storyID("https://a.test/2") {
		t.Error("two URLs give one story id")
	}
}

func TestOpening(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"أريحا (سوريا) - 16 أكتوبر 2031 (وكالة) - ارتفعت حصيلة الغارة إلى 35 قتيلا. وقال الدفاع المدني إن البحث انتهى.",
			"ارتفعت حصيلة الغارة إلى 35 قتيلا."},
		{"قال مصدر محلي إن المسلحين يسيطرون على جزء من المدينة.\nوأضاف المصدر أن المعارك مستمرة.",
			"قال مصدر محلي إن المسلحين يسيطرون على جزء من المدينة."},
	} {
		if got := opening(tc.text); got != tc.want {
			t.Errorf("opening(%q) = %q, want %q", tc.text, got, tc.want)
		}
	}
	long := strings.Repeat("كلمة ", 60)
	if got := opening(long); !strings.HasSuffix(got, "…") || len([]rune(got)) > titleRunes+1 {
		t.Errorf("opening of a long text = %q", got)
	}
}

// TestTitleFromEarliestTitled checks that a story whose first document has
// no title (a plain text) takes the title of its earliest titled one, and
// that a story of untitled documents takes its first one's opening words.
func TestTitleFromEarliestTitled(t *testing.T) {
	day := time.Date(2031, 10, 16, 0, 0, 0, 0, time.UTC)
	txt := "ارتفعت حصيلة الغارة الجوية على سوق مدينة أريحا إلى 35 قتيلا بحسب الدفاع المدني في المدينة."
	docs := []model.Analysis{
		model.NewAnalysis(model.Article{ID: "plain", Text: txt, Published: day}),
		model.NewAnalysis(model.Article{ID: "late", Title: "العنوان الثاني", Published: day.Add(9 * time.Hour),
			Text: "شيع أهالي أريحا ضحايا الغارة الجوية على سوق المدينة، وقال الدفاع المدني إن الحصيلة بلغت 35 قتيلا."}),
		model.NewAnalysis(model.Article{ID: "early", Title: "العنوان الأول", Published: day.Add(3 * time.Hour),
			Text: "قتل 20 شخصا في غارة جوية على سوق مدينة أريحا صباح اليوم بحسب الدفاع المدني، وأصيب العشرات في الغارة."}),
	}
	g := New(DefaultOptions())
	for _, a := range docs {
		g.Add(a, PublishedAt(a))
	}
	st := g.Stories()
	if len(st) != 1 {
		t.Fatalf("%d stories, want 1", len(st))
	}
	if st[0].Title != "العنوان الأول" {
		t.Errorf("title %q, want the earliest titled article's", st[0].Title)
	}
	if b := Brief(st[0], docs); len(b) == 0 || b[0].Document != "early" {
		t.Errorf("brief does not open with the lead document's sentence: %+v", b)
	}
	g = New(DefaultOptions())
	g.Add(docs[0], day)
	if got := g.Stories()[0].Title; got != strings.TrimSpace(txt) {
		t.Errorf("untitled story: title %q", got)
	}
}
