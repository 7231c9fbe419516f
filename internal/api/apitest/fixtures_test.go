package apitest

import (
	"testing"

	"github.com/marsad/marsad/internal/model"
)

// TestSpansPointIntoText checks the contract's rule on every fixture span:
// text[start:end] == span.text, and every index points into its array.
func TestSpansPointIntoText(t *testing.T) {
	texts := map[string]string{}
	for _, r := range Records() {
		an := r.Analysis
		texts[an.ID] = an.Text
		check := func(what string, sp model.Span) {
			if sp.Start < 0 || sp.End > len(an.Text) || sp.Start > sp.End || an.Text[sp.Start:sp.End] != sp.Text {
				t.Errorf("%s %s: span %d-%d %q", an.ID, what, sp.Start, sp.End, sp.Text)
			}
		}
		for _, e := range an.Entities {
			check("entity", e.Span)
		}
		for _, p := range an.Places {
			check("place", p.Span)
		}
		for _, q := range an.Quantities {
			check("quantity", q.Span)
		}
		for _, tm := range an.Times {
			check("time", tm.Span)
		}
		for _, c := range an.Claims {
			check("claim", c.Span)
			if c.Speaker != nil {
				check("speaker", model.SpanOf(an.Text, c.Speaker.Start, c.Speaker.End))
			}
			for _, qi := range c.Quantities {
				if qi >= len(an.Quantities) {
					t.Errorf("%s: claim quantity %d out of range", an.ID, qi)
				}
			}
		}
		for _, ev := range an.Events {
			if ev.Place != nil && *ev.Place >= len(an.Places) || ev.Time != nil && *ev.Time >= len(an.Times) {
				t.Errorf("%s: event %s index out of range", an.ID, ev.Type)
			}
		}
	}
	for _, st := range Stories() {
		for _, b := range st.Brief {
			if txt := texts[b.Document]; b.End > len(txt) || txt[b.Start:b.End] != b.Text {
				t.Errorf("story %s: brief sentence %q is not at %d-%d of %s", st.ID, b.Text, b.Start, b.End, b.Document)
			}
		}
	}
}
