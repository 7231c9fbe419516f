// Package export writes analyses in the formats other tools read: the
// contract's JSON Lines, ACLED-style CSV, PLOVER JSON Lines and GeoJSON.
// It takes analyses as they are (no store): every figure it writes comes
// from the records' own fields, so an export is deterministic.
package export

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/marsad/marsad/internal/model"
)

// WriteJSONL writes one contract record per line.
func WriteJSONL(w io.Writer, as []model.Analysis) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, a := range as {
		if err := enc.Encode(a); err != nil {
			return fmt.Errorf("export jsonl %s: %w", a.ID, err)
		}
	}
	return nil
}

// eventID is the stable marsad id of event i of an analysis.
func eventID(a model.Analysis, i int) string {
	return fmt.Sprintf("%s#e%d", a.ID, i)
}

// place returns the event's place, or nil.
func place(a model.Analysis, e model.Event) *model.Place {
	if e.Place == nil || *e.Place < 0 || *e.Place >= len(a.Places) {
		return nil
	}
	return &a.Places[*e.Place]
}

// hasCoords reports whether a place was resolved to coordinates.
func hasCoords(p *model.Place) bool {
	return p != nil && (p.Lat != 0 || p.Lon != 0)
}
