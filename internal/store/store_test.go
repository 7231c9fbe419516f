package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "t.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func record(id, body string, day int) Record {
	a := model.Article{ID: id, Title: "عنوان " + id, Outlet: "وكالة تجريبية", Text: text.Normalize(body),
		Published: time.Date(2031, 10, day, 9, 0, 0, 0, time.UTC), Language: "ar"}
	an := model.NewAnalysis(a)
	end := min(6, len(a.Text))
	an.Entities = append(an.Entities, model.Entity{Span: model.SpanOf(a.Text, 0, end), Type: "ORG", Name: "قسد"})
	return Record{Article: a, Analysis: an}
}

func TestPutIsIdempotent(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	recs := []Record{record("a", "قسد تقول إن المقاتلين غادروا.", 1), record("b", "خبر آخر عن الطقس.", 2)}
	out, err := s.Put(ctx, recs)
	if err != nil {
		t.Fatal(err)
	}
	if out[0].Status != Inserted || out[1].Status != Inserted {
		t.Fatalf("first put: %+v", out)
	}
	out, err = s.Put(ctx, recs)
	if err != nil {
		t.Fatal(err)
	}
	if out[0].Status != Duplicate || out[0].DuplicateOf != "a" {
		t.Fatalf("second put: %+v", out)
	}
	copyOfA := record("a-copy", "قسد تقول إن المقاتلين غادروا.", 3)
	if out, _ := s.Put(ctx, []Record{copyOfA}); out[0].Status != Duplicate || out[0].DuplicateOf != "a" {
		t.Fatalf("same text under another id: %+v", out)
	}
	if n, _ := s.Count(ctx); n != 2 {
		t.Fatalf("count = %d, want 2", n)
	}
}

func TestPutReplacesChangedText(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	s.Put(ctx, []Record{record("a", "النص الأول عن الرقة.", 1)})
	out, err := s.Put(ctx, []Record{record("a", "النص المعدل عن دير الزور.", 1)})
	if err != nil || out[0].Status != Updated {
		t.Fatalf("update: %+v %v", out, err)
	}
	if hits, _, _ := s.Search(ctx, "الرقة", ArticleQuery{}); len(hits) != 0 {
		t.Errorf("old text still indexed: %+v", hits)
	}
	if hits, _, _ := s.Search(ctx, "الزور", ArticleQuery{}); len(hits) != 1 {
		t.Errorf("new text not indexed: %+v", hits)
	}
	a, err := s.Article(ctx, "a")
	if err != nil || a.Text != "النص المعدل عن دير الزور." {
		t.Errorf("article = %q, %v", a.Text, err)
	}
}

func TestSearchFindsVariants(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	docs := map[string]string{
		"clitic":  "انسحب والمقاتلين من المدينة.",
		"indef":   "خرج ومقاتلين من الحي.",
		"vowels":  "غادر الْمُقَاتِلِينَ أمس.",
		"tatweel": "بقي المقاتـــلين في الملعب.",
		"other":   "وصلت المساعدات إلى المخيم.",
	}
	var recs []Record
	for id, body := range docs {
		recs = append(recs, record(id, body, 1))
	}
	if _, err := s.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	hits, total, err := s.Search(ctx, "المقاتلين", ArticleQuery{})
	if err != nil {
		t.Fatal(err)
	}
	if total != 4 || len(hits) != 4 {
		t.Fatalf("found %d (%d hits), want 4", total, len(hits))
	}
	for _, h := range hits {
		if h.ID == "other" {
			t.Errorf("unrelated article found")
		}
		marked := false
		for _, seg := range h.Snippet {
			marked = marked || seg.Mark
		}
		if !marked {
			t.Errorf("%s: snippet has no mark: %+v", h.ID, h.Snippet)
		}
	}
	if hits, _, _ := s.Search(ctx, `"; DROP TABLE articles; --`, ArticleQuery{}); len(hits) != 0 {
		t.Errorf("odd query matched %d", len(hits))
	}
}

func TestArticlesPagingAndFilters(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	var recs []Record
	for i := 1; i <= 5; i++ {
		recs = append(recs, record(string(rune('a'+i)), "نص رقم "+string(rune('٠'+i)), i))
	}
	s.Put(ctx, recs)
	page, total, err := s.Articles(ctx, ArticleQuery{Limit: 2, Offset: 1})
	if err != nil || total != 5 || len(page) != 2 || page[0].ID != "e" {
		t.Fatalf("page = %+v total %d err %v", page, total, err)
	}
	page, total, _ = s.Articles(ctx, ArticleQuery{From: "2031-10-02", To: "2031-10-03"})
	if total != 2 || len(page) != 2 {
		t.Fatalf("date filter: %d", total)
	}
}

func TestNotFound(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	if _, err := s.Article(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("article: %v", err)
	}
	if _, err := s.Story(ctx, "nope"); !errors.Is(err, ErrNotFound) {
		t.Errorf("story: %v", err)
	}
}

func TestStoriesAndMentions(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	s.Put(ctx, []Record{record("a", "قسد تقول.", 1), record("b", "قسد تؤكد.", 2)})
	st := []model.Story{{ID: "s1", Title: "قصة", Documents: []string{"a", "b"}, Period: model.Period{From: "2031-10-01", To: "2031-10-02"}}}
	if err := s.ReplaceStories(ctx, st); err != nil {
		t.Fatal(err)
	}
	got, total, err := s.Stories(ctx, 10, 0)
	if err != nil || total != 1 || got[0].ID != "s1" {
		t.Fatalf("stories %+v %d %v", got, total, err)
	}
	if id, _ := s.StoryOf(ctx, "b"); id != "s1" {
		t.Errorf("StoryOf = %q", id)
	}
	ms, err := s.Mentions(ctx, "قسد", 10)
	if err != nil || len(ms) != 2 {
		t.Errorf("mentions %+v %v", ms, err)
	}
}

func TestReopenKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "t.db")
	ctx := context.Background()
	s, err := Open(ctx, path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Put(ctx, []Record{record("a", "نص.", 1)})
	s.Close()
	s, err = Open(ctx, path, Options{NoMigrate: true})
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	if n, _ := s.Count(ctx); n != 1 {
		t.Errorf("count after reopen = %d", n)
	}
	an, err := s.Analysis(ctx, "a")
	if err != nil || len(an.Entities) != 1 {
		t.Errorf("analysis after reopen: %+v %v", an, err)
	}
}

func TestEachRecordOldestFirst(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	s.Put(ctx, []Record{record("late", "متأخر.", 5), record("early", "مبكر.", 1)})
	var ids []string
	err := s.EachRecord(ctx, func(r Record) error { ids = append(ids, r.Article.ID); return nil })
	if err != nil || len(ids) != 2 || ids[0] != "early" {
		t.Errorf("order %v %v", ids, err)
	}
}

func TestSearchTitleOnlyMatchShowsTheLead(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	r := record("t", "نص الخبر عن المفاوضات في المدينة.", 1)
	r.Article.Title = "الحافلات تصل"
	s.Put(ctx, []Record{r})
	hits, _, err := s.Search(ctx, "الحافلات", ArticleQuery{})
	if err != nil || len(hits) != 1 {
		t.Fatalf("hits %+v %v", hits, err)
	}
	if len(hits[0].Snippet) == 0 || hits[0].Snippet[0].Text == "" {
		t.Errorf("a title-only match has no snippet: %+v", hits[0].Snippet)
	}
}

func TestStageErrorsAreStoredAndListed(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	bad := record("bad", "قال المتحدث (الناطق) إن 5 قتلوا.", 2)
	bad.Analysis.Errors = []model.StageError{{Stage: "claims", Message: "panic: index out of range"}}
	if _, err := s.Put(ctx, []Record{record("good", "خبر عن الطقس.", 1), bad}); err != nil {
		t.Fatal(err)
	}
	got, n, err := s.StageFailures(ctx, 10, 0)
	if err != nil {
		t.Fatal(err)
	}
	if n != 1 || len(got) != 1 || got[0].Article != "bad" || got[0].Stage != "claims" || got[0].Title != "عنوان bad" {
		t.Fatalf("stage errors = %d %+v", n, got)
	}
	an, err := s.Analysis(ctx, "bad")
	if err != nil || len(an.Errors) != 1 {
		t.Fatalf("the record lost its errors: %+v %v", an.Errors, err)
	}
	fixed := record("bad", "قال المتحدث (الناطق) إن 6 قتلوا.", 2) // analysed again, without error
	if _, err := s.Put(ctx, []Record{fixed}); err != nil {
		t.Fatal(err)
	}
	if got, n, _ := s.StageFailures(ctx, 10, 0); n != 0 || len(got) != 0 {
		t.Fatalf("a replaced article keeps its old stage errors: %d %+v", n, got)
	}
}
