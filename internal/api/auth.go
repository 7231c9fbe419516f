package api

import (
	"crypto/subtle"
	"net/http"
	"strings"
)

// requireToken guards a write endpoint when Options.RequireToken is set.
func (s *server) requireToken(next http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := CheckToken(s.opts, bearer(r)); err != "" {
			w.Header().Set("WWW-Authenticate", `Bearer realm="marsad"`)
			writeError(w, http.StatusUnauthorized, err)
			return
		}
		next(w, r)
	}
}

// CheckToken returns why a write with the given token is refused, or "".
func CheckToken(opts Options, token string) string {
	if !opts.RequireToken {
		return ""
	}
	if opts.Token == "" {
		return "writes are disabled: this server listens beyond loopback and has no token"
	}
	if token == "" {
		return "a token is required: send Authorization: Bearer <token>"
	}
	if subtle.ConstantTimeCompare([]byte(token), []byte(opts.Token)) != 1 {
		return "wrong token"
	}
	return ""
}

func bearer(r *http.Request) string {
	h := r.Header.Get("Authorization")
	if len(h) > 7 && strings.EqualFold(h[:7], "bearer ") {
		return strings.TrimSpace(h[7:])
	}
	return ""
}
