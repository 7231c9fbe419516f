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
// the record that could not be read. After ErrBadLength the next call reads
// the record that follows; after any other error the Reader stops: every
// later call returns the same error.
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
		if !errors.Is(err, ErrBadLength) {
			r.err = err // a bad length was mended: the next call reads on
		}
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
	if n <= maxChecked {
		block, err := r.checkedBlock(n)
		if err != nil {
			return nil, err
		}
		r.block = &io.LimitedReader{R: bytes.NewReader(block), N: int64(len(block))}
		return &Record{Number: r.n, Version: version, Header: header,
			ContentLength: int64(len(block)), Block: &blockReader{r.block}}, nil
	}
	r.block = &io.LimitedReader{R: r.br, N: n}
	return &Record{Number: r.n, Version: version, Header: header,
		ContentLength: n, Block: &blockReader{r.block}}, nil
}

// maxChecked is the largest block read whole so that a wrong
// Content-Length can be told and mended; larger blocks are streamed.
const maxChecked = 64 << 20

// ErrBadLength reports a record whose Content-Length does not end its
// block where the next record begins. The record is skipped; the reader
// goes on with the next one.
var ErrBadLength = errors.New("Content-Length does not match the record")

// recordStart is what begins every record after the first: the block's
// end (two CRLFs) and a version line.
var recordStart = []byte("\r\n\r\nWARC/")

// checkedBlock reads a block of n bytes and checks that a record (or the
// end of the file) follows it. When one does not, the Content-Length is
// wrong: a record that begins inside the block is where the block really
// ends (it is given back to be read next, so it is not lost); else the
// reader skips to the next record, and the record is reported as
// ErrBadLength.
func (r *Reader) checkedBlock(n int64) ([]byte, error) {
	block := make([]byte, n)
	if got, err := io.ReadFull(r.br, block); err != nil {
		if i := bytes.Index(block[:got], recordStart); i >= 0 {
			r.pushBack(block[i+2 : got]) // a length past the end of the file: a record begins inside
			return nil, fmt.Errorf("%w: the record ends %d bytes before its declared %d (the next record is read)", ErrBadLength, n-int64(i), n)
		}
		return nil, fmt.Errorf("%w: %d bytes missing", ErrTruncated, n-int64(got))
	}
	if r.boundary() {
		return block, nil
	}
	if i := bytes.Index(block, recordStart); i >= 0 {
		r.pushBack(block[i+2:]) // the next record's version line on
		return nil, fmt.Errorf("%w: the record ends %d bytes before its declared %d (the next record is read)", ErrBadLength, n-int64(i), n)
	}
	skipped, err := r.skipToRecord()
	if err != nil {
		return nil, err
	}
	return nil, fmt.Errorf("%w: %d bytes past its declared %d before the next record (skipped)", ErrBadLength, skipped, n)
}

// boundary reports whether the input at the reader's position ends a
// block: the end of the file, or blank lines then a version line.
func (r *Reader) boundary() bool {
	b, err := r.br.Peek(len(recordStart))
	if err != nil && len(b) < len(recordStart) {
		// The end, maybe after blank lines or inside the next version
		// line (that record is then reported as truncated).
		return bytes.HasPrefix([]byte("WARC/"), bytes.TrimLeft(b, "\r\n"))
	}
	return bytes.Equal(b, recordStart)
}

// pushBack puts bytes in front of what is left to read.
func (r *Reader) pushBack(b []byte) {
	rest := append([]byte(nil), b...)
	r.br = bufio.NewReader(io.MultiReader(bytes.NewReader(rest), r.br))
	r.tp = textproto.NewReader(r.br)
}

// skipToRecord discards input up to the next line that begins a record
// ("WARC/" after a blank line), and returns how many bytes it skipped.
func (r *Reader) skipToRecord() (int64, error) {
	var skipped int64
	prevBlank := false
	for {
		b, err := r.br.Peek(5)
		if prevBlank && bytes.Equal(b, []byte("WARC/")) {
			return skipped, nil
		}
		if err != nil && len(b) < 5 {
			io.Copy(io.Discard, r.br)
			return skipped, nil // the file ends: no record follows
		}
		line, err := r.br.ReadSlice('\n')
		skipped += int64(len(line))
		if err != nil && err != bufio.ErrBufferFull {
			return skipped, nil
		}
		prevBlank = len(bytes.TrimRight(line, "\r\n")) == 0 && err == nil
	}
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
