package main

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCommittedFilesAreUpToDate rebuilds the generated files and compares
// them with the committed corpus: run `go run ./internal/demo/gen` after
// editing a page or a text. The WARC file is compared decompressed, since
// compressed bytes may change with the Go version.
func TestCommittedFilesAreUpToDate(t *testing.T) {
	files, err := build(Options{Pages: "pages", Txt: "txt", Corpus: "../corpus"})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 2 {
		t.Fatalf("built %d files, want the WARC file and at least one Windows-1256 text", len(files))
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("..", "corpus", name))
		if err != nil {
			t.Fatalf("%s: %v (run go run ./internal/demo/gen)", name, err)
		}
		if strings.HasSuffix(name, ".gz") {
			got, want = gunzip(t, got), gunzip(t, want)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("corpus/%s is stale: run go run ./internal/demo/gen", name)
		}
	}
}

func gunzip(t *testing.T, b []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestToCP1256(t *testing.T) {
	got, err := toCP1256("قال «نعم»\nثم مضى")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(got, []byte("\r\n")) {
		t.Errorf("toCP1256 = %q: want CRLF line ends", got)
	}
	if len(got) != len([]rune("قال «نعم»\r\nثم مضى")) {
		t.Errorf("toCP1256 wrote %d bytes, want one a character", len(got))
	}
	if _, err := toCP1256("emoji 🙂 has no code point here"); err == nil {
		t.Error("toCP1256 accepted a character Windows-1256 cannot hold")
	}
}

func TestRecordIDIsStableAndDistinct(t *testing.T) {
	a, b := recordID("response https://x.test/a"), recordID("request https://x.test/a")
	if a != recordID("response https://x.test/a") || a == b {
		t.Errorf("recordID: %s / %s", a, b)
	}
	if !strings.HasPrefix(a, "<urn:uuid:") || len(a) != len("<urn:uuid:>")+36 {
		t.Errorf("recordID %s is not a urn:uuid", a)
	}
}
