package entity

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

func defaultRecognizer(t testing.TB) *Recognizer {
	r, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func find(ents []model.Entity, surface string) *model.Entity {
	for i := range ents {
		if ents[i].Text == surface {
			return &ents[i]
		}
	}
	return nil
}

// Sentences written for this test; the registry-backed names must resolve
// whatever the tagger does.
func TestExtractResolves(t *testing.T) {
	r := defaultRecognizer(t)
	doc := "قالت قوات سوريا الديمقراطية إن مقاتليها دخلوا حي البدو. وأحصى المرصد السوري لحقوق الإنسان 12 قتيلا، بحسب ما نقلت وكالة فرانس برس. وقال المتحدث باسم قسد لرويترز إن المعارك مستمرة."
	ents := r.Extract(text.Read(doc))
	cases := []struct{ surface, kb, name, typ string }{
		{"قوات سوريا الديمقراطية", "sdf", "قوات سوريا الديمقراطية", "ORG"},
		{"المرصد السوري لحقوق الإنسان", "sohr", "المرصد السوري لحقوق الإنسان", "ORG"},
		{"قسد", "sdf", "قوات سوريا الديمقراطية", "ORG"},
		{"لرويترز", "reuters", "رويترز", "ORG"},
	}
	for _, c := range cases {
		e := find(ents, c.surface)
		if e == nil {
			t.Errorf("%q not found in %+v", c.surface, ents)
			continue
		}
		if e.KB == nil || *e.KB != c.kb || e.Name != c.name || e.Type != c.typ {
			t.Errorf("%q: got kb=%v name=%q type=%s", c.surface, e.KB, e.Name, e.Type)
		}
	}
}

func TestShortMentionTakesFullName(t *testing.T) {
	r := defaultRecognizer(t)
	ents := []model.Entity{{Type: "PER", Name: "محمود حسين"}}
	words := [][]string{{"محمود", "حسين"}}
	for _, surface := range []string{"حسين", "الحسين"} {
		toks := text.Tokenize(surface)
		if j := earlier(ents, words, nameWords(toks), "PER"); j != 0 {
			t.Errorf("%q should resolve to محمود حسين", surface)
		}
	}
	if j := earlier(ents, words, nameWords(text.Tokenize("خالد")), "PER"); j != -1 {
		t.Error("خالد should not resolve")
	}
	_ = r
}

func TestNameDropsProclitic(t *testing.T) {
	cases := map[string]string{"بالرقة": "الرقة", "وقوات سوريا": "قوات سوريا", "للجيش": "الجيش", "دمشق": "دمشق", "والمرصد": "المرصد"}
	for in, want := range cases {
		toks := text.Tokenize(in)
		if got := name(in, toks); got != want {
			t.Errorf("name(%q) = %q, want %q", in, got, want)
		}
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{"قال الرئيس في دمشق", "وقوات سوريا الديمقراطية، بالرقة (د.ب.أ)", "", "ال", "«المرصد» 3 x"} {
		f.Add(s)
	}
	r := defaultRecognizer(f)
	f.Fuzz(func(t *testing.T, s string) {
		d := text.Read(s)
		for _, e := range r.Extract(d) {
			if e.Start < 0 || e.End > len(s) || e.Start >= e.End || s[e.Start:e.End] != e.Text {
				t.Fatalf("bad span %+v in %q", e.Span, s)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	r := defaultRecognizer(b)
	d := text.Read("قالت قوات سوريا الديمقراطية إن مقاتليها دخلوا حي البدو في مدينة الرقة. وأحصى المرصد السوري لحقوق الإنسان 12 قتيلا، بحسب ما نقلت وكالة فرانس برس.")
	b.ResetTimer()
	for range b.N {
		r.Extract(d)
	}
}

func TestBackReference(t *testing.T) {
	r := defaultRecognizer(t)
	doc := "أعلن تنظيم الدولة الإسلامية مسؤوليته عن الهجوم. وقال التنظيم في بيان إن مقاتليه انسحبوا."
	ents := r.Extract(text.Read(doc))
	e := find(ents, "التنظيم")
	if e == nil || e.KB == nil || *e.KB != "isis" || e.Name != "تنظيم الدولة الإسلامية" {
		t.Fatalf("التنظيم should refer back to IS: %+v", ents)
	}
	for i := 1; i < len(ents); i++ {
		if ents[i].Start < ents[i-1].Start {
			t.Errorf("entities out of order: %+v", ents)
		}
	}
	if find(r.Extract(text.Read("وقال التنظيم في بيان إن مقاتليه انسحبوا.")), "التنظيم") != nil {
		t.Error("التنظيم with nothing before it must stay unresolved")
	}
}

func TestSpokesman(t *testing.T) {
	ents := []model.Entity{}
	doc := "قال المتحدث باسم الوزارة سامر الخطيب إن الوفد وصل. وأضاف المتحدث أن المحادثات مستمرة."
	d := text.Read(doc)
	// The person is given, as the tagger would give it.
	st := strings.Index(doc, "سامر الخطيب")
	ents = append(ents, model.Entity{Span: model.SpanOf(doc, st, st+len("سامر الخطيب")), Type: "PER", Name: "سامر الخطيب"})
	out := spokesmen(d, sentenceTokens(d), ents)
	if len(out) != 2 || out[1].Text != "المتحدث" || out[1].Name != "سامر الخطيب" {
		t.Fatalf("the second المتحدث should be سامر الخطيب: %+v", out)
	}
	if got := spokesmen(d, sentenceTokens(d), nil); len(got) != 0 {
		t.Errorf("no person introduced, nothing to resolve: %+v", got)
	}
}
