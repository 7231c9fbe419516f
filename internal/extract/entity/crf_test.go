package entity

import (
	"math"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/text"
)

// TestCRFGradient compares the analytic gradient of the CRF objective with
// central finite differences on a tiny problem.
func TestCRFGradient(t *testing.T) {
	labels := []string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC"}
	exs := []example{
		{feats: [][]uint64{{1, 2}, {3}, {2, 4, 4}}, gold: []int{1, 2, 0}},
		{feats: [][]uint64{{5}}, gold: []int{3}},
		{feats: [][]uint64{{1}, {6, 2}, {3, 5}, {4}}, gold: []int{0, 3, 4, 4}},
	}
	d := newCRFData(labels, exs)
	rng := rand.New(rand.NewPCG(1, 2))
	theta := make([]float64, d.nparams())
	for i := range theta {
		theta[i] = rng.NormFloat64() * 0.7
	}
	f := d.objective(0.3, 2)
	g := make([]float64, len(theta))
	f(theta, g)
	const h = 1e-5
	scratch := make([]float64, len(theta))
	for i := range theta {
		v := theta[i]
		theta[i] = v + h
		up := f(theta, scratch)
		theta[i] = v - h
		down := f(theta, scratch)
		theta[i] = v
		num := (up - down) / (2 * h)
		if math.Abs(num-g[i]) > 1e-6*max(1, math.Abs(num)) {
			t.Errorf("parameter %d: analytic %.8f, numeric %.8f", i, g[i], num)
		}
	}
}

// TestCRFLikelihoodNormalised checks that the probabilities of all label
// sequences of a short sentence sum to one under the BIO constraints.
func TestCRFLikelihoodNormalised(t *testing.T) {
	labels := []string{"O", "B-PER", "I-PER"}
	feats := [][]uint64{{1}, {2}, {1, 3}}
	d := newCRFData(labels, []example{{feats: feats, gold: []int{0, 0, 0}}})
	rng := rand.New(rand.NewPCG(3, 4))
	theta := make([]float64, d.nparams())
	for i := range theta {
		theta[i] = rng.NormFloat64()
	}
	total := 0.0
	for a := range 3 {
		for b := range 3 {
			for c := range 3 {
				gold := []int{a, b, c}
				if !d.goldAllowed(gold) {
					continue
				}
				s := newCRFData(labels, []example{{feats: feats, gold: gold}})
				total += math.Exp(-s.objective(0, 1)(theta, make([]float64, len(theta))))
			}
		}
	}
	if math.Abs(total-1) > 1e-9 {
		t.Errorf("probabilities of the allowed sequences sum to %v", total)
	}
}

// synthetic writes sentences in a few templates around the given names.
func synthetic(firsts, lasts, cities []string) []Sentence {
	templates := []string{
		"قال/O الوزير/O {F}/B-PER {L}/I-PER إن/O وفدا/O وصل/O إلى/O مدينة/O {C}/B-LOC ./O",
		"زار/O السفير/O {F}/B-PER {L}/I-PER مدينة/O {C}/B-LOC أمس/O ./O",
		"أعلنت/O وزارة/B-ORG الصحة/I-ORG أن/O الرئيس/O {F}/B-PER {L}/I-PER سافر/O إلى/O مدينة/O {C}/B-LOC ./O",
		"وصل/O وفد/O من/O مدينة/O {C}/B-LOC ./O",
	}
	var out []Sentence
	for i, f := range firsts {
		for j, l := range lasts {
			for k, c := range cities {
				tpl := templates[(i+j+k)%len(templates)]
				tpl = strings.NewReplacer("{F}", f, "{L}", l, "{C}", c).Replace(tpl)
				var s Sentence
				for _, wt := range strings.Fields(tpl) {
					w, tag, _ := strings.Cut(wt, "/")
					s.Tokens, s.Tags = append(s.Tokens, w), append(s.Tags, tag)
				}
				out = append(out, s)
			}
		}
	}
	return out
}

// TestCRFLearnsSyntheticTask trains the CRF on sentences we wrote and tags
// new names in the same contexts.
func TestCRFLearnsSyntheticTask(t *testing.T) {
	train := synthetic([]string{"سامي", "كريم", "نادر", "هشام", "فادي"}, []string{"الخطيب", "الحداد", "العلي", "الأحمد"}, []string{"حمص", "حلب", "دمشق"})
	test := synthetic([]string{"ماهر", "رامي"}, []string{"السعدي", "النجار"}, []string{"طرطوس", "درعا"})
	m := Train(train, TrainOptions{Learner: "crf", L2: 0.1})
	r, err := New(Options{Model: m, NoConsistency: true, NoRegistryOverride: true})
	if err != nil {
		t.Fatal(err)
	}
	var gold, pred [][]string
	for _, s := range test {
		toks := make([]text.Token, len(s.Tokens))
		for i, w := range s.Tokens {
			toks[i] = TokenOf(w)
		}
		gold = append(gold, s.Tags)
		pred = append(pred, r.TagSentences([][]text.Token{toks})[0])
	}
	if f := Score(gold, pred)["ALL"].F1(); f < 95 {
		t.Errorf("F1 on new names %.1f, want ≥ 95", f)
	}
}

// TestCRFTinyCorpus trains the CRF through Train on the handmade corpus,
// writes and reads the model, and decodes like the perceptron's test.
func TestCRFTinyCorpus(t *testing.T) {
	m := Train(readTiny(t), TrainOptions{Learner: "crf", L2: 0.1})
	r, err := New(Options{Model: m, NoConsistency: true, NoRegistryOverride: true})
	if err != nil {
		t.Fatal(err)
	}
	s := "زار الوزير سامي الخطيب مدينة حمص ."
	want := "O O B-PER I-PER O B-LOC O"
	if got := strings.Join(r.TagSentences([][]text.Token{text.Tokenize(s)})[0], " "); got != want {
		t.Errorf("%s\n got  %s\n want %s", s, got, want)
	}
}

// TestLBFGSRosenbrock minimises the Rosenbrock function from (-1.2, 1).
func TestLBFGSRosenbrock(t *testing.T) {
	f := func(x, g []float64) float64 {
		a, b := 1-x[0], x[1]-x[0]*x[0]
		if g != nil {
			g[0] = -2*a - 400*x[0]*b
			g[1] = 200 * b
		}
		return a*a + 100*b*b
	}
	x := []float64{-1.2, 1}
	fx, _ := lbfgs(f, x, lbfgsOptions{MaxIter: 500, Tol: 1e-14})
	if math.Abs(x[0]-1) > 1e-4 || math.Abs(x[1]-1) > 1e-4 || fx > 1e-8 {
		t.Errorf("minimum at %v (f %g), want (1, 1)", x, fx)
	}
}
