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
}

// Train fits a tagger on tagged sentences.
func Train(sents []Sentence, o TrainOptions) *Model {
	if o.Epochs == 0 {
		o.Epochs = 12
	}
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
		toks := make([]text.Token, len(s.Tokens))
		for i, t := range s.Tokens {
			toks[i] = TokenOf(t)
		}
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
	return &Model{w: train(Labels, exs, o.Epochs, o.Seed), clusters: o.Clusters, ne: full}
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
		for i, t := range s.Tokens {
			b := TokenOf(t).Base
			st := out[b]
			c := 0
			if tag := s.Tags[i]; tag != "O" {
				for k, name := range neClasses {
					if tag[2:] == name {
						c = k
					}
				}
			}
			if st[c] < 65535 {
				st[c]++
			}
			out[b] = st
		}
	}
	return out
}

// BuildClusters learns word clusters from unlabelled sentences: a coarse
// (32 classes) and a fine (256 classes) exchange clustering of token bases.
func BuildClusters(sents [][]string) map[string][2]uint16 {
	bases := make([][]string, len(sents))
	for i, s := range sents {
		bases[i] = make([]string, len(s))
		for j, w := range s {
			bases[i][j] = TokenOf(w).Base
		}
	}
	coarse := Clusters(bases, 32, 10, 2)
	fine := Clusters(bases, 256, 10, 2)
	out := make(map[string][2]uint16, len(fine))
	for w, f := range fine {
		out[w] = [2]uint16{coarse[w], f}
	}
	return out
}
