// Package warc reads Web ARChive files (ISO 28500, WARC/0.17 to WARC/1.1),
// plain or gzip-compressed (one gzip member per record, or the whole file in
// one member), using only the standard library.
package warc

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"net/textproto"
	"strconv"
	"strings"
)

// ErrTruncated reports a record whose block ends before its Content-Length.
var ErrTruncated = errors.New("record truncated")

// Record is one WARC record. Block reads its content block; it is valid until
// the next call to Reader.Next.
type Record struct {
	// Number is the record's position in the file, from 1.
	Number  int
	Version string
	Header  textproto.MIMEHeader
	// ContentLength is the declared length of Block.
	ContentLength int64
	Block         io.Reader
}

// Type is the record's WARC-Type (warcinfo, response, resource, request...).
func (r *Record) Type() string { return r.Header.Get("WARC-Type") }

// TargetURI is the record's WARC-Target-URI, without the angle brackets that
// WARC/1.1 drafts put around it.
func (r *Record) TargetURI() string {
	return strings.Trim(r.Header.Get("WARC-Target-URI"), "<> ")
}

// ContentType is the record's Content-Type header.
func (r *Record) ContentType() string { return r.Header.Get("Content-Type") }

// Reader reads records one after the other.
type Reader struct {
	br    *bufio.Reader
	tp    *textproto.Reader
	block *io.LimitedReader
	n     int
	err   error
}

// NewReader returns a Reader over r, decompressing it when it starts with
// the gzip magic number.
func NewReader(r io.Reader) (*Reader, error) {
	br := bufio.NewReader(r)
	magic, err := br.Peek(2)
	if err != nil && len(magic) == 0 {
		if err == io.EOF {
			return nil, errors.New("warc: empty input")
		}
		return nil, fmt.Errorf("warc: %w", err)
	}
	if bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("warc: gzip: %w", err)
		}
		br = bufio.NewReader(zr)
	}
	return &Reader{br: br, tp: textproto.NewReader(br)}, nil
}

// Next returns the next record, io.EOF after the last one, or an error naming
// the record that could not be read. After an error other than io.EOF the
// Reader stops: every later call returns the same error.
func (r *Reader) Next() (*Record, error) {
	if r.err != nil {
		return nil, r.err
	}
	if err := r.finishBlock(); err != nil {
		r.err = fmt.Errorf("warc record %d: %w", r.n, err)
		return nil, r.err
	}
	r.n++
	rec, err := r.next()
	if err != nil {
		if err != io.EOF {
			err = fmt.Errorf("warc record %d: %w", r.n, err)
		}
		r.err = err
		return nil, err
	}
	return rec, nil
}

func (r *Reader) next() (*Record, error) {
	version, err := r.versionLine()
	if err != nil {
		return nil, err
	}
	header, err := r.tp.ReadMIMEHeader()
	if err != nil {
		if _, perr := r.br.Peek(1); perr != nil {
			return nil, fmt.Errorf("header: %w", unexpected(perr)) // the file ends inside the header
		}
		return nil, fmt.Errorf("header: %w", unexpected(err))
	}
	cl := header.Get("Content-Length")
	n, err := strconv.ParseInt(strings.TrimSpace(cl), 10, 64)
	if err != nil || n < 0 {
		return nil, fmt.Errorf("bad Content-Length %q", cl)
	}
	r.block = &io.LimitedReader{R: r.br, N: n}
	return &Record{Number: r.n, Version: version, Header: header,
		ContentLength: n, Block: &blockReader{r.block}}, nil
}

// versionLine skips the blank lines between records and reads "WARC/x.y".
func (r *Reader) versionLine() (string, error) {
	for {
		line, err := r.tp.ReadLine()
		if err != nil {
			if err == io.EOF && line == "" {
				return "", io.EOF
			}
			return "", unexpected(err)
		}
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if !strings.HasPrefix(line, "WARC/") {
			if _, err := r.br.Peek(1); err != nil && strings.HasPrefix("WARC/", line) {
				return "", unexpected(err) // the file ends inside this line
			}
			return "", fmt.Errorf("expected a WARC/ version line, found %q", clip(line))
		}
		return line, nil
	}
}

// finishBlock skips what the caller left unread of the previous block.
func (r *Reader) finishBlock() error {
	if r.block == nil || r.block.N == 0 {
		return nil
	}
	if _, err := io.Copy(io.Discard, r.block); err != nil {
		return unexpected(err)
	}
	if r.block.N > 0 {
		return fmt.Errorf("%w: %d bytes missing", ErrTruncated, r.block.N)
	}
	return nil
}

// blockReader turns an early end of the block into ErrTruncated.
type blockReader struct{ l *io.LimitedReader }

func (b *blockReader) Read(p []byte) (int, error) {
	n, err := b.l.Read(p)
	switch {
	case err == io.EOF && b.l.N > 0:
		return n, fmt.Errorf("%w: %d bytes missing", ErrTruncated, b.l.N)
	case err == io.EOF, err == nil:
		return n, err
	}
	return n, unexpected(err)
}

// unexpected reports an end of input inside a record as ErrTruncated.
func unexpected(err error) error {
	if errors.Is(err, io.ErrUnexpectedEOF) || err == io.EOF {
		return fmt.Errorf("%w: %w", ErrTruncated, io.ErrUnexpectedEOF)
	}
	return err
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "..."
	}
	return s
}
