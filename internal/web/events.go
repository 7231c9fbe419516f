package web

import (
	"html/template"
	"strconv"

	"github.com/marsad/marsad/internal/store"
)

// eventGroup is the events of one date of a story's timeline, as cards.
type eventGroup struct {
	Label, Count    string
	Outlier, Coarse bool
	Cards           []eventCard
}

// eventCard is one sentence and the events found in it: their types, where,
// who, the figures, and the sentence with the events' words marked.
type eventCard struct {
	Types            []string
	Date, DateBasis  string
	Places           []string
	Actors, Targets  []string
	Figures          []string
	Sentence         template.HTML
	Href, ArticleID  string
	Outlet, Realis   string
	sentStart, trigs int
}

var figureMetrics = map[string]string{"killed": "قتلى", "wounded": "جرحى", "displaced": "نازحون", "evacuated": "مُجلَون",
	"arrested": "معتقلون", "remaining": "باقون", "surrendered": "مستسلمون", "missing": "مفقودون", "controlled": "سيطرة"}

var dateBasisLabels = map[string]string{"publication": "تاريخ النشر", "relative": "محسوب من النص", "explicit": "مذكور في النص",
	"reported": "يوم الإبلاغ"}

// eventGroups turns the timeline's columns into lists of cards; events of
// one sentence share a card.
func eventGroups(cols []tlColumn) []eventGroup {
	var out []eventGroup
	for _, c := range cols {
		g := eventGroup{Label: c.Label, Count: c.Count, Outlier: c.Outlier, Coarse: c.Coarse}
		at := map[string]int{}
		var marks [][]Mark
		var texts []string
		for _, ev := range c.Events {
			key := ev.ArticleID + "\x00" + strconv.Itoa(ev.Sentence.Start)
			i, ok := at[key]
			if !ok {
				i = len(g.Cards)
				at[key] = i
				g.Cards = append(g.Cards, eventCard{Date: ev.Date, DateBasis: label(dateBasisLabels, ev.Event.DateBasis),
					Href: eventHref(ev), ArticleID: ev.ArticleID, Outlet: ev.Outlet, sentStart: ev.Sentence.Start})
				marks, texts = append(marks, nil), append(texts, ev.Sentence.Text)
			}
			card := &g.Cards[i]
			card.Types = addOnce(card.Types, label(eventLabels, ev.Type))
			if ev.Place != nil {
				card.Places = addOnce(card.Places, orText(ev.Place.Name, ev.Place.Text))
			}
			for _, a := range ev.Actors {
				card.Actors = addOnce(card.Actors, a)
			}
			for _, a := range ev.Targets {
				card.Targets = addOnce(card.Targets, a)
			}
			for _, f := range ev.Figures {
				card.Figures = addOnce(card.Figures, figureText(f))
			}
			if s := ev.Event.Start - card.sentStart; s >= 0 && ev.Event.End-card.sentStart <= len(texts[i]) {
				marks[i] = append(marks[i], Mark{Start: s, End: ev.Event.End - card.sentStart, Class: "hl-ev",
					Title: label(eventLabels, ev.Type)})
			}
		}
		for i := range g.Cards {
			g.Cards[i].Sentence = Highlight(texts[i], marks[i])
		}
		out = append(out, g)
	}
	return out
}

func figureText(f store.EventFigure) string {
	q := f.Quantity
	t := figure(q.Value, q.Min, q.Max, q.Approx)
	if m, ok := figureMetrics[f.Metric]; ok {
		t = m + ": " + t
	}
	if q.Unit != "" && q.Unit != "people" {
		t += " " + label(unitLabels, q.Unit)
	}
	return t
}

func addOnce(list []string, s string) []string {
	if s == "" {
		return list
	}
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
