package e2e

import (
	"context"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/marsad/marsad/internal/web"
)

// TestDemoBrowser opens the real demo corpus in Debian's chromium and checks
// what a user sees: a story with a disagreement row, timeline points and
// map points, an article with every kind of highlight, the map page and its
// type filter. It is skipped when no chromium is installed or when
// MARSAD_BROWSER=0; with MARSAD_SCREENSHOTS=DIR it saves demo-*.png there.
func TestDemoBrowser(t *testing.T) {
	ctx := browser(t)
	s := demoStore(t)
	srv := httptest.NewServer(web.New(web.Options{Store: s}))
	t.Cleanup(srv.Close)
	st := disputed(t, s)
	run := func(what string, acts ...chromedp.Action[chromedp.Void]) {
		t.Helper()
		c, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		if err := chromedp.Do(c, acts...); err != nil {
			t.Fatalf("%s: %v", what, err)
		}
	}
	eval := func(expr string) string {
		t.Helper()
		c, cancel := context.WithTimeout(ctx, 30*time.Second)
		defer cancel()
		v, err := chromedp.Run(c, chromedp.Evaluate[string](expr, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatalf("eval %s: %v", expr, err)
		}
		return v
	}
	num := func(expr string) int {
		t.Helper()
		n, err := strconv.Atoi(eval("String(" + expr + ")"))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return n
	}

	run("story", chromedp.Navigate(srv.URL+"/stories/"+url.PathEscape(st.ID)),
		chromedp.WaitVisible(chromedp.CSS("table.comparison")), chromedp.WaitVisible(chromedp.CSS(".map.ready")))
	if n := num(`document.querySelectorAll("tr.verdict-disagree").length`); n == 0 {
		t.Errorf("story: no disagreement row")
	}
	if n := num(`document.querySelectorAll("svg.tl circle").length`); n == 0 {
		t.Errorf("story: no timeline points")
	}
	if n := num(`document.querySelectorAll(".map path.leaflet-interactive").length`); n == 0 {
		t.Errorf("story: no map points")
	}
	// Date labels of the timeline do not overlap.
	if n := num(`(() => { const b = [...document.querySelectorAll("svg.tl text.tick")].map(e => e.getBoundingClientRect());
		let k = 0; for (let i = 0; i < b.length; i++) for (let j = i + 1; j < b.length; j++)
		if (b[i].left < b[j].right && b[j].left < b[i].right && b[i].top < b[j].bottom && b[j].top < b[i].bottom) k++; return k; })()`); n != 0 {
		t.Errorf("story: %d overlapping timeline labels", n)
	}
	shot(t, ctx, "demo-story")

	// The article of the first event card, at the event's span.
	href := eval(`document.querySelector(".card-ev blockquote a").getAttribute("href")`)
	run("article", chromedp.Navigate(srv.URL+href), chromedp.WaitVisible(chromedp.CSS("#article-text")))
	for _, cls := range []string{"hl-qty", "hl-claim", "hl-place", "hl-time", "hl-ent", "hl-speaker", "hl-ev"} {
		if n := num(`document.querySelectorAll("#article-text .` + cls + `").length`); n == 0 {
			t.Errorf("article %s: no %s highlight", href, cls)
		}
	}
	if n := num(`document.querySelectorAll("#article-text :target").length`); n != 1 {
		t.Errorf("article %s: the event's span is not the target (%d)", href, n)
	}
	shot(t, ctx, "demo-article")

	run("map", chromedp.Navigate(srv.URL+"/map"), chromedp.WaitVisible(chromedp.CSS("#map.ready")))
	all := num(`+document.querySelector("#map").dataset.events_shown`)
	places := num(`+document.querySelector("#map").dataset.places_shown`)
	if all == 0 || places == 0 {
		t.Errorf("map: %d events and %d places shown", all, places)
	}
	shot(t, ctx, "demo-map")
	run("map filtered", chromedp.Navigate(srv.URL+"/map?type=air_strike"), chromedp.WaitVisible(chromedp.CSS("#map.ready")))
	if n := num(`+document.querySelector("#map").dataset.events_shown`); n == 0 || n >= all {
		t.Errorf("map: the air strike filter shows %d of %d events", n, all)
	}
	t.Logf("demo story %s; map: %d events, %d places", st.ID, all, places)
}

func browser(t *testing.T) context.Context {
	t.Helper()
	if os.Getenv("MARSAD_BROWSER") == "0" {
		t.Skip("MARSAD_BROWSER=0")
	}
	bin := ""
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome", "headless-shell"} {
		if p, err := exec.LookPath(name); err == nil {
			bin = p
			break
		}
	}
	if bin == "" {
		t.Skip("no chromium found: run make browser-deps")
	}
	opts := []chromedp.ExecAllocatorOption{
		chromedp.ExecPath(bin), chromedp.Headless, chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.NoFirstRun, chromedp.NoDefaultBrowserCheck, chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1280, 900),
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.Flag("disable-dev-shm-usage", true), chromedp.Flag("lang", "ar"),
	}
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(actx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx); err != nil {
		t.Skipf("chromium does not start here: %v", err)
	}
	return ctx
}

func shot(t *testing.T, ctx context.Context, name string) {
	t.Helper()
	dir := os.Getenv("MARSAD_SCREENSHOTS")
	if dir == "" {
		return
	}
	buf, err := chromedp.Run(ctx, chromedp.FullScreenshot(100)) // 100: PNG
	if err != nil {
		t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name+".png"), buf, 0o644); err != nil {
		t.Fatal(err)
	}
}
