package main

import (
	"bytes"
	"cmp"
	"compress/gzip"
	"crypto/sha1"
	"encoding/base32"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"time"
)

// page is one HTML page to archive, with the address and date read from its
// own meta tags.
type page struct {
	url       *url.URL
	published time.Time
	html      []byte
}

var (
	canonicalRe = regexp.MustCompile(`<link rel="canonical" href="([^"]+)">`)
	publishedRe = regexp.MustCompile(`<meta property="article:published_time" content="([^"]+)">`)
)

// readPages reads every *.html of dir, oldest publication first.
func readPages(dir string) ([]page, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "*.html"))
	if err != nil {
		return nil, fmt.Errorf("list pages: %w", err)
	}
	if len(paths) == 0 {
		return nil, fmt.Errorf("list pages: no *.html in %s", dir)
	}
	var pages []page
	for _, path := range paths {
		p, err := readPage(path)
		if err != nil {
			return nil, fmt.Errorf("page %s: %w", path, err)
		}
		pages = append(pages, p)
	}
	slices.SortStableFunc(pages, func(a, b page) int { return cmp.Compare(a.published.Unix(), b.published.Unix()) })
	return pages, nil
}

func readPage(path string) (page, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return page{}, err
	}
	c, p := canonicalRe.FindSubmatch(data), publishedRe.FindSubmatch(data)
	if c == nil || p == nil {
		return page{}, fmt.Errorf("needs a canonical link and article:published_time")
	}
	u, err := url.Parse(string(c[1]))
	if err != nil {
		return page{}, fmt.Errorf("canonical link: %w", err)
	}
	t, err := time.Parse(time.RFC3339, string(p[1]))
	if err != nil {
		return page{}, fmt.Errorf("published time: %w", err)
	}
	return page{url: u, published: t, html: data}, nil
}

// buildWARC writes a WARC/1.1 file: a warcinfo record, then for each page a
// request and a response record, each compressed as its own gzip member.
// Pages are "crawled" two hours after they were published.
func buildWARC(pages []page) ([]byte, error) {
	var out bytes.Buffer
	info := recordID("warcinfo")
	first := pages[0].published.Add(2 * time.Hour)
	fields := "software: marsad demo generator (internal/demo/gen)\r\n" +
		"format: WARC File Format 1.1\r\n" +
		"description: fictional pages written for the marsad demo; not real reporting\r\n"
	if err := writeRecord(&out, []string{
		"WARC-Type: warcinfo",
		"WARC-Date: " + warcDate(first),
		"WARC-Record-ID: " + info,
		"WARC-Filename: pages.warc.gz",
		"Content-Type: application/warc-fields",
	}, []byte(fields)); err != nil {
		return nil, err
	}
	for _, p := range pages {
		if err := writeExchange(&out, p, info); err != nil {
			return nil, fmt.Errorf("record %s: %w", p.url, err)
		}
	}
	return out.Bytes(), nil
}

func writeExchange(out *bytes.Buffer, p page, info string) error {
	crawled := p.published.Add(2 * time.Hour)
	reqID, respID := recordID("request "+p.url.String()), recordID("response "+p.url.String())
	req := fmt.Sprintf("GET %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: marsad-demo/1.0\r\n"+
		"Accept: text/html\r\nAccept-Language: ar\r\n\r\n", p.url.RequestURI(), p.url.Host)
	resp := fmt.Sprintf("HTTP/1.1 200 OK\r\nDate: %s\r\nContent-Type: text/html; charset=utf-8\r\n"+
		"Content-Length: %d\r\n\r\n", crawled.UTC().Format(time.RFC1123), len(p.html))
	common := func(typ, id string) []string {
		return []string{
			"WARC-Type: " + typ,
			"WARC-Target-URI: " + p.url.String(),
			"WARC-Date: " + warcDate(crawled),
			"WARC-Record-ID: " + id,
			"WARC-Warcinfo-ID: " + info,
		}
	}
	reqHead := append(common("request", reqID), "WARC-Concurrent-To: "+respID,
		"Content-Type: application/http;msgtype=request")
	if err := writeRecord(out, reqHead, []byte(req)); err != nil {
		return err
	}
	respHead := append(common("response", respID),
		"WARC-Payload-Digest: "+digest(p.html),
		"Content-Type: application/http;msgtype=response")
	return writeRecord(out, respHead, append([]byte(resp), p.html...))
}

// writeRecord appends one record, as its own gzip member, to out.
func writeRecord(out *bytes.Buffer, head []string, block []byte) error {
	var rec bytes.Buffer
	rec.WriteString("WARC/1.1\r\n")
	for _, h := range head {
		rec.WriteString(h + "\r\n")
	}
	fmt.Fprintf(&rec, "WARC-Block-Digest: %s\r\nContent-Length: %d\r\n\r\n", digest(block), len(block))
	rec.Write(block)
	rec.WriteString("\r\n\r\n")
	zw := gzip.NewWriter(out)
	if _, err := zw.Write(rec.Bytes()); err != nil {
		return fmt.Errorf("gzip record: %w", err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("gzip record: %w", err)
	}
	return nil
}

// recordID derives a stable urn:uuid from a seed, so that rebuilding gives
// the same file.
func recordID(seed string) string {
	h := sha1.Sum([]byte("marsad-demo " + seed))
	h[6] = h[6]&0x0f | 0x50 // version 5 (name-based, SHA-1)
	h[8] = h[8]&0x3f | 0x80 // RFC 4122 variant
	return fmt.Sprintf("<urn:uuid:%x-%x-%x-%x-%x>", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

func digest(b []byte) string {
	h := sha1.Sum(b)
	return "sha1:" + base32.StdEncoding.EncodeToString(h[:])
}

func warcDate(t time.Time) string { return t.UTC().Format("2006-01-02T15:04:05Z") }
