package reconcile

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/model"
)

// fixture is a story written by hand: documents whose quantities and places
// are given by their text (offsets are found), and the comparisons wanted.
type fixture struct {
	Duplicates map[string]string `json:"duplicates"`
	Docs       []fixtureDoc      `json:"docs"`
	Want       []wantComparison  `json:"want"`
}

type fixtureDoc struct {
	ID          string `json:"id"`
	Outlet      string `json:"outlet"`
	PublishedAt string `json:"published_at"`
	Text        string `json:"text"`
	Quantities  []struct {
		Text    string   `json:"text"`
		Value   *float64 `json:"value"`
		Min     *float64 `json:"min"`
		Max     *float64 `json:"max"`
		Approx  bool     `json:"approx"`
		Unit    string   `json:"unit"`
		Noun    string   `json:"noun"`
		Speaker string   `json:"speaker"`
		Via     []string `json:"via"`
	} `json:"quantities"`
	Places []struct {
		Text string `json:"text"`
	} `json:"places"`
}

type wantComparison struct {
	Predicate  string `json:"predicate"`
	Unit       string `json:"unit"`
	Place      string `json:"place"`
	Holder     string `json:"holder"`
	Complement bool   `json:"complement"`
	Verdict    string `json:"verdict"`
	Claims     int    `json:"claims"`
	Sources    int    `json:"sources"`
}

// analysis turns a fixture document into the contract's record.
func (fd fixtureDoc) analysis(t *testing.T) model.Analysis {
	t.Helper()
	a := model.NewAnalysis(model.Article{ID: fd.ID, Outlet: fd.Outlet, Text: fd.Text})
	a.PublishedAt = fd.PublishedAt
	from := 0
	for i, q := range fd.Quantities {
		at := strings.Index(fd.Text[from:], q.Text)
		if at < 0 {
			t.Fatalf("%s: quantity %q not in text after byte %d", fd.ID, q.Text, from)
		}
		span := model.SpanOf(fd.Text, from+at, from+at+len(q.Text))
		from = span.End
		mq := model.Quantity{Span: span, Value: q.Value, Min: q.Min, Max: q.Max, Approx: q.Approx, Unit: q.Unit, Noun: q.Noun}
		a.Quantities = append(a.Quantities, mq)
		if q.Speaker != "" {
			c := model.Claim{Span: span, Speaker: &model.Speaker{Name: q.Speaker, Text: q.Speaker}, Quantities: []int{i}}
			for _, v := range q.Via {
				c.Via = append(c.Via, model.Via{Name: v, Text: v})
			}
			a.Claims = append(a.Claims, c)
		}
	}
	for _, p := range fd.Places {
		at := strings.Index(fd.Text, p.Text)
		for at >= 0 {
			a.Places = append(a.Places, model.Place{Span: model.SpanOf(fd.Text, at, at+len(p.Text)), Name: p.Text})
			next := strings.Index(fd.Text[at+len(p.Text):], p.Text)
			if next < 0 {
				break
			}
			at += len(p.Text) + next
		}
	}
	return a
}

func loadFixture(t *testing.T, path string) (model.Story, []model.Analysis, []wantComparison) {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var fx fixture
	if err := json.Unmarshal(raw, &fx); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	st := model.Story{ID: "s", Duplicates: fx.Duplicates}
	var docs []model.Analysis
	for _, fd := range fx.Docs {
		docs = append(docs, fd.analysis(t))
		st.Documents = append(st.Documents, fd.ID)
	}
	return st, docs, fx.Want
}

func TestCompareFixtures(t *testing.T) {
	paths, _ := filepath.Glob("testdata/compare/*.json")
	if len(paths) == 0 {
		t.Fatal("no fixtures")
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			st, docs, want := loadFixture(t, p)
			got := Compare(st, docs)
			if len(got) != len(want) {
				t.Errorf("%d comparisons, want %d:\n%s", len(got), len(want), describe(got))
			}
			for _, w := range want {
				c := find(got, w)
				if c == nil {
					t.Errorf("no comparison %+v in:\n%s", w, describe(got))
					continue
				}
				if c.Verdict != w.Verdict || len(c.Claims) != w.Claims || c.Sources != w.Sources {
					t.Errorf("%s: verdict %s, %d claims, %d sources; want %s, %d, %d",
						c.Topic, c.Verdict, len(c.Claims), c.Sources, w.Verdict, w.Claims, w.Sources)
				}
			}
		})
	}
}

// find returns the comparison a want describes: same predicate, unit,
// complement, and place and holder when given; among several, the one with
// the wanted number of claims.
func find(cs []model.Comparison, w wantComparison) *model.Comparison {
	var first *model.Comparison
	for i, c := range cs {
		if c.Predicate == w.Predicate && c.Unit == w.Unit && c.Complement == w.Complement &&
			(w.Place == "" || c.Place == w.Place) && (w.Holder == "" || strings.Contains(c.Topic, "by "+w.Holder)) {
			if len(c.Claims) == w.Claims {
				return &cs[i]
			}
			if first == nil {
				first = &cs[i]
			}
		}
	}
	return first
}

func describe(cs []model.Comparison) string {
	var b strings.Builder
	for _, c := range cs {
		b.WriteString("  " + c.Topic + " [" + c.Predicate + "/" + c.Unit + "] " + c.Verdict + ":")
		for _, cl := range c.Claims {
			b.WriteString(" " + cl.Document + "=" + cl.Text)
		}
		b.WriteString("\n")
	}
	return b.String()
}

func TestCompareKeepsSpans(t *testing.T) {
	st, docs, _ := loadFixture(t, "testdata/compare/tolls-and-places.json")
	byID := map[string]string{}
	for _, d := range docs {
		byID[d.ID] = d.Text
	}
	for _, c := range Compare(st, docs) {
		for _, cl := range c.Claims {
			if txt := byID[cl.Document]; txt[cl.Start:cl.End] != cl.Text {
				t.Errorf("%s: span [%d,%d) is %q, claim text %q", cl.Document, cl.Start, cl.End, txt[cl.Start:cl.End], cl.Text)
			}
		}
	}
}

// TestCompareNeverNil checks that a story with nothing to compare gets an
// empty list, which the contract's JSON writes as [], not null.
func TestCompareNeverNil(t *testing.T) {
	a := model.NewAnalysis(model.Article{ID: "a", Text: "لا أرقام في هذا الخبر."})
	if c := Compare(model.Story{ID: "s", Documents: []string{"a"}}, []model.Analysis{a}); c == nil {
		t.Error("Compare returned nil")
	}
}
