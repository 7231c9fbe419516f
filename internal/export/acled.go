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
// planned and hypothetical reports are not incidents), dated and placed;
// the others are counted in Stats by reason. Fatalities are the
// conservative figure of the killed counts (see countOf), fatalities_max
// the highest stated. timestamp is the publication time of the source,
// since marsad keeps no edit history. event_id_cnty is the country's ISO3
// code and the row's number in this export. Actors are the entities the
// event names (registry actors first), never a bare phrase.
func WriteACLED(w io.Writer, as []model.Analysis, o Options) (Stats, error) {
	var st Stats
	if o.BOM {
		if _, err := io.WriteString(w, "\ufeff"); err != nil {
			return st, fmt.Errorf("export acled: %w", err)
		}
	}
	cw := csv.NewWriter(w)
	if err := cw.Write(ACLEDColumns); err != nil {
		return st, fmt.Errorf("export acled: %w", err)
	}
	for _, a := range as {
		for i, e := range a.Events {
			switch {
			case e.ACLED == nil:
				continue // not an event ACLED codes: not counted
			case e.Realis != "actual" && e.Realis != "historical" && e.Realis != "":
				st.leave("not reported as having happened (" + e.Realis + ")")
				continue
			case o.Current && e.Realis == "historical":
				st.leave("historical (--current)")
				continue
			case eventDate(e.Date) == "":
				st.leave("no date")
				continue
			case !hasCoords(place(a, e)):
				st.leave("no place")
				continue
			}
			st.Written++
			if err := cw.Write(acledRow(a, i, e, st.Written, o)); err != nil {
				return st, fmt.Errorf("export acled %s: %w", eventID(a, i), err)
			}
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return st, fmt.Errorf("export acled: %w", err)
	}
	return st, nil
}

func acledRow(a model.Analysis, i int, e model.Event, n int, o Options) []string {
	p := place(a, e)
	c := country{}
	code := ""
	if p != nil {
		code = p.Country
		c = countryOf(p.Country)
	}
	prefix := c.iso3
	if prefix == "" {
		prefix = "XXX"
	}
	admin1 := ""
	if p != nil && o.Admin1 != nil && p.Kind != "country" {
		admin1 = o.Admin1(p.Gazetteer)
	}
	inter1, inter2 := interOf(a, e.Actors, e.ActorSpans), interOf(a, e.Targets, e.TargetSpans)
	actor1 := orGeneric(participants(a, e.Actors), inter1, c.name)
	actor2 := orGeneric(participants(a, e.Targets), inter2, c.name)
	if actor1 == "" {
		inter1 = ""
	}
	if actor2 == "" {
		inter2 = ""
	}
	dead := countOf(a, e, "killed")
	row := []string{
		prefix + strconv.Itoa(n), eventDate(e.Date), year(e.Date), strconv.Itoa(timePrecision(e)),
		e.ACLED.DisorderType, e.ACLED.EventType, e.ACLED.SubEventType,
		actor1, "", inter1, actor2, "", inter2, interaction(inter1, inter2), civilianTargeting(e, inter2),
		numeric(c.numeric), c.region, countryName(c, code), admin1, "", "",
		placeName(p), coord(p, true), coord(p, false), geoPrecision(p, e.PlaceBasis),
		a.Outlet, "", notes(a, e, p), fmtCount(dead.low, dead.ok), "marsad_type=" + e.Type,
		timestamp(a.Published),
		eventID(a, i), a.URL, e.Realis, e.Status, fmtCount(dead.high, dead.ok),
	}
	return row
}

// genericActors are ACLED's names for an actor known only by its kind
// ("Civilians (Syria)"), by inter code.
var genericActors = map[string]string{
	"2": "Unidentified Armed Group (%s)", "3": "Unidentified Militia (%s)", "5": "Rioters (%s)",
	"6": "Protesters (%s)", "7": "Civilians (%s)",
}

// orGeneric returns the named actors, else ACLED's generic name for the
// kind of actor the text's phrase gives (the students who protest are
// "Protesters (Syria)"), else "".
func orGeneric(named, inter, country string) string {
	if named != "" || country == "" {
		return named
	}
	if g, ok := genericActors[inter]; ok {
		return fmt.Sprintf(g, country)
	}
	return ""
}

// participants joins the names of the entities an event names, each once:
// those the registry resolved first (their English name), then the other
// person and organisation names; a phrase with no entity is no actor.
func participants(a model.Analysis, idx []int) string {
	var names []string
	seen := map[string]bool{}
	for _, resolved := range []bool{true, false} {
		for _, i := range idx {
			if i < 0 || i >= len(a.Entities) {
				continue
			}
			en := a.Entities[i]
			if (en.KB != nil) != resolved || !resolved && en.Type != "PER" && en.Type != "ORG" {
				continue
			}
			n := en.NameEn
			if n == "" {
				n = en.Name
			}
			if n == "" {
				n = en.Text
			}
			if k := strings.ToLower(n); n != "" && !seen[k] {
				seen[k] = true
				names = append(names, n)
			}
		}
	}
	return strings.Join(names, "; ")
}

// eventDate is the first day of the event's date, as ACLED writes it: a
// day as it is; a month, a year or a decade (197X) from its first day; an
// ISO week (2018-W12) from its Monday; a range (from/to) from its start.
// "" when the date is none of these.
func eventDate(d string) string {
	from, _ := period(d)
	return from
}

// period returns the first and last day of an event's date, "" when it
// cannot be read.
func period(d string) (from, to string) {
	if a, b, ok := strings.Cut(d, "/"); ok {
		f, _ := period(a)
		_, t := period(b)
		if f == "" || t == "" {
			return "", ""
		}
		return f, t
	}
	day := func(t time.Time) string { return t.Format(model.DateLayout) }
	switch {
	case len(d) == 10:
		if t, err := time.Parse(model.DateLayout, d); err == nil {
			return day(t), day(t)
		}
	case len(d) == 7:
		if t, err := time.Parse("2006-01", d); err == nil {
			return day(t), day(t.AddDate(0, 1, -1))
		}
	case len(d) == 8 && d[4:6] == "-W":
		y, err1 := strconv.Atoi(d[:4])
		w, err2 := strconv.Atoi(d[6:])
		if err1 == nil && err2 == nil && w >= 1 && w <= 53 {
			jan4 := time.Date(y, 1, 4, 0, 0, 0, 0, time.UTC)
			monday := jan4.AddDate(0, 0, -((int(jan4.Weekday())+6)%7)+7*(w-1))
			return day(monday), day(monday.AddDate(0, 0, 6))
		}
	case len(d) == 4 && d[3] == 'X':
		if t, err := time.Parse("2006", d[:3]+"0"); err == nil {
			return day(t), day(t.AddDate(10, 0, -1))
		}
	case len(d) == 4:
		if t, err := time.Parse("2006", d); err == nil {
			return day(t), day(t.AddDate(1, 0, -1))
		}
	}
	return "", ""
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
	from, to := period(e.Date)
	switch {
	case from == "":
		return 3
	case from != to:
		if f, err1 := time.Parse(model.DateLayout, from); err1 == nil {
			if t, err2 := time.Parse(model.DateLayout, to); err2 == nil && t.Sub(f) <= 7*24*time.Hour {
				return 2 // a week, or a few days
			}
		}
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
