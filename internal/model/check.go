package model

import "fmt"

// Problems lists where the record breaks the contract's offset rule: a span
// outside Text or whose text is not Text[start:end] (entities, places,
// quantities, times, claims and their speakers and vias), or an index of a
// claim or an event that points outside its array. A sound record has none.
func (a Analysis) Problems() []string {
	var out []string
	span := func(what string, s Span) {
		if s.Start < 0 || s.End > len(a.Text) || s.Start > s.End || a.Text[s.Start:s.End] != s.Text {
			out = append(out, fmt.Sprintf("%s: %s span %d-%d %q does not match the text", a.ID, what, s.Start, s.End, s.Text))
		}
	}
	index := func(what string, i, n int) {
		if i < 0 || i >= n {
			out = append(out, fmt.Sprintf("%s: %s index %d out of range (%d)", a.ID, what, i, n))
		}
	}
	for _, e := range a.Entities {
		span("entity", e.Span)
	}
	for _, p := range a.Places {
		span("place", p.Span)
	}
	for _, q := range a.Quantities {
		span("quantity", q.Span)
	}
	for _, t := range a.Times {
		span("time", t.Span)
	}
	for _, c := range a.Claims {
		span("claim", c.Span)
		if sp := c.Speaker; sp != nil {
			span("speaker", Span{Start: sp.Start, End: sp.End, Text: a.textAt(sp.Start, sp.End)})
		}
		for _, qi := range c.Quantities {
			index("claim quantity", qi, len(a.Quantities))
		}
		for _, ti := range c.Times {
			index("claim time", ti, len(a.Times))
		}
	}
	for _, ev := range a.Events {
		if ev.Place != nil {
			index("event place", *ev.Place, len(a.Places))
		}
		if ev.Time != nil {
			index("event time", *ev.Time, len(a.Times))
		}
	}
	return out
}

// textAt is Text[start:end], or "" when the range is not inside Text (the
// span check then reports it).
func (a Analysis) textAt(start, end int) string {
	if start < 0 || end > len(a.Text) || start > end {
		return "\x00"
	}
	return a.Text[start:end]
}
