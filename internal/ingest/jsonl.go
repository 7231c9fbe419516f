package ingest

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/model"
)

// jsonRecord is one line of a JSON Lines file. Every field but text is
// optional; source stands for outlet and date for published when those are
// absent.
type jsonRecord struct {
	ID        jsonID `json:"id"`
	URL       string `json:"url"`
	Outlet    string `json:"outlet"`
	Source    string `json:"source"`
	Published string `json:"published"`
	Date      string `json:"date"`
	Title     string `json:"title"`
	Text      string `json:"text"`
}

// jsonID accepts an id written as a string or as a number.
type jsonID string

func (id *jsonID) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*id = jsonID(s)
		return nil
	}
	var n json.Number
	if err := json.Unmarshal(b, &n); err != nil {
		return errors.New("id is neither a string nor a number")
	}
	*id = jsonID(n.String())
	return nil
}

// readJSONL reads one article a line. Blank lines are skipped; a line that
// is not a JSON object with a text, or longer than MaxFileSize, is reported
// as "name:line" and the next line is read.
func (r *Reader) readJSONL(ctx context.Context, rd io.Reader, name string, e *emitter) {
	lines := newLineReader(rd, r.opts.MaxFileSize)
	for n := 1; ; n++ {
		line, err := lines.next()
		if err == io.EOF {
			return
		}
		src := name + ":" + strconv.Itoa(n)
		if ctx.Err() != nil {
			e.fail(src, ctx.Err())
			return
		}
		switch {
		case errors.Is(err, errLineTooLong):
			if !e.fail(src, err) {
				return
			}
		case err != nil:
			e.fail(src, fmt.Errorf("read: %w", pathError(err)))
			return
		case len(bytes.TrimSpace(line)) == 0:
		default:
			a, badDate, err := parseJSONLine(line)
			if err != nil {
				if !e.fail(src, err) {
					return
				}
				continue
			}
			a.Source = src
			warning := ""
			if badDate != "" {
				warning = fmt.Sprintf("%s: the date %q is no date; the publication date is taken from the text's dateline, when it has one", src, clipped(badDate))
			}
			if !e.articleWarning(a, warning) {
				return
			}
		}
	}
}

// ParseJSONLine reads one JSON Lines record into an article (not yet
// normalised). The id is the record's id, else its url; when both are
// absent the Reader uses the content hash.
func ParseJSONLine(line []byte) (model.Article, error) {
	a, _, err := parseJSONLine(line)
	return a, err
}

// parseJSONLine is ParseJSONLine, and also returns the metadata date it
// could not read ("" when it read it or there was none).
func parseJSONLine(line []byte) (model.Article, string, error) {
	var rec jsonRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return model.Article{}, "", fmt.Errorf("invalid JSON: %w", err)
	}
	if rec.Text == "" {
		return model.Article{}, "", errors.New(`no "text" field`)
	}
	a := model.Article{
		ID: string(rec.ID), URL: rec.URL, Title: rec.Title, Text: rec.Text,
		Outlet: firstNonEmpty(rec.Outlet, rec.Source), Format: FormatJSONL,
	}
	if a.ID == "" {
		a.ID = rec.URL
	}
	date := strings.TrimSpace(firstNonEmpty(rec.Published, rec.Date))
	if t, ok := ParseTimestamp(date); ok {
		a.Published, a.PublishedBasis = t, "metadata"
		date = ""
	}
	return a, date, nil
}

// errLineTooLong reports a line over the size limit; the line is skipped.
var errLineTooLong = errors.New("line too long")

// lineReader reads lines of any length up to a limit, skipping longer ones
// without holding them in memory.
type lineReader struct {
	br    *bufio.Reader
	limit int64
	buf   []byte
}

func newLineReader(rd io.Reader, limit int64) *lineReader {
	return &lineReader{br: bufio.NewReaderSize(rd, 256<<10), limit: limit}
}

// next returns the next line without its end of line, io.EOF at the end, or
// errLineTooLong (the line is then skipped).
func (l *lineReader) next() ([]byte, error) {
	l.buf = l.buf[:0]
	var size int64
	for {
		chunk, err := l.br.ReadSlice('\n')
		size += int64(len(chunk))
		if size <= l.limit+1 {
			l.buf = append(l.buf, chunk...)
		}
		switch {
		case err == bufio.ErrBufferFull:
			continue
		case err == io.EOF && size == 0:
			return nil, io.EOF
		case err != nil && err != io.EOF:
			return nil, err
		}
		if size > l.limit+1 {
			return nil, fmt.Errorf("%w: %d bytes, over the %d-byte limit (MaxFileSize)", errLineTooLong, size, l.limit)
		}
		return bytes.TrimRight(l.buf, "\r\n"), nil
	}
}

// clipped cuts a value quoted in a message to 40 bytes.
func clipped(s string) string {
	if len(s) > 40 {
		for i := 40; i > 0; i-- {
			if utf8.RuneStart(s[i]) {
				return s[:i] + "…"
			}
		}
	}
	return s
}
