package web

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

// timeline is a story's events laid out for a server-rendered SVG: one
// column per day (or coarser date), time running from right (earliest) to
// left, as Arabic reads. Columns are evenly spaced, not proportional, so a
// date far from the story's period (a past strike the text recalls) sits at
// an end, marked, instead of squeezing every other day into one column;
// breaks on the axis show where days are skipped.
type timeline struct {
	Width, Height, AxisY int
	Columns              []tlColumn
	Breaks               []string // SVG paths of the breaks on the axis
	Points               []tlPoint
	More                 []tlMore
	Outliers             int // events dated far from the story's period
}

// tlColumn is one date on the axis.
type tlColumn struct {
	X             int
	Label, Count  string
	ShowLabel     bool
	Outlier       bool // far from the story's period
	Coarse        bool // a month or a year, not a day
	Events        []store.EventItem
	start, finish time.Time
}

type tlPoint struct {
	X, Y        int
	Class       string
	Label, Href string
}

// tlMore is the "+N" of a column with more events than dots.
type tlMore struct {
	X, Y int
	Text string
}

const (
	tlWidth    = 760
	tlPad      = 70
	tlDot      = 17 // distance between dots
	tlMaxRows  = 5
	tlMinLabel = 92 // px between two date labels
	tlTop      = 34 // room for the count above the dots
	tlOutlier  = 7 * 24 * time.Hour
)

func sortEvents(evs []store.EventItem) {
	sort.SliceStable(evs, func(i, j int) bool { return evs[i].Date < evs[j].Date })
}

// parseDate reads an event date: a day, a month or a year (a longer value
// such as a time of day is cut to its day). It returns the first and last
// day the date covers.
func parseDate(s string) (key string, from, to time.Time, ok bool) {
	for _, l := range []struct {
		layout string
		next   func(time.Time) time.Time
	}{
		{"2006-01-02", func(t time.Time) time.Time { return t }},
		{"2006-01", func(t time.Time) time.Time { return t.AddDate(0, 1, -1) }},
		{"2006", func(t time.Time) time.Time { return t.AddDate(1, 0, -1) }},
	} {
		if len(s) >= len(l.layout) {
			if t, err := time.Parse(l.layout, s[:len(l.layout)]); err == nil {
				return s[:len(l.layout)], t, l.next(t), true
			}
		}
	}
	return "", time.Time{}, time.Time{}, false
}

// storyPeriod is the story's period, or, when it has none, the days its
// dated events cover around their median.
func storyPeriod(p model.Period, cols []tlColumn) (time.Time, time.Time) {
	from, err1 := time.Parse(model.DateLayout, p.From)
	to, err2 := time.Parse(model.DateLayout, p.To)
	if err1 == nil && err2 == nil && !to.Before(from) {
		return from, to
	}
	var days []time.Time
	for _, c := range cols {
		if !c.Coarse {
			for range c.Events {
				days = append(days, c.start)
			}
		}
	}
	if len(days) == 0 {
		return time.Time{}, time.Time{}
	}
	m := days[len(days)/2]
	return m, m
}

// columnsOf groups the dated events by date, earliest first; a month or a
// year comes before the days it holds.
func columnsOf(evs []store.EventItem) []tlColumn {
	byKey := map[string]int{}
	var cols []tlColumn
	for _, ev := range evs {
		key, from, to, ok := parseDate(ev.Date)
		if !ok {
			continue
		}
		i, seen := byKey[key]
		if !seen {
			i = len(cols)
			byKey[key] = i
			cols = append(cols, tlColumn{Label: key, Coarse: len(key) < len("2006-01-02"), start: from, finish: to})
		}
		cols[i].Events = append(cols[i].Events, ev)
	}
	sort.SliceStable(cols, func(i, j int) bool {
		if !cols[i].start.Equal(cols[j].start) {
			return cols[i].start.Before(cols[j].start)
		}
		return cols[i].finish.After(cols[j].finish)
	})
	return cols
}

// buildTimeline lays the events (of a story with period p) out.
func buildTimeline(evs []store.EventItem, p model.Period) timeline {
	tl := timeline{Width: tlWidth}
	cols := columnsOf(evs)
	if len(cols) == 0 {
		return tl
	}
	from, to := storyPeriod(p, cols)
	for i := range cols {
		c := &cols[i]
		c.Outlier = !from.IsZero() && (c.finish.Before(from.Add(-tlOutlier)) || c.start.After(to.Add(tlOutlier)))
		c.Count = eventCount(len(c.Events))
		if c.Outlier {
			tl.Outliers += len(c.Events)
		}
	}
	step := tlWidth - 2*tlPad
	if len(cols) > 1 {
		step = (tlWidth - 2*tlPad) / (len(cols) - 1)
	}
	perRow := min(max(1, (step-6)/tlDot), 6)
	maxRows := 1
	for _, c := range cols {
		maxRows = max(maxRows, min(tlMaxRows, (len(c.Events)+perRow-1)/perRow))
	}
	tl.AxisY = tlTop + maxRows*tlDot + 6
	tl.Height = tl.AxisY + 52
	lastLabel := -1 << 30
	for i := range cols {
		c := &cols[i]
		c.X = tlWidth - tlPad - i*step
		if len(cols) == 1 {
			c.X = tlWidth / 2
		}
		if lastLabel-c.X >= tlMinLabel || i == 0 {
			c.ShowLabel, lastLabel = true, c.X
		}
		if i > 0 && gapBetween(cols[i-1], *c) {
			tl.Breaks = append(tl.Breaks, breakPath((cols[i-1].X+c.X)/2, tl.AxisY))
		}
		tl.placeDots(*c, perRow)
	}
	tl.Columns = cols
	return tl
}

// breakPath draws "//" across the axis at x.
func breakPath(x, y int) string {
	p := func(a, b int) string { return strconv.Itoa(a) + " " + strconv.Itoa(b) }
	return "M" + p(x-7, y+7) + "L" + p(x-1, y-7) + "M" + p(x+1, y+7) + "L" + p(x+7, y-7)
}

// gapBetween reports whether days are skipped between two columns.
func gapBetween(a, b tlColumn) bool {
	return a.Outlier != b.Outlier || b.start.Sub(a.finish) > 24*time.Hour
}

// placeDots draws a column's events as a grid of dots above the axis, at
// most tlMaxRows rows; what does not fit is counted as "+N".
func (tl *timeline) placeDots(c tlColumn, perRow int) {
	n := len(c.Events)
	room := perRow * tlMaxRows
	shown := n
	if n > room {
		shown = room - 1
		tl.More = append(tl.More, tlMore{X: c.X, Y: tl.AxisY - tlMaxRows*tlDot + tlDot/2, Text: "+" + strconv.Itoa(n-shown)})
	}
	inRow := min(perRow, n)
	for k := 0; k < shown; k++ {
		row, col := k/perRow, k%perRow
		x := c.X + (2*col-(inRow-1))*tlDot/2
		if n > room && k/perRow == tlMaxRows-1 {
			x -= tlDot / 2 // leave the row's end to the "+N"
		}
		ev := c.Events[k]
		cls := "pt " + eventCategory(ev.Type)
		if c.Outlier {
			cls += " out"
		}
		tl.Points = append(tl.Points, tlPoint{X: x, Y: tl.AxisY - 4 - row*tlDot - tlDot/2, Class: cls,
			Label: pointLabel(ev), Href: eventHref(ev)})
	}
}

func pointLabel(ev store.EventItem) string {
	parts := []string{ev.Date, label(eventLabels, ev.Type)}
	if ev.Place != nil {
		parts = append(parts, orText(ev.Place.Name, ev.Place.Text))
	}
	if ev.Outlet != "" {
		parts = append(parts, ev.Outlet)
	}
	return strings.Join(parts, " · ")
}

// eventHref links to the event's span in its article.
func eventHref(ev store.EventItem) string {
	return articleHref(ev.ArticleID) + "#ev-" + strconv.Itoa(ev.Index)
}

// eventCount says "n events" in Arabic.
func eventCount(n int) string { return arabicCount("events", n) }

// eventCategory is the colour family of an event type.
func eventCategory(t string) string {
	switch {
	case strings.HasPrefix(t, "political."), t == "agreement", t == "surrender", t == "territory_handover",
		t == "group_change", t == "base_established", t == "mobilization":
		return "c-pol"
	case t == "protest" || strings.HasPrefix(t, "protest_") || t == "riot":
		return "c-protest"
	case t == "displacement", t == "evacuation", t == "humanitarian_access", t == "prisoner_release":
		return "c-hum"
	case t == "other_strategic" || t == "":
		return "c-other"
	}
	return "c-viol"
}

func placeSuffix(ev store.EventItem) string {
	if ev.Place == nil {
		return ""
	}
	return " · " + orText(ev.Place.Name, ev.Place.Text)
}
