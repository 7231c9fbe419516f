package export

import (
	"testing"

	"github.com/marsad/marsad/internal/model"
)

func f(v float64) *float64 { return &v }

func TestCountOf(t *testing.T) {
	a := model.Analysis{
		Quantities: []model.Quantity{
			{Value: f(35), Min: f(35), Max: f(35)}, // claim 0: total
			{Value: f(27), Min: f(27), Max: f(27)}, // claim 0: civilians among them
			{Value: f(29), Min: f(29), Max: f(29)}, // claim 1
			{Min: f(40)},                           // outlet: "more than 40"
			{Value: f(5), Min: f(5), Max: f(5)},    // wounded
		},
		Claims: []model.Claim{{Quantities: []int{0, 1}}, {Quantities: []int{2}}},
	}
	tests := []struct {
		name      string
		counts    []int
		low, high float64
		ok        bool
	}{
		{"one claim, total and part", []int{0, 1}, 35, 35, true},
		{"two claims: the lower total", []int{0, 1, 2}, 29, 35, true},
		{"open bound", []int{3}, 40, 40, true},
		{"no killed count", nil, 0, 0, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			e := model.Event{Counts: []model.Count{{Quantity: 4, Metric: "wounded"}}}
			for _, q := range tc.counts {
				e.Counts = append(e.Counts, model.Count{Quantity: q, Metric: "killed"})
			}
			got := countOf(a, e, "killed")
			if got.ok != tc.ok || got.low != tc.low || got.high != tc.high {
				t.Errorf("got %+v, want low %v high %v ok %v", got, tc.low, tc.high, tc.ok)
			}
		})
	}
}

func TestInteraction(t *testing.T) {
	for _, tc := range []struct{ a, b, want string }{
		{"1", "2", "12"}, {"7", "2", "27"}, {"1", "", "10"}, {"", "6", ""}, {"", "", ""},
	} {
		if got := interaction(tc.a, tc.b); got != tc.want {
			t.Errorf("interaction(%q,%q) = %q, want %q", tc.a, tc.b, got, tc.want)
		}
	}
}

func TestACLEDColumns(t *testing.T) {
	if n := len(ACLEDColumns) - 5; n != 31 {
		t.Fatalf("%d ACLED columns, want 31", n)
	}
}

// Every ISO country has ACLED's columns: a region, a name and its codes.
func TestEveryCountryHasACLEDColumns(t *testing.T) {
	for code := range isoCountries {
		c := countryOf(code)
		if c.region == "" || c.name == "" || c.iso3 == "" || c.numeric == 0 {
			t.Errorf("%s: %+v", code, c)
		}
	}
	for code := range regionOf {
		if _, ok := isoCountries[code]; !ok && code != "XK" {
			t.Errorf("region table names %s, which is no ISO country", code)
		}
	}
}
