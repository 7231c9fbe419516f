package ingest

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// checkItems asserts what every item must satisfy: an error naming a source,
// or an article with valid, normalised, non-empty text and its hash.
func checkItems(t *testing.T, items []Item) {
	t.Helper()
	for _, it := range items {
		if it.Err != nil {
			if !strings.Contains(it.Err.Error(), ": ") {
				t.Fatalf("error without a source: %v", it.Err)
			}
			continue
		}
		a := it.Article
		if a.Text == "" || !utf8.ValidString(a.Text) || text.Normalize(a.Text) != a.Text {
			t.Fatalf("text not valid normalised UTF-8: %q", a.Text)
		}
		if a.Hash != model.TextHash(a.Text) || a.ID == "" || a.Language == "" {
			t.Fatalf("article incomplete: %+v", a)
		}
	}
}

// fuzzFile reads data as a file called name.
func fuzzFile(t *testing.T, name string, data []byte) {
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	checkItems(t, collect(New(Options{MaxFileSize: 1 << 20}), p))
}

func seedFile(f *testing.F, name string) {
	data, err := os.ReadFile(filepath.Join("testdata", "input", name))
	if err != nil {
		f.Fatal(err)
	}
	f.Add(data)
}

func FuzzJSONLine(f *testing.F) {
	seedFile(f, "articles.jsonl")
	f.Add([]byte(`{"id": 1e400, "text": "\ud800"}`))
	f.Add([]byte(`{"text": "\u0000\u202e نص", "published": "2025-13-45"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		if a, err := ParseJSONLine(data); err == nil && a.Text == "" {
			t.Fatal("no error and no text")
		}
		fuzzFile(t, "f.jsonl", data)
	})
}

func FuzzHTML(f *testing.F) {
	seedFile(f, "page_boilerplate.html")
	f.Add([]byte(crawlPage2))
	f.Add([]byte("<html><body><table><tr><td><p>نص<b>مكسور"))
	f.Add([]byte(`<meta charset="windows-1256"><p>` + "\xc7\xe1\xe4\xd5</p>"))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzFile(t, "f.html", data)
	})
}

func FuzzFeed(f *testing.F) {
	seedFile(f, "feed_rss.rss")
	seedFile(f, "feed_atom.atom")
	f.Add([]byte(`<rss><channel><item><pubDate>الأحد 99 أكتوبر 99999</pubDate><description>&lt;p&gt;نص</description></item></channel></rss>`))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzFile(t, "f.rss", data)
	})
}

func FuzzWARC(f *testing.F) {
	f.Add(crawlWARC(false))
	f.Add(crawlWARC(true))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzFile(t, "f.warc", data)
	})
}

func FuzzDecodeText(f *testing.F) {
	seedFile(f, "report_cp1256.txt")
	seedFile(f, "report_iso8859-6.txt")
	seedFile(f, "report_utf8.txt")
	f.Add([]byte{0xFF, 0xFE, 0x27, 0x06, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		s, enc, err := DecodeText(data)
		if err == nil && (!utf8.ValidString(s) || enc == "") {
			t.Fatalf("DecodeText gave %q in %q", s, enc)
		}
		fuzzFile(t, "f.txt", data)
	})
}

func FuzzSniff(f *testing.F) {
	f.Add([]byte("<?xml version='1.0'?><rss>"))
	f.Add([]byte{0x1f, 0x8b, 8, 0})
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzFile(t, "f", data)
	})
}

func FuzzDates(f *testing.F) {
	f.Add("الأحد 15 أكتوبر 2017 10:30 +0300")
	f.Add("Thu, 15 May 2025 11:20:00 +0300")
	f.Fuzz(func(t *testing.T, s string) {
		ParseArabicDate(s)
		ParseTimestamp(s)
	})
}
