package export

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/marsad/marsad/internal/model"
)

type featureCollection struct {
	Type     string    `json:"type"`
	Features []feature `json:"features"`
}

type feature struct {
	Type       string         `json:"type"`
	Geometry   point          `json:"geometry"`
	Properties map[string]any `json:"properties"`
}

type point struct {
	Type        string     `json:"type"`
	Coordinates [2]float64 `json:"coordinates"`
}

// WriteGeoJSON writes the events whose place has coordinates as a GeoJSON
// FeatureCollection of points ([lon, lat]) with the event's properties.
// Events without a located place are left out.
func WriteGeoJSON(w io.Writer, as []model.Analysis) error {
	fc := featureCollection{Type: "FeatureCollection", Features: []feature{}}
	for _, a := range as {
		for i, e := range a.Events {
			p := place(a, e)
			if !hasCoords(p) {
				continue
			}
			fc.Features = append(fc.Features, feature{
				Type:       "Feature",
				Geometry:   point{Type: "Point", Coordinates: [2]float64{p.Lon, p.Lat}},
				Properties: properties(a, i, e, p),
			})
		}
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(fc); err != nil {
		return fmt.Errorf("export geojson: %w", err)
	}
	return nil
}

func properties(a model.Analysis, i int, e model.Event, p *model.Place) map[string]any {
	props := map[string]any{
		"id": eventID(a, i), "type": e.Type, "trigger": e.Trigger, "realis": e.Realis, "status": e.Status,
		"date": e.Date, "date_basis": e.DateBasis, "place": p.Name, "place_en": p.NameEn,
		"place_basis": e.PlaceBasis, "plover": e.PLOVER, "document": a.ID, "outlet": a.Outlet, "url": a.URL,
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
