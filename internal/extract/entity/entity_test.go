package entity

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/text"
)

func readTiny(t *testing.T) []Sentence {
	t.Helper()
	f, err := os.Open("testdata/tiny.conll")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sents, err := ReadCoNLL(f)
	if err != nil {
		t.Fatal(err)
	}
	return sents
}

// tinyRecognizer trains a model on the handmade corpus, without lexicons.
func tinyRecognizer(t *testing.T) *Recognizer {
	t.Helper()
	m := Train(readTiny(t), TrainOptions{Epochs: 10, Seed: 1})
	var buf bytes.Buffer
	if err := m.Write(&buf, 0); err != nil {
		t.Fatal(err)
	}
	m2, err := ReadModel(&buf)
	if err != nil {
		t.Fatal(err)
	}
	r, err := New(Options{Model: m2, NoConsistency: true, NoRegistryOverride: true})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

func TestTinyModelDecoding(t *testing.T) {
	r := tinyRecognizer(t)
	cases := []struct{ sentence, want string }{
		// a new name after the title, a known city
		{"قال الوزير هشام الأحمد إن وزارة الصحة تعمل في مدينة حلب .",
			"O O B-PER I-PER O B-ORG I-ORG O O O B-LOC O"},
		{"زار الوزير سامي الخطيب مدينة حمص .", "O O B-PER I-PER O B-LOC O"},
	}
	for _, c := range cases {
		toks := text.Tokenize(c.sentence)
		got := strings.Join(r.TagSentences([][]text.Token{toks})[0], " ")
		if got != c.want {
			t.Errorf("%s\n got  %s\n want %s", c.sentence, got, c.want)
		}
	}
}

func TestViterbiKeepsBIO(t *testing.T) {
	labels := []string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC"}
	nl := len(labels)
	// Emissions favour I-LOC after B-PER; BIO must forbid it.
	em := []float32{
		0, 20, 0, 0, 0,
		0, 0, 1, 0, 9,
	}
	got := viterbi(em, 2, nl, make([]float32, (nl+1)*nl), allowedTransitions(labels))
	if labels[got[0]] != "B-PER" || labels[got[1]] != "I-PER" {
		t.Errorf("got %s %s, want B-PER I-PER", labels[got[0]], labels[got[1]])
	}
	got = viterbi([]float32{0, 0, 0, 0, 3}, 1, nl, make([]float32, (nl+1)*nl), allowedTransitions(labels))
	if labels[got[0]] == "I-LOC" {
		t.Error("a sentence cannot start with I-")
	}
}

func TestScore(t *testing.T) {
	gold := [][]string{{"B-PER", "I-PER", "O", "B-LOC", "I-ORG"}}
	pred := [][]string{{"B-PER", "I-PER", "O", "B-LOC", "B-ORG"}}
	sc := Score(gold, pred)
	// gold: PER[0,2) LOC[3,4) ORG[4,5) (orphan I- starts a chunk); all three right.
	if c := sc["ALL"]; c.Gold != 3 || c.Pred != 3 || c.Correct != 3 {
		t.Errorf("ALL = %+v", c)
	}
	pred = [][]string{{"B-PER", "O", "O", "B-ORG", "I-ORG"}}
	sc = Score(gold, pred)
	if c := sc["ALL"]; c.Gold != 3 || c.Pred != 2 || c.Correct != 0 {
		t.Errorf("ALL = %+v", c)
	}
	if f := sc["PER"].F1(); f != 0 {
		t.Errorf("PER F1 = %v", f)
	}
}

func TestNormTag(t *testing.T) {
	for in, want := range map[string]string{"B-PERS": "B-PER", "I-MIS2": "I-MISC", "B-LOC": "B-LOC", "O": "O", "B-XYZ": "O", "o": "O"} {
		if got := NormTag(in); got != want {
			t.Errorf("NormTag(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestClustersSeparateContexts(t *testing.T) {
	var sents [][]string
	for i := 0; i < 30; i++ {
		sents = append(sents,
			[]string{"في", "مدينة", "حلب", "اليوم"}, []string{"في", "مدينة", "حمص", "اليوم"},
			[]string{"قال", "السيد", "سامي", "أمس"}, []string{"قال", "السيد", "فادي", "أمس"})
	}
	c := Clusters(sents, 4, 10, 2)
	if c["حلب"] != c["حمص"] || c["سامي"] != c["فادي"] || c["حلب"] == c["سامي"] {
		t.Errorf("clusters: حلب %d حمص %d سامي %d فادي %d", c["حلب"], c["حمص"], c["سامي"], c["فادي"])
	}
}
