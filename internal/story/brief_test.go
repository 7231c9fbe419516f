package story

import (
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

func TestBriefOfFixtureStories(t *testing.T) {
	c := loadGroupCase(t, "testdata/group/three-events.json")
	as, ts := c.analyses(t)
	g := New(DefaultOptions())
	byID := map[string]model.Analysis{}
	for i, a := range as {
		g.Add(a, ts[i])
		byID[a.ID] = a
	}
	for _, st := range g.Stories() {
		b := Brief(st, as)
		if len(b) == 0 || len(b) > BriefMax {
			t.Errorf("%s: %d sentences", st.ID, len(b))
		}
		inStory := map[string]bool{}
		for _, d := range st.Documents {
			inStory[d] = true
		}
		for i, s := range b {
			if !inStory[s.Document] || st.Duplicates[s.Document] != "" {
				t.Errorf("%s: sentence from %s", st.ID, s.Document)
			}
			if byID[s.Document].Text[s.Start:s.End] != s.Text {
				t.Errorf("%s: span [%d,%d) does not hold its text", st.ID, s.Start, s.End)
			}
			for _, o := range b[:i] {
				if o.Text == s.Text {
					t.Errorf("%s: sentence repeated: %s", st.ID, s.Text)
				}
			}
		}
	}
}

// analysisWith builds a record whose quantities and claims are given by
// their text: each figure attributed to the speaker written before it.
func analysisWith(t *testing.T, id, txt string, figures map[string]string) model.Analysis {
	t.Helper()
	a := model.NewAnalysis(model.Article{ID: id, Text: txt, Published: time.Date(2019, 5, 2, 8, 0, 0, 0, time.UTC)})
	for fig, speaker := range figures {
		qs := strings.Index(txt, fig)
		ss := strings.Index(txt, speaker)
		if qs < 0 || ss < 0 {
			t.Fatalf("%q or %q not in text", fig, speaker)
		}
		a.Quantities = append(a.Quantities, model.Quantity{Span: model.SpanOf(txt, qs, qs+len(fig)), Unit: "people"})
		a.Claims = append(a.Claims, model.Claim{
			Span:       model.SpanOf(txt, qs, qs+len(fig)),
			Speaker:    &model.Speaker{Text: speaker, Name: speaker, Start: ss, End: ss + len(speaker)},
			Quantities: []int{len(a.Quantities) - 1},
		})
	}
	return a
}

func TestBriefKeepsAttribution(t *testing.T) {
	txt := "أعلن مدير مستشفى النخيل في مؤتمر صحفي عقده مساء الخميس حصيلة جديدة للقصف.\n" +
		"وبلغ عدد القتلى 12 شخصا بينهم ثلاثة أطفال في السوق القديمة.\n" +
		"وأضاف أن 40 شخصا أصيبوا بجروح متفاوتة ونقلوا إلى المستشفيات القريبة.\n" +
		"وتشهد المدينة منذ أسابيع قصفا متقطعا على أحيائها الشرقية والغربية معا."
	a := analysisWith(t, "a", txt, map[string]string{"12 شخصا": "مدير مستشفى النخيل"})
	st := model.Story{ID: "s", Documents: []string{"a"}}
	b := Brief(st, []model.Analysis{a})
	has := func(part string) bool {
		for _, s := range b {
			if strings.Contains(s.Text, part) {
				return true
			}
		}
		return false
	}
	if has("12 شخصا") && !has("مدير مستشفى النخيل") {
		t.Errorf("figure without its speaker's sentence: %v", b)
	}
	if has("وأضاف") && !has("وبلغ عدد القتلى") {
		t.Errorf("a continuing sentence without the one before: %v", b)
	}
	if !has("12 شخصا") || !has("40 شخصا") {
		t.Errorf("brief misses a figure: %v", b)
	}
}

func TestBriefLimit(t *testing.T) {
	var sb strings.Builder
	for i := 0; i < 12; i++ {
		sb.WriteString("قال المتحدث باسم الدفاع المدني إن الفرق أخرجت ")
		sb.WriteString(strings.Repeat("٣", i+1))
		sb.WriteString(" شخصا من تحت أنقاض المبنى رقم ")
		sb.WriteString(strings.Repeat("٧", i+1))
		sb.WriteString(" في حي مختلف من المدينة.\n")
	}
	a := model.NewAnalysis(model.Article{ID: "a", Text: sb.String()})
	if b := Brief(model.Story{Documents: []string{"a"}}, []model.Analysis{a}); len(b) > BriefMax {
		t.Errorf("%d sentences", len(b))
	}
}
