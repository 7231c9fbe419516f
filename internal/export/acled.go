package export

import (
	"encoding/csv"
	"fmt"
	"io"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// ACLEDColumns are the 31 columns of an ACLED export, in ACLED's order,
// followed by marsad's own.
var ACLEDColumns = []string{
	"event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
	"sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
	"interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
	"location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
	"fatalities", "tags", "timestamp",
	// marsad's trailing columns
	"marsad_id", "source_urls", "realis", "status", "fatalities_max",
}

// WriteACLED writes the events ACLED would code as ACLED-style CSV: those
// with an ACLED class whose realis is actual or historical (negated,
// planned and hypothetical reports are not incidents). Fatalities are the
// conservative figure of the killed counts (see countOf), fatalities_max
// the highest stated. timestamp is the publication time of the source,
// since marsad keeps no edit history. event_id_cnty is the country's ISO3
// code and the row's number in this export.
func WriteACLED(w io.Writer, as []model.Analysis) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(ACLEDColumns); err != nil {
		return fmt.Errorf("export acled: %w", err)
	}
	n := 0
	for _, a := range as {
		for i, e := range a.Events {
			if e.ACLED == nil || (e.Realis != "actual" && e.Realis != "historical" && e.Realis != "") {
				continue
			}
			n++
			if err := cw.Write(acledRow(a, i, e, n)); err != nil {
				return fmt.Errorf("export acled %s: %w", eventID(a, i), err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("export acled: %w", err)
	}
	return nil
}

func acledRow(a model.Analysis, i int, e model.Event, n int) []string {
	p := place(a, e)
	c := countries[""]
	code := ""
	if p != nil {
		code = p.Country
		c = countries[p.Country]
	}
	prefix := c.iso3
	if prefix == "" {
		prefix = "XXX"
	}
	actor1, actor2 := participants(a, e.Actors, e.ActorSpans), participants(a, e.Targets, e.TargetSpans)
	inter1, inter2 := interOf(a, e.Actors, e.ActorSpans), interOf(a, e.Targets, e.TargetSpans)
	dead := countOf(a, e, "killed")
	row := []string{
		prefix + strconv.Itoa(n), eventDate(e.Date), year(e.Date), strconv.Itoa(timePrecision(e)),
		e.ACLED.DisorderType, e.ACLED.EventType, e.ACLED.SubEventType,
		actor1, "", inter1, actor2, "", inter2, interaction(inter1, inter2), civilianTargeting(e, inter2),
		numeric(c.numeric), c.region, countryName(c, code), "", "", "",
		placeName(p), coord(p, true), coord(p, false), geoPrecision(p, e.PlaceBasis),
		a.Outlet, "", notes(a, e, p), fmtCount(dead.low, dead.ok), "marsad_type=" + e.Type,
		timestamp(a.Published),
		eventID(a, i), a.URL, e.Realis, e.Status, fmtCount(dead.high, dead.ok),
	}
	return row
}

// participants joins the names of the indexed entities, else the phrases.
func participants(a model.Analysis, idx []int, spans []model.Span) string {
	var names []string
	for _, i := range idx {
		if i >= 0 && i < len(a.Entities) {
			n := a.Entities[i].NameEn
			if n == "" {
				n = a.Entities[i].Name
			}
			if n == "" {
				n = a.Entities[i].Text
			}
			names = append(names, n)
		}
	}
	if len(names) == 0 {
		for _, s := range spans {
			names = append(names, s.Text)
		}
	}
	return strings.Join(names, "; ")
}

// eventDate is the first day of the event's date, as ACLED writes it.
func eventDate(d string) string {
	switch len(d) {
	case 10:
		return d
	case 7:
		return d + "-01"
	case 4:
		return d + "-01-01"
	}
	return ""
}

func year(d string) string {
	if len(d) >= 4 {
		return d[:4]
	}
	return ""
}

// timePrecision is ACLED's 1 (day), 2 (week or a publication-date
// fallback), 3 (month or wider).
func timePrecision(e model.Event) int {
	switch {
	case len(e.Date) < 10:
		return 3
	case e.DateBasis == "publication" || e.DateBasis == "":
		return 2
	}
	return 1
}

// geoPrecision is ACLED's 1 (town), 2 (part of a region), 3 (region or
// country); a place taken from the dateline or the document is at best 2.
func geoPrecision(p *model.Place, basis string) string {
	if p == nil {
		return ""
	}
	g := 1
	switch p.Kind {
	case "region":
		g = 2
	case "country":
		g = 3
	}
	if (basis == "dateline" || basis == "document") && g < 2 {
		g = 2
	}
	return strconv.Itoa(g)
}

func placeName(p *model.Place) string {
	if p == nil {
		return ""
	}
	if p.NameEn != "" {
		return p.NameEn
	}
	return p.Name
}

func coord(p *model.Place, lat bool) string {
	if !hasCoords(p) {
		return ""
	}
	v := p.Lon
	if lat {
		v = p.Lat
	}
	return strconv.FormatFloat(v, 'f', 4, 64)
}

func numeric(n int) string {
	if n == 0 {
		return ""
	}
	return strconv.Itoa(n)
}

func countryName(c country, code string) string {
	if c.name != "" {
		return c.name
	}
	return code
}

func fmtCount(v float64, ok bool) string {
	if !ok {
		return "0"
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}

func timestamp(published string) string {
	t, err := time.Parse(model.DateLayout, published)
	if err != nil {
		return ""
	}
	return strconv.FormatInt(t.Unix(), 10)
}

// notes is a one-line English summary: type, place, date, counts, trigger.
func notes(a model.Analysis, e model.Event, p *model.Place) string {
	var b strings.Builder
	b.WriteString(strings.ReplaceAll(e.Type, "_", " "))
	if p != nil {
		fmt.Fprintf(&b, " in %s", placeName(p))
	}
	if e.Date != "" {
		fmt.Fprintf(&b, " on %s", e.Date)
	}
	metrics := map[string][]string{}
	for _, c := range e.Counts {
		if c.Quantity >= 0 && c.Quantity < len(a.Quantities) {
			metrics[c.Metric] = append(metrics[c.Metric], a.Quantities[c.Quantity].Text)
		}
	}
	keys := make([]string, 0, len(metrics))
	for k := range metrics {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Fprintf(&b, "; %s: %s", k, strings.Join(metrics[k], ", "))
	}
	fmt.Fprintf(&b, " (trigger: %s)", e.Trigger)
	return b.String()
}
