// Package claim finds attributed statements in Arabic news text: the
// reporting cue, the speaker as written and resolved (back-references to the
// full earlier name), the outlets and agencies the statement came through
// (via), whether it is quoted, reported with أن or "according to", the extent
// of its content, and which quantities, times, places and entities it holds.
//
// It is rule-based and needs no other stage: speakers are read from the
// syntax around the cue (the noun phrase after a VSO verb, after بحسب/وفق, or
// before "كان ... قد"), with small built-in tables of outlets, role nouns and
// given names. Entities, when given, sharpen person names and fill the
// speaker's entity index.
package claim

import (
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// Input is what other stages found in the document; every array may be
// empty. Claims point into these arrays by index.
type Input struct {
	Entities   []model.Entity
	Quantities []model.Quantity
	Times      []model.Time
	Places     []model.Place
	// Outlet is the publishing outlet (its name in Arabic or English): it is
	// never a via.
	Outlet string
}

// Options tunes the extractor. The zero value works alone.
type Options struct {
	// IsOutlet reports whether a folded name (text.Fold, clitics removed) is
	// an outlet or agency, and its canonical name. The built-in table is
	// consulted when it is nil or says no.
	IsOutlet func(folded string) (canonical string, ok bool)
	// Canonical resolves a folded speaker name to a canonical spelling.
	Canonical func(folded string) (canonical string, ok bool)
	// Outlets adds outlet spellings: canonical name → other spellings.
	Outlets map[string][]string
	// Ranker, when set, decides which claim holds each figure (rank.go);
	// without it the smallest claim around a figure holds it.
	Ranker *Ranker
}

// Extractor finds claims. It is safe for concurrent use.
type Extractor struct {
	opts    Options
	outlets *outletTable
}

// New returns an extractor with its tables built.
func New(opts Options) *Extractor {
	return &Extractor{opts: opts, outlets: newOutletTable(opts.Outlets)}
}

// Extract returns the claims of a document, in text order. Every span is a
// byte range of d.Text.
func (e *Extractor) Extract(d *text.Doc, in Input) []model.Claim {
	p := newParse(e, d, in)
	p.run()
	claims := p.finish()
	if e.opts.Ranker != nil {
		claims = e.opts.Ranker.Apply(d, in, claims)
	}
	return claims
}
