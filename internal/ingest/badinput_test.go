package ingest

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// writeFile writes data to dir/name and returns the path.
func writeFile(t *testing.T, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const goodText = "خبر قصير عن افتتاح جسر جديد في مدينة النخيل.\n"

// TestBadInput: each bad file gives one clear error naming it, and the good
// file after it is still read.
func TestBadInput(t *testing.T) {
	cases := []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"empty", "empty.txt", nil, "empty file"},
		{"blank", "blank.txt", []byte(" \n\t\n"), "empty file"},
		{"binary NUL", "image.bin", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00"), "binary file"},
		{"binary as txt", "data.txt", []byte("abc\x00def"), "NUL byte at offset 3"},
		{"control characters", "ctl.txt", bytes.Repeat([]byte("\x01\x02\x03abc"), 50), "binary file"},
		{"latin-1 bytes", "latin.txt", []byte("caf\xe9 cr\xe8me br\xfbl\xe9e, na\xefve fa\xe7ade"), "not UTF-8"},
		{"HTML with no text", "nothing.html", []byte("<html><head><title>x</title></head><body><script>var a=1</script></body></html>"), "no main text"},
		{"binary HTML", "bin.html", []byte("<html>\x00\x00\x00"), "binary file"},
		{"not a feed", "bad.rss", []byte("<rss><channel><item><title>x"), "not a valid RSS or Atom feed"},
		{"feed without items", "none.atom", []byte(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title></feed>`), "feed has no items"},
		{"plain gzip", "notes.gz", gzipped("نص مضغوط"), "holds no WARC"},
		{"not a WARC", "x.warc", []byte("HTTP/1.1 200 OK\r\n\r\n"), "expected a WARC/ version line"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := t.TempDir()
			bad := writeFile(t, dir, c.file, c.data)
			good := writeFile(t, dir, "good.txt", []byte(goodText))
			items := collect(New(Options{}), bad, good)
			if len(items) != 2 {
				t.Fatalf("want an error and an article, got %d items: %+v", len(items), items)
			}
			sourceError(t, items[0], bad, c.want)
			if items[1].Err != nil || items[1].Article.ID != "good" {
				t.Errorf("good file after the bad one: %+v", items[1])
			}
		})
	}
}

// TestHugeLine: a 50 MB single line is refused with a clear error (JSON
// Lines: that line only; text: the file), without reading it into memory
// whole, and the reading goes on.
func TestHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 100 MB of temporary files")
	}
	dir := t.TempDir()
	huge := bytes.Repeat([]byte("نص "), 50<<20/len("نص "))
	var jsonl bytes.Buffer
	jsonl.WriteString(`{"id":"a","text":"السطر الأول."}` + "\n")
	jsonl.WriteString(`{"id":"huge","text":"`)
	jsonl.Write(huge)
	jsonl.WriteString("\"}\n")
	jsonl.WriteString(`{"id":"c","text":"السطر الثالث."}` + "\n")
	jpath := writeFile(t, dir, "huge.jsonl", jsonl.Bytes())
	tpath := writeFile(t, dir, "huge.txt", huge)
	r := New(Options{MaxFileSize: 16 << 20})
	items := collect(r, jpath, tpath)
	if len(items) != 4 {
		t.Fatalf("want 4 items, got %d", len(items))
	}
	if items[0].Article.ID != "a" || items[2].Article.ID != "c" {
		t.Errorf("lines around the huge one: %+v, %+v", items[0], items[2])
	}
	sourceError(t, items[1], jpath+":2", "over the 16777216-byte limit")
	sourceError(t, items[3], tpath, "larger than the 16777216-byte limit")

	// Under the default limit it is refused too; under a larger one it is read.
	items = collect(New(Options{}), jpath)
	if len(items) != 3 {
		t.Fatalf("default limit: got %d items", len(items))
	}
	sourceError(t, items[1], jpath+":2", "limit (MaxFileSize)")
	items = collect(New(Options{MaxFileSize: 64 << 20}), jpath)
	if len(items) != 3 || items[1].Err != nil || len(items[1].Article.Text) < 50<<20-10 {
		t.Errorf("64 MiB limit: want the huge line read, got %d items, err %v", len(items), items[1].Err)
	}
}

// TestTruncatedWARC: a .warc.gz cut in the middle gives the records before
// the cut, then one error naming the file and record.
func TestTruncatedWARC(t *testing.T) {
	full := crawlWARC(true)
	for _, cut := range []int{len(full) - 10, len(full) * 3 / 4, len(full) / 2} {
		dir := t.TempDir()
		p := writeFile(t, dir, "cut.warc.gz", full[:cut])
		good := writeFile(t, dir, "good.txt", []byte(goodText))
		items := collect(New(Options{}), p, good)
		var articles, errs int
		for _, it := range items[:len(items)-1] {
			if it.Err != nil {
				errs++
				if !strings.Contains(it.Err.Error(), p) || !strings.Contains(it.Err.Error(), "truncated") {
					t.Errorf("cut %d: error %q does not name the file and the truncation", cut, it.Err)
				}
			} else {
				articles++
			}
		}
		if errs != 1 || articles == 0 || articles > 3 {
			t.Errorf("cut at %d/%d: %d articles, %d errors; want some of the 3 and one error", cut, len(full), articles, errs)
		}
		if last := items[len(items)-1]; last.Err != nil || last.Article.ID != "good" {
			t.Errorf("cut %d: the file after was not read: %+v", cut, last)
		}
	}
}

// TestRemovedMidWalk: a file removed while the folder is walked is reported
// by name and the walk goes on.
func TestRemovedMidWalk(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte(goodText))
	b := writeFile(t, dir, "b.txt", []byte("خبر ثان.\n"))
	writeFile(t, dir, "c.txt", []byte("خبر ثالث.\n"))
	var items []Item
	for it := range New(Options{}).Read(context.Background(), []string{dir}) {
		items = append(items, it)
		if it.Article.Source == a {
			if err := os.Remove(b); err != nil {
				t.Fatal(err)
			}
		}
	}
	if len(items) != 3 {
		t.Fatalf("want 3 items, got %+v", items)
	}
	sourceError(t, items[1], b, "no such file")
	if items[2].Article.ID != "c" {
		t.Errorf("walk did not go on: %+v", items[2])
	}
}

func TestMissingPath(t *testing.T) {
	p := filepath.Join(t.TempDir(), "nowhere.txt")
	items := collect(New(Options{}), p)
	if len(items) != 1 {
		t.Fatalf("got %+v", items)
	}
	sourceError(t, items[0], p, "no such file")
}

// TestBrokenHTML: unclosed and misnested tags are read for what the parser
// recovers; the text is not lost.
func TestBrokenHTML(t *testing.T) {
	page := "<html><head><title>عنوان</title><body><div><p>بدأت أعمال ترميم <b>السوق القديم <i>في الواحة</p></div><p>وتستمر الأعمال شهرين"
	p := writeFile(t, t.TempDir(), "broken.html", []byte(page))
	items := collect(New(Options{}), p)
	if len(items) != 1 || items[0].Err != nil {
		t.Fatalf("got %+v", items)
	}
	for _, want := range []string{"بدأت أعمال ترميم السوق القديم في الواحة", "وتستمر الأعمال شهرين"} {
		if !strings.Contains(items[0].Article.Text, want) {
			t.Errorf("text %q lacks %q", items[0].Article.Text, want)
		}
	}
}

// TestWARCBadLength: a record whose Content-Length is wrong is reported
// with the file's name, and the valid records after it are read.
func TestWARCBadLength(t *testing.T) {
	full := string(crawlWARC(false))
	want := collect(New(Options{}), writeFile(t, t.TempDir(), "ok.warc", []byte(full)))
	// Spoil the length of the first response record (the schools page).
	i := strings.Index(full, "WARC-Type: response")
	at := strings.Index(full[i:], "Content-Length: ") + i + len("Content-Length: ")
	end := at + strings.IndexByte(full[at:], '\r')
	for _, length := range []string{full[at:end] + "7", "40"} {
		p := writeFile(t, t.TempDir(), "bad.warc", []byte(full[:at]+length+full[end:]))
		items := collect(New(Options{}), p)
		errs, articles := 0, 0
		for _, it := range items {
			if it.Err != nil {
				errs++
				if !strings.Contains(it.Err.Error(), p) || !strings.Contains(it.Err.Error(), "Content-Length") {
					t.Errorf("length %s: error %q does not name the file and the length", length, it.Err)
				}
				continue
			}
			articles++
		}
		if errs != 1 || articles != len(want)-1 {
			t.Errorf("length %s: %d articles and %d errors; want %d articles (all but the spoilt one) and 1 error", length, articles, errs, len(want)-1)
		}
	}
}

// TestBadMetadataDate: a JSON Lines date that is no date is a warning
// naming the file and line; the article is read, without that date.
func TestBadMetadataDate(t *testing.T) {
	var lines []string
	for _, d := range []string{"0000-00-00", "99999-01-01", "2020-13-45", "2031-10-14"} {
		lines = append(lines, `{"id": "d`+strings.ReplaceAll(d, "-", "")+`", "date": "`+d+`", "text": "الميادين (سوريا) - 14 أكتوبر 2031 - خبر قصير عن الحصار."}`)
	}
	p := writeFile(t, t.TempDir(), "dates.jsonl", []byte(strings.Join(lines, "\n")+"\n"))
	items := collect(New(Options{}), p)
	if len(items) != 4 {
		t.Fatalf("%d items, want 4", len(items))
	}
	for i, it := range items {
		if it.Err != nil {
			t.Fatalf("line %d: %v", i+1, it.Err)
		}
		bad := i < 3
		if bad != (it.Warning != "") || bad && (!strings.Contains(it.Warning, p+":"+strconv.Itoa(i+1)) || !it.Article.Published.IsZero()) {
			t.Errorf("line %d: warning %q, published %v", i+1, it.Warning, it.Article.Published)
		}
	}
}
