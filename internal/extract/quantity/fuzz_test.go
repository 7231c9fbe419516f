package quantity

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

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
	for _, s := range strings.Split(ownText(f), " ") {
		f.Add(s)
	}
	f.Add("نحو \"250 إلى 300 مقاتل، بين 1.5 و2 مليون، عشرات الآلاف من السكان، ثلثي 323 ألف ساكن")
	f.Add("بـ3 آلاف و300 لـ24 ٣٬٠٠٠ 1,5 مليون ٢٫٥ مليار 15-10-2017 F-16 #39Indians")
	f.Fuzz(func(t *testing.T, s string) {
		d := text.Read(s)
		for _, q := range Extract(d) {
			if q.Start < 0 || q.End > len(s) || q.Start >= q.End || s[q.Start:q.End] != q.Text {
				t.Fatalf("bad span %d-%d %q in %q", q.Start, q.End, q.Text, s)
			}
			if q.Min != nil && q.Max != nil && *q.Min > *q.Max {
				t.Fatalf("min > max in %q: %q", s, q.Text)
			}
		}
	})
}

func BenchmarkExtract(b *testing.B) {
	txt := ownText(b)
	d := text.Read(txt)
	b.SetBytes(int64(len(txt)))
	b.ResetTimer()
	for range b.N {
		Extract(d)
	}
}
