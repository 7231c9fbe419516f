package export

import (
	"bytes"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/marsad/marsad/internal/model"
)

var update = flag.Bool("update", false, "rewrite the golden files")

func readAnalyses(t *testing.T) []model.Analysis {
	t.Helper()
	b, err := os.ReadFile("testdata/analyses.json")
	if err != nil {
		t.Fatal(err)
	}
	var as []model.Analysis
	if err := json.Unmarshal(b, &as); err != nil {
		t.Fatal(err)
	}
	return as
}

// TestGolden writes testdata/analyses.json (records we wrote) in every
// format and compares with testdata/golden; -update rewrites the files.
func TestGolden(t *testing.T) {
	as := readAnalyses(t)
	events := func(w func(io.Writer, []model.Analysis, Options) (Stats, error)) func(io.Writer, []model.Analysis) error {
		return func(out io.Writer, as []model.Analysis) error {
			_, err := w(out, as, Options{Admin1: func(id string) string { return "Admin of " + id }})
			return err
		}
	}
	for _, tc := range []struct {
		file  string
		write func(io.Writer, []model.Analysis) error
	}{
		{"analyses.jsonl", WriteJSONL},
		{"events.acled.csv", events(WriteACLED)},
		{"events.plover.jsonl", events(WritePLOVER)},
		{"events.geojson", events(WriteGeoJSON)},
	} {
		t.Run(tc.file, func(t *testing.T) {
			var buf bytes.Buffer
			if err := tc.write(&buf, as); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("testdata", "golden", tc.file)
			if *update {
				if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run with -update)", err)
			}
			if !bytes.Equal(buf.Bytes(), want) {
				t.Errorf("%s differs from golden:\n%s", tc.file, buf.String())
			}
		})
	}
}
