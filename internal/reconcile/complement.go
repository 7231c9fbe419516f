package reconcile

import "github.com/marsad/marsad/internal/model"

// complements returns the bonus comparisons of shares of one place held by
// two sides: one side's shares against 100 minus the other's ("ISIS holds
// 10%" and "the SDF hold 90%" agree). The two sides' own topics are still
// compared apart; a complement never replaces them.
func complements(gs []*group, docs []model.Analysis, dups map[string]string) []model.Comparison {
	var out []model.Comparison
	for i, a := range gs {
		for _, b := range gs[i+1:] {
			if !complementary(a.key, b.key) {
				continue
			}
			g := &group{key: a.key, mentions: append([]mention(nil), a.mentions...)}
			for _, m := range b.mentions {
				g.mentions = append(g.mentions, flipped(m))
			}
			if independentDocs(g, docs, dups) < 2 {
				continue
			}
			c := comparison(g, docs, dups, true)
			c.Topic = "complement: share held by " + a.key.holder + " against 100 minus " + b.key.holder + "'s"
			if a.key.place != "" {
				c.Topic += " in " + a.key.place
			}
			out = append(out, c)
		}
	}
	return out
}

// complementary reports whether two topics are shares of one place held by
// two named sides.
func complementary(a, b topicKey) bool {
	return a.predicate == Controlled && b.predicate == Controlled &&
		a.holder != "" && b.holder != "" && a.holder != b.holder &&
		a.place == b.place
}

// flipped returns a share mention as 100 minus itself: [lo,hi] → [100-hi, 100-lo].
func flipped(m mention) mention {
	f := m.fig
	var lo, hi *float64
	if f.Max != nil {
		v := 100 - *f.Max
		lo = &v
	}
	if f.Min != nil {
		v := 100 - *f.Min
		hi = &v
	}
	f.Min, f.Max = lo, hi
	m.fig = f
	return m
}
