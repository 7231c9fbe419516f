package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strconv"
	"time"

	"github.com/marsad/marsad/internal/store"
)

// errorBody is every error's JSON: {"error": "..."}.
type errorBody struct {
	Error string `json:"error"`
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(true)
	enc.Encode(v)
}

func writeError(w http.ResponseWriter, status int, msg string) {
	writeJSON(w, status, errorBody{Error: msg})
}

// fail answers a store error: 404 for what does not exist, else 500 (logged).
func (s *server) fail(w http.ResponseWriter, r *http.Request, err error) {
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "not found: "+r.URL.Path)
		return
	}
	if errors.Is(err, store.ErrQuery) {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	s.log.Error("api", "path", r.URL.Path, "err", err)
	writeError(w, http.StatusInternalServerError, "internal error")
}

// badRequest is a parameter error, answered with 400 and its message.
type badRequest struct{ msg string }

func (e badRequest) Error() string { return e.msg }

func badf(format string, args ...any) error { return badRequest{fmt.Sprintf(format, args...)} }

// params reads query parameters, remembering the first error.
type params struct {
	q   url.Values
	err error
}

func newParams(r *http.Request) *params { return &params{q: r.URL.Query()} }

func (p *params) str(name string) string { return p.q.Get(name) }

// int reads an integer in [lo, hi], def when absent.
func (p *params) int(name string, def, lo, hi int) int {
	v := p.q.Get(name)
	if v == "" {
		return def
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < lo || n > hi {
		p.setErr(badf("%s must be an integer from %d to %d, got %q", name, lo, hi, v))
		return def
	}
	return n
}

// date reads a YYYY-MM-DD date.
func (p *params) date(name string) string {
	v := p.q.Get(name)
	if v == "" {
		return ""
	}
	if _, err := time.Parse("2006-01-02", v); err != nil {
		p.setErr(badf("%s must be a date YYYY-MM-DD, got %q", name, v))
		return ""
	}
	return v
}

// oneOf reads a value from a closed list, def when absent.
func (p *params) oneOf(name, def string, allowed ...string) string {
	v := p.q.Get(name)
	if v == "" {
		return def
	}
	for _, a := range allowed {
		if v == a {
			return v
		}
	}
	p.setErr(badf("%s must be one of %v, got %q", name, allowed, v))
	return def
}

func (p *params) setErr(err error) {
	if p.err == nil {
		p.err = err
	}
}

// ok answers 400 and returns false when a parameter was bad.
func (p *params) ok(w http.ResponseWriter) bool {
	if p.err != nil {
		writeError(w, http.StatusBadRequest, p.err.Error())
		return false
	}
	return true
}

// Paging limits.
const (
	DefaultLimit = 50
	MaxLimit     = 200
	MaxMapLimit  = 2000 // events and places, which the map asks for at once
)

// paging reads limit and offset.
func (p *params) paging(max int) (limit, offset int) {
	return p.int("limit", DefaultLimit, 1, max), p.int("offset", 0, 0, 1_000_000)
}

// recordQuery reads the story, outlet, from and to filters.
func (p *params) recordQuery() store.RecordQuery {
	q := store.RecordQuery{Story: p.str("story"), Outlet: p.str("outlet"), From: p.date("from"), To: p.date("to")}
	if q.From != "" && q.To != "" && q.From > q.To {
		p.setErr(badf("from (%s) is after to (%s)", q.From, q.To))
	}
	return q
}

// page is the envelope of every list.
type page struct {
	Total  int `json:"total"`
	Limit  int `json:"limit"`
	Offset int `json:"offset"`
}
