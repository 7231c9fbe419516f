package eval

import (
	"fmt"
	"os"
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
	events, words := 0, 0
	for _, an := range docs {
		events += len(an.Events)
		words += len(strings.Fields(an.Text))
	}
	r.Addf("events", "events per 1,000 words of the sample", fmt.Sprintf("%d events in %d words of %d articles (pipeline.Analyze)", events, words, len(docs)), "%.2f", 1000*float64(events)/float64(max(words, 1)))
	strays, places := farPlaces(arts, docs)
	r.Addf("geo", "places more than 2,000 km from every other place of their article", "arabic-news-sample, pipeline output; articles with two places or more; MARSAD_FAR_PLACES=FILE lists them (reserved days left out)",
		"%d of %d", len(strays), places)
	if path := os.Getenv("MARSAD_FAR_PLACES"); path != "" {
		if err := os.WriteFile(path, []byte(strings.Join(strays, "\n")+"\n"), 0o600); err != nil {
			return fmt.Errorf("stages: %w", err)
		}
	}
	return nil
}

// farPlaces returns the places of the articles that lie more than 2,000
// km from every other place of their article (as "id<TAB>start<TAB>end<TAB>
// text<TAB>name<TAB>country<TAB>lat,lon"; reserved days left out of the
// list, not the count), and how many places the articles with two or more
// have.
func farPlaces(arts []model.Article, docs []model.Analysis) ([]string, int) {
	var out []string
	total := 0
	for i, an := range docs {
		ps := an.Places
		if len(ps) < 2 {
			continue
		}
		total += len(ps)
		for j, p := range ps {
			near, others := false, 0
			for k, q := range ps {
				if k == j || q.Gazetteer == p.Gazetteer {
					continue
				}
				others++
				near = near || model.DistanceKm(p.Lat, p.Lon, q.Lat, q.Lon) <= 2000
			}
			if others > 0 && !near {
				if reservedDay(arts[i]) {
					out = append(out, "")
					continue
				}
				out = append(out, fmt.Sprintf("%s\t%d\t%d\t%s\t%s\t%s\t%.2f,%.2f", an.ID, p.Start, p.End, p.Text, p.Name, p.Country, p.Lat, p.Lon))
			}
		}
	}
	return out, total
}
