package api

import (
	"net/http"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

type storyList struct {
	page
	Stories []model.Story `json:"stories"`
}

// listStories: GET /api/stories?limit&offset, latest first.
func (s *server) listStories(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	limit, offset := p.paging(MaxLimit)
	if !p.ok(w) {
		return
	}
	sts, total, err := s.opts.Store.Stories(r.Context(), limit, offset)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	writeJSON(w, http.StatusOK, storyList{page{total, limit, offset}, orEmpty(sts)})
}

type storyShow struct {
	Story    model.Story       `json:"story"`
	Articles []ArticleMeta     `json:"articles"`
	Events   []store.EventItem `json:"events"`
}

// showStory: GET /api/stories/{id}: the story record, its articles and events.
func (s *server) showStory(w http.ResponseWriter, r *http.Request) {
	ctx, id := r.Context(), r.PathValue("id")
	st, recs, err := s.opts.Store.StoryRecords(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	out := storyShow{Story: st, Articles: []ArticleMeta{}, Events: []store.EventItem{}}
	for _, rec := range recs {
		out.Articles = append(out.Articles, metaOf(rec.Article))
		out.Events = append(out.Events, store.ResolveEvents(rec.Analysis)...)
	}
	writeJSON(w, http.StatusOK, out)
}
