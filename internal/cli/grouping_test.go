package cli

import (
	"database/sql"
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
	"github.com/marsad/marsad/internal/story"
)

// demoByDay writes the demo corpus as JSON Lines files, one per
// publication day, and returns them in date order.
func demoByDay(t *testing.T) []string {
	t.Helper()
	code, out, errOut := run(t, "analyze", "--format=jsonl", demoDir(t))
	if code != 0 {
		t.Fatalf("analyze: %s", errOut)
	}
	days := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var an model.Analysis
		if err := json.Unmarshal([]byte(line), &an); err != nil {
			t.Fatal(err)
		}
		published := an.PublishedAt
		if published == "" {
			published = an.Published
		}
		rec, _ := json.Marshal(map[string]string{"id": an.ID, "outlet": an.Outlet, "title": an.Title, "published": published, "text": an.Text})
		days[an.Published] = append(days[an.Published], string(rec))
	}
	dir := t.TempDir()
	var paths []string
	for day, lines := range days {
		p := filepath.Join(dir, "day-"+day+".jsonl")
		if err := os.WriteFile(p, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	sort.Strings(paths)
	if len(paths) < 3 {
		t.Fatalf("the demo corpus spans %d days; the test wants several", len(paths))
	}
	return paths
}

// storedStories returns the store's story records as JSON, ordered by id.
func storedStoriesJSON(t *testing.T, db string) string {
	t.Helper()
	code, out, errOut := run(t, "stories", "--db", db, "--format=jsonl", "--limit", "1000")
	if code != 0 {
		t.Fatalf("stories: %s", errOut)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	sort.Strings(lines)
	return strings.Join(lines, "\n")
}

// TestIncrementalStoriesEqualARebuild: ingesting the demo corpus a day at
// a time gives the same stories (ids, documents, briefs, comparisons) as
// ingesting it at once and as `stories --rebuild`.
func TestIncrementalStoriesEqualARebuild(t *testing.T) {
	days := demoByDay(t)
	step := filepath.Join(t.TempDir(), "step.db")
	for _, p := range days {
		if code, _, errOut := run(t, "ingest", "--db", step, p); code != 0 {
			t.Fatalf("ingest %s: %s", p, errOut)
		}
	}
	once := filepath.Join(t.TempDir(), "once.db")
	if code, _, errOut := run(t, append([]string{"ingest", "--db", once}, days...)...); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	stepwise, whole := storedStoriesJSON(t, step), storedStoriesJSON(t, once)
	if !strings.Contains(stepwise, `"documents"`) {
		t.Fatalf("no stories:\n%s", stepwise)
	}
	if stepwise != whole {
		t.Errorf("a day at a time:\n%s\nat once:\n%s", stepwise, whole)
	}
	if code, _, errOut := run(t, "stories", "--db", step, "--rebuild"); code != 0 {
		t.Fatalf("rebuild: %s", errOut)
	}
	if rebuilt := storedStoriesJSON(t, step); rebuilt != stepwise {
		t.Errorf("rebuild:\n%s\nincremental:\n%s", rebuilt, stepwise)
	}
}

// TestIngestTouchesOnlyItsStories: a day's ingest rewrites only the stories
// its articles join or start; the others keep their records untouched.
func TestIngestTouchesOnlyItsStories(t *testing.T) {
	days := demoByDay(t)
	db := filepath.Join(t.TempDir(), "m.db")
	for _, p := range days[:len(days)-1] {
		if code, _, errOut := run(t, "ingest", "--db", db, p); code != 0 {
			t.Fatalf("ingest: %s", errOut)
		}
	}
	before := storyRows(t, db)
	if code, _, errOut := run(t, "ingest", "--db", db, days[len(days)-1]); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	after := storyRows(t, db)
	kept := 0
	for id, row := range before {
		if after[id] == row {
			kept++
		}
	}
	if kept == 0 || kept == len(before) && len(after) == len(before) {
		t.Errorf("%d of %d stories untouched by the last day's ingest (%d after)", kept, len(before), len(after))
	}
}

func storyRows(t *testing.T, db string) map[string]string {
	t.Helper()
	s, err := store.Open(t.Context(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	stories, _, err := s.Stories(t.Context(), 1000, 0)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, st := range stories {
		raw, _ := json.Marshal(st)
		out[st.ID] = string(raw)
	}
	return out
}

// TestCrashBeforeStoriesIsRepaired: articles stored by an ingest that died
// before grouping them are grouped by the next run, even one that stores
// nothing new.
func TestCrashBeforeStoriesIsRepaired(t *testing.T) {
	days := demoByDay(t)
	ref := filepath.Join(t.TempDir(), "ref.db")
	if code, _, errOut := run(t, "ingest", "--db", ref, days[0]); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	want := storedStoriesJSON(t, ref)

	// What an ingest killed after storing its articles leaves: the
	// articles and their analyses, and no story for them.
	code, out, errOut := run(t, "analyze", "--format=jsonl", days[0])
	if code != 0 {
		t.Fatalf("analyze: %s", errOut)
	}
	db := filepath.Join(t.TempDir(), "m.db")
	s, err := store.Open(t.Context(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	var recs []store.Record
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var an model.Analysis
		if err := json.Unmarshal([]byte(line), &an); err != nil {
			t.Fatal(err)
		}
		a := model.Article{ID: an.ID, Outlet: an.Outlet, Title: an.Title, Text: an.Text}
		a.Published = story.PublishedAt(an)
		recs = append(recs, store.Record{Article: a, Analysis: an})
	}
	if _, err := s.Put(t.Context(), recs); err != nil {
		t.Fatal(err)
	}
	s.Close()
	if got := storedStoriesJSON(t, db); strings.Contains(got, `"documents"`) {
		t.Fatalf("stories before the repair: %s", got)
	}
	code, _, errOut = run(t, "ingest", "--db", db, days[0])
	if code != 0 || !strings.Contains(errOut, "0 new") {
		t.Fatalf("second ingest (exit %d): %s", code, errOut)
	}
	if got := storedStoriesJSON(t, db); got != want {
		t.Errorf("stories after the repair:\n%s\nwant:\n%s", got, want)
	}
}

// TestCheckRepairs: marsad check finds a store whose derived tables lost
// rows (an analysis, a search row, a story), and --repair makes it equal
// to a clean ingest's.
func TestCheckRepairs(t *testing.T) {
	days := demoByDay(t)
	db := filepath.Join(t.TempDir(), "m.db")
	if code, _, errOut := run(t, append([]string{"ingest", "--db", db}, days...)...); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	if code, out, _ := run(t, "check", "--db", db); code != 0 || !strings.Contains(out, "consistent") {
		t.Fatalf("a clean store: exit %d\n%s", code, out)
	}
	want := storedStoriesJSON(t, db)
	raw, err := sql.Open("sqlite", db)
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		`DELETE FROM analyses WHERE article_id = (SELECT id FROM articles ORDER BY id LIMIT 1)`,
		`DELETE FROM article_terms WHERE rowid = (SELECT rowid FROM articles ORDER BY id LIMIT 1 OFFSET 1)`,
		`DELETE FROM story_docs WHERE article_id = (SELECT id FROM articles ORDER BY id LIMIT 1 OFFSET 2)`,
	} {
		if _, err := raw.ExecContext(t.Context(), q); err != nil {
			t.Fatal(err)
		}
	}
	raw.Close()
	code, out, _ := run(t, "check", "--db", db)
	for _, kind := range []string{"no-analysis", "no-search-row", "no-story"} {
		if !strings.Contains(out, kind) {
			t.Errorf("check does not report %s:\n%s", kind, out)
		}
	}
	if code == 0 {
		t.Error("check exits 0 on a broken store")
	}
	if code, out, errOut := run(t, "check", "--db", db, "--repair"); code != 0 || !strings.Contains(out, "repaired") {
		t.Fatalf("repair: exit %d\n%s\n%s", code, out, errOut)
	}
	if got := storedStoriesJSON(t, db); got != want {
		t.Errorf("stories after the repair differ from a clean ingest's")
	}
	if code, out, _ := run(t, "check", "--db", db); code != 0 || !strings.Contains(out, "consistent") {
		t.Errorf("after repair: exit %d\n%s", code, out)
	}
}
