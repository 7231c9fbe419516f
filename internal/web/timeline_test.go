package web

import (
	"testing"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

func TestTimelineDaysAndBackground(t *testing.T) {
	ev := func(date, typ string) store.EventItem { return store.EventItem{Date: date, Type: typ, ArticleID: "a"} }
	evs := []store.EventItem{
		ev("2011-03-15", "protest"), // background: "since 2011"
		ev("2031-10-16", "air_strike"), ev("2031-10-16", "air_strike"), ev("2031-10-16", "air_strike"),
		ev("2031-10-16", "attack_on_civilians"),
		ev("2031-10-17", "air_strike"),
		ev("2031-10", "displacement"),
	}
	sortEvents(evs)
	tl := buildTimeline(evs, model.Period{From: "2031-10-16", To: "2031-10-17"})
	if tl.Outliers != 1 || !tl.Columns[0].Outlier {
		t.Errorf("Outliers = %d, first column %+v: want the 2011 event marked at the end", tl.Outliers, tl.Columns[0])
	}
	if len(tl.Columns) != 4 || len(tl.Points) != 7 {
		t.Fatalf("%d columns and %d points, want 4 dates (2011, 2031-10, 16, 17) and a dot per event", len(tl.Columns), len(tl.Points))
	}
	if !tl.Columns[1].Coarse || tl.Columns[1].Outlier {
		t.Errorf("the month holding the story is coarse, not far: %+v", tl.Columns[1])
	}
	for _, p := range tl.Points {
		if p.X < tlPad/2 || p.X > tlWidth-tlPad/2 {
			t.Errorf("point outside the axis: %+v", p)
		}
	}
}
