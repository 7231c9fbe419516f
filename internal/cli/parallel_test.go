package cli

import (
	"context"
	"slices"
	"testing"
)

func TestOrderedKeepsInputOrder(t *testing.T) {
	in := func(yield func(int) bool) {
		for i := range 500 {
			if !yield(i) {
				return
			}
		}
	}
	var got []int
	for r := range ordered(context.Background(), in, 4, func(i int) int { return i * 2 }) {
		got = append(got, r)
	}
	if len(got) != 500 || !slices.IsSorted(got) || got[499] != 998 {
		t.Fatalf("got %d results, sorted=%v", len(got), slices.IsSorted(got))
	}
}

func TestOrderedStopsEarly(t *testing.T) {
	in := func(yield func(int) bool) {
		for i := 0; ; i++ {
			if !yield(i) {
				return
			}
		}
	}
	n := 0
	for range ordered(context.Background(), in, 3, func(i int) int { return i }) {
		n++
		if n == 10 {
			break
		}
	}
	if n != 10 {
		t.Fatalf("n = %d", n)
	}
}
