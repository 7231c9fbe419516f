package quantity

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

var show = flag.Bool("show", false, "print what Extract finds for every fixture sentence")

// A fixture line is
//
//	sentence ⟶ expected ⟶ expected ...
//
// where each expected quantity is "span | value | min | max | approx | unit"
// with an optional "| noun"; "-" is null. "sentence ⟶ none" expects nothing.
// Every quantity found must be expected, in order.
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
				got := Extract(text.Read(text.Normalize(c.sentence)))
				if *show {
					t.Logf("%s ⟶ %s", c.sentence, render(got))
				}
				if len(got) != len(c.want) {
					t.Fatalf("%s\n got %s\nwant %d quantities", c.sentence, render(got), len(c.want))
				}
				for k, w := range c.want {
					if g := renderOne(got[k], w.withNoun); g != w.line {
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
	want     []expected
}

type expected struct {
	line     string
	withNoun bool
}

func readFixtures(t *testing.T, file string) []fixture {
	t.Helper()
	f, err := os.Open(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []fixture
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		parts := strings.Split(line, "⟶")
		if len(parts) < 2 {
			t.Fatalf("%s:%d: no ⟶", file, n)
		}
		c := fixture{line: n, sentence: strings.TrimSpace(parts[0])}
		for _, p := range parts[1:] {
			p = strings.TrimSpace(p)
			if p == "none" {
				continue
			}
			fields := splitFields(p)
			if len(fields) != 6 && len(fields) != 7 {
				t.Fatalf("%s:%d: want 6 or 7 fields, got %q", file, n, p)
			}
			c.want = append(c.want, expected{line: strings.Join(fields, " | "), withNoun: len(fields) == 7})
		}
		out = append(out, c)
	}
	return out
}

func splitFields(s string) []string {
	f := strings.Split(s, "|")
	for k := range f {
		f[k] = strings.TrimSpace(f[k])
	}
	return f
}

func num(p *float64) string {
	if p == nil {
		return "-"
	}
	return strconv.FormatFloat(*p, 'f', -1, 64)
}

func renderOne(q model.Quantity, withNoun bool) string {
	s := fmt.Sprintf("%s | %s | %s | %s | %v | %s", q.Text, num(q.Value), num(q.Min), num(q.Max), q.Approx, q.Unit)
	if withNoun {
		noun := q.Noun
		if noun == "" {
			noun = "-"
		}
		s += " | " + noun
	}
	return s
}

func render(qs []model.Quantity) string {
	if len(qs) == 0 {
		return "none"
	}
	var parts []string
	for _, q := range qs {
		parts = append(parts, renderOne(q, true))
	}
	return strings.Join(parts, " ⟶ ")
}

// A bare figure with منهم/بينهم is a part of the group before it, not its
// total; other figures are not.
func TestPartOfGroup(t *testing.T) {
	for _, c := range []struct {
		sentence, span, kind string
	}{
		{"نقل عشرات الجرحى إلى المستشفيات، وحالة 11 منهم حرجة.", "11", KindPart},
		{"أسعف المتطوعون الجرحى، بينهم 14 في حالة خطرة.", "14", KindPart},
		{"قتل 27 شخصا بينهم ستة أطفال.", "ستة أطفال", "count"},
		{"نقل 40 جريحا إلى المستشفى.", "40 جريحا", "count"},
	} {
		found := false
		for _, q := range Extract(text.Read(text.Normalize(c.sentence))) {
			if q.Text == c.span {
				found = true
				if q.Kind != c.kind {
					t.Errorf("%s: %s has kind %q, want %q", c.sentence, q.Text, q.Kind, c.kind)
				}
			}
		}
		if !found {
			t.Errorf("%s: no quantity %q", c.sentence, c.span)
		}
	}
}
