package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// ReplaceStories replaces every stored story with stories made elsewhere
// (no grouper state comes with them), in one transaction; the next
// grouping therefore regroups every article.
func (s *Store) ReplaceStories(ctx context.Context, stories []model.Story) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: stories: %w", err)
	}
	defer tx.Rollback()
	if _, err := tx.ExecContext(ctx, `DELETE FROM story_articles; DELETE FROM stories; DELETE FROM story_docs; DELETE FROM story_terms;
		INSERT OR REPLACE INTO story_meta(key, value) VALUES ('stale', '1');`); err != nil {
		return fmt.Errorf("store: stories: %w", err)
	}
	now := time.Now().UTC().Format(time.RFC3339)
	for _, st := range stories {
		rec, err := json.Marshal(st)
		if err != nil {
			return fmt.Errorf("store: story %s: %w", st.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO stories(id, record, updated, last_date) VALUES (?,?,?,?)`,
			st.ID, rec, now, st.Period.To); err != nil {
			return fmt.Errorf("store: story %s: %w", st.ID, err)
		}
		for _, doc := range st.Documents {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO story_articles(story_id, article_id) VALUES (?,?)`, st.ID, doc); err != nil {
				return fmt.Errorf("store: story %s: %w", st.ID, err)
			}
		}
	}
	return tx.Commit()
}

// Stories returns a page of stories, latest first, and their total.
func (s *Store) Stories(ctx context.Context, limit, offset int) ([]model.Story, int, error) {
	if limit <= 0 {
		limit = 50
	}
	var total int
	if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*) FROM stories`).Scan(&total); err != nil {
		return nil, 0, fmt.Errorf("store: stories: %w", err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT record FROM stories ORDER BY last_date DESC, id LIMIT ? OFFSET ?`, limit, offset)
	if err != nil {
		return nil, 0, fmt.Errorf("store: stories: %w", err)
	}
	defer rows.Close()
	var out []model.Story
	for rows.Next() {
		var rec string
		var st model.Story
		if err := rows.Scan(&rec); err != nil {
			return nil, 0, err
		}
		if err := json.Unmarshal([]byte(rec), &st); err != nil {
			return nil, 0, fmt.Errorf("store: stories: %w", err)
		}
		out = append(out, filled(st))
	}
	return out, total, rows.Err()
}

// Story returns one story.
func (s *Store) Story(ctx context.Context, id string) (model.Story, error) {
	var st model.Story
	var rec string
	err := s.db.QueryRowContext(ctx, `SELECT record FROM stories WHERE id = ?`, id).Scan(&rec)
	if errors.Is(err, sql.ErrNoRows) {
		return st, fmt.Errorf("store: story %s: %w", id, ErrNotFound)
	}
	if err != nil {
		return st, fmt.Errorf("store: story %s: %w", id, err)
	}
	if err := json.Unmarshal([]byte(rec), &st); err != nil {
		return st, fmt.Errorf("store: story %s: %w", id, err)
	}
	return filled(st), nil
}

// filled gives a story record the empty arrays the contract wants where a
// record stored without them has none.
func filled(st model.Story) model.Story {
	if st.Documents == nil {
		st.Documents = []string{}
	}
	if st.Brief == nil {
		st.Brief = []model.BriefSentence{}
	}
	if st.Comparisons == nil {
		st.Comparisons = []model.Comparison{}
	}
	return st
}

// StoryOf returns the id of the story an article belongs to, or "".
func (s *Store) StoryOf(ctx context.Context, articleID string) (string, error) {
	var id string
	err := s.db.QueryRowContext(ctx, `SELECT story_id FROM story_articles WHERE article_id = ? LIMIT 1`, articleID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return id, err
}
