package claim

import (
	"testing"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// TestTrainRankerSeparates checks the learner on choices it can separate:
// "no one" is right whenever a relative clause stands between cue and figure.
func TestTrainRankerSeparates(t *testing.T) {
	var exs []Example
	for i := range 20 {
		rel := i%2 == 0
		claimFeats := []string{"bias", "holds", "kind=indirect"}
		if rel {
			claimFeats = append(claimFeats, "relative-between")
		}
		ch := Choice{Quantity: 0, Options: []Option{{Claim: 0, Features: claimFeats}, {Claim: -1, Features: []string{"none"}}}}
		right := 0
		if rel {
			right = 1
		}
		exs = append(exs, Example{Choice: ch, Right: right})
	}
	r := TrainRanker(exs, 10, 1)
	for i, ex := range exs {
		if got := r.Best(ex.Choice); got != ex.Right {
			t.Errorf("example %d: picked %d, want %d (weights %v)", i, got, ex.Right, r.Weights)
		}
	}
}

// TestRankerApply checks that a ranker's choice moves a figure: from the
// claim that held it to no one, when "none" wins.
func TestRankerApply(t *testing.T) {
	doc := "أعلن التنظيم مسؤوليته عن الهجوم الذي أودى بحياة 11 شخصا."
	d := text.Read(doc)
	q := model.Quantity{Span: model.SpanOf(doc, len("أعلن التنظيم مسؤوليته عن الهجوم الذي أودى بحياة "), len(doc)-1)}
	in := Input{Quantities: []model.Quantity{q}}
	claims := []model.Claim{{Span: model.SpanOf(doc, 0, len(doc)-1), Cue: "أعلن", CueSpan: ptrSpan(model.SpanOf(doc, 0, len("أعلن"))),
		Kind: Indirect, Speaker: &model.Speaker{Name: "التنظيم"}, Quantities: []int{0}}}
	chs := Choices(d, in, claims)
	if len(chs) != 1 || len(chs[0].Options) != 2 {
		t.Fatalf("choices %+v", chs)
	}
	if !hasFeature(chs[0].Options[0].Features, "relative-between") || !hasFeature(chs[0].Options[0].Features, "rules-pick") {
		t.Errorf("claim option features %v", chs[0].Options[0].Features)
	}
	r := &Ranker{Weights: map[string]float64{"relative-between": -2, "none": 1}}
	out := r.Apply(d, in, claims)
	if len(out[0].Quantities) != 0 {
		t.Errorf("the figure stayed with the claim: %v", out[0].Quantities)
	}
}

func ptrSpan(s model.Span) *model.Span { return &s }

func hasFeature(fs []string, f string) bool {
	for _, x := range fs {
		if x == f {
			return true
		}
	}
	return false
}
