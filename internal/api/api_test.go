package api_test

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/api"
	"github.com/marsad/marsad/internal/api/apitest"
	"github.com/marsad/marsad/internal/event"
	"github.com/marsad/marsad/internal/store"
)

// fakeIngest records what it was given and returns one id per document.
type fakeIngest struct{ got []api.IngestDoc }

func (f *fakeIngest) ingest(_ context.Context, docs []api.IngestDoc) ([]string, error) {
	f.got = append(f.got, docs...)
	ids := make([]string, len(docs))
	for i := range docs {
		ids[i] = fmt.Sprintf("new-%d", i)
	}
	return ids, nil
}

func exportStub(_ context.Context, w io.Writer, format string) error {
	if format == "geojson" {
		return errors.New("boom") // fails before writing
	}
	_, err := fmt.Fprintf(w, "export %s\n", format)
	return err
}

func newServer(t *testing.T, mod func(*api.Options)) (http.Handler, *fakeIngest) {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "a.db"), store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := apitest.Fill(context.Background(), s); err != nil {
		t.Fatal(err)
	}
	fi := &fakeIngest{}
	opts := api.Options{Store: s, Ingest: fi.ingest, Export: exportStub, MaxUpload: 4096, EventTypes: event.Types()}
	if mod != nil {
		mod(&opts)
	}
	return api.New(opts), fi
}

func get(t *testing.T, h http.Handler, path string) (int, map[string]any) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", path, nil))
	return rec.Code, decode(t, rec)
}

func decode(t *testing.T, rec *httptest.ResponseRecorder) map[string]any {
	t.Helper()
	if !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/json") {
		return nil
	}
	var body map[string]any
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("decode %q: %v", rec.Body.String(), err)
	}
	return body
}

// endpointCases are requests of every endpoint, with the status each
// must answer and a check of its body.
var endpointCases = []struct {
	path  string
	want  int
	check func(map[string]any) string
}{
	{"/api/articles", 200, count("articles", 6)},
	{"/api/articles?limit=2&offset=1", 200, count("articles", 2)},
	{"/api/articles?outlet=" + q(apitest.OutletTV), 200, count("articles", 2)},
	{"/api/articles?from=2031-10-15&to=2031-10-16", 200, count("articles", 2)},
	{"/api/articles/" + apitest.ArticleWire, 200, func(b map[string]any) string {
		an := b["analysis"].(map[string]any)
		if n := len(an["claims"].([]any)); n != 2 || b["story"] != apitest.StoryID {
			return fmt.Sprintf("claims %d, story %v", n, b["story"])
		}
		return ""
	}},
	{"/api/articles/nope", 404, errorSays("not found")},
	{"/api/search?q=" + q("المقاتلين"), 200, count("articles", 3)}, // مقاتلين، مقاتلا too
	{"/api/search?q=" + q("مقاتل") + "&type=claims", 200, count("claims", 4)},
	{"/api/search?q=" + q("مقاتل") + "&type=claims&outlet=" + q(apitest.OutletDaily), 200, count("claims", 1)},
	{"/api/search?q=" + q("الحداد") + "&type=entities", 200, count("entities", 1)},
	{"/api/search?q=" + q("حريق") + "&from=2031-10-21", 200, count("articles", 1)},
	{"/api/stories", 200, count("stories", 2)},
	{"/api/stories/" + apitest.StoryID, 200, func(b map[string]any) string {
		if n := len(b["articles"].([]any)); n != 3 {
			return fmt.Sprintf("articles %d", n)
		}
		return count("events", 5)(b)
	}},
	{"/api/stories/nope", 404, errorSays("not found")},
	{"/api/entities/" + q(apitest.Speaker), 200, count("claims", 3)},
	{"/api/entities/" + q("قوات الحماية المحلية"), 200, count("events", 3)},
	{"/api/entities/" + q("أحد غيره"), 404, errorSays("not found")},
	{"/api/events", 200, count("events", 7)},
	{"/api/events?story=" + apitest.StoryID + "&type=evacuation", 200, count("events", 3)},
	{"/api/events?from=2031-10-12&to=2031-10-13", 200, count("events", 2)},
	{"/api/places?story=" + apitest.StoryID, 200, count("places", 2)},
	{"/api/outlets", 200, func(b map[string]any) string {
		if n := len(b["outlets"].(map[string]any)); n != 3 {
			return fmt.Sprintf("outlets %d", n)
		}
		return ""
	}},
	{"/api/stage-errors", 200, func(b map[string]any) string {
		errs := b["errors"].([]any)
		if len(errs) != 1 || b["total"].(float64) != 1 {
			return fmt.Sprintf("errors %v", errs)
		}
		e := errs[0].(map[string]any)
		if e["article"] != apitest.ArticleXSS || e["stage"] != apitest.StageFailure.Stage || e["message"] != apitest.StageFailure.Message {
			return fmt.Sprintf("error %v", e)
		}
		return ""
	}},
	{"/api/stage-errors?limit=0", 400, errorSays("limit")},
	{"/api/articles/" + apitest.ArticleXSS, 200, func(b map[string]any) string {
		errs, _ := b["analysis"].(map[string]any)["errors"].([]any)
		if len(errs) != 1 {
			return fmt.Sprintf("the record's errors: %v", errs)
		}
		return ""
	}},
	{"/api/openapi.json", 200, func(b map[string]any) string {
		if b["openapi"] != "3.0.3" {
			return "not an OpenAPI 3 document"
		}
		return ""
	}},
	// Bad parameters: a clear 400, never a 500.
	{"/api/articles?limit=0", 400, errorSays("limit")},
	{"/api/articles?limit=201", 400, errorSays("limit")},
	{"/api/articles?limit=abc", 400, errorSays("limit")},
	{"/api/articles?offset=-1", 400, errorSays("offset")},
	{"/api/articles?from=yesterday", 400, errorSays("from")},
	{"/api/articles?from=2031-10-20&to=2031-10-01", 400, errorSays("after")},
	{"/api/search", 400, errorSays("q is required")},
	{"/api/search?q=%20%20", 400, errorSays("q is required")},
	{"/api/search?q=x&type=people", 400, errorSays("type")},
	{"/api/search?q=-" + q("المقاتلين"), 400, errorSays("leave out")},
	{"/api/search?q=" + strings.Repeat("x", 600), 400, errorSays("longer")},
	{"/api/search?q=" + q(`"*) OR NEAR(`), 200, nil}, // FTS syntax is quoted, not parsed
	{"/api/stories?limit=-5", 400, errorSays("limit")},
	{"/api/events?limit=5000", 400, errorSays("limit")},
	{"/api/events?to=2031-13-01", 400, errorSays("to")},
	{"/api/events?type=bogus", 400, errorSays("type")},
	{"/api/entities/x?limit=0", 400, errorSays("limit")},
	{"/api/places?from=1/1/2031", 400, errorSays("from")},
	{"/api/export?format=pdf", 400, errorSays("format")},
	{"/api/nothing", 404, errorSays("no such endpoint")},
}

func TestEndpoints(t *testing.T) {
	h, _ := newServer(t, nil)
	for _, c := range endpointCases {
		t.Run(c.path, func(t *testing.T) {
			code, body := get(t, h, c.path)
			if code != c.want {
				t.Fatalf("status %d, want %d (%v)", code, c.want, body)
			}
			if body == nil {
				t.Fatal("body is not JSON")
			}
			if c.check != nil {
				if msg := c.check(body); msg != "" {
					t.Error(msg)
				}
			}
		})
	}
}

func q(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, " ", "%20"), `"`, "%22") }

func count(key string, want int) func(map[string]any) string {
	return func(b map[string]any) string {
		list, ok := b[key].([]any)
		if !ok || len(list) != want {
			return fmt.Sprintf("%s: %d items, want %d (%v)", key, len(list), want, b)
		}
		return ""
	}
}

func errorSays(sub string) func(map[string]any) string {
	return func(b map[string]any) string {
		msg, _ := b["error"].(string)
		if !strings.Contains(msg, sub) {
			return fmt.Sprintf("error %q does not mention %q", msg, sub)
		}
		return ""
	}
}

func TestMethodNotAllowed(t *testing.T) {
	h, _ := newServer(t, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("DELETE", "/api/articles/"+apitest.ArticleWire, nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("DELETE: %d", rec.Code)
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/ingest", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("GET ingest: %d", rec.Code)
	}
}

func TestExport(t *testing.T) {
	h, _ := newServer(t, nil)
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/export?format=acled-csv", nil))
	if rec.Code != 200 || rec.Body.String() != "export acled-csv\n" ||
		!strings.Contains(rec.Header().Get("Content-Disposition"), "marsad-export.acled.csv") ||
		!strings.HasPrefix(rec.Header().Get("Content-Type"), "text/csv") {
		t.Errorf("acled-csv: %d %q %v", rec.Code, rec.Body.String(), rec.Header())
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/export?format=stories-jsonl", nil))
	if rec.Code != 200 || rec.Body.String() != "export stories-jsonl\n" ||
		!strings.Contains(rec.Header().Get("Content-Disposition"), "marsad-export.stories.jsonl") {
		t.Errorf("stories-jsonl: %d %q %v", rec.Code, rec.Body.String(), rec.Header())
	}
	rec = httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/api/export?format=geojson", nil))
	if rec.Code != 500 || !strings.Contains(rec.Body.String(), "export failed") {
		t.Errorf("failing export: %d %q", rec.Code, rec.Body.String())
	}
	off, _ := newServer(t, func(o *api.Options) { o.Export = nil })
	if code, _ := get(t, off, "/api/export?format=jsonl"); code != http.StatusNotImplemented {
		t.Errorf("export without Export func: %d", code)
	}
}

func post(h http.Handler, body io.Reader, ctype, token string) *httptest.ResponseRecorder {
	req := httptest.NewRequest("POST", "/api/ingest", body)
	req.Header.Set("Content-Type", ctype)
	if token != "" {
		req.Header.Set("Authorization", "Bearer "+token)
	}
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

func multipartBody(t *testing.T, fields map[string]string, files map[string]string) (io.Reader, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	for name, content := range files {
		fw, err := mw.CreateFormFile("file", name)
		if err != nil {
			t.Fatal(err)
		}
		fw.Write([]byte(content))
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

func TestIngest(t *testing.T) {
	h, fi := newServer(t, nil)
	body, ct := multipartBody(t, map[string]string{"text": "نص ملصوق عن تل الزيتون.", "outlet": "منفذ", "published": "2031-11-01"},
		map[string]string{"a.txt": "ملف أول.", "b.html": "<p>ملف ثان</p>"})
	rec := post(h, body, ct, "")
	if rec.Code != http.StatusCreated {
		t.Fatalf("multipart: %d %s", rec.Code, rec.Body.String())
	}
	b := decode(t, rec)
	if len(b["ids"].([]any)) != 3 || len(fi.got) != 3 || fi.got[0].Outlet != "منفذ" || fi.got[2].Name == "" {
		t.Errorf("multipart: %v %+v", b, fi.got)
	}
	rec = post(h, strings.NewReader(`{"documents":[{"text":"نص","title":"عنوان"}]}`), "application/json", "")
	if rec.Code != http.StatusCreated || string(fi.got[3].Data) != "نص" || fi.got[3].Title != "عنوان" {
		t.Errorf("json: %d %s", rec.Code, rec.Body.String())
	}
	rec = post(h, strings.NewReader("نص عادي"), "text/plain; charset=utf-8", "")
	if rec.Code != http.StatusCreated || string(fi.got[4].Data) != "نص عادي" {
		t.Errorf("plain: %d %s", rec.Code, rec.Body.String())
	}
}

func TestIngestBadInput(t *testing.T) {
	h, fi := newServer(t, nil)
	empty, emptyCT := multipartBody(t, map[string]string{"text": "  "}, nil)
	badDate, badDateCT := multipartBody(t, map[string]string{"text": "نص", "published": "أمس"}, nil)
	big, bigCT := multipartBody(t, nil, map[string]string{"big.txt": strings.Repeat("ا", 5000)})
	cases := []struct {
		name  string
		body  io.Reader
		ctype string
		want  int
	}{
		{"nothing", empty, emptyCT, 400},
		{"bad date", badDate, badDateCT, 400},
		{"too large", big, bigCT, 413},
		{"broken json", strings.NewReader(`{"documents":[`), "application/json", 400},
		{"empty json doc", strings.NewReader(`{"text":""}`), "application/json", 400},
		{"unknown type", strings.NewReader(`x`), "image/png", 400},
		{"too large plain", strings.NewReader(strings.Repeat("x", 5000)), "text/plain", 413},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rec := post(h, c.body, c.ctype, "")
			if rec.Code != c.want || decode(t, rec)["error"] == "" {
				t.Errorf("status %d, want %d: %s", rec.Code, c.want, rec.Body.String())
			}
		})
	}
	if len(fi.got) != 0 {
		t.Errorf("ingest called with bad input: %+v", fi.got)
	}
	off, _ := newServer(t, func(o *api.Options) { o.Ingest = nil })
	if rec := post(off, strings.NewReader("نص"), "text/plain", ""); rec.Code != http.StatusNotImplemented {
		t.Errorf("ingest without Ingest func: %d", rec.Code)
	}
}

func TestIngestToken(t *testing.T) {
	h, fi := newServer(t, func(o *api.Options) { o.RequireToken, o.Token = true, "s3cret" })
	for token, want := range map[string]int{"": 401, "wrong": 401, "s3cret": 201} {
		rec := post(h, strings.NewReader("نص"), "text/plain", token)
		if rec.Code != want {
			t.Errorf("token %q: %d, want %d", token, rec.Code, want)
		}
	}
	if len(fi.got) != 1 {
		t.Errorf("ingest ran %d times, want once", len(fi.got))
	}
	noToken, _ := newServer(t, func(o *api.Options) { o.RequireToken = true })
	if rec := post(noToken, strings.NewReader("نص"), "text/plain", "anything"); rec.Code != 401 ||
		!strings.Contains(rec.Body.String(), "disabled") {
		t.Errorf("no token configured: %d %s", rec.Code, rec.Body.String())
	}
	// Reads never need the token.
	if code, _ := get(t, h, "/api/articles"); code != 200 {
		t.Errorf("read with token required: %d", code)
	}
}

// TestOpenAPIDocumentsEveryRoute checks that every route is described.
func TestOpenAPIDocumentsEveryRoute(t *testing.T) {
	var doc struct {
		Paths map[string]map[string]any `json:"paths"`
	}
	if err := json.Unmarshal(api.OpenAPI(), &doc); err != nil {
		t.Fatal(err)
	}
	for _, p := range api.Patterns() {
		method, path, _ := strings.Cut(p, " ")
		if _, ok := doc.Paths[path][strings.ToLower(method)]; !ok {
			t.Errorf("%s is not in openapi.json", p)
		}
	}
	if len(doc.Paths) != len(api.Patterns()) {
		t.Errorf("openapi.json has %d paths, the API %d routes", len(doc.Paths), len(api.Patterns()))
	}
}
