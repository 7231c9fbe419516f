package web

import (
	"html/template"
	"net/http"
	"net/url"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

type storyData struct {
	Story     model.Story
	Card      storyCard
	Brief     []briefLine
	Outlets   []string // the comparison table's columns
	Rows      []compRow
	Charts    []countChart // the running counts, drawn
	Columns   []outletColumn
	Events    []store.EventItem
	Groups    []eventGroup
	Timeline  timeline
	EventsURL string
	PlacesURL string
}

type briefLine struct {
	Text, Outlet, Href string
}

// compRow is one topic: one cell per outlet.
type compRow struct {
	Label, Topic, Unit, Place, Verdict string
	Sources                            int
	Cells                              [][]cellClaim
}

// cellClaim is one source's figure, with who said it and through whom.
type cellClaim struct {
	Figure, Quote, Speaker, AsOf, Href, Title string
	Via                                       []string
}

type outletColumn struct {
	Outlet   string
	Articles []articleView
}

// story: GET /stories/{id}.
func (s *site) story(w http.ResponseWriter, r *http.Request) {
	ctx, id := r.Context(), r.PathValue("id")
	st, recs, err := s.opts.Store.StoryRecords(ctx, id)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	d := buildStory(st, recs)
	s.render(w, r, http.StatusOK, "story", view{Title: d.Card.Title, Map: true, Data: d})
}

func buildStory(st model.Story, recs []store.Record) storyData {
	d := storyData{Story: st, Card: cardOf(st, titleFromRecords(recs)),
		EventsURL: "/api/events?limit=2000&story=" + url.QueryEscape(st.ID),
		PlacesURL: "/api/places?story=" + url.QueryEscape(st.ID)}
	outletOf, published := map[string]string{}, map[string]string{}
	col := map[string]int{}
	addOutlet := func(o string) int {
		if o == "" {
			o = "مصدر غير معروف"
		}
		if i, ok := col[o]; ok {
			return i
		}
		col[o] = len(d.Outlets)
		d.Outlets = append(d.Outlets, o)
		d.Columns = append(d.Columns, outletColumn{Outlet: o})
		return col[o]
	}
	for _, rec := range recs {
		outletOf[rec.Article.ID] = rec.Article.Outlet
		published[rec.Article.ID] = rec.Article.PublishedDate()
		i := addOutlet(rec.Article.Outlet)
		d.Columns[i].Articles = append(d.Columns[i].Articles, articleOf(rec, markClaims|markQuantities))
		d.Events = append(d.Events, store.ResolveEvents(rec.Analysis)...)
	}
	for _, b := range st.Brief {
		d.Brief = append(d.Brief, briefLine{Text: b.Text, Outlet: outletOf[b.Document], Href: articleHref(b.Document)})
	}
	for _, cmp := range st.Comparisons {
		d.Rows = append(d.Rows, compRowOf(cmp, outletOf, addOutlet))
	}
	d.Charts = countCharts(st.Comparisons, published)
	for i := range d.Rows { // columns added by later rows
		for len(d.Rows[i].Cells) < len(d.Outlets) {
			d.Rows[i].Cells = append(d.Rows[i].Cells, nil)
		}
	}
	d.dropEmptyColumns()
	sortEvents(d.Events)
	d.Timeline = buildTimeline(d.Events, st.Period)
	d.Groups = eventGroups(d.Timeline.Columns)
	return d
}

// dropEmptyColumns keeps in the comparison table only the outlets that give
// a figure (every outlet still has its column of articles).
func (d *storyData) dropEmptyColumns() {
	if len(d.Rows) == 0 {
		return
	}
	var keep []int
	for i := range d.Outlets {
		for _, r := range d.Rows {
			if len(r.Cells[i]) > 0 {
				keep = append(keep, i)
				break
			}
		}
	}
	outlets := make([]string, 0, len(keep))
	for _, i := range keep {
		outlets = append(outlets, d.Outlets[i])
	}
	for k := range d.Rows {
		cells := make([][]cellClaim, 0, len(keep))
		for _, i := range keep {
			cells = append(cells, d.Rows[k].Cells[i])
		}
		d.Rows[k].Cells = cells
	}
	d.Outlets = outlets
}

func compRowOf(cmp model.Comparison, outletOf map[string]string, addOutlet func(string) int) compRow {
	row := compRow{Label: topicLabel(cmp), Topic: cmp.Topic, Unit: cmp.Unit, Place: cmp.Place, Verdict: cmp.Verdict,
		Sources: cmp.Sources}
	for _, cc := range cmp.Claims {
		o := outletOf[cc.Document]
		if o == "" {
			o = cc.Outlet
		}
		i := addOutlet(o)
		for len(row.Cells) <= i {
			row.Cells = append(row.Cells, nil)
		}
		row.Cells[i] = append(row.Cells[i], cellOf(cc))
	}
	return row
}

func cellOf(cc model.ComparedClaim) cellClaim {
	c := cellClaim{Figure: figure(cc.Value, cc.Min, cc.Max, cc.Approx), Quote: cc.Text, Speaker: cc.Speaker,
		Via: cc.Via, AsOf: cc.AsOf, Href: articleHref(cc.Document)}
	parts := []string{}
	if r := figureTitle(cc.Value, cc.Min, cc.Max, cc.Approx); r != "" {
		parts = append(parts, r)
	}
	if c.Speaker != "" {
		parts = append(parts, "المتكلم: "+c.Speaker)
	}
	if len(c.Via) > 0 {
		parts = append(parts, "عبر: "+strings.Join(c.Via, "، "))
	}
	if c.AsOf != "" {
		parts = append(parts, "حتى: "+c.AsOf)
	}
	c.Title = strings.Join(parts, " · ")
	return c
}

func articleHref(id string) string { return "/articles/" + url.PathEscape(id) }

// articleView is an article ready to show, its text highlighted.
type articleView struct {
	ID, Title, Outlet, Published, URL, Href string
	Body                                    template.HTML
	Analysis                                model.Analysis
}

func articleOf(rec store.Record, kinds int) articleView {
	a := rec.Article
	return articleView{ID: a.ID, Title: a.Title, Outlet: a.Outlet, Published: a.PublishedDate(), URL: a.URL,
		Href: articleHref(a.ID), Body: Highlight(a.Text, marksOf(rec.Analysis, kinds)), Analysis: rec.Analysis}
}

func storyHref(id string) string { return "/stories/" + url.PathEscape(id) }
