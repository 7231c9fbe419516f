package eval

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"time"

	"github.com/marsad/marsad/internal/ingest"
)

// Ingest times the JSON Lines reader on the 5,000-article news sample:
// reading, decoding, normalising, hashing and language guessing, without
// the store.
var Ingest = Section{Name: "ingest", Run: runIngest}

func runIngest(data string, r *Report) error {
	path := filepath.Join(data, "arabic-news-sample", "articles.jsonl")
	info, err := os.Stat(path)
	if err != nil {
		return fmt.Errorf("ingest: %w", err)
	}
	start := time.Now()
	var articles, failed, arabic, dated int
	for it := range ingest.New(ingest.Options{}).Read(context.Background(), []string{path}) {
		if it.Err != nil {
			failed++
			continue
		}
		articles++
		if it.Article.Language == "ar" {
			arabic++
		}
		if it.Article.PublishedBasis == "metadata" {
			dated++
		}
	}
	elapsed := time.Since(start)
	note := fmt.Sprintf("arabic-news-sample/articles.jsonl, %.1f MB, Reader only (no store)", float64(info.Size())/1e6)
	r.Addf("ingest", "articles read", note, "%d (%d errors)", articles, failed)
	r.Addf("ingest", "read throughput", note, "%.0f articles/s (%.1f MB/s, %s)",
		float64(articles)/elapsed.Seconds(), float64(info.Size())/1e6/elapsed.Seconds(), elapsed.Round(time.Millisecond))
	r.Add("ingest", "language ar", Pct(arabic, articles), "Language() on the sample, all Arabic outlets")
	r.Add("ingest", "date from metadata", Pct(dated, articles), "the sample's date field parsed")
	return nil
}
