package entity

import (
	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/gazetteer"
	"github.com/marsad/marsad/internal/text"
)

// Labels are the tagger's BIO labels.
var Labels = []string{"O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC"}

// TrainOptions controls Train.
type TrainOptions struct {
	Epochs    int // passes over the data (default 12)
	Seed      uint64
	Registry  *actor.Registry      // registry membership features; nil for none
	Gazetteer *gazetteer.Gazetteer // gazetteer membership features; nil for none
	Clusters  map[string][2]uint16 // word clusters (see BuildClusters); nil for none
	// Stacked adds the second pass over article-level features, trained on
	// jackknifed first-pass labels (ten more first-pass trainings).
	Stacked bool
	// Bag is how many perceptrons, each shuffling the data with its own
	// seed, are trained and averaged for every pass (default 1). A
	// perceptron's weights depend on the order it saw the examples in;
	// their average does much less. A CRF has no such noise: one is fitted.
	Bag int
	// Learner is "perceptron" (the default, also when empty) or "crf" (a
	// linear-chain CRF trained by L-BFGS); every pass and fold model uses it.
	Learner string
	L2      float64 // CRF: penalty L2/2·‖θ‖² (default 0.1)
	MaxIter int     // CRF: L-BFGS iterations at most (default 200)
	// Logf, when not nil, receives progress lines (CRF: iterations and
	// objective of each fit).
	Logf func(format string, args ...any)
}

// fit trains one pass's weights with the chosen learner, averaging o.Bag
// perceptrons.
func (o TrainOptions) fit(exs []example, seed uint64) *weights {
	if o.Learner == "crf" {
		return trainCRF(Labels, exs, crfOptions{L2: o.L2, MaxIter: o.MaxIter, Logf: o.Logf})
	}
	k := max(o.Bag, 1)
	ws := make([]*weights, k)
	for i := range ws {
		ws[i] = train(Labels, exs, o.Epochs, seed+uint64(i)*7919)
	}
	return averageWeights(ws)
}

// DocSize is how many consecutive corpus sentences make one article when a
// corpus marks no article breaks (ANERcorp, AQMAR).
const DocSize = 20

// Train fits a tagger on tagged sentences (in corpus order: articles of
// DocSize sentences for the second pass).
func Train(sents []Sentence, o TrainOptions) *Model {
	if o.Epochs == 0 {
		o.Epochs = 12
	}
	exs, full := examples(sents, o)
	m := &Model{w: o.fit(exs, o.Seed), clusters: o.Clusters, ne: full}
	if !o.Stacked || len(sents) < 20 {
		return m
	}
	// First-pass labels of each block of the training text from a model
	// that did not see it.
	const folds = 10
	first := make([][]string, 0, len(sents))
	for k := 0; k < folds; k++ {
		var rest, held []Sentence
		for si, s := range sents {
			if si*folds/len(sents) == k {
				held = append(held, s)
			} else {
				rest = append(rest, s)
			}
		}
		rx, ne := examples(rest, o)
		fold := &Model{w: o.fit(rx, o.Seed), clusters: o.Clusters, ne: ne}
		fz := &featurizer{reg: o.Registry, gaz: o.Gazetteer, clusters: o.Clusters, ne: ne}
		ok := allowedTransitions(Labels)
		for _, s := range held {
			toks := tokensOf(s)
			first = append(first, fold.w.decode(fz.features(toks), 0, ok))
		}
	}
	for d := 0; d < len(sents); d += DocSize {
		e := min(d+DocSize, len(sents))
		toks := make([][]text.Token, 0, e-d)
		for _, s := range sents[d:e] {
			toks = append(toks, tokensOf(s))
		}
		stats := docStats(toks, first[d:e])
		for i := d; i < e; i++ {
			exs[i].feats = addStacked(exs[i].feats, toks[i-d], first[i], stats)
		}
	}
	m.w2 = o.fit(exs, o.Seed+1)
	return m
}

func tokensOf(s Sentence) []text.Token {
	toks := make([]text.Token, len(s.Tokens))
	for i, t := range s.Tokens {
		toks[i] = TokenOf(t)
	}
	return toks
}

// examples featurises the sentences with jackknifed tag statistics and
// returns the statistics of the whole set.
func examples(sents []Sentence, o TrainOptions) ([]example, map[string][5]uint16) {
	// Each sentence sees the tag statistics of the other folds only
	// (jackknifing), so the feature is as reliable in training as on new text.
	const folds = 10
	full := neStats(sents, -1, folds)
	fzs := make([]*featurizer, folds)
	for k := range fzs {
		fzs[k] = &featurizer{reg: o.Registry, gaz: o.Gazetteer, clusters: o.Clusters, ne: neStats(sents, k, folds)}
	}
	index := map[string]int{}
	for i, l := range Labels {
		index[l] = i
	}
	exs := make([]example, 0, len(sents))
	for si, s := range sents {
		fz := fzs[si*folds/len(sents)]
		toks := tokensOf(s)
		gold := make([]int, len(s.Tags))
		prev := "O"
		for i, t := range s.Tags {
			if t[0] == 'I' && (prev == "O" || prev[2:] != t[2:]) {
				t = "B" + t[1:] // an orphan I- starts an entity, as conlleval reads it
			}
			gold[i] = index[t]
			prev = t
		}
		exs = append(exs, example{feats: fz.features(toks), gold: gold})
	}
	return exs, full
}

// neStats counts how each word's tokens are tagged, leaving out the
// sentences of one fold (skip < 0 keeps all). Folds are contiguous blocks,
// so a left-out sentence's article is mostly left out with it, as a new
// article would be.
func neStats(sents []Sentence, skip, folds int) map[string][5]uint16 {
	out := map[string][5]uint16{}
	for si, s := range sents {
		if si*folds/len(sents) == skip {
			continue
		}
		bases := make([]string, len(s.Tokens))
		for i, t := range s.Tokens {
			bases[i] = TokenOf(t).Base
		}
		at := func(i int) string {
			if i < 0 || i >= len(bases) {
				return "<s>"
			}
			return bases[i]
		}
		for i, b := range bases {
			c := 0
			if tag := s.Tags[i]; tag != "O" {
				for k, name := range neClasses {
					if tag[2:] == name {
						c = k
					}
				}
			}
			// The word, and the word after its left / before its right neighbour.
			for _, k := range []string{b, "<" + at(i-1) + " " + b, b + " " + at(i+1) + ">"} {
				st := out[k]
				if st[c] < 65535 {
					st[c]++
				}
				out[k] = st
			}
		}
	}
	// A word pair counts only if it was part of a name: the others say
	// nothing the single words do not, and would swell the model.
	for k, st := range out {
		if k != "" && (k[0] == '<' || k[len(k)-1] == '>') && st[1]+st[2]+st[3]+st[4] == 0 {
			delete(out, k)
		}
	}
	return out
}

// BuildClusters learns word clusters from unlabelled sentences: a coarse
// (16 classes) and a fine (128 classes) exchange clustering of token bases.
func BuildClusters(sents [][]string) map[string][2]uint16 {
	bases := make([][]string, len(sents))
	for i, s := range sents {
		bases[i] = make([]string, len(s))
		for j, w := range s {
			bases[i][j] = TokenOf(w).Base
		}
	}
	coarse := Clusters(bases, 16, 10, 2)
	fine := Clusters(bases, 128, 10, 2)
	out := make(map[string][2]uint16, len(fine))
	for w, f := range fine {
		out[w] = [2]uint16{coarse[w], f}
	}
	return out
}
