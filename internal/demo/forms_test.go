package demo

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"path"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
)

// doc is one article as the tests find it in the corpus: its id as the
// contract names it, the form and file it is in, and the raw text to look
// for labelled spans in (the whole page for HTML and WARC, the decoded file
// for plain text).
type doc struct {
	id, form, file string
	raw            string
	meta           map[string]string // outlet, published, url when the form carries them
}

// readCorpus reads every document of the corpus with the few lines each form
// needs here; the real readers are the ingest package's business.
func readCorpus(t *testing.T) []doc {
	t.Helper()
	fsys := FS()
	var docs []doc
	for _, read := range []func(fs.FS) ([]doc, error){readJSONL, readHTML, readRSS, readWARC, readTxt} {
		d, err := read(fsys)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d...)
	}
	return docs
}

func readJSONL(fsys fs.FS) ([]doc, error) {
	data, err := fs.ReadFile(fsys, "articles.jsonl")
	if err != nil {
		return nil, fmt.Errorf("jsonl: %w", err)
	}
	var docs []doc
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		var a struct{ ID, URL, Outlet, Published, Title, Text string }
		dec := json.NewDecoder(bytes.NewReader(sc.Bytes()))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&a); err != nil {
			return nil, fmt.Errorf("jsonl line %d: %w", n, err)
		}
		if a.ID == "" || a.URL == "" || a.Outlet == "" || a.Published == "" || a.Title == "" || a.Text == "" {
			return nil, fmt.Errorf("jsonl line %d: a field is empty", n)
		}
		docs = append(docs, doc{id: a.ID, form: "jsonl", file: "articles.jsonl", raw: a.Text,
			meta: map[string]string{"outlet": a.Outlet, "published": a.Published, "url": a.URL}})
	}
	return docs, sc.Err()
}

func readHTML(fsys fs.FS) ([]doc, error) {
	paths, err := fs.Glob(fsys, "html/*.html")
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("html: no pages (%v)", err)
	}
	var docs []doc
	for _, p := range paths {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("html: %w", err)
		}
		for _, part := range []string{`<html lang="ar" dir="rtl">`, "<title>", "<nav", "<article", "<p>", "<aside", "<footer"} {
			if !bytes.Contains(data, []byte(part)) {
				return nil, fmt.Errorf("html: %s has no %s", p, part)
			}
		}
		docs = append(docs, doc{id: strings.TrimSuffix(path.Base(p), ".html"), form: "html", file: p,
			raw: string(data), meta: pageMeta(string(data))})
	}
	return docs, nil
}

// pageMeta reads the outlet, date and address from a page's meta tags.
func pageMeta(page string) map[string]string {
	attr := func(before string) string {
		_, rest, ok := strings.Cut(page, before)
		if !ok {
			return ""
		}
		v, _, _ := strings.Cut(rest, `"`)
		return v
	}
	return map[string]string{
		"outlet":    attr(`<meta property="og:site_name" content="`),
		"published": attr(`<meta property="article:published_time" content="`),
		"url":       attr(`<link rel="canonical" href="`),
	}
}

func readRSS(fsys fs.FS) ([]doc, error) {
	data, err := fs.ReadFile(fsys, "feed.rss")
	if err != nil {
		return nil, fmt.Errorf("rss: %w", err)
	}
	var feed struct {
		Channel struct {
			Title string `xml:"title"`
			Items []struct {
				Title       string `xml:"title"`
				Link        string `xml:"link"`
				PubDate     string `xml:"pubDate"`
				Description string `xml:"description"`
				Content     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
			} `xml:"item"`
		} `xml:"channel"`
	}
	if err := xml.Unmarshal(data, &feed); err != nil {
		return nil, fmt.Errorf("rss: %w", err)
	}
	var docs []doc
	for _, it := range feed.Channel.Items {
		if it.Title == "" || it.Link == "" || it.PubDate == "" || it.Content == "" {
			return nil, fmt.Errorf("rss: item %q lacks a field", it.Link)
		}
		docs = append(docs, doc{id: it.Link, form: "rss", file: "feed.rss", raw: it.Content,
			meta: map[string]string{"url": it.Link}})
	}
	return docs, nil
}

// readWARC checks that every gzip member holds one WARC record and returns
// the response records.
func readWARC(fsys fs.FS) ([]doc, error) {
	data, err := fs.ReadFile(fsys, "pages.warc.gz")
	if err != nil {
		return nil, fmt.Errorf("warc: %w", err)
	}
	br := bufio.NewReader(bytes.NewReader(data)) // a ByteReader: gzip stops at each member's end
	zr, err := gzip.NewReader(br)
	if err != nil {
		return nil, fmt.Errorf("warc: %w", err)
	}
	var docs []doc
	types := map[string]int{}
	for {
		zr.Multistream(false)
		rec, err := io.ReadAll(zr)
		if err != nil {
			return nil, fmt.Errorf("warc: record %d: %w", len(types), err)
		}
		typ, uri, block, err := warcRecord(string(rec))
		if err != nil {
			return nil, err
		}
		types[typ]++
		if typ == "response" {
			body, err := httpBody(block)
			if err != nil {
				return nil, fmt.Errorf("warc: %s: %w", uri, err)
			}
			docs = append(docs, doc{id: uri, form: "warc", file: "pages.warc.gz", raw: body, meta: pageMeta(body)})
		}
		if err := zr.Reset(br); errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			return nil, fmt.Errorf("warc: %w", err)
		}
	}
	if types["warcinfo"] != 1 || types["request"] != len(docs) || types["response"] != len(docs) {
		return nil, fmt.Errorf("warc: records %v, want one warcinfo and a request per response", types)
	}
	return docs, nil
}

// warcRecord checks a record's version line and length, and returns its
// type, target and block.
func warcRecord(rec string) (typ, uri, block string, err error) {
	head, rest, ok := strings.Cut(rec, "\r\n\r\n")
	if !ok || !strings.HasPrefix(head, "WARC/1.1\r\n") {
		return "", "", "", fmt.Errorf("warc: a record does not start with a WARC/1.1 header block")
	}
	length := -1
	for _, line := range strings.Split(head, "\r\n") {
		if v, ok := strings.CutPrefix(line, "WARC-Type: "); ok {
			typ = v
		}
		if v, ok := strings.CutPrefix(line, "WARC-Target-URI: "); ok {
			uri = v
		}
		if v, ok := strings.CutPrefix(line, "Content-Length: "); ok {
			length, _ = strconv.Atoi(v)
		}
	}
	if typ == "" || (typ != "warcinfo" && uri == "") {
		return "", "", "", fmt.Errorf("warc: record without type or target")
	}
	if length != len(rest)-len("\r\n\r\n") || !strings.HasSuffix(rest, "\r\n\r\n") {
		return "", "", "", fmt.Errorf("warc: %s record: Content-Length %d, block of %d bytes", typ, length, len(rest)-4)
	}
	return typ, uri, rest[:length], nil
}

// httpBody reads the HTTP response a WARC response record holds.
func httpBody(block string) (string, error) {
	resp, err := http.ReadResponse(bufio.NewReader(strings.NewReader(block)), nil)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return "", err
	}
	if resp.StatusCode != http.StatusOK || int64(len(body)) != resp.ContentLength || len(body) == 0 {
		return "", fmt.Errorf("status %d, %d of %d body bytes", resp.StatusCode, len(body), resp.ContentLength)
	}
	return string(body), nil
}

// readTxt reads the plain texts; NAME.cp1256.txt is decoded from Windows-1256.
func readTxt(fsys fs.FS) ([]doc, error) {
	paths, err := fs.Glob(fsys, "txt/*.txt")
	if err != nil || len(paths) == 0 {
		return nil, fmt.Errorf("txt: no files (%v)", err)
	}
	var docs []doc
	for _, p := range paths {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return nil, fmt.Errorf("txt: %w", err)
		}
		raw := string(data)
		if strings.HasSuffix(p, ".cp1256.txt") {
			if utf8.Valid(data) {
				return nil, fmt.Errorf("txt: %s is valid UTF-8, not Windows-1256", p)
			}
			if raw, err = charmap.Windows1256.NewDecoder().String(raw); err != nil {
				return nil, fmt.Errorf("txt: %s: %w", p, err)
			}
		}
		// The contract's id for a file: its name without the extension.
		docs = append(docs, doc{id: strings.TrimSuffix(path.Base(p), path.Ext(p)), form: "txt", file: p, raw: raw})
	}
	return docs, nil
}
