package warc

import (
	"compress/gzip"
	"fmt"
	"io"
	"sort"
)

// Writer writes WARC/1.1 records, each in its own gzip member when
// compressing (the layout crawlers use, so that a record can be read alone).
type Writer struct {
	w        io.Writer
	compress bool
}

// NewWriter returns a Writer to w; compress selects .warc.gz output.
func NewWriter(w io.Writer, compress bool) *Writer {
	return &Writer{w: w, compress: compress}
}

// Write writes one record: the named header fields (Content-Length is added)
// and the block.
func (w *Writer) Write(header map[string]string, block []byte) error {
	out := w.w
	var zw *gzip.Writer
	if w.compress {
		zw = gzip.NewWriter(w.w)
		out = zw
	}
	if err := writeRecord(out, header, block); err != nil {
		return fmt.Errorf("warc: write: %w", err)
	}
	if zw != nil {
		if err := zw.Close(); err != nil {
			return fmt.Errorf("warc: write: %w", err)
		}
	}
	return nil
}

func writeRecord(w io.Writer, header map[string]string, block []byte) error {
	keys := make([]string, 0, len(header))
	for k := range header {
		if k != "Content-Length" {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	if _, err := io.WriteString(w, "WARC/1.1\r\n"); err != nil {
		return err
	}
	for _, k := range keys {
		if _, err := fmt.Fprintf(w, "%s: %s\r\n", k, header[k]); err != nil {
			return err
		}
	}
	if _, err := fmt.Fprintf(w, "Content-Length: %d\r\n\r\n", len(block)); err != nil {
		return err
	}
	if _, err := w.Write(block); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\r\n\r\n")
	return err
}
