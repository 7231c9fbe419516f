package api_test

import (
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/api"
)

// FuzzReadIngest checks that any body under any content type gives either
// an error or documents that all hold text, and never panics.
func FuzzReadIngest(f *testing.F) {
	f.Add("application/json", `{"documents":[{"text":"نص","published":"2031-01-02"}]}`)
	f.Add("text/plain", "نص")
	f.Add("multipart/form-data; boundary=X", "--X\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nنص\r\n--X--\r\n")
	f.Add("application/x-www-form-urlencoded", "text=%D9%86&published=bad")
	f.Fuzz(func(t *testing.T, ctype, body string) {
		req := httptest.NewRequest("POST", "/api/ingest", strings.NewReader(body))
		req.Header.Set("Content-Type", ctype)
		docs, err := api.ReadIngest(httptest.NewRecorder(), req, 1<<12)
		if err != nil {
			return
		}
		for _, d := range docs {
			if strings.TrimSpace(string(d.Data)) == "" {
				t.Fatalf("empty document accepted: %+v", docs)
			}
		}
	})
}
