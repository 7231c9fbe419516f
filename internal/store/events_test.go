package store

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/internal/model"
)

// TestEventsTable: events are listed from their own rows, paged in SQL
// when no date filters them, and a store whose rows predate the table (or
// lost them) gets them back when it is opened with the backfill asked for.
func TestEventsTable(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "e.db")
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var recs []Record
	for i, id := range []string{"a", "b", "c"} {
		r := record(id, "قصف على البلدة واشتباكات في الحي "+id+".", i+1)
		r.Analysis.Events = []model.Event{
			{Type: "shelling", Start: 0, End: len("قصف"), Trigger: "قصف", Date: r.Article.Published.Format(model.DateLayout), Actors: []int{}, Targets: []int{}},
			{Type: "armed_clash", Start: 0, End: len("قصف"), Trigger: "قصف", Date: r.Article.Published.Format(model.DateLayout), Actors: []int{}, Targets: []int{}},
		}
		recs = append(recs, r)
	}
	if _, err := s.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	check := func(when string) {
		all, total, err := s.Events(ctx, EventQuery{Limit: 100})
		if err != nil || total != 6 || len(all) != 6 || all[0].ArticleID != "c" {
			t.Fatalf("%s: %d of %d events, first %+v, %v", when, len(all), total, all, err)
		}
		pg, total, _ := s.Events(ctx, EventQuery{Limit: 2, Offset: 2})
		if total != 6 || len(pg) != 2 || pg[0].ArticleID != all[2].ArticleID || pg[0].Index != all[2].Index {
			t.Errorf("%s: page 2 of 2: %+v (total %d)", when, pg, total)
		}
		typed, total, _ := s.Events(ctx, EventQuery{Type: "shelling", Limit: 10})
		if total != 3 || len(typed) != 3 {
			t.Errorf("%s: %d shelling events", when, total)
		}
		dated, total, _ := s.Events(ctx, EventQuery{RecordQuery: RecordQuery{From: "2031-10-02", To: "2031-10-02"}, Limit: 10})
		if total != 2 || len(dated) != 2 || dated[0].ArticleID != "b" {
			t.Errorf("%s: %d events dated 2 October", when, total)
		}
	}
	check("as stored")
	if _, err := s.db.ExecContext(ctx, `DELETE FROM events; UPDATE story_meta SET value = '1' WHERE key = 'events_backfill'`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if s, err = Open(ctx, path, Options{}); err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	check("after the backfill")
}
