package web

import (
	"html"
	"regexp"
	"strings"
	"testing"
)

func TestHighlight(t *testing.T) {
	text := "قال سامر الحداد إن نحو 300 مقاتل بقوا."
	at := func(s string) (int, int) {
		i := strings.Index(text, s)
		return i, i + len(s)
	}
	mk := func(s, class, href string) Mark {
		a, b := at(s)
		return Mark{Start: a, End: b, Class: class, Href: href}
	}
	cases := []struct {
		name  string
		marks []Mark
		want  string
	}{
		{"none", nil, text},
		{"one", []Mark{mk("نحو 300 مقاتل", "q", "")},
			`قال سامر الحداد إن <mark class="q">نحو 300 مقاتل</mark> بقوا.`},
		{"nested", []Mark{mk(text, "c", ""), mk("سامر الحداد", "p", "/e")},
			`<mark class="c">قال </mark><mark class="c"><a class="p" href="/e">سامر الحداد</a></mark><mark class="c"> إن نحو 300 مقاتل بقوا.</mark>`},
		{"overlapping", []Mark{mk("الحداد إن", "a", ""), mk("إن نحو", "b", "")},
			`قال سامر <mark class="a">الحداد </mark><mark class="a"><mark class="b">إن</mark></mark><mark class="b"> نحو</mark> 300 مقاتل بقوا.`},
		{"same span, two kinds", []Mark{mk("سامر الحداد", "x", "/1"), mk("سامر الحداد", "y", "/2")},
			`قال <mark class="x"><a class="y" href="/2">سامر الحداد</a></mark> إن نحو 300 مقاتل بقوا.`},
		{"out of range and inside a letter are dropped", []Mark{{Start: -1, End: 3, Class: "z"}, {Start: 1, End: 4, Class: "z"},
			{Start: 5, End: 999, Class: "z"}, {Start: 4, End: 4, Class: "z"}}, text},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := string(Highlight(text, c.marks)); got != c.want {
				t.Errorf("\n got %s\nwant %s", got, c.want)
			}
		})
	}
}

func TestHighlightEscapes(t *testing.T) {
	text := `<script>alert("x")</script> & <b>نص</b>`
	got := string(Highlight(text, []Mark{{Start: 0, End: 8, Class: `q" onclick="x`, Title: `"><img src=x>`, Href: `/e?a="b"`}}))
	if strings.Contains(got, "<script>") || strings.Contains(got, "<b>") || strings.Contains(got, `" onclick`) || strings.Contains(got, "<img") {
		t.Errorf("unescaped markup: %s", got)
	}
	if stripTags(got) != text {
		t.Errorf("text changed: %q", stripTags(got))
	}
}

var tag = regexp.MustCompile(`<[^>]*>`)

func stripTags(s string) string { return html.UnescapeString(tag.ReplaceAllString(s, "")) }

// FuzzHighlight checks that any marks give well-formed output whose text is
// the input's, and never panic.
func FuzzHighlight(f *testing.F) {
	f.Add("قال سامر الحداد إن نحو 300 مقاتل", 0, 6, 4, 20, 10, 30)
	f.Add("<a href=x>", 0, 2, 1, 5, -3, 100)
	f.Fuzz(func(t *testing.T, text string, a, b, c, d, e, g int) {
		marks := []Mark{{Start: a, End: b, Class: "x", Href: "/1"}, {Start: c, End: d, Class: "y", Href: "/2"}, {Start: e, End: g, Class: "z"}}
		got := string(Highlight(text, marks))
		// The escaper turns NUL into U+FFFD, as html/template does.
		if want := strings.ReplaceAll(text, "\x00", "\uFFFD"); stripTags(got) != want {
			t.Fatalf("text changed: %q -> %q", text, got)
		}
		if strings.Count(got, "<mark")+strings.Count(got, "<a ") != strings.Count(got, "</mark>")+strings.Count(got, "</a>") {
			t.Fatalf("unbalanced tags: %q", got)
		}
		if strings.Count(got, "<a ") > 0 && strings.Contains(got, "<a class=\"x\" href=\"/1\"><a") {
			t.Fatalf("nested links: %q", got)
		}
	})
}

func TestVagueFiguresShowTheirWord(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	cases := []struct {
		value, lo, hi *float64
		approx        bool
		want, title   string
	}{
		{nil, f(200), f(999), true, "مئات", "بين 200 و999"},
		{nil, f(20000), f(99999), true, "عشرات الآلاف", "بين 20000 و99999"},
		{nil, f(250), f(300), false, "بين 250 و300", ""},
		{nil, f(250), f(300), true, "نحو بين 250 و300", ""},
		{f(400), f(400), f(400), true, "نحو 400", ""},
		{f(100), f(100), nil, false, "لا يقل عن 100", ""},
		{f(200), nil, f(200), false, "لا يزيد على 200", ""},
	}
	for _, c := range cases {
		if got := figure(c.value, c.lo, c.hi, c.approx); got != c.want {
			t.Errorf("figure = %q, want %q", got, c.want)
		}
		if got := figureTitle(c.value, c.lo, c.hi, c.approx); got != c.title {
			t.Errorf("figureTitle = %q, want %q", got, c.title)
		}
	}
}
