package api

import (
	"net/http"

	"github.com/marsad/marsad/internal/store"
)

type eventList struct {
	page
	Events []store.EventItem `json:"events"`
}

// listEvents: GET /api/events?story&type&outlet&from&to&limit&offset: the
// events of the stored analyses; from/to filter the event's own date.
func (s *server) listEvents(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	limit, offset := p.paging(MaxMapLimit)
	typ := p.str("type")
	if typ != "" && len(s.opts.EventTypes) > 0 {
		typ = p.oneOf("type", "", s.opts.EventTypes...)
	}
	q := store.EventQuery{RecordQuery: p.recordQuery(), Type: typ, Limit: limit, Offset: offset}
	if !p.ok(w) {
		return
	}
	items, total, err := s.opts.Store.Events(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, eventList{page{total, limit, offset}, orEmpty(items)})
}

// listPlaces: GET /api/places?story&outlet&from&to&limit: places with
// coordinates, most mentioned first.
func (s *server) listPlaces(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	limit := p.int("limit", MaxMapLimit, 1, MaxMapLimit)
	q := p.recordQuery()
	if !p.ok(w) {
		return
	}
	places, err := s.opts.Store.Places(r.Context(), q, limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"places": orEmpty(places)})
}
