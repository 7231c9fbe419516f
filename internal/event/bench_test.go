package event

import (
	"os"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/text"
)

// BenchmarkExtract runs the stage on all our test sentences as one
// article, text-only input.
func BenchmarkExtract(b *testing.B) {
	raw, err := os.ReadFile("testdata/sentences.tsv")
	if err != nil {
		b.Fatal(err)
	}
	var sb strings.Builder
	for _, line := range strings.Split(string(raw), "\n") {
		if cols := strings.Split(line, "\t"); len(cols) == 3 && !strings.HasPrefix(line, "#") {
			sb.WriteString(cols[2] + " ")
		}
	}
	d := text.Read(sb.String())
	b.SetBytes(int64(len(d.Text)))
	b.ResetTimer()
	for range b.N {
		testX.Extract(d, Input{})
	}
}
