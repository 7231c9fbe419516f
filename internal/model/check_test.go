package model

import (
	"strings"
	"testing"
)

func TestProblems(t *testing.T) {
	an := NewAnalysis(Article{ID: "a", Text: "قال المرصد إن 20 شخصا قتلوا"})
	an.Quantities = append(an.Quantities, Quantity{Span: SpanOf(an.Text, strings.Index(an.Text, "20"), len(an.Text))})
	an.Claims = append(an.Claims, Claim{Span: SpanOf(an.Text, 0, len(an.Text)), Quantities: []int{0},
		Speaker: &Speaker{Start: 7, End: 19}})
	if p := an.Problems(); len(p) != 0 {
		t.Fatalf("a sound record has problems: %v", p)
	}
	bad := an
	bad.Claims = []Claim{{Span: Span{Start: 0, End: 3, Text: "xyz"}, Quantities: []int{4}, Speaker: &Speaker{Start: 2, End: 900}}}
	bad.Times = []Time{{Span: Span{Start: -1, End: 2}}}
	if p := bad.Problems(); len(p) != 4 {
		t.Errorf("want 4 problems (claim text, speaker range, quantity index, time range), got %d: %v", len(p), p)
	}
}
