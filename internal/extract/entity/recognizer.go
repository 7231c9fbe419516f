// Package entity finds named entities in Arabic text: people, organisations,
// places and other names (PER, LOC, ORG, MISC). A first-order averaged
// perceptron tagger, trained on ANERcorp (see cmd/marsad-train), labels the
// tokens in two passes, the second reading what the first found in the
// whole article; the actor registry, the gazetteer and a list of given
// names feed its features. Rules for conflict news then correct it (news.go,
// rules.go), and the entities are resolved to the registry, and a later
// short mention to the earlier full name it stands for.
//
// Spans cover whole tokens, so a leading proclitic (و، ب، ل، ال) is inside
// the span ("بالرقة"); the entity's Name drops it, keeping the article
// ("الرقة").
package entity

import (
	"fmt"

	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/gazetteer"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// Options configures a Recognizer. Nil fields take the embedded defaults.
type Options struct {
	Model     *Model
	Registry  *actor.Registry
	Gazetteer *gazetteer.Gazetteer
	// NoConsistency turns off the article-level relabelling of repeated
	// names (for measuring it).
	NoConsistency bool
	// NoRegistryOverride keeps the tagger's spans where a registry name
	// matches (for measuring it).
	NoRegistryOverride bool
	// EntityBias, when not nil, replaces the model's bias towards entity
	// labels (see Model.EntityBias).
	EntityBias *float32
}

// Recognizer tags and resolves entities. It is safe for concurrent use.
type Recognizer struct {
	o  Options
	fz *featurizer
	ok []bool
}

// New returns a recognizer.
func New(o Options) (*Recognizer, error) {
	if o.Model == nil {
		m, err := DefaultModel()
		if err != nil {
			return nil, fmt.Errorf("entity: %w", err)
		}
		o.Model = m
	}
	if o.Registry == nil {
		o.Registry = actor.Default()
	}
	if o.Gazetteer == nil {
		o.Gazetteer = gazetteer.Default()
	}
	return &Recognizer{o: o, ok: allowedTransitions(o.Model.w.labels),
		fz: &featurizer{reg: o.Registry, gaz: o.Gazetteer, clusters: o.Model.clusters, ne: o.Model.ne}}, nil
}

// mention is a tagged token range [from,to) of one sentence.
type mention struct {
	sent, from, to int
	typ            string
}

// TagSentences labels the sentences of one document with BIO tags.
func (r *Recognizer) TagSentences(sents [][]text.Token) [][]string {
	tags := make([][]string, len(sents))
	bias := r.o.Model.EntityBias
	if r.o.EntityBias != nil {
		bias = *r.o.EntityBias
	}
	w, w2 := r.o.Model.w, r.o.Model.w2
	sc := &scratch{}
	ms := make([]*matches, len(sents))
	for s, toks := range sents {
		ms[s] = newMatches(toks, r.o.Gazetteer)
	}
	if w2 == nil {
		for s, toks := range sents {
			tags[s] = w.decode(r.fz.sentence(toks, ms[s], sc), bias, r.ok)
		}
	} else {
		// The first pass is read as it was trained, without the bias; the
		// second pass's scores start from the same features.
		ems := make([][]float32, len(sents))
		for s, toks := range sents {
			em1, em2 := scores2(w, w2, r.fz.sentence(toks, ms[s], sc), 0, bias)
			tags[s], ems[s] = w.best(em1, r.ok), em2
		}
		stats := docStats(sents, tags)
		for s, toks := range sents {
			w2.addScores(ems[s], stacked(toks, tags[s], stats), nStacked)
			tags[s] = w2.best(ems[s], r.ok)
		}
	}
	if !r.o.NoRegistryOverride {
		for s, toks := range sents {
			registryOverride(tags[s], ms[s].reg)
			r.placeRules(toks, tags[s], ms[s])
		}
		r.newsRules(sents, tags)
	}
	if !r.o.NoConsistency {
		consistency(sents, tags)
	}
	return tags
}

// registryOverride gives every registry name of the sentence its class and
// full extent: tagged entities that overlap it are dropped first.
func registryOverride(tags []string, names []regSpan) {
	for _, n := range names {
		clear(tags, n.from, n.to)
		setTags(tags, n.from, n.to, n.typ)
	}
}

// clear sets to O every entity that overlaps tokens [from,to).
func clear(tags []string, from, to int) {
	for from > 0 && tags[from][0] == 'I' {
		from--
	}
	for to < len(tags) && tags[to][0] == 'I' {
		to++
	}
	for k := from; k < to; k++ {
		tags[k] = "O"
	}
}

// Extract returns the entities of a document.
func (r *Recognizer) Extract(d *text.Doc) []model.Entity {
	sents := sentenceTokens(d)
	tags := r.TagSentences(sents)
	var ms []mention
	for s := range sents {
		ms = append(ms, mentions(s, tags[s])...)
	}
	return spokesmen(d, sents, r.backReferences(d, sents, r.resolve(d, sents, ms)))
}

// sentenceTokens splits the document's tokens by sentence; tokens outside
// every sentence form sentences of their own runs.
func sentenceTokens(d *text.Doc) [][]text.Token {
	var out [][]text.Token
	start := 0
	for i := 1; i <= len(d.Tokens); i++ {
		if i == len(d.Tokens) || d.SentenceOf(i) != d.SentenceOf(start) {
			out = append(out, d.Tokens[start:i])
			start = i
		}
	}
	return out
}

// mentions reads BIO tags into token ranges.
func mentions(s int, tags []string) []mention {
	var out []mention
	for i := 0; i < len(tags); i++ {
		if tags[i] == "O" {
			continue
		}
		typ := tags[i][2:]
		j := i + 1
		for j < len(tags) && tags[j] == "I-"+typ {
			j++
		}
		out = append(out, mention{sent: s, from: i, to: j, typ: typ})
		i = j - 1
	}
	return out
}
