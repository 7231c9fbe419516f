package actor

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/text"
)

func TestMatch(t *testing.T) {
	r := Default()
	cases := []struct {
		sentence string
		from     string // the token the match starts at
		id       string
		span     string // the matched text, "" when no match
	}{
		{"وقالت قوات سوريا الديمقراطية إنها تقدمت", "قوات", "sdf", "قوات سوريا الديمقراطية"},
		{"وأعلنت قسد السيطرة على الحي", "قسد", "sdf", "قسد"},
		{"تقدمت وقوات سورية الديموقراطية نحو المدينة", "وقوات", "sdf", "وقوات سورية الديموقراطية"},
		{"هاجم تنظيم \"الدولة الإسلامية\" القرية", "تنظيم", "isis", "تنظيم \"الدولة الإسلامية"},
		{"قال المرصد السوري لحقوق الإنسان إن", "المرصد", "sohr", "المرصد السوري لحقوق الإنسان"},
		{"بحسب المرصد السوري فإن", "المرصد", "sohr", "المرصد السوري"},
		{"نقلت وكالة فرانس برس عن مصدر", "وكالة", "afp", "وكالة فرانس برس"},
		{"ذكرت لرويترز مصادر", "لرويترز", "reuters", "لرويترز"},
		{"برلين (د.ب.أ) - قال", "د", "dpa", "د.ب.أ"},
		{"أفادت وكالة سانا الرسمية", "وكالة", "sana", "وكالة سانا"},
		{"قالت الأمم المتحدة إن", "الأمم", "un", "الأمم المتحدة"},
		{"في مجلس الأمن اليوم", "مجلس", "unsc", "مجلس الأمن"},
		{"ذهب الرجل إلى السوق", "الرجل", "", ""},
	}
	for _, c := range cases {
		d := text.Read(c.sentence)
		i := indexOf(d, c.from)
		a, end, ok := r.Match(d, i)
		if c.id == "" {
			if ok {
				t.Errorf("%q: unexpected match %s", c.sentence, a.ID)
			}
			continue
		}
		if !ok || a.ID != c.id {
			t.Errorf("%q: got %q ok=%v, want %s", c.sentence, a.ID, ok, c.id)
			continue
		}
		got := d.Text[d.Tokens[i].Start:d.Tokens[end-1].End]
		if got != c.span {
			t.Errorf("%q: span %q, want %q", c.sentence, got, c.span)
		}
	}
}

func indexOf(d *text.Doc, tok string) int {
	for i, t := range d.Tokens {
		if t.Text == tok {
			return i
		}
	}
	return -1
}

func TestLookup(t *testing.T) {
	r := Default()
	cases := map[string]string{
		"رويترز": "reuters", "وكالة رويترز": "reuters", "Reuters": "reuters",
		"داعش": "isis", "تنظيم \"الدولة\"": "isis", "قوات سورية الديموقراطية": "sdf",
		"المرصد السوري لحقوق الانسان": "sohr", "بالمرصد السوري": "sohr",
		"وزارة الدفاع الروسية": "rus-mod", "د ب أ": "dpa",
	}
	for name, id := range cases {
		a, ok := r.Lookup(name)
		if !ok || a.ID != id {
			t.Errorf("Lookup(%q) = %q %v, want %s", name, a.ID, ok, id)
		}
	}
	if _, ok := r.Lookup("كلمة عادية"); ok {
		t.Error("Lookup of an ordinary phrase matched")
	}
	if a, _ := r.Lookup("سانا"); !a.IsSource() {
		t.Error("سانا should be a source")
	}
	if a, _ := r.Lookup("قسد"); a.IsSource() || a.EntityType() != "ORG" {
		t.Error("قسد: not a source, an ORG")
	}
}

func TestLoadExtra(t *testing.T) {
	user := "# my actors\nmyg\tarmed_group\tRebel Groups\tSY\tلواء المثال\tExample Brigade\tالمثال\nsana\toutlet\t\tSY\tسانا\tSANA renamed\t\n"
	r, err := Load(strings.NewReader(user))
	if err != nil {
		t.Fatal(err)
	}
	if a, ok := r.Lookup("لواء المثال"); !ok || a.ID != "myg" {
		t.Errorf("user actor not found: %+v", a)
	}
	if a, _ := r.Lookup("سانا"); a.NameEn != "SANA renamed" {
		t.Errorf("user entry should replace the default one, got %q", a.NameEn)
	}
	if _, err := Load(strings.NewReader("bad\tline\n")); err == nil {
		t.Error("short line: want an error")
	}
}
