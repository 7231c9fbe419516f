package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/net/html/charset"

	"github.com/marsad/marsad/internal/model"
)

// errNoMainText reports a page where no article text was found.
var errNoMainText = errors.New("no main text found in the page")

// htmlArticle extracts the article of a page: the main text through
// trafilatura (paragraphs kept, one a line), the title, the outlet
// (og:site_name, else the host), the publication date (article:published_time
// and similar meta first, keeping its time zone, else trafilatura's date) and
// the URL (canonical, else og:url, else pageURL). contentType is the HTTP
// Content-Type, if any, for the character set.
func (r *Reader) htmlArticle(data []byte, contentType, pageURL string) (model.Article, error) {
	rd, err := charset.NewReader(bytes.NewReader(data), contentType)
	if err != nil {
		return model.Article{}, fmt.Errorf("html: charset: %w", err)
	}
	doc, err := html.Parse(rd)
	if err != nil {
		return model.Article{}, fmt.Errorf("html: %w", err)
	}
	meta := readMeta(doc)
	opts := trafilatura.Options{EnableFallback: true, ExcludeComments: true, HtmlDateMode: trafilatura.Fast}
	if u, err := url.Parse(pageURL); err == nil && u.IsAbs() {
		opts.OriginalURL = u
	}
	res, err := trafilatura.ExtractDocument(doc, opts)
	if err != nil {
		return model.Article{}, fmt.Errorf("html: %w: %w", errNoMainText, err)
	}
	a := model.Article{Format: FormatHTML, Title: res.Metadata.Title}
	if a.Title == "" {
		a.Title = meta.title
	}
	a.Text = mainText(res.ContentNode, a.Title)
	if strings.TrimSpace(a.Text) == "" {
		return a, fmt.Errorf("html: %w", errNoMainText)
	}
	a.URL = firstNonEmpty(absURL(meta.canonical), absURL(meta.ogURL), absURL(res.Metadata.URL), absURL(pageURL))
	a.Outlet = firstNonEmpty(meta.siteName, res.Metadata.Sitename, hostOf(a.URL))
	a.Published = meta.published
	if a.Published.IsZero() {
		a.Published = res.Metadata.Date
	}
	if !a.Published.IsZero() {
		a.PublishedBasis = "metadata"
	}
	return a, nil
}

// mainText joins the paragraphs of trafilatura's content with "\n", leaving
// out a first paragraph that only repeats the title.
func mainText(content *html.Node, title string) string {
	ps := paragraphs(content)
	if len(ps) > 0 && title != "" && ps[0] == oneLine(title) {
		ps = ps[1:]
	}
	return strings.Join(ps, "\n")
}

// pageMeta is what the page's own tags say, read before trafilatura.
type pageMeta struct {
	title, siteName, canonical, ogURL string
	published                         time.Time
}

// publishedKeys are the meta names and properties that give the publication
// date, most trusted first.
var publishedKeys = []string{
	"article:published_time", "og:article:published_time", "datepublished",
	"publishdate", "pubdate", "dc.date.issued", "dcterms.created", "date",
}

// readMeta collects the page's meta tags, canonical link and <title>.
func readMeta(doc *html.Node) pageMeta {
	var m pageMeta
	dates := map[string]string{}
	var visit func(n *html.Node)
	visit = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.DataAtom {
			case atom.Meta:
				key := strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), attr(n, "itemprop")))
				content := strings.TrimSpace(attr(n, "content"))
				switch key {
				case "og:site_name":
					m.siteName = content
				case "og:url":
					m.ogURL = content
				default:
					if _, seen := dates[key]; !seen && content != "" {
						dates[key] = content
					}
				}
			case atom.Link:
				if strings.EqualFold(attr(n, "rel"), "canonical") && m.canonical == "" {
					m.canonical = attr(n, "href")
				}
			case atom.Title:
				if m.title == "" && n.FirstChild != nil {
					m.title = oneLine(n.FirstChild.Data)
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			visit(c)
		}
	}
	visit(doc)
	for _, k := range publishedKeys {
		if t, ok := ParseTimestamp(dates[k]); ok {
			m.published = t
			break
		}
	}
	return m
}

func attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// absURL returns s when it is an absolute http(s) URL, else "".
func absURL(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// hostOf is the host of an absolute URL without a leading "www.".
func hostOf(s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return ""
	}
	return strings.TrimPrefix(u.Hostname(), "www.")
}

func firstNonEmpty(list ...string) string {
	for _, s := range list {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}
