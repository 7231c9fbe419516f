package reconcile

import (
	"math"
	"time"
)

// Verdicts of a comparison, as the contract names them.
const (
	Agree    = "agree"
	Disagree = "disagree"
	Updated  = "updated"
)

// Figure is one claim's figure as the verdict rule sees it.
type Figure struct {
	// Min and Max are the stated bounds; a missing bound is open. An exact
	// figure has Min == Max.
	Min, Max *float64
	// Approx is true for a hedged figure (نحو، حوالي، قرابة): widened by 15%.
	Approx bool
	// Slack is the widening of a figure stated with a scale word and no
	// hedge (half a unit of its last stated digit, at least 2%); 0 otherwise.
	Slack float64
	// Time is when the figure holds (the time the text gives, else the
	// article's publication time); zero when unknown.
	Time time.Time
	// Update is true when the text says the figure updates an earlier one
	// ("ارتفعت الحصيلة إلى").
	Update bool
}

// Range returns the figure's range after the rule's widening; open bounds
// are infinite.
func (f Figure) Range() (lo, hi float64) {
	lo, hi = math.Inf(-1), math.Inf(1)
	if f.Min != nil {
		lo = *f.Min
	}
	if f.Max != nil {
		hi = *f.Max
	}
	switch {
	case f.Approx:
		lo, hi = widen(lo, 0.85), widen(hi, 1.15)
	case f.Slack > 0 && f.exact():
		lo, hi = lo-f.Slack, hi+f.Slack
	}
	return lo, hi
}

// exact reports whether the figure is one number (not a bound or a range).
func (f Figure) exact() bool {
	return f.Min != nil && f.Max != nil && *f.Min == *f.Max
}

// widen scales a finite bound away from zero by factor (0.85 or 1.15 for a
// positive figure); an infinite bound stays infinite.
func widen(b, factor float64) float64 {
	if math.IsInf(b, 0) {
		return b
	}
	if b < 0 {
		return b * (2 - factor)
	}
	return b * factor
}

// Conflict reports whether two figures' ranges do not overlap (rule 3).
func Conflict(a, b Figure) bool {
	alo, ahi := a.Range()
	blo, bhi := b.Range()
	return ahi < blo || bhi < alo
}

// PairVerdict judges two figures of one topic (rules 1-4). running is true
// when the topic is a running count (killed, wounded, displaced, evacuated,
// arrested, surrendered).
func PairVerdict(a, b Figure, running bool) string {
	if !Conflict(a, b) {
		return Agree
	}
	if running && isUpdate(a, b) {
		return Updated
	}
	return Disagree
}

// isUpdate reports whether, of two conflicting figures, the higher one is
// the later one, or says it is an update.
func isUpdate(a, b Figure) bool {
	_, ahi := a.Range()
	blo, _ := b.Range()
	low, high := a, b
	if !(ahi < blo) {
		low, high = b, a
	}
	if high.Update {
		return true
	}
	if low.Time.IsZero() || high.Time.IsZero() {
		return false
	}
	return high.Time.After(low.Time)
}

// Verdict judges a whole comparison (rule 5): disagree if any pair
// disagrees, else updated if any pair is an update, else agree.
func Verdict(figs []Figure, running bool) string {
	out := Agree
	for i := range figs {
		for j := i + 1; j < len(figs); j++ {
			switch PairVerdict(figs[i], figs[j], running) {
			case Disagree:
				return Disagree
			case Updated:
				out = Updated
			}
		}
	}
	return out
}
