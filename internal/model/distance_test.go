package model

import (
	"math"
	"testing"
)

func TestDistanceKm(t *testing.T) {
	cases := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want                   float64 // km
	}{
		{"same point", 36.2, 37.15, 36.2, 37.15, 0},
		{"one degree of latitude", 0, 0, 1, 0, 111.19},
		{"quarter of the equator", 0, 0, 0, 90, 10007.5},
		{"one degree of longitude at 60° N", 60, 10, 60, 11, 55.6},
		{"antipodes", 0, 0, 0, 180, 20015.1},
	}
	for _, c := range cases {
		if got := DistanceKm(c.lat1, c.lon1, c.lat2, c.lon2); math.Abs(got-c.want) > 0.5 {
			t.Errorf("%s: %.2f km, want %.2f", c.name, got, c.want)
		}
		if a, b := DistanceKm(c.lat1, c.lon1, c.lat2, c.lon2), DistanceKm(c.lat2, c.lon2, c.lat1, c.lon1); math.Abs(a-b) > 1e-9 {
			t.Errorf("%s: not symmetric: %f and %f", c.name, a, b)
		}
	}
}
