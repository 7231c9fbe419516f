package ingest

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// blockElements start a new paragraph.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Li: true, atom.Ul: true, atom.Ol: true, atom.Dl: true,
	atom.Dt: true, atom.Dd: true, atom.Blockquote: true, atom.Pre: true, atom.Table: true,
	atom.Tr: true, atom.Section: true, atom.Article: true, atom.Header: true, atom.Footer: true,
	atom.Figure: true, atom.Figcaption: true, atom.Hr: true, atom.Br: true, atom.Address: true,
	atom.Main: true, atom.Aside: true, atom.Nav: true, atom.Form: true, atom.Body: true,
}

// skippedElements hold no reading text.
var skippedElements = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Head: true, atom.Iframe: true, atom.Svg: true, atom.Math: true, atom.Button: true,
	atom.Select: true, atom.Object: true,
}

// paragraphs returns the text under n, one paragraph a line: block elements
// and <br> break lines, white space inside a paragraph collapses to one space.
func paragraphs(n *html.Node) []string {
	var p paragrapher
	p.walk(n)
	p.flush()
	return p.out
}

type paragrapher struct {
	cur strings.Builder
	out []string
}

func (p *paragrapher) walk(n *html.Node) {
	if n == nil {
		return
	}
	switch n.Type {
	case html.TextNode:
		p.cur.WriteString(n.Data)
		return
	case html.ElementNode:
		tag := tagOf(n)
		if skippedElements[tag] {
			return
		}
		if tag == atom.Td || tag == atom.Th {
			p.cur.WriteByte(' ')
		}
	case html.CommentNode, html.DoctypeNode:
		return
	}
	block := n.Type == html.ElementNode && blockElements[tagOf(n)]
	if block {
		p.flush()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		p.walk(c)
	}
	if block {
		p.flush()
	}
}

// tagOf is the element's atom, looked up from its name when the node was
// built by hand (trafilatura's output nodes carry no atom).
func tagOf(n *html.Node) atom.Atom {
	if n.DataAtom != 0 {
		return n.DataAtom
	}
	return atom.Lookup([]byte(strings.ToLower(n.Data)))
}

func (p *paragrapher) flush() {
	if s := oneLine(p.cur.String()); s != "" {
		p.out = append(p.out, s)
	}
	p.cur.Reset()
}

// fragmentParagraphs reads an HTML fragment (a feed's description) or plain
// text as paragraphs joined by "\n". Plain text keeps its own line breaks.
func fragmentParagraphs(s string) string {
	if !strings.Contains(s, "<") {
		s = html.UnescapeString(s)
		var lines []string
		for _, l := range strings.Split(s, "\n") {
			if l = oneLine(l); l != "" {
				lines = append(lines, l)
			}
		}
		return strings.Join(lines, "\n")
	}
	body := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(s), body)
	if err != nil {
		return ""
	}
	for _, n := range nodes {
		body.AppendChild(n)
	}
	return strings.Join(paragraphs(body), "\n")
}
