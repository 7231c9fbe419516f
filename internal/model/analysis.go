package model

import (
	"encoding/json"
	"time"
)

// Analysis is the contract's record for one document: what `marsad analyze
// --format=jsonl` prints, one per line. Arrays are never nil so that they
// encode as [] rather than null.
type Analysis struct {
	ID        string `json:"id"`
	Title     string `json:"title"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	// PublishedAt is the publication time in RFC 3339 when the source gives
	// the time of day; comparisons use it to order figures of the same day.
	PublishedAt    string `json:"published_at,omitempty"`
	PublishedBasis string `json:"published_basis,omitempty"`
	URL            string `json:"url,omitempty"`
	Language       string `json:"language"`
	Text           string `json:"text"`

	Entities   []Entity   `json:"entities"`
	Places     []Place    `json:"places"`
	Quantities []Quantity `json:"quantities"`
	Times      []Time     `json:"times"`
	Claims     []Claim    `json:"claims"`
	Events     []Event    `json:"events"`

	// Errors lists stages that failed on this document; the others still ran.
	Errors []StageError `json:"errors,omitempty"`
}

// NewAnalysis returns the empty record for an article, every array present.
func NewAnalysis(a Article) Analysis {
	return Analysis{
		ID: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL,
		Published: a.PublishedDate(), PublishedAt: a.PublishedTime(),
		PublishedBasis: a.PublishedBasis,
		Language:       a.Language, Text: a.Text,
		Entities: []Entity{}, Places: []Place{}, Quantities: []Quantity{},
		Times: []Time{}, Claims: []Claim{}, Events: []Event{},
	}
}

// PublishedTime returns the publication time in RFC 3339, or "" when unknown
// or when it carries no time of day (midnight UTC is taken as a bare date).
func (a Article) PublishedTime() string {
	if a.Published.IsZero() {
		return ""
	}
	if h, m, s := a.Published.Clock(); h == 0 && m == 0 && s == 0 && a.Published.Location() == time.UTC {
		return ""
	}
	return a.Published.Format(time.RFC3339)
}

// StageError records that one stage failed on one document: the stage's
// name (times, quantities, entities, places, claims, events; comparisons on
// a story) and what went wrong, with where in the code when it panicked.
type StageError struct {
	Stage   string `json:"stage"`
	Message string `json:"message"`
}

// String is the error as a log line shows it.
func (e StageError) String() string { return e.Stage + ": " + e.Message }

// Entity is a named mention: a person, organisation, place or other name.
type Entity struct {
	Span
	Type   string  `json:"type"` // PER, ORG, LOC, MISC
	Name   string  `json:"name"`
	NameEn string  `json:"name_en"`
	KB     *string `json:"kb"`
	// Kind is the registry's kind (armed_group, outlet, agency...), when resolved.
	Kind string `json:"kind,omitempty"`
}

// Place is a place mention resolved to the gazetteer.
type Place struct {
	Span
	Name      string  `json:"name"`
	NameEn    string  `json:"name_en"`
	Lat       float64 `json:"lat"`
	Lon       float64 `json:"lon"`
	Kind      string  `json:"kind"` // city, district, landmark, region, country
	Country   string  `json:"country"`
	Gazetteer string  `json:"gazetteer"`
	// Basis is "" when the name itself was found in the gazetteer;
	// "parent" when a place the gazetteer lacks («حي الصالحين في حلب») was
	// given the point of the place the text puts it in; "context" when an
	// unknown name was given the point of a place the same document names
	// (place.Options.Backoff).
	Basis string `json:"basis,omitempty"`
}

// Quantity is a count or measure, with the bounds the text states (see the
// contract's table). Nil bounds are open.
type Quantity struct {
	Span
	Value  *float64 `json:"value"`
	Min    *float64 `json:"min"`
	Max    *float64 `json:"max"`
	Approx bool     `json:"approx"`
	Unit   string   `json:"unit"`
	Noun   string   `json:"noun"`
	// Scaled is true when the figure was stated with a scale word (آلاف، مليون...)
	// and no hedge; the comparison rule widens such figures.
	Scaled bool `json:"scaled,omitempty"`
	// Kind refines the figure: count, percent, vague, ordinal-free measure...
	Kind string `json:"kind,omitempty"`
}

// Time is a date, clock time, duration or set, resolved where possible.
type Time struct {
	Span
	Type  string `json:"type"` // date, time, duration, set
	Value string `json:"value"`
	Grain string `json:"grain"`
	// Basis says how Value was found: explicit, relative, weekday...
	Basis string `json:"basis,omitempty"`
	Note  string `json:"note,omitempty"`
}

// MarshalJSON writes a time whose value is unknown (a vague duration,
// «عدة عقود») with "value": null, as the contract says.
func (t Time) MarshalJSON() ([]byte, error) {
	type plain Time
	if t.Value != "" {
		return json.Marshal(plain(t))
	}
	return json.Marshal(struct {
		plain
		Value *string `json:"value"`
	}{plain: plain(t)})
}

// Claim is a statement the text attributes to someone.
type Claim struct {
	Span
	Cue        string   `json:"cue"`
	CueSpan    *Span    `json:"cue_span,omitempty"`
	Kind       string   `json:"kind"` // direct, indirect, according_to
	Speaker    *Speaker `json:"speaker"`
	Via        []Via    `json:"via"`
	Quantities []int    `json:"quantities"`
	Times      []int    `json:"times"`
	Places     []int    `json:"places,omitempty"`
	Entities   []int    `json:"entities,omitempty"`
}

// Speaker is who a claim is attributed to, as written and as resolved.
type Speaker struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Name   string `json:"name"`
	Role   string `json:"role,omitempty"`
	Entity *int   `json:"entity"`
	// Anonymous is true for "مصادر"، "ناشطون"، "مصدر عسكري".
	Anonymous bool `json:"anonymous,omitempty"`
}

// Via is an outlet or agency a claim came through.
type Via struct {
	Text   string `json:"text"`
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Name   string `json:"name"`
	Entity *int   `json:"entity"`
}

// Event is one incident, typed with the event vocabulary.
type Event struct {
	Type       string  `json:"type"`
	Start      int     `json:"start"`
	End        int     `json:"end"`
	Trigger    string  `json:"trigger,omitempty"`
	Actors     []int   `json:"actors"`
	Targets    []int   `json:"targets"`
	Place      *int    `json:"place"`
	Time       *int    `json:"time"`
	Quantities []int   `json:"quantities"`
	Claim      *int    `json:"claim"`
	Realis     string  `json:"realis,omitempty"`
	Counts     []Count `json:"counts,omitempty"`
	PlaceBasis string  `json:"place_basis,omitempty"`
	DateBasis  string  `json:"date_basis,omitempty"`
	Date       string  `json:"date,omitempty"`
	ACLED      *ACLED  `json:"acled,omitempty"`
	PLOVER     string  `json:"plover,omitempty"`
	// PLOVERModes are the PLOVER modes of the event (aerial, demo, arrest...).
	PLOVERModes []string `json:"plover_modes,omitempty"`
	// ActorSpans and TargetSpans are the actor and target noun phrases as the
	// text writes them, found by syntax; they are kept even when no entity
	// covers them, so the event has its participants without the registry.
	ActorSpans  []Span `json:"actor_spans,omitempty"`
	TargetSpans []Span `json:"target_spans,omitempty"`
	// Status is single_source, or denied when an actor in the text denies it.
	Status string `json:"status,omitempty"`
	// Attrs are typed attributes of the event: kind and phase of an
	// agreement, platform of an air strike...
	Attrs map[string]string `json:"attrs,omitempty"`
}

// Count links an event to a quantity with what it counts.
type Count struct {
	Quantity int    `json:"quantity"`
	Metric   string `json:"metric"`  // killed, wounded, remaining...
	Subject  string `json:"subject"` // civilians, fighters...
}

// ACLED is the derived ACLED classification of an event.
type ACLED struct {
	DisorderType string `json:"disorder_type,omitempty"`
	EventType    string `json:"event_type"`
	SubEventType string `json:"sub_event_type"`
}
