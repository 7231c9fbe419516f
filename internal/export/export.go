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

// Options tune the event exports.
type Options struct {
	// Current leaves out events the text dates to the past (realis
	// historical: a battle of 1982 in a report of 2018).
	Current bool
	// BOM starts the ACLED CSV with a UTF-8 byte-order mark, so that
	// spreadsheet programs read its Arabic as UTF-8.
	BOM bool
	// Admin1 names the first-level administrative area (governorate,
	// province) a gazetteer entry lies in, in English; nil leaves ACLED's
	// admin1 empty.
	Admin1 func(gazetteerID string) string
}

// Stats count what an event export wrote and the events it left out, by
// reason.
type Stats struct {
	Written int
	Left    map[string]int
}

func (s *Stats) leave(reason string) {
	if s.Left == nil {
		s.Left = map[string]int{}
	}
	s.Left[reason]++
}

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
