package reconcile

import (
	"sort"
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// scopeRatio is how far apart two figures of one predicate and subject may
// be and still count the same thing: a day's toll (35) and the campaign's
// running total (1,450) are two topics, not a disagreement. A true
// disagreement larger than this factor is reported as two topics.
const scopeRatio = 3.0

// topicKey is what two figures must share to be compared.
type topicKey struct {
	predicate, subject, place, holder string
	planned                           bool
	period                            bool // a toll over a stated period
}

func keyOf(m mention) topicKey {
	subject := m.subject
	// With no predicate, a count of "people" is told apart by its noun
	// (passengers, workers); a unit that already names the group
	// (children: أطفال، أولاد) needs none.
	if m.predicate == "" && (m.q.Unit == "people" || m.q.Unit == "fighters" || m.q.Unit == "soldiers") && m.q.Noun != "" {
		subject += ":" + text.Stem(text.Fold(m.q.Noun))
	}
	return topicKey{m.predicate, subject, m.place, m.holder, m.planned, m.period}
}

// group is the mentions of one topic.
type group struct {
	key      topicKey
	mentions []mention
}

// topics groups mentions into topics: by key; then a figure whose place
// or holder is unknown, or whose place names a larger area ("الغوطة" in
// "الغوطة الشرقية"), joins the single group it fits; groups are split where
// their figures jump by more than scopeRatio; and a figure left alone in
// its document joins the single group of other documents it fits.
func topics(ms []mention) []*group {
	gs := groupByKey(ms)
	gs = mergeInto(gs, placeFits)
	gs = mergeInto(gs, holderFits)
	var split []*group
	for _, g := range gs {
		split = append(split, splitByScale(g)...)
	}
	return attachOrphans(split)
}

func groupByKey(ms []mention) []*group {
	index := map[topicKey]*group{}
	var out []*group
	for _, m := range ms {
		k := keyOf(m)
		g, ok := index[k]
		if !ok {
			g = &group{key: k}
			index[k] = g
			out = append(out, g)
		}
		g.mentions = append(g.mentions, m)
	}
	return out
}

// mergeInto merges each group into the single other group that fits(g, h)
// says it belongs to.
func mergeInto(gs []*group, fits func(g, h topicKey) bool) []*group {
	return mergeWhere(gs, func(g, h *group) bool { return fits(g.key, h.key) })
}

// mergeWhere moves each group into the single other group it fits, if
// there is exactly one.
func mergeWhere(gs []*group, fits func(g, h *group) bool) []*group {
	merged := map[*group]bool{}
	for _, g := range gs {
		var target *group
		n := 0
		for _, h := range gs {
			if h != g && !merged[h] && fits(g, h) {
				target = h
				n++
			}
		}
		if n == 1 {
			target.mentions = append(target.mentions, g.mentions...)
			merged[g] = true
		}
	}
	var out []*group
	for _, g := range gs {
		if !merged[g] {
			out = append(out, g)
		}
	}
	return out
}

// placeFits: g has no place, or a place inside h's name, and is otherwise h.
func placeFits(g, h topicKey) bool {
	if g.predicate != h.predicate || g.planned != h.planned || g.period != h.period || g.subject != h.subject || g.holder != h.holder ||
		g.place == h.place || h.place == "" {
		return false
	}
	return g.place == "" || strings.Contains(text.Fold(h.place), text.Fold(g.place))
}

// holderFits: g has no holder and is otherwise h.
func holderFits(g, h topicKey) bool {
	return g.holder == "" && h.holder != "" && g.predicate == h.predicate && g.planned == h.planned && g.period == h.period &&
		g.subject == h.subject && g.place == h.place
}

// rep is the number that stands for a figure's magnitude.
func rep(m mention) float64 {
	switch {
	case m.q.Value != nil:
		return *m.q.Value
	case m.fig.Min != nil:
		return *m.fig.Min
	case m.fig.Max != nil:
		return *m.fig.Max
	}
	return 0
}

// splitByScale cuts a group where, in order of size, a figure is more than
// scopeRatio times the one before. Shares are never cut.
func splitByScale(g *group) []*group {
	if strings.HasPrefix(g.key.subject, "percent") || len(g.mentions) < 2 {
		return []*group{g}
	}
	ms := append([]mention(nil), g.mentions...)
	sort.SliceStable(ms, func(i, j int) bool { return rep(ms[i]) < rep(ms[j]) })
	var out []*group
	cur := &group{key: g.key}
	for i, m := range ms {
		if i > 0 && rep(ms[i-1]) > 0 && rep(m)/rep(ms[i-1]) > scopeRatio {
			out = append(out, cur)
			cur = &group{key: g.key}
		}
		cur.mentions = append(cur.mentions, m)
	}
	return append(out, cur)
}

// attachOrphans moves each group whose figures all come from one document
// into the single group of other documents it fits: same predicate, the
// same subject (or people for civilians), a compatible place (a figure
// with a place does not join a group without one) and holder, and a figure
// of the same scale.
func attachOrphans(gs []*group) []*group {
	return mergeWhere(gs, func(g, h *group) bool { return distinctDocs(g) == 1 && orphanFits(g, h) })
}

func orphanFits(g, h *group) bool {
	a, b := g.key, h.key
	if a.predicate != b.predicate || a.planned != b.planned || a.period != b.period || !subjectFits(a.subject, b.subject) ||
		!looseFit(a.holder, b.holder) || !placeCompatible(a.place, b.place) || a.place != "" && b.place == "" {
		return false
	}
	if g.mentions[0].doc == h.mentions[0].doc && distinctDocs(h) == 1 {
		return false
	}
	lo, hi := scale(h)
	for _, m := range g.mentions {
		if r := rep(m); r*scopeRatio < lo || r > hi*scopeRatio {
			return false
		}
	}
	return true
}

func subjectFits(a, b string) bool {
	return a == b || a == "people" && b == "civilians" || a == "civilians" && b == "people"
}

func looseFit(a, b string) bool { return a == b || a == "" || b == "" }

func placeCompatible(a, b string) bool {
	if a == "" || b == "" || a == b {
		return true
	}
	fa, fb := text.Fold(a), text.Fold(b)
	return strings.Contains(fa, fb) || strings.Contains(fb, fa)
}

// scale returns the smallest and largest magnitude of a group.
func scale(g *group) (lo, hi float64) {
	lo, hi = rep(g.mentions[0]), rep(g.mentions[0])
	for _, m := range g.mentions[1:] {
		lo, hi = min(lo, rep(m)), max(hi, rep(m))
	}
	return lo, hi
}
