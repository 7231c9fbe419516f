package date

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

var show = flag.Bool("show", false, "print what Extract finds for every fixture sentence")

// A fixture file sets the publication date with a line "@ 2017-10-15" (the
// reference for the lines after it; "@ 2017-10-15 future" also sets
// Ref.Future). A case line is
//
//	sentence ⟶ expected ⟶ expected ...
//
// where each expected time is "span | type | value | grain" with an optional
// "| note" meaning a note must be present; "sentence ⟶ none" expects nothing.
// Every time found must be expected, in order.
func TestFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	total := 0
	for _, file := range files {
		for _, c := range readFixtures(t, file) {
			total++
			t.Run(fmt.Sprintf("%s:%d", filepath.Base(file), c.line), func(t *testing.T) {
				got := Extract(text.Read(text.Normalize(c.sentence)), Ref{Published: c.ref, Future: c.future})
				if *show {
					t.Logf("%s ⟶ %s", c.sentence, render(got))
				}
				if len(got) != len(c.want) {
					t.Fatalf("%s\n got %s\nwant %d times", c.sentence, render(got), len(c.want))
				}
				for k, w := range c.want {
					g := renderOne(got[k], false)
					if w.note && got[k].Note == "" {
						t.Errorf("%s: want a note on %s", c.sentence, g)
					}
					if g != w.line {
						t.Errorf("%s\n got %s\nwant %s", c.sentence, g, w.line)
					}
				}
			})
		}
	}
	t.Logf("%d fixture cases", total)
}

type fixture struct {
	line     int
	sentence string
	ref      time.Time
	future   bool
	want     []expected
}

type expected struct {
	line string
	note bool
}

func readFixtures(t *testing.T, file string) []fixture {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []fixture
	var ref time.Time
	future := false
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if r, ok := strings.CutPrefix(line, "@"); ok {
			r, future = strings.CutSuffix(strings.TrimSpace(r), "future")
			ref, err = time.Parse("2006-01-02", strings.TrimSpace(r))
			if err != nil {
				t.Fatalf("%s:%d: %v", file, n, err)
			}
			continue
		}
		parts := strings.Split(line, "⟶")
		if len(parts) < 2 {
			t.Fatalf("%s:%d: no ⟶", file, n)
		}
		c := fixture{line: n, sentence: strings.TrimSpace(parts[0]), ref: ref, future: future}
		for _, p := range parts[1:] {
			p = strings.TrimSpace(p)
			if p == "none" {
				continue
			}
			fields := strings.Split(p, "|")
			for k := range fields {
				fields[k] = strings.TrimSpace(fields[k])
			}
			if len(fields) != 4 && len(fields) != 5 {
				t.Fatalf("%s:%d: want 4 or 5 fields, got %q", file, n, p)
			}
			c.want = append(c.want, expected{line: strings.Join(fields[:4], " | "), note: len(fields) == 5})
		}
		out = append(out, c)
	}
	return out
}

func renderOne(m model.Time, withNote bool) string {
	s := fmt.Sprintf("%s | %s | %s | %s", m.Text, m.Type, m.Value, m.Grain)
	if withNote && m.Note != "" {
		s += " | " + m.Note
	}
	return s
}

func render(ts []model.Time) string {
	if len(ts) == 0 {
		return "none"
	}
	var parts []string
	for _, m := range ts {
		parts = append(parts, renderOne(m, true))
	}
	return strings.Join(parts, " ⟶ ")
}
