package cli

import (
	"context"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"sync/atomic"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/store"
)

// analysed is one input item after the pipeline: a record, or the error
// that kept the input from being read.
type analysed struct {
	rec     store.Record
	err     error
	warning string
}

// analyseAll runs the pipeline over items on every core, in input order.
func analyseAll(ctx context.Context, p *pipeline.Pipeline, items iter.Seq[ingest.Item]) iter.Seq[analysed] {
	return ordered(ctx, items, runtime.GOMAXPROCS(0), func(it ingest.Item) analysed {
		if it.Err != nil {
			return analysed{err: it.Err}
		}
		a, an := p.Analyze(it.Article)
		return analysed{rec: store.Record{Article: a, Analysis: an}, warning: it.Warning}
	})
}

// reportStageErrors writes one line per stage that failed on a record, with
// the article's id, and says whether there was any: a stage error is lost
// data and is never silent.
func reportStageErrors(w io.Writer, an model.Analysis) bool {
	for _, e := range an.Errors {
		fmt.Fprintf(w, "marsad: stage error: %s: %s\n", an.ID, e)
	}
	return len(an.Errors) > 0
}

// reportStoryErrors does the same for the story stages.
func reportStoryErrors(w io.Writer, stories []model.Story) int {
	n := 0
	for _, s := range stories {
		for _, e := range s.Errors {
			fmt.Fprintf(w, "marsad: stage error: story %s: %s\n", s.ID, e)
		}
		if len(s.Errors) > 0 {
			n++
		}
	}
	return n
}

// ingestStats counts what an ingest run did.
type ingestStats struct {
	Read, Inserted, Updated, Duplicates, Failed int
	// StageErrors counts the articles analysed in this run on which a stage
	// failed; StoryErrors the stories whose comparison failed.
	StageErrors, StoryErrors int
	Elapsed                  time.Duration
}

func (s ingestStats) String() string {
	rate := float64(s.Read) / s.Elapsed.Seconds()
	stories := ""
	if s.StoryErrors > 0 {
		stories = fmt.Sprintf(" and %d stories", s.StoryErrors)
	}
	return fmt.Sprintf("%d read: %d new, %d updated, %d duplicates; %d inputs failed; %d articles%s with stage errors; %.1fs (%.0f articles/s)",
		s.Read, s.Inserted, s.Updated, s.Duplicates, s.Failed, s.StageErrors, stories, s.Elapsed.Seconds(), rate)
}

const batchSize = 100

// ingestInto analyses items and stores them in batches; an input that cannot
// be read is reported on errOut and skipped. The stories are then brought
// up to date (groupStories): the new articles, and any a crash left
// ungrouped, join or start stories.
func ingestInto(ctx context.Context, s *store.Store, p *pipeline.Pipeline, items iter.Seq[ingest.Item], errOut io.Writer, bar *progressbar.ProgressBar) (ingestStats, error) {
	start := time.Now()
	var st ingestStats
	batch := make([]store.Record, 0, batchSize)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		out, err := s.Put(ctx, batch)
		if err != nil {
			return err
		}
		for _, o := range out {
			switch o.Status {
			case store.Inserted:
				st.Inserted++
			case store.Updated:
				st.Updated++
			case store.Duplicate:
				st.Duplicates++
			}
		}
		batch = batch[:0]
		return nil
	}
	var stored atomic.Int64 // inputs already in the store, counted by skipStored
	for r := range analyseAll(ctx, p, skipStored(ctx, s, items, &stored)) {
		if r.err != nil {
			st.Failed++
			bar.Clear()
			fmt.Fprintln(errOut, "marsad: skipped:", r.err)
			continue
		}
		st.Read++
		bar.Add(1)
		if r.warning != "" {
			bar.Clear()
			fmt.Fprintln(errOut, "marsad: warning:", r.warning)
		}
		if len(r.rec.Analysis.Errors) > 0 {
			bar.Clear()
			reportStageErrors(errOut, r.rec.Analysis)
			st.StageErrors++
		}
		batch = append(batch, r.rec)
		if len(batch) == batchSize {
			if err := flush(); err != nil {
				return st, err
			}
		}
	}
	if err := flush(); err != nil {
		return st, err
	}
	if err := ctx.Err(); err != nil {
		return st, err
	}
	bar.Finish()
	st.Read += int(stored.Load())
	st.Duplicates += int(stored.Load())
	st.Elapsed = time.Since(start)
	stories, err := groupStories(ctx, s, p, false)
	st.StoryErrors = reportStoryErrors(errOut, stories)
	return st, err
}

// skipStored drops the articles whose text is already stored, counting
// them as duplicates, so a second ingest of the same input analyses nothing.
func skipStored(ctx context.Context, s *store.Store, items iter.Seq[ingest.Item], stored *atomic.Int64) iter.Seq[ingest.Item] {
	return func(yield func(ingest.Item) bool) {
		for it := range items {
			if it.Err == nil {
				hash := it.Article.Hash
				if hash == "" {
					hash = model.TextHash(it.Article.Text)
				}
				if _, ok, err := s.HasText(ctx, hash); err == nil && ok {
					stored.Add(1)
					continue
				}
			}
			if !yield(it) {
				return
			}
		}
	}
}

// progress returns a bar on a terminal, and a silent one when piped.
func progress(w io.Writer, desc string) *progressbar.ProgressBar {
	f, ok := w.(*os.File)
	visible := ok && term.IsTerminal(int(f.Fd()))
	return progressbar.NewOptions(-1,
		progressbar.OptionSetWriter(w),
		progressbar.OptionSetDescription(desc),
		progressbar.OptionSetVisibility(visible),
		progressbar.OptionShowCount(),
		progressbar.OptionShowIts(),
		progressbar.OptionSetItsString("articles"),
		progressbar.OptionThrottle(100*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
}
