package web_test

import (
	"context"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/api"
	"github.com/marsad/marsad/internal/api/apitest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
	"github.com/marsad/marsad/internal/text"
	"github.com/marsad/marsad/internal/web"
)

func openStore(t testing.TB) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "w.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// storeIngest stands in for the pipeline: it stores each document with an
// empty analysis and returns its id.
func storeIngest(s *store.Store) api.IngestFunc {
	return func(ctx context.Context, docs []api.IngestDoc) ([]string, error) {
		var recs []store.Record
		for _, d := range docs {
			body := text.Normalize(string(d.Data))
			a := model.Article{ID: "up-" + model.TextHash(body)[:8], Title: d.Title, Outlet: d.Outlet, Text: body,
				Language: "ar", Published: time.Date(2031, 11, 1, 0, 0, 0, 0, time.UTC)}
			recs = append(recs, store.Record{Article: a, Analysis: model.NewAnalysis(a)})
		}
		out, err := s.Put(ctx, recs)
		ids := make([]string, len(out))
		for i, o := range out {
			ids[i] = o.ID
		}
		return ids, err
	}
}

func newSite(t testing.TB, fill bool) http.Handler {
	t.Helper()
	s := openStore(t)
	if fill {
		if err := apitest.Fill(context.Background(), s); err != nil {
			t.Fatal(err)
		}
	}
	return web.New(web.Options{Store: s, Ingest: storeIngest(s), MaxUpload: 1 << 16,
		Export: func(_ context.Context, w io.Writer, f string) error { _, err := io.WriteString(w, f); return err }})
}

func fetch(t *testing.T, h http.Handler, path string) (int, string, http.Header) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Code, rec.Body.String(), rec.Header()
}

func TestPagesWithFullData(t *testing.T) {
	h := newSite(t, true)
	cases := []struct {
		path string
		want []string
	}{
		{"/", []string{`<html lang="ar" dir="rtl">`, "إجلاء المقاتلين من تل الزيتون", "3 مصادر", "خلاف بين المصادر",
			"أرقام محدّثة", "أحدث المقالات", "/api/export?format=acled-csv",
			"لم تكتمل مراحل التحليل في مقال واحد", `href="/articles/` + apitest.ArticleXSS + `"`, "(الأحداث)"}},
		{"/articles/" + apitest.ArticleXSS, []string{`class="stage-errors error-msg" role="alert"`, "لم تكتمل بعض مراحل التحليل",
			"الأحداث</span>: <code dir=\"ltr\">" + apitest.StageFailure.Message + "</code>"}},
		{"/stories/" + apitest.StoryID, []string{"الموجز", "مقارنة الأرقام بين المصادر", `class="verdict-disagree"`,
			"نحو 300", "لا يزيد على 200", "المتكلم: سامر الحداد · عبر: وكالة النجم", apitest.OutletDaily, `<svg class="tl"`,
			"اشتباك مسلح", `class="map small" dir="ltr"`, `<mark class="hl-qty"`, `class="hl-claim"`}},
		{"/stories/" + apitest.StoryMarket, []string{`class="verdict-updated"`, "محدّثة", "حتى: 2031-10-21", `<svg class="cc"`}},
		{"/articles/" + apitest.ArticleWire, []string{`href="/entities/` + url.PathEscape(apitest.Speaker) + `"`,
			`class="hl-place"`, `class="hl-time"`, `class="hl-qty"`, "مفتاح الألوان", "القصة:", "إجلاء"}},
		{"/entities/" + url.PathEscape(apitest.Speaker), []string{"تصريحاته <small>(3)</small>", "<li>الحداد</li>", "وأضاف أن قرابة"}},
		{"/entities/" + url.PathEscape("قوات الحماية المحلية"), []string{"الأحداث التي شارك فيها <small>(3)</small>", "فاعل", "اشتباك مسلح"}},
		{"/search?q=" + url.QueryEscape("مقاتل"), []string{"المقالات <small>(3)</small>", "التصريحات <small>(4)</small>", "<mark>"}},
		{"/search?q=" + url.QueryEscape("الحداد") + "&type=entities", []string{"الأسماء <small>(1)</small>"}},
		{"/map?story=" + apitest.StoryID, []string{`id="map" dir="ltr"`, "data-events=\"/api/events?limit=2000&amp;story=" + apitest.StoryID, "leaflet"}},
		{"/ingest", []string{`enctype="multipart/form-data"`, `name="file"`, "الحد الأقصى للطلب: 64 كيلوبايت"}},
	}
	for _, c := range cases {
		t.Run(c.path, func(t *testing.T) {
			code, body, hdr := fetch(t, h, c.path)
			if code != 200 {
				t.Fatalf("status %d", code)
			}
			if !strings.Contains(hdr.Get("Content-Security-Policy"), "script-src 'self'") {
				t.Errorf("no strict CSP: %q", hdr.Get("Content-Security-Policy"))
			}
			for _, w := range c.want {
				if !strings.Contains(body, w) {
					t.Errorf("page lacks %q", w)
				}
			}
			checkNoInlineScript(t, body)
		})
	}
}

var scriptTag = regexp.MustCompile(`<script[^>]*>`)

// checkNoInlineScript fails on a script element without src, or a style or
// event-handler attribute, which the CSP would block.
func checkNoInlineScript(t *testing.T, body string) {
	t.Helper()
	for _, tag := range scriptTag.FindAllString(body, -1) {
		if !strings.Contains(tag, ` src="/static/`) {
			t.Errorf("inline or foreign script: %s", tag)
		}
	}
	if regexp.MustCompile(`<[^>]+\s(style|onclick|onload|onerror)=`).MatchString(body) {
		t.Error("inline style or event handler")
	}
}

func TestPagesWithEmptyStore(t *testing.T) {
	h := newSite(t, false)
	for path, want := range map[string]string{
		"/":                                   "لا توجد قصص بعد",
		"/search?q=" + url.QueryEscape("شيء"): "لا مقالات تطابق",
		"/map":                                `id="map"`,
		"/ingest":                             "الصق نص الخبر هنا",
	} {
		code, body, _ := fetch(t, h, path)
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("%s: %d, lacks %q", path, code, want)
		}
	}
}

func TestEmptyAnalysisRenders(t *testing.T) {
	s := openStore(t)
	a := model.Article{ID: "bare", Title: "خبر بلا تحليل", Outlet: "منفذ", Text: "نص قصير بلا أي حقائق مستخرجة."}
	s.Put(context.Background(), []store.Record{{Article: a, Analysis: model.NewAnalysis(a)}})
	s.ReplaceStories(context.Background(), []model.Story{{ID: "bare-story", Documents: []string{"bare", "missing"}}})
	h := web.New(web.Options{Store: s})
	for path, want := range map[string]string{
		"/articles/bare":      "لا تصريحات مستخرجة",
		"/stories/bare-story": "لا أرقام للمقارنة بعد",
		"/":                   "bare-story",
	} {
		code, body, _ := fetch(t, h, path)
		if code != 200 || !strings.Contains(body, want) {
			t.Errorf("%s: %d, lacks %q", path, code, want)
		}
		if strings.Contains(body, "/api/export") || strings.Contains(body, `name="file"`) {
			t.Errorf("%s: shows export or ingest without the funcs", path)
		}
	}
}

// TestStoryCountChart draws a running count: two sources, one of them
// updating its toll, one claim dated only by its article.
func TestStoryCountChart(t *testing.T) {
	s := openStore(t)
	ctx := context.Background()
	day := func(d int) time.Time { return time.Date(2031, 10, d, 9, 0, 0, 0, time.UTC) }
	var recs []store.Record
	for _, a := range []model.Article{
		{ID: "fire-1", Title: "حريق في السوق", Outlet: "وكالة النجم", Text: "قتل 4 أشخاص.", Published: day(20)},
		{ID: "fire-2", Title: "ارتفاع الحصيلة", Outlet: "قناة الأفق", Text: "ارتفع عدد القتلى إلى 7.", Published: day(22)},
	} {
		a.Language = "ar"
		recs = append(recs, store.Record{Article: a, Analysis: model.NewAnalysis(a)})
	}
	if _, err := s.Put(ctx, recs); err != nil {
		t.Fatal(err)
	}
	v := func(x float64) *float64 { return &x }
	st := model.Story{ID: "fire", Title: "حريق السوق", Documents: []string{"fire-1", "fire-2"},
		Comparisons: []model.Comparison{{Topic: "killed people", Unit: "people", Predicate: "killed", Verdict: "updated",
			Claims: []model.ComparedClaim{
				{Document: "fire-1", Source: "الدفاع المدني", Value: v(4), AsOf: "2031-10-20"},
				{Document: "fire-2", Source: "الدفاع المدني", Value: v(7)},
				{Document: "fire-2", Source: "<b>مرصد</b>", Min: v(5), Max: v(9), Approx: true, AsOf: "2031-10-21"},
			}}}}
	if err := s.ReplaceStories(ctx, []model.Story{st}); err != nil {
		t.Fatal(err)
	}
	_, body, _ := fetch(t, web.New(web.Options{Store: s}), "/stories/fire")
	for _, want := range []string{`<svg class="cc"`, `<title id="cc-0-t">عدد القتلى</title>`, "</svg> الدفاع المدني</li>",
		"</svg> &lt;b&gt;مرصد&lt;/b&gt;</li>", "<time>2031-10-22</time>", `class="bar"`, "نحو بين 5 و9"} {
		if !strings.Contains(body, want) {
			t.Errorf("story page lacks %q", want)
		}
	}
	if strings.Contains(body, "<b>مرصد</b>") {
		t.Error("a source's markup reached the page unescaped")
	}
	checkNoInlineScript(t, body)
}

func TestHomePaging(t *testing.T) {
	s := openStore(t)
	if _, err := apitest.FillBig(context.Background(), s, 25); err != nil {
		t.Fatal(err)
	}
	h := web.New(web.Options{Store: s})
	_, first, _ := fetch(t, h, "/")
	_, second, _ := fetch(t, h, "/?page=2")
	if !strings.Contains(first, `href="/?page=2"`) || strings.Contains(first, `rel="prev"`) {
		t.Error("page 1: no link to page 2, or a link back")
	}
	if strings.Count(second, `class="summary"`) != 5 || !strings.Contains(second, `href="/?page=1"`) || strings.Contains(second, `rel="next"`) {
		t.Errorf("page 2: %d articles", strings.Count(second, `class="summary"`))
	}
	if code, _, _ := fetch(t, h, "/?page=-3"); code != 200 {
		t.Errorf("bad page number: %d", code)
	}
}

func TestMarkupInArticleIsEscaped(t *testing.T) {
	h := newSite(t, true)
	for _, path := range []string{"/articles/" + apitest.ArticleXSS, "/", "/search?q=" + url.QueryEscape("الأرصاد")} {
		_, body, _ := fetch(t, h, path)
		if strings.Contains(body, apitest.Script) || strings.Contains(body, "<b>غدا</b>") {
			t.Errorf("%s: article markup reached the page unescaped", path)
		}
		if !strings.Contains(body, "&lt;script&gt;") {
			t.Errorf("%s: the script text is not shown escaped", path)
		}
	}
}

func TestNotFoundPages(t *testing.T) {
	h := newSite(t, true)
	for _, p := range []string{"/articles/nope", "/stories/nope", "/entities/" + url.PathEscape("لا أحد"), "/nowhere", "/static/abc/css/app.css"} {
		if code, _, _ := fetch(t, h, p); code != 404 {
			t.Errorf("%s: %d, want 404", p, code)
		}
	}
	if code, body, _ := fetch(t, h, "/api/articles/nope"); code != 404 || !strings.Contains(body, `"error"`) {
		t.Errorf("api 404: %d %s", code, body)
	}
	if code, _, _ := fetch(t, h, "/search?q=x&from=tomorrow"); code != 400 {
		t.Errorf("bad date: %d, want 400", code)
	}
}

var assetRef = regexp.MustCompile(`(?:href|src)="(/static/[0-9a-f]+/[^"]+)"`)

func TestStaticAssetsChecksummed(t *testing.T) {
	h := newSite(t, true)
	_, body, _ := fetch(t, h, "/map")
	refs := assetRef.FindAllStringSubmatch(body, -1)
	if len(refs) < 5 {
		t.Fatalf("found %d asset links", len(refs))
	}
	for _, r := range refs {
		code, css, hdr := fetch(t, h, r[1])
		if code != 200 || !strings.Contains(hdr.Get("Cache-Control"), "immutable") {
			t.Errorf("%s: %d %v", r[1], code, hdr)
		}
		if strings.HasSuffix(r[1], ".css") && strings.Contains(r[1], "app.css") {
			fonts := regexp.MustCompile(`url\("(/static/[^"]+\.woff2)"\)`).FindAllStringSubmatch(css, -1)
			if len(fonts) != 2 {
				t.Errorf("app.css refers to %d fonts", len(fonts))
			}
			for _, f := range fonts {
				if code, _, _ := fetch(t, h, f[1]); code != 200 {
					t.Errorf("font %s: %d", f[1], code)
				}
			}
		}
	}
	req := httptest.NewRequest("GET", refs[0][1], nil)
	req.Header.Set("Accept-Encoding", "gzip")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Header().Get("Content-Encoding") != "gzip" {
		t.Errorf("%s not gzipped", refs[0][1])
	}
}

func TestIngestFromForm(t *testing.T) {
	h := newSite(t, true)
	form := url.Values{"text": {"نص جديد عن سوق النخيل."}, "outlet": {"منفذ"}, "title": {"نص تجريبي"}}
	req := httptest.NewRequest("POST", "/ingest", strings.NewReader(form.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	loc := rec.Header().Get("Location")
	if rec.Code != http.StatusSeeOther || !strings.HasPrefix(loc, "/articles/up-") {
		t.Fatalf("post: %d %q %s", rec.Code, loc, rec.Body.String())
	}
	if code, body, _ := fetch(t, h, loc); code != 200 || !strings.Contains(body, "نص جديد عن سوق النخيل.") {
		t.Errorf("new article page: %d", code)
	}
	req = httptest.NewRequest("POST", "/ingest", strings.NewReader("text=++"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != 400 || !strings.Contains(rec.Body.String(), "لا يوجد نص") {
		t.Errorf("empty: %d", rec.Code)
	}
	req = httptest.NewRequest("POST", "/ingest", strings.NewReader("text=x"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusForbidden {
		t.Errorf("cross-site post: %d, want 403", rec.Code)
	}
}

func TestIngestNeedsToken(t *testing.T) {
	s := openStore(t)
	h := web.New(web.Options{Store: s, Ingest: storeIngest(s), RequireToken: true, Token: "t0k"})
	_, body, _ := fetch(t, h, "/ingest")
	if !strings.Contains(body, `name="token"`) {
		t.Error("the form does not ask for the token")
	}
	for token, want := range map[string]int{"": 401, "bad": 401, "t0k": 303} {
		form := url.Values{"text": {"نص " + token}, "token": {token}}
		req := httptest.NewRequest("POST", "/ingest", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("token %q: %d, want %d", token, rec.Code, want)
		}
	}
}
