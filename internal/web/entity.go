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
	d := entityData{Page: p}
	seen := map[string]bool{}
	for _, m := range p.Mentions {
		if seen[m.ArticleID] {
			continue
		}
		seen[m.ArticleID] = true
		if a, err := s.opts.Store.Article(ctx, m.ArticleID); err == nil {
			d.Articles = append(d.Articles, store.Summary{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.Published})
		}
	}
	s.render(w, r, http.StatusOK, "entity", view{Title: p.Name, Data: d})
}
