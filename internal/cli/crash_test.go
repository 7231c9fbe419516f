package cli

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

// TestMain lets the test binary run marsad itself, for the crash test's
// subprocesses: MARSAD_TEST_RUN=1 and the arguments after "--".
func TestMain(m *testing.M) {
	if os.Getenv("MARSAD_TEST_RUN") == "1" {
		args := os.Args
		for i, a := range args {
			if a == "--" {
				args = args[i+1:]
				break
			}
		}
		os.Exit(Run(args, strings.NewReader(""), os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// crashCorpus writes n articles made from the demo corpus's texts (each
// with its own id, date and a sentence of its own) as JSON Lines.
func crashCorpus(t *testing.T, n int) string {
	t.Helper()
	code, out, errOut := run(t, "analyze", "--format=jsonl", demoDir(t))
	if code != 0 {
		t.Fatalf("analyze: %s", errOut)
	}
	var texts []model.Analysis
	for _, line := range strings.Split(strings.TrimSpace(out), "\n") {
		var an model.Analysis
		if err := json.Unmarshal([]byte(line), &an); err != nil {
			t.Fatal(err)
		}
		texts = append(texts, an)
	}
	var b bytes.Buffer
	start := time.Date(2031, 10, 1, 8, 0, 0, 0, time.UTC)
	for i := 0; i < n; i++ {
		src := texts[i%len(texts)]
		rec := map[string]string{"id": fmt.Sprintf("crash-%03d", i), "outlet": src.Outlet, "title": src.Title,
			"published": start.Add(time.Duration(i) * 3 * time.Hour).Format(time.RFC3339),
			"text":      src.Text + fmt.Sprintf("\nوهذه الفقرة رقم %d من نسخة الاختبار.", i)}
		line, _ := json.Marshal(rec)
		b.Write(line)
		b.WriteByte('\n')
	}
	p := filepath.Join(t.TempDir(), "crash.jsonl")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// TestCrashesLoseNothing kills an ingest at random moments, 20 times, then
// lets one finish: no article is lost or stored twice, analyses, search
// rows and stories are complete (marsad check), and the stories are those
// of a clean ingest.
func TestCrashesLoseNothing(t *testing.T) {
	if testing.Short() {
		t.Skip("kills subprocesses")
	}
	input := crashCorpus(t, 110) // two batches of the store
	clean := filepath.Join(t.TempDir(), "clean.db")
	if code, _, errOut := run(t, "ingest", "--db", clean, input); code != 0 {
		t.Fatalf("clean ingest: %s", errOut)
	}
	want := storedStoriesJSON(t, clean)

	db := filepath.Join(t.TempDir(), "crash.db")
	rng := rand.New(rand.NewPCG(20261204, 1))
	// How long a whole ingest takes here bounds the kill times.
	began := time.Now()
	probe := exec.Command(os.Args[0], "-test.run=^$", "--", "ingest", "--db", filepath.Join(t.TempDir(), "probe.db"), input)
	probe.Env = append(os.Environ(), "MARSAD_TEST_RUN=1")
	if out, err := probe.CombinedOutput(); err != nil {
		t.Fatalf("probe ingest: %v\n%s", err, out)
	}
	whole := time.Since(began)
	killed := 0
	for i := 0; i < 20; i++ {
		cmd := exec.Command(os.Args[0], "-test.run=^$", "--", "ingest", "--db", db, input)
		cmd.Env = append(os.Environ(), "MARSAD_TEST_RUN=1")
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		time.Sleep(time.Duration(rng.Int64N(int64(whole))))
		if cmd.Process.Kill() == nil {
			killed++
		}
		cmd.Wait()
	}
	if code, _, errOut := run(t, "ingest", "--db", db, input); code != 0 {
		t.Fatalf("last ingest: %s", errOut)
	}
	s, err := store.Open(t.Context(), db, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	total, err := s.Count(t.Context())
	s.Close()
	if err != nil {
		t.Fatal(err)
	}
	if total != 110 {
		t.Errorf("%d articles stored after %d kills, want 110", total, killed)
	}
	if code, out, _ := run(t, "check", "--db", db); code != 0 {
		t.Errorf("check after the kills (exit %d):\n%s", code, out)
	}
	if got := storedStoriesJSON(t, db); got != want {
		t.Errorf("stories after %d kills differ from a clean ingest's", killed)
	}
	t.Logf("%d kills within %v each", killed, whole)
}
