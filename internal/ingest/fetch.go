package ingest

import (
	"bytes"
	"context"
	"fmt"
	"mime"
	"net/http"
	"strings"
)

// readURL fetches an http(s) URL given as a path: a page when the server
// says text/html, else a feed (or whatever its first bytes say it is).
func (r *Reader) readURL(ctx context.Context, u string, e *emitter) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
	if err != nil {
		e.fail(u, fmt.Errorf("fetch: %w", err))
		return
	}
	req.Header.Set("User-Agent", "marsad (+https://github.com/marsad/marsad)")
	req.Header.Set("Accept", "application/rss+xml, application/atom+xml, application/xml, text/xml, text/html;q=0.9, */*;q=0.5")
	resp, err := r.client.Do(req)
	if err != nil {
		e.fail(u, fmt.Errorf("fetch: %w", err))
		return
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		e.fail(u, fmt.Errorf("fetch: HTTP status %s", resp.Status))
		return
	}
	data, err := r.readAll(resp.Body)
	if err != nil {
		e.fail(u, fmt.Errorf("fetch: %w", err))
		return
	}
	if len(bytes.TrimSpace(data)) == 0 {
		e.fail(u, fmt.Errorf("fetch: empty response"))
		return
	}
	final := u
	if resp.Request != nil && resp.Request.URL != nil {
		final = resp.Request.URL.String()
	}
	contentType := resp.Header.Get("Content-Type")
	r.readDocument(urlFormat(contentType, data), data, u, final, contentType, e)
}

// urlFormat decides how to read a fetched document: by its media type when
// that is HTML or a feed, else by sniffing. Plain text is read as text.
func urlFormat(contentType string, data []byte) string {
	mt, _, _ := mime.ParseMediaType(contentType)
	switch {
	case isHTMLType(contentType):
		return FormatHTML
	case strings.Contains(mt, "rss"), strings.Contains(mt, "atom"), strings.HasSuffix(mt, "xml"):
		return FormatFeed
	case mt == "text/plain":
		return FormatText
	}
	head := data
	if len(head) > sniffSize {
		head = head[:sniffSize]
	}
	if f := sniff(head); f == FormatHTML || f == FormatFeed {
		return f
	}
	return FormatText
}
