package eval

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"time"

	"github.com/marsad/marsad/internal/api/apitest"
	"github.com/marsad/marsad/internal/store"
	"github.com/marsad/marsad/internal/web"
)

// Web measures the story page of a story told by 20 articles (fictional
// fixtures; no shared data needed): the server's time to render it (median
// of 20) and the page weight a browser downloads (HTML, CSS, JS, fonts,
// country shapes and the map's API data), raw and gzip-compressed.
var Web = Section{Name: "web", Run: runWeb}

const webArticles, webRuns = 20, 20

func runWeb(_ string, r *Report) error {
	dir, err := os.MkdirTemp("", "marsad-eval-web")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	ctx := context.Background()
	s, err := store.Open(ctx, filepath.Join(dir, "web.db"), store.Options{})
	if err != nil {
		return err
	}
	defer s.Close()
	id, err := apitest.FillBig(ctx, s, webArticles)
	if err != nil {
		return err
	}
	h := web.New(web.Options{Store: s})
	path := "/stories/" + id
	times := make([]time.Duration, webRuns)
	var html []byte
	for i := range times {
		start := time.Now()
		body, code := get(h, path, false)
		times[i] = time.Since(start)
		if code != http.StatusOK {
			return fmt.Errorf("web: %s: status %d", path, code)
		}
		html = body
	}
	sort.Slice(times, func(i, j int) bool { return times[i] < times[j] })
	note := fmt.Sprintf("story of %d articles, %d runs, in-process", webArticles, webRuns)
	r.Add("web", "story page render, median", ms(times[webRuns/2]), note)
	r.Add("web", "story page render, max", ms(times[webRuns-1]), note)
	raw, gz, n := pageWeight(h, path, html)
	r.Add("web", "story page HTML", kb(len(html)), "")
	r.Add("web", "story page weight, raw", kb(raw), fmt.Sprintf("%d resources: HTML, CSS, JS, 2 fonts, countries-50m, API data", n))
	r.Add("web", "story page weight, as served with gzip", kb(gz), "Accept-Encoding: gzip; pages and static files compressed, API JSON not")
	return nil
}

var staticRef = regexp.MustCompile(`(?:href|src|data-world|data-events|data-places)="(/(?:static|api)/[^"]+)"`)
var cssFont = regexp.MustCompile(`url\("(/static/[^"]+)"\)`)

// pageWeight sums the bytes of the page and of every resource it loads.
func pageWeight(h http.Handler, path string, html []byte) (raw, gz, n int) {
	zhtml, _ := get(h, path, true)
	raw, gz, n = len(html), len(zhtml), 1
	seen := map[string]bool{}
	var refs []string
	for _, m := range staticRef.FindAllSubmatch(html, -1) {
		refs = append(refs, unescape(string(m[1])))
	}
	for len(refs) > 0 {
		ref := refs[0]
		refs = refs[1:]
		if seen[ref] {
			continue
		}
		seen[ref] = true
		body, _ := get(h, ref, false)
		zipped, _ := get(h, ref, true)
		raw, gz, n = raw+len(body), gz+len(zipped), n+1
		for _, m := range cssFont.FindAllSubmatch(body, -1) {
			refs = append(refs, string(m[1]))
		}
	}
	return raw, gz, n
}

func get(h http.Handler, path string, gzip bool) ([]byte, int) {
	req := httptest.NewRequest("GET", path, nil)
	if gzip {
		req.Header.Set("Accept-Encoding", "gzip")
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec.Body.Bytes(), rec.Code
}

func unescape(s string) string { return regexp.MustCompile(`&amp;`).ReplaceAllString(s, "&") }

func ms(d time.Duration) string { return fmt.Sprintf("%.2f ms", float64(d.Microseconds())/1000) }

func kb(n int) string { return fmt.Sprintf("%.1f KB", float64(n)/1024) }
