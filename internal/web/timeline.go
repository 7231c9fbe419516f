package web

import (
	"fmt"
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
	// Earlier counts the events left off the axis, far from the story's days.
	Earlier int
}

type tlPoint struct {
	X, Y        int
	Label, Href string
	n           int // event records of that day and type
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

// tlReach is how far from the story's median day an event may lie and
// still be drawn: a background event ("since 2011") would squeeze the
// story's days into one point. Those are counted in Earlier instead.
const tlReach = 30 * 24 * time.Hour

// buildTimeline places the story's dated events on the axis: one point per
// day and type (its label counts the records), points of one day stacked
// upwards, events far from the story's days left out and counted.
func buildTimeline(evs []store.EventItem) timeline {
	tl := timeline{Width: tlWidth}
	days, dated := datedEvents(evs)
	if len(dated) == 0 {
		return tl
	}
	mid := days[len(days)/2]
	var keptDays []time.Time
	var kept []store.EventItem
	for i, d := range days {
		if d.Sub(mid) > tlReach || mid.Sub(d) > tlReach {
			tl.Earlier++
			continue
		}
		keptDays, kept = append(keptDays, d), append(kept, dated[i])
	}
	first, last := keptDays[0], keptDays[len(keptDays)-1]
	span := last.Sub(first).Hours()
	x := func(t time.Time) int {
		if span == 0 {
			return tlWidth / 2
		}
		return tlWidth - tlPad - int(float64(tlWidth-2*tlPad)*t.Sub(first).Hours()/span)
	}
	type slot struct {
		day time.Time
		typ string
	}
	index := map[slot]int{}
	stack := map[int]int{}
	maxStack := 1
	for i, ev := range kept {
		k := slot{keptDays[i], ev.Type}
		if p, ok := index[k]; ok {
			tl.Points[p].n++
			continue
		}
		px := x(keptDays[i])
		stack[px]++
		maxStack = max(maxStack, stack[px])
		index[k] = len(tl.Points)
		tl.Points = append(tl.Points, tlPoint{X: px, Y: stack[px], n: 1, Label: ev.Date + " · " + label(eventLabels, ev.Type) +
			placeSuffix(ev) + " · " + ev.Outlet, Href: articleHref(ev.ArticleID)})
		if stack[px] == 1 {
			tl.Ticks = append(tl.Ticks, tlTick{X: px, Label: keptDays[i].Format("2006-01-02")})
		}
	}
	tl.AxisY = 20 + maxStack*tlRow
	tl.Height = tl.AxisY + 40
	for i := range tl.Points {
		p := &tl.Points[i]
		p.Y = tl.AxisY - p.Y*tlRow + tlRow/2
		if p.n > 1 {
			p.Label += fmt.Sprintf(" (×%d)", p.n)
		}
	}
	return tl
}

// datedEvents returns the events that have a date, with their days, in
// date order (evs is sorted by date).
func datedEvents(evs []store.EventItem) ([]time.Time, []store.EventItem) {
	var days []time.Time
	var dated []store.EventItem
	for _, ev := range evs {
		if t, ok := parseDay(ev.Date); ok {
			days = append(days, t)
			dated = append(dated, ev)
		}
	}
	return days, dated
}

func placeSuffix(ev store.EventItem) string {
	if ev.Place == nil {
		return ""
	}
	return " · " + orText(ev.Place.Name, ev.Place.Text)
}
