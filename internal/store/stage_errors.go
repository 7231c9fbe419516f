package store

import (
	"context"
	"fmt"
)

// StageFailure is one stage that failed on one stored article.
type StageFailure struct {
	Article string `json:"article"`
	Title   string `json:"title"`
	Stage   string `json:"stage"`
	Message string `json:"message"`
}

// StageFailures returns the stored stage errors, newest articles first, and
// how many articles carry one.
func (s *Store) StageFailures(ctx context.Context, limit, offset int) ([]StageFailure, int, error) {
	var articles int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(DISTINCT article_id) FROM stage_errors`).Scan(&articles); err != nil {
		return nil, 0, fmt.Errorf("store: stage errors: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.article_id, a.title, e.stage, e.message
		FROM stage_errors e JOIN articles a ON a.id = e.article_id
		ORDER BY a.published DESC, e.article_id, e.rowid LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("store: stage errors: %w", err)
	}
	defer rows.Close()
	var out []StageFailure
	for rows.Next() {
		var f StageFailure
		if err := rows.Scan(&f.Article, &f.Title, &f.Stage, &f.Message); err != nil {
			return nil, 0, fmt.Errorf("store: stage errors: %w", err)
		}
		out = append(out, f)
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: stage errors: %w", err)
	}
	return out, articles, nil
}
