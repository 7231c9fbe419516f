package web

import (
	"errors"
	"net/http"
	"sort"
	"strings"

	"github.com/marsad/marsad/internal/store"
)

type searchData struct {
	Q, Type, Outlet, From, To string
	Types                     []string
	Outlets                   []string
	Error                     string
	Searched                  bool
	Articles                  []store.Hit
	ArticleTotal              int
	Claims                    []store.ClaimItem
	ClaimTotal                int
	Entities                  []store.NameCount
}

const searchLimit = 30

// search: GET /search?q&type&outlet&from&to: across articles, claims and
// names, in the matching form.
func (s *site) search(w http.ResponseWriter, r *http.Request) {
	ctx, q := r.Context(), r.URL.Query()
	d := searchData{Q: strings.TrimSpace(q.Get("q")), Type: q.Get("type"), Outlet: q.Get("outlet"),
		From: validDay(q.Get("from")), To: validDay(q.Get("to")), Types: []string{"", "articles", "claims", "entities"}}
	status := http.StatusOK
	if (q.Get("from") != "" && d.From == "") || (q.Get("to") != "" && d.To == "") {
		d.Error, status = "التاريخ غير صالح: استعمل الصيغة YYYY-MM-DD", http.StatusBadRequest
	}
	if _, ok := searchTypeLabels[d.Type]; !ok {
		d.Error, status, d.Type = "نوع البحث غير معروف", http.StatusBadRequest, ""
	}
	outlets, err := s.opts.Store.Outlets(ctx)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	for o := range outlets {
		d.Outlets = append(d.Outlets, o)
	}
	sort.Strings(d.Outlets)
	if d.Q != "" && d.Error == "" {
		if err := s.runSearch(r, &d); errors.Is(err, store.ErrQuery) {
			d.Error, status = "لا يمكن البحث بهذا الطلب: لا بد من كلمة يُبحث عنها، لا كلمات مستبعدة وحدها", http.StatusBadRequest
		} else if err != nil {
			s.fail(w, r, err)
			return
		}
	}
	s.render(w, r, status, "search", view{Title: "البحث", Nav: "search", Query: d.Q, Data: d})
}

func (s *site) runSearch(r *http.Request, d *searchData) error {
	ctx, st := r.Context(), s.opts.Store
	d.Searched = true
	var err error
	if d.Type == "" || d.Type == "articles" {
		aq := store.ArticleQuery{Limit: searchLimit, Outlet: d.Outlet, From: d.From, To: d.To}
		if d.Articles, d.ArticleTotal, err = st.Search(ctx, d.Q, aq); err != nil {
			return err
		}
	}
	if d.Type == "" || d.Type == "claims" {
		rq := store.RecordQuery{Outlet: d.Outlet, From: d.From, To: d.To}
		if d.Claims, d.ClaimTotal, err = st.SearchClaims(ctx, d.Q, rq, searchLimit, 0); err != nil {
			return err
		}
	}
	if d.Type == "" || d.Type == "entities" {
		d.Entities, err = st.Names(ctx, "", d.Q, searchLimit)
	}
	return err
}
