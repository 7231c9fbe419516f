package web

import (
	"net/http"

	"github.com/marsad/marsad/internal/store"
)

type entityData struct {
	Page     store.EntityPage
	Articles []store.Summary
}

// entity: GET /entities/{id}: a name's aliases, claims and events.
func (s *site) entity(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	p, err := s.opts.Store.Entity(ctx, r.PathValue("id"), 500)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d := entityData{Page: p, Articles: p.Articles}
	s.render(w, r, http.StatusOK, "entity", view{Title: p.Name, Data: d})
}
