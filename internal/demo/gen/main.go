// Command gen rebuilds the generated files of the demo corpus from their
// sources: the WARC file corpus/pages.warc.gz from the pages in gen/pages/*.html
// (one request and one response record per page, each record its own gzip
// member), and every gen/txt/NAME.txt as corpus/txt/NAME.cp1256.txt, encoded
// in Windows-1256 with CRLF line ends as an old newsroom system would write it.
//
// Run it from the module root:
//
//	go run ./internal/demo/gen
//
// The output is deterministic: record ids and dates derive from the pages.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
)

// Options names the folders gen reads and writes.
type Options struct {
	Pages  string // HTML pages that go into the WARC file
	Txt    string // UTF-8 texts to encode in Windows-1256
	Corpus string // the corpus folder written to
}

func main() {
	var o Options
	flag.StringVar(&o.Pages, "pages", "internal/demo/gen/pages", "folder of HTML pages for the WARC file")
	flag.StringVar(&o.Txt, "txt", "internal/demo/gen/txt", "folder of UTF-8 texts to encode in Windows-1256")
	flag.StringVar(&o.Corpus, "corpus", "internal/demo/corpus", "corpus folder to write to")
	flag.Parse()
	if err := run(o); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(o Options) error {
	files, err := build(o)
	if err != nil {
		return err
	}
	for name, data := range files {
		path := filepath.Join(o.Corpus, name)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		if err := os.WriteFile(path, data, 0o644); err != nil {
			return fmt.Errorf("write %s: %w", path, err)
		}
		fmt.Printf("wrote %s (%d bytes)\n", path, len(data))
	}
	return nil
}

// build returns the generated files, keyed by their path under the corpus.
func build(o Options) (map[string][]byte, error) {
	pages, err := readPages(o.Pages)
	if err != nil {
		return nil, err
	}
	warc, err := buildWARC(pages)
	if err != nil {
		return nil, err
	}
	files := map[string][]byte{"pages.warc.gz": warc}
	texts, err := filepath.Glob(filepath.Join(o.Txt, "*.txt"))
	if err != nil {
		return nil, fmt.Errorf("list %s: %w", o.Txt, err)
	}
	for _, path := range texts {
		src, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("read text: %w", err)
		}
		enc, err := toCP1256(string(src))
		if err != nil {
			return nil, fmt.Errorf("encode %s: %w", path, err)
		}
		name := strings.TrimSuffix(filepath.Base(path), ".txt") + ".cp1256.txt"
		files["txt/"+name] = enc
	}
	return files, nil
}
