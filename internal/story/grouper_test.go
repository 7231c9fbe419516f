package story

import (
	"encoding/json"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
)

// groupCase is a stream of fictional articles and the stories wanted.
type groupCase struct {
	Articles []struct {
		ID        string `json:"id"`
		Outlet    string `json:"outlet"`
		Published string `json:"published"`
		Title     string `json:"title"`
		Text      string `json:"text"`
	} `json:"articles"`
	Want       [][]string        `json:"want"`
	Duplicates map[string]string `json:"duplicates"`
	// Related maps a story's first document to the first documents of the
	// stories it must list as related.
	Related map[string][]string `json:"related"`
}

func loadGroupCase(t testing.TB, path string) groupCase {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var c groupCase
	if err := json.Unmarshal(raw, &c); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return c
}

// analyses returns the text-only records of the case's articles and their times.
func (c groupCase) analyses(t testing.TB) ([]model.Analysis, []time.Time) {
	var as []model.Analysis
	var ts []time.Time
	for _, a := range c.Articles {
		tm, err := time.Parse(time.RFC3339, a.Published)
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, model.NewAnalysis(model.Article{ID: a.ID, Outlet: a.Outlet, Title: a.Title, Text: a.Text, Published: tm}))
		ts = append(ts, tm)
	}
	return as, ts
}

func canonical(groups [][]string) string {
	var parts []string
	for _, g := range groups {
		g = append([]string(nil), g...)
		sort.Strings(g)
		parts = append(parts, strings.Join(g, ","))
	}
	sort.Strings(parts)
	return strings.Join(parts, " | ")
}

func TestGrouperFixtures(t *testing.T) {
	paths, _ := filepath.Glob("testdata/group/*.json")
	if len(paths) == 0 {
		t.Fatal("no fixtures")
	}
	for _, p := range paths {
		t.Run(filepath.Base(p), func(t *testing.T) {
			c := loadGroupCase(t, p)
			as, ts := c.analyses(t)
			g := New(DefaultOptions())
			ids := map[string]string{}
			for i, a := range as {
				ids[a.ID] = g.Add(a, ts[i])
			}
			var got [][]string
			dups := map[string]string{}
			for _, s := range g.Stories() {
				got = append(got, s.Documents)
				for _, d := range s.Documents {
					if ids[d] != s.ID {
						t.Errorf("Add returned %s for %s, Stories puts it in %s", ids[d], d, s.ID)
					}
				}
				for k, v := range s.Duplicates {
					dups[k] = v
				}
			}
			if canonical(got) != canonical(c.Want) {
				t.Errorf("stories\n got %s\nwant %s", canonical(got), canonical(c.Want))
			}
			for _, s := range g.Stories() {
				want := c.Related[s.Documents[0]]
				var ids []string
				for _, d := range want {
					ids = append(ids, storyID(d))
				}
				if strings.Join(ids, ",") != strings.Join(s.Related, ",") {
					t.Errorf("%s: related %v, want %v", s.ID, s.Related, ids)
				}
			}
			if len(dups) != len(c.Duplicates) {
				t.Errorf("duplicates %v, want %v", dups, c.Duplicates)
			}
			for k, v := range c.Duplicates {
				if dups[k] != v {
					t.Errorf("duplicate of %s is %q, want %q", k, dups[k], v)
				}
			}
		})
	}
}

func TestGrouperRebuildsTheSame(t *testing.T) {
	c := loadGroupCase(t, "testdata/group/three-events.json")
	as, ts := c.analyses(t)
	run := func() string {
		g := New(DefaultOptions())
		for i, a := range as {
			g.Add(a, ts[i])
		}
		b, _ := json.Marshal(g.Stories())
		return string(b)
	}
	if a, b := run(), run(); a != b {
		t.Errorf("two runs differ:\n%s\n%s", a, b)
	}
}

func TestStoryRecord(t *testing.T) {
	c := loadGroupCase(t, "testdata/group/three-events.json")
	as, ts := c.analyses(t)
	g := New(DefaultOptions())
	for i, a := range as {
		g.Add(a, ts[i])
	}
	for _, s := range g.Stories() {
		if s.ID != "story-"+s.Documents[0] || s.Title == "" || s.Period.From == "" || s.Period.From > s.Period.To {
			t.Errorf("bad record %+v", s)
		}
		if len(s.Outlets) == 0 {
			t.Errorf("%s: no outlets", s.ID)
		}
	}
}

func TestNearDuplicate(t *testing.T) {
	base := "اجتاحت فيضانات عارمة بلدة وادي الصنوبر فجر الخميس بعد أمطار غزيرة استمرت يومين وأعلن الدفاع المدني أن مئات العائلات اضطرت إلى ترك منازلها"
	copied := "عاجل: " + base + " تابعونا"
	other := "افتتح وزير الثقافة معرض الكتاب السنوي في العاصمة بمشاركة ثلاثمئة دار نشر من عشرين بلدا ويتضمن برنامج المعرض ندوات شعرية"
	if s := similarity(signature(base), signature(copied)); s < 0.6 {
		t.Errorf("copy similarity %.2f, want >= 0.6", s)
	}
	if s := similarity(signature(base), signature(other)); s > 0.2 {
		t.Errorf("unrelated similarity %.2f, want <= 0.2", s)
	}
	if signature("كلمتان فقط") != nil {
		t.Error("a text shorter than a shingle has a signature")
	}
}

func TestGroupSortsByTime(t *testing.T) {
	c := loadGroupCase(t, "testdata/group/three-events.json")
	as, _ := c.analyses(t)
	rev := make([]model.Analysis, len(as))
	for i, a := range as {
		rev[len(as)-1-i] = a
	}
	var got [][]string
	for _, s := range Group(rev, DefaultOptions()) {
		got = append(got, s.Documents)
		if len(s.Brief) == 0 {
			t.Errorf("%s: no brief", s.ID)
		}
	}
	if canonical(got) != canonical(c.Want) {
		t.Errorf("stories\n got %s\nwant %s", canonical(got), canonical(c.Want))
	}
}
