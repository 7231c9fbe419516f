package store_test

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/api/apitest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

func filled(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := apitest.Fill(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestEventsFilters(t *testing.T) {
	s := filled(t)
	ctx := context.Background()
	cases := []struct {
		name string
		q    store.EventQuery
		want int
	}{
		{"all", store.EventQuery{}, 7},
		{"story", store.EventQuery{RecordQuery: store.RecordQuery{Story: apitest.StoryID}}, 5},
		{"type", store.EventQuery{Type: "armed_clash"}, 1},
		{"event date, not publication date", store.EventQuery{RecordQuery: store.RecordQuery{From: "2031-10-11", To: "2031-10-11"}}, 2},
		{"outlet", store.EventQuery{RecordQuery: store.RecordQuery{Outlet: apitest.OutletTV}}, 2},
		{"unknown story", store.EventQuery{RecordQuery: store.RecordQuery{Story: "nope"}}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			items, total, err := s.Events(ctx, c.q)
			if err != nil || total != c.want || len(items) != c.want {
				t.Fatalf("got %d items, total %d, %v; want %d", len(items), total, err, c.want)
			}
		})
	}
	items, _, _ := s.Events(ctx, store.EventQuery{Type: "armed_clash"})
	ev := items[0]
	if ev.Place == nil || ev.Place.Name != apitest.Town || ev.Date != "2031-10-13" || len(ev.Actors) != 2 || ev.Claim == nil {
		t.Errorf("resolved event = %+v", ev)
	}
	page, total, _ := s.Events(ctx, store.EventQuery{Limit: 2, Offset: 6})
	if len(page) != 1 || total != 7 {
		t.Errorf("last page: %d items of %d", len(page), total)
	}
}

func TestPlacesCountsMentions(t *testing.T) {
	s := filled(t)
	places, err := s.Places(context.Background(), store.RecordQuery{Story: apitest.StoryID}, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(places) != 2 || places[0].Name != apitest.Town || places[0].Count != 3 || len(places[0].Articles) != 3 {
		t.Fatalf("places = %+v", places)
	}
}

func TestSearchClaims(t *testing.T) {
	s := filled(t)
	ctx := context.Background()
	for q, want := range map[string]int{"مقاتل": 4, "الحداد": 3, "النجم": 1, "المقاتلين المتبقين": 1, "غائب": 0, "": 0} {
		got, total, err := s.SearchClaims(ctx, q, store.RecordQuery{}, 10, 0)
		if err != nil || len(got) != want || total != want {
			t.Errorf("claims %q: %d (total %d) %v, want %d", q, len(got), total, err, want)
		}
	}
	got, _, _ := s.SearchClaims(ctx, "مقاتل", store.RecordQuery{Outlet: apitest.OutletDaily}, 10, 0)
	if len(got) != 1 || got[0].Quantities[0].Text != "لا يزيد على 200 مقاتل" {
		t.Errorf("outlet filter: %+v", got)
	}
}

func TestEntityPage(t *testing.T) {
	s := filled(t)
	ctx := context.Background()
	p, err := s.Entity(ctx, apitest.Speaker, 100)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Claims) != 3 {
		t.Errorf("claims = %d, want 3", len(p.Claims))
	}
	if !contains(p.Aliases, "الحداد") || contains(p.Aliases, "وأضاف") {
		t.Errorf("aliases = %q", p.Aliases)
	}
	force, err := s.Entity(ctx, "قوات الحماية المحلية", 100)
	if err != nil || len(force.Events) != 3 || force.Kind != "armed_group" {
		t.Errorf("force: %d events, kind %q, %v", len(force.Events), force.Kind, err)
	}
	town, err := s.Entity(ctx, apitest.Town, 100)
	if err != nil || len(town.Events) != 4 || town.Events[0].Role != "place" {
		t.Errorf("town: %d events, %v", len(town.Events), err)
	}
	agency, _ := s.Entity(ctx, "وكالة النجم", 100)
	if len(agency.Via) != 1 {
		t.Errorf("via claims = %d, want 1", len(agency.Via))
	}
	for _, missing := range []string{"لا أحد", "", "   "} {
		if _, err := s.Entity(ctx, missing, 10); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("entity %q: %v, want ErrNotFound", missing, err)
		}
	}
}

func TestRecordsSkipsMissing(t *testing.T) {
	s := filled(t)
	recs, err := s.Records(context.Background(), []string{apitest.ArticleTV, "missing", apitest.ArticleWire})
	if err != nil || len(recs) != 2 || recs[0].Article.ID != apitest.ArticleTV {
		t.Fatalf("records: %d, %v", len(recs), err)
	}
}

func contains(s []string, x string) bool {
	for _, v := range s {
		if v == x {
			return true
		}
	}
	return false
}

func TestResolveEventsSentenceAndFigures(t *testing.T) {
	txt := "سقطت الأمطار. قُتل 5 مدنيين في غارة على البلدة. وانتهى اليوم."
	at := func(s string) int { return strings.Index(txt, s) }
	n5 := 5.0
	an := model.Analysis{ID: "a", Text: txt,
		Quantities: []model.Quantity{{Span: model.SpanOf(txt, at("5"), at("5")+1), Value: &n5, Unit: "civilians"}},
		Events: []model.Event{{Type: "air_strike", Start: at("غارة"), End: at("غارة") + len("غارة"),
			Quantities: []int{0, 7}, Counts: []model.Count{{Quantity: 0, Metric: "killed", Subject: "civilians"}}}}}
	got := store.ResolveEvents(an)
	if len(got) != 1 {
		t.Fatalf("%d events", len(got))
	}
	ev := got[0]
	if ev.Text != "غارة" || ev.Sentence.Text != "قُتل 5 مدنيين في غارة على البلدة." || txt[ev.Sentence.Start:ev.Sentence.End] != ev.Sentence.Text {
		t.Errorf("text %q, sentence %+v", ev.Text, ev.Sentence)
	}
	if len(ev.Figures) != 1 || ev.Figures[0].Metric != "killed" || *ev.Figures[0].Quantity.Value != 5 {
		t.Errorf("figures = %+v (the count once, the bad index dropped)", ev.Figures)
	}
}
