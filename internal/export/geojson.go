package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

type featureCollection struct {
	Type     string    `json:"type"`
	Features []feature `json:"features"`
}

type feature struct {
	Type       string         `json:"type"`
	ID         string         `json:"id"`
	Geometry   point          `json:"geometry"`
	Properties map[string]any `json:"properties"`
}

type point struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

// WriteGeoJSON writes the events whose place has coordinates as a GeoJSON
// FeatureCollection of points ([lon, lat], EPSG:4326), each with the
// event's id and properties; events without a located place are left out
// and counted. `date` is always a day (YYYY-MM-DD, the first day of a wider
// period) or null, so that GIS tools read it as a date; `date_text` keeps
// the period as the record writes it and `time_precision` says its grain
// (ACLED's 1 day, 2 week or publication date, 3 month or wider).
func WriteGeoJSON(w io.Writer, as []model.Analysis, o Options) (Stats, error) {
	var st Stats
	fc := featureCollection{Type: "FeatureCollection", Features: []feature{}}
	for _, a := range as {
		var sents []text.Sentence
		for i, e := range a.Events {
			p := place(a, e)
			switch {
			case !hasCoords(p):
				st.leave("no place")
				continue
			case o.Current && e.Realis == "historical":
				st.leave("historical (--current)")
				continue
			}
			if sents == nil {
				sents = text.Sentences(a.Text)
			}
			st.Written++
			fc.Features = append(fc.Features, feature{
				Type:       "Feature",
				ID:         eventID(a, i),
				Geometry:   point{Type: "Point", Coordinates: [2]float64{p.Lon, p.Lat}},
				Properties: properties(a, i, e, p, sents),
			})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(fc); err != nil {
		return st, fmt.Errorf("export geojson: %w", err)
	}
	return st, nil
}

func properties(a model.Analysis, i int, e model.Event, p *model.Place, sents []text.Sentence) map[string]any {
	var date any
	if d := eventDate(e.Date); d != "" {
		date = d
	}
	props := map[string]any{
		"id": eventID(a, i), "type": e.Type, "trigger": e.Trigger, "realis": e.Realis, "status": e.Status,
		"date": date, "date_text": e.Date, "date_basis": e.DateBasis, "time_precision": timePrecision(e),
		"place": p.Name, "place_en": p.NameEn, "place_kind": p.Kind, "country": p.Country,
		"place_basis": e.PlaceBasis, "geo_precision": atoi(geoPrecision(p, e.PlaceBasis)), "gazetteer": p.Gazetteer,
		"plover": e.PLOVER, "document": a.ID, "outlet": a.Outlet, "url": a.URL,
		"actors": participants(a, e.Actors), "targets": participants(a, e.Targets),
		"sentence": sentenceOf(a, e, sents),
	}
	if e.ACLED != nil {
		props["acled_event_type"] = e.ACLED.EventType
		props["acled_sub_event_type"] = e.ACLED.SubEventType
	}
	if t := countOf(a, e, "killed"); t.ok {
		props["fatalities"] = t.low
		props["fatalities_max"] = t.high
	}
	return props
}

// sentenceOf returns the sentence the event's trigger is in.
func sentenceOf(a model.Analysis, e model.Event, sents []text.Sentence) string {
	for _, s := range sents {
		if s.Start <= e.Start && e.Start < s.End && s.End <= len(a.Text) {
			return a.Text[s.Start:s.End]
		}
	}
	return ""
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
