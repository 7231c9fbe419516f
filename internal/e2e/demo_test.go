package e2e

import (
	"encoding/json"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/web"
)

// demoSite serves the whole site over the demo store (see demoStore).
func demoSite(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(web.New(web.Options{Store: demoStore(t)}))
	t.Cleanup(srv.Close)
	return srv
}

func get(t *testing.T, srv *httptest.Server, path string) string {
	t.Helper()
	resp, err := http.Get(srv.URL + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %d %s", path, resp.StatusCode, b)
	}
	return string(b)
}

func TestDemoAsAUserSeesIt(t *testing.T) {
	srv := demoSite(t)
	var stories struct {
		Stories []model.Story `json:"stories"`
	}
	if err := json.Unmarshal([]byte(get(t, srv, "/api/stories")), &stories); err != nil {
		t.Fatal(err)
	}
	var mayadin *model.Story
	for i, st := range stories.Stories {
		if len(st.Documents) == 5 && strings.Contains(st.Title, "الميادين") {
			mayadin = &stories.Stories[i]
		}
	}
	if mayadin == nil {
		t.Fatalf("no five-article Mayadin story among %d stories", len(stories.Stories))
	}

	home := get(t, srv, "/")
	if !strings.Contains(home, `dir="rtl"`) || !strings.Contains(home, "خلاف بين المصادر") {
		t.Errorf("home page: no RTL layout or no disagreement flag")
	}

	page := get(t, srv, "/stories/"+mayadin.ID)
	for _, want := range []string{"عدد الباقين", "متعارضة", "الخط الزمني", "فرانس برس", "نحو بين 250 و300"} {
		if !strings.Contains(page, want) {
			t.Errorf("story page lacks %q", want)
		}
	}
	if n := strings.Count(page, `class="pt `); n == 0 {
		t.Errorf("story timeline has no points")
	}

	article := get(t, srv, "/articles/mayadin-siege-afp-sharq")
	for _, kind := range []string{"hl-ent", "hl-place", "hl-qty", "hl-time", "hl-claim", "hl-speaker", "hl-via"} {
		if strings.Count(article, `class="`+kind) < 2 { // the legend has one
			t.Errorf("article page highlights no %s", kind)
		}
	}

	var events struct {
		Events []struct {
			Place *model.Place `json:"place"`
		} `json:"events"`
	}
	if err := json.Unmarshal([]byte(get(t, srv, "/api/events?limit=2000")), &events); err != nil {
		t.Fatal(err)
	}
	placed := 0
	for _, e := range events.Events {
		if e.Place != nil && (e.Place.Lat != 0 || e.Place.Lon != 0) {
			placed++
		}
	}
	if placed == 0 {
		t.Errorf("no event of the demo has coordinates for the map (%d events)", len(events.Events))
	}
}
