package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/event"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// goldDev is the part of gold-dev/gold.json the event listing reads.
type goldDev struct {
	Docs map[string]struct {
		Outlet, Published, Title, Story string
	} `json:"docs"`
	Quantities []eventGoldQuantity `json:"quantities"`
	Vague      []eventGoldQuantity `json:"vague"`
	Dates      []goldDate          `json:"dates"`
	Places     map[string][]string `json:"places"`
	StoryInfo  []struct {
		Label, Title string
		Documents    []string
	} `json:"story_info"`
}

type eventGoldQuantity struct {
	Doc              string
	Start, End       int
	Text, Unit, Noun string
	Value, Min, Max  *float64
	Approx           bool
}

type goldDate struct {
	Doc                string
	Start, End         int
	Text, Value, Grain string
}

// goldDevEvents runs the event stage on the gold-dev articles with the
// gold's own quantities, dates and place names as input (standing in for
// the other stages), and writes the events per story as Markdown. It
// returns how many events it listed.
func goldDevEvents(data string, w io.Writer) (int, error) {
	b, err := os.ReadFile(filepath.Join(data, "gold-dev", "gold.json"))
	if err != nil {
		return 0, fmt.Errorf("events gold-dev: %w", err)
	}
	var g goldDev
	if err := json.Unmarshal(b, &g); err != nil {
		return 0, fmt.Errorf("events gold-dev: %w", err)
	}
	texts, err := articleTexts(filepath.Join(data, "arabic-news-sample", "articles.jsonl"), g.Docs)
	if err != nil {
		return 0, err
	}
	x := event.New(event.Options{})
	n := 0
	for _, st := range g.StoryInfo {
		fmt.Fprintf(w, "\n## %s: %s\n", st.Label, st.Title)
		for _, id := range st.Documents {
			doc := g.Docs[id]
			txt := texts[id]
			in := goldInput(g, id, txt, doc.Published)
			evs := x.Extract(text.Read(txt), in)
			fmt.Fprintf(w, "\n### %s (%s, %s)\n\n| # | type | trigger | realis | place (basis) | date (basis) | counts | actor / target |\n|---|---|---|---|---|---|---|---|\n", id, doc.Outlet, doc.Published)
			for i, e := range evs {
				n++
				fmt.Fprintf(w, "| %d | %s | %s | %s | %s | %s | %s | %s |\n", i, e.Type, cell(e.Trigger), e.Realis,
					placeCell(in, e), e.Date+" ("+e.DateBasis+")", countsCell(in, e), cell(spansCell(e.ActorSpans)+" / "+spansCell(e.TargetSpans)))
			}
		}
	}
	return n, nil
}

func articleTexts(path string, want map[string]struct{ Outlet, Published, Title, Story string }) (map[string]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("events gold-dev: %w", err)
	}
	out := map[string]string{}
	for _, line := range strings.Split(string(b), "\n") {
		if line == "" {
			continue
		}
		var a struct{ ID, Text string }
		if err := json.Unmarshal([]byte(line), &a); err != nil {
			return nil, fmt.Errorf("events gold-dev: %w", err)
		}
		if _, ok := want[a.ID]; ok {
			out[a.ID] = a.Text
		}
	}
	return out, nil
}

// goldInput builds the event stage's input from the gold of one article.
// Places are every occurrence of the article's gold place names.
func goldInput(g goldDev, id, txt, published string) event.Input {
	in := event.Input{}
	in.Published, _ = time.Parse(model.DateLayout, published)
	for _, q := range append(append([]eventGoldQuantity{}, g.Quantities...), g.Vague...) {
		if q.Doc == id && q.End <= len(txt) {
			in.Quantities = append(in.Quantities, model.Quantity{Span: model.SpanOf(txt, q.Start, q.End), Value: q.Value, Min: q.Min, Max: q.Max, Approx: q.Approx, Unit: q.Unit, Noun: q.Noun})
		}
	}
	sort.Slice(in.Quantities, func(i, j int) bool { return in.Quantities[i].Start < in.Quantities[j].Start })
	for _, d := range g.Dates {
		if d.Doc == id && d.End <= len(txt) {
			basis := "explicit"
			if !strings.ContainsAny(d.Text, "0123456789") {
				basis = "relative"
			}
			in.Times = append(in.Times, model.Time{Span: model.SpanOf(txt, d.Start, d.End), Type: "date", Value: d.Value, Grain: d.Grain, Basis: basis})
		}
	}
	for _, name := range g.Places[id] {
		for off := 0; ; {
			i := strings.Index(txt[off:], name)
			if i < 0 {
				break
			}
			in.Places = append(in.Places, model.Place{Span: model.SpanOf(txt, off+i, off+i+len(name)), Name: name, Kind: placeKind(name)})
			off += i + len(name)
		}
	}
	sort.Slice(in.Places, func(i, j int) bool { return in.Places[i].Start < in.Places[j].Start })
	return in
}

func cell(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "|", "/"), "\n", " ") }

func placeCell(in event.Input, e model.Event) string {
	if e.Place == nil {
		return "-"
	}
	return in.Places[*e.Place].Name + " (" + e.PlaceBasis + ")"
}

func countsCell(in event.Input, e model.Event) string {
	var s []string
	for _, c := range e.Counts {
		s = append(s, fmt.Sprintf("%s: %s %s", c.Metric, in.Quantities[c.Quantity].Text, c.Subject))
	}
	return cell(strings.Join(s, "; "))
}

func spansCell(ss []model.Span) string {
	var s []string
	for _, sp := range ss {
		s = append(s, sp.Text)
	}
	return strings.Join(s, ", ")
}

// countries are the gold-dev place names that are countries.
var countries = map[string]bool{"سوريا": true, "روسيا": true, "بريطانيا": true, "العراق": true, "الهند": true,
	"إسرائيل": true, "تركيا": true, "الولايات المتحدة": true, "الولايات المتحدة الأمريكية": true, "إيران": true,
	"لبنان": true, "فرنسا": true, "الأردن": true, "مصر": true, "السعودية": true, "كوريا الشمالية": true}

func placeKind(name string) string {
	if countries[name] {
		return "country"
	}
	return ""
}
