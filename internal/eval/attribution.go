package eval

import (
	"fmt"
	"sort"

	"github.com/marsad/marsad/internal/extract/claim"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// attributionDoc is one annotated article's choices, for the ranker.
type attributionDoc struct {
	id       string
	examples []claim.Example
	// rules is, per example, the option the rules alone take (the smallest
	// claim holding the figure, else no one).
	rules []int
}

// attributionDocs builds the ranker's examples from the dev gold sets
// (never the test split): the gold figures as the extractor's input, the
// rules' claims, and for each figure the option whose speaker is the gold
// speaker (or "no one" for the outlet's own figures). Figures with no right
// option among the candidates teach nothing and are left out.
func attributionDocs(data string) ([]attributionDoc, error) {
	ex := claim.New(claim.Options{})
	var out []attributionDoc
	for _, set := range goldSets {
		if !set.Tuned {
			continue
		}
		docs, err := loadClaimDocs(data, set)
		if err != nil {
			return nil, err
		}
		for _, d := range docs {
			in := claim.Input{Outlet: d.outlet}
			for _, g := range d.gold {
				in.Quantities = append(in.Quantities, model.Quantity{Span: model.SpanOf(d.text, g.Start, g.End)})
			}
			td := text.Read(d.text)
			claims := ex.Extract(td, in)
			ad := attributionDoc{id: set.Name + "/" + d.id}
			for _, ch := range claim.Choices(td, in, claims) {
				g := d.gold[ch.Quantity]
				right := -1
				for k, o := range ch.Options {
					if rightOption(g, o, claims) {
						right = k
						break
					}
				}
				if right < 0 {
					continue
				}
				ad.examples = append(ad.examples, claim.Example{Choice: ch, Right: right})
				ad.rules = append(ad.rules, rulesOption(ch, claims, in.Quantities[ch.Quantity]))
			}
			out = append(out, ad)
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, nil
}

func rightOption(g goldQuantity, o claim.Option, claims []model.Claim) bool {
	if o.Claim < 0 {
		return g.Speaker == nil
	}
	c := claims[o.Claim]
	return g.Speaker != nil && c.Speaker != nil && (sameClaimName(*g.Speaker, c.Speaker.Name) || sameClaimName(*g.Speaker, c.Speaker.Text))
}

// rulesOption is the option the rules take: the smallest claim whose
// extent holds the figure, else no one.
func rulesOption(ch claim.Choice, claims []model.Claim, q model.Quantity) int {
	best, size := -1, 1<<30
	for k, o := range ch.Options {
		if o.Claim < 0 {
			if best < 0 {
				best = k
			}
			continue
		}
		c := claims[o.Claim]
		if c.Start <= q.Start && q.End <= c.End && c.End-c.Start < size {
			best, size = k, c.End-c.Start
		}
	}
	return best
}

// AttributionEpochs and AttributionSeed are the training settings.
const (
	AttributionEpochs = 10
	AttributionSeed   = 7
)

// TrainAttribution learns the attribution ranker on the dev gold sets and
// reports, by 5-fold cross-validation over documents, how often the
// ranker's choice and the rules' choice are right.
func TrainAttribution(data string) (*claim.Ranker, string, error) {
	docs, err := attributionDocs(data)
	if err != nil {
		return nil, "", err
	}
	const folds = 5
	var ranked, rules, n int
	for f := range folds {
		var train []claim.Example
		for i, d := range docs {
			if i%folds != f {
				train = append(train, d.examples...)
			}
		}
		r := claim.TrainRanker(train, AttributionEpochs, AttributionSeed)
		for i, d := range docs {
			if i%folds != f {
				continue
			}
			for k, ex := range d.examples {
				n++
				if r.Best(ex.Choice) == ex.Right {
					ranked++
				}
				if d.rules[k] == ex.Right {
					rules++
				}
			}
		}
	}
	var all []claim.Example
	for _, d := range docs {
		all = append(all, d.examples...)
	}
	r := claim.TrainRanker(all, AttributionEpochs, AttributionSeed)
	r.About = fmt.Sprintf("attribution ranker: averaged margin perceptron, %d epochs, seed %d, learnt from %d figure choices of "+
		"gold-dev and news2018-dev (%d documents); hand annotations of the ANT Corpus 2018 sample (see internal/eval/news2018)",
		AttributionEpochs, AttributionSeed, len(all), len(docs))
	report := fmt.Sprintf("%d choices in %d documents; 5-fold CV by document: ranker %s, rules alone %s",
		n, len(docs), Pct(ranked, n), Pct(rules, n))
	return r, report, nil
}
