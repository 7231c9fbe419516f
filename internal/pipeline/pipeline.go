// Package pipeline is the one place that wires marsad's stages together:
// it reads an article's text once, runs each extractor on it, and assembles
// the contract record. A stage that fails on an article is recorded in the
// record's errors; the other stages still run.
package pipeline

import (
	"fmt"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/event"
	"github.com/marsad/marsad/internal/extract/claim"
	"github.com/marsad/marsad/internal/extract/date"
	"github.com/marsad/marsad/internal/extract/entity"
	"github.com/marsad/marsad/internal/extract/place"
	"github.com/marsad/marsad/internal/extract/quantity"
	"github.com/marsad/marsad/internal/gazetteer"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/reconcile"
	"github.com/marsad/marsad/internal/story"
	"github.com/marsad/marsad/internal/text"
)

// Options configure the pipeline.
type Options struct {
	// RegistryFile is a user's actor registry, read beside the shipped one.
	RegistryFile string
	// GazetteerFile is a user's gazetteer (TSV), read beside the shipped one.
	GazetteerFile string
}

// Pipeline analyses articles. It is safe for concurrent use.
type Pipeline struct {
	registry *actor.Registry
	entities *entity.Recognizer
	places   *place.Resolver
	claims   *claim.Extractor
	events   *event.Extractor
}

// New builds a pipeline, loading the data its stages need: the shipped
// registry and gazetteer with the user's files beside them.
func New(opts Options) (*Pipeline, error) {
	reg, err := actor.LoadFiles(nonEmpty(opts.RegistryFile)...)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	gaz, err := gazetteer.LoadFiles(nonEmpty(opts.GazetteerFile)...)
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	ner, err := entity.New(entity.Options{Registry: reg, Gazetteer: gaz})
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}
	events, err := event.New(event.Options{})
	if err != nil {
		return nil, fmt.Errorf("pipeline: %w", err)
	}

	return &Pipeline{
		registry: reg,
		entities: ner,
		places:   place.New(place.Options{Gazetteer: gaz, ActorCountry: countryOf(reg)}),
		claims:   claim.New(claim.Options{IsOutlet: sourceIn(reg), Canonical: canonicalIn(reg)}),
		events:   events,
	}, nil
}

func nonEmpty(paths ...string) []string {
	var out []string
	for _, p := range paths {
		if p != "" {
			out = append(out, p)
		}
	}
	return out
}

// countryOf returns the home country of a registry actor by its id.
func countryOf(reg *actor.Registry) func(string) string {
	byID := map[string]string{}
	for _, a := range reg.Actors() {
		byID[a.ID] = a.Country
	}
	return func(id string) string { return byID[id] }
}

// sourceIn tells the claim stage which names are outlets, agencies or
// monitors, and their canonical names, from the registry.
func sourceIn(reg *actor.Registry) func(string) (string, bool) {
	return func(folded string) (string, bool) {
		a, ok := reg.Lookup(folded)
		if !ok || !a.IsSource() {
			return "", false
		}
		return a.Name, true
	}
}

// canonicalIn resolves a speaker's name to the registry's spelling.
func canonicalIn(reg *actor.Registry) func(string) (string, bool) {
	return func(folded string) (string, bool) {
		a, ok := reg.Lookup(folded)
		if !ok {
			return "", false
		}
		return a.Name, true
	}
}

// Analyze runs every stage on one article and returns its record. The
// article comes back too, with what the analysis learnt about it (a
// publication date found in its dateline).
func (p *Pipeline) Analyze(a model.Article) (model.Article, model.Analysis) {
	d := text.Read(a.Text)
	if a.Published.IsZero() {
		if t, ok := date.Dateline(d); ok {
			a.Published, a.PublishedBasis = t, "dateline"
		}
	}
	if a.Outlet == "" {
		a.Outlet = datelineOutlet(d, p.registry)
	}
	an := model.NewAnalysis(a)
	guard(&an, "times", func() { an.Times = date.Extract(d, date.Ref{Published: a.Published}) })
	guard(&an, "quantities", func() { an.Quantities = quantity.Extract(d) })
	guard(&an, "entities", func() { an.Entities = p.entities.Extract(d) })
	guard(&an, "places", func() { an.Places = p.places.Resolve(d, an.Entities) })
	guard(&an, "claims", func() {
		an.Claims = p.claims.Extract(d, claim.Input{Entities: an.Entities, Quantities: an.Quantities,
			Times: an.Times, Places: an.Places, Outlet: a.Outlet})
	})
	guard(&an, "events", func() {
		an.Events = p.events.Extract(d, event.Input{Entities: an.Entities, Places: an.Places,
			Quantities: an.Quantities, Times: an.Times, Claims: an.Claims, Published: a.Published})
	})
	fillEmpty(&an)
	return a, an
}

// guard runs one stage, turning a panic into a StageError on the record so
// that one bad article never stops a run and never loses its record.
func guard(an *model.Analysis, stage string, run func()) {
	if e, failed := protect(stage, run); failed {
		an.Errors = append(an.Errors, e)
	}
}

// protect runs a stage and reports a panic as a StageError naming the
// stage and the line of marsad's code that panicked.
func protect(stage string, run func()) (e model.StageError, failed bool) {
	defer func() {
		if r := recover(); r != nil {
			e, failed = model.StageError{Stage: stage, Message: fmt.Sprintf("panic: %v%s", r, panicSite())}, true
		}
	}()
	run()
	return e, false
}

// panicSite returns " (at package/file.go:line)" for the innermost frame of
// marsad's own code on the panicking goroutine's stack, or "". Frames are
// chosen by function, so the Go runtime's own internal packages (a map
// panic goes through internal/runtime/maps) are never named instead.
func panicSite() string {
	pcs := make([]uintptr, 32)
	n := runtime.Callers(3, pcs)
	frames := runtime.CallersFrames(pcs[:n])
	for {
		f, more := frames.Next()
		ours := strings.HasPrefix(f.Function, "github.com/marsad/marsad/") && !strings.HasPrefix(f.Function, "github.com/marsad/marsad/internal/pipeline.")
		if i := strings.Index(f.File, "/internal/"); ours && i >= 0 {
			return fmt.Sprintf(" (at %s:%d)", f.File[i+len("/internal/"):], f.Line)
		}
		if !more {
			return ""
		}
	}
}

// fillEmpty makes every array of the record present, as the contract wants.
func fillEmpty(an *model.Analysis) {
	if an.Entities == nil {
		an.Entities = []model.Entity{}
	}
	if an.Places == nil {
		an.Places = []model.Place{}
	}
	if an.Quantities == nil {
		an.Quantities = []model.Quantity{}
	}
	if an.Times == nil {
		an.Times = []model.Time{}
	}
	if an.Claims == nil {
		an.Claims = []model.Claim{}
	}
	if an.Events == nil {
		an.Events = []model.Event{}
	}
}

// Stories groups analysed documents into stories, writes each story's brief
// and compares what its sources claim.
func (p *Pipeline) Stories(docs []model.Analysis) []model.Story {
	stories := story.Group(docs, story.DefaultOptions())
	p.compare(stories, docs)
	return stories
}

// GroupInto adds documents to the stories of a saved grouper state (the
// zero State for none) in publication order, and returns the stories they
// changed, briefed and compared, with the state to save. members loads the
// stored analyses of those stories' other documents.
func (p *Pipeline) GroupInto(saved story.State, docs []model.Analysis, members func(ids []string) ([]model.Analysis, error)) ([]model.Story, story.State, error) {
	g, err := story.Restore(story.DefaultOptions(), saved)
	if err != nil {
		return nil, story.State{}, fmt.Errorf("pipeline: stories: %w", err)
	}
	order := make([]int, len(docs))
	times := make([]time.Time, len(docs))
	for i, a := range docs {
		order[i], times[i] = i, story.PublishedAt(a)
	}
	sort.SliceStable(order, func(i, j int) bool { return times[order[i]].Before(times[order[j]]) })
	for _, i := range order {
		g.Add(docs[i], times[i])
	}
	stories, state := g.Changed()
	have := make(map[string]bool, len(docs))
	for _, a := range docs {
		have[a.ID] = true
	}
	var missing []string
	for _, st := range stories {
		for _, id := range st.Documents {
			if !have[id] {
				have[id] = true
				missing = append(missing, id)
			}
		}
	}
	all := docs
	if len(missing) > 0 {
		more, err := members(missing)
		if err != nil {
			return nil, story.State{}, fmt.Errorf("pipeline: stories: %w", err)
		}
		all = append(append([]model.Analysis(nil), docs...), more...)
	}
	for i := range stories {
		stories[i].Brief = story.Brief(stories[i], all)
	}
	p.compare(stories, all)
	return stories, state, nil
}

// compare writes each story's comparisons; a comparison that fails is
// recorded on its story.
func (p *Pipeline) compare(stories []model.Story, docs []model.Analysis) {
	for i := range stories {
		if e, failed := protect("comparisons", func() { stories[i].Comparisons = reconcile.Compare(stories[i], docs) }); failed {
			stories[i].Comparisons = []model.Comparison{}
			stories[i].Errors = append(stories[i].Errors, e)
		}
	}
}
