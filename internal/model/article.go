package model

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Article is one document as ingested: its text after Unicode normalisation
// (every offset of the analysis points into Text) and the metadata its source
// gave.
type Article struct {
	ID        string    `json:"id"`
	URL       string    `json:"url,omitempty"`
	Outlet    string    `json:"outlet,omitempty"`
	Title     string    `json:"title,omitempty"`
	Published time.Time `json:"-"`
	// PublishedBasis says where Published came from: "metadata", "dateline",
	// "flag" (given on the command line) or "" when unknown.
	PublishedBasis string `json:"published_basis,omitempty"`
	Language       string `json:"language,omitempty"`
	Text           string `json:"text"`
	// Hash identifies the text: the first 16 bytes of the SHA-256 of Text, in
	// hex. Two articles with the same hash are the same article.
	Hash string `json:"hash,omitempty"`
	// Source names where the article was read from: a file path, a feed or
	// WARC URL, "path:line" for JSON Lines.
	Source string `json:"source,omitempty"`
	// Format is the reader that produced it: txt, html, rss, warc, jsonl.
	Format string `json:"format,omitempty"`
}

// PublishedDate returns the publication date as YYYY-MM-DD, or "" when unknown.
func (a Article) PublishedDate() string {
	if a.Published.IsZero() {
		return ""
	}
	return a.Published.Format(DateLayout)
}

// TextHash returns the Hash of a text.
func TextHash(text string) string {
	sum := sha256.Sum256([]byte(text))
	return hex.EncodeToString(sum[:16])
}

// DateLayout is the contract's day format.
const DateLayout = "2006-01-02"

// SourceError is a failure to read one input. It travels as data: the run
// reports it and goes on.
type SourceError struct {
	Source string `json:"source"`
	Err    error  `json:"-"`
}

func (e SourceError) Error() string { return e.Source + ": " + e.Err.Error() }
func (e SourceError) Unwrap() error { return e.Err }
