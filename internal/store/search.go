package store

import (
	"context"
	"fmt"

	"github.com/marsad/marsad/internal/text"
)

// Hit is one search result: the article and a snippet around the first
// matching sentence, its matching words marked.
type Hit struct {
	Summary
	Snippet []Segment `json:"snippet"`
}

// Segment is a piece of a snippet; Mark is true for a matching word.
type Segment struct {
	Text string `json:"text"`
	Mark bool   `json:"mark,omitempty"`
}

// Search finds articles whose title or text hold what the query asks
// (parseQuery: every word, "phrases", OR, -word), compared in the matching
// form (clitics, harakat, letter variants and digits folded), best first.
// It returns a page of hits and the total; a query it cannot run is an
// ErrQuery.
func (s *Store) Search(ctx context.Context, query string, q ArticleQuery) ([]Hit, int, error) {
	pq, err := parseQuery(query)
	if err != nil {
		return nil, 0, err
	}
	if pq.match == "" {
		return nil, 0, nil
	}
	terms, match := pq.terms, pq.match
	cond, args := q.where("a.")
	from := ` FROM article_terms JOIN articles a ON a.rowid = article_terms.rowid WHERE article_terms MATCH ?` + cond
	args = append([]any{match}, args...)
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*)`+from, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: search %q: %w", query, err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+summaryColumnsOf("a.")+`, a.text`+from+
		` ORDER BY bm25(article_terms, 2.0, 1.0) LIMIT ? OFFSET ?`, append(args, q.limit(), q.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: search %q: %w", query, err)
	}
	defer rows.Close()
	want := map[string]bool{}
	for _, t := range terms {
		want[t] = true
	}
	var hits []Hit
	for rows.Next() {
		var body string
		sum, err := scanSummary(scanFunc(func(dst ...any) error { return rows.Scan(append(dst, &body)...) }))
		if err != nil {
			return nil, 0, fmt.Errorf("store: search %q: %w", query, err)
		}
		snip := Snippet(body, want, 300)
		if len(snip) == 0 {
			snip = []Segment{{Text: sum.Lead}} // the match is in the title
		}
		hits = append(hits, Hit{Summary: sum, Snippet: snip})
	}
	return hits, total, rows.Err()
}

// Snippet returns the first sentence of body that holds one of the terms,
// cut to about max bytes, with the matching words marked.
func Snippet(body string, terms map[string]bool, max int) []Segment {
	d := text.Read(body)
	for si, sent := range d.Sentences {
		from, to := d.SentenceTokens(si)
		var segs []Segment
		pos := sent.Start
		for _, tk := range d.Tokens[from:to] {
			if !terms[text.SearchTerm(tk)] {
				continue
			}
			if tk.Start > pos {
				segs = append(segs, Segment{Text: body[pos:tk.Start]})
			}
			segs = append(segs, Segment{Text: tk.Text, Mark: true})
			pos = tk.End
		}
		if len(segs) == 0 {
			continue
		}
		if pos < sent.End {
			segs = append(segs, Segment{Text: body[pos:sent.End]})
		}
		return clip(segs, max)
	}
	return nil
}

// clip keeps segments until about max bytes, always keeping the first mark.
func clip(segs []Segment, max int) []Segment {
	n, marked := 0, false
	for i, s := range segs {
		n += len(s.Text)
		marked = marked || s.Mark
		if n > max && marked && i > 0 {
			return append(segs[:i:i], Segment{Text: "…"})
		}
	}
	return segs
}
