package cli

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/demo"
	"github.com/marsad/marsad/internal/model"
)

// run executes marsad with args and returns its exit code, stdout and stderr.
func run(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := Run(args, strings.NewReader(""), &out, &errOut)
	return code, out.String(), errOut.String()
}

// demoDir copies the demo corpus to a temporary folder.
func demoDir(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	err := fs.WalkDir(demo.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(demo.FS(), p)
		if err != nil {
			return err
		}
		dst := filepath.Join(dir, p)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		return os.WriteFile(dst, b, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

func TestAnalyzeJSONLFollowsTheContract(t *testing.T) {
	dir := demoDir(t)
	code, out, errOut := run(t, "analyze", "--format=jsonl", filepath.Join(dir, "articles.jsonl"))
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	n := 0
	for sc.Scan() {
		var raw map[string]json.RawMessage
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatalf("line %d is not JSON: %v", n+1, err)
		}
		for _, k := range []string{"id", "title", "outlet", "published", "language", "text", "entities", "places", "quantities", "times", "claims", "events"} {
			if _, ok := raw[k]; !ok {
				t.Errorf("line %d lacks %q", n+1, k)
			}
		}
		var an model.Analysis
		json.Unmarshal(sc.Bytes(), &an)
		checkSpans(t, an)
		n++
	}
	if n != 7 {
		t.Errorf("%d records, want one per line of articles.jsonl (7)", n)
	}
}

// checkSpans asserts the contract's offset rule on every span of a record.
func checkSpans(t *testing.T, an model.Analysis) {
	t.Helper()
	for _, p := range an.Problems() {
		t.Error(p)
	}
}

func TestIngestIsIdempotentAndSkipsBadFiles(t *testing.T) {
	dir := demoDir(t)
	bad := filepath.Join(dir, "bad")
	os.MkdirAll(bad, 0o755)
	os.WriteFile(filepath.Join(bad, "empty.txt"), nil, 0o644)
	os.WriteFile(filepath.Join(bad, "binary.txt"), []byte{0, 1, 2, 0xff, 0, 7}, 0o644)
	os.WriteFile(filepath.Join(bad, "broken.jsonl"), []byte("{\"text\": \"نص سليم عن الرقة\"}\n{not json\n"), 0o644)
	var gz bytes.Buffer
	w := gzip.NewWriter(&gz)
	w.Write([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5000\r\n\r\nقصير"))
	w.Close()
	os.WriteFile(filepath.Join(bad, "cut.warc.gz"), gz.Bytes()[:gz.Len()-6], 0o644)
	db := filepath.Join(t.TempDir(), "m.db")

	code, _, errOut := run(t, "ingest", "--db", db, dir)
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	for _, name := range []string{"empty.txt", "binary.txt", "broken.jsonl", "cut.warc.gz"} {
		if !strings.Contains(errOut, name) {
			t.Errorf("no message names %s:\n%s", name, errOut)
		}
	}
	if !strings.Contains(errOut, "18 new") {
		t.Errorf("want 17 demo articles plus one good JSON line stored:\n%s", errOut)
	}
	if !strings.Contains(errOut, "; 0 articles with stage errors;") || strings.Contains(errOut, "stage error:") {
		t.Errorf("the summary must count stage errors, and the demo has none:\n%s", errOut)
	}
	code, _, errOut = run(t, "ingest", "--db", db, dir)
	if code != 0 || !strings.Contains(errOut, "0 new") || !strings.Contains(errOut, "18 duplicates") {
		t.Errorf("second ingest should store nothing new (exit %d):\n%s", code, errOut)
	}
	_, out, _ := run(t, "articles", "--db", db, "--format=jsonl", "--limit", "100")
	if n := strings.Count(out, "\n"); n != 18 {
		t.Errorf("store holds %d articles, want 18", n)
	}
}

func TestSearchAndStoriesFromTheStore(t *testing.T) {
	dir := demoDir(t)
	db := filepath.Join(t.TempDir(), "m.db")
	if code, _, errOut := run(t, "ingest", "--db", db, dir); code != 0 {
		t.Fatalf("ingest: %s", errOut)
	}
	code, out, errOut := run(t, "search", "--db", db, "--format=jsonl", "المقاتلين")
	if code != 0 || !strings.Contains(out, "mayadin") {
		t.Errorf("search exit %d, no Mayadin article found:\n%s\n%s", code, out, errOut)
	}
	code, out, _ = run(t, "stories", "--db", db, "--format=jsonl")
	if code != 0 || !strings.Contains(out, `"documents"`) {
		t.Errorf("stories exit %d:\n%s", code, out)
	}
	code, out, _ = run(t, "export", "--db", db)
	if code != 0 || strings.Count(out, "\n") != 17 {
		t.Errorf("export exit %d, %d lines", code, strings.Count(out, "\n"))
	}
	for _, f := range []string{"acled-csv", "plover-jsonl", "geojson", "stories-jsonl"} {
		if code, _, errOut := run(t, "export", "--db", db, "--format", f); code != 0 {
			t.Errorf("export %s: exit %d %s", f, code, errOut)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	cases := [][]string{
		{"analyze"},
		{"search", "--format=xml", "x"},
		{"export", "--format=pdf"},
		{"ingest", "--published", "yesterday", "x"},
	}
	for _, args := range cases {
		code, _, errOut := run(t, append(args, "--db", filepath.Join(t.TempDir(), "m.db"))...)
		if code == 0 || errOut == "" {
			t.Errorf("%v: exit %d, stderr %q", args, code, errOut)
		}
	}
}

func TestLoopback(t *testing.T) {
	for addr, want := range map[string]bool{"127.0.0.1:8080": true, "localhost:80": true, "[::1]:80": true,
		"0.0.0.0:8080": false, ":8080": false, "192.0.2.1:80": false} {
		if got := loopback(addr); got != want {
			t.Errorf("loopback(%q) = %v", addr, got)
		}
	}
}
