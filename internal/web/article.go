package web

import (
	"net/http"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

type articleData struct {
	Title   string
	Article articleView
	Story   *model.Story
	// StoryTitle is the story's title as its page shows it.
	StoryTitle string
	Events     []store.EventItem
	Claims     []claimRow
	Names      []nameRef
}

// claimRow is a claim listed under the article.
type claimRow struct {
	Text, Speaker, Kind string
	Via                 []string
	Figures             []string
}

// nameRef is a distinct name the article mentions.
type nameRef struct {
	Name, Type, Href string
}

// article: GET /articles/{id}: the text with every fact highlighted.
func (s *site) article(w http.ResponseWriter, r *http.Request) {
	ctx, id := r.Context(), r.PathValue("id")
	recs, err := s.opts.Store.Records(ctx, []string{id})
	if err != nil {
		s.fail(w, r, err)
		return
	}
	if len(recs) == 0 {
		s.notFound(w, r)
		return
	}
	rec := recs[0]
	title := articleTitle(rec.Article)
	d := articleData{Title: title, Article: articleOf(rec, markAll), Claims: claimRows(rec.Analysis), Names: namesOf(rec.Analysis)}
	d.Events = append(d.Events, store.ResolveEvents(rec.Analysis)...)
	if sid, err := s.opts.Store.StoryOf(ctx, id); err == nil && sid != "" {
		if st, err := s.opts.Store.Story(ctx, sid); err == nil {
			d.Story, d.StoryTitle = &st, storyTitle(st, s.titleOf(ctx, st))
		}
	}
	s.render(w, r, http.StatusOK, "article", view{Title: title, Data: d})
}

func claimRows(an model.Analysis) []claimRow {
	var out []claimRow
	for _, c := range an.Claims {
		row := claimRow{Text: c.Text, Kind: c.Kind}
		if c.Speaker != nil {
			row.Speaker = orText(c.Speaker.Name, c.Speaker.Text)
		}
		for _, v := range c.Via {
			row.Via = append(row.Via, orText(v.Name, v.Text))
		}
		for _, qi := range c.Quantities {
			if qi >= 0 && qi < len(an.Quantities) {
				q := an.Quantities[qi]
				row.Figures = append(row.Figures, quantityTitle(q))
			}
		}
		out = append(out, row)
	}
	return out
}

func namesOf(an model.Analysis) []nameRef {
	seen := map[string]bool{}
	var out []nameRef
	add := func(name, typ string) {
		if name != "" && !seen[name] {
			seen[name] = true
			out = append(out, nameRef{Name: name, Type: typ, Href: entityHref(name)})
		}
	}
	for _, e := range an.Entities {
		add(orText(e.Name, e.Text), label(entityLabels, e.Type))
	}
	for _, p := range an.Places {
		add(orText(p.Name, p.Text), "مكان")
	}
	return out
}

// articleTitle is the article's title, else the lead of its text (plain
// text files have no title), else its id.
func articleTitle(a model.Article) string {
	if t := strings.TrimSpace(a.Title); t != "" {
		return t
	}
	first, _, _ := strings.Cut(a.Text, "\n")
	if lead := leadOf(first); lead != "" {
		return lead
	}
	return a.ID
}
