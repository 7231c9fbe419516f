package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// eventsRecord is a record we wrote with events of every kind an export
// must keep or leave out: dated and placed, undated, unplaced, historical,
// and one whose date is a month.
func eventsRecord() model.Analysis {
	txt := "قصف على دوما أمس. وتظاهر طلاب في ساحة. وفي عام 1982 دارت معارك في حماة. ونزح آلاف في آذار."
	a := model.NewAnalysis(model.Article{ID: "d1", Outlet: "O", Text: txt, Published: mustDay("2031-03-20")})
	at := func(w string) model.Span {
		i := strings.Index(txt, w)
		return model.SpanOf(txt, i, i+len(w))
	}
	zero := 0
	a.Places = []model.Place{{Span: at("دوما"), Name: "دوما", NameEn: "Douma", Lat: 33.57, Lon: 36.4, Kind: "city", Country: "SY", Gazetteer: "gn:1"}}
	acled := &model.ACLED{DisorderType: "Political violence", EventType: "Explosions/Remote violence", SubEventType: "Shelling/artillery/missile attack"}
	ev := func(typ, trigger, date, realis string, place *int) model.Event {
		s := at(trigger)
		return model.Event{Type: typ, Start: s.Start, End: s.End, Trigger: trigger, Date: date, DateBasis: "relative",
			Realis: realis, Place: place, ACLED: acled, PLOVER: "ASSAULT", PLOVERModes: []string{"heavy-weapons", "siege"}}
	}
	a.Events = []model.Event{
		ev("shelling", "قصف", "2031-03-19", "actual", &zero),
		ev("protest", "وتظاهر", "", "actual", &zero),
		ev("armed_clash", "معارك", "1982", "historical", &zero),
		ev("displacement", "ونزح", "2031-03", "actual", nil),
	}
	return a
}

func TestExportsLeaveOutAndCount(t *testing.T) {
	as := []model.Analysis{eventsRecord()}
	var buf bytes.Buffer
	st, err := WriteACLED(&buf, as, Options{Current: true, BOM: true})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(buf.String(), "\ufeff") {
		t.Error("no byte-order mark with BOM")
	}
	rows, err := csv.NewReader(strings.NewReader(strings.TrimPrefix(buf.String(), "\ufeff"))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if st.Written != 1 || len(rows) != 2 || st.Left["no date"] != 1 || st.Left["no place"] != 1 || st.Left["historical (--current)"] != 1 {
		t.Errorf("acled: %d rows, stats %+v", len(rows)-1, st)
	}
	for _, r := range rows[1:] {
		if r[1] == "" || r[22] == "" {
			t.Errorf("acled row without date or latitude: %v", r)
		}
	}
	// Without --current the historical event is written.
	if st, _ := WriteACLED(&bytes.Buffer{}, as, Options{}); st.Written != 2 {
		t.Errorf("acled without --current: %+v", st)
	}
}

func TestGeoJSONDatesAreDays(t *testing.T) {
	var buf bytes.Buffer
	st, err := WriteGeoJSON(&buf, []model.Analysis{eventsRecord()}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Features []struct {
			ID         string         `json:"id"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatal(err)
	}
	if st.Written != 3 || len(fc.Features) != 3 || st.Left["no place"] != 1 {
		t.Fatalf("geojson: %d features, stats %+v", len(fc.Features), st)
	}
	for _, f := range fc.Features {
		d, isString := f.Properties["date"].(string)
		if f.ID == "" || isString && len(d) != 10 || !isString && f.Properties["date"] != nil {
			t.Errorf("feature %q: date %#v (want a day or null), date_text %v", f.ID, f.Properties["date"], f.Properties["date_text"])
		}
	}
}

func TestPLOVERFollowsTheManual(t *testing.T) {
	a := eventsRecord()
	var buf bytes.Buffer
	if _, err := WritePLOVER(&buf, []model.Analysis{a}, Options{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	var first, hist map[string]any
	json.Unmarshal([]byte(lines[0]), &first)
	json.Unmarshal([]byte(lines[1]), &hist)
	ti := first["text_info"].(map[string]any)
	runes := []rune(a.Text)
	start, end := int(ti["start"].(float64)), int(ti["end"].(float64))
	if string(runes[start:end]) != "قصف" {
		t.Errorf("text_info %v..%v is %q in characters, want the trigger", start, end, string(runes[start:end]))
	}
	if modes := first["mode"].([]any); len(modes) != 1 || modes[0] != "heavy-weapons" {
		t.Errorf("mode %v: want PLOVER's modes only", modes)
	}
	if m := first["marsad"].(map[string]any)["modes"].([]any); len(m) != 1 || m[0] != "siege" {
		t.Errorf("marsad modes %v: want marsad's own", m)
	}
	if loc := first["event_loc"].(map[string]any); loc["country_code"] != "SYR" || loc["geonameid"].(float64) != 1 {
		t.Errorf("event_loc %v", loc)
	}
	if hist["date"] != "1982-01-01" || hist["enddate"] != "1982-12-31" || !strings.Contains(lines[1], `"historical"`) {
		t.Errorf("a year: date %v enddate %v; mode %v", hist["date"], hist["enddate"], hist["mode"])
	}
}

func mustDay(s string) time.Time {
	t, err := time.Parse(model.DateLayout, s)
	if err != nil {
		panic(err)
	}
	return t
}

func TestPeriod(t *testing.T) {
	for _, c := range []struct{ d, from, to string }{
		{"2018-03-19", "2018-03-19", "2018-03-19"},
		{"2018-02", "2018-02-01", "2018-02-28"},
		{"2018", "2018-01-01", "2018-12-31"},
		{"197X", "1970-01-01", "1979-12-31"},
		{"2018-W12", "2018-03-19", "2018-03-25"},
		{"2018-W01", "2018-01-01", "2018-01-07"},
		{"2018-03-01/2018-03-05", "2018-03-01", "2018-03-05"},
		{"2018-03/2018-04", "2018-03-01", "2018-04-30"},
		{"P", "", ""}, {"", "", ""}, {"2018-13", "", ""},
	} {
		if from, to := period(c.d); from != c.from || to != c.to {
			t.Errorf("period(%q) = %s, %s; want %s, %s", c.d, from, to, c.from, c.to)
		}
	}
}
