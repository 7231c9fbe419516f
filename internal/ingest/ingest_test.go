package ingest

import (
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// goldenItem is how a golden file writes one Item.
type goldenItem struct {
	ID             string `json:"id,omitempty"`
	URL            string `json:"url,omitempty"`
	Outlet         string `json:"outlet,omitempty"`
	Title          string `json:"title,omitempty"`
	Published      string `json:"published,omitempty"`
	PublishedBasis string `json:"published_basis,omitempty"`
	Language       string `json:"language,omitempty"`
	Format         string `json:"format,omitempty"`
	Source         string `json:"source,omitempty"`
	Hash           string `json:"hash,omitempty"`
	Text           string `json:"text,omitempty"`
	Error          string `json:"error,omitempty"`
}

func toGolden(it Item) goldenItem {
	if it.Err != nil {
		return goldenItem{Error: it.Err.Error()}
	}
	a := it.Article
	g := goldenItem{ID: a.ID, URL: a.URL, Outlet: a.Outlet, Title: a.Title,
		PublishedBasis: a.PublishedBasis, Language: a.Language, Format: a.Format,
		Source: a.Source, Hash: a.Hash, Text: a.Text}
	if !a.Published.IsZero() {
		g.Published = a.Published.Format(time.RFC3339)
	}
	return g
}

func renderItems(items []Item) string {
	gs := make([]goldenItem, len(items))
	for i, it := range items {
		gs[i] = toGolden(it)
	}
	b, err := json.MarshalIndent(gs, "", "  ")
	if err != nil {
		panic(err)
	}
	return string(b) + "\n"
}

// collect reads paths with r and returns every item.
func collect(r *Reader, paths ...string) []Item {
	var items []Item
	for it := range r.Read(context.Background(), paths) {
		items = append(items, it)
	}
	return items
}

// readBytes writes data to a temporary file called name and reads it.
func readBytes(t *testing.T, name string, data []byte) []Item {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	items := collect(New(Options{}), p)
	for i := range items {
		// Make the items independent of the temporary folder.
		if items[i].Err != nil {
			items[i].Err = errors.New(strings.ReplaceAll(items[i].Err.Error(), p, name))
		}
		items[i].Article.Source = strings.ReplaceAll(items[i].Article.Source, p, name)
	}
	return items
}

// TestGolden reads every file of testdata/input and compares the items with
// testdata/golden/<file>.json (go test -update rewrites them).
func TestGolden(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "input", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		name := filepath.Base(f)
		t.Run(name, func(t *testing.T) {
			got := renderItems(collect(New(Options{}), f))
			golden := filepath.Join("testdata", "golden", name+".json")
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -update)", err)
			}
			if got != string(want) {
				t.Errorf("items differ from %s (go test -update rewrites it):\n%s", golden, got)
			}
		})
	}
}

// sourceError asserts that it is a model.SourceError naming source.
func sourceError(t *testing.T, it Item, source, contains string) {
	t.Helper()
	var se model.SourceError
	if !errors.As(it.Err, &se) {
		t.Fatalf("want a SourceError for %s, got %+v", source, it)
	}
	if se.Source != source || !strings.Contains(se.Error(), contains) {
		t.Errorf("error = %q, want source %q and %q", se.Error(), source, contains)
	}
}

func TestHeadline(t *testing.T) {
	for _, c := range []struct{ text, want string }{
		{"قصف على البلدة. وقال شهود إن المنازل تضررت.", "قصف على البلدة."},
		{"الميادين (سوريا) - ضيقت القوات الخناق على الحي الأخير\nسطر ثان", "ضيقت القوات الخناق على الحي الأخير"},
		{"واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر اثنا عشر ثلاثة عشر", "واحد اثنان ثلاثة أربعة خمسة ستة سبعة ثمانية تسعة عشرة أحد عشر…"},
		{"سطر واحد", "سطر واحد"},
	} {
		if got := headline(c.text); got != c.want {
			t.Errorf("headline(%q) = %q, want %q", c.text, got, c.want)
		}
	}
}
