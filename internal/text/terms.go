package text

import (
	"strings"

	"github.com/blevesearch/snowballstem"
	"github.com/blevesearch/snowballstem/arabic"
)

// Terms returns the search terms of a text: for each word its base (clitics
// split off, in the matching form) stemmed with the Snowball Arabic stemmer;
// numbers as ASCII digits without separators; Latin words lower-cased.
// Indexing and querying both go through Terms, so a query for المقاتلين
// finds والمقاتلين, ومقاتلين and vowelled spellings.
func Terms(s string) []string {
	toks := Tokenize(s)
	out := make([]string, 0, len(toks))
	for _, t := range toks {
		if term := SearchTerm(t); term != "" {
			out = append(out, term)
		}
	}
	return out
}

// SearchTerm is the term one token contributes to the search index, or ""
// for punctuation.
func SearchTerm(t Token) string {
	switch t.Kind {
	case Word:
		return Stem(t.Base)
	case Number:
		return strings.NewReplacer(",", "", ".", "").Replace(t.Norm)
	case Latin:
		return t.Norm
	}
	return ""
}

// Stem returns the Snowball Arabic stem of a folded base; a base of two
// letters or fewer is returned as it is.
func Stem(base string) string {
	if runeLen(base) <= 2 {
		return base
	}
	env := snowballstem.NewEnv(base)
	arabic.Stem(env)
	if st := env.Current(); st != "" {
		return st
	}
	return base
}
