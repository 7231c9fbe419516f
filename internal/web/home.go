package web

import (
	"errors"
	"net/http"
	"strconv"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

func isNotFound(err error) bool { return errors.Is(err, store.ErrNotFound) }

// storyCard is a story as the home page lists it.
type storyCard struct {
	ID, Title     string
	Period        model.Period
	Outlets       int
	Articles      int
	Places        []string
	Disagreements int
	Updates       int
}

// cardOf summarises a story; fallback is the title to show when the story
// has none (the first titled article's), else the brief's lead is used.
func cardOf(st model.Story, fallback string) storyCard {
	c := storyCard{ID: st.ID, Title: storyTitle(st, fallback), Period: st.Period, Outlets: len(st.Outlets),
		Articles: len(st.Documents), Places: st.Places}
	for _, cmp := range st.Comparisons {
		switch cmp.Verdict {
		case "disagree":
			c.Disagreements++
		case "updated":
			c.Updates++
		}
	}
	return c
}

type homeData struct {
	Stories          []storyCard
	StoriesTotal     int
	Articles         []store.Summary
	ArticleTotal     int
	CanIngest        bool
	Page, Prev, Next int // pages of recent articles; 0 when none
	// StageErrors counts the stored articles on which a stage failed;
	// Failures lists the first of them.
	StageErrors int
	Failures    []store.StageFailure
}

const articlesPerPage = 20

// home: GET /: stories newest first, then recent articles.
func (s *site) home(w http.ResponseWriter, r *http.Request) {
	ctx := r.Context()
	sts, stTotal, err := s.opts.Store.Stories(ctx, 50, 0)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	pg, err := strconv.Atoi(r.URL.Query().Get("page"))
	if err != nil || pg < 1 || pg > 100_000 {
		pg = 1
	}
	arts, artTotal, err := s.opts.Store.Articles(ctx, store.ArticleQuery{Limit: articlesPerPage, Offset: (pg - 1) * articlesPerPage})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	fails, failTotal, err := s.opts.Store.StageFailures(ctx, 5, 0)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d := homeData{StoriesTotal: stTotal, Articles: arts, ArticleTotal: artTotal, CanIngest: s.opts.Ingest != nil, Page: pg,
		StageErrors: failTotal, Failures: fails}
	if pg > 1 {
		d.Prev = pg - 1
	}
	if pg*articlesPerPage < artTotal {
		d.Next = pg + 1
	}
	for _, st := range sts {
		d.Stories = append(d.Stories, cardOf(st, s.titleOf(ctx, st)))
	}
	s.render(w, r, http.StatusOK, "home", view{Title: "القصص", Nav: "home", Data: d})
}
