package web

import (
	"net/http"
	"net/url"
	"sort"
	"time"
)

type mapData struct {
	Stories     []storyCard
	Types       []string
	Story, Type string
	From, To    string
	EventsURL   string
	PlacesURL   string
	FilterError string
}

// mapPage: GET /map?story&type&from&to: events and places over the country
// shapes; the script fetches the points from the API with the same filters.
func (s *site) mapPage(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	d := mapData{Story: q.Get("story"), Type: q.Get("type"), From: validDay(q.Get("from")), To: validDay(q.Get("to"))}
	if (q.Get("from") != "" && d.From == "") || (q.Get("to") != "" && d.To == "") {
		d.FilterError = "التاريخ غير صالح: استعمل الصيغة YYYY-MM-DD"
	}
	sts, _, err := s.opts.Store.Stories(r.Context(), 200, 0)
	if err != nil {
		s.fail(w, r, err)
		return
	}
	for _, st := range sts {
		d.Stories = append(d.Stories, cardOf(st, ""))
	}
	for t := range eventLabels {
		d.Types = append(d.Types, t)
	}
	sort.Strings(d.Types)
	ev, pl := url.Values{"limit": {"2000"}}, url.Values{}
	for k, v := range map[string]string{"story": d.Story, "from": d.From, "to": d.To} {
		if v != "" {
			ev.Set(k, v)
			pl.Set(k, v)
		}
	}
	if d.Type != "" {
		ev.Set("type", d.Type)
	}
	d.EventsURL, d.PlacesURL = "/api/events?"+ev.Encode(), "/api/places?"+pl.Encode()
	s.render(w, r, http.StatusOK, "map", view{Title: "الخريطة", Nav: "map", Map: true, Data: d})
}

func validDay(s string) string {
	if _, err := time.Parse("2006-01-02", s); err != nil {
		return ""
	}
	return s
}
