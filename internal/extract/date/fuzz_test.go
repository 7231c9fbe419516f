package date

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/text"
)

// ownText joins the fixture sentences into one news-like text.
func ownText(tb testing.TB) string {
	files, _ := filepath.Glob("testdata/*.txt")
	var b strings.Builder
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			if s, _, ok := strings.Cut(line, "⟶"); ok && !strings.HasPrefix(line, "#") {
				b.WriteString(strings.TrimSpace(s))
				b.WriteString(" ")
			}
		}
		b.WriteString("\n")
	}
	return b.String()
}

func FuzzExtract(f *testing.F) {
	for _, line := range strings.Split(ownText(f), "\n") {
		for _, s := range strings.SplitAfter(line, ". ") {
			f.Add(s)
		}
	}
	f.Add("ليل الخامس إلى السادس من أيلول/سبتمبر 2007 الأحد 25 محرم 1439 هـ (07,00 ت غ) 15/10/2017")
	ref := Ref{Published: time.Date(2017, 10, 15, 0, 0, 0, 0, time.UTC)}
	f.Fuzz(func(t *testing.T, s string) {
		d := text.Read(s)
		for _, r := range []Ref{ref, {}, {Published: ref.Published, Future: true}} {
			for _, m := range Extract(d, r) {
				if m.Start < 0 || m.End > len(s) || m.Start >= m.End || s[m.Start:m.End] != m.Text {
					t.Fatalf("bad span %d-%d %q in %q", m.Start, m.End, m.Text, s)
				}
			}
		}
		Dateline(d)
	})
}

func BenchmarkExtract(b *testing.B) {
	txt := ownText(b)
	d := text.Read(txt)
	ref := Ref{Published: time.Date(2017, 10, 15, 0, 0, 0, 0, time.UTC)}
	b.SetBytes(int64(len(txt)))
	b.ResetTimer()
	for range b.N {
		Extract(d, ref)
	}
}
