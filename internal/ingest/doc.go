// Package ingest turns files, folders and feed URLs into model.Article
// values: plain text (UTF-8, UTF-16 with a byte-order mark, Windows-1256 and
// ISO-8859-6 detected), HTML pages (main text through go-trafilatura),
// RSS and Atom feeds (gofeed), WARC crawls (.warc, .warc.gz; package warc) and
// JSON Lines. Folders are walked recursively, hidden entries skipped; a file
// is read by its extension, or by its first bytes when the extension says
// nothing. http(s) paths are fetched (the only network use).
//
// # Ids
//
// An article's ID follows the analysis contract:
//   - JSON Lines: the record's "id" (a string or a number); else its "url";
//   - a text or HTML file: the file name without its extension
//     (reports/raqqa-1.html gives "raqqa-1"), so two files with the same
//     name in different folders share an id;
//   - a feed item: its link, else its guid; a WARC record: its
//     WARC-Target-URI; a fetched page: its URL after redirects;
//   - when none of these exists: the content Hash.
//
// Hash (model.TextHash) is the first 16 bytes of the SHA-256 of the normalised text, in hex:
// the same text read twice, from any format, has the same Hash, which is how
// the store keeps one copy.
//
// # Text and metadata
//
// Every text goes through text.Normalize and is trimmed; every offset of
// the analysis points into that text. The publication date comes from the
// source's metadata (PublishedBasis "metadata": JSON "published"/"date",
// the feed item's date, the page's article:published_time meta keeping its
// time zone, else trafilatura's date); Options.Published and Options.Outlet
// fill only what the source lacks (basis "flag"). Datelines in the text are
// left to the date extractor.
//
// # Errors
//
// Read never stops on bad input: an unreadable file, line or record becomes
// an Item whose Err is a model.SourceError naming "path", "path:line" (JSON
// Lines), "path#item-N" (feeds) or "path#record-N" (WARC), and the reading
// goes on.
package ingest
