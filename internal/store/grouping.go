package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// The story grouper's state is kept beside the stories (migration 0003):
// the store holds it as JSON made and read by internal/story, and knows
// only the keys it is looked up by.

// SavedStory is a story record with the grouper's state of it.
type SavedStory struct {
	Story model.Story
	Seq   int64     // the order stories started in
	Last  time.Time // its latest article: stories are loaded by it
	State []byte
}

// SavedDoc is the grouper's state of one grouped article.
type SavedDoc struct {
	ArticleID, StoryID string
	Seq                int64
	State              []byte
}

// GroupingMeta is what the grouper counts over every grouped article.
type GroupingMeta struct {
	N      int       // articles counted in the term frequencies
	Latest time.Time // the latest publication time grouped
	Stale  bool      // the stories must be regrouped from scratch
}

// Ungrouped returns the stored analyses of the articles no story holds
// yet (story_pending: its size, not the store's, is the cost).
func (s *Store) Ungrouped(ctx context.Context) ([]model.Analysis, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT n.record FROM story_pending p JOIN analyses n ON n.article_id = p.article_id`)
	if err != nil {
		return nil, fmt.Errorf("store: ungrouped: %w", err)
	}
	defer rows.Close()
	var out []model.Analysis
	for rows.Next() {
		var rec string
		if err := rows.Scan(&rec); err != nil {
			return nil, fmt.Errorf("store: ungrouped: %w", err)
		}
		var an model.Analysis
		if err := json.Unmarshal([]byte(rec), &an); err != nil {
			return nil, fmt.Errorf("store: ungrouped: %w", err)
		}
		out = append(out, an)
	}
	return out, rows.Err()
}

// GroupingState returns the saved state a grouper needs to add articles
// published from `since` on: the stories whose latest article is not
// before it, all their documents, the frequencies of the given terms and
// the counts over everything grouped.
func (s *Store) GroupingState(ctx context.Context, since time.Time, terms []uint32) (stories, docs [][]byte, df map[uint32]int32, meta GroupingMeta, err error) {
	fail := func(err error) ([][]byte, [][]byte, map[uint32]int32, GroupingMeta, error) {
		return nil, nil, nil, GroupingMeta{}, fmt.Errorf("store: grouping state: %w", err)
	}
	if meta, err = s.groupingMeta(ctx, s.db); err != nil {
		return fail(err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, state FROM stories WHERE last_ns >= ? AND state != '' ORDER BY seq`, nanos(since))
	if err != nil {
		return fail(err)
	}
	var ids []string
	for rows.Next() {
		var id, st string
		if err := rows.Scan(&id, &st); err != nil {
			rows.Close()
			return fail(err)
		}
		ids = append(ids, id)
		stories = append(stories, []byte(st))
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return fail(err)
	}
	for _, id := range ids {
		rows, err := s.db.QueryContext(ctx, `SELECT state FROM story_docs WHERE story_id = ? ORDER BY seq`, id)
		if err != nil {
			return fail(err)
		}
		for rows.Next() {
			var st string
			if err := rows.Scan(&st); err != nil {
				rows.Close()
				return fail(err)
			}
			docs = append(docs, []byte(st))
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fail(err)
		}
	}
	df = make(map[uint32]int32, len(terms))
	const chunk = 500
	for lo := 0; lo < len(terms); lo += chunk {
		part := terms[lo:min(lo+chunk, len(terms))]
		args := make([]any, len(part))
		for i, t := range part {
			args[i] = int64(t)
		}
		rows, err := s.db.QueryContext(ctx, `SELECT term, df FROM story_terms WHERE term IN (?`+strings.Repeat(",?", len(part)-1)+`)`, args...)
		if err != nil {
			return fail(err)
		}
		for rows.Next() {
			var term int64
			var n int32
			if err := rows.Scan(&term, &n); err != nil {
				rows.Close()
				return fail(err)
			}
			df[uint32(term)] = n
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return fail(err)
		}
	}
	return stories, docs, df, meta, nil
}

type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
}

func (s *Store) groupingMeta(ctx context.Context, q querier) (GroupingMeta, error) {
	var m GroupingMeta
	rows, err := q.QueryContext(ctx, `SELECT key, value FROM story_meta`)
	if err != nil {
		return m, err
	}
	defer rows.Close()
	for rows.Next() {
		var k, v string
		if err := rows.Scan(&k, &v); err != nil {
			return m, err
		}
		switch k {
		case "n":
			m.N, _ = strconv.Atoi(v)
		case "latest":
			m.Latest, _ = time.Parse(time.RFC3339Nano, v)
		case "stale":
			m.Stale = v == "1"
		}
	}
	return m, rows.Err()
}

// SaveGrouping stores what a grouping run changed, in one transaction:
// the stories (records and state) with their article lists, the new
// documents, the changed term frequencies and the counts. With fresh, the
// stories and the state saved before are dropped first (a regrouping).
func (s *Store) SaveGrouping(ctx context.Context, fresh bool, stories []SavedStory, docs []SavedDoc, df map[uint32]int32, meta GroupingMeta) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("store: save stories: %w", err)
	}
	defer tx.Rollback()
	if err := saveGrouping(ctx, tx, fresh, stories, docs, df, meta); err != nil {
		return fmt.Errorf("store: save stories: %w", err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("store: save stories: %w", err)
	}
	return nil
}

func saveGrouping(ctx context.Context, tx *sql.Tx, fresh bool, stories []SavedStory, docs []SavedDoc, df map[uint32]int32, meta GroupingMeta) error {
	if fresh {
		if _, err := tx.ExecContext(ctx, `DELETE FROM story_articles; DELETE FROM stories; DELETE FROM story_docs; DELETE FROM story_terms; DELETE FROM story_meta;
			INSERT OR IGNORE INTO story_pending(article_id) SELECT article_id FROM analyses;`); err != nil {
			return err
		}
	}
	now := time.Now().UTC().Format(time.RFC3339)
	for _, st := range stories {
		rec, err := json.Marshal(st.Story)
		if err != nil {
			return fmt.Errorf("story %s: %w", st.Story.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `INSERT INTO stories(id, record, updated, last_date, seq, last_ns, state) VALUES (?,?,?,?,?,?,?)
			ON CONFLICT(id) DO UPDATE SET record = excluded.record, updated = excluded.updated, last_date = excluded.last_date,
			seq = excluded.seq, last_ns = excluded.last_ns, state = excluded.state`,
			st.Story.ID, rec, now, st.Story.Period.To, st.Seq, nanos(st.Last), string(st.State)); err != nil {
			return fmt.Errorf("story %s: %w", st.Story.ID, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM story_articles WHERE story_id = ?`, st.Story.ID); err != nil {
			return fmt.Errorf("story %s: %w", st.Story.ID, err)
		}
		for _, doc := range st.Story.Documents {
			if _, err := tx.ExecContext(ctx, `INSERT OR IGNORE INTO story_articles(story_id, article_id) VALUES (?,?)`, st.Story.ID, doc); err != nil {
				return fmt.Errorf("story %s: %w", st.Story.ID, err)
			}
		}
	}
	for _, d := range docs {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO story_docs(article_id, story_id, seq, state) VALUES (?,?,?,?)`,
			d.ArticleID, d.StoryID, d.Seq, string(d.State)); err != nil {
			return fmt.Errorf("document %s: %w", d.ArticleID, err)
		}
		if _, err := tx.ExecContext(ctx, `DELETE FROM story_pending WHERE article_id = ?`, d.ArticleID); err != nil {
			return fmt.Errorf("document %s: %w", d.ArticleID, err)
		}
	}
	terms := make([]uint32, 0, len(df))
	for t := range df {
		terms = append(terms, t)
	}
	sort.Slice(terms, func(i, j int) bool { return terms[i] < terms[j] })
	for _, t := range terms {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO story_terms(term, df) VALUES (?,?)`, int64(t), df[t]); err != nil {
			return fmt.Errorf("term frequencies: %w", err)
		}
	}
	for k, v := range map[string]string{"n": strconv.Itoa(meta.N), "latest": meta.Latest.UTC().Format(time.RFC3339Nano), "stale": "0"} {
		if _, err := tx.ExecContext(ctx, `INSERT OR REPLACE INTO story_meta(key, value) VALUES (?,?)`, k, v); err != nil {
			return fmt.Errorf("counts: %w", err)
		}
	}
	return nil
}

// MarkStoriesStale makes the next grouping regroup every article.
func (s *Store) MarkStoriesStale(ctx context.Context) error {
	_, err := s.db.ExecContext(ctx, `INSERT OR REPLACE INTO story_meta(key, value) VALUES ('stale', '1')`)
	if err != nil {
		return fmt.Errorf("store: stories: %w", err)
	}
	return nil
}

// GroupingMeta returns the counts over every grouped article.
func (s *Store) GroupingMeta(ctx context.Context) (GroupingMeta, error) {
	m, err := s.groupingMeta(ctx, s.db)
	if err != nil {
		return m, fmt.Errorf("store: grouping state: %w", err)
	}
	return m, nil
}

// nanos returns a time in Unix nanoseconds, the earliest int64 for a time
// before 1678 (the zero time of an undated story among them).
func nanos(t time.Time) int64 {
	if t.Year() < 1678 {
		return math.MinInt64
	}
	if t.Year() > 2261 {
		return math.MaxInt64
	}
	return t.UnixNano()
}
