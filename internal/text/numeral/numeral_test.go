package numeral

import (
	"testing"

	"github.com/marsad/marsad/internal/text"
)

func TestWhole(t *testing.T) {
	cases := []struct {
		s    string
		want float64
	}{
		{"ثلاثة آلاف", 3000}, {"مئتين وخمسين", 250}, {"ثلاثمئة", 300}, {"ثلاثمائة", 300}, {"عشرين ألفا", 20000},
		{"مليون ونصف", 1500000}, {"نصف مليون", 500000}, {"مليار", 1e9}, {"ربع مليون", 250000},
		{"خمسمائة و خمسة و عشرون", 525}, {"إحدى عشرة", 11}, {"اثنا عشر", 12}, {"مائة وخمسة وعشرين", 125},
		{"ثلاثة ملايين وخمسمائة ألف", 3500000}, {"ألف ومئتا", 1200}, {"3 آلاف", 3000}, {"1.5 مليون", 1500000},
		{"1,5 مليون", 1500000}, {"٢٫٥ مليار", 2.5e9}, {"٣٬٠٠٠", 3000}, {"3.000", 3000}, {"3,000", 3000},
		{"1,234.5", 1234.5}, {"0.77", 0.77}, {".77", 0.77}, {"-1.2", -1.2}, {"٧٧/١٠٠", 0.77}, {"۳۰۰", 300},
		{"واحد فاصلة خمسة", 1.5}, {"ألفين", 2000}, {"مليونين", 2e6}, {"ثماني", 8}, {"تسعة عشر ألفا", 19000},
		{"مائة وخمسون ألف", 150000}, {"ألف مليون", 1e9},
	}
	for _, c := range cases {
		got, ok := Whole(c.s)
		if !ok || got != c.want {
			t.Errorf("Whole(%q) = %v, %v; want %v", c.s, got, ok, c.want)
		}
	}
	for _, s := range []string{"", "ثلاثة عشرين", "15.10.2017", "أحد", "وخمسة مرحبا"} {
		if v, ok := Whole(s); ok {
			t.Errorf("Whole(%q) = %v, want no number", s, v)
		}
	}
}

func TestOrdinal(t *testing.T) {
	cases := []struct {
		s    string
		want float64
	}{
		{"الأول", 1}, {"الثالثة عشرة", 13}, {"الحادي والعشرين", 21}, {"الخامس و العشرون", 25},
		{"الأحد عشر", 11}, {"التسعون", 90}, {"ثامن", 8}, {"الثاني عشر", 12},
	}
	for _, c := range cases {
		got, ok := WholeOrdinal(c.s)
		if !ok || got != c.want {
			t.Errorf("WholeOrdinal(%q) = %v, %v; want %v", c.s, got, ok, c.want)
		}
	}
}

func TestVague(t *testing.T) {
	cases := []struct {
		s        string
		min, max float64
	}{
		{"عشرات", 20, 99}, {"مئات", 200, 999}, {"آلاف", 2000, 9999}, {"عشرات الآلاف", 20000, 99999},
		{"مئات آلاف", 200000, 999999}, {"بضعة آلاف", 3000, 9999}, {"عدة مئات", 300, 999}, {"ملايين", 2e6, 1e7 - 1},
	}
	for _, c := range cases {
		n, ok := Vague(text.Tokenize(c.s), 0)
		if !ok || n.Min != c.min || n.Max != c.max {
			t.Errorf("Vague(%q) = %v-%v, %v; want %v-%v", c.s, n.Min, n.Max, ok, c.min, c.max)
		}
	}
}

func FuzzCardinal(f *testing.F) {
	for _, s := range []string{"ثلاثة آلاف", "مليون ونصف", "1,5 مليون", "الحادي والعشرين", "عشرات الآلاف", "-١٢/١٠"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		toks := text.Tokenize(s)
		for i := range toks {
			for _, n := range []struct {
				n  Number
				ok bool
			}{pair(Cardinal(toks, i)), pair(Vague(toks, i)), pair(Ordinal(toks, i, true))} {
				if n.ok && (n.n.Start != i || n.n.End <= i || n.n.End > len(toks)) {
					t.Fatalf("bad token range %d-%d at %d in %q", n.n.Start, n.n.End, i, s)
				}
			}
		}
		for i := range toks {
			if r, ok := RelativeOrdinal(toks, i); ok && (r.Start != i || r.End <= i || r.End > len(toks)) {
				t.Fatalf("bad relative range %d-%d at %d in %q", r.Start, r.End, i, s)
			}
		}
		Whole(s)
		WholeOrdinal(s)
	})
}

func pair(n Number, ok bool) struct {
	n  Number
	ok bool
} {
	return struct {
		n  Number
		ok bool
	}{n, ok}
}

func TestRelativeOrdinal(t *testing.T) {
	cases := map[string]string{
		"الأخير": "end+0", "قبل الأخير": "end-1", "الثانية إلى الأخير": "end-1", "سبقت الأخيرة": "end-1",
		"التالي": "current+1", "السابقة": "current-1", "الحالي": "current+0", "آخر": "end+0",
	}
	for s, want := range cases {
		r, ok := RelativeOrdinal(text.Tokenize(s), 0)
		if !ok || r.String() != want {
			t.Errorf("RelativeOrdinal(%q) = %v, %v; want %s", s, r.String(), ok, want)
		}
	}
}
