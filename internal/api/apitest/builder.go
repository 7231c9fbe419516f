// Package apitest holds fictional fixtures for the tests of the JSON API and
// the web UI: articles we wrote, their analysis records with every array
// filled, and stories with comparisons. Every span is found in its text by
// search, so text[start:end] == span.text holds by construction.
package apitest

import (
	"fmt"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
	"github.com/marsad/marsad/internal/text"
)

// doc builds one record.
type doc struct {
	an model.Analysis
	a  model.Article
}

func newDoc(id, outlet, day, title, body string) *doc {
	pub, err := time.Parse(model.DateLayout, day)
	if err != nil {
		panic(err)
	}
	a := model.Article{ID: id, Outlet: outlet, Title: title, Text: text.Normalize(body),
		Published: pub.Add(9 * time.Hour), Language: "ar", Format: "txt", Source: "apitest"}
	return &doc{a: a, an: model.NewAnalysis(a)}
}

func (d *doc) record() store.Record { return store.Record{Article: d.a, Analysis: d.an} }

// span finds the nth (0-based) occurrence of s in the text; a fixture that
// names a missing string is a bug in the fixture.
func (d *doc) span(s string, nth int) model.Span {
	from := 0
	for {
		i := strings.Index(d.a.Text[from:], s)
		if i < 0 {
			panic(fmt.Sprintf("apitest: %q (#%d) not in %s", s, nth, d.a.ID))
		}
		if nth == 0 {
			return model.SpanOf(d.a.Text, from+i, from+i+len(s))
		}
		nth--
		from += i + len(s)
	}
}

func (d *doc) entity(s string, nth int, typ, name, kind string) int {
	d.an.Entities = append(d.an.Entities, model.Entity{Span: d.span(s, nth), Type: typ, Name: name, Kind: kind})
	return len(d.an.Entities) - 1
}

func (d *doc) place(s string, nth int, name, nameEn string, lat, lon float64) int {
	d.an.Places = append(d.an.Places, model.Place{Span: d.span(s, nth), Name: name, NameEn: nameEn,
		Lat: lat, Lon: lon, Kind: "city", Country: "SY", Gazetteer: "fx-" + nameEn})
	return len(d.an.Places) - 1
}

// qty adds a quantity; a negative bound is open (nil).
func (d *doc) qty(s string, value, lo, hi float64, approx bool, unit, noun string) int {
	d.an.Quantities = append(d.an.Quantities, model.Quantity{Span: d.span(s, 0),
		Value: bound(value), Min: bound(lo), Max: bound(hi), Approx: approx, Unit: unit, Noun: noun})
	return len(d.an.Quantities) - 1
}

func bound(v float64) *float64 {
	if v < 0 {
		return nil
	}
	return &v
}

func (d *doc) when(s, value string) int {
	d.an.Times = append(d.an.Times, model.Time{Span: d.span(s, 0), Type: "date", Value: value, Grain: "day"})
	return len(d.an.Times) - 1
}

// claim adds a claim over sentence s; speaker is the surface text and name
// the resolved name; via are names of entities in the text.
func (d *doc) claim(s, cue, kind, speaker, name string, via []string, qs, ts []int) int {
	c := model.Claim{Span: d.span(s, 0), Cue: cue, Kind: kind, Via: []model.Via{}, Quantities: qs, Times: ts}
	if c.Quantities == nil {
		c.Quantities = []int{}
	}
	if c.Times == nil {
		c.Times = []int{}
	}
	if speaker != "" {
		sp := d.within(c.Span, speaker)
		c.Speaker = &model.Speaker{Text: sp.Text, Start: sp.Start, End: sp.End, Name: name,
			Entity: d.entityAt(sp), Anonymous: strings.HasPrefix(name, "مصادر")}
	}
	for _, v := range via {
		sp := d.within(c.Span, v)
		c.Via = append(c.Via, model.Via{Text: sp.Text, Start: sp.Start, End: sp.End, Name: v, Entity: d.entityAt(sp)})
	}
	d.an.Claims = append(d.an.Claims, c)
	return len(d.an.Claims) - 1
}

// within finds s inside the span outer.
func (d *doc) within(outer model.Span, s string) model.Span {
	i := strings.Index(outer.Text, s)
	if i < 0 {
		panic(fmt.Sprintf("apitest: %q not in claim %q", s, outer.Text))
	}
	return model.SpanOf(d.a.Text, outer.Start+i, outer.Start+i+len(s))
}

func (d *doc) entityAt(sp model.Span) *int {
	for i, e := range d.an.Entities {
		if e.Span.Overlaps(sp) {
			return &i
		}
	}
	return nil
}

func (d *doc) event(typ, s string, actors, targets []int, place, tm int, qs []int, claim int) int {
	sp := d.span(s, 0)
	ev := model.Event{Type: typ, Start: sp.Start, End: sp.End, Actors: orEmpty(actors), Targets: orEmpty(targets),
		Quantities: orEmpty(qs), Place: index(place), Time: index(tm), Claim: index(claim), Realis: "actual"}
	if tm >= 0 {
		ev.Date = d.an.Times[tm].Value
	}
	d.an.Events = append(d.an.Events, ev)
	return len(d.an.Events) - 1
}

func orEmpty(s []int) []int {
	if s == nil {
		return []int{}
	}
	return s
}

func index(i int) *int {
	if i < 0 {
		return nil
	}
	return &i
}
