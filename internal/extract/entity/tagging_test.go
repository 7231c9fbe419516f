package entity

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

var update = flag.Bool("update", false, "rewrite the golden files of testdata/golden")

// articles reads the fixture articles of testdata/articles (written for
// these tests), by file name.
func articles(t testing.TB) map[string]string {
	t.Helper()
	paths, err := filepath.Glob("testdata/articles/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixture articles: %v", err)
	}
	out := map[string]string{}
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		out[strings.TrimSuffix(filepath.Base(p), ".txt")] = text.Normalize(string(b))
	}
	return out
}

// edgeSentences are token lists the articles may not hold: one token, a
// lone punctuation mark, Latin and numbers, corpus-style tokens.
func edgeSentences() [][]text.Token {
	var out [][]text.Token
	for _, s := range []string{"حلب", ".", "iPhone 15 Pro في دمشق", "وقال لـ3 مراسلين في 2024: نعم!"} {
		out = append(out, text.Tokenize(s))
	}
	var corpus []text.Token
	for _, w := range strings.Fields("وزار الرئيس الأمريكي جو بايدن بغداد والتقى بالسيد محمد شياع السوداني ( رئيس الوزراء ) .") {
		corpus = append(corpus, TokenOf(w))
	}
	return append(out, corpus)
}

// TestFeaturesMatchReference holds the featurizer to the reference
// implementation of reference_test.go, hash for hash, for both passes, with
// the embedded model's lexicons and with none.
func TestFeaturesMatchReference(t *testing.T) {
	recs := map[string]*Recognizer{"default": defaultRecognizer(t), "tiny": tinyRecognizer(t)}
	docs := map[string][][]text.Token{"edge": edgeSentences()}
	for name, a := range articles(t) {
		docs[name] = sentenceTokens(text.Read(a))
	}
	// Without any lexicon or statistics.
	bare := &featurizer{}
	for dn, sents := range docs {
		for s, toks := range sents {
			if !equalFeats(bare.features(toks), refFeatures(bare, toks)) {
				t.Errorf("bare/%s sentence %d: features differ from the reference", dn, s)
			}
		}
	}
	for rn, r := range recs {
		for dn, sents := range docs {
			first := make([][]string, len(sents))
			feats := make([][][]uint64, len(sents))
			for s, toks := range sents {
				feats[s] = r.fz.features(toks)
				if want := refFeatures(r.fz, toks); !equalFeats(feats[s], want) {
					t.Errorf("%s/%s sentence %d: features differ from the reference", rn, dn, s)
				}
				first[s] = r.o.Model.w.decode(feats[s], 0, r.ok)
			}
			doc, ref := docStats(sents, first), refDocStats(sents, first)
			second := make([][]string, len(sents))
			for s, toks := range sents {
				got := addStacked(feats[s], toks, first[s], doc)
				want := refAddStacked(feats[s], toks, first[s], ref)
				if !equalFeats(got, want) {
					t.Errorf("%s/%s sentence %d: stacked features differ from the reference", rn, dn, s)
				}
				second[s] = first[s]
				if w2 := r.o.Model.w2; w2 != nil {
					second[s] = w2.decode(want, r.o.Model.EntityBias, r.ok)
				}
			}
			// The tagger, which scores both passes at once, labels as the
			// passes run one after the other do.
			plain, err := New(Options{Model: r.o.Model, NoConsistency: true, NoRegistryOverride: true})
			if err != nil {
				t.Fatal(err)
			}
			if got := plain.TagSentences(sents); !slices.EqualFunc(got, second, slices.Equal) {
				t.Errorf("%s/%s: tags differ from the passes run one by one", rn, dn)
			}
		}
	}
}

func equalFeats(a, b [][]uint64) bool {
	return slices.EqualFunc(a, b, func(x, y []uint64) bool { return slices.Equal(x, y) })
}

// golden is what the recognizer makes of one fixture article.
type golden struct {
	Tags     []string       `json:"tags"` // one line of BIO tags per sentence
	Entities []model.Entity `json:"entities"`
}

// TestRecognizerGolden compares the tags and entities of the fixture
// articles with testdata/golden (rewrite with -update after retraining).
func TestRecognizerGolden(t *testing.T) {
	r := defaultRecognizer(t)
	for name, a := range articles(t) {
		d := text.Read(a)
		g := golden{Entities: r.Extract(d)}
		for _, tags := range r.TagSentences(sentenceTokens(d)) {
			g.Tags = append(g.Tags, strings.Join(tags, " "))
		}
		got, err := json.MarshalIndent(g, "", " ")
		if err != nil {
			t.Fatal(err)
		}
		path := filepath.Join("testdata/golden", name+".json")
		if *update {
			if err := os.MkdirAll("testdata/golden", 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		want, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: tags or entities differ from %s", name, path)
		}
	}
}

// BenchmarkTagArticle tags the fixture articles (both passes and the
// rules, as TagSentences does); it reports tokens per second.
func BenchmarkTagArticle(b *testing.B) {
	r := defaultRecognizer(b)
	var docs [][][]text.Token
	n := 0
	for _, a := range articles(b) {
		d := text.Read(a)
		docs = append(docs, sentenceTokens(d))
		n += len(d.Tokens)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, sents := range docs {
			r.TagSentences(sents)
		}
	}
	b.StopTimer()
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
	b.ReportMetric(float64(testing.AllocsPerRun(1, func() {
		for _, sents := range docs {
			r.TagSentences(sents)
		}
	}))/float64(n), "allocs/token")
}

// BenchmarkFeatures featurises the fixture articles' sentences (first pass).
func BenchmarkFeatures(b *testing.B) {
	r := defaultRecognizer(b)
	var sents [][]text.Token
	n := 0
	for _, a := range articles(b) {
		d := text.Read(a)
		sents = append(sents, sentenceTokens(d)...)
		n += len(d.Tokens)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, toks := range sents {
			r.fz.features(toks)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}

// BenchmarkExtractArticle runs Extract on the fixture articles; it reports
// tokens per second.
func BenchmarkExtractArticle(b *testing.B) {
	r := defaultRecognizer(b)
	var docs []*text.Doc
	n := 0
	for _, a := range articles(b) {
		d := text.Read(a)
		docs = append(docs, d)
		n += len(d.Tokens)
	}
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			r.Extract(d)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "tokens/s")
}
