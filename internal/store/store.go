// Package store keeps articles, their analysis records and stories in an
// embedded SQLite database (pure Go, WAL mode) with Arabic-aware full-text
// search. Schema migrations are embedded, numbered and applied in order,
// each in its own transaction.
package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"github.com/marsad/marsad/internal/model"
	"net/url"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver
)

// ErrNotFound is returned when an article or story does not exist.
var ErrNotFound = errors.New("not found")

// Store is the embedded database.
type Store struct {
	db   *sql.DB
	path string
}

// Options tune how the store is opened.
type Options struct {
	// NoMigrate makes Open fail on an outdated schema instead of migrating it.
	NoMigrate bool
}

// Open opens (creating if needed) the SQLite database at path and brings its
// schema up to date.
func Open(ctx context.Context, path string, opts Options) (*Store, error) {
	q := url.Values{}
	for _, p := range []string{"journal_mode(WAL)", "busy_timeout(10000)", "foreign_keys(1)", "synchronous(NORMAL)"} {
		q.Add("_pragma", p)
	}
	db, err := sql.Open("sqlite", "file:"+path+"?"+q.Encode())
	if err != nil {
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	db.SetMaxOpenConns(4)
	s := &Store{db: db, path: path}
	if err := s.prepare(ctx, opts); err != nil {
		db.Close()
		return nil, fmt.Errorf("store: open %s: %w", path, err)
	}
	return s, nil
}

func (s *Store) prepare(ctx context.Context, opts Options) error {
	if err := s.db.PingContext(ctx); err != nil {
		return err
	}
	current, err := schemaVersion(ctx, s.db)
	if err != nil {
		return err
	}
	latest := len(migrations)
	switch {
	case current > latest:
		return fmt.Errorf("schema version %d is newer than this marsad (%d)", current, latest)
	case current < latest && opts.NoMigrate:
		return fmt.Errorf("schema version %d is outdated (want %d): run marsad migrate", current, latest)
	case current < latest:
		if err := migrate(ctx, s.db, current); err != nil {
			return err
		}
	}
	return s.backfillEvents(ctx)
}

// backfillEvents fills the events table for the articles stored before it
// existed (migration 0004 asks for it once).
func (s *Store) backfillEvents(ctx context.Context) error {
	var todo string
	err := s.db.QueryRowContext(ctx, `SELECT value FROM story_meta WHERE key = 'events_backfill'`).Scan(&todo)
	if errors.Is(err, sql.ErrNoRows) || err == nil && todo != "1" {
		return nil
	}
	if err != nil {
		return fmt.Errorf("events backfill: %w", err)
	}
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("events backfill: %w", err)
	}
	defer tx.Rollback()
	rows, err := tx.QueryContext(ctx, `SELECT record FROM analyses`)
	if err != nil {
		return fmt.Errorf("events backfill: %w", err)
	}
	var ans []model.Analysis
	for rows.Next() {
		var rec string
		var an model.Analysis
		if err := rows.Scan(&rec); err != nil {
			rows.Close()
			return fmt.Errorf("events backfill: %w", err)
		}
		if err := json.Unmarshal([]byte(rec), &an); err != nil {
			rows.Close()
			return fmt.Errorf("events backfill: %w", err)
		}
		ans = append(ans, an)
	}
	rows.Close()
	for _, an := range ans {
		if err := insertEvents(ctx, tx, an); err != nil {
			return fmt.Errorf("events backfill %s: %w", an.ID, err)
		}
	}
	if _, err := tx.ExecContext(ctx, `UPDATE story_meta SET value = '0' WHERE key = 'events_backfill'`); err != nil {
		return fmt.Errorf("events backfill: %w", err)
	}
	return tx.Commit()
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path is the database file.
func (s *Store) Path() string { return s.path }
