package e2e

import (
	"context"
	"io"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/demo"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/store"
	"github.com/marsad/marsad/internal/web"
)

// demoStore reads the demo corpus through the pipeline into a new store and
// builds its stories.
func demoStore(t testing.TB) *store.Store {
	t.Helper()
	ctx := context.Background()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(ctx, filepath.Join(t.TempDir(), "demo.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	var recs []store.Record
	var docs []model.Analysis
	for it := range ingest.New(ingest.Options{}).ReadFS(ctx, demo.FS(), ".") {
		if it.Err != nil {
			t.Fatalf("demo corpus: %v", it.Err)
		}
		a, an := p.Analyze(it.Article)
		recs = append(recs, store.Record{Article: a, Analysis: an})
		docs = append(docs, an)
	}
	if len(recs) < 10 {
		t.Fatalf("demo corpus: %d articles", len(recs))
	}
	if _, err := s.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	if err := s.ReplaceStories(ctx, p.Stories(docs)); err != nil {
		t.Fatal(err)
	}
	return s
}

// disputed returns the demo story told by most articles among those whose
// sources disagree on a figure.
func disputed(t *testing.T, s *store.Store) model.Story {
	t.Helper()
	sts, _, err := s.Stories(context.Background(), 100, 0)
	if err != nil {
		t.Fatal(err)
	}
	best, n := model.Story{}, 0
	for _, st := range sts {
		k := 0
		for _, c := range st.Comparisons {
			if c.Verdict == "disagree" {
				k++
			}
		}
		if k > 0 && (n == 0 || len(st.Documents) > len(best.Documents)) {
			best, n = st, k
		}
	}
	if n == 0 {
		t.Fatal("no demo story has a disagreement")
	}
	return best
}

// farEvents counts the story's events dated more than a week from its period.
func farEvents(t *testing.T, s *store.Store, st model.Story) int {
	t.Helper()
	evs, _, err := s.Events(context.Background(), store.EventQuery{RecordQuery: store.RecordQuery{Story: st.ID}, Limit: 1000})
	if err != nil {
		t.Fatal(err)
	}
	from, err1 := time.Parse(model.DateLayout, st.Period.From)
	to, err2 := time.Parse(model.DateLayout, st.Period.To)
	if err1 != nil || err2 != nil {
		return 0
	}
	n := 0
	for _, ev := range evs {
		if len(ev.Date) < 4 {
			continue
		}
		y, err := time.Parse("2006", ev.Date[:4])
		if err == nil && (y.AddDate(1, 0, 0).Before(from.AddDate(0, 0, -7)) || y.After(to.AddDate(0, 0, 7))) {
			n++
		}
	}
	return n
}

func fetch(t *testing.T, srv *httptest.Server, path string) string {
	t.Helper()
	res, err := srv.Client().Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	b, _ := io.ReadAll(res.Body)
	if res.StatusCode != 200 {
		t.Fatalf("GET %s: %d", path, res.StatusCode)
	}
	return string(b)
}

var (
	tlPoint   = regexp.MustCompile(`<circle [^>]*class="pt `)
	tlColumn  = regexp.MustCompile(`<g class="col`)
	storyLink = regexp.MustCompile(`href="/stories/[^"]+">([^<]*)</a>`)
)

// TestDemoPages renders the pages of the real demo corpus and checks what
// the HTML shows: Arabic comparison topics, a timeline of day columns with
// far dates marked, event cards that quote their sentence, story titles.
func TestDemoPages(t *testing.T) {
	s := demoStore(t)
	srv := httptest.NewServer(web.New(web.Options{Store: s}))
	t.Cleanup(srv.Close)
	st := disputed(t, s)

	page := fetch(t, srv, "/stories/"+url.PathEscape(st.ID))
	if strings.Contains(page, "<h1>"+st.ID+"</h1>") || strings.Contains(page, "<h1></h1>") {
		t.Errorf("story %s: the page is titled with its id", st.ID)
	}
	for _, want := range []string{"verdict-disagree", "متعارضة", "عدد القتلى", `class="topic-en"`, "الخط الزمني للأحداث"} {
		if !strings.Contains(page, want) {
			t.Errorf("story page does not show %q", want)
		}
	}
	points, cols := len(tlPoint.FindAllString(page, -1)), len(tlColumn.FindAllString(page, -1))
	if points == 0 || cols < 2 || points < cols {
		t.Errorf("timeline: %d points in %d columns", points, cols)
	}
	if far := farEvents(t, s, st); far > 0 && !strings.Contains(page, "بعيد عن فترة القصة") {
		t.Errorf("timeline: the events dated far from the story's period are not marked")
	}
	if n := strings.Count(page, `class="hl-ev"`); n == 0 {
		t.Errorf("event cards: no event word marked in a quoted sentence")
	}
	if !strings.Contains(page, "#ev-") {
		t.Errorf("events do not link to their span in the article")
	}

	home := fetch(t, srv, "/")
	for _, m := range storyLink.FindAllStringSubmatch(home, -1) {
		if strings.HasPrefix(m[1], "story-") || strings.TrimSpace(m[1]) == "" {
			t.Errorf("home: a story is listed by its id: %q", m[1])
		}
	}

	ev := fetch(t, srv, "/api/events?limit=2000")
	if !strings.Contains(ev, `"lat":`) || !strings.Contains(ev, `"sentence":{"start"`) {
		t.Errorf("api events: no placed events or no sentences")
	}
}

// BenchmarkDemoStoryPage renders the page of the demo story told by most
// articles with a disagreement, gzip as a browser asks for it.
func BenchmarkDemoStoryPage(b *testing.B) {
	s := demoStore(b)
	h := web.New(web.Options{Store: s})
	sts, _, err := s.Stories(context.Background(), 100, 0)
	if err != nil {
		b.Fatal(err)
	}
	best := sts[0]
	for _, st := range sts {
		if len(st.Documents) > len(best.Documents) {
			best = st
		}
	}
	path := "/stories/" + url.PathEscape(best.ID)
	var plain, zipped int
	for _, enc := range []string{"", "gzip"} {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", path, nil)
		req.Header.Set("Accept-Encoding", enc)
		h.ServeHTTP(rec, req)
		if enc == "" {
			plain = rec.Body.Len()
		} else {
			zipped = rec.Body.Len()
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest("GET", path, nil)
		req.Header.Set("Accept-Encoding", "gzip")
		h.ServeHTTP(rec, req)
		if rec.Code != 200 {
			b.Fatalf("status %d", rec.Code)
		}
	}
	b.ReportMetric(float64(plain), "html-bytes")
	b.ReportMetric(float64(zipped), "gzip-bytes")
}
