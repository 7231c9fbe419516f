package reconcile

import (
	"testing"

	"github.com/marsad/marsad/internal/model"
)

// FuzzCompare feeds records with arbitrary text and quantity offsets:
// Compare must not panic, and every claim it lists must point into its
// document's text.
func FuzzCompare(f *testing.F) {
	f.Add("قتل 15 طفلا في الغارة.", "قتل 16 طفلا في الغارة.", 4, 15, 4, 15, "ألف")
	f.Add("", "x", 0, 0, 0, 1, "")
	f.Fuzz(func(t *testing.T, t1, t2 string, s1, e1, s2, e2 int, word string) {
		v := 15.0
		mk := func(id, txt string, s, e int) model.Analysis {
			a := model.NewAnalysis(model.Article{ID: id, Text: txt + word})
			txt = a.Text
			q := model.Quantity{Span: model.Span{Start: s, End: e}, Value: &v, Unit: "children"}
			if s >= 0 && e <= len(txt) && s <= e {
				q.Text = txt[s:e]
			}
			a.Quantities = append(a.Quantities, q)
			a.Claims = append(a.Claims, model.Claim{Speaker: &model.Speaker{Name: word}, Quantities: []int{0, 5, -1}})
			return a
		}
		docs := []model.Analysis{mk("a", t1, s1, e1), mk("b", t2, s2, e2)}
		st := model.Story{Documents: []string{"a", "b"}}
		for _, c := range Compare(st, docs) {
			for _, cl := range c.Claims {
				txt := docs[0].Text
				if cl.Document == "b" {
					txt = docs[1].Text
				}
				if cl.Start < 0 || cl.End > len(txt) || cl.Start > cl.End || txt[cl.Start:cl.End] != cl.Text {
					t.Fatalf("claim span [%d,%d) outside or off its text", cl.Start, cl.End)
				}
			}
		}
		_ = Slack(word, v)
	})
}
