package store

import (
	"errors"
	"fmt"
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// ErrQuery reports a search query that cannot be run as written.
var ErrQuery = errors.New("search query")

// parsedQuery is a search query read for FTS5: the MATCH expression and
// the terms it looks for (to mark in snippets).
type parsedQuery struct {
	match string
	terms []string
}

// parseQuery reads the search syntax users expect: words (all of them
// must occur), "quoted phrases" (the words in that order), OR between two
// words or phrases (either), and -word or -"phrase" to leave out the
// articles that hold it. Words are compared in the matching form
// (text.Terms). A query with nothing to find but exclusions is an error.
func parseQuery(q string) (parsedQuery, error) {
	type item struct {
		expr  string
		terms []string
		neg   bool
	}
	var items []item
	orNext := false
	var groups [][]item // OR-chains, ANDed
	flush := func(it item) {
		if it.neg {
			items = append(items, it)
			return
		}
		if orNext && len(groups) > 0 {
			groups[len(groups)-1] = append(groups[len(groups)-1], it)
		} else {
			groups = append(groups, []item{it})
		}
		orNext = false
	}
	q = text.Normalize(q)
	for i := 0; i < len(q); {
		switch c := q[i]; {
		case c == ' ' || c == '\t' || c == '\n':
			i++
			continue
		}
		neg := false
		if q[i] == '-' && i+1 < len(q) && q[i+1] != ' ' {
			neg, i = true, i+1
		}
		var raw string
		phrase := false
		if q[i] == '"' {
			end := strings.IndexByte(q[i+1:], '"')
			if end < 0 {
				raw, i = q[i+1:], len(q)
			} else {
				raw, i = q[i+1:i+1+end], i+2+end
			}
			phrase = true
		} else {
			end := strings.IndexAny(q[i:], " \t\n\"")
			if end < 0 {
				end = len(q) - i
			}
			raw, i = q[i:i+end], i+end
		}
		if !phrase && !neg && (raw == "OR" || raw == "أو" || raw == "او") {
			orNext = len(groups) > 0
			continue
		}
		terms := text.Terms(raw)
		if len(terms) == 0 {
			continue
		}
		// A phrase, or a word the tokenizer splits (a number with its
		// unit), is its terms in that order.
		flush(item{expr: quote(strings.Join(terms, " ")), terms: terms, neg: neg})
	}
	if len(groups) == 0 {
		if len(items) > 0 {
			return parsedQuery{}, fmt.Errorf("%w: it needs a word to find, not only words to leave out", ErrQuery)
		}
		return parsedQuery{}, nil
	}
	var and []string
	var terms []string
	for _, g := range groups {
		var or []string
		for _, it := range g {
			or = append(or, it.expr)
			terms = append(terms, it.terms...)
		}
		if len(or) == 1 {
			and = append(and, or[0])
		} else {
			and = append(and, "("+strings.Join(or, " OR ")+")")
		}
	}
	match := strings.Join(and, " AND ")
	for _, it := range items {
		match = "(" + match + ") NOT " + it.expr
	}
	return parsedQuery{match: match, terms: terms}, nil
}

// quote makes a string an FTS5 string (a term, or a phrase of terms).
func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
