package claim

import (
	"sort"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// finish applies the document-level passes and returns the claims in text
// order with their member indexes.
func (p *parse) finish() []model.Claim {
	p.mergeOutletSources()
	p.resolveForward()
	p.shareTalkVia()
	out := make([]model.Claim, 0, len(p.drafts))
	seen := map[[3]int]bool{}
	for _, dr := range p.drafts {
		c := dr.c
		c.Via = p.dropOutlet(c.Via)
		key := [3]int{c.Start, c.End, c.Speaker.Start}
		if seen[key] || c.Start < 0 || c.End > len(p.d.Text) || c.Start >= c.End {
			continue
		}
		seen[key] = true
		p.members(&c)
		out = append(out, c)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// mergeOutletSources turns an according-to claim whose speaker is an outlet
// into a via of another claim of the same sentence that it overlaps
// ("وأضافت الوزارة أن ...، وفق رويترز").
func (p *parse) mergeOutletSources() {
	var keep []*draft
	for _, a := range p.drafts {
		if a.class != accordingCue || !a.outlet {
			keep = append(keep, a)
			continue
		}
		merged := false
		for _, b := range p.drafts {
			if b == a || b.outlet || b.sent != a.sent || !overlaps(a.c.Span, b.c.Span) && !b.c.Span.Contains(*a.c.CueSpan) {
				continue
			}
			sp := a.c.Speaker
			b.c.Via = append(b.c.Via, model.Via{Text: sp.Text, Start: sp.Start, End: sp.End, Name: sp.Name, Entity: sp.Entity})
			merged = true
			break
		}
		if !merged {
			keep = append(keep, a)
		}
	}
	p.drafts = keep
}

func overlaps(a, b model.Span) bool { return a.Start < b.End && b.Start < a.End }

// resolveForward names a speaker introduced by role alone from a later
// speaker with the same role noun and a name (وزيرة الخارجية الهندية ...
// وقالت الوزيرة سوشما سواراج).
func (p *parse) resolveForward() {
	for i, dr := range p.drafts {
		s := dr.c.Speaker
		if s.Role == "" || s.Name != s.Role {
			continue
		}
		head := baseOf(text.Fold(strings.Fields(s.Role)[0]))
		for _, later := range p.drafts[i+1:] {
			ls := later.c.Speaker
			if ls.Role == "" || ls.Name == ls.Role {
				continue
			}
			if baseOf(text.Fold(strings.Fields(ls.Role)[0])) == head && roleWithin(ls.Role, s.Role) {
				s.Name = ls.Name
				break
			}
		}
	}
	// claims that copied a role-only speaker by back-reference follow it
	for i, dr := range p.drafts {
		s := dr.c.Speaker
		if s.Role == "" || s.Name != s.Role {
			continue
		}
		for _, prev := range p.drafts[:i] {
			if prev.c.Speaker.Role == s.Role && prev.c.Speaker.Name != prev.c.Speaker.Role {
				s.Name = prev.c.Speaker.Name
			}
		}
	}
}

// shareTalkVia gives the via of a statement made to an outlet ("قال X
// لوكالة رويترز"، "في حديث إلى وكالة رويترز") to the neighbouring claims of the
// same speaker, within two sentences, that name none: the same interview. A
// relayed statement (نقلت الوكالة عن المصادر) gives its via to the following
// ones only (وبحسب المصادر نفسها).
func (p *parse) shareTalkVia() {
	for i, dr := range p.drafts {
		if !dr.viaTalk && !dr.viaRelay {
			continue
		}
		dirs := []int{-1, 1}
		if !dr.viaTalk {
			dirs = dirs[1:] // a relay covers what follows it, not what came before
		}
		for _, dir := range dirs {
			for j := i + dir; j >= 0 && j < len(p.drafts); j += dir {
				o := p.drafts[j]
				if o.c.Speaker.Name != dr.c.Speaker.Name || abs(o.sent-dr.sent) > 2 {
					break
				}
				if len(o.c.Via) == 0 {
					o.c.Via = append([]model.Via{}, dr.c.Via...)
				}
			}
		}
	}
}

// roleWithin reports whether every word of role a (without the article) is
// in role b: الوزيرة is within وزيرة الخارجية الهندية, رئيس الوزراء الروسي is
// not within رئيس الوزراء الأردني.
func roleWithin(a, b string) bool {
	in := map[string]bool{}
	for _, w := range strings.Fields(text.Fold(b)) {
		in[baseOf(w)] = true
	}
	for _, w := range strings.Fields(text.Fold(a)) {
		if !in[baseOf(w)] {
			return false
		}
	}
	return true
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// dropOutlet removes the publishing outlet from a via list.
func (p *parse) dropOutlet(vias []model.Via) []model.Via {
	out := []model.Via{}
	own := text.Fold(p.in.Outlet)
	canon := ""
	if w := strings.Fields(own); len(w) > 0 {
		canon, _ = p.e.outlets.match(w) // "BBC Arabic" → بي بي سي
	}
	for _, v := range vias {
		name := text.Fold(v.Name)
		if own != "" && (name == own || strings.Contains(own, name) || canon != "" && v.Name == canon) {
			continue
		}
		out = append(out, v)
	}
	return out
}

// members fills the indexes of the quantities, times, places and entities
// inside the claim's span.
func (p *parse) members(c *model.Claim) {
	c.Quantities = []int{}
	c.Times = []int{}
	for i, q := range p.in.Quantities {
		if c.Span.Contains(q.Span) {
			c.Quantities = append(c.Quantities, i)
		}
	}
	for i, t := range p.in.Times {
		if c.Span.Contains(t.Span) {
			c.Times = append(c.Times, i)
		}
	}
	for i, pl := range p.in.Places {
		if c.Span.Contains(pl.Span) {
			c.Places = append(c.Places, i)
		}
	}
	for i, e := range p.in.Entities {
		if c.Span.Contains(e.Span) {
			c.Entities = append(c.Entities, i)
		}
	}
}
