package store

import (
	"errors"
	"sort"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/text"
)

func TestParseQuery(t *testing.T) {
	term := func(w string) string { return text.Terms(w)[0] }
	q := func(w string) string { return `"` + term(w) + `"` }
	for _, c := range []struct{ in, want string }{
		{"حلب", q("حلب")},
		{"حلب دمشق", q("حلب") + " AND " + q("دمشق")},
		{"حلب OR دمشق", "(" + q("حلب") + " OR " + q("دمشق") + ")"},
		{"قصف حلب أو دمشق", q("قصف") + " AND (" + q("حلب") + " OR " + q("دمشق") + ")"},
		{`"مجلس الأمن"`, `"` + term("مجلس") + " " + term("الأمن") + `"`},
		{"سوريا -روسيا", "(" + q("سوريا") + ") NOT " + q("روسيا")},
		{`حلب -"مجلس الأمن"`, "(" + q("حلب") + `) NOT "` + term("مجلس") + " " + term("الأمن") + `"`},
		{`"*) OR NEAR(`, `"or near"`},
		{"OR حلب", q("حلب")},
		{"", ""},
	} {
		got, err := parseQuery(c.in)
		if err != nil || got.match != c.want {
			t.Errorf("parseQuery(%q) = %q, %v; want %q", c.in, got.match, err, c.want)
		}
	}
	if _, err := parseQuery("-روسيا"); !errors.Is(err, ErrQuery) {
		t.Errorf("only an exclusion: %v, want ErrQuery", err)
	}
}

// TestSearchSyntax runs each form of the syntax on a store.
func TestSearchSyntax(t *testing.T) {
	s := openTemp(t)
	ctx := t.Context()
	docs := map[string]string{
		"aleppo":  "قصف على حلب أمس ودمار في الأحياء الشرقية.",
		"damas":   "قصف على دمشق وسقوط قذائف في الأحياء.",
		"council": "اجتمع مجلس الأمن لبحث الوضع في حلب.",
		"russia":  "قالت روسيا إن قواتها قصفت مواقع قرب حلب.",
	}
	var recs []Record
	for id, body := range docs {
		recs = append(recs, record(id, body, 1))
	}
	if _, err := s.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		q    string
		want []string
	}{
		{"قصف حلب", []string{"aleppo", "russia"}}, // قصفت is قصف in the matching form
		{"حلب OR دمشق", []string{"aleppo", "council", "damas", "russia"}},
		{"قصف دمشق أو حلب", []string{"aleppo", "damas", "russia"}},
		{`"مجلس الأمن"`, []string{"council"}},
		{`"الأمن مجلس"`, nil},
		{"حلب -روسيا", []string{"aleppo", "council"}},
		{`حلب -"مجلس الأمن" -روسيا`, []string{"aleppo"}},
	} {
		hits, total, err := s.Search(ctx, c.q, ArticleQuery{})
		if err != nil {
			t.Fatalf("%q: %v", c.q, err)
		}
		var got []string
		for _, h := range hits {
			got = append(got, h.ID)
		}
		sort.Strings(got)
		if strings.Join(got, ",") != strings.Join(c.want, ",") || total != len(c.want) {
			t.Errorf("%q: %v (total %d), want %v", c.q, got, total, c.want)
		}
	}
}
