package api

import (
	"net/http"
	"strings"

	"github.com/marsad/marsad/internal/store"
)

type searchResult struct {
	page
	Query    string            `json:"query"`
	Type     string            `json:"type"`
	Articles []store.Hit       `json:"articles,omitempty"`
	Claims   []store.ClaimItem `json:"claims,omitempty"`
	Entities []store.NameCount `json:"entities,omitempty"`
}

// search: GET /api/search?q&type=articles|claims|entities&outlet&from&to&limit&offset.
// The query is compared in the matching form (clitics, harakat and letter
// variants folded).
func (s *server) search(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	q := strings.TrimSpace(p.str("q"))
	typ := p.oneOf("type", "articles", "articles", "claims", "entities")
	limit, offset := p.paging(MaxLimit)
	rq := p.recordQuery()
	if q == "" {
		p.setErr(badf("q is required"))
	}
	if len(q) > 500 {
		p.setErr(badf("q is longer than 500 bytes"))
	}
	if !p.ok(w) {
		return
	}
	res := searchResult{page: page{Limit: limit, Offset: offset}, Query: q, Type: typ}
	var err error
	ctx := r.Context()
	switch typ {
	case "articles":
		res.Articles, res.Total, err = s.opts.Store.Search(ctx, q, store.ArticleQuery{Limit: limit, Offset: offset,
			Outlet: rq.Outlet, From: rq.From, To: rq.To})
		res.Articles = orEmpty(res.Articles)
	case "claims":
		res.Claims, res.Total, err = s.opts.Store.SearchClaims(ctx, q, rq, limit, offset)
		res.Claims = orEmpty(res.Claims)
	case "entities":
		res.Entities, err = s.opts.Store.Names(ctx, "", q, limit+offset)
		res.Total = len(res.Entities)
		res.Entities = orEmpty(res.Entities[min(offset, len(res.Entities)):])
	}
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, res)
}
