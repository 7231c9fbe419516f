package web

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"embed"
	"encoding/hex"
	"io/fs"
	"mime"
	"net/http"
	"path"
	"regexp"
	"strings"
)

//go:embed static
var staticFS embed.FS

// asset is one static file, held in memory with its checksum.
type asset struct {
	body  []byte
	gz    []byte // gzip-compressed body, for text files
	ctype string
	sum   string
}

// assets maps a path under static/ to its file; built once at init.
var assets = mustAssets()

// assetRef matches @asset(path) in CSS, replaced by the path's checksummed URL.
var assetRef = regexp.MustCompile(`@asset\(([^)]+)\)`)

func mustAssets() map[string]*asset {
	out := map[string]*asset{}
	var css []string
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		name := strings.TrimPrefix(p, "static/")
		body, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		if path.Ext(name) == ".css" {
			css = append(css, name)
		}
		out[name] = newAsset(name, body)
		return nil
	})
	if err != nil {
		panic(err)
	}
	for _, name := range css { // after the files they point to
		body := assetRef.ReplaceAllFunc(out[name].body, func(m []byte) []byte {
			ref := string(assetRef.FindSubmatch(m)[1])
			if out[ref] == nil {
				panic("web: " + name + " refers to missing asset " + ref)
			}
			return []byte(assetURL(out, ref))
		})
		out[name] = newAsset(name, body)
	}
	return out
}

func newAsset(name string, body []byte) *asset {
	sum := sha256.Sum256(body)
	a := &asset{body: body, sum: hex.EncodeToString(sum[:6]), ctype: contentType(name)}
	if strings.HasPrefix(a.ctype, "text/") || strings.Contains(a.ctype, "javascript") || strings.Contains(a.ctype, "json") || strings.Contains(a.ctype, "svg") {
		var buf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
		zw.Write(body)
		zw.Close()
		a.gz = buf.Bytes()
	}
	return a
}

func contentType(name string) string {
	switch path.Ext(name) {
	case ".js":
		return "text/javascript; charset=utf-8"
	case ".json":
		return "application/json"
	case ".woff2":
		return "font/woff2"
	case "":
		return "text/plain; charset=utf-8"
	}
	if t := mime.TypeByExtension(path.Ext(name)); t != "" {
		return t
	}
	return "application/octet-stream"
}

// assetURL is the checksummed URL of a static file.
func assetURL(m map[string]*asset, name string) string {
	a := m[name]
	if a == nil {
		panic("web: no asset " + name)
	}
	return "/static/" + a.sum + "/" + name
}

// serveStatic serves GET /static/{sum}/{path...}; a stale checksum is a 404,
// so a cached page never mixes old and new files.
func serveStatic(w http.ResponseWriter, r *http.Request) {
	a := assets[r.PathValue("path")]
	if a == nil || a.sum != r.PathValue("sum") {
		http.NotFound(w, r)
		return
	}
	h := w.Header()
	h.Set("Content-Type", a.ctype)
	h.Set("Cache-Control", "public, max-age=31536000, immutable")
	h.Set("ETag", `"`+a.sum+`"`)
	h.Add("Vary", "Accept-Encoding")
	if r.Header.Get("If-None-Match") == `"`+a.sum+`"` {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	body := a.body
	if a.gz != nil && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		h.Set("Content-Encoding", "gzip")
		body = a.gz
	}
	w.Write(body)
}
