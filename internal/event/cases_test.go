package event

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// caseFile is one fixture of testdata/cases: a text we wrote, what the other
// stages would have found in it (located by their text, in text order),
// and the events wanted.
type caseFile struct {
	Text       string `json:"text"`
	Published  string `json:"published"`
	Places     []struct{ Text, Name, Kind string }
	Quantities []struct{ Text, Unit, Noun string }
	Times      []struct{ Text, Value, Basis string }
	Claims     []struct{ Text, Cue string }
	Want       []wantEvent `json:"want"`
}

type wantEvent struct {
	Type       string `json:"type"`
	Trigger    string `json:"trigger"`
	Realis     string `json:"realis"`
	Status     string `json:"status"`
	Place      string `json:"place"`
	PlaceBasis string `json:"place_basis"`
	Date       string `json:"date"`
	DateBasis  string `json:"date_basis"`
	Claim      *int   `json:"claim"`
	Counts     []struct {
		Text, Metric, Subject string
	} `json:"counts"`
}

// locator finds successive spans of a text, each after the previous one.
type locator struct {
	t    *testing.T
	text string
	at   int
}

func (l *locator) next(s string) model.Span {
	i := strings.Index(l.text[l.at:], s)
	if i < 0 {
		l.t.Fatalf("fixture text %q not found after byte %d", s, l.at)
	}
	start := l.at + i
	l.at = start + len(s)
	return model.SpanOf(l.text, start, l.at)
}

func (c caseFile) input(t *testing.T) Input {
	in := Input{}
	if c.Published != "" {
		p, err := time.Parse(model.DateLayout, c.Published)
		if err != nil {
			t.Fatal(err)
		}
		in.Published = p
	}
	l := &locator{t: t, text: c.Text}
	for _, p := range c.Places {
		in.Places = append(in.Places, model.Place{Span: l.next(p.Text), Name: p.Name, Kind: p.Kind})
	}
	l.at = 0
	for _, q := range c.Quantities {
		in.Quantities = append(in.Quantities, model.Quantity{Span: l.next(q.Text), Unit: q.Unit, Noun: q.Noun})
	}
	l.at = 0
	for _, tm := range c.Times {
		in.Times = append(in.Times, model.Time{Span: l.next(tm.Text), Type: "date", Value: tm.Value, Basis: tm.Basis})
	}
	l.at = 0
	for _, cl := range c.Claims {
		claim := model.Claim{Span: l.next(cl.Text), Cue: cl.Cue}
		if i := strings.Index(c.Text, cl.Cue); cl.Cue != "" && i >= 0 {
			cue := model.SpanOf(c.Text, i, i+len(cl.Cue))
			claim.CueSpan = &cue
		}
		in.Claims = append(in.Claims, claim)
	}
	return in
}

func TestCases(t *testing.T) {
	files, err := filepath.Glob("testdata/cases/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var c caseFile
			if err := json.Unmarshal(b, &c); err != nil {
				t.Fatal(err)
			}
			in := c.input(t)
			got := testX.Extract(text.Read(c.Text), in)
			if len(got) != len(c.Want) {
				t.Fatalf("%d events, want %d: %s", len(got), len(c.Want), brief(got))
			}
			for i, w := range c.Want {
				checkEvent(t, i, got[i], w, in)
			}
		})
	}
}

func checkEvent(t *testing.T, i int, e model.Event, w wantEvent, in Input) {
	t.Helper()
	check := func(field, got, want string) {
		if want != "" && got != want {
			t.Errorf("event %d %s = %q, want %q", i, field, got, want)
		}
	}
	check("type", e.Type, w.Type)
	check("trigger", e.Trigger, w.Trigger)
	check("realis", e.Realis, w.Realis)
	check("status", e.Status, w.Status)
	place := ""
	if e.Place != nil {
		place = in.Places[*e.Place].Name
	}
	check("place", place, w.Place)
	check("place_basis", e.PlaceBasis, w.PlaceBasis)
	check("date", e.Date, w.Date)
	check("date_basis", e.DateBasis, w.DateBasis)
	if w.Claim != nil && (e.Claim == nil || *e.Claim != *w.Claim) {
		t.Errorf("event %d claim = %v, want %d", i, e.Claim, *w.Claim)
	}
	if w.Counts == nil {
		return
	}
	var got, want []string
	for _, c := range e.Counts {
		got = append(got, in.Quantities[c.Quantity].Text+"/"+c.Metric+"/"+c.Subject)
	}
	for _, c := range w.Counts {
		want = append(want, c.Text+"/"+c.Metric+"/"+c.Subject)
	}
	if strings.Join(got, ";") != strings.Join(want, ";") {
		t.Errorf("event %d counts = %v, want %v", i, got, want)
	}
}

func brief(evs []model.Event) string {
	var s []string
	for _, e := range evs {
		s = append(s, e.Type+":"+e.Trigger+":"+e.Realis)
	}
	return strings.Join(s, ", ")
}
