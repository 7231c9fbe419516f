package reconcile

import (
	"bufio"
	"encoding/json"
	"math"
	"os"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// figureCase is one side of a verdict case: a quantity as an extractor gives
// it, with the time it holds for and whether the text calls it an update.
type figureCase struct {
	Text   string   `json:"text"`
	Value  *float64 `json:"value"`
	Min    *float64 `json:"min"`
	Max    *float64 `json:"max"`
	Approx bool     `json:"approx"`
	Time   string   `json:"time"`
	Update bool     `json:"update"`
}

func (c figureCase) figure(t *testing.T) Figure {
	t.Helper()
	f := FigureOf(model.Quantity{Span: model.Span{Text: c.Text}, Value: c.Value, Min: c.Min, Max: c.Max, Approx: c.Approx})
	if c.Time != "" {
		tm, err := time.Parse(time.RFC3339, c.Time)
		if err != nil {
			t.Fatalf("time %q: %v", c.Time, err)
		}
		f.Time = tm
	}
	f.Update = c.Update
	return f
}

// readLines decodes each line of a JSON Lines fixture into a new T.
func readLines[T any](t *testing.T, path string) []T {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []T
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if len(sc.Bytes()) == 0 {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, v)
	}
	return out
}

func TestPairVerdict(t *testing.T) {
	type verdictCase struct {
		Name    string     `json:"name"`
		A, B    figureCase `json:"-"`
		RawA    figureCase `json:"a"`
		RawB    figureCase `json:"b"`
		Running bool       `json:"running"`
		Want    string     `json:"want"`
	}
	for _, c := range readLines[verdictCase](t, "testdata/verdict.jsonl") {
		t.Run(c.Name, func(t *testing.T) {
			a, b := c.RawA.figure(t), c.RawB.figure(t)
			if got := PairVerdict(a, b, c.Running); got != c.Want {
				alo, ahi := a.Range()
				blo, bhi := b.Range()
				t.Errorf("got %s, want %s ([%g,%g] vs [%g,%g])", got, c.Want, alo, ahi, blo, bhi)
			}
			if got := PairVerdict(b, a, c.Running); got != c.Want {
				t.Errorf("swapped: got %s, want %s", got, c.Want)
			}
		})
	}
}

// bound reads a range bound of a fixture: a number, "inf" or "-inf".
func bound(t *testing.T, v any) float64 {
	switch x := v.(type) {
	case float64:
		return x
	case string:
		switch x {
		case "inf":
			return math.Inf(1)
		case "-inf":
			return math.Inf(-1)
		}
	}
	t.Fatalf("bad bound %v", v)
	return 0
}

func TestRange(t *testing.T) {
	type rangeCase struct {
		Name   string     `json:"name"`
		Q      figureCase `json:"q"`
		Lo, Hi any
	}
	for _, c := range readLines[rangeCase](t, "testdata/ranges.jsonl") {
		t.Run(c.Name, func(t *testing.T) {
			lo, hi := c.Q.figure(t).Range()
			wlo, whi := bound(t, c.Lo), bound(t, c.Hi)
			if math.Abs(lo-wlo) > 1e-6 && !(math.IsInf(lo, -1) && math.IsInf(wlo, -1)) ||
				math.Abs(hi-whi) > 1e-6 && !(math.IsInf(hi, 1) && math.IsInf(whi, 1)) {
				t.Errorf("range [%g,%g], want [%g,%g]", lo, hi, wlo, whi)
			}
		})
	}
}

func TestVerdictAggregates(t *testing.T) {
	at := func(v float64, h int) Figure {
		return Figure{Min: &v, Max: &v, Time: time.Date(2018, 3, 20, h, 0, 0, 0, time.UTC)}
	}
	cases := []struct {
		name    string
		figs    []Figure
		running bool
		want    string
	}{
		{"all equal", []Figure{at(5, 1), at(5, 2), at(5, 3)}, true, Agree},
		{"one update", []Figure{at(5, 1), at(5, 2), at(7, 3)}, true, Updated},
		{"an update and a disagreement", []Figure{at(5, 1), at(7, 3), at(4, 4)}, true, Disagree},
		{"not running", []Figure{at(5, 1), at(7, 3)}, false, Disagree},
		{"single", []Figure{at(5, 1)}, true, Agree},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := Verdict(c.figs, c.running); got != c.want {
				t.Errorf("got %s, want %s", got, c.want)
			}
		})
	}
}
