package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// Mention is a named thing an article mentions: an entity, a place, a
// claim's speaker or a via.
type Mention struct {
	ArticleID string `json:"article_id"`
	Kind      string `json:"kind"`
	Type      string `json:"type,omitempty"`
	Name      string `json:"name"`
	Start     int    `json:"start"`
	End       int    `json:"end"`
}

// MentionKey is the key mentions are looked up by: the matching form of a name.
func MentionKey(name string) string { return text.Fold(name) }

func insertMentions(ctx context.Context, tx *sql.Tx, id string, an model.Analysis) error {
	stmt, err := tx.PrepareContext(ctx, `INSERT INTO mentions(article_id, kind, type, name, key, start, end) VALUES (?,?,?,?,?,?,?)`)
	if err != nil {
		return err
	}
	defer stmt.Close()
	for _, m := range mentionsOf(an) {
		if m.Name == "" {
			continue
		}
		if _, err := stmt.ExecContext(ctx, id, m.Kind, m.Type, m.Name, MentionKey(m.Name), m.Start, m.End); err != nil {
			return err
		}
	}
	return nil
}

func mentionsOf(an model.Analysis) []Mention {
	var out []Mention
	for _, e := range an.Entities {
		out = append(out, Mention{Kind: "entity", Type: e.Type, Name: orText(e.Name, e.Text), Start: e.Start, End: e.End})
	}
	for _, p := range an.Places {
		out = append(out, Mention{Kind: "place", Type: p.Kind, Name: orText(p.Name, p.Text), Start: p.Start, End: p.End})
	}
	for _, c := range an.Claims {
		if sp := c.Speaker; sp != nil {
			out = append(out, Mention{Kind: "speaker", Name: orText(sp.Name, sp.Text), Start: sp.Start, End: sp.End})
		}
		for _, v := range c.Via {
			out = append(out, Mention{Kind: "via", Name: orText(v.Name, v.Text), Start: v.Start, End: v.End})
		}
	}
	return out
}

func orText(name, text string) string {
	if name != "" {
		return name
	}
	return text
}

// Mentions returns every mention of a name (compared in the matching form),
// newest article first, at most limit.
func (s *Store) Mentions(ctx context.Context, name string, limit int) ([]Mention, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT m.article_id, m.kind, m.type, m.name, m.start, m.end
		FROM mentions m JOIN articles a ON a.id = m.article_id WHERE m.key = ?
		ORDER BY a.published DESC, m.start LIMIT ?`, MentionKey(name), limit)
	if err != nil {
		return nil, fmt.Errorf("store: mentions of %q: %w", name, err)
	}
	defer rows.Close()
	var out []Mention
	for rows.Next() {
		var m Mention
		if err := rows.Scan(&m.ArticleID, &m.Kind, &m.Type, &m.Name, &m.Start, &m.End); err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Names returns the most mentioned names of a kind ("" for all) whose
// matching form contains q, with their counts, most mentioned first.
func (s *Store) Names(ctx context.Context, kind, q string, limit int) ([]NameCount, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT name, MIN(type), COUNT(*) AS n FROM mentions
		WHERE (? = '' OR kind = ?) AND key LIKE '%' || ? || '%'
		GROUP BY key ORDER BY n DESC, name LIMIT ?`, kind, kind, MentionKey(q), limit)
	if err != nil {
		return nil, fmt.Errorf("store: names: %w", err)
	}
	defer rows.Close()
	var out []NameCount
	for rows.Next() {
		var nc NameCount
		if err := rows.Scan(&nc.Name, &nc.Type, &nc.Count); err != nil {
			return nil, err
		}
		out = append(out, nc)
	}
	return out, rows.Err()
}

// NameCount is a name with how often it is mentioned.
type NameCount struct {
	Name  string `json:"name"`
	Type  string `json:"type,omitempty"`
	Count int    `json:"count"`
}
