package export

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// ploverEvent is one PLOVER record (PLOVER's JSONL: id, date, actor,
// recipient, event, mode, context, event_loc, text_info, cite_info, size),
// with marsad's type, realis and bases added.
type ploverEvent struct {
	ID        string          `json:"id"`
	Date      string          `json:"date"`
	DateBasis string          `json:"date_basis,omitempty"`
	Actor     []ploverActor   `json:"actor"`
	Recipient []ploverActor   `json:"recipient"`
	Event     string          `json:"event"`
	Mode      []string        `json:"mode"`
	Context   []string        `json:"context"`
	AuxMode   string          `json:"aux_mode,omitempty"`
	EventLoc  *ploverLocation `json:"event_loc"`
	TextInfo  ploverText      `json:"text_info"`
	CiteInfo  ploverCite      `json:"cite_info"`
	Size      ploverSize      `json:"size"`
	Marsad    ploverMarsad    `json:"marsad"`
}

type ploverActor struct {
	Text   string `json:"actor_text"`
	Name   string `json:"name,omitempty"`
	Entity *int   `json:"entity"`
}

type ploverLocation struct {
	Name      string  `json:"name"`
	NameEn    string  `json:"name_en,omitempty"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Country   string  `json:"country,omitempty"`
	Gazetteer string  `json:"gazetteer,omitempty"`
	Basis     string  `json:"basis,omitempty"`
}

type ploverText struct {
	Sentence int    `json:"sentence"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Trigger  string `json:"trigger"`
	Text     string `json:"sentence_text"`
}

type ploverCite struct {
	Document  string `json:"document"`
	Outlet    string `json:"outlet"`
	URL       string `json:"url,omitempty"`
	Published string `json:"published,omitempty"`
	Speaker   string `json:"speaker,omitempty"`
}

type ploverSize struct {
	Dead     *float64 `json:"dead"`
	Injured  *float64 `json:"injured"`
	Arrested *float64 `json:"arrested"`
}

type ploverMarsad struct {
	Type   string            `json:"type"`
	Realis string            `json:"realis"`
	Status string            `json:"status,omitempty"`
	Attrs  map[string]string `json:"attrs,omitempty"`
}

// auxModes maps realis to PLOVER's auxiliary modes.
var auxModes = map[string]string{"historical": "historical", "planned": "future", "hypothetical": "hypothetical", "negated": "negation"}

// WritePLOVER writes every event that has a PLOVER category as one PLOVER
// JSON line. Realis other than actual becomes PLOVER's auxiliary mode;
// size.dead is the conservative killed figure.
func WritePLOVER(w io.Writer, as []model.Analysis) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range as {
		sents := text.Sentences(a.Text)
		for i, e := range a.Events {
			if e.PLOVER == "" {
				continue
			}
			if err := enc.Encode(ploverOf(a, i, e, sents)); err != nil {
				return fmt.Errorf("export plover %s: %w", eventID(a, i), err)
			}
		}
	}
	return nil
}

func ploverOf(a model.Analysis, i int, e model.Event, sents []text.Sentence) ploverEvent {
	p := ploverEvent{
		ID: eventID(a, i), Date: e.Date, DateBasis: e.DateBasis, Event: e.PLOVER,
		Mode: orEmpty(e.PLOVERModes), Context: []string{}, AuxMode: auxModes[e.Realis],
		Actor: ploverActors(a, e.Actors, e.ActorSpans), Recipient: ploverActors(a, e.Targets, e.TargetSpans),
		CiteInfo: ploverCite{Document: a.ID, Outlet: a.Outlet, URL: a.URL, Published: a.Published},
		Marsad:   ploverMarsad{Type: e.Type, Realis: e.Realis, Status: e.Status, Attrs: e.Attrs},
	}
	if pl := place(a, e); pl != nil {
		p.EventLoc = &ploverLocation{Name: pl.Name, NameEn: pl.NameEn, Lat: pl.Lat, Lon: pl.Lon, Country: pl.Country, Gazetteer: pl.Gazetteer, Basis: e.PlaceBasis}
	}
	p.TextInfo = ploverText{Sentence: -1, Start: e.Start, End: e.End, Trigger: e.Trigger}
	for si, s := range sents {
		if s.Start <= e.Start && e.Start < s.End {
			p.TextInfo.Sentence, p.TextInfo.Text = si, a.Text[s.Start:s.End]
			break
		}
	}
	if e.Claim != nil && *e.Claim >= 0 && *e.Claim < len(a.Claims) && a.Claims[*e.Claim].Speaker != nil {
		p.CiteInfo.Speaker = a.Claims[*e.Claim].Speaker.Name
	}
	p.Size = ploverSize{Dead: sizeOf(a, e, "killed"), Injured: sizeOf(a, e, "wounded"), Arrested: sizeOf(a, e, "arrested")}
	return p
}

func sizeOf(a model.Analysis, e model.Event, metric string) *float64 {
	t := countOf(a, e, metric)
	if !t.ok {
		return nil
	}
	return &t.low
}

func ploverActors(a model.Analysis, idx []int, spans []model.Span) []ploverActor {
	out := []ploverActor{}
	for _, i := range idx {
		if i >= 0 && i < len(a.Entities) {
			en := a.Entities[i]
			out = append(out, ploverActor{Text: en.Text, Name: en.Name, Entity: &i})
		}
	}
	if len(out) == 0 {
		for _, s := range spans {
			out = append(out, ploverActor{Text: s.Text})
		}
	}
	return out
}

func orEmpty(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
