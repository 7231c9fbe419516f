// Command marsad-train trains marsad's named-entity tagger on ANERcorp
// (make train) and writes the model the binary embeds. With --dev it holds
// out the last tenth of the training sentences and prints the dev scores
// instead of writing the model.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/eval"
	"github.com/marsad/marsad/internal/extract/entity"
	"github.com/marsad/marsad/internal/gazetteer"
	"github.com/marsad/marsad/internal/text"
)

func main() {
	data := flag.String("data", "../shared/data", "folder of the shared datasets")
	out := flag.String("out", "internal/extract/entity/data/ner.gob.gz", "model file to write")
	dev := flag.Bool("dev", false, "train on the first 90% of train, score the last 10%, write nothing")
	epochs := flag.Int("epochs", 12, "training passes")
	seed = flag.Uint64("seed", 1, "shuffling seed (other seeds measure how much a dev score owes to chance)")
	minW := flag.Float64("min-weight", 0.5, "drop features whose weights all stay below this")
	noClusters := flag.Bool("no-clusters", false, "train without word clusters")
	noLex := flag.Bool("no-lexicons", false, "train without registry and gazetteer features")
	stacked = flag.Bool("stacked", true, "add the second pass over article features")
	bag = flag.Int("bag", 3, "perceptrons averaged per pass, each with its own shuffling seed")
	cv = flag.Int("cv", 0, "cross-validate over this many blocks of train instead of training (writes nothing)")
	withAqmar = flag.Bool("with-aqmar", false, "also train on AQMAR dev")
	errorsOut = flag.String("errors", "", "with --dev: write the dev sentences where the full recognizer and the tagger alone disagree to this file")
	bias := flag.Float64("entity-bias", 15, "bias towards entity labels stored in the model (chosen by --cv 5)")
	learner = flag.String("learner", "perceptron", "perceptron or crf")
	l2 = flag.Float64("l2", 0.1, "crf: L2 penalty l2/2·‖θ‖² (0.1 chosen on --dev)")
	scorePruned = flag.Bool("score-pruned", false, "with --dev: also score the model as written (pruned and quantised) at --min-weight and two lower thresholds")
	crfIters = flag.Int("crf-iters", 200, "crf: L-BFGS iterations at most")
	attribution := flag.String("attribution", "", "train the claims' attribution ranker on the dev gold sets instead, and write it to this file")
	flag.Parse()
	if *attribution != "" {
		if err := trainAttribution(*data, *attribution); err != nil {
			fmt.Fprintln(os.Stderr, "marsad-train:", err)
			os.Exit(1)
		}
		return
	}
	if *learner != "perceptron" && *learner != "crf" {
		fmt.Fprintln(os.Stderr, "marsad-train: --learner must be perceptron or crf")
		os.Exit(2)
	}
	set := map[string]bool{}
	flag.Visit(func(f *flag.Flag) { set[f.Name] = true })
	if *learner == "crf" {
		// A CRF's weights are log-potentials, far smaller than the
		// perceptron's summed updates: bias and pruning scale with them.
		if !set["entity-bias"] {
			*bias = 0
		}
		if !set["min-weight"] {
			*minW = 0.02
		}
	}
	entityBias = float32(*bias)
	if err := run(*data, *out, *dev, *epochs, float32(*minW), *noClusters, *noLex); err != nil {
		fmt.Fprintln(os.Stderr, "marsad-train:", err)
		os.Exit(1)
	}
}

var (
	errorsOut   *string
	entityBias  float32
	withAqmar   *bool
	cv          *int
	bag         *int
	stacked     *bool
	seed        *uint64
	learner     *string
	l2          *float64
	crfIters    *int
	scorePruned *bool
)

func read(path string) ([]entity.Sentence, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return entity.ReadCoNLL(f)
}

func run(data, out string, dev bool, epochs int, minW float32, noClusters, noLex bool) error {
	start := time.Now()
	train, err := read(filepath.Join(data, "anercorp-camel/train.conll"))
	if err != nil {
		return err
	}
	aqmar, err := read(filepath.Join(data, "aqmar/dev.conll"))
	if err != nil {
		return err
	}
	// Clusters are learnt from the text of ANERcorp train and AQMAR dev
	// only: both may be redistributed, and neither is a test set.
	var clusters map[string][2]uint16
	if !noClusters {
		var raw [][]string
		for _, s := range append(append([]entity.Sentence{}, train...), aqmar...) {
			raw = append(raw, s.Tokens)
		}
		clusters = entity.BuildClusters(raw)
		fmt.Fprintf(os.Stderr, "clusters: %d words in %s\n", len(clusters), time.Since(start).Round(time.Millisecond))
	}
	var held []entity.Sentence
	if dev {
		cut := len(train) * 9 / 10
		train, held = train[:cut], train[cut:]
	}
	if *withAqmar {
		train = append(train, aqmar...)
	}
	o := entity.TrainOptions{Epochs: epochs, Seed: *seed, Clusters: clusters, Stacked: *stacked, Bag: *bag,
		Learner: *learner, L2: *l2, MaxIter: *crfIters,
		Logf: func(format string, args ...any) { fmt.Fprintf(os.Stderr, format+"\n", args...) }}
	if !noLex {
		o.Registry, o.Gazetteer = actor.Default(), gazetteer.Default()
	}
	if *cv > 0 {
		return crossValidate(train, o, *cv)
	}
	t0 := time.Now()
	m := entity.Train(train, o)
	m.EntityBias = entityBias
	fmt.Fprintf(os.Stderr, "trained on %d sentences, %d features, in %s\n", len(train), m.Features(), time.Since(t0).Round(time.Millisecond))
	if dev {
		if err := score(m, o, held); err != nil || !*scorePruned {
			return err
		}
		return scorePrunings(m, o, held, minW)
	}
	f, err := os.Create(out)
	if err != nil {
		return err
	}
	if err := m.Write(f, minW); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	st, _ := os.Stat(out)
	fmt.Fprintf(os.Stderr, "wrote %s (%d bytes) in %s total\n", out, st.Size(), time.Since(start).Round(time.Millisecond))
	return nil
}

// scorePrunings scores the model as written (pruned and quantised) at
// --min-weight and at two lower thresholds, with each file's size.
func scorePrunings(m *entity.Model, o entity.TrainOptions, held []entity.Sentence, minW float32) error {
	for _, t := range []float32{minW, minW / 2.5, minW / 5} {
		var buf bytes.Buffer
		if err := m.Write(&buf, t); err != nil {
			return err
		}
		size := buf.Len()
		pm, err := entity.ReadModel(&buf)
		if err != nil {
			return err
		}
		fmt.Printf("as written with --min-weight %g (%d bytes):\n", t, size)
		if err := score(pm, o, held); err != nil {
			return err
		}
	}
	return nil
}

// score tags the held-out sentences as documents of 20 sentences (ANERcorp
// has no article boundaries) and prints conlleval figures.
func score(m *entity.Model, o entity.TrainOptions, held []entity.Sentence) error {
	if *errorsOut != "" {
		if err := writeErrors(*errorsOut, m, o, held); err != nil {
			return err
		}
	}
	for _, variant := range []struct {
		name string
		opt  entity.Options
	}{
		{"full", entity.Options{Model: m, Registry: o.Registry, Gazetteer: o.Gazetteer}},
		{"no-consistency", entity.Options{Model: m, Registry: o.Registry, Gazetteer: o.Gazetteer, NoConsistency: true}},
		{"no-override", entity.Options{Model: m, Registry: o.Registry, Gazetteer: o.Gazetteer, NoRegistryOverride: true}},
		{"tagger-only", entity.Options{Model: m, Registry: o.Registry, Gazetteer: o.Gazetteer, NoConsistency: true, NoRegistryOverride: true}},
	} {
		r, err := entity.New(variant.opt)
		if err != nil {
			return err
		}
		if variant.name == "full" {
			biases := []float32{0, 5, 10, 20, 40, 80}
			if *learner == "crf" {
				biases = []float32{0, 0.25, 0.5, 1, 1.5, 2, 3}
			}
			for _, b := range biases {
				rb, _ := entity.New(entity.Options{Model: m, Registry: o.Registry, Gazetteer: o.Gazetteer, EntityBias: &b})
				sc := entity.Score(tagHeld(rb, held))
				fmt.Printf("bias %.1f: F1 %.2f (P %.2f R %.2f)\n", b, sc["ALL"].F1(), sc["ALL"].P(), sc["ALL"].R())
			}
		}
		sc := entity.Score(tagHeld(r, held))
		printScores(variant.name, sc)
	}
	return nil
}

// printScores prints one line of conlleval figures: micro F1 with P and R,
// F1 per class, and F1 without MISC.
func printScores(name string, sc map[string]entity.Counts) {
	fmt.Printf("%-15s F1 %.2f (P %.2f R %.2f)", name, sc["ALL"].F1(), sc["ALL"].P(), sc["ALL"].R())
	for _, c := range entity.Classes(sc) {
		fmt.Printf("  %s %.1f", c, sc[c].F1())
	}
	fmt.Printf("  noMISC %.2f\n", entity.Without(sc, "MISC").F1())
}

// tagHeld tags sentences in documents of 20 (ANERcorp marks no article
// boundaries) and returns gold and predicted tags.
func tagHeld(r *entity.Recognizer, held []entity.Sentence) (gold, pred [][]string) {
	for i := 0; i < len(held); i += entity.DocSize {
		docs := held[i:min(i+entity.DocSize, len(held))]
		toks := make([][]text.Token, len(docs))
		for k, s := range docs {
			toks[k] = make([]text.Token, len(s.Tokens))
			for j, t := range s.Tokens {
				toks[k][j] = entity.TokenOf(t)
			}
			gold = append(gold, s.Tags)
		}
		pred = append(pred, r.TagSentences(toks)...)
	}
	return gold, pred
}

// fullAndAlone returns the recognizer marsad runs (registry override and
// article consistency on) and the tagger alone, over one model.
func fullAndAlone(m *entity.Model, o entity.TrainOptions) (full, alone *entity.Recognizer, err error) {
	full, err = entity.New(entity.Options{Model: m, Registry: o.Registry, Gazetteer: o.Gazetteer})
	if err != nil {
		return nil, nil, err
	}
	alone, err = entity.New(entity.Options{Model: m, Registry: o.Registry, Gazetteer: o.Gazetteer, NoConsistency: true, NoRegistryOverride: true})
	if err != nil {
		return nil, nil, err
	}
	return full, alone, nil
}

// writeErrors lists, for each dev sentence where the full recognizer's
// tags differ from the tagger's alone, the tokens with gold, tagger and
// full tags.
func writeErrors(path string, m *entity.Model, o entity.TrainOptions, held []entity.Sentence) error {
	full, alone, err := fullAndAlone(m, o)
	if err != nil {
		return err
	}
	gold, pf := tagHeld(full, held)
	_, pa := tagHeld(alone, held)
	var b strings.Builder
	for s := range gold {
		if slices.Equal(pf[s], pa[s]) && slices.Equal(pf[s], gold[s]) {
			continue
		}
		fmt.Fprintf(&b, "# sentence %d\n", s)
		for i, t := range held[s].Tokens {
			mark := ""
			if pf[s][i] != gold[s][i] || pa[s][i] != gold[s][i] {
				mark = " *"
			}
			fmt.Fprintf(&b, "%s\t%s\t%s\t%s%s\n", t, gold[s][i], pa[s][i], pf[s][i], mark)
		}
		b.WriteString("\n")
	}
	return os.WriteFile(path, []byte(b.String()), 0o644)
}

// trainAttribution learns the attribution ranker (internal/extract/claim,
// rank.go) and writes it as JSON.
func trainAttribution(data, out string) error {
	r, report, err := eval.TrainAttribution(data)
	if err != nil {
		return err
	}
	fmt.Fprintln(os.Stderr, "attribution:", report)
	b, err := json.MarshalIndent(r, "", " ")
	if err != nil {
		return err
	}
	return os.WriteFile(out, append(b, '\n'), 0o644)
}
