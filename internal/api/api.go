// Package api serves marsad's JSON API over the store: articles, search,
// stories, entities, events and places, ingest and export. Handlers are thin:
// parse, call the store, respond. Routes use the standard library's ServeMux
// with method patterns; the API is described in openapi.json (served at
// /api/openapi.json).
package api

import (
	"context"
	"io"
	"log/slog"
	"net/http"

	"github.com/marsad/marsad/internal/store"
)

// Options are what the API needs; Store is required, the rest optional.
type Options struct {
	Store *store.Store
	// Ingest analyses and stores documents, returning the ids of the stored
	// articles in order. Nil disables POST /api/ingest (501).
	Ingest IngestFunc
	// Export writes everything stored in a format ("jsonl", "acled-csv",
	// "plover-jsonl", "geojson"). Nil disables /api/export (501).
	Export ExportFunc
	// ExportFormats lists the formats Export accepts (default: DefaultExportFormats).
	ExportFormats []string
	// EventTypes lists the event types GET /api/events?type= accepts; any
	// other is a 400. Empty: any type (there is then nothing to check against).
	EventTypes []string
	// RequireToken makes write endpoints demand "Authorization: Bearer Token";
	// set it when the server listens beyond loopback. With an empty Token,
	// writes are refused.
	RequireToken bool
	Token        string
	// MaxUpload caps an ingest request body in bytes (default 8 MiB).
	MaxUpload int64
	// Logger receives server-side errors (default: discarded).
	Logger *slog.Logger
}

// IngestFunc analyses and stores documents, returning the new article ids.
type IngestFunc func(ctx context.Context, docs []IngestDoc) ([]string, error)

// ExportFunc writes every stored record to w in format.
type ExportFunc func(ctx context.Context, w io.Writer, format string) error

// IngestDoc is one document given to ingest: pasted text or an uploaded file.
type IngestDoc struct {
	// Name is the uploaded file's name (its extension tells which reader
	// applies: .txt, .html, .jsonl, .xml, .warc...); empty for pasted text.
	Name string `json:"name,omitempty"`
	// Data is the file's bytes, or the pasted text in UTF-8.
	Data      []byte `json:"-"`
	Title     string `json:"title,omitempty"`
	Outlet    string `json:"outlet,omitempty"`
	Published string `json:"published,omitempty"` // YYYY-MM-DD
	URL       string `json:"url,omitempty"`
}

// DefaultExportFormats are the formats `marsad export` writes.
var DefaultExportFormats = []string{"jsonl", "stories-jsonl", "acled-csv", "plover-jsonl", "geojson"}

const defaultMaxUpload = 8 << 20

type server struct {
	opts Options
	log  *slog.Logger
}

// New returns the API handler; it serves paths under /api/.
func New(opts Options) http.Handler {
	if opts.MaxUpload <= 0 {
		opts.MaxUpload = defaultMaxUpload
	}
	if len(opts.ExportFormats) == 0 {
		opts.ExportFormats = DefaultExportFormats
	}
	s := &server{opts: opts, log: opts.Logger}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	mux := http.NewServeMux()
	for _, r := range s.routes() {
		mux.HandleFunc(r.pattern, r.handler)
	}
	return jsonMisses(mux)
}

// jsonMisses answers requests no route takes (404, 405) with a JSON error
// instead of the mux's plain text.
func jsonMisses(mux *http.ServeMux) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, pattern := mux.Handler(r); pattern != "" {
			mux.ServeHTTP(w, r)
			return
		}
		sw := &statusOnly{ResponseWriter: w}
		mux.ServeHTTP(sw, r)
		msg := "no such endpoint: " + r.URL.Path
		if sw.status == http.StatusMethodNotAllowed {
			msg = "method " + r.Method + " not allowed on " + r.URL.Path
		}
		writeError(w, sw.status, msg)
	})
}

// statusOnly keeps the status (and headers such as Allow) and drops the body.
type statusOnly struct {
	http.ResponseWriter
	status int
}

func (s *statusOnly) WriteHeader(code int) { s.status = code }
func (s *statusOnly) Write(b []byte) (int, error) {
	if s.status == 0 {
		s.status = http.StatusOK
	}
	return len(b), nil
}

type route struct {
	pattern string
	handler http.HandlerFunc
}

// routes lists every endpoint; openapi.json documents each of them (a test
// checks it).
func (s *server) routes() []route {
	return []route{
		{"GET /api/articles", s.listArticles},
		{"GET /api/articles/{id}", s.showArticle},
		{"GET /api/search", s.search},
		{"GET /api/stories", s.listStories},
		{"GET /api/stories/{id}", s.showStory},
		{"GET /api/entities/{id}", s.showEntity},
		{"GET /api/events", s.listEvents},
		{"GET /api/places", s.listPlaces},
		{"GET /api/outlets", s.listOutlets},
		{"GET /api/stage-errors", s.listStageErrors},
		{"POST /api/ingest", s.requireToken(s.ingest)},
		{"GET /api/export", s.export},
		{"GET /api/openapi.json", serveOpenAPI},
	}
}

// Patterns returns the method patterns the API serves, for documentation
// checks.
func Patterns() []string {
	var out []string
	for _, r := range (&server{}).routes() {
		out = append(out, r.pattern)
	}
	return out
}
