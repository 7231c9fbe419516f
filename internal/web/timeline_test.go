package web

import (
	"testing"

	"github.com/marsad/marsad/internal/store"
)

func TestTimelineGroupsDaysAndLeavesOutBackground(t *testing.T) {
	ev := func(date, typ string) store.EventItem { return store.EventItem{Date: date, Type: typ, ArticleID: "a"} }
	evs := []store.EventItem{
		ev("2011-03-15", "protest"), // background: "since 2011"
		ev("2031-10-16", "air_strike"), ev("2031-10-16", "air_strike"), ev("2031-10-16", "air_strike"),
		ev("2031-10-16", "attack_on_civilians"),
		ev("2031-10-17", "air_strike"),
		ev("2031-10", "displacement"),
	}
	sortEvents(evs)
	tl := buildTimeline(evs)
	if tl.Earlier != 1 {
		t.Errorf("Earlier = %d, want the 2011 event left out", tl.Earlier)
	}
	if len(tl.Points) != 4 {
		t.Fatalf("%d points, want one per day and type (4): %+v", len(tl.Points), tl.Points)
	}
	grouped := 0
	for _, p := range tl.Points {
		if p.n == 3 {
			grouped++
		}
		if p.X < tlPad/2 || p.X > tlWidth-tlPad/2 {
			t.Errorf("point outside the axis: %+v", p)
		}
	}
	if grouped != 1 {
		t.Errorf("the three air strikes of the 16th should be one point (×3): %+v", tl.Points)
	}
	if len(tl.Ticks) != 3 {
		t.Errorf("%d ticks, want one per day (3)", len(tl.Ticks))
	}
}
