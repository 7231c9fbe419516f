package web

import (
	"bytes"
	"compress/gzip"
	"embed"
	"encoding/json"
	"html/template"
	"io/fs"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/api"
)

//go:embed templates
var templateFS embed.FS

// pages holds one parsed template set per page: the layout, the shared
// partials and the page's own file.
type pages struct {
	byName map[string]*template.Template
}

var funcs = template.FuncMap{
	"asset":       func(name string) string { return assetURL(assets, name) },
	"eventLabel":  func(t string) string { return label(eventLabels, t) },
	"unitLabel":   func(u string) string { return label(unitLabels, u) },
	"verdict":     func(v string) string { return label(verdictLabels, v) },
	"entityType":  func(t string) string { return label(entityLabels, t) },
	"claimKind":   func(k string) string { return label(claimKindLabels, k) },
	"stage":       func(k string) string { return label(stageLabels, k) },
	"role":        func(r string) string { return label(roleLabels, r) },
	"exportName":  func(f string) string { return label(exportLabels, f) },
	"searchType":  func(t string) string { return label(searchTypeLabels, t) },
	"entityHref":  entityHref,
	"articleHref": articleHref,
	"storyHref":   storyHref,
	"day":         day,
	"join":        strings.Join,
	"figure":      figure,
	"figureTitle": figureTitle,
	"sources":     sourceCount,
	"count":       arabicCount,
	"eventLabelsJSON": func() string {
		b, _ := json.Marshal(eventLabels)
		return string(b)
	},
}

// countForms are the Arabic forms of a counted noun: for one, for two, for
// three to ten (after the number), for eleven and more (after the number).
type countForms [4]string

var counted = map[string]countForms{
	"sources":  {"مصدر مستقل واحد", "مصدران مستقلان", "مصادر مستقلة", "مصدرا مستقلا"},
	"events":   {"حدث واحد", "حدثان", "أحداث", "حدثا"},
	"outlets":  {"مصدر واحد", "مصدران", "مصادر", "مصدرا"},
	"articles": {"مقال واحد", "مقالان", "مقالات", "مقالا"},
}

// arabicCount says "n things" in Arabic, with the noun agreeing with n.
func arabicCount(noun string, n int) string {
	f := counted[noun]
	switch {
	case n == 1:
		return f[0]
	case n == 2:
		return f[1]
	case n >= 3 && n <= 10:
		return strconv.Itoa(n) + " " + f[2]
	}
	return strconv.Itoa(n) + " " + f[3]
}

// sourceCount says "n independent sources" in Arabic.
func sourceCount(n int) string { return arabicCount("sources", n) }

func day(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

func mustPages() *pages {
	files, err := fs.Glob(templateFS, "templates/page_*.html")
	if err != nil {
		panic(err)
	}
	p := &pages{byName: map[string]*template.Template{}}
	for _, f := range files {
		name := strings.TrimSuffix(strings.TrimPrefix(f, "templates/page_"), ".html")
		p.byName[name] = template.Must(template.New("layout.html").Funcs(funcs).
			ParseFS(templateFS, "templates/layout.html", "templates/partials.html", f))
	}
	return p
}

// view is what every page template gets: the layout's fields and the page's
// own data.
type view struct {
	Title   string
	Nav     string // the active menu entry
	Query   string
	Map     bool // load the map scripts
	Exports []string
	Data    any
}

// render writes a page; the whole page is built first, so a template error
// becomes a clean 500.
func (s *site) render(w http.ResponseWriter, r *http.Request, status int, name string, v view) {
	t := s.pages.byName[name]
	if s.opts.Export != nil {
		v.Exports = api.ExportFormats(s.opts.api())
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, v); err != nil {
		s.log.Error("web render", "page", name, "err", err)
		http.Error(w, "internal error", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Add("Vary", "Accept-Encoding")
	body := buf.Bytes()
	if len(body) > 1024 && strings.Contains(r.Header.Get("Accept-Encoding"), "gzip") {
		var zbuf bytes.Buffer
		zw, _ := gzip.NewWriterLevel(&zbuf, gzip.BestSpeed)
		zw.Write(body)
		zw.Close()
		w.Header().Set("Content-Encoding", "gzip")
		body = zbuf.Bytes()
	}
	w.WriteHeader(status)
	w.Write(body)
}

// fail answers a store error with the not-found page or a 500.
func (s *site) fail(w http.ResponseWriter, r *http.Request, err error) {
	if isNotFound(err) {
		s.notFound(w, r)
		return
	}
	s.log.Error("web", "path", r.URL.Path, "err", err)
	s.render(w, r, http.StatusInternalServerError, "error", view{Title: "خطأ", Data: "حدث خطأ في الخادم."})
}

func (s *site) notFound(w http.ResponseWriter, r *http.Request) {
	s.render(w, r, http.StatusNotFound, "error", view{Title: "غير موجود", Data: "الصفحة المطلوبة غير موجودة: " + r.URL.Path})
}
