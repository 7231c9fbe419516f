package web

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/model"
)

func fig(v float64) *float64 { return &v }

func TestCountCharts(t *testing.T) {
	dates := map[string]string{"a": "2031-10-20", "b": "2031-10-22", "c": "2031-10-22"}
	approx := func(cc model.ComparedClaim) model.ComparedClaim { cc.Approx = true; return cc }
	claim := func(doc, source string, value, lo, hi *float64, asOf string) model.ComparedClaim {
		return model.ComparedClaim{Document: doc, Source: source, Value: value, Min: lo, Max: hi, AsOf: asOf}
	}
	cases := []struct {
		name  string
		cmp   model.Comparison
		check func(t *testing.T, charts []countChart)
	}{{
		name: "two sources on two dates",
		cmp: model.Comparison{Predicate: "killed", Verdict: "disagree", Claims: []model.ComparedClaim{
			claim("a", "الدفاع المدني", fig(4), nil, nil, ""),
			claim("b", "الدفاع المدني", fig(7), nil, nil, ""),
			claim("a", "المرصد", fig(5), nil, nil, ""),
			claim("c", "المرصد", fig(9), nil, nil, "2031-10-21"),
		}},
		check: func(t *testing.T, charts []countChart) {
			ch := one(t, charts)
			if len(ch.Series) != 2 || ch.Series[0].Name != "الدفاع المدني" || ch.Series[1].Name != "المرصد" {
				t.Fatalf("series %+v, want the two sources in order", ch.Series)
			}
			for _, s := range ch.Series {
				if len(s.Points) != 2 || s.Line == "" {
					t.Errorf("%s: %d points, line %q: want two joined", s.Name, len(s.Points), s.Line)
				}
				for _, p := range s.Points {
					inPlot(t, ch, p)
				}
				if s.Points[0].X <= s.Points[1].X {
					t.Errorf("%s: the earlier figure is not right of the later one: %+v", s.Name, s.Points)
				}
				if s.Points[0].Y <= s.Points[1].Y {
					t.Errorf("%s: the larger figure is not higher: %+v", s.Name, s.Points)
				}
			}
			if got := ch.Series[1].Points[1].X; got == ch.Right || got == ch.Left {
				t.Errorf("as of 2031-10-21 (between the two days) drawn at x=%d, an end", got)
			}
			if ch.Series[0].Class == ch.Series[1].Class || ch.Series[0].Key == ch.Series[1].Key {
				t.Error("the two sources share a colour or a marker")
			}
			if len(ch.Rows) != 4 || ch.Rows[0].Date != "2031-10-20" || ch.Rows[3].Date != "2031-10-22" {
				t.Errorf("rows %+v, want four in date order", ch.Rows)
			}
		},
	}, {
		name: "a range gives a bar",
		cmp: model.Comparison{Predicate: "displaced", Verdict: "disagree", Claims: []model.ComparedClaim{
			approx(claim("a", "الأمم المتحدة", nil, fig(200), fig(999), "")),
			approx(claim("b", "الأمم المتحدة", fig(300), fig(255), fig(345), "")),
			claim("b", "مصادر محلية", nil, nil, fig(200), ""),
		}},
		check: func(t *testing.T, charts []countChart) {
			ch := one(t, charts)
			vague, approx := ch.Series[0].Points[0], ch.Series[0].Points[1]
			if vague.Bar == "" || vague.Marker != "" {
				t.Errorf("a range with no value: bar %q, marker %q; want a bar alone", vague.Bar, vague.Marker)
			}
			if approx.Bar == "" || approx.Marker == "" {
				t.Errorf("an approximate value with bounds: bar %q, marker %q; want both", approx.Bar, approx.Marker)
			}
			if atMost := ch.Series[1].Points[0]; !atMost.Open || atMost.Bar != "" {
				t.Errorf("«at most 200»: %+v, want a hollow marker and no bar", atMost)
			}
			if top := ch.YTicks[len(ch.YTicks)-1].Label; top != "1000" {
				t.Errorf("value axis tops at %s, want 1000 (above 999)", top)
			}
			if !strings.Contains(ch.Desc, "مئات") {
				t.Errorf("desc %q lacks the vague amount", ch.Desc)
			}
		},
	}, {
		name: "not a running count",
		cmp: model.Comparison{Predicate: "remaining", Verdict: "agree", Claims: []model.ComparedClaim{
			claim("a", "س", fig(300), nil, nil, ""), claim("b", "ص", fig(300), nil, nil, ""),
		}},
		check: func(t *testing.T, charts []countChart) {
			if len(charts) != 0 {
				t.Errorf("%d charts, want none", len(charts))
			}
		},
	}, {
		name: "updated, whatever it counts",
		cmp: model.Comparison{Predicate: "remaining", Verdict: "updated", Claims: []model.ComparedClaim{
			claim("a", "س", fig(300), nil, nil, ""), claim("b", "س", fig(120), nil, nil, ""),
		}},
		check: func(t *testing.T, charts []countChart) { one(t, charts) },
	}, {
		name: "a single date is centred",
		cmp: model.Comparison{Predicate: "wounded", Verdict: "disagree", Claims: []model.ComparedClaim{
			claim("b", "س", fig(12), nil, nil, ""), claim("c", "ص", fig(20), nil, nil, ""),
		}},
		check: func(t *testing.T, charts []countChart) {
			ch := one(t, charts)
			mid := (ch.Left + ch.Right) / 2
			for _, s := range ch.Series {
				if s.Points[0].X != mid || s.Line != "" {
					t.Errorf("%s at x=%d with line %q, want x=%d and no line", s.Name, s.Points[0].X, s.Line, mid)
				}
			}
			if len(ch.XTicks) != 1 || ch.XTicks[0].X != mid || ch.XTicks[0].Label != "2031-10-22" {
				t.Errorf("date ticks %+v, want one centred", ch.XTicks)
			}
		},
	}, {
		name: "all zero",
		cmp: model.Comparison{Predicate: "arrested", Verdict: "agree", Claims: []model.ComparedClaim{
			claim("a", "س", fig(0), nil, nil, ""), claim("b", "س", fig(0), nil, nil, ""),
		}},
		check: func(t *testing.T, charts []countChart) {
			ch := one(t, charts)
			for _, p := range ch.Series[0].Points {
				inPlot(t, ch, p)
				if p.Y != ch.Bottom {
					t.Errorf("zero drawn at y=%d, want the axis %d", p.Y, ch.Bottom)
				}
			}
		},
	}, {
		name: "undated and figureless claims are left out",
		cmp: model.Comparison{Predicate: "killed", Verdict: "agree", Claims: []model.ComparedClaim{
			claim("a", "س", fig(3), nil, nil, ""), claim("nowhere", "ص", fig(3), nil, nil, ""),
			claim("b", "ع", nil, nil, nil, ""),
		}},
		check: func(t *testing.T, charts []countChart) {
			if len(charts) != 0 {
				t.Errorf("%d charts from one dated figure, want none", len(charts))
			}
		},
	}}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) { c.check(t, countCharts([]model.Comparison{c.cmp}, dates)) })
	}
}

func one(t *testing.T, charts []countChart) countChart {
	t.Helper()
	if len(charts) != 1 {
		t.Fatalf("%d charts, want one", len(charts))
	}
	return charts[0]
}

func inPlot(t *testing.T, ch countChart, p countPoint) {
	t.Helper()
	if p.X < ch.Left || p.X > ch.Right || p.Y < ch.Top || p.Y > ch.Bottom {
		t.Errorf("point (%d, %d) outside the plot [%d..%d]×[%d..%d]", p.X, p.Y, ch.Left, ch.Right, ch.Top, ch.Bottom)
	}
}

func TestClaimDay(t *testing.T) {
	dates := map[string]string{"a": "2031-10-20"}
	cases := []struct {
		doc, asOf, want string
	}{
		{"a", "2031-10-18", "2031-10-18"},
		{"a", "2031-10-18T09:00", "2031-10-18"},
		{"a", "", "2031-10-20"},
		{"a", "2031-10", "2031-10-20"}, // a month: the publication day is finer
		{"x", "2031-10", "2031-10-01"},
		{"x", "", ""},
	}
	for _, c := range cases {
		d, ok := claimDay(model.ComparedClaim{Document: c.doc, AsOf: c.asOf}, dates)
		got := ""
		if ok {
			got = d.Format(model.DateLayout)
		}
		if got != c.want {
			t.Errorf("claimDay(%s, %q) = %q, want %q", c.doc, c.asOf, got, c.want)
		}
	}
}

func TestNiceStep(t *testing.T) {
	for raw, want := range map[float64]float64{0: 1, 0.4: 1, 2.3: 5, 7: 10, 115: 200, 333: 500, 1000: 1000} {
		if got := niceStep(raw); got != want {
			t.Errorf("niceStep(%v) = %v, want %v", raw, got, want)
		}
	}
}

func TestClaimSource(t *testing.T) {
	cases := []struct {
		cc   model.ComparedClaim
		want string
	}{
		{model.ComparedClaim{Source: "الدفاع المدني < وكالة", Outlet: "يومية", Speaker: "الدفاع المدني"}, "الدفاع المدني < وكالة"},
		{model.ComparedClaim{Outlet: "يومية", Speaker: "الدفاع المدني"}, "يومية"},
		{model.ComparedClaim{Speaker: "الدفاع المدني"}, "الدفاع المدني"},
		{model.ComparedClaim{}, "مصدر غير معروف"},
	}
	for _, c := range cases {
		if got := claimSource(c.cc); got != c.want {
			t.Errorf("claimSource(%+v) = %q, want %q", c.cc, got, c.want)
		}
	}
}
