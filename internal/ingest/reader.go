package ingest

import (
	"context"
	"io/fs"
	"iter"
	"net/http"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// DefaultMaxFileSize is the default for Options.MaxFileSize: 32 MiB, a
// hundred times the longest news article.
const DefaultMaxFileSize = 32 << 20

// DefaultTimeout bounds one fetch of a feed or page URL when Options gives no
// HTTPClient.
const DefaultTimeout = 30 * time.Second

// Options configure a Reader. The zero value is usable.
type Options struct {
	// Published is used for articles whose source gives no publication
	// date (their PublishedBasis becomes "flag"). Zero: none.
	Published time.Time
	// Outlet is used for articles whose source names no outlet.
	Outlet string
	// HTTPClient fetches http(s) paths; nil means a client with
	// DefaultTimeout. Nothing else touches the network.
	HTTPClient *http.Client
	// MaxFileSize is the most bytes read into memory for one document: a
	// text, HTML or feed file, one JSON line, one WARC record, one fetched
	// URL. Larger inputs are reported as errors. Zero means
	// DefaultMaxFileSize.
	MaxFileSize int64
}

// Item is one result of a Read: an article, or the failure to read one input
// (Err is then a model.SourceError naming the file, and the line or record).
type Item struct {
	Article model.Article
	Err     error
	// Warning says what of a read article's input was not used ("the date
	// 2020-13-45 is no date"), with its source; the article goes on.
	Warning string
}

// Reader turns files, folders and feed URLs into articles. It keeps no state
// between calls and may be used from several goroutines.
type Reader struct {
	opts   Options
	client *http.Client
}

// New returns a Reader with the given options.
func New(opts Options) *Reader {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	client := opts.HTTPClient
	if client == nil {
		client = &http.Client{Timeout: DefaultTimeout}
	}
	return &Reader{opts: opts, client: client}
}

// Read yields the articles of every path, in input order: files, folders
// (walked recursively, hidden entries skipped) and http(s) URLs of feeds or
// pages. A bad file, line or record is yielded as an Item with Err set and the
// reading goes on. When ctx is cancelled Read yields ctx's error once and stops.
func (r *Reader) Read(ctx context.Context, paths []string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		for _, p := range paths {
			if !r.readPath(ctx, osSources(p), yield) {
				return
			}
		}
	}
}

// ReadFS is Read over a file system, such as an embedded demo corpus; root
// is a file or folder of fsys ("." for all of it).
func (r *Reader) ReadFS(ctx context.Context, fsys fs.FS, root string) iter.Seq[Item] {
	return func(yield func(Item) bool) {
		r.readPath(ctx, fsSources(fsys, root), yield)
	}
}

// Count returns how many files Read will open for paths (a URL counts one),
// for a progress bar. It does not open the files.
func (r *Reader) Count(paths []string) int {
	n := 0
	for _, p := range paths {
		for range osSources(p) {
			n++
		}
	}
	return n
}

// readPath reads every source of one path; false means stop.
func (r *Reader) readPath(ctx context.Context, sources iter.Seq[source], yield func(Item) bool) bool {
	for src := range sources {
		if err := ctx.Err(); err != nil {
			yield(Item{Err: model.SourceError{Source: src.name, Err: err}})
			return false
		}
		if !r.readSource(ctx, src, yield) {
			return false
		}
	}
	return true
}

// readSource reads one file or URL; false means the consumer stopped.
func (r *Reader) readSource(ctx context.Context, src source, yield func(Item) bool) bool {
	if src.err != nil {
		return yield(Item{Err: model.SourceError{Source: src.name, Err: src.err}})
	}
	e := &emitter{r: r, yield: yield}
	if isURL(src.name) {
		r.readURL(ctx, src.name, e)
	} else {
		r.readFile(ctx, src, e)
	}
	return !e.stopped
}
