package export

import (
	"math"

	"github.com/marsad/marsad/internal/model"
)

// tally is what an event's counts of one metric say, across its claims.
type tally struct {
	low  float64 // the conservative figure
	high float64 // the highest figure stated
	ok   bool
}

// countOf reconciles the counts of one metric (killed, wounded...): within
// one source (a claim, or the outlet itself) the largest lower bound is the
// total (the others are parts of it: "35 قتيلا بينهم 27 مدنيا"); across
// sources the smallest of those totals is the conservative figure, and the
// largest stated bound is the high one.
func countOf(a model.Analysis, e model.Event, metric string) tally {
	bySource := map[int]float64{}
	high := 0.0
	for _, c := range e.Counts {
		if c.Metric != metric || c.Quantity < 0 || c.Quantity >= len(a.Quantities) {
			continue
		}
		q := a.Quantities[c.Quantity]
		lo, hi := bounds(q)
		src := claimOfQuantity(a, c.Quantity)
		if cur, seen := bySource[src]; !seen || lo > cur {
			bySource[src] = lo
		}
		high = math.Max(high, hi)
	}
	if len(bySource) == 0 {
		return tally{}
	}
	low := math.Inf(1)
	for _, v := range bySource {
		low = math.Min(low, v)
	}
	return tally{low: low, high: math.Max(high, low), ok: true}
}

// bounds returns the lower and upper figure of a quantity; an open upper
// bound is the lower one.
func bounds(q model.Quantity) (float64, float64) {
	lo, hi := 0.0, 0.0
	switch {
	case q.Min != nil:
		lo = *q.Min
	case q.Value != nil:
		lo = *q.Value
	}
	switch {
	case q.Max != nil:
		hi = *q.Max
	case q.Value != nil:
		hi = *q.Value
	default:
		hi = lo
	}
	return lo, hi
}

// claimOfQuantity is the index of the claim citing quantity qi, or -1 for
// the outlet's own figures.
func claimOfQuantity(a model.Analysis, qi int) int {
	for ci, c := range a.Claims {
		for _, q := range c.Quantities {
			if q == qi {
				return ci
			}
		}
	}
	return -1
}
