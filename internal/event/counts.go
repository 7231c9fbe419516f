package event

import (
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// metricWindow is how many words either side of a count its metric cue may be.
const metricWindow = 4

// metrics are the cue classes naming what a count measures, in order of preference.
var metrics = []string{"killed", "wounded", "displaced", "evacuated", "surrendered", "arrested",
	"abducted", "remaining", "released", "besieged", "participants"}

// peopleUnits are the quantity units an event count can be of.
var peopleUnits = map[string]string{
	"people": "unspecified", "civilians": "civilians", "fighters": "combatants",
	"soldiers": "security_forces", "children": "children", "families": "unspecified",
}

// linkQuantities gives each quantity of the sentence to one of its events:
// the nearest whose type counts what the quantity measures, else the
// nearest. Counts of people also get a metric and a subject.
func (x *Extractor) linkQuantities(d *text.Doc, s sentence, ds []*draft, in Input) {
	if len(ds) == 0 {
		return
	}
	sent := d.Sentences[s.index]
	cumEnd := -1 // end token of the last running total
	for qi, q := range in.Quantities {
		if q.Start < sent.Start || q.End > sent.End {
			continue
		}
		from, to := tokenRange(s.toks, q.Start, q.End)
		metric, dist := x.metricOf(s, from, to, q)
		dr := x.nearest(ds, from, metric)
		dr.Quantities = append(dr.Quantities, qi)
		subject, ok := peopleUnits[q.Unit]
		if !ok {
			continue
		}
		if (metric == "" || dist > metricWindow) && abs(dr.from-from) <= defaultMetricReach {
			metric = x.lx.types[dr.Type].Metric // "قتل 15 طفلا في غارة": the strike's toll
		} else if dist > metricWindow {
			metric = ""
		}
		if x.cumulative(s, from) || (cumEnd >= 0 && from-cumEnd <= 2) {
			cumEnd = to // a total and its breakdown (بينهم 311 طفلا)
			continue
		}
		if metric == "" {
			continue
		}
		dr.Counts = append(dr.Counts, model.Count{Quantity: qi, Metric: metric, Subject: x.subject(s, to, q, subject)})
	}
}

// victimsFromCount makes the counted noun of a violent event's toll its
// target when syntax found none: "قتل 18 شخصا" → شخصا.
func (x *Extractor) victimsFromCount(d *text.Doc, s sentence, dr *draft, in Input) {
	if len(dr.TargetSpans) > 0 || x.lx.types[dr.Type].Group != "violence" {
		return
	}
	for _, c := range dr.Counts {
		if c.Metric != "killed" && c.Metric != "wounded" {
			continue
		}
		q := in.Quantities[c.Quantity]
		from, to := tokenRange(s.toks, q.Start, q.End)
		for i := to - 1; i >= from; i-- {
			if s.toks[i].Kind == text.Word && !isQuantityWord(x, s, i, i+1) {
				dr.TargetSpans = []model.Span{x.spanOf(d, s, tokRange{i, i + 1})}
				dr.Targets = overlapping(in.Entities, dr.TargetSpans)
				return
			}
		}
	}
}

// defaultMetricReach is how many words from its event's trigger a count with
// no metric cue of its own may be to take the event's metric: further away
// ("شيّع آلاف الأشخاص ... ضحايا الغارة") it is not the event's toll.
const defaultMetricReach = 8

// cumulativeWindow is how many words before a count a cumulative cue may be.
const cumulativeWindow = 6

// cumulative reports whether the count starting at token from is a running
// total ("لترتفع بذلك حصيلة هذا القصف إلى 1517"), not the incident's toll.
func (x *Extractor) cumulative(s sentence, from int) bool {
	return x.lx.cueIn("cumulative", s.view, max(s.from, from-cumulativeWindow), from)
}

// metricOf returns the metric cue nearest to the count's tokens [from,to)
// and its distance in words; the counted noun itself counts as distance 0.
func (x *Extractor) metricOf(s sentence, from, to int, q model.Quantity) (string, int) {
	best, bestDist := "", metricWindow+1
	lo, hi := max(s.from, from-metricWindow), min(s.to, to+metricWindow)
	for _, m := range metrics {
		for i := lo; i < hi; i++ {
			if x.lx.cueAt(m, s.view, i, s.to) == 0 {
				continue
			}
			dist := 0
			if i < from {
				dist = from - i
			} else if i >= to {
				dist = i - to + 1
			}
			if dist < bestDist {
				best, bestDist = m, dist
			}
		}
	}
	if n := text.Fold(q.Noun); n != "" {
		for _, m := range metrics {
			if x.lx.cues[m] != nil && x.lx.cues[m].single[n] {
				return m, 0
			}
		}
	}
	return best, bestDist
}

// nearest picks the draft a quantity belongs to.
func (x *Extractor) nearest(ds []*draft, tok int, metric string) *draft {
	var best *draft
	bestDist, bestFits := 0, false
	for _, dr := range ds {
		m := x.lx.types[dr.Type].Metric
		fits := metric != "" && (m == metric || (metric == "wounded" && m == "killed"))
		dist := abs(dr.from - tok)
		if best == nil || (fits && !bestFits) || (fits == bestFits && dist < bestDist) {
			best, bestDist, bestFits = dr, dist, fits
		}
	}
	return best
}

// subject refines the counted group: foreign fighters, women.
func (x *Extractor) subject(s sentence, to int, q model.Quantity, subject string) string {
	if subject == "combatants" && x.lx.cueIn("foreign", s.view, to, min(s.to, to+3)) {
		return "foreign_fighters"
	}
	switch text.Fold(q.Noun) {
	case "امراه", "نساء", "سيده", "سيدات":
		return "women"
	}
	return subject
}
