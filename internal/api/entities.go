package api

import (
	"net/http"
)

// showEntity: GET /api/entities/{id}: id is a name in any spelling (compared
// in the matching form); its aliases, mentions, claims and events.
func (s *server) showEntity(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	limit := p.int("limit", 500, 1, 5000)
	if !p.ok(w) {
		return
	}
	page, err := s.opts.Store.Entity(r.Context(), r.PathValue("id"), limit)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, page)
}
