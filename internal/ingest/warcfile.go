package ingest

import (
	"bufio"
	"compress/flate"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"

	"github.com/marsad/marsad/internal/ingest/warc"
	"github.com/marsad/marsad/internal/model"
)

// errNotHTML marks a record that holds no HTML page: skipped, not an error.
var errNotHTML = errors.New("not an HTML page")

// readWARC reads a WARC file: every response record carrying an HTML page
// (and every resource record of type text/html) is an article read by the
// HTML reader, with the record's target URI as id. Other records are
// skipped. A bad record is reported as "name#record-N"; a record whose
// Content-Length is wrong is reported and the next record read; a
// truncated file is reported after the records before the cut.
func (r *Reader) readWARC(ctx context.Context, rd io.Reader, name string, e *emitter) {
	wr, err := warc.NewReader(rd)
	if err != nil {
		e.fail(name, err)
		return
	}
	cut := false // a record error already told of a truncated file
	for {
		rec, err := wr.Next()
		if err == io.EOF {
			return
		}
		if errors.Is(err, warc.ErrBadLength) {
			if !e.fail(name, err) { // that record is skipped; the next is read
				return
			}
			continue
		}
		if err != nil {
			if !cut {
				e.fail(name, err)
			}
			return
		}
		src := fmt.Sprintf("%s#record-%d", name, rec.Number)
		if ctx.Err() != nil {
			e.fail(src, ctx.Err())
			return
		}
		a, err := r.recordArticle(rec)
		switch {
		case errors.Is(err, errNotHTML):
			continue
		case err != nil:
			cut = errors.Is(err, warc.ErrTruncated) || errors.Is(err, io.ErrUnexpectedEOF)
			if !e.fail(src, err) {
				return
			}
			continue
		}
		a.Source = src
		if !e.article(a) {
			return
		}
	}
}

// recordArticle reads the article of one record, or errNotHTML.
func (r *Reader) recordArticle(rec *warc.Record) (model.Article, error) {
	page, contentType, err := r.recordPage(rec)
	if err == nil {
		err = checkBinary(page)
	}
	if err != nil {
		return model.Article{}, err
	}
	a, err := r.htmlArticle(page, contentType, rec.TargetURI())
	if err != nil {
		return a, err
	}
	a.ID, a.Format = rec.TargetURI(), FormatWARC
	if a.ID == "" {
		a.ID = a.URL
	}
	if a.URL == "" {
		a.URL = absURL(a.ID)
	}
	return a, nil
}

// recordPage returns the HTML page a record carries and its Content-Type,
// or errNotHTML.
func (r *Reader) recordPage(rec *warc.Record) ([]byte, string, error) {
	if rec.ContentLength > r.opts.MaxFileSize+64<<10 {
		return nil, "", fmt.Errorf("record of %d bytes is over the %d-byte limit (MaxFileSize)", rec.ContentLength, r.opts.MaxFileSize)
	}
	switch rec.Type() {
	case "resource":
		if !isHTMLType(rec.ContentType()) {
			return nil, "", errNotHTML
		}
		data, err := r.readAll(rec.Block)
		return data, rec.ContentType(), err
	case "response":
		if !strings.HasPrefix(strings.ToLower(rec.ContentType()), "application/http") {
			return nil, "", errNotHTML
		}
		return r.httpPage(rec.Block)
	}
	return nil, "", errNotHTML
}

// httpPage reads the HTTP response inside a response record: the status,
// headers and body (chunked and gzip or deflate encodings undone).
func (r *Reader) httpPage(block io.Reader) ([]byte, string, error) {
	resp, err := http.ReadResponse(bufio.NewReader(block), nil)
	if err != nil {
		return nil, "", fmt.Errorf("http response: %w", err)
	}
	defer resp.Body.Close()
	contentType := resp.Header.Get("Content-Type")
	if resp.StatusCode != http.StatusOK || !isHTMLType(contentType) {
		return nil, "", errNotHTML
	}
	body, err := decodeBody(resp.Body, resp.Header.Get("Content-Encoding"))
	if err != nil {
		return nil, "", err
	}
	data, err := r.readAll(body)
	if err != nil {
		return nil, "", fmt.Errorf("http body: %w", err)
	}
	return data, contentType, nil
}

// decodeBody undoes a gzip or deflate Content-Encoding.
func decodeBody(body io.Reader, encoding string) (io.Reader, error) {
	switch strings.ToLower(strings.TrimSpace(encoding)) {
	case "", "identity":
		return body, nil
	case "gzip", "x-gzip":
		zr, err := gzip.NewReader(body)
		if err != nil {
			return nil, fmt.Errorf("http body: gzip: %w", err)
		}
		return zr, nil
	case "deflate":
		return flate.NewReader(body), nil
	}
	return nil, fmt.Errorf("http body: unsupported Content-Encoding %q", encoding)
}

// isHTMLType reports whether a Content-Type names an HTML page.
func isHTMLType(contentType string) bool {
	mt, _, err := mime.ParseMediaType(contentType)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(contentType, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}
