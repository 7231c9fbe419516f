package eval

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"sync"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/pipeline"
)

// Stages counts stage errors over the whole news sample: every article
// through every stage, then the stories of them all. A stage error is lost
// data; the target is zero.
var Stages = Section{Name: "stages", Run: runStages}

func runStages(data string, r *Report) error {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return fmt.Errorf("stages: %w", err)
	}
	arts, err := readSample(data, nil)
	if err != nil {
		return fmt.Errorf("stages: %w", err)
	}
	docs := make([]model.Analysis, len(arts))
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Go(func() {
			for i := range next {
				_, docs[i] = p.Analyze(normalised(arts[i]))
			}
		})
	}
	for i := range arts {
		next <- i
	}
	close(next)
	wg.Wait()
	byStage := map[string]int{}
	failed := 0
	for _, an := range docs {
		if len(an.Errors) > 0 {
			failed++
		}
		for _, e := range an.Errors {
			byStage[e.Stage]++
		}
	}
	stories := p.Stories(docs)
	storyFailed := 0
	for _, s := range stories {
		if len(s.Errors) > 0 {
			storyFailed++
		}
		for _, e := range s.Errors {
			byStage[e.Stage]++
		}
	}
	var parts []string
	for st, n := range byStage {
		parts = append(parts, fmt.Sprintf("%s %d", st, n))
	}
	sort.Strings(parts)
	note := "arabic-news-sample, every article through pipeline.Analyze; target 0"
	if len(parts) > 0 {
		note += "; by stage: " + strings.Join(parts, ", ")
	}
	r.Addf("stages", "articles with stage errors", note, "%d of %d", failed, len(docs))
	r.Addf("stages", "stories with stage errors", "the same articles grouped (pipeline.Stories); target 0", "%d of %d", storyFailed, len(stories))
	return nil
}
