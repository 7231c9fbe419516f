package eval

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/cli"
	"github.com/marsad/marsad/internal/model"
)

// Incremental times what a user waits for when new articles come: an
// ingest of 100 new articles (read, analyse, store, update the stories)
// into a store of 1,000 articles and into one of 5,000 (the sample, less
// the reserved days, in publication order; the 100 are the next ones by
// date). The stories are updated, not regrouped, so the two should take
// about the same time.
var Incremental = Section{Name: "incremental", Run: runIncremental}

func runIncremental(data string, r *Report) error {
	arts, err := readSample(data, func(a model.Article) bool { return !reservedDay(a) })
	if err != nil {
		return fmt.Errorf("incremental: %w", err)
	}
	sort.SliceStable(arts, func(i, j int) bool { return arts[i].Published.Before(arts[j].Published) })
	dir, err := os.MkdirTemp("", "marsad-eval-incremental")
	if err != nil {
		return fmt.Errorf("incremental: %w", err)
	}
	defer os.RemoveAll(dir)
	const added = 100
	for _, size := range []int{1000, len(arts) - added} {
		if size+added > len(arts) {
			continue
		}
		db := filepath.Join(dir, fmt.Sprintf("store-%d.db", size))
		base, err := writeJSONL(dir, fmt.Sprintf("base-%d", size), arts[:size])
		if err != nil {
			return fmt.Errorf("incremental: %w", err)
		}
		more, err := writeJSONL(dir, fmt.Sprintf("new-%d", size), arts[size:size+added])
		if err != nil {
			return fmt.Errorf("incremental: %w", err)
		}
		if code := cli.Run([]string{"ingest", "--db", db, base}, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
			return fmt.Errorf("incremental: ingest of %d articles: exit %d", size, code)
		}
		var errOut strings.Builder
		start := time.Now()
		if code := cli.Run([]string{"ingest", "--db", db, more}, strings.NewReader(""), io.Discard, &errOut); code != 0 {
			return fmt.Errorf("incremental: ingest of %d new articles: exit %d: %s", added, code, errOut.String())
		}
		spent := time.Since(start)
		start = time.Now()
		if code := cli.Run([]string{"stories", "--db", db, "--rebuild", "--limit", "1"}, strings.NewReader(""), io.Discard, io.Discard); code != 0 {
			return fmt.Errorf("incremental: rebuild: exit %d", code)
		}
		rebuild := time.Since(start)
		r.Addf("incremental", fmt.Sprintf("ingest %d new articles into a store of %d", added, size),
			fmt.Sprintf("read, analyse, store, update stories; `marsad stories --rebuild` of the %d takes %.1f s", size+added, rebuild.Seconds()),
			"%.2f s", spent.Seconds())
	}
	return nil
}

// writeJSONL writes articles as the JSON Lines ingest reads.
func writeJSONL(dir, name string, arts []model.Article) (string, error) {
	path := filepath.Join(dir, name+".jsonl")
	f, err := os.Create(path)
	if err != nil {
		return "", err
	}
	enc := json.NewEncoder(f)
	for _, a := range arts {
		rec := map[string]string{"id": a.ID, "outlet": a.Outlet, "title": a.Title, "text": a.Text, "url": a.URL}
		if !a.Published.IsZero() {
			rec["published"] = a.Published.Format(time.RFC3339)
		}
		if err := enc.Encode(rec); err != nil {
			f.Close()
			return "", err
		}
	}
	return path, f.Close()
}
