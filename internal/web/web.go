// Package web serves marsad's analyst desk: server-rendered pages in Arabic
// (right to left) over the store, built with html/template so that every
// article text is escaped. Static files (CSS, vanilla JS, the Leaflet map,
// country shapes and the Arabic font) are embedded and served under
// checksummed URLs; a strict Content-Security-Policy allows no inline script.
// The handler also mounts the JSON API (package api) under /api/.
package web

import (
	"log/slog"
	"net/http"

	"github.com/marsad/marsad/internal/api"
	"github.com/marsad/marsad/internal/store"
)

// Options are what the site needs; Store is required. Ingest, Export, the
// token and the upload limit are shared with the JSON API.
type Options struct {
	Store *store.Store
	// Ingest analyses and stores documents; nil hides the ingest page.
	Ingest api.IngestFunc
	// Export writes everything stored in a format; nil hides the download buttons.
	Export        api.ExportFunc
	ExportFormats []string
	// EventTypes are the event types the API accepts as a filter.
	EventTypes []string
	// RequireToken makes writes (ingest) demand Token: set it when the server
	// listens beyond loopback. The ingest form then asks for the token.
	RequireToken bool
	Token        string
	// MaxUpload caps an ingest request in bytes (default 8 MiB).
	MaxUpload int64
	Logger    *slog.Logger
}

func (o Options) api() api.Options {
	return api.Options{Store: o.Store, Ingest: o.Ingest, Export: o.Export, ExportFormats: o.ExportFormats, EventTypes: o.EventTypes,
		RequireToken: o.RequireToken, Token: o.Token, MaxUpload: o.MaxUpload, Logger: o.Logger}
}

type site struct {
	opts  Options
	log   *slog.Logger
	pages *pages
}

// New returns the whole site: the pages, the static files and the JSON API.
func New(opts Options) http.Handler {
	if opts.MaxUpload <= 0 {
		opts.MaxUpload = 8 << 20
	}
	s := &site{opts: opts, log: opts.Logger, pages: mustPages()}
	if s.log == nil {
		s.log = slog.New(slog.DiscardHandler)
	}
	mux := http.NewServeMux()
	mux.Handle("/api/", api.New(opts.api()))
	mux.HandleFunc("GET /static/{sum}/{path...}", serveStatic)
	mux.HandleFunc("GET /{$}", s.home)
	mux.HandleFunc("GET /stories/{id}", s.story)
	mux.HandleFunc("GET /articles/{id}", s.article)
	mux.HandleFunc("GET /entities/{id}", s.entity)
	mux.HandleFunc("GET /map", s.mapPage)
	mux.HandleFunc("GET /search", s.search)
	mux.HandleFunc("GET /ingest", s.ingestForm)
	mux.HandleFunc("POST /ingest", s.ingest)
	mux.HandleFunc("/", s.notFound)
	return secure(http.NewCrossOriginProtection().Handler(mux))
}

// csp allows scripts, styles, fonts and data only from this server: no inline
// script or style, no CDN.
const csp = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
	"connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"

// secure sets the security headers of every answer.
func secure(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", csp)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "no-referrer")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}
