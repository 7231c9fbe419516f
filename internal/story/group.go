package story

import (
	"sort"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// Group groups a batch of documents: it adds them to a new Grouper in
// publication order (documents without a time keep their input order
// among the others) and writes each story's brief. Comparisons are left to
// the caller (reconcile.Compare), which this stage does not depend on.
func Group(docs []model.Analysis, opts Options) []model.Story {
	order := make([]int, len(docs))
	times := make([]time.Time, len(docs))
	for i, a := range docs {
		order[i], times[i] = i, PublishedAt(a)
	}
	sort.SliceStable(order, func(i, j int) bool { return times[order[i]].Before(times[order[j]]) })
	g := New(opts)
	for _, i := range order {
		g.Add(docs[i], times[i])
	}
	stories := g.Stories()
	for i := range stories {
		stories[i].Brief = Brief(stories[i], docs)
	}
	return stories
}

// PublishedAt returns a record's publication time: PublishedAt when given,
// else its publication date at midnight UTC, else the zero time.
func PublishedAt(a model.Analysis) time.Time {
	if t, err := time.Parse(time.RFC3339, a.PublishedAt); err == nil {
		return t
	}
	if t, err := time.Parse(model.DateLayout, a.Published); err == nil {
		return t
	}
	return time.Time{}
}
