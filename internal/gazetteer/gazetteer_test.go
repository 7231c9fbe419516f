package gazetteer

import (
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
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
