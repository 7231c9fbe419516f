package api

import (
	"net/http"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

type articleList struct {
	page
	Articles []store.Summary `json:"articles"`
}

// listArticles: GET /api/articles?limit&offset&outlet&from&to, newest first.
func (s *server) listArticles(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	limit, offset := p.paging(MaxLimit)
	rq := p.recordQuery()
	if !p.ok(w) {
		return
	}
	q := store.ArticleQuery{Limit: limit, Offset: offset, Outlet: rq.Outlet, From: rq.From, To: rq.To}
	sums, total, err := s.opts.Store.Articles(r.Context(), q)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, articleList{page{total, limit, offset}, orEmpty(sums)})
}

// ArticleMeta is an article's stored metadata; its text is in the analysis.
type ArticleMeta struct {
	ID             string `json:"id"`
	URL            string `json:"url,omitempty"`
	Outlet         string `json:"outlet"`
	Title          string `json:"title"`
	Published      string `json:"published,omitempty"` // RFC 3339
	PublishedBasis string `json:"published_basis,omitempty"`
	Language       string `json:"language"`
	Hash           string `json:"hash"`
	Source         string `json:"source,omitempty"`
	Format         string `json:"format,omitempty"`
}

func metaOf(a model.Article) ArticleMeta {
	m := ArticleMeta{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: a.Title, PublishedBasis: a.PublishedBasis,
		Language: a.Language, Hash: a.Hash, Source: a.Source, Format: a.Format}
	if !a.Published.IsZero() {
		m.Published = a.Published.Format(time.RFC3339)
	}
	return m
}

type articleShow struct {
	Article  ArticleMeta    `json:"article"`
	Analysis model.Analysis `json:"analysis"`
	Story    string         `json:"story,omitempty"`
}

// showArticle: GET /api/articles/{id}: the article and its analysis record.
func (s *server) showArticle(w http.ResponseWriter, r *http.Request) {
	ctx, id := r.Context(), r.PathValue("id")
	a, err := s.opts.Store.Article(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	an, err := s.opts.Store.Analysis(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	story, err := s.opts.Store.StoryOf(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, articleShow{metaOf(a), an, story})
}

// listOutlets: GET /api/outlets: each outlet with its number of articles.
func (s *server) listOutlets(w http.ResponseWriter, r *http.Request) {
	out, err := s.opts.Store.Outlets(r.Context())
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, map[string]any{"outlets": out})
}

func orEmpty[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

type stageErrorList struct {
	page
	Errors []store.StageFailure `json:"errors"`
}

// listStageErrors: GET /api/stage-errors?limit&offset: the stages that
// failed on stored articles; total counts the articles with one.
func (s *server) listStageErrors(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	limit, offset := p.paging(MaxLimit)
	if !p.ok(w) {
		return
	}
	errs, total, err := s.opts.Store.StageFailures(r.Context(), limit, offset)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, stageErrorList{page{total, limit, offset}, orEmpty(errs)})
}
