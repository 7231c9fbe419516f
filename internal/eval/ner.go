package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/extract/entity"
	"github.com/marsad/marsad/internal/text"
)

// NER measures the entity tagger: conlleval micro-F1 on the ANERcorp test
// split (per class, with and without MISC), AQMAR test as out-of-domain
// text, recall of the names of gold-dev, speed on one core, model size and
// peak memory.
var NER = Section{Name: "ner", Run: runNER}

// docSize is how many consecutive corpus sentences make one "article" for
// the article-level consistency step (the corpora mark no article breaks).
const docSize = 20

func runNER(data string, r *Report) error {
	rec, err := entity.New(entity.Options{})
	if err != nil {
		return err
	}
	raw, err := entity.DefaultModel()
	if err != nil {
		return err
	}
	tagOnly, err := entity.New(entity.Options{Model: raw, NoConsistency: true, NoRegistryOverride: true})
	if err != nil {
		return err
	}
	for _, set := range []struct{ name, path, anchor string }{
		{"ANERcorp test", "anercorp-camel/test.conll", "BERT 83-84, CRF 79-81, lexical perceptron 62.9"},
		{"AQMAR test (out of domain)", "aqmar/test.conll", "ANERcorp-trained lexical perceptron 35.6"},
	} {
		sents, err := readCoNLL(filepath.Join(data, set.path))
		if err != nil {
			return err
		}
		gold, pred := tagCorpus(rec, sents)
		sc := entity.Score(gold, pred)
		all := sc["ALL"]
		r.Addf("ner", set.name+": micro F1 (P/R)", fmt.Sprintf("%d sentences, %d gold entities; %s", len(sents), all.Gold, set.anchor),
			"%.2f (%.1f/%.1f)", all.F1(), all.P(), all.R())
		for _, c := range entity.Classes(sc) {
			r.Addf("ner", set.name+": "+c+" F1 (P/R)", fmt.Sprintf("%d gold", sc[c].Gold), "%.1f (%.1f/%.1f)", sc[c].F1(), sc[c].P(), sc[c].R())
		}
		r.Addf("ner", set.name+": F1 without MISC", "PER+LOC+ORG", "%.2f", entity.Without(sc, "MISC").F1())
		_, pred = tagCorpus(tagOnly, sents)
		r.Addf("ner", set.name+": F1, tagger alone", "no registry override, no article consistency", "%.2f", entity.Score(gold, pred)["ALL"].F1())
	}
	if err := goldRecall(data, rec, r); err != nil {
		return err
	}
	return nerSpeed(data, rec, r)
}

func readCoNLL(path string) ([]entity.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return entity.ReadCoNLL(f)
}

func corpusTokens(sents []entity.Sentence) [][]text.Token {
	out := make([][]text.Token, len(sents))
	for i, s := range sents {
		out[i] = make([]text.Token, len(s.Tokens))
		for j, t := range s.Tokens {
			out[i][j] = entity.TokenOf(t)
		}
	}
	return out
}

// tagCorpus tags the corpus in articles of docSize sentences.
func tagCorpus(rec *entity.Recognizer, sents []entity.Sentence) (gold, pred [][]string) {
	toks := corpusTokens(sents)
	for i := 0; i < len(sents); i += docSize {
		j := min(i+docSize, len(sents))
		pred = append(pred, rec.TagSentences(toks[i:j])...)
		for _, s := range sents[i:j] {
			gold = append(gold, s.Tags)
		}
	}
	return gold, pred
}

// goldRecall measures how many names of gold-dev's people, organisations
// and places the recogniser finds (as its name or its clitic-free surface),
// with the right class and with any class.
func goldRecall(data string, rec *entity.Recognizer, r *Report) error {
	g, arts, err := readGoldDevArticles(data)
	if err != nil {
		return err
	}
	type found struct{ typed, any map[string]bool }
	byDoc := map[string]found{}
	predicted := 0
	for id, a := range arts {
		f := found{typed: map[string]bool{}, any: map[string]bool{}}
		for _, e := range rec.Extract(text.Read(normalised(a).Text)) {
			predicted++
			for _, k := range keys(e.Name, e.Text) {
				f.typed[e.Type+" "+k] = true
				f.any[k] = true
				f.any[strings.TrimPrefix(k, "ال")] = true
			}
		}
		byDoc[id] = f
	}
	for _, set := range []struct {
		name, typ string
		names     map[string][]string
	}{{"people", "PER", g.People}, {"organisations", "ORG", g.Organisations}, {"places", "LOC", g.Places}} {
		n, typed, any := 0, 0, 0
		for id, names := range set.names {
			f, ok := byDoc[id]
			if !ok {
				continue
			}
			for _, name := range names {
				n++
				k := actor.Key(name)
				if f.typed[set.typ+" "+k] {
					typed++
				}
				if f.any[k] || f.any[strings.TrimPrefix(k, "ال")] {
					any++
				}
			}
		}
		r.Add("ner", "gold-dev "+set.name+": recall of names, right class", Pct(typed, n), fmt.Sprintf("%d articles", len(arts)))
		r.Add("ner", "gold-dev "+set.name+": recall of names, any class", Pct(any, n), "")
	}
	r.Addf("ner", "gold-dev: entities predicted", fmt.Sprintf("%d articles", len(arts)), "%d", predicted)
	return nil
}

// keys are the matching keys of the names, each also with its first word
// read without its proclitics (لوكالة → وكالة).
func keys(names ...string) []string {
	var out []string
	for _, n := range names {
		w := actor.Words(n)
		if len(w) == 0 {
			continue
		}
		for _, f := range text.Forms(w[0]) {
			out = append(out, strings.Join(append([]string{f}, w[1:]...), " "))
		}
	}
	return out
}

// nerSpeed times the tagger on one core over the ANERcorp test tokens and
// Extract over the gold-dev articles; it reports the model size and the
// process's peak RSS.
func nerSpeed(data string, rec *entity.Recognizer, r *Report) error {
	sents, err := readCoNLL(filepath.Join(data, "anercorp-camel/test.conll"))
	if err != nil {
		return err
	}
	toks := corpusTokens(sents)
	n := 0
	for _, s := range toks {
		n += len(s)
	}
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	start := time.Now()
	rounds := 0
	for time.Since(start) < 3*time.Second {
		for i := 0; i < len(toks); i += docSize {
			rec.TagSentences(toks[i:min(i+docSize, len(toks))])
		}
		rounds++
	}
	el := time.Since(start)
	r.Addf("ner", "speed: tagging, tokens/s on one core", fmt.Sprintf("ANERcorp test, %d tokens × %d rounds", n, rounds), "%.0f", float64(n*rounds)/el.Seconds())
	_, arts, err := readGoldDevArticles(data)
	if err != nil {
		return err
	}
	var docs []*text.Doc
	words := 0
	for _, a := range arts {
		d := text.Read(normalised(a).Text)
		docs = append(docs, d)
		words += len(d.Tokens)
	}
	start = time.Now()
	rounds = 0
	for time.Since(start) < 3*time.Second {
		for _, d := range docs {
			rec.Extract(d)
		}
		rounds++
	}
	el = time.Since(start)
	r.Addf("ner", "speed: Extract on news, tokens/s on one core", fmt.Sprintf("gold-dev, %d articles, %d tokens", len(docs), words), "%.0f", float64(words*rounds)/el.Seconds())
	m, _ := entity.DefaultModel()
	r.Addf("ner", "model size", fmt.Sprintf("%d feature rows", m.Features()), "%.2f MB (gzip, embedded)", float64(entity.ModelSize())/1e6)
	debug.FreeOSMemory()
	r.Add("ner", "peak RSS of the eval process", peakRSS(), "VmHWM after loading model, registry, gazetteer and the corpora")
	return nil
}

// peakRSS reads VmHWM from /proc/self/status.
func peakRSS() string {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return "n/a"
	}
	for _, l := range strings.Split(string(b), "\n") {
		if strings.HasPrefix(l, "VmHWM:") {
			return strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:"))
		}
	}
	return "n/a"
}
