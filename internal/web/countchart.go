package web

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// countChart is one running count of a story (a toll that grows, or any
// figure the sources update) laid out for a small server-rendered SVG: the
// figures by date and by source. As on the timeline, time runs from right
// (earliest) to left, and the value axis stands on the right.
type countChart struct {
	ID                       string // unique on the page, for the aria ids
	Label, Unit, Verdict     string
	Width, Height            int
	Left, Right, Top, Bottom int // the plot area
	XTicks, YTicks           []chartTick
	Series                   []countSeries
	Rows                     []countRow // the data table
	Desc                     string
}

// chartTick is a date on the x axis or a value on the y axis; a date
// without a label only gets its dashed line across the plot.
type chartTick struct {
	X, Y          int
	Label, Anchor string
}

// countSeries is one source's figures, joined in date order.
type countSeries struct {
	Name, Class string
	Key         string // the legend's marker
	Line        string // polyline points; "" for a single figure
	Points      []countPoint
}

// countPoint is one figure: a marker at the value and, for a range, a bar
// from its low to its high bound.
type countPoint struct {
	X, Y        int
	Marker, Bar string // SVG paths; a range without a value has no marker
	Open        bool   // a one-sided bound ("at least", "at most")
	Title, Href string
}

// countRow is one line of the data table under a chart.
type countRow struct {
	Date, Source, Figure string
}

const (
	ccWidth, ccHeight = 320, 140
	ccLeft, ccRight   = 14, 282 // the value labels sit right of the plot
	ccTop, ccBottom   = 12, 112 // the date labels sit below it
	ccInset           = 8       // px between the plot's sides and the first and last date
	ccMinLabel        = 76      // px between two date labels
	ccColours         = 6       // series colours in app.css: s0…s5
)

// growing are the predicates whose counts grow as a story unfolds.
var growing = map[string]bool{"killed": true, "wounded": true, "displaced": true, "evacuated": true, "arrested": true}

// isRunning reports whether a comparison is a running count: a toll that
// grows over time, or figures the sources updated.
func isRunning(c model.Comparison) bool {
	return growing[c.Predicate] || c.Verdict == "updated"
}

// countCharts lays out a chart for every running count with at least two
// dated figures. dates maps a document to its publication day, for claims
// that give no date of their own.
func countCharts(cmps []model.Comparison, dates map[string]string) []countChart {
	var out []countChart
	for _, c := range cmps {
		if !isRunning(c) {
			continue
		}
		if ch, ok := countChartOf(c, dates); ok {
			ch.ID = "cc-" + strconv.Itoa(len(out))
			out = append(out, ch)
		}
	}
	return out
}

// datedFigure is a claim placed on the chart's axes.
type datedFigure struct {
	day    time.Time
	source string
	mid    float64 // where the marker or the line goes
	lo, hi float64 // the bar; lo == hi for none
	dot    bool
	open   bool
	claim  model.ComparedClaim
	figure string
}

// countChartOf lays out one comparison's chart; it reports false when fewer
// than two of its claims have a figure and a date.
func countChartOf(c model.Comparison, dates map[string]string) (countChart, bool) {
	figs := datedFigures(c.Claims, dates)
	if len(figs) < 2 {
		return countChart{}, false
	}
	ch := countChart{Label: topicLabel(c), Unit: c.Unit, Verdict: c.Verdict, Width: ccWidth, Height: ccHeight,
		Left: ccLeft, Right: ccRight, Top: ccTop, Bottom: ccBottom}
	first, last := figs[0].day, figs[len(figs)-1].day
	xOf := func(d time.Time) int {
		if !last.After(first) {
			return (ccLeft + ccRight) / 2
		}
		span := float64(ccRight - ccLeft - 2*ccInset)
		return ccRight - ccInset - int(math.Round(d.Sub(first).Hours()/last.Sub(first).Hours()*span))
	}
	top := ch.valueTicks(figs)
	yOf := func(v float64) int {
		return ccBottom - int(math.Round(max(0, v)/top*(ccBottom-ccTop)))
	}
	ch.dateTicks(figs, xOf)
	bySource := map[string]int{}
	for _, f := range figs {
		i, ok := bySource[f.source]
		if !ok {
			i = len(ch.Series)
			bySource[f.source] = i
			ch.Series = append(ch.Series, countSeries{Name: f.source, Class: "s" + strconv.Itoa(i%ccColours),
				Key: markerPath(i, 6, 6, 5)})
		}
		ch.Series[i].add(f, xOf(f.day), yOf, i)
		ch.Rows = append(ch.Rows, countRow{Date: f.day.Format(model.DateLayout), Source: f.source, Figure: f.figure})
	}
	for i := range ch.Series {
		if len(ch.Series[i].Points) > 1 {
			ch.Series[i].Line = pointsOf(ch.Series[i].Points)
		}
	}
	ch.Desc = chartDesc(c.Verdict, ch.Rows)
	return ch, true
}

// datedFigures are the claims with a figure and a date, in date order (then
// in the comparison's order).
func datedFigures(claims []model.ComparedClaim, dates map[string]string) []datedFigure {
	var figs []datedFigure
	for _, cc := range claims {
		day, ok := claimDay(cc, dates)
		if !ok {
			continue
		}
		f := datedFigure{day: day, source: claimSource(cc), claim: cc,
			figure: figure(cc.Value, cc.Min, cc.Max, cc.Approx)}
		if !f.place(cc) {
			continue
		}
		figs = append(figs, f)
	}
	sort.SliceStable(figs, func(i, j int) bool { return figs[i].day.Before(figs[j].day) })
	return figs
}

// place sets where a claim's figure is drawn: a marker at its value (or at
// its one bound, hollow), a bar across its range. It reports false for a
// claim with no figure.
func (f *datedFigure) place(cc model.ComparedClaim) bool {
	lo, hi, v := cc.Min, cc.Max, cc.Value
	switch {
	case lo != nil && hi != nil && *lo < *hi:
		f.lo, f.hi, f.mid = *lo, *hi, (*lo+*hi)/2
		if v != nil {
			f.mid, f.dot = *v, true
		}
	case v != nil:
		f.mid, f.dot, f.open = *v, true, (lo != nil) != (hi != nil)
	case lo != nil || hi != nil:
		f.mid, f.dot, f.open = *orBound(lo, hi), true, lo == nil || hi == nil
	default:
		return false
	}
	return true
}

func orBound(lo, hi *float64) *float64 {
	if lo != nil {
		return lo
	}
	return hi
}

// claimDay is the day a claim's figure holds for: its own date when it
// names a day, else its document's publication day, else the first day of
// its own coarser date (a month or a year).
func claimDay(cc model.ComparedClaim, dates map[string]string) (time.Time, bool) {
	key, from, _, ok := parseDate(cc.AsOf)
	if ok && len(key) == len(model.DateLayout) {
		return from, true
	}
	if d, err := time.Parse(model.DateLayout, dates[cc.Document]); err == nil {
		return d, true
	}
	return from, ok
}

// claimSource names a claim's series: its chain, else its outlet, else its
// speaker.
func claimSource(cc model.ComparedClaim) string {
	for _, s := range []string{cc.Source, cc.Outlet, cc.Speaker} {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return "مصدر غير معروف"
}

// add draws a figure at x with the marker of the given shape.
func (s *countSeries) add(f datedFigure, x int, yOf func(float64) int, shape int) {
	p := countPoint{X: x, Y: yOf(f.mid), Open: f.open, Href: articleHref(f.claim.Document),
		Title: f.day.Format(model.DateLayout) + " · " + f.source + ": " + f.figure}
	if f.dot {
		p.Marker = markerPath(shape, x, p.Y, 4)
	}
	if f.hi > f.lo {
		p.Bar = barPath(x, yOf(f.hi), yOf(f.lo))
	}
	s.Points = append(s.Points, p)
}

func pointsOf(ps []countPoint) string {
	parts := make([]string, len(ps))
	for i, p := range ps {
		parts[i] = strconv.Itoa(p.X) + "," + strconv.Itoa(p.Y)
	}
	return strings.Join(parts, " ")
}

// valueTicks sets the value axis, from 0 to a round number above every
// figure, and returns that top value.
func (ch *countChart) valueTicks(figs []datedFigure) float64 {
	var hi float64
	for _, f := range figs {
		hi = max(hi, f.hi, f.mid)
	}
	step := niceStep(hi / 3)
	top := math.Max(step, math.Ceil(hi/step)*step)
	for v := 0.0; v <= top+step/2; v += step {
		y := ccBottom - int(math.Round(v/top*(ccBottom-ccTop)))
		ch.YTicks = append(ch.YTicks, chartTick{X: ccRight + 5, Y: y, Label: num(v), Anchor: "start"})
	}
	return top
}

// niceStep is the smallest of 1, 2 and 5 times a power of ten that is at
// least raw, and never less than 1: counts are whole.
func niceStep(raw float64) float64 {
	if raw <= 1 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(raw)))
	for _, m := range []float64{1, 2, 5, 10} {
		if m*p >= raw {
			return m * p
		}
	}
	return 10 * p
}

// dateTicks puts a tick at every date and a label on the first and the
// last, and on those between with room for one.
func (ch *countChart) dateTicks(figs []datedFigure, xOf func(time.Time) int) {
	var days []time.Time
	for _, f := range figs {
		if len(days) == 0 || f.day.After(days[len(days)-1]) {
			days = append(days, f.day)
		}
	}
	lastLabel := math.MaxInt
	for i, d := range days {
		t := chartTick{X: xOf(d), Y: ccBottom}
		switch {
		case len(days) == 1:
			t.Label, t.Anchor = d.Format(model.DateLayout), "middle"
		case i == 0:
			t.Label, t.Anchor = d.Format(model.DateLayout), "end"
		case i == len(days)-1:
			t.Label, t.Anchor = d.Format(model.DateLayout), "start"
		case lastLabel-t.X >= ccMinLabel && t.X-ccLeft-ccInset >= ccMinLabel:
			t.Label, t.Anchor = d.Format(model.DateLayout), "middle"
		}
		if t.Label != "" {
			lastLabel = t.X
		}
		ch.XTicks = append(ch.XTicks, t)
	}
}

// markerPath draws the i-th series' marker (circle, square, diamond,
// triangle) of radius r at x, y, so series differ by more than colour.
func markerPath(i, x, y, r int) string {
	n := strconv.Itoa
	switch i % 4 {
	case 1:
		return "M" + n(x-r) + " " + n(y-r) + "h" + n(2*r) + "v" + n(2*r) + "h" + n(-2*r) + "Z"
	case 2:
		return "M" + n(x) + " " + n(y-r-1) + "l" + n(r+1) + " " + n(r+1) + "l" + n(-r-1) + " " + n(r+1) +
			"l" + n(-r-1) + " " + n(-r-1) + "Z"
	case 3:
		return "M" + n(x) + " " + n(y-r-1) + "L" + n(x+r+1) + " " + n(y+r) + "H" + n(x-r-1) + "Z"
	}
	return "M" + n(x-r) + " " + n(y) + "a" + n(r) + " " + n(r) + " 0 1 0 " + n(2*r) + " 0" +
		"a" + n(r) + " " + n(r) + " 0 1 0 " + n(-2*r) + " 0Z"
}

// barPath draws a range from yHi to yLo at x, with short caps.
func barPath(x, yHi, yLo int) string {
	n := strconv.Itoa
	return "M" + n(x-3) + " " + n(yHi) + "h6M" + n(x) + " " + n(yHi) + "V" + n(yLo) + "M" + n(x-3) + " " + n(yLo) + "h6"
}

// chartDesc says in words what a chart shows, for screen readers.
func chartDesc(verdict string, rows []countRow) string {
	parts := make([]string, len(rows))
	for i, r := range rows {
		parts[i] = r.Date + " " + r.Source + ": " + r.Figure
	}
	return "الأرقام حسب التاريخ والمصدر (" + label(verdictLabels, verdict) + "): " + strings.Join(parts, "؛ ")
}
