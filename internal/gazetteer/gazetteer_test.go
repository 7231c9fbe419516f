package gazetteer

import (
	"bytes"
	"compress/gzip"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/text"
)

func TestDefaultLookup(t *testing.T) {
	g := Default()
	cases := []struct {
		name    string
		id      string // one of the candidates must have this id
		country string
	}{
		{"الرقة", "gn:172955", "SY"},
		{"دير الزور", "gn:170794", "SY"},
		{"سوريا", "country:SY", "SY"},
		{"سورية", "country:SY", "SY"},
		{"كوباني", "gn:172256", "SY"},
		{"مخيم الهول", "gn:173797", "SY"},
		{"الموصل", "gn:99072", "IQ"},
		{"رقة", "gn:172955", "SY"}, // article added back
	}
	for _, c := range cases {
		found := false
		for _, e := range g.Lookup(c.name) {
			if e.ID == c.id && e.Country == c.country {
				found = true
			}
		}
		if !found {
			t.Errorf("Lookup(%q): %s not among %v", c.name, c.id, g.Lookup(c.name))
		}
	}
	if got := g.Lookup("كلمةليستمكانا"); len(got) != 0 {
		t.Errorf("nonsense matched %v", got)
	}
}

func TestLoose(t *testing.T) {
	g := Default()
	found := false
	for _, e := range g.LookupLoose("الحول") {
		found = found || e.ID == "gn:173797"
	}
	if !found {
		t.Error("loose key should find al-Hawl")
	}
}

func TestMatch(t *testing.T) {
	g := Default()
	cases := []struct{ sentence, from, span string }{
		{"وصلت القوات إلى مدينة دير الزور أمس", "دير", "دير الزور"},
		{"قصف عنيف وبالرقة دمار", "وبالرقة", "وبالرقة"},
		{"نزح الآلاف إلى مخيم الهول شرقا", "مخيم", "مخيم الهول"},
	}
	for _, c := range cases {
		d := text.Read(c.sentence)
		i := 0
		for i < len(d.Tokens) && d.Tokens[i].Text != c.from {
			i++
		}
		_, end, ok := g.Match(d.Tokens, i)
		if !ok {
			t.Errorf("%q: no match at %q", c.sentence, c.from)
			continue
		}
		if got := d.Text[d.Tokens[i].Start:d.Tokens[end-1].End]; got != c.span {
			t.Errorf("%q: matched %q, want %q", c.sentence, got, c.span)
		}
	}
}

func TestLoadUserFiles(t *testing.T) {
	places := "id\tnames_ar\tname_en\tlat\tlon\tfeature_class\tfeature_code\tcountry\tpopulation\n" +
		"my:1\tقرية المثال|المثال\tExample Village\t35.1\t38.2\tP\tPPL\tSY\t120\n"
	aliases := "alias_ar\ttarget_id\ttarget_name_en\tkind\tnote\nحي المثال\tmy:1\tExample\tdistrict\t\n"
	g, err := Load(strings.NewReader(places), strings.NewReader(aliases))
	if err != nil {
		t.Fatal(err)
	}
	got := g.Lookup("حي المثال")
	if len(got) != 1 || got[0].ID != "my:1" || got[0].Kind != "district" || got[0].Lat != 35.1 {
		t.Errorf("user alias: %+v", got)
	}
	if _, err := Load(strings.NewReader("foo\tbar\n")); err == nil {
		t.Error("unknown header: want an error")
	}
	if _, err := Load(strings.NewReader(aliases[:strings.Index(aliases, "\n")+1] + "س\tnowhere:1\n")); err == nil {
		t.Error("alias to an unknown id: want an error")
	}
}

func TestLoadFilesGzip(t *testing.T) {
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	zw.Write([]byte("id\tnames_ar\tname_en\tlat\tlon\nx:1\tبلدة الاختبار\tTest Town\t1.5\t2.5\n"))
	zw.Close()
	path := filepath.Join(t.TempDir(), "mine.tsv.gz")
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	g, err := LoadFiles(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := g.Lookup("بلدة الاختبار"); len(got) != 1 || got[0].Lon != 2.5 {
		t.Errorf("gzipped user file: %+v", got)
	}
	if _, err := LoadFiles(filepath.Join(t.TempDir(), "missing.tsv")); err == nil {
		t.Error("missing file: want an error")
	}
}

func TestAreas(t *testing.T) {
	g := Default()
	cases := []struct {
		name, id, admin1 string
	}{
		{"ولاية الخرطوم", "adm:SD-KH", "SD.29"},
		{"الخرطوم", "adm:SD-KH", "SD.29"}, // the head noun taken off
		{"محافظة الأحمدي", "adm:KW-AH", "KW.04"},
		{"الأحمدي", "adm:KW-AH", "KW.04"},
		{"المنطقة الشرقية", "adm:SA-04", "SA.06"},
		{"حلب", "adm:SY-HL", "SY.09"},
		{"ريف دمشق", "adm:SY-RD", "SY.08"},
		{"نينوى", "adm:IQ-NI", "IQ.15"},
		{"محافظة عكار", "adm:LB-AK", "LB.10"}, // a name we wrote (tools/gazetteer/admin_names.tsv)
	}
	for _, c := range cases {
		var got *Entry
		for _, e := range g.Lookup(c.name) {
			if e.ID == c.id {
				got = &e
			}
		}
		if got == nil {
			t.Errorf("Lookup(%q): %s not among %v", c.name, c.id, g.Lookup(c.name))
			continue
		}
		if got.Class != "A" || got.Code != "ADM1" || got.Kind != "region" || got.Admin1 != c.admin1 {
			t.Errorf("Lookup(%q): %+v, want class A, ADM1, kind region, admin1 %s", c.name, *got, c.admin1)
		}
	}
	// Generic words and names we struck are no areas' names.
	for _, name := range []string{"العاصمة", "الشمال", "الجنوب", "يشيد", "عدل"} {
		for _, e := range g.Lookup(name) {
			if strings.HasPrefix(e.ID, "adm:") {
				t.Errorf("Lookup(%q) gives the area %s (%s)", name, e.ID, e.NameEn)
			}
		}
	}
}

// TestAreaPoints checks every administrative area of the embedded data: a
// point on the globe, a country and a feature code; and in the Arab
// countries, a point within 2,000 km of the capital (a point geocoded in the
// wrong country is farther).
func TestAreaPoints(t *testing.T) {
	g := Default()
	arab := strings.Fields("DZ BH DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE")
	n := 0
	for _, e := range g.entries {
		if !strings.HasPrefix(e.ID, "adm:") {
			continue
		}
		n++
		if e.Lat < -90 || e.Lat > 90 || e.Lon < -180 || e.Lon > 180 || (e.Lat == 0 && e.Lon == 0) {
			t.Errorf("%s %s: bad point %v,%v", e.ID, e.NameEn, e.Lat, e.Lon)
		}
		if e.Class != "A" || (e.Code != "ADM1" && e.Code != "ADM2") || !strings.HasPrefix(e.ID, "adm:"+e.Country+"-") {
			t.Errorf("%s: bad class, code or country: %+v", e.ID, e)
		}
		c, ok := g.ByID("country:" + e.Country)
		if !ok || !slices.Contains(arab, e.Country) {
			continue
		}
		if d := distanceKm(e.Lat, e.Lon, c.Lat, c.Lon); d > 2000 {
			t.Errorf("%s %s: %.0f km from the capital of %s", e.ID, e.NameEn, d, e.Country)
		}
	}
	if n < 1000 {
		t.Errorf("only %d administrative area names", n)
	}
}

func distanceKm(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * 6371 * math.Asin(math.Sqrt(h))
}

func TestAdmin1Of(t *testing.T) {
	g := Default()
	for _, c := range []struct{ name, want string }{{"حلب", "SY"}, {"الموصل", "IQ"}} {
		cands := g.Lookup(c.name)
		found := false
		for _, e := range cands {
			if e.Kind != "city" || e.Country != c.want {
				continue
			}
			a, ok := g.Admin1Of(e.ID)
			if !ok || a.Code != "ADM1" || a.Country != c.want || a.NameEn == "" {
				t.Errorf("%s (%s): admin1 %+v %v", c.name, e.ID, a, ok)
			}
			found = true
		}
		if !found {
			t.Errorf("%s: no city in %s", c.name, c.want)
		}
	}
	if _, ok := g.Admin1Of("country:SY"); ok {
		t.Error("a country has no first-level area")
	}
}
