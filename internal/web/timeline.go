package web

import (
	"sort"
	"time"

	"github.com/marsad/marsad/internal/store"
)

// timeline is a story's events laid out for a server-rendered SVG: time runs
// from right (earliest) to left, as Arabic reads.
type timeline struct {
	Width, Height, AxisY int
	Points               []tlPoint
	Ticks                []tlTick
}

type tlPoint struct {
	X, Y        int
	Label, Href string
}

type tlTick struct {
	X     int
	Label string
}

const (
	tlWidth = 760
	tlPad   = 60
	tlRow   = 22
)

func sortEvents(evs []store.EventItem) {
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Date < evs[j].Date })
}

// parseDay reads the day (or month, or year) an event date starts on.
func parseDay(s string) (time.Time, bool) {
	for _, layout := range []string{"2006-01-02", "2006-01", "2006"} {
		if len(s) >= len(layout) {
			if t, err := time.Parse(layout, s[:len(layout)]); err == nil {
				return t, true
			}
		}
	}
	return time.Time{}, false
}

// buildTimeline places each dated event (sorted by date) on the axis; events
// of one day stack upwards.
func buildTimeline(evs []store.EventItem) timeline {
	tl := timeline{Width: tlWidth}
	var days []time.Time
	var dated []store.EventItem
	for _, ev := range evs {
		if t, ok := parseDay(ev.Date); ok {
			days = append(days, t)
			dated = append(dated, ev)
		}
	}
	if len(dated) == 0 {
		return tl
	}
	first, last := days[0], days[len(days)-1]
	span := last.Sub(first).Hours()
	x := func(t time.Time) int {
		if span == 0 {
			return tlWidth / 2
		}
		return tlWidth - tlPad - int(float64(tlWidth-2*tlPad)*t.Sub(first).Hours()/span)
	}
	stack := map[int]int{}
	maxStack := 1
	for i, ev := range dated {
		px := x(days[i])
		stack[px]++
		maxStack = max(maxStack, stack[px])
		tl.Points = append(tl.Points, tlPoint{X: px, Y: stack[px], Label: ev.Date + " · " + label(eventLabels, ev.Type) +
			placeSuffix(ev) + " · " + ev.Outlet, Href: articleHref(ev.ArticleID)})
		if stack[px] == 1 {
			tl.Ticks = append(tl.Ticks, tlTick{X: px, Label: days[i].Format("2006-01-02")})
		}
	}
	tl.AxisY = 20 + maxStack*tlRow
	tl.Height = tl.AxisY + 40
	for i := range tl.Points {
		tl.Points[i].Y = tl.AxisY - tl.Points[i].Y*tlRow + tlRow/2
	}
	return tl
}

func placeSuffix(ev store.EventItem) string {
	if ev.Place == nil {
		return ""
	}
	return " · " + orText(ev.Place.Name, ev.Place.Text)
}
