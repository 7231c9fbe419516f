package store

import (
	"context"
	"encoding/json"
	"fmt"
	"strings"
)

// ArticleQuery selects and pages stored articles, newest first.
type ArticleQuery struct {
	Limit  int
	Offset int
	Outlet string
	From   string // YYYY-MM-DD, inclusive
	To     string // YYYY-MM-DD, inclusive
}

// where returns the SQL conditions of the query's filters and their arguments.
func (q ArticleQuery) where(alias string) (string, []any) {
	var conds []string
	var args []any
	if q.Outlet != "" {
		conds = append(conds, alias+"outlet = ?")
		args = append(args, q.Outlet)
	}
	if q.From != "" {
		conds = append(conds, alias+"published >= ?")
		args = append(args, q.From)
	}
	if q.To != "" {
		conds = append(conds, alias+"published < ?")
		args = append(args, q.To+"~") // every time of that day sorts below "~"
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " AND " + strings.Join(conds, " AND "), args
}

func (q ArticleQuery) limit() int {
	if q.Limit <= 0 {
		return 50
	}
	return q.Limit
}

// Articles returns a page of articles and the total matching the filters.
func (s *Store) Articles(ctx context.Context, q ArticleQuery) ([]Summary, int, error) {
	cond, args := q.where("")
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles WHERE 1=1`+cond, args...).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: count articles: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT `+summaryColumns+` FROM articles WHERE 1=1`+cond+
		` ORDER BY published DESC, id LIMIT ? OFFSET ?`, append(args, q.limit(), q.Offset)...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: list articles: %w", err)
	}
	defer rows.Close()
	var out []Summary
	for rows.Next() {
		sum, err := scanSummary(rows)
		if err != nil {
			return nil, 0, fmt.Errorf("store: list articles: %w", err)
		}
		out = append(out, sum)
	}
	return out, total, rows.Err()
}

// Count returns the number of stored articles.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM articles`).Scan(&n)
	return n, err
}

// Outlets returns the outlets of the stored articles with their counts.
func (s *Store) Outlets(ctx context.Context) (map[string]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT outlet, COUNT(*) FROM articles GROUP BY outlet`)
	if err != nil {
		return nil, fmt.Errorf("store: outlets: %w", err)
	}
	defer rows.Close()
	out := map[string]int{}
	for rows.Next() {
		var o string
		var n int
		if err := rows.Scan(&o, &n); err != nil {
			return nil, err
		}
		out[o] = n
	}
	return out, rows.Err()
}

// EachRecord calls fn with every stored article and its analysis, oldest
// first, stopping at the first error fn returns.
func (s *Store) EachRecord(ctx context.Context, fn func(Record) error) error {
	rows, err := s.db.QueryContext(ctx, `SELECT `+prefixed("a.", articleColumns)+`, n.record
		FROM articles a JOIN analyses n ON n.article_id = a.id ORDER BY a.published, a.id`)
	if err != nil {
		return fmt.Errorf("store: records: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var rec string
		var r Record
		a, err := scanArticle(scanFunc(func(dst ...any) error { return rows.Scan(append(dst, &rec)...) }))
		if err != nil {
			return fmt.Errorf("store: records: %w", err)
		}
		r.Article = a
		if err := json.Unmarshal([]byte(rec), &r.Analysis); err != nil {
			return fmt.Errorf("store: record %s: %w", a.ID, err)
		}
		if err := fn(r); err != nil {
			return err
		}
	}
	return rows.Err()
}

type scanFunc func(...any) error

func (f scanFunc) Scan(dst ...any) error { return f(dst...) }

func prefixed(alias, cols string) string {
	parts := strings.Split(cols, ", ")
	for i := range parts {
		parts[i] = alias + parts[i]
	}
	return strings.Join(parts, ", ")
}
