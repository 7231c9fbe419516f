package entity

import (
	"math/rand/v2"
	"slices"
	"testing"
)

// TestRowTableAgreesWithMap fills a table and a map with the same rows
// (hash 0 and hashes that share a start slot among them) and compares
// every lookup, of present and absent hashes.
func TestRowTableAgreesWithMap(t *testing.T) {
	const nl = 3
	rng := rand.New(rand.NewPCG(1, 2))
	for _, n := range []int{0, 1, 5, 1000} {
		tab, want := newRowTable(nl, 2, n), map[uint64][]float32{}
		keys := []uint64{0, 1 << 63}
		for len(keys) < 5 { // hashes that start their probes at the same slot
			if h := rng.Uint64(); tab.slot(h) == tab.slot(keys[1]) {
				keys = append(keys, h)
			}
		}
		for len(keys) < n {
			keys = append(keys, rng.Uint64())
		}
		for i, h := range keys[:max(n, 1)] {
			row := []float32{float32(i), -float32(i), 0.5}
			tab.set(h, 1, row)
			want[h] = row
		}
		tab.set(keys[0], 1, []float32{7, 8, 9}) // overwrite
		want[keys[0]] = []float32{7, 8, 9}
		if tab.n[1] != len(want) || tab.n[0] != 0 {
			t.Errorf("n=%d: %v rows, want [0 %d]", n, tab.n, len(want))
		}
		for h, row := range want {
			if got := tab.get(h, 1); !slices.Equal(got, row) || tab.get(h, 0) != nil {
				t.Errorf("n=%d: get(%x) = %v, want %v", n, h, got, row)
			}
		}
		for range 1000 {
			h := rng.Uint64()
			if _, ok := want[h]; !ok && tab.get(h, 1) != nil {
				t.Errorf("n=%d: absent %x found", n, h)
			}
		}
		seen := 0
		tab.each(1, func(h uint64, row []float32) {
			seen++
			if !slices.Equal(row, want[h]) {
				t.Errorf("n=%d: each gives %x %v, want %v", n, h, row, want[h])
			}
		})
		if seen != len(want) {
			t.Errorf("n=%d: each saw %d rows, want %d", n, seen, len(want))
		}
	}
}

// TestQuantTableScalesRows reads back int16 rows of two passes, each with
// its scale, as float32 weights.
func TestQuantTableScalesRows(t *testing.T) {
	tab := newQuantTable(3, []float32{0.5, 0.25}, 3)
	tab.setQ(7, 0, []int16{2, -4, 6})
	tab.setQ(7, 1, []int16{8, 0, -32767})
	tab.setQ(0, 1, []int16{1, 1, 1})
	cases := []struct {
		h    uint64
		p    int
		want []float32
	}{
		{7, 0, []float32{1, -2, 3}}, {7, 1, []float32{2, 0, -8191.75}},
		{0, 0, nil}, {0, 1, []float32{0.25, 0.25, 0.25}}, {8, 0, nil},
	}
	for _, c := range cases {
		if got := tab.get(c.h, c.p); !slices.Equal(got, c.want) {
			t.Errorf("get(%d, %d) = %v, want %v", c.h, c.p, got, c.want)
		}
		dst := []float32{1, 1, 1}
		tab.add(dst, tab.find(c.h), c.p)
		for y := range dst {
			if w := float32(1); c.want != nil && dst[y] != w+c.want[y] || c.want == nil && dst[y] != w {
				t.Errorf("add(%d, %d) = %v, want 1 + %v", c.h, c.p, dst, c.want)
				break
			}
		}
	}
	if tab.n[0] != 1 || tab.n[1] != 2 {
		t.Errorf("rows per pass %v, want [1 2]", tab.n)
	}
}
