package story

import (
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// FuzzAdd groups arbitrary texts and writes their brief: no panic, and every
// brief sentence must point into its document's text.
func FuzzAdd(f *testing.F) {
	f.Add("فيضانات تجتاح بلدة وادي الصنوبر. وقال رئيس البلدية إن 4 أشخاص أنقذوا.", "وأضاف أن المياه غمرت السوق.")
	f.Add("", "\n\n..")
	f.Fuzz(func(t *testing.T, t1, t2 string) {
		g := New(DefaultOptions())
		tm := time.Date(2019, 5, 2, 8, 0, 0, 0, time.UTC)
		docs := []model.Analysis{
			model.NewAnalysis(model.Article{ID: "a", Title: t2, Text: t1}),
			model.NewAnalysis(model.Article{ID: "b", Title: t1, Text: t2}),
			model.NewAnalysis(model.Article{ID: "c", Text: t1 + t2}),
		}
		for i, a := range docs {
			g.Add(a, tm.Add(time.Duration(i)*time.Hour))
		}
		for _, st := range g.Stories() {
			for _, s := range Brief(st, docs) {
				var txt string
				for _, d := range docs {
					if d.ID == s.Document {
						txt = d.Text
					}
				}
				if s.Start < 0 || s.End > len(txt) || s.Start > s.End || txt[s.Start:s.End] != s.Text {
					t.Fatalf("brief span [%d,%d) outside or off its text", s.Start, s.End)
				}
			}
		}
	})
}
