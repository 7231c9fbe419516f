package demo

import (
	"math"
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestComparisonVerdicts recomputes each labelled verdict from the labelled
// figures with the contract's rule, so that a figure and a verdict cannot
// drift apart.
func TestComparisonVerdicts(t *testing.T) {
	e := loadExpect(t)
	figs, when := map[string]figure{}, map[string]string{}
	for _, a := range e.Articles {
		for _, f := range a.Figures {
			figs[f.Key], when[f.Key] = f, a.Published
		}
	}
	for _, c := range e.Comparisons {
		var cs []claim
		for _, cl := range c.Claims {
			f, ok := figs[cl.Figure]
			if !ok {
				t.Fatalf("%s: unknown figure %s", c.Topic, cl.Figure)
			}
			if f.Unit != c.Unit {
				t.Errorf("%s: figure %s counts %s, the topic %s", c.Topic, f.Key, f.Unit, c.Unit)
			}
			cs = append(cs, newClaim(t, f, when[f.Key]))
		}
		if len(cs) < 2 {
			t.Errorf("%s: a comparison needs two claims", c.Topic)
		}
		if got := verdict(cs); got != c.Verdict {
			t.Errorf("%s: rule gives %s, label says %s", c.Topic, got, c.Verdict)
		}
	}
}

// claim is a figure reduced to what the rule reads.
type claim struct {
	lo, hi  float64
	running bool
	update  bool
	at      time.Time
	dayOnly bool
}

var running = map[string]bool{"killed": true, "wounded": true, "displaced": true,
	"evacuated": true, "arrested": true, "surrendered": true}

func newClaim(t *testing.T, f figure, published string) claim {
	c := claim{lo: math.Inf(-1), hi: math.Inf(1), running: running[f.Metric], update: f.StatedUpdate}
	if f.Min != nil {
		c.lo = *f.Min
	}
	if f.Max != nil {
		c.hi = *f.Max
	}
	switch {
	case f.Approx:
		c.lo, c.hi = c.lo*0.85, c.hi*1.15
	case f.Scaled:
		half := scaleStep(f.Span) / 2
		c.lo -= max(half, 0.02*c.lo)
		c.hi += max(half, 0.02*c.hi)
	}
	var err error
	if c.at, err = time.Parse(time.RFC3339, published); err != nil {
		c.dayOnly = true
		if c.at, err = time.Parse(time.DateOnly, published); err != nil {
			t.Fatalf("%s: published %q: %v", f.Key, published, err)
		}
	}
	return c
}

var scaledRe = regexp.MustCompile(`(?:([0-9]+)(?:\.([0-9]+))?\s*)?(ألف|آلاف|مليون|مليار)`)

// scaleStep is one unit of a scaled figure's last stated digit: 1000 for
// "21 ألف", 100000 for "2.5 مليون", a million for "مليون" alone.
func scaleStep(span string) float64 {
	m := scaledRe.FindAllStringSubmatch(toASCIIDigits(span), -1)
	if m == nil {
		return 0
	}
	last := m[len(m)-1]
	step := map[string]float64{"ألف": 1e3, "آلاف": 1e3, "مليون": 1e6, "مليار": 1e9}[last[3]]
	return step / math.Pow(10, float64(len(last[2])))
}

func toASCIIDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= '٠' && r <= '٩' {
			return '0' + (r - '٠')
		}
		return r
	}, s)
}

func verdict(cs []claim) string {
	updated := false
	for i := range cs {
		for j := i + 1; j < len(cs); j++ {
			a, b := cs[i], cs[j]
			if a.hi >= b.lo && b.hi >= a.lo {
				continue // the ranges overlap
			}
			if b.lo > a.hi {
				a, b = b, a // a is the higher figure
			}
			if a.running && b.running && (a.update || later(a, b)) {
				updated = true
				continue
			}
			return "disagree"
		}
	}
	if updated {
		return "updated"
	}
	return "agree"
}

// later reports whether a's time is after b's; a time known only to the day
// is compared by day.
func later(a, b claim) bool {
	if a.dayOnly || b.dayOnly {
		return a.at.Format(time.DateOnly) > b.at.Format(time.DateOnly)
	}
	return a.at.After(b.at)
}

func TestScaleStep(t *testing.T) {
	for _, tc := range []struct {
		span string
		want float64
	}{
		{"21 ألف نازح", 1000}, {"2.5 مليون دولار", 1e5}, {"مليون دولار", 1e6},
		{"بين 3 و4 آلاف عائلة", 1000}, {"٥٠٠ مليون دينار", 1e6}, {"300 مقاتل", 0},
	} {
		if got := scaleStep(tc.span); got != tc.want {
			t.Errorf("scaleStep(%q) = %v, want %v", tc.span, got, tc.want)
		}
	}
}

// TestRuleOnContractCases runs the rule above on the worked cases of the
// contract, so that the labels are checked by a rule that is itself right.
func TestRuleOnContractCases(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	day1, day1late, day2 := "2031-01-01T10:00:00Z", "2031-01-01T18:00:00Z", "2031-01-02T10:00:00Z"
	type side struct {
		f  figure
		at string
	}
	for _, tc := range []struct {
		name string
		a, b side
		want string
	}{
		{"لا يزيد على 200 / نحو 300",
			side{figure{Max: f(200), Metric: "remaining"}, day1},
			side{figure{Min: f(300), Max: f(300), Approx: true, Metric: "remaining"}, day1}, "disagree"},
		{"أكثر من 97% / 90%",
			side{figure{Min: f(97), Metric: "control"}, day1},
			side{figure{Min: f(90), Max: f(90), Metric: "control"}, day1}, "disagree"},
		{"أكثر من 100 / نحو 100",
			side{figure{Min: f(100), Metric: "killed"}, day1},
			side{figure{Min: f(100), Max: f(100), Approx: true, Metric: "killed"}, day1}, "agree"},
		{"79702 / 79 ألفا",
			side{figure{Min: f(79702), Max: f(79702), Metric: "displaced"}, day1},
			side{figure{Span: "79 ألفا", Min: f(79000), Max: f(79000), Scaled: true, Metric: "displaced"}, day1}, "agree"},
		{"1450 at 10:00 / 1517 at 18:00",
			side{figure{Min: f(1450), Max: f(1450), Metric: "killed"}, day1},
			side{figure{Min: f(1517), Max: f(1517), Metric: "killed"}, day1late}, "updated"},
		{"1517 at 10:00 / 1450 at 18:00",
			side{figure{Min: f(1517), Max: f(1517), Metric: "killed"}, day1},
			side{figure{Min: f(1450), Max: f(1450), Metric: "killed"}, day1late}, "disagree"},
		{"أكثر من 40 / أكثر من 60 a day later",
			side{figure{Min: f(40), Metric: "killed"}, day1},
			side{figure{Min: f(60), Metric: "killed"}, day2}, "agree"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cs := []claim{newClaim(t, tc.a.f, tc.a.at), newClaim(t, tc.b.f, tc.b.at)}
			if got := verdict(cs); got != tc.want {
				t.Errorf("verdict = %s, want %s", got, tc.want)
			}
		})
	}
}
