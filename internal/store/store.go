// Package store keeps articles, their analysis records and stories in an
// embedded SQLite database (pure Go, WAL mode) with Arabic-aware full-text
// search. Schema migrations are embedded, numbered and applied in order,
// each in its own transaction.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
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
		return migrate(ctx, s.db, current)
	}
	return nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path is the database file.
func (s *Store) Path() string { return s.path }
