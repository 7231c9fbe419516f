package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// Record is an article with its analysis, the unit the store keeps.
type Record struct {
	Article  model.Article
	Analysis model.Analysis
}

// Status says what Put did with one record.
type Status string

// Put outcomes.
const (
	Inserted  Status = "inserted"
	Updated   Status = "updated"   // same id, new text: replaced
	Duplicate Status = "duplicate" // this text is already stored (DuplicateOf)
)

// Outcome is the result of putting one record.
type Outcome struct {
	ID          string
	Status      Status
	DuplicateOf string
}

// Put stores a batch of records in one transaction: an article whose text is
// already stored is skipped as a duplicate, one whose id is stored with
// another text replaces it. Either the whole batch is stored or none of it.
func (s *Store) Put(ctx context.Context, recs []Record) ([]Outcome, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("store: put: %w", err)
	}
	defer tx.Rollback()
	out := make([]Outcome, 0, len(recs))
	for _, r := range recs {
		o, err := putOne(ctx, tx, r)
		if err != nil {
			return nil, fmt.Errorf("store: put %s: %w", r.Article.ID, err)
		}
		out = append(out, o)
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("store: put: %w", err)
	}
	return out, nil
}

func putOne(ctx context.Context, tx *sql.Tx, r Record) (Outcome, error) {
	a := r.Article
	if a.Hash == "" {
		a.Hash = model.TextHash(a.Text)
	}
	var existing string
	err := tx.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ?`, a.Hash).Scan(&existing)
	switch {
	case err == nil:
		return Outcome{ID: a.ID, Status: Duplicate, DuplicateOf: existing}, nil
	case !errors.Is(err, sql.ErrNoRows):
		return Outcome{}, err
	}
	status := Inserted
	var rowid int64
	err = tx.QueryRowContext(ctx, `SELECT rowid FROM articles WHERE id = ?`, a.ID).Scan(&rowid)
	switch {
	case err == nil:
		status = Updated
		if err := deleteArticle(ctx, tx, a.ID, rowid); err != nil {
			return Outcome{}, err
		}
	case !errors.Is(err, sql.ErrNoRows):
		return Outcome{}, err
	}
	if err := insertArticle(ctx, tx, a, r.Analysis); err != nil {
		return Outcome{}, err
	}
	// The article waits for its story; one that replaces an article
	// already grouped makes every story be regrouped.
	if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO story_pending(article_id) VALUES (?)`, a.ID); err != nil {
		return Outcome{}, err
	}
	if status == Updated {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO story_meta(key, value) VALUES ('stale', '1')`); err != nil {
			return Outcome{}, err
		}
	}
	return Outcome{ID: a.ID, Status: status}, nil
}

func deleteArticle(ctx context.Context, tx *sql.Tx, id string, rowid int64) error {
	if _, err := tx.ExecContext(ctx, `DELETE FROM article_terms WHERE rowid = ?`, rowid); err != nil {
		return err
	}
	_, err := tx.ExecContext(ctx, `DELETE FROM articles WHERE id = ?`, id)
	return err
}

func insertArticle(ctx context.Context, tx *sql.Tx, a model.Article, an model.Analysis) error {
	published := ""
	if !a.Published.IsZero() {
		published = a.Published.Format(time.RFC3339)
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO articles
		(id, hash, url, outlet, title, published, published_basis, language, text, source, format, ingested_at)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
		a.ID, a.Hash, a.URL, a.Outlet, a.Title, published, a.PublishedBasis, a.Language, a.Text,
		a.Source, a.Format, time.Now().UTC().Format(time.RFC3339))
	if err != nil {
		return err
	}
	rowid, err := res.LastInsertId()
	if err != nil {
		return err
	}
	rec, err := json.Marshal(an)
	if err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO analyses(article_id, record) VALUES (?, ?)`, a.ID, rec); err != nil {
		return err
	}
	for _, e := range an.Errors {
		if _, err := tx.ExecContext(ctx, `INSERT INTO stage_errors(article_id, stage, message) VALUES (?, ?, ?)`,
			a.ID, e.Stage, e.Message); err != nil {
			return err
		}
	}
	if _, err := tx.ExecContext(ctx, `INSERT INTO article_terms(rowid, title, body) VALUES (?, ?, ?)`,
		rowid, strings.Join(text.Terms(a.Title), " "), strings.Join(text.Terms(a.Text), " ")); err != nil {
		return err
	}
	if err := insertEvents(ctx, tx, an); err != nil {
		return err
	}
	return insertMentions(ctx, tx, a.ID, an)
}

// insertEvents writes an analysis's resolved events (table events).
func insertEvents(ctx context.Context, tx *sql.Tx, an model.Analysis) error {
	for _, it := range ResolveEvents(an) {
		item, err := json.Marshal(it)
		if err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO events(article_id, idx, type, item) VALUES (?, ?, ?, ?)`,
			an.ID, it.Index, it.Type, item); err != nil {
			return err
		}
	}
	return nil
}

// Article returns one stored article.
func (s *Store) Article(ctx context.Context, id string) (model.Article, error) {
	row := s.db.QueryRowContext(ctx, `SELECT `+articleColumns+` FROM articles WHERE id = ?`, id)
	a, err := scanArticle(row)
	if errors.Is(err, sql.ErrNoRows) {
		return a, fmt.Errorf("store: article %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return a, fmt.Errorf("store: article %s: %w", id, err)
	}
	return a, nil
}

// Analysis returns the stored analysis record of an article.
func (s *Store) Analysis(ctx context.Context, id string) (model.Analysis, error) {
	var an model.Analysis
	var rec string
	err := s.db.QueryRowContext(ctx, `SELECT record FROM analyses WHERE article_id = ?`, id).Scan(&rec)
	if errors.Is(err, sql.ErrNoRows) {
		return an, fmt.Errorf("store: analysis %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return an, fmt.Errorf("store: analysis %s: %w", id, err)
	}
	if err := json.Unmarshal([]byte(rec), &an); err != nil {
		return an, fmt.Errorf("store: analysis %s: %w", id, err)
	}
	return an, nil
}

const articleColumns = `id, hash, url, outlet, title, published, published_basis, language, text, source, format`

type scanner interface{ Scan(...any) error }

func scanArticle(row scanner) (model.Article, error) {
	var a model.Article
	var published string
	err := row.Scan(&a.ID, &a.Hash, &a.URL, &a.Outlet, &a.Title, &published, &a.PublishedBasis,
		&a.Language, &a.Text, &a.Source, &a.Format)
	if err != nil {
		return a, err
	}
	if published != "" {
		a.Published, err = time.Parse(time.RFC3339, published)
	}
	return a, err
}

// HasText reports the id of the stored article with this text hash, if any.
func (s *Store) HasText(ctx context.Context, hash string) (string, bool, error) {
	var id string
	err := s.db.QueryRowContext(ctx, `SELECT id FROM articles WHERE hash = ?`, hash).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", false, nil
	}
	if err != nil {
		return "", false, fmt.Errorf("store: has text: %w", err)
	}
	return id, true, nil
}
