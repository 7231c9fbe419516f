package web

import (
	"html/template"
	"net/url"
	"sort"
	"strings"
	"unicode/utf8"
)

// Mark is a span of an article's text to highlight: byte offsets (end
// exclusive), the CSS class of its kind, a tooltip, and an optional link.
type Mark struct {
	Start, End int
	Class      string
	Title      string
	Href       string
	// ID, when set, is written on the mark's first piece, so a link can
	// point at the span (#ID).
	ID string
}

// Highlight returns text as HTML with each mark wrapped around its span. The
// text is cut at every mark boundary; each piece is escaped and wrapped in
// the marks that cover it, outermost (longest) first, so nested and
// overlapping marks both come out as well-formed HTML. Marks out of range,
// empty, or not on UTF-8 boundaries are dropped. At most one link wraps a
// piece (links cannot nest).
func Highlight(text string, marks []Mark) template.HTML {
	marks = validMarks(text, marks)
	bounds := boundaries(text, marks)
	var b strings.Builder
	b.Grow(len(text) * 2)
	for i := 0; i+1 < len(bounds); i++ {
		from, to := bounds[i], bounds[i+1]
		open := covering(marks, from, to)
		writePiece(&b, text[from:to], from, open)
	}
	return template.HTML(b.String())
}

func validMarks(text string, marks []Mark) []Mark {
	out := make([]Mark, 0, len(marks))
	for _, m := range marks {
		if m.Start < 0 || m.End > len(text) || m.Start >= m.End {
			continue
		}
		if !utf8.RuneStart(text[m.Start]) || (m.End < len(text) && !utf8.RuneStart(text[m.End])) {
			continue
		}
		out = append(out, m)
	}
	// Outer marks first: earlier start, then longer.
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Start != out[j].Start {
			return out[i].Start < out[j].Start
		}
		return out[i].End > out[j].End
	})
	return out
}

func boundaries(text string, marks []Mark) []int {
	set := map[int]bool{0: true, len(text): true}
	for _, m := range marks {
		set[m.Start], set[m.End] = true, true
	}
	out := make([]int, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}

// covering returns the marks that cover [from, to), longest first.
func covering(marks []Mark, from, to int) []Mark {
	var out []Mark
	for _, m := range marks {
		if m.Start > from {
			break
		}
		if m.End >= to {
			out = append(out, m)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].End-out[i].Start > out[j].End-out[j].Start })
	return out
}

func writePiece(b *strings.Builder, piece string, from int, open []Mark) {
	link := -1
	for i := len(open) - 1; i >= 0; i-- { // the innermost link wins
		if open[i].Href != "" {
			link = i
			break
		}
	}
	for i, m := range open {
		tag := "mark"
		if i == link {
			tag = "a"
		}
		b.WriteString("<" + tag + ` class="` + template.HTMLEscapeString(m.Class) + `"`)
		if m.Title != "" {
			b.WriteString(` title="` + template.HTMLEscapeString(m.Title) + `"`)
		}
		if i == link {
			b.WriteString(` href="` + template.HTMLEscapeString(m.Href) + `"`)
		}
		if m.ID != "" && m.Start == from {
			b.WriteString(` id="` + template.HTMLEscapeString(m.ID) + `"`)
		}
		b.WriteString(">")
	}
	b.WriteString(template.HTMLEscapeString(piece))
	for i := len(open) - 1; i >= 0; i-- {
		if i == link {
			b.WriteString("</a>")
		} else {
			b.WriteString("</mark>")
		}
	}
}

// entityHref is the page of a name.
func entityHref(name string) string {
	if strings.TrimSpace(name) == "" {
		return ""
	}
	return "/entities/" + url.PathEscape(name)
}
