package pipeline_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/demo"
	"github.com/marsad/marsad/internal/export"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/pipeline"
)

// eventDemo reads the demo corpus as ingest does and runs the whole
// pipeline on it, keyed by article id.
func eventDemo(t *testing.T) map[string]model.Analysis {
	t.Helper()
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]model.Analysis{}
	for it := range ingest.New(ingest.Options{}).ReadFS(context.Background(), demo.FS(), ".") {
		if it.Err != nil {
			t.Fatalf("demo corpus: %v", it.Err)
		}
		_, an := p.Analyze(it.Article)
		out[an.ID] = an
	}
	if len(out) != 17 {
		t.Fatalf("%d demo articles analysed, want 17", len(out))
	}
	return out
}

// eventWant is one event a demo article must report.
type eventWant struct {
	doc     string
	typ     string
	realis  string
	status  string // "" when any
	place   string // the place mention as written; "" when any
	killed  string // a count linked with metric killed, as written; "" when none is wanted
	metric  string // with count: the metric of another count
	count   string
	subject string // the subject of count, when set
}

// eventFind returns the first event of the article matching w, or nil.
func eventFind(an model.Analysis, w eventWant) *model.Event {
	for i, e := range an.Events {
		if e.Type != w.typ || e.Realis != w.realis || (w.status != "" && e.Status != w.status) {
			continue
		}
		if w.place != "" && (e.Place == nil || !strings.Contains(an.Places[*e.Place].Text, w.place)) {
			continue
		}
		if w.killed != "" && !eventHasCount(an, e, "killed", w.killed, "") {
			continue
		}
		if w.count != "" && !eventHasCount(an, e, w.metric, w.count, w.subject) {
			continue
		}
		return &an.Events[i]
	}
	return nil
}

func eventHasCount(an model.Analysis, e model.Event, metric, text, subject string) bool {
	for _, c := range e.Counts {
		if c.Metric == metric && an.Quantities[c.Quantity].Text == text && (subject == "" || c.Subject == subject) {
			return true
		}
	}
	return false
}

func TestEventsDemo(t *testing.T) {
	as := eventDemo(t)
	const (
		denial  = "almadar-mayadin-denial"
		deal    = "https://furat-gate.test/2031/10/15/mayadin-deal-buses"
		nafidha = "nafidha-ariha-market-strike"
		mashriq = "ariha-toll-mashriq.cp1256"
		monitor = "https://furat-gate.test/2031/10/16/ariha-toll-monitor"
		flee    = "https://furat-gate.test/2031/10/18/shirqat-families-flee"
		pockets = "https://almansa.test/iraq/shirqat-last-pockets-encircled"
		rise    = "shirqat-displaced-rise-almadar"
	)
	for _, w := range []eventWant{
		// the spokesman's denial: a negated agreement, and the evacuation it names is denied too
		{doc: denial, typ: "agreement", realis: "negated", status: "denied", place: "الميادين"},
		{doc: denial, typ: "evacuation", realis: "negated", status: "denied"},
		// the deal as the sources close to the council tell it
		{doc: deal, typ: "agreement", realis: "actual", place: "الميادين"},
		// the market strike in Ariha, with the toll of each account
		{doc: nafidha, typ: "air_strike", realis: "actual", place: "أريحا", killed: "أكثر من 20 شخصا"},
		{doc: mashriq, typ: "air_strike", realis: "actual", place: "أريحا", killed: "35 قتيلا"},
		{doc: monitor, typ: "air_strike", realis: "actual", place: "أريحا", killed: "27 قتيلا"},
		// the flight from Shirqat and its rising figures
		{doc: flee, typ: "displacement", realis: "actual", place: "الشرقاط", metric: "displaced", count: "بين 3 و4 آلاف عائلة"},
		{doc: pockets, typ: "displacement", realis: "actual", place: "الشرقاط", metric: "displaced", count: "قرابة 15 ألف شخص"},
		{doc: rise, typ: "displacement", realis: "actual", place: "الشرقاط", metric: "displaced", count: "21 ألف نازح"},
		// two soldiers killed: fighters, so a clash, not an attack on civilians
		{doc: pockets, typ: "armed_clash", realis: "actual", metric: "killed", count: "عنصران", subject: "combatants"},
	} {
		if eventFind(as[w.doc], w) == nil {
			t.Errorf("%s: no %s %s event matching %+v; got %s", w.doc, w.realis, w.typ, w, eventBrief(as[w.doc]))
		}
	}
	for _, id := range []string{"basra-cup-final-rasd", "jordan-wheat-daffatain"} {
		if n := len(as[id].Events); n != 0 {
			t.Errorf("%s: %d events, want none: %s", id, n, eventBrief(as[id]))
		}
	}
	if e := eventFind(as["ariha-funerals-daffatain"], eventWant{typ: "air_strike", realis: "actual", killed: "آلاف الأشخاص"}); e != nil {
		t.Errorf("the mourners (آلاف الأشخاص) are counted as killed by the strike")
	}
}

// TestEventsDemoSpans checks every event of the demo against its text: the
// trigger is where its offsets say, and its indexes point into the record.
func TestEventsDemoSpans(t *testing.T) {
	for id, an := range eventDemo(t) {
		for i, e := range an.Events {
			if e.Start < 0 || e.End > len(an.Text) || e.Start >= e.End || an.Text[e.Start:e.End] != e.Trigger {
				t.Errorf("%s event %d: trigger %q at [%d,%d) does not match the text", id, i, e.Trigger, e.Start, e.End)
			}
			if e.Place != nil && *e.Place >= len(an.Places) || e.Claim != nil && *e.Claim >= len(an.Claims) {
				t.Errorf("%s event %d: place or claim index out of range", id, i)
			}
			for _, c := range e.Counts {
				if c.Quantity >= len(an.Quantities) {
					t.Errorf("%s event %d: count quantity %d out of range", id, i, c.Quantity)
				}
			}
		}
	}
}

// TestEventsDemoExports checks the demo's GeoJSON and ACLED exports: the
// events are points with coordinates, and the strike on Ariha is an ACLED
// air strike row with its fatalities.
func TestEventsDemoExports(t *testing.T) {
	m := eventDemo(t)
	var as []model.Analysis
	for _, an := range m {
		as = append(as, an)
	}
	var gj bytes.Buffer
	if _, err := export.WriteGeoJSON(&gj, as, export.Options{}); err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Features []struct {
			Geometry struct {
				Coordinates [2]float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(gj.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	if len(fc.Features) < 40 {
		t.Errorf("%d GeoJSON points for the demo, want at least 40", len(fc.Features))
	}
	mayadin := 0
	for _, f := range fc.Features {
		lon, lat := f.Geometry.Coordinates[0], f.Geometry.Coordinates[1]
		if lon == 0 && lat == 0 || lon < -180 || lon > 180 || lat < -90 || lat > 90 {
			t.Errorf("point %v of %v has no valid coordinates", f.Geometry.Coordinates, f.Properties["id"])
		}
		if f.Properties["place"] == "الميادين" && lon > 40 && lon < 41 && lat > 34.5 && lat < 35.5 {
			mayadin++
		}
	}
	if mayadin == 0 {
		t.Errorf("no GeoJSON point at Mayadin (about 40.45 E, 35.02 N)")
	}
	var buf bytes.Buffer
	if _, err := export.WriteACLED(&buf, as, export.Options{}); err != nil {
		t.Fatal(err)
	}
	rows, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	found := false
	for _, r := range rows[1:] {
		if len(r) != len(rows[0]) {
			t.Fatalf("ACLED row has %d columns, header %d", len(r), len(rows[0]))
		}
		if r[col["sub_event_type"]] == "Air/drone strike" && r[col["fatalities"]] == "35" && r[col["event_date"]] == "2031-10-16" && r[col["country"]] == "Syria" {
			found = true
		}
	}
	if !found {
		t.Errorf("no ACLED row for the Ariha strike (Air/drone strike, 2031-10-16, Syria, 35 killed)")
	}
}

func eventBrief(an model.Analysis) string {
	var s []string
	for _, e := range an.Events {
		s = append(s, e.Type+":"+e.Trigger+":"+e.Realis)
	}
	return strings.Join(s, ", ")
}
