package ingest

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"golang.org/x/net/html"
)

func TestFolderWalk(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b/two.txt", []byte("الخبر الثاني.\n"))
	writeFile(t, dir, "a.txt", []byte("الخبر الأول.\n"))
	writeFile(t, dir, ".hidden.txt", []byte("مخفي.\n"))
	writeFile(t, dir, ".git/HEAD.txt", []byte("مخفي.\n"))
	writeFile(t, dir, "b/noext", []byte("ملف بلا امتداد.\n"))
	writeFile(t, dir, "b/feed.xml", []byte(`<?xml version="1.0"?><rss version="2.0"><channel><title>قناة</title><item><link>https://x.example/1</link><description>خبر من خلاصة.</description></item></channel></rss>`))
	writeFile(t, dir, "b/lines.json", []byte(`{"id":"j1","text":"سطر من ملف JSON."}`+"\n"))
	r := New(Options{})
	var ids []string
	for it := range r.Read(context.Background(), []string{dir}) {
		if it.Err != nil {
			t.Fatalf("unexpected error: %v", it.Err)
		}
		ids = append(ids, it.Article.ID+"/"+it.Article.Format)
	}
	want := "a/txt https://x.example/1/rss j1/jsonl noext/txt two/txt"
	if got := strings.Join(ids, " "); got != want {
		t.Errorf("walk order/dispatch:\n got %s\nwant %s", got, want)
	}
	if n := r.Count([]string{dir, "https://x.example/feed"}); n != 6 {
		t.Errorf("Count = %d, want 6 (5 files and a URL)", n)
	}
	// A hidden file named explicitly is read.
	if items := collect(r, filepath.Join(dir, ".hidden.txt")); len(items) != 1 || items[0].Err != nil {
		t.Errorf("explicit hidden file: %+v", items)
	}
}

func TestReadFS(t *testing.T) {
	fsys := fstest.MapFS{
		"demo/one.txt":     {Data: []byte("خبر تجريبي أول.\n")},
		"demo/two.jsonl":   {Data: []byte(`{"id":"t2","text":"خبر تجريبي ثان."}` + "\n")},
		"demo/.skip.txt":   {Data: []byte("لا يقرأ.\n")},
		"other/three.html": {Data: []byte("<p>خارج المجلد.</p>")},
	}
	var ids []string
	for it := range New(Options{}).ReadFS(context.Background(), fsys, "demo") {
		if it.Err != nil {
			t.Fatal(it.Err)
		}
		ids = append(ids, it.Article.ID)
	}
	if got := strings.Join(ids, " "); got != "one t2" {
		t.Errorf("ReadFS ids = %q, want \"one t2\"", got)
	}
}

func TestOptionsFallbacks(t *testing.T) {
	dir := t.TempDir()
	flagDate := time.Date(2025, 5, 20, 0, 0, 0, 0, time.UTC)
	p := writeFile(t, dir, "x.jsonl", []byte(
		`{"id":"with","outlet":"صحيفة","published":"2025-05-01","text":"نص أول."}`+"\n"+
			`{"id":"without","text":"نص ثان."}`+"\n"))
	items := collect(New(Options{Published: flagDate, Outlet: "منفذ العلم"}), p)
	if len(items) != 2 {
		t.Fatalf("got %+v", items)
	}
	with, without := items[0].Article, items[1].Article
	if with.Outlet != "صحيفة" || with.PublishedBasis != "metadata" || with.PublishedDate() != "2025-05-01" {
		t.Errorf("metadata must win over the flags: %+v", with)
	}
	if without.Outlet != "منفذ العلم" || without.PublishedBasis != "flag" || !without.Published.Equal(flagDate) {
		t.Errorf("flags must fill what is missing: %+v", without)
	}
}

func TestSameContentSameHash(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "a.txt", []byte("نص واحد\r\nفي ملفين.\n"))
	b := writeFile(t, dir, "b.jsonl", []byte(`{"text":"نص واحد\nفي ملفين.\n"}`+"\n"))
	items := collect(New(Options{}), a, b, a)
	if len(items) != 3 {
		t.Fatalf("got %+v", items)
	}
	h := items[0].Article.Hash
	if len(h) != 32 || items[1].Article.Hash != h || items[2].Article.Hash != h {
		t.Errorf("hashes %q %q %q: want one 32-hex hash", h, items[1].Article.Hash, items[2].Article.Hash)
	}
	if items[0].Article.ID != "a" || items[2].Article.ID != "a" || items[1].Article.ID != h {
		t.Errorf("ids: %q %q %q", items[0].Article.ID, items[1].Article.ID, items[2].Article.ID)
	}
}

func TestStopAndCancel(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"1.txt", "2.txt", "3.txt"} {
		writeFile(t, dir, n, []byte(goodText))
	}
	n := 0
	for range New(Options{}).Read(context.Background(), []string{dir}) {
		n++
		if n == 2 {
			break
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var items []Item
	for it := range New(Options{}).Read(ctx, []string{dir}) {
		items = append(items, it)
		cancel()
	}
	if len(items) != 2 || items[0].Err != nil || items[1].Err == nil ||
		!strings.Contains(items[1].Err.Error(), "context canceled") {
		t.Errorf("after cancel: want one article then the context error, got %+v", items)
	}
}

func TestURLs(t *testing.T) {
	page, _ := os.ReadFile(filepath.Join("testdata", "input", "page_boilerplate.html"))
	feed, _ := os.ReadFile(filepath.Join("testdata", "input", "feed_atom.atom"))
	mux := http.NewServeMux()
	mux.HandleFunc("/page", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Write(page)
	})
	mux.HandleFunc("/feed", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/atom+xml")
		w.Write(feed)
	})
	mux.HandleFunc("/sniffed", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(feed)
	})
	mux.HandleFunc("/slow", func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-r.Context().Done():
		case <-time.After(5 * time.Second):
		}
	})
	srv := httptest.NewServer(mux)
	defer srv.Close()
	r := New(Options{HTTPClient: &http.Client{Timeout: 300 * time.Millisecond}})
	items := collect(r, srv.URL+"/page", srv.URL+"/feed", srv.URL+"/sniffed", srv.URL+"/missing", srv.URL+"/slow")
	if len(items) != 7 {
		t.Fatalf("want 1 page + 2 + 2 feed items + 2 errors, got %d: %+v", len(items), items)
	}
	if a := items[0].Article; items[0].Err != nil || a.ID != srv.URL+"/page" || a.Format != FormatHTML || a.Outlet != "صحيفة الأفق" {
		t.Errorf("page: %+v", items[0])
	}
	for _, it := range items[1:5] {
		if it.Err != nil || it.Article.Format != FormatFeed || it.Article.Outlet != "شبكة الجبل الإخبارية" {
			t.Errorf("feed item: %+v", it)
		}
	}
	sourceError(t, items[5], srv.URL+"/missing", "404")
	sourceError(t, items[6], srv.URL+"/slow", "Timeout")
}

func TestLanguage(t *testing.T) {
	cases := []struct{ text, want string }{
		{"قال المتحدث إن القافلة وصلت إلى المدينة صباح اليوم.", "ar"},
		{"جنگجویان خارجی در شهر باقی ماندند و گفتگو ادامه یافت.", "fa"},
		{"یہ ایک مختصر جملہ ہے جو اردو زبان میں لکھا گیا ہے۔", "ur"},
		{"The convoy reached the town and the aid was distributed.", "en"},
		{"Le convoi est arrivé dans la ville ce matin.", "und"},
		{"12345 67890", "und"},
		{"قال المتحدث (SDF) إن المعارك توقفت في المدينة.", "ar"},
	}
	for _, c := range cases {
		if got := Language(c.text); got != c.want {
			t.Errorf("Language(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}

func TestDecodeText(t *testing.T) {
	arabic := "قال المتحدث إن 40 شاحنة دخلت البلدة."
	cases := []struct {
		name string
		data []byte
		enc  string
	}{
		{"utf-8", []byte(arabic), "utf-8"},
		{"utf-8 with BOM", []byte("\uFEFF" + arabic), "utf-8"},
		{"windows-1256", encode(charmapFor("windows-1256"), arabic), "windows-1256"},
		{"iso-8859-6", encode(charmapFor("iso-8859-6"), arabic), "iso-8859-6"},
		{"utf-16le", utf16LE(arabic), "utf-16le"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, enc, err := DecodeText(c.data)
			if err != nil || s != arabic || enc != c.enc {
				t.Errorf("got %q, %q, %v; want the text in %s", s, enc, err, c.enc)
			}
		})
	}
}

func TestParseArabicDate(t *testing.T) {
	riyadh := time.FixedZone("", 3*3600)
	cases := []struct {
		in   string
		want time.Time
		ok   bool
	}{
		{"الأحد 15 أكتوبر 2017", time.Date(2017, 10, 15, 0, 0, 0, 0, time.UTC), true},
		{"15 تشرين الأول 2017 10:30 +0300", time.Date(2017, 10, 15, 10, 30, 0, 0, riyadh), true},
		{"٣ كانون الثاني ٢٠٢٠", time.Date(2020, 1, 3, 0, 0, 0, 0, time.UTC), true},
		{"1 جويلية، 2019", time.Date(2019, 7, 1, 0, 0, 0, 0, time.UTC), true},
		{"30 فبراير 2020", time.Time{}, false},
		{"أكتوبر 2017", time.Time{}, false},
		{"غدا", time.Time{}, false},
	}
	for _, c := range cases {
		got, ok := ParseArabicDate(c.in)
		if ok != c.ok || !got.Equal(c.want) {
			t.Errorf("ParseArabicDate(%q) = %v, %v; want %v, %v", c.in, got, ok, c.want, c.ok)
		}
	}
}

func TestParagraphs(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<body><p>فقرة  أولى
	ممتدة</p><table><tr><th>البلدة</th><th>السكان</th></tr><tr><td>الواحة</td><td>12000</td></tr></table>
	<ul><li>بند أول</li><li>بند ثان</li></ul><script>var x = "لا";</script><p>سطر<br>تال</p></body>`))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(paragraphs(doc), "|")
	want := "فقرة أولى ممتدة|البلدة السكان|الواحة 12000|بند أول|بند ثان|سطر|تال"
	if got != want {
		t.Errorf("paragraphs:\n got %s\nwant %s", got, want)
	}
}

func TestFeedOutlet(t *testing.T) {
	cases := map[string]string{
		"بوابة الفرات - آخر الأخبار": "بوابة الفرات",
		"وكالة السهل | سياسة":        "وكالة السهل",
		"شبكة الجبل الإخبارية":       "شبكة الجبل الإخبارية",
		" - بلا اسم":                 "- بلا اسم",
		"":                           "",
	}
	for in, want := range cases {
		if got := feedOutlet(in); got != want {
			t.Errorf("feedOutlet(%q) = %q, want %q", in, got, want)
		}
	}
}
