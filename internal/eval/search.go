package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
	"github.com/marsad/marsad/internal/text"
)

// Search stores the news sample (text-only records: search does not read
// the analysis) in a temporary store and times 100 queries drawn from the
// titles: median and p99 latency, and how many find their source article.
var Search = Section{Name: "search", Run: runSearch}

const searchQueries = 100

func runSearch(data string, r *Report) error {
	ctx := context.Background()
	dir, err := os.MkdirTemp("", "marsad-eval-search-")
	if err != nil {
		return fmt.Errorf("search: %w", err)
	}
	defer os.RemoveAll(dir)
	s, err := store.Open(ctx, filepath.Join(dir, "search.db"), store.Options{})
	if err != nil {
		return fmt.Errorf("search: %w", err)
	}
	defer s.Close()
	arts, err := storeTextOnly(ctx, s, filepath.Join(data, "arabic-news-sample", "articles.jsonl"))
	if err != nil {
		return fmt.Errorf("search: %w", err)
	}
	queries := titleQueries(arts, searchQueries)
	var lat []time.Duration
	found := 0
	for _, q := range queries {
		start := time.Now()
		hits, _, err := s.Search(ctx, q.query, store.ArticleQuery{Limit: 20})
		lat = append(lat, time.Since(start))
		if err != nil {
			return fmt.Errorf("search %q: %w", q.query, err)
		}
		if slices.ContainsFunc(hits, func(h store.Hit) bool { return h.ID == q.want }) {
			found++
		}
	}
	slices.Sort(lat)
	note := fmt.Sprintf("%d queries (two title words each) over %d stored articles, first page of 20, snippets included", len(lat), len(arts))
	r.Addf("search", "latency median / p99", note, "%s / %s", lat[len(lat)/2].Round(time.Microsecond), lat[len(lat)*99/100].Round(time.Microsecond))
	r.Add("search", "source article on the first page", Pct(found, len(queries)), "the article whose title gave the query")
	return nil
}

// storeTextOnly reads the sample and stores it with empty analyses.
func storeTextOnly(ctx context.Context, s *store.Store, path string) ([]model.Article, error) {
	var arts []model.Article
	var batch []store.Record
	for it := range ingest.New(ingest.Options{}).Read(ctx, []string{path}) {
		if it.Err != nil {
			return nil, it.Err
		}
		arts = append(arts, it.Article)
		batch = append(batch, store.Record{Article: it.Article, Analysis: model.NewAnalysis(it.Article)})
		if len(batch) == 200 {
			if _, err := s.Put(ctx, batch); err != nil {
				return nil, err
			}
			batch = batch[:0]
		}
	}
	_, err := s.Put(ctx, batch)
	return arts, err
}

type searchQuery struct{ query, want string }

// titleQueries takes, from evenly spaced articles, the two longest words of
// the title: a query a reader of that article might type.
func titleQueries(arts []model.Article, n int) []searchQuery {
	var out []searchQuery
	for i := 0; i < len(arts) && len(out) < n; i += max(1, len(arts)/n) {
		var words []string
		for _, t := range text.Tokenize(arts[i].Title) {
			if t.Kind == text.Word && len([]rune(t.Base)) >= 4 {
				words = append(words, t.Text)
			}
		}
		if len(words) < 2 {
			continue
		}
		slices.SortStableFunc(words, func(a, b string) int { return len(b) - len(a) })
		out = append(out, searchQuery{query: strings.Join(words[:2], " "), want: arts[i].ID})
	}
	return out
}
