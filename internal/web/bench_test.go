package web_test

import (
	"context"
	"net/http/httptest"
	"testing"

	"github.com/marsad/marsad/internal/api/apitest"
	"github.com/marsad/marsad/internal/web"
)

// BenchmarkStoryPage renders the page of a story told by 20 articles.
func BenchmarkStoryPage(b *testing.B) {
	s := openStore(b)
	id, err := apitest.FillBig(context.Background(), s, 20)
	if err != nil {
		b.Fatal(err)
	}
	h := web.New(web.Options{Store: s})
	b.ReportAllocs()
	for b.Loop() {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest("GET", "/stories/"+id, nil))
		if rec.Code != 200 {
			b.Fatalf("status %d", rec.Code)
		}
		b.SetBytes(int64(rec.Body.Len()))
	}
}
