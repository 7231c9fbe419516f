package place

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// loc marks every occurrence of each name in the text as a LOC entity.
func loc(s string, names ...string) []model.Entity {
	var out []model.Entity
	for _, n := range names {
		from := 0
		for {
			i := strings.Index(s[from:], n)
			if i < 0 {
				break
			}
			st := from + i
			out = append(out, model.Entity{Span: model.SpanOf(s, st, st+len(n)), Type: "LOC"})
			from = st + len(n)
		}
	}
	return out
}

func TestResolve(t *testing.T) {
	r := New(Options{})
	cases := []struct {
		text  string
		names []string // the LOC entities
		span  string   // the place to check
		name  string
		id    string
		kind  string
	}{
		{"دخلت القوات بالرقة صباحا", []string{"بالرقة"}, "بالرقة", "الرقة", "gn:172955", "city"},
		{"نزح الآلاف من دير الزور إلى الحسكة", []string{"دير الزور", "الحسكة"}, "الحسكة", "الحسكة", "gn:173811", "city"},
		{"وصلت الحافلات إلى مخيم الهول", nil, "مخيم الهول", "مخيم الهول", "gn:173797", "landmark"},
		{"قصفت الطائرات بلدات في ريف دمشق", []string{"ريف دمشق"}, "ريف دمشق", "ريف دمشق", "adm:SY-RD", "region"},
		{"قتل مدنيون في سوريا", []string{"سوريا"}, "سوريا", "سوريا", "country:SY", "country"},
		// A proclitic on a short first word: و + تل أبيض.
		{"نزح الأهالي من منبج وتل أبيض", []string{"منبج", "وتل أبيض"}, "وتل أبيض", "تل أبيض", "gn:163750", "city"},
		{"عبر اللاجئون إلى غازي عنتاب", []string{"غازي عنتاب"}, "غازي عنتاب", "غازي عنتاب", "gn:314830", "city"},
		{"سقطت قذائف على مدينة دوما", nil, "مدينة دوما", "مدينة دوما", "gn:170592", "city"},
		// الرقة is also a place in Kuwait; a Kuwaiti context must win.
		{"هطلت أمطار على الكويت والأحمدي وفي الرقة", []string{"الكويت", "والأحمدي", "الرقة"}, "الرقة", "الرقة", "gn:285728", "city"},
	}
	for _, c := range cases {
		places := r.Resolve(text.Read(c.text), loc(c.text, c.names...))
		var got *model.Place
		for i := range places {
			if places[i].Text == c.span {
				got = &places[i]
			}
		}
		if got == nil {
			t.Errorf("%q: no place %q in %+v", c.text, c.span, places)
			continue
		}
		if got.Name != c.name || got.Gazetteer != c.id || got.Kind != c.kind {
			t.Errorf("%q: got name=%q id=%s kind=%s, want %q %s %s", c.text, got.Name, got.Gazetteer, got.Kind, c.name, c.id, c.kind)
		}
		if got.Lat == 0 || got.Country == "" {
			t.Errorf("%q: missing point or country: %+v", c.text, got)
		}
	}
}

func TestFocusOption(t *testing.T) {
	s := "الرقة"
	p := New(Options{Focus: "KW"}).Resolve(text.Read(s), loc(s, s))
	if len(p) != 1 || p[0].Country != "KW" {
		t.Errorf("forced focus KW: %+v", p)
	}
}

func FuzzResolve(f *testing.F) {
	f.Add("في مدينة الرقة وحي البدو", 3, 20)
	f.Add("مخيم", 0, 4)
	f.Add("", 0, 0)
	r := New(Options{})
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		d := text.Read(s)
		var ents []model.Entity
		if a >= 0 && b <= len(s) && a < b {
			ents = append(ents, model.Entity{Span: model.SpanOf(s, a, b), Type: "LOC"})
		}
		for _, p := range r.Resolve(d, ents) {
			if p.Start < 0 || p.End > len(s) || p.Start >= p.End || s[p.Start:p.End] != p.Text {
				t.Fatalf("bad span %+v in %q", p.Span, s)
			}
		}
	})
}

func TestBackoff(t *testing.T) {
	s := "غرقت السيارات في شارع المثال الطويل بمدينة حمص"
	ents := loc(s, "شارع المثال الطويل", "حمص")
	if p := New(Options{}).Resolve(text.Read(s), ents); len(p) != 1 {
		t.Fatalf("without backoff only حمص resolves: %+v", p)
	}
	p := New(Options{Backoff: true}).Resolve(text.Read(s), ents)
	if len(p) != 2 || p[0].Basis != "context" || p[0].Gazetteer != p[1].Gazetteer || p[0].Lat != p[1].Lat {
		t.Fatalf("the street takes the point of حمص: %+v", p)
	}
	if p[1].Basis != "" {
		t.Errorf("حمص is found by name: %+v", p[1])
	}
}

func TestLamIsPrepositionBeforeLam(t *testing.T) {
	r := New(Options{})
	in := "ضربت عاصفة الساحل الشمالي للبنان وغمرت المياه شوارع طرابلس."
	d := text.Read(in)
	ents := []model.Entity{
		{Span: spanOf(in, "للبنان"), Type: "LOC"},
		{Span: spanOf(in, "طرابلس"), Type: "LOC"},
	}
	got := r.Resolve(d, ents)
	if len(got) != 2 || got[0].Country != "LB" || got[0].Name != "لبنان" || got[1].Country != "LB" {
		t.Fatalf("got %+v", got)
	}
}

func spanOf(s, sub string) model.Span {
	i := strings.Index(s, sub)
	return model.SpanOf(s, i, i+len(sub))
}

func TestActorsLeanAnAmbiguousName(t *testing.T) {
	in := "شيّع آلاف الأشخاص في مدينة أريحا، وقال المرصد إن عدد الضحايا ارتفع."
	kb := "sohr"
	ents := []model.Entity{{Span: spanOf(in, "أريحا"), Type: "LOC"}, {Span: spanOf(in, "المرصد"), Type: "ORG", KB: &kb}}
	d := text.Read(in)
	alone := New(Options{}).Resolve(d, ents)
	withActors := New(Options{ActorCountry: func(id string) string {
		if id == "sohr" {
			return "SY"
		}
		return ""
	}}).Resolve(d, ents)
	if len(alone) != 1 || len(withActors) != 1 {
		t.Fatalf("places: %+v / %+v", alone, withActors)
	}
	if withActors[0].Country != "SY" {
		t.Errorf("with a Syrian actor, أريحا should be Syria's: %+v (without: %s)", withActors[0], alone[0].Country)
	}
}

// TestAreas reads testdata/areas.tsv: one sentence a line, with the place
// that must come out of it.
func TestAreas(t *testing.T) {
	b, err := os.ReadFile(filepath.Join("testdata", "areas.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	r := New(Options{})
	n := 0
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 6 {
			t.Fatalf("areas.tsv:%d: want 6 fields, got %d", i+1, len(f))
		}
		n++
		var names []string
		if f[1] != "" {
			names = strings.Split(f[1], "|")
		}
		places := r.Resolve(text.Read(f[0]), loc(f[0], names...))
		var got *model.Place
		for j := range places {
			if places[j].Text == f[2] {
				got = &places[j]
			}
		}
		if got == nil {
			t.Errorf("areas.tsv:%d %q: no place %q in %+v", i+1, f[0], f[2], places)
			continue
		}
		if got.Name != f[3] || got.Gazetteer != f[4] || got.Kind != f[5] {
			t.Errorf("areas.tsv:%d %q: got name=%q id=%s kind=%s, want %q %s %s", i+1, f[0], got.Name, got.Gazetteer, got.Kind, f[3], f[4], f[5])
		}
		if got.Lat == 0 || got.Country == "" || got.NameEn == "" {
			t.Errorf("areas.tsv:%d: missing point, country or English name: %+v", i+1, got)
		}
	}
	if n < 10 {
		t.Fatalf("areas.tsv: only %d cases read", n)
	}
}

// A head noun before the first noun of a construct the gazetteer does not
// know finds nothing: «منطقة باب الحارة» is not الباب.
func TestConstructAfterHeadIsNoPlace(t *testing.T) {
	r := New(Options{})
	for _, s := range []string{
		"اندلعت اشتباكات في منطقة باب الحارة مساء أمس",
		"أغلقت الشرطة منطقة باب المدينة القديمة",
	} {
		for _, p := range r.Resolve(text.Read(s), nil) {
			if strings.Contains(p.Text, "باب") {
				t.Errorf("%q: place %q (%s), want none", s, p.Text, p.Gazetteer)
			}
		}
	}
	// A name the gazetteer writes with the article, followed by an
	// adjective, is still found when the text writes the article too.
	s := "وصلت التعزيزات إلى مدينة الباب الواقعة شمال حلب"
	found := false
	for _, p := range r.Resolve(text.Read(s), nil) {
		found = found || p.Gazetteer == "gn:174018"
	}
	if !found {
		t.Errorf("%q: الباب (gn:174018) not found", s)
	}
}

// The place stage mends two entity-boundary errors: a name cut in two
// (وخان | شيخون) and two conjoined places read as one (وماردين وجيلان بينار).
func TestEntityBoundaries(t *testing.T) {
	r := New(Options{})
	cases := []struct {
		text  string
		names []string
		span  string
		id    string
	}{
		{"وصل النازحون إلى سراقب وخان شيخون", []string{"سراقب", "وخان", "شيخون"}, "وخان شيخون", "gn:168325"},
		{"عبروا إلى وماردين وجيلان بينار", []string{"وماردين وجيلان بينار"}, "وماردين", "gn:304797"},
	}
	for _, c := range cases {
		places := r.Resolve(text.Read(c.text), loc(c.text, c.names...))
		found := false
		for _, p := range places {
			found = found || (p.Text == c.span && p.Gazetteer == c.id)
		}
		if !found {
			t.Errorf("%q: want %q = %s, got %+v", c.text, c.span, c.id, places)
		}
	}
}

// A town's head noun with the article («المدينة»، «البلدة») names nothing
// after it, whether the tagger marked the phrase or not; an area's head
// with the article still names an area («المنطقة الشرقية»), never a town.
func TestDefiniteHeadNamesNothing(t *testing.T) {
	r := New(Options{})
	for _, c := range []struct{ text, loc string }{
		{"وقال شهود إن الاشتباكات تجددت في المدينة صباح الأربعاء", "المدينة صباح"},
		{"وقال شهود إن الاشتباكات تجددت في المدينة صباح الأربعاء", ""},
		{"وتعرضت أحياء المدينة الشرقية لقصف عنيف", "المدينة الشرقية"},
		{"وعادت الكهرباء إلى البلدة مساء أمس", "البلدة مساء"},
	} {
		var ents []model.Entity
		if c.loc != "" {
			i := strings.Index(c.text, c.loc)
			ents = []model.Entity{{Span: model.SpanOf(c.text, i, i+len(c.loc)), Type: "LOC"}}
		}
		for _, p := range r.Resolve(text.Read(c.text), ents) {
			t.Errorf("%q: place %q (%s %s), want none", c.text, p.Text, p.Gazetteer, p.Country)
		}
	}
}

// A particle is never part of a place name; a country's adjective after a
// definite noun says whose, not where; a small far town the article gives
// no reason for is a misreading.
func TestNotPlaces(t *testing.T) {
	r := New(Options{})
	loc := func(s string, names ...string) []model.Entity {
		var out []model.Entity
		for _, n := range names {
			i := strings.Index(s, n)
			out = append(out, model.Entity{Span: model.SpanOf(s, i, i+len(n)), Type: "LOC"})
		}
		return out
	}
	for _, c := range []struct {
		text  string
		ents  []string
		wrong string
	}{
		{"وغادر آلاف المدنيين المنطقة إلى أراض خاضعة لسيطرة الحكومة", nil, "المنطقة إلى"},
		{"وأعلنت إسرائيل مسؤوليتها عن تدمير المنشأة السورية في دير الزور", []string{"السورية", "دير الزور"}, "السورية"},
		{"ووزعت الوكالة لقطات لصور من القصف على دوما في الغوطة الشرقية قرب دمشق", []string{"لصور", "دوما", "دمشق"}, "لصور"},
	} {
		for _, p := range r.Resolve(text.Read(c.text), loc(c.text, c.ents...)) {
			if p.Text == c.wrong {
				t.Errorf("%q: %q is a place (%s %s)", c.text, p.Text, p.Gazetteer, p.Country)
			}
		}
	}
	// The country itself, and its adjective with a proclitic, stay places.
	s := "وقال إن القوات دخلت سوريا عبر الحدود"
	if ps := r.Resolve(text.Read(s), loc(s, "سوريا")); len(ps) != 1 || ps[0].Country != "SY" {
		t.Errorf("%q: places %+v, want سوريا", s, ps)
	}
}

// A capital's bare name is the capital, even in an article whose other
// places are in a country with a small town of that name.
func TestCapitalOverFocusTown(t *testing.T) {
	s := "وقال مسؤولون في واشنطن ونيويورك وشيكاغو إن الوفد سيزور القاهرة الأسبوع المقبل"
	var ents []model.Entity
	for _, n := range []string{"واشنطن", "ونيويورك", "وشيكاغو", "القاهرة"} {
		i := strings.Index(s, n)
		ents = append(ents, model.Entity{Span: model.SpanOf(s, i, i+len(n)), Type: "LOC"})
	}
	for _, p := range New(Options{}).Resolve(text.Read(s), ents) {
		if p.Text == "القاهرة" && p.Country != "EG" {
			t.Errorf("القاهرة resolved to %s (%s), want Egypt's capital", p.Gazetteer, p.Country)
		}
	}
}

// A place the gazetteer lacks, which the text puts in one it knows, takes
// that place's point with Basis "parent".
func TestParentPoint(t *testing.T) {
	r := New(Options{})
	for _, c := range []struct{ text, small, parent string }{
		{"وسقطت قذائف على حي الصالحين الجديد في مدينة حلب صباح اليوم", "حي الصالحين الجديد", "حلب"},
		{"ونقل المعتقلون إلى سجن الزهراوي بريف دمشق", "سجن الزهراوي", "دمشق"},
		{"ووصلت المساعدات إلى مخيم الأمل قرب الرقة", "مخيم الأمل", "الرقة"},
	} {
		ents := []model.Entity{}
		i := strings.Index(c.text, c.parent)
		ents = append(ents, model.Entity{Span: model.SpanOf(c.text, i, i+len(c.parent)), Type: "LOC"})
		ps := r.Resolve(text.Read(c.text), ents)
		var small, parent *model.Place
		for k := range ps {
			switch {
			case ps[k].Text == c.small:
				small = &ps[k]
			case strings.Contains(ps[k].Text, c.parent):
				parent = &ps[k]
			}
		}
		if small == nil || parent == nil || small.Basis != "parent" || small.Lat != parent.Lat || small.Lon != parent.Lon {
			t.Errorf("%q: places %+v; want %q at %q's point", c.text, ps, c.small, c.parent)
		}
	}
	// With no place after it, a head noun and a name are no place.
	if ps := r.Resolve(text.Read("وقال سكان حي الأمل إن الوضع هادئ"), nil); len(ps) != 0 {
		t.Errorf("no parent: %+v", ps)
	}
}
