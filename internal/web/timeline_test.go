package web

import (
	"testing"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

func evs(dates ...string) []store.EventItem {
	var out []store.EventItem
	for i, d := range dates {
		out = append(out, store.EventItem{ArticleID: "a", Index: i, Type: "air_strike", Date: d})
	}
	sortEvents(out)
	return out
}

func TestTimelineColumns(t *testing.T) {
	period := model.Period{From: "2031-10-15", To: "2031-10-16"}
	many := make([]string, 0, 40)
	for range 40 {
		many = append(many, "2031-10-16")
	}
	cases := []struct {
		name                      string
		dates                     []string
		cols, points, outliers    int
		breaks                    int
		firstOutlier, lastOutlier bool
	}{
		{"one day", []string{"2031-10-16", "2031-10-16"}, 1, 2, 0, 0, false, false},
		{"a past year is an end column, marked", []string{"2011", "2031-10-15", "2031-10-16", "2031-10-16"}, 3, 4, 1, 1, true, false},
		{"a month holding the period is coarse, not far", []string{"2031-10", "2031-10-16"}, 2, 2, 0, 0, false, false},
		{"skipped days break the axis", []string{"2031-10-10", "2031-10-16"}, 2, 2, 0, 1, false, false},
		{"forty events of a day: dots and +N", many, 1, 29, 0, 0, false, false},
		{"undated events are left out", []string{"", "2031-10-16"}, 1, 1, 0, 0, false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			tl := buildTimeline(evs(c.dates...), period)
			if len(tl.Columns) != c.cols || len(tl.Points) != c.points || tl.Outliers != c.outliers || len(tl.Breaks) != c.breaks {
				t.Fatalf("columns %d, points %d, outliers %d, breaks %d", len(tl.Columns), len(tl.Points), tl.Outliers, len(tl.Breaks))
			}
			if tl.Columns[0].Outlier != c.firstOutlier || tl.Columns[len(tl.Columns)-1].Outlier != c.lastOutlier {
				t.Errorf("outlier marks: first %v, last %v", tl.Columns[0].Outlier, tl.Columns[len(tl.Columns)-1].Outlier)
			}
			for _, p := range tl.Points {
				if p.Y <= 0 || p.Y >= tl.AxisY || p.X < 0 || p.X > tl.Width {
					t.Errorf("point outside the drawing: %+v (axis %d)", p, tl.AxisY)
				}
			}
		})
	}
}

func TestTimelineLabelsDoNotCollide(t *testing.T) {
	var dates []string
	for d := 1; d <= 28; d++ {
		dates = append(dates, "2031-10-"+string(rune('0'+d/10))+string(rune('0'+d%10)))
	}
	tl := buildTimeline(evs(dates...), model.Period{From: "2031-10-01", To: "2031-10-28"})
	last := -1
	for _, c := range tl.Columns {
		if !c.ShowLabel {
			continue
		}
		if last >= 0 && last-c.X < tlMinLabel {
			t.Errorf("labels %d px apart", last-c.X)
		}
		last = c.X
	}
	if tl.Columns[0].X <= tl.Columns[len(tl.Columns)-1].X {
		t.Errorf("time does not run right to left")
	}
}

func TestTopicLabel(t *testing.T) {
	cases := []struct {
		c    model.Comparison
		want string
	}{
		{model.Comparison{Topic: "children killed in إدلب", Predicate: "killed", Unit: "children", Place: "إدلب"}, "عدد القتلى من الأطفال في إدلب"},
		{model.Comparison{Topic: "people killed", Predicate: "killed", Unit: "people"}, "عدد القتلى"},
		{model.Comparison{Topic: "share held", Predicate: "controlled", Unit: "percent"}, "نسبة السيطرة"},
		{model.Comparison{Topic: "fighters", Unit: "fighters", Place: "الملعب البلدي"}, "عدد المقاتلين في الملعب البلدي"},
		{model.Comparison{Topic: "something new", Unit: "tons"}, "something new"},
	}
	for _, c := range cases {
		if got := topicLabel(c.c); got != c.want {
			t.Errorf("topicLabel(%q) = %q, want %q", c.c.Topic, got, c.want)
		}
	}
}

func TestStoryTitleFallback(t *testing.T) {
	st := model.Story{ID: "story-x", Brief: []model.BriefSentence{{Text: "أريحا (سوريا) - 16 أكتوبر (وكالة) - قُتل عشرون شخصا في غارة جوية على سوق شعبي وسط المدينة صباح اليوم الخميس."}}}
	if got := storyTitle(st, "عنوان المقال"); got != "عنوان المقال" {
		t.Errorf("with an article title: %q", got)
	}
	if got := storyTitle(st, ""); got != "قُتل عشرون شخصا في غارة جوية على سوق شعبي وسط المدينة صباح…" {
		t.Errorf("from the brief: %q", got)
	}
	if got := storyTitle(model.Story{ID: "story-x"}, ""); got != "story-x" {
		t.Errorf("nothing else: %q", got)
	}
}

func TestTimelineDaysAndBackground(t *testing.T) {
	ev := func(date, typ string) store.EventItem { return store.EventItem{Date: date, Type: typ, ArticleID: "a"} }
	evs := []store.EventItem{
		ev("2011-03-15", "protest"), // background: "since 2011"
		ev("2031-10-16", "air_strike"), ev("2031-10-16", "air_strike"), ev("2031-10-16", "air_strike"),
		ev("2031-10-16", "attack_on_civilians"),
		ev("2031-10-17", "air_strike"),
		ev("2031-10", "displacement"),
	}
	sortEvents(evs)
	tl := buildTimeline(evs, model.Period{From: "2031-10-16", To: "2031-10-17"})
	if tl.Outliers != 1 || !tl.Columns[0].Outlier {
		t.Errorf("Outliers = %d, first column %+v: want the 2011 event marked at the end", tl.Outliers, tl.Columns[0])
	}
	if len(tl.Columns) != 4 || len(tl.Points) != 7 {
		t.Fatalf("%d columns and %d points, want 4 dates (2011, 2031-10, 16, 17) and a dot per event", len(tl.Columns), len(tl.Points))
	}
	if !tl.Columns[1].Coarse || tl.Columns[1].Outlier {
		t.Errorf("the month holding the story is coarse, not far: %+v", tl.Columns[1])
	}
	for _, p := range tl.Points {
		if p.X < tlPad/2 || p.X > tlWidth-tlPad/2 {
			t.Errorf("point outside the axis: %+v", p)
		}
	}
}
