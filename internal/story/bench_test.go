package story

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// BenchmarkAdd adds a stream of articles made from the fixture's by
// dropping and shuffling words, one every ten minutes, so that stories open
// and close as in a news stream.
func BenchmarkAdd(b *testing.B) {
	c := loadGroupCase(b, "testdata/group/three-events.json")
	rng := rand.New(rand.NewPCG(1, 2))
	arts := make([]model.Analysis, 512)
	for i := range arts {
		src := c.Articles[i%len(c.Articles)]
		words := strings.Fields(src.Text)
		kept := words[:0:0]
		for _, w := range words {
			if rng.IntN(5) > 0 {
				kept = append(kept, w)
			}
		}
		rng.Shuffle(len(kept)/3, func(i, j int) { kept[i], kept[j] = kept[j], kept[i] })
		arts[i] = model.NewAnalysis(model.Article{ID: src.ID, Title: src.Title, Text: strings.Join(kept, " ")})
	}
	start := time.Date(2019, 1, 1, 0, 0, 0, 0, time.UTC)
	g := New(DefaultOptions())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		g.Add(arts[i%len(arts)], start.Add(time.Duration(i)*10*time.Minute))
	}
}
