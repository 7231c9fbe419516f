package store

import (
	"time"
	"unicode/utf8"
)

// Summary is an article without its full text: what lists show.
type Summary struct {
	ID        string    `json:"id"`
	Title     string    `json:"title"`
	Outlet    string    `json:"outlet"`
	URL       string    `json:"url,omitempty"`
	Published time.Time `json:"published"`
	Language  string    `json:"language"`
	Lead      string    `json:"lead"` // the first words of the text
}

const summaryColumns = `id, title, outlet, url, published, language, substr(text, 1, 400)`

// summaryColumnsOf is summaryColumns for a table alias such as "a.".
func summaryColumnsOf(alias string) string {
	return alias + "id, " + alias + "title, " + alias + "outlet, " + alias + "url, " + alias + "published, " +
		alias + "language, substr(" + alias + "text, 1, 400)"
}

func scanSummary(row scanner) (Summary, error) {
	var s Summary
	var published string
	if err := row.Scan(&s.ID, &s.Title, &s.Outlet, &s.URL, &published, &s.Language, &s.Lead); err != nil {
		return s, err
	}
	if published != "" {
		t, err := time.Parse(time.RFC3339, published)
		if err != nil {
			return s, err
		}
		s.Published = t
	}
	s.Lead = trimLead(s.Lead, 240)
	return s, nil
}

// trimLead cuts s to at most max bytes at a word boundary.
func trimLead(s string, max int) string {
	if len(s) <= max {
		return s
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	for i := cut - 1; i > max/2; i-- {
		if s[i] == ' ' {
			return s[:i] + "…"
		}
	}
	return s[:cut] + "…"
}
