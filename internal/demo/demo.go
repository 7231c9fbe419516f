// Package demo holds the demo corpus: seventeen short Arabic news reports,
// fictional and written for marsad, that `marsad serve --demo` (make run)
// loads and that the tests of every stage can read. Three stories are each
// told by several outlets with conflicting, attributed figures; three reports
// stand alone. The articles come in every form marsad reads (JSON Lines, HTML,
// RSS, WARC, plain text in UTF-8 and in Windows-1256), each article in exactly
// one form. expect.json holds hand labels for them; README.md describes both.
package demo

import (
	"embed"
	"io/fs"
)

//go:generate go run ./gen -pages gen/pages -txt gen/txt -corpus corpus

// Corpus is the embedded corpus folder, rooted at "corpus".
//
//go:embed corpus
var Corpus embed.FS

// Expect is the embedded expect.json: the hand labels of the corpus.
//
//go:embed expect.json
var Expect []byte

// FS returns the corpus with its files at the root: articles.jsonl,
// feed.rss, pages.warc.gz, html/*.html and txt/*.txt.
func FS() fs.FS {
	// fs.Sub fails only on an invalid path, and "corpus" is a valid one.
	sub, _ := fs.Sub(Corpus, "corpus")
	return sub
}
