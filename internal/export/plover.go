package export

import (
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// ploverEvent is one PLOVER record, with the field names of the PLOVER
// manual's "JSON Data Fields" chapter (id, date, enddate, actor,
// recipient, event, mode, context, event_loc, event_text, text,
// text_info, cite_info, size) and marsad's own under "marsad".
type ploverEvent struct {
	ID        string          `json:"id"`
	Date      string          `json:"date"`
	EndDate   string          `json:"enddate,omitempty"`
	Actor     []ploverActor   `json:"actor"`
	Recipient []ploverActor   `json:"recipient"`
	Event     []string        `json:"event"`
	Mode      []string        `json:"mode"`
	Context   []string        `json:"context"`
	EventLoc  *ploverLocation `json:"event_loc,omitempty"`
	EventText []string        `json:"event_text"`
	Text      string          `json:"text,omitempty"`
	TextInfo  ploverText      `json:"text_info"`
	CiteInfo  ploverCite      `json:"cite_info"`
	Size      ploverSize      `json:"size"`
	Marsad    ploverMarsad    `json:"marsad"`
}

// ploverActor is the manual's actor object: the words of the text, the
// 3-letter code when the actor is a country, and the registry's id and
// canonical name as its unique identifier.
type ploverActor struct {
	EntityText     string `json:"entity_text"`
	Code           string `json:"code,omitempty"`
	IdentifierID   string `json:"identifier_id,omitempty"`
	IdentifierText string `json:"identifier_text,omitempty"`
}

// ploverLocation is the manual's location object (GeoNames' field names).
type ploverLocation struct {
	GeonameID   *int64  `json:"geonameid,omitempty"`
	Name        string  `json:"name"`
	ASCIIName   string  `json:"asciiname,omitempty"`
	Latitude    float64 `json:"latitude"`
	Longitude   float64 `json:"longitude"`
	CountryCode string  `json:"country_code,omitempty"` // ISO 3166-1 alpha-3, as the manual asks
}

// ploverText is the manual's text object: the sentence's number and the
// trigger's offsets in characters (Unicode code points) of the text.
type ploverText struct {
	Sequence int `json:"sequence"`
	Start    int `json:"start"`
	End      int `json:"end"`
}

// ploverCite is the manual's citation object.
type ploverCite struct {
	Citation    string `json:"citation"`
	URL         string `json:"url,omitempty"`
	Title       string `json:"title,omitempty"`
	Language    string `json:"language,omitempty"`
	Publication string `json:"publication,omitempty"`
	Coder       string `json:"coder"`
	Codebook    string `json:"codebook"`
}

type ploverSize struct {
	Dead     *float64 `json:"dead"`
	Injured  *float64 `json:"injured"`
	Arrested *float64 `json:"arrested"`
}

// ploverMarsad is what marsad adds: its own event type, realis, status,
// the period as written, the bases of date and place, the source's
// publication date and speaker, the place's ISO-2 code and gazetteer id,
// and the modes that are marsad's, not PLOVER's.
type ploverMarsad struct {
	Type        string            `json:"type"`
	Realis      string            `json:"realis"`
	Status      string            `json:"status,omitempty"`
	DateText    string            `json:"date_text,omitempty"`
	DateBasis   string            `json:"date_basis,omitempty"`
	PlaceBasis  string            `json:"place_basis,omitempty"`
	Country     string            `json:"country,omitempty"`
	Gazetteer   string            `json:"gazetteer,omitempty"`
	Published   string            `json:"published,omitempty"`
	Speaker     string            `json:"speaker,omitempty"`
	ByteOffsets [2]int            `json:"byte_offsets"`
	Modes       []string          `json:"modes,omitempty"`
	Attrs       map[string]string `json:"attrs,omitempty"`
}

// auxModes maps realis to PLOVER's auxiliary modes.
var auxModes = map[string]string{"historical": "historical", "planned": "future", "hypothetical": "hypothetical", "negated": "negation"}

// ploverModes are the modes the PLOVER manual lists, by category.
var ploverModes = map[string]string{
	"CONSULT":  "visit third-party multilateral phone",
	"RETREAT":  "withdraw release disarm ceasefire access resign",
	"REQUEST":  "assist change yield meet",
	"REJECT":   "assist change yield meet",
	"ACCUSE":   "disapprove investigate allege",
	"THREATEN": "restrict arrest relations expel territory violence",
	"PROTEST":  "demo riot strike hunger boycott obstruct vandalize",
	"SANCTION": "convict expel withdraw discontinue",
	"MOBILIZE": "troops weapons police militia",
	"COERCE":   "seize restrict censor curfew martial-law arrest deport withhold misinformation cyber",
	"ASSAULT":  "abduct beat torture sexual targeted destroy primitive firearms explosives suicide-attack aerial drone heavy-weapons crowd-control unconventional sideAB",
}

// typeContexts gives PLOVER contexts that follow from marsad's event type.
var typeContexts = map[string]string{
	"armed_clash": "military", "air_strike": "military", "shelling": "military", "territory_capture": "military territory",
	"territory_handover": "military territory", "base_established": "military", "mobilization": "military", "siege": "military",
	"surrender": "military", "chemical_attack": "military cbrn", "displacement": "migration", "evacuation": "migration",
	"humanitarian_access": "human_security",
}

// WritePLOVER writes every event that has a PLOVER category as one PLOVER
// JSON line; events with no day to give them are left out and counted.
// Realis other than actual becomes one of PLOVER's auxiliary modes;
// size.dead is the conservative killed figure.
func WritePLOVER(w io.Writer, as []model.Analysis, o Options) (Stats, error) {
	var st Stats
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range as {
		var sents []text.Sentence
		var runes []int
		for i, e := range a.Events {
			switch {
			case e.PLOVER == "":
				continue
			case o.Current && e.Realis == "historical":
				st.leave("historical (--current)")
				continue
			case eventDate(e.Date) == "":
				st.leave("no date")
				continue
			}
			if sents == nil {
				sents, runes = text.Sentences(a.Text), runeOffsets(a.Text)
			}
			st.Written++
			if err := enc.Encode(ploverOf(a, i, e, sents, runes)); err != nil {
				return st, fmt.Errorf("export plover %s: %w", eventID(a, i), err)
			}
		}
	}
	return st, nil
}

// runeOffsets maps each byte offset of s (and len(s)) to the number of
// code points before it: a byte offset into a character offset.
func runeOffsets(s string) []int {
	out := make([]int, len(s)+1)
	n := 0
	for i := 0; i <= len(s); i++ {
		out[i] = n
		if i < len(s) && utf8.RuneStart(s[i]) {
			n++
		}
	}
	return out
}

func ploverOf(a model.Analysis, i int, e model.Event, sents []text.Sentence, runes []int) ploverEvent {
	p := ploverEvent{
		ID: eventID(a, i), Date: eventDate(e.Date), EndDate: periodEnd(e.Date), Event: []string{e.PLOVER},
		Mode: []string{}, Context: []string{}, EventText: []string{e.Trigger},
		Actor: ploverActors(a, e.Actors, e.ActorSpans), Recipient: ploverActors(a, e.Targets, e.TargetSpans),
		CiteInfo: ploverCite{Citation: a.ID, URL: a.URL, Title: a.Title, Language: a.Language, Publication: a.Outlet,
			Coder: "marsad", Codebook: "plover-0.7b1 (marsad extensions under \"marsad\")"},
		Marsad: ploverMarsad{Type: e.Type, Realis: e.Realis, Status: e.Status, DateText: e.Date, DateBasis: e.DateBasis,
			PlaceBasis: e.PlaceBasis, Published: a.Published, Attrs: e.Attrs, ByteOffsets: [2]int{e.Start, e.End}},
	}
	allowed := strings.Fields(ploverModes[e.PLOVER])
	for _, m := range e.PLOVERModes {
		if slices.Contains(allowed, m) {
			p.Mode = append(p.Mode, m)
		} else {
			p.Marsad.Modes = append(p.Marsad.Modes, m)
		}
	}
	if aux := auxModes[e.Realis]; aux != "" {
		p.Mode = append(p.Mode, aux)
	}
	p.Context = append(p.Context, strings.Fields(typeContexts[e.Type])...)
	if pl := place(a, e); hasCoords(pl) {
		loc := &ploverLocation{Name: pl.Name, ASCIIName: pl.NameEn, Latitude: pl.Lat, Longitude: pl.Lon, CountryCode: countryOf(pl.Country).iso3}
		if id, ok := strings.CutPrefix(pl.Gazetteer, "gn:"); ok {
			if n, err := strconv.ParseInt(id, 10, 64); err == nil {
				loc.GeonameID = &n
			}
		}
		p.EventLoc = loc
		p.Marsad.Country, p.Marsad.Gazetteer = pl.Country, pl.Gazetteer
	}
	p.TextInfo = ploverText{Sequence: -1, Start: runeAt(runes, e.Start), End: runeAt(runes, e.End)}
	for si, s := range sents {
		if s.Start <= e.Start && e.Start < s.End {
			p.TextInfo.Sequence, p.Text = si, a.Text[s.Start:s.End]
			break
		}
	}
	if e.Claim != nil && *e.Claim >= 0 && *e.Claim < len(a.Claims) && a.Claims[*e.Claim].Speaker != nil {
		p.Marsad.Speaker = a.Claims[*e.Claim].Speaker.Name
	}
	p.Size = ploverSize{Dead: sizeOf(a, e, "killed"), Injured: sizeOf(a, e, "wounded"), Arrested: sizeOf(a, e, "arrested")}
	return p
}

func runeAt(runes []int, b int) int {
	if b < 0 || b >= len(runes) {
		return -1
	}
	return runes[b]
}

// periodEnd is the last day of a date wider than a day (a week, a month,
// a year, a range), "" for a day.
func periodEnd(d string) string {
	from, to := period(d)
	if to == from {
		return ""
	}
	return to
}

func sizeOf(a model.Analysis, e model.Event, metric string) *float64 {
	t := countOf(a, e, metric)
	if !t.ok {
		return nil
	}
	return &t.low
}

// ploverActors are the entities an event names, else the phrases the text
// gives for its participants (entity_text only).
func ploverActors(a model.Analysis, idx []int, spans []model.Span) []ploverActor {
	out := []ploverActor{}
	for _, i := range idx {
		if i >= 0 && i < len(a.Entities) {
			en := a.Entities[i]
			pa := ploverActor{EntityText: en.Text}
			if en.KB != nil {
				pa.IdentifierID = *en.KB
				pa.IdentifierText = en.NameEn
				if pa.IdentifierText == "" {
					pa.IdentifierText = en.Name
				}
			}
			out = append(out, pa)
		}
	}
	if len(out) == 0 {
		for _, s := range spans {
			out = append(out, ploverActor{EntityText: s.Text})
		}
	}
	return out
}
