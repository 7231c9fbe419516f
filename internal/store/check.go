package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// Problem is one kind of inconsistency between the articles and what is
// derived from them, with the articles (or rows) it concerns.
type Problem struct {
	Kind  string   // see the checks in Check
	What  string   // in words
	IDs   []string // the articles concerned (at most 20 listed)
	Count int
}

// checks are the queries Check runs: each returns the ids of the rows
// that are wrong.
var checks = []struct{ kind, what, query string }{
	{"no-analysis", "articles with no analysis record",
		`SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id)`},
	{"no-search-row", "articles missing from the search index",
		`SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM article_terms t WHERE t.rowid = a.rowid)`},
	{"orphan-analysis", "analysis records of no stored article",
		`SELECT n.article_id FROM analyses n WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = n.article_id)`},
	{"orphan-search-row", "search rows of no stored article",
		`SELECT CAST(t.rowid AS TEXT) FROM article_terms t WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.rowid = t.rowid)`},
	{"orphan-mention", "mentions of no stored article",
		`SELECT DISTINCT m.article_id FROM mentions m WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = m.article_id)`},
	{"no-story", "articles in no story and not waiting for one",
		`SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_docs d WHERE d.article_id = a.id)
			AND NOT EXISTS (SELECT 1 FROM story_pending p WHERE p.article_id = a.id)`},
	{"pending-story", "articles waiting for their story (an ingest stopped before grouping them)",
		`SELECT p.article_id FROM story_pending p`},
	{"story-lost-article", "story members that are no stored article",
		`SELECT DISTINCT s.article_id FROM story_articles s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)`},
	{"stories-stale", "stories marked to be regrouped",
		`SELECT 'stories' FROM story_meta WHERE key = 'stale' AND value = '1'`},
}

// Check looks for inconsistencies between the articles and the tables
// derived from them (analyses, search index, mentions, stories) and
// returns one Problem per kind found; none means consistent.
func (s *Store) Check(ctx context.Context) ([]Problem, error) {
	var out []Problem
	for _, c := range checks {
		ids, err := s.column(ctx, c.query)
		if err != nil {
			return nil, fmt.Errorf("store: check %s: %w", c.kind, err)
		}
		if len(ids) == 0 {
			continue
		}
		p := Problem{Kind: c.kind, What: c.what, Count: len(ids), IDs: ids}
		if len(p.IDs) > 20 {
			p.IDs = p.IDs[:20]
		}
		out = append(out, p)
	}
	return out, nil
}

func (s *Store) column(ctx context.Context, query string, args ...any) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// Repair mends what Check finds that the store can mend alone, in one
// transaction: search rows rebuilt from the articles, orphan rows deleted,
// and the stories marked stale when any story is missing an article or
// an article its story (the next grouping regroups them). Articles with
// no analysis are returned for the caller to analyse again (RepairAnalysis).
func (s *Store) Repair(ctx context.Context) (reanalyse []string, err error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: repair: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT a.rowid, a.title, a.text FROM articles a
		WHERE NOT EXISTS (SELECT 1 FROM article_terms t WHERE t.rowid = a.rowid)`)
	if err != nil {
		return nil, fmt.Errorf("store: repair: %w", err)
	}
	type row struct {
		id          int64
		title, body string
	}
	var missing []row
	for rows.Next() {
		var r row
		if err := rows.Scan(&r.id, &r.title, &r.body); err != nil {
			rows.Close()
			return nil, fmt.Errorf("store: repair: %w", err)
		}
		missing = append(missing, r)
	}
	rows.Close()
	for _, r := range missing {
		if _, err := tx.ExecContext(ctx, `INSERT INTO article_terms(rowid, title, body) VALUES (?, ?, ?)`,
			r.id, strings.Join(text.Terms(r.title), " "), strings.Join(text.Terms(r.body), " ")); err != nil {
			return nil, fmt.Errorf("store: repair: search row %d: %w", r.id, err)
		}
	}
	for _, q := range []string{
		`DELETE FROM analyses WHERE article_id NOT IN (SELECT id FROM articles)`,
		`DELETE FROM article_terms WHERE rowid NOT IN (SELECT rowid FROM articles)`,
		`DELETE FROM mentions WHERE article_id NOT IN (SELECT id FROM articles)`,
		`DELETE FROM stage_errors WHERE article_id NOT IN (SELECT id FROM articles)`,
		`DELETE FROM events WHERE article_id NOT IN (SELECT id FROM articles)`,
	} {
		if _, err := tx.ExecContext(ctx, q); err != nil {
			return nil, fmt.Errorf("store: repair: %w", err)
		}
	}
	var lost int
	if err := tx.QueryRowContext(ctx, `SELECT
		(SELECT COUNT(*) FROM story_articles s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.id = s.article_id)) +
		(SELECT COUNT(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_docs d WHERE d.article_id = a.id)
			AND NOT EXISTS (SELECT 1 FROM story_pending p WHERE p.article_id = a.id))`).Scan(&lost); err != nil {
		return nil, fmt.Errorf("store: repair: %w", err)
	}
	if lost > 0 {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO story_meta(key, value) VALUES ('stale', '1')`); err != nil {
			return nil, fmt.Errorf("store: repair: %w", err)
		}
	}
	reanalyse, err = columnTx(ctx, tx, `SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM analyses n WHERE n.article_id = a.id)`)
	if err != nil {
		return nil, fmt.Errorf("store: repair: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: repair: %w", err)
	}
	return reanalyse, nil
}

func columnTx(ctx context.Context, tx *sql.Tx, query string) ([]string, error) {
	rows, err := tx.QueryContext(ctx, query)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// RepairAnalysis stores an article's analysis again (its record, mentions
// and stage errors), for an article that lost it; the article's story is
// then regrouped.
func (s *Store) RepairAnalysis(ctx context.Context, an model.Analysis) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: repair %s: %w", an.ID, err)
	}
	defer tx.Rollback()
	rec, err := json.Marshal(an)
	if err != nil {
		return fmt.Errorf("store: repair %s: %w", an.ID, err)
	}
	for _, q := range []string{`DELETE FROM mentions WHERE article_id = ?`, `DELETE FROM stage_errors WHERE article_id = ?`, `DELETE FROM events WHERE article_id = ?`} {
		if _, err := tx.ExecContext(ctx, q, an.ID); err != nil {
			return fmt.Errorf("store: repair %s: %w", an.ID, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO analyses(article_id, record) VALUES (?, ?)`, an.ID, rec); err != nil {
		return fmt.Errorf("store: repair %s: %w", an.ID, err)
	}
	for _, e := range an.Errors {
		if _, err := tx.ExecContext(ctx, `INSERT INTO stage_errors(article_id, stage, message) VALUES (?, ?, ?)`, an.ID, e.Stage, e.Message); err != nil {
			return fmt.Errorf("store: repair %s: %w", an.ID, err)
		}
	}
	if err := insertMentions(ctx, tx, an.ID, an); err != nil {
		return fmt.Errorf("store: repair %s: %w", an.ID, err)
	}
	if err := insertEvents(ctx, tx, an); err != nil {
		return fmt.Errorf("store: repair %s: %w", an.ID, err)
	}
	if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO story_meta(key, value) VALUES ('stale', '1')`); err != nil {
		return fmt.Errorf("store: repair %s: %w", an.ID, err)
	}
	return tx.Commit()
}
