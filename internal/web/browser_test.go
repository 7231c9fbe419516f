package web_test

import (
	"context"
	"fmt"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"github.com/marsad/marsad/internal/api/apitest"
)

// The browser test drives Debian's chromium against the site filled with the
// fixtures. It is skipped (never failed) when no chromium is installed
// (make browser-deps installs it) and when MARSAD_BROWSER=0. With
// MARSAD_SCREENSHOTS=DIR it saves a PNG of each view there (make screenshots).

func chromiumPath() string {
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	return ""
}

// browser starts a headless chromium with a fresh profile and no network
// features, and returns its context.
func browser(t *testing.T) context.Context {
	t.Helper()
	if os.Getenv("MARSAD_BROWSER") == "0" {
		t.Skip("MARSAD_BROWSER=0")
	}
	bin := chromiumPath()
	if bin == "" {
		t.Skip("no chromium found: run make browser-deps")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("disable-extensions", true),
		chromedp.Flag("lang", "ar"),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil { // start the browser
		t.Skipf("chromium does not start here: %v", err)
	}
	return ctx
}

// pageErrors collects script exceptions and console errors (CSP violations
// among them).
type pageErrors struct {
	mu   sync.Mutex
	msgs []string
}

func (p *pageErrors) listen(ctx context.Context, t *testing.T) {
	if _, err := chromedp.Call(ctx, log.Enable, struct{}{}); err != nil {
		t.Fatal(err)
	}
	chromedp.Listen(ctx, func(ev any) {
		p.mu.Lock()
		defer p.mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventExceptionThrown:
			p.msgs = append(p.msgs, (&chromedp.ExceptionError{ExceptionDetails: e.ExceptionDetails}).Error())
		case *log.EventEntryAdded:
			if e.Entry.Level == log.EntryLevelError {
				p.msgs = append(p.msgs, string(e.Entry.Source)+": "+e.Entry.Text)
			}
		}
	})
}

func (p *pageErrors) check(t *testing.T, view string) {
	t.Helper()
	p.mu.Lock()
	defer p.mu.Unlock()
	for _, m := range p.msgs {
		t.Errorf("%s: %s", view, m)
	}
	p.msgs = nil
}

type tour struct {
	t    *testing.T
	ctx  context.Context
	base string
	errs *pageErrors
}

func (b *tour) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

func (b *tour) eval(expr string) string {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
	if err != nil {
		b.t.Fatalf("eval %s: %v", expr, err)
	}
	return v
}

// follow clicks a link and waits for the next page to load.
func (b *tour) follow(sel string) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 30*time.Second)
	defer cancel()
	if _, err := chromedp.Run(ctx, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Click(chromedp.CSS(sel)))); err != nil {
		b.t.Fatalf("click %s: %v", sel, err)
	}
}

// sees fails unless the page's visible text holds every string.
func (b *tour) sees(view string, want ...string) {
	b.t.Helper()
	body := b.eval(`document.body.innerText`)
	for _, w := range want {
		if !strings.Contains(body, w) {
			b.t.Errorf("%s: the page does not show %q", view, w)
		}
	}
}

func (b *tour) shot(name string) {
	b.t.Helper()
	dir := os.Getenv("MARSAD_SCREENSHOTS")
	if dir == "" {
		return
	}
	shoot := chromedp.FullScreenshot(100)
	if b.eval(`String(document.documentElement.scrollHeight <= window.innerHeight)`) == "true" {
		shoot = chromedp.CaptureScreenshot() // a short page: the viewport
	}
	buf, err := chromedp.Run(b.ctx, shoot)
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

func TestBrowser(t *testing.T) {
	ctx := browser(t)
	srv := httptest.NewServer(newSite(t, true)) // listens on 127.0.0.1
	t.Cleanup(srv.Close)
	b := &tour{t: t, ctx: ctx, base: srv.URL, errs: &pageErrors{}}
	b.errs.listen(ctx, t)

	// Home: stories with outlets, period and the disagreement flag.
	b.do("home", chromedp.Navigate(b.base+"/"), chromedp.WaitVisible(chromedp.CSS("ul.cards")))
	if dir := b.eval(`document.documentElement.dir + "/" + getComputedStyle(document.body).direction`); dir != "rtl/rtl" {
		t.Errorf("home: direction %s", dir)
	}
	b.sees("home", "إجلاء المقاتلين من تل الزيتون", "3 مصادر", "خلاف بين المصادر", "أحدث المقالات")
	if ok := b.eval(`document.fonts.ready.then(() => String(document.fonts.check("16px Vazirmatn", "مرصد")))`); ok != "true" {
		t.Errorf("the Arabic font is not loaded: %s", ok)
	}
	b.shot("home")
	b.errs.check(t, "home")

	// Story: the comparison table, timeline and map.
	b.follow(`a[href="/stories/` + apitest.StoryID + `"]`)
	b.do("story", chromedp.WaitVisible(chromedp.CSS("table.comparison")), chromedp.WaitVisible(chromedp.CSS(".map.ready")))
	b.sees("story", "مقارنة الأرقام بين المصادر", "متعارضة", "نحو 300", "لا يزيد على 200", "الخط الزمني للأحداث")
	b.do("open a figure", chromedp.Click(chromedp.CSS("tr.verdict-disagree details.fig-cell summary")), chromedp.Sleep(200*time.Millisecond))
	if open := b.eval(`String(document.querySelectorAll("tr.verdict-disagree details[open]").length)`); open != "3" {
		t.Errorf("story: opening one figure opened %s of the row's 3", open)
	}
	b.sees("story", "وكالة النجم", "مصادر محلية")
	// Country shapes are drawn, and the five events and two places as points.
	if n := b.eval(`String(document.querySelectorAll(".map svg path").length > 100) + "/" + document.querySelectorAll(".map path.leaflet-interactive").length`); n != "true/7" {
		t.Errorf("story map: shapes drawn/points = %s, want true/7", n)
	}
	if n := b.eval(`String(document.querySelectorAll("svg.tl circle").length)`); n != "5" {
		t.Errorf("story timeline: %s points, want 5", n)
	}
	b.shot("story")
	b.errs.check(t, "story")

	// Article, reached from the story's side-by-side columns.
	b.follow(`.side h4 a[href="/articles/` + apitest.ArticleWire + `"]`)
	b.do("article", chromedp.WaitVisible(chromedp.ID("article-text")))
	if n := b.eval(`["hl-qty","hl-claim","hl-place","hl-time","hl-per"].map(c => document.querySelectorAll("#article-text ." + c).length > 0).join()`); n != "true,true,true,true,true" {
		t.Errorf("article: highlights present = %s", n)
	}
	b.sees("article", "التصريحات", "المتكلم: سامر الحداد", "عبر: وكالة النجم")
	if n := b.eval(`String(document.querySelectorAll("ul.legend mark").length)`); n != "9" {
		t.Errorf("article: legend has %s entries", n)
	}
	b.shot("article")
	b.errs.check(t, "article")

	// Entity, from the speaker's highlight.
	b.follow(`#article-text a.hl-per`)
	b.do("entity", chromedp.WaitVisible(chromedp.CSS("article.entity h1")))
	if h := b.eval(`document.querySelector("h1").innerText`); h != apitest.Speaker {
		t.Errorf("entity: h1 %q", h)
	}
	b.sees("entity", "تصريحاته (3)", "الحداد", "نحو 300")
	b.shot("entity")
	b.errs.check(t, "entity")

	// Search from the header box.
	b.do("type a query", chromedp.SendKeys(chromedp.CSS(".quick-search input"), "المقاتلين"))
	ctxS, cancel := context.WithTimeout(ctx, 30*time.Second)
	if _, err := chromedp.Run(ctxS, chromedp.WaitEvent(page.LoadEventFired, nil, chromedp.Submit(chromedp.CSS(".quick-search input")))); err != nil {
		t.Fatalf("search submit: %v", err)
	}
	cancel()
	b.do("search", chromedp.WaitVisible(chromedp.CSS(".results")))
	b.sees("search", "المقالات (3)", "التصريحات", "الأسماء")
	if n := b.eval(`String(document.querySelectorAll(".snippet mark").length > 0)`); n != "true" {
		t.Errorf("search: no marked words in snippets")
	}
	b.shot("search")
	b.errs.check(t, "search")

	// Map with a filter.
	b.do("map", chromedp.Navigate(b.base+"/map?story="+apitest.StoryID), chromedp.WaitVisible(chromedp.CSS("#map.ready")))
	b.sees("map", "أحداث", "أماكن على الخريطة", "تل الزيتون")
	if n := b.eval(`document.querySelector("#map").dataset.events_shown + "/" + document.querySelectorAll("#map .leaflet-tooltip").length`); n != "5/2" {
		t.Errorf("map: events/labels shown = %s, want 5/2", n)
	}
	if d := b.eval(`document.querySelector("#map").dir + "/" + getComputedStyle(document.querySelector(".map-label")).direction`); d != "ltr/rtl" {
		t.Errorf("map: container/label direction = %s", d)
	}
	b.shot("map")
	b.errs.check(t, "map")

	// Ingest: upload a file and land on its article.
	file := filepath.Join(t.TempDir(), "report.txt")
	os.WriteFile(file, []byte("أعلن مجلس بلدية تل الزيتون إعادة فتح المدارس بعد أسبوعين من الهدوء."), 0o644)
	b.do("ingest form", chromedp.Navigate(b.base+"/ingest"), chromedp.WaitVisible(chromedp.CSS("form.ingest")),
		chromedp.SetUploadFiles(chromedp.CSS(`input[type=file]`), []string{file}),
		chromedp.SendKeys(chromedp.CSS(`input[name=outlet]`), "نشرة البلدية"),
		chromedp.SendKeys(chromedp.CSS(`input[name=title]`), "عودة المدارس"))
	b.shot("ingest")
	b.follow(`form.ingest button[type=submit]`)
	b.do("ingested", chromedp.WaitVisible(chromedp.ID("article-text")))
	if loc := b.eval(`location.pathname`); !strings.HasPrefix(loc, "/articles/up-") {
		t.Errorf("after upload: at %s", loc)
	}
	b.sees("ingested", "عودة المدارس", "نشرة البلدية", "إعادة فتح المدارس")
	b.shot("ingested")
	b.errs.check(t, "ingested")
	fmt.Fprintln(os.Stderr, "browser tour done")
}
