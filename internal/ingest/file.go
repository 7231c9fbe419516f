package ingest

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"strings"
)

// Formats, as model.Article.Format names them.
const (
	FormatText  = "txt"
	FormatHTML  = "html"
	FormatFeed  = "rss"
	FormatWARC  = "warc"
	FormatJSONL = "jsonl"
)

// formatGzip is a compressed file that holds no WARC: not read.
const formatGzip = "gzip"

// sniffSize is how much of a file is looked at to guess its format.
const sniffSize = 1024

// readFile opens one file, decides its format and hands it to its reader.
func (r *Reader) readFile(ctx context.Context, src source, e *emitter) {
	f, err := src.open()
	if err != nil {
		e.fail(src.name, pathError(err))
		return
	}
	defer f.Close()
	br := bufio.NewReaderSize(f, 64<<10)
	head, err := br.Peek(sniffSize)
	if err != nil && err != io.EOF && err != bufio.ErrBufferFull {
		e.fail(src.name, fmt.Errorf("read: %w", pathError(err)))
		return
	}
	if len(head) == 0 {
		e.fail(src.name, fmt.Errorf("empty file"))
		return
	}
	switch format := detect(src.name, head); format {
	case FormatJSONL:
		r.readJSONL(ctx, br, src.name, e)
	case FormatWARC:
		r.readWARC(ctx, br, src.name, e)
	case formatGzip:
		e.fail(src.name, fmt.Errorf("gzip file that holds no WARC: not supported"))
	default:
		data, err := r.readAll(br)
		if err != nil {
			e.fail(src.name, err)
			return
		}
		r.readDocument(format, data, src.name, baseID(src.name), "", e)
	}
}

// readDocument reads a whole text, HTML or feed document. id is the article
// id (for a feed, the items' ids come from their links); contentType is the
// HTTP Content-Type when the document was fetched.
func (r *Reader) readDocument(format string, data []byte, name, id, contentType string, e *emitter) {
	if format != FormatText {
		if err := checkBinary(data); err != nil {
			e.fail(name, err)
			return
		}
	}
	switch format {
	case FormatFeed:
		r.readFeed(data, name, e)
	case FormatHTML:
		a, err := r.htmlArticle(data, contentType, name)
		if err != nil {
			e.fail(name, err)
			return
		}
		a.ID, a.Source = id, name
		e.article(a)
	default:
		a, err := textArticle(data)
		if err != nil {
			e.fail(name, err)
			return
		}
		a.ID, a.Source = id, name
		e.article(a)
	}
}

// readAll reads a whole document, refusing one over MaxFileSize.
func (r *Reader) readAll(rd io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(rd, r.opts.MaxFileSize+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", pathError(err))
	}
	if int64(len(data)) > r.opts.MaxFileSize {
		return nil, fmt.Errorf("larger than the %d-byte limit (MaxFileSize)", r.opts.MaxFileSize)
	}
	return data, nil
}

// extFormats maps file extensions to formats; other files are sniffed.
var extFormats = map[string]string{
	".txt": FormatText, ".text": FormatText,
	".html": FormatHTML, ".htm": FormatHTML, ".xhtml": FormatHTML,
	".rss": FormatFeed, ".atom": FormatFeed,
	".warc":  FormatWARC,
	".jsonl": FormatJSONL, ".ndjson": FormatJSONL,
}

// detect decides a file's format by its extension, else by its first bytes.
func detect(name string, head []byte) string {
	base := strings.ToLower(path.Base(filepath.ToSlash(name)))
	if strings.HasSuffix(base, ".warc.gz") {
		return FormatWARC
	}
	if f, ok := extFormats[path.Ext(base)]; ok {
		return f
	}
	return sniff(head)
}

// sniff guesses a format from the first bytes of a document.
func sniff(head []byte) string {
	if bytes.HasPrefix(head, []byte{0x1f, 0x8b}) {
		return sniffGzip(head)
	}
	s := bytes.TrimLeft(bytes.TrimPrefix(head, []byte("\uFEFF")), " \t\r\n")
	lower := bytes.ToLower(s)
	switch {
	case bytes.HasPrefix(s, []byte("WARC/")):
		return FormatWARC
	case bytes.HasPrefix(s, []byte("{")):
		return FormatJSONL
	case !bytes.HasPrefix(s, []byte("<")):
		return FormatText
	case bytes.Contains(lower, []byte("<rss")), bytes.Contains(lower, []byte("<feed")),
		bytes.Contains(lower, []byte("<rdf:rdf")):
		if !bytes.Contains(lower, []byte("<html")) {
			return FormatFeed
		}
	case bytes.HasPrefix(lower, []byte("<?xml")) && !bytes.Contains(lower, []byte("<html")):
		return FormatFeed
	}
	return FormatHTML
}

// sniffGzip looks inside a gzip stream's first bytes: WARC or not.
func sniffGzip(head []byte) string {
	zr, err := gzip.NewReader(bytes.NewReader(head))
	if err != nil {
		return formatGzip
	}
	inner := make([]byte, 5)
	n, _ := io.ReadFull(zr, inner)
	if string(inner[:n]) == "WARC/" {
		return FormatWARC
	}
	return formatGzip
}
