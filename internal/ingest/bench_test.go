package ingest

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkJSONL reads 1,000 JSON lines of a fictional 2 KB article.
func BenchmarkJSONL(b *testing.B) {
	para := "وقال المتحدث باسم اللجنة إن نحو 40 شاحنة محملة بالطحين والأدوية ستدخل البلدة خلال الأيام الثلاثة المقبلة. "
	var buf bytes.Buffer
	for i := range 1000 {
		fmt.Fprintf(&buf, `{"id":"a%d","source":"وكالة","date":"2025-05-14T09:30:00+03:00","title":"عنوان","text":%q}`+"\n",
			i, bytes.Repeat([]byte(para), 10))
	}
	p := filepath.Join(b.TempDir(), "bench.jsonl")
	if err := os.WriteFile(p, buf.Bytes(), 0o644); err != nil {
		b.Fatal(err)
	}
	r := New(Options{})
	b.SetBytes(int64(buf.Len()))
	for b.Loop() {
		for it := range r.Read(context.Background(), []string{p}) {
			if it.Err != nil {
				b.Fatal(it.Err)
			}
		}
	}
}

// BenchmarkHTML extracts the boilerplate fixture page.
func BenchmarkHTML(b *testing.B) {
	page, err := os.ReadFile(filepath.Join("testdata", "input", "page_boilerplate.html"))
	if err != nil {
		b.Fatal(err)
	}
	r := New(Options{})
	b.SetBytes(int64(len(page)))
	for b.Loop() {
		if _, err := r.htmlArticle(page, "", ""); err != nil {
			b.Fatal(err)
		}
	}
}
