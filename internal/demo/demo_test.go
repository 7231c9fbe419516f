package demo

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

func TestEveryArticleOnceInItsForm(t *testing.T) {
	docs, e := readCorpus(t), loadExpect(t)
	seen := map[string]doc{}
	for _, d := range docs {
		if _, dup := seen[d.id]; dup {
			t.Errorf("id %q appears twice in the corpus", d.id)
		}
		seen[d.id] = d
	}
	for _, a := range e.Articles {
		d, ok := seen[a.ID]
		if !ok {
			t.Errorf("%s (%s): not in the corpus", a.Label, a.ID)
			continue
		}
		if d.form != a.Form || d.file != a.File {
			t.Errorf("%s: found in %s %s, expect.json says %s %s", a.Label, d.form, d.file, a.Form, a.File)
		}
		delete(seen, a.ID)
	}
	for id := range seen {
		t.Errorf("corpus document %q has no entry in expect.json", id)
	}
	forms := map[string]int{}
	for _, d := range docs {
		forms[d.form]++
	}
	for _, f := range []string{"jsonl", "html", "rss", "warc", "txt"} {
		if forms[f] < 2 {
			t.Errorf("form %s holds %d articles, want at least 2", f, forms[f])
		}
	}
}

func TestMetadataMatchesLabels(t *testing.T) {
	e := loadExpect(t)
	byID := map[string]doc{}
	for _, d := range readCorpus(t) {
		byID[d.id] = d
	}
	for _, a := range e.Articles {
		d := byID[a.ID]
		want := map[string]string{"outlet": a.Outlet, "published": a.Published, "url": a.URL}
		for k, v := range d.meta {
			if v != want[k] {
				t.Errorf("%s: %s is %q in the %s form, %q in expect.json", a.Label, k, v, d.form, want[k])
			}
		}
		if d.meta == nil && !strings.Contains(firstLine(d.raw), dateline(t, a.Published)) {
			t.Errorf("%s: first line %q has no dateline %q", a.Label, firstLine(d.raw), dateline(t, a.Published))
		}
	}
}

func firstLine(s string) string { line, _, _ := strings.Cut(s, "\n"); return line }

// dateline is the date as a plain text's first line writes it: "16 أكتوبر/تشرين الأول 2031".
func dateline(t *testing.T, date string) string {
	d, err := time.Parse(time.DateOnly, date)
	if err != nil {
		t.Fatalf("published %q of a plain text: %v", date, err)
	}
	months := []string{"يناير/كانون الثاني", "فبراير/شباط", "مارس/آذار", "أبريل/نيسان", "مايو/أيار",
		"يونيو/حزيران", "يوليو/تموز", "أغسطس/آب", "سبتمبر/أيلول", "أكتوبر/تشرين الأول",
		"نوفمبر/تشرين الثاني", "ديسمبر/كانون الأول"}
	return fmt.Sprintf("%d %s %d", d.Day(), months[d.Month()-1], d.Year())
}

func TestSpansOccurInTheirArticle(t *testing.T) {
	e := loadExpect(t)
	byID := map[string]doc{}
	for _, d := range readCorpus(t) {
		byID[d.id] = d
	}
	for _, a := range e.Articles {
		raw := byID[a.ID].raw
		for _, f := range a.Figures {
			if n := max(f.Occurrence, 1); strings.Count(raw, f.Span) < n {
				t.Errorf("%s: figure %s span %q not found %d time(s)", a.Label, f.Key, f.Span, n)
			}
		}
		for _, tm := range a.Times {
			if !strings.Contains(raw, tm.Span) {
				t.Errorf("%s: time span %q not found", a.Label, tm.Span)
			}
		}
		for _, s := range a.NotQuantities {
			if !strings.Contains(raw, s) {
				t.Errorf("%s: not-quantity span %q not found", a.Label, s)
			}
		}
	}
}

var units = []string{"people", "civilians", "fighters", "soldiers", "children", "families",
	"vehicles", "buildings", "weapons", "percent", "km", "money", "other"}

func TestFigureLabelsFollowTheContract(t *testing.T) {
	e := loadExpect(t)
	keys := map[string]bool{}
	for _, a := range e.Articles {
		for _, f := range a.Figures {
			if keys[f.Key] {
				t.Errorf("figure key %s used twice", f.Key)
			}
			keys[f.Key] = true
			if err := checkFigure(f); err != nil {
				t.Errorf("%s: %v", f.Key, err)
			}
		}
	}
}

func checkFigure(f figure) error {
	switch {
	case !slices.Contains(units, f.Unit):
		return fmt.Errorf("unit %q is not in the contract's list", f.Unit)
	case f.Min == nil && f.Max == nil:
		return fmt.Errorf("no bound")
	case f.Min != nil && f.Max != nil && *f.Min > *f.Max:
		return fmt.Errorf("min %v above max %v", *f.Min, *f.Max)
	case f.Value != nil && f.Min != nil && f.Max != nil && (*f.Value != *f.Min || *f.Value != *f.Max):
		return fmt.Errorf("value %v with bounds [%v, %v]: a value goes with equal bounds or one open bound", *f.Value, *f.Min, *f.Max)
	case f.Value == nil && (f.Min == nil || f.Max == nil):
		return fmt.Errorf("a range needs both bounds")
	case f.Speaker == nil && len(f.Via) > 0:
		return fmt.Errorf("the outlet's own statement has no via")
	case f.Speaker != nil && *f.Speaker == "":
		return fmt.Errorf("empty speaker: use null for the outlet's own statement")
	}
	return nil
}

func TestStoriesPartitionTheCorpus(t *testing.T) {
	e := loadExpect(t)
	story := map[string]string{}
	for _, s := range e.Stories {
		for _, id := range s.Documents {
			if prev, ok := story[id]; ok {
				t.Errorf("%s is in stories %s and %s", id, prev, s.ID)
			}
			story[id] = s.ID
		}
	}
	for _, a := range e.Articles {
		if story[a.ID] != a.Story {
			t.Errorf("%s: story %q in its article entry, %q in the story list", a.Label, a.Story, story[a.ID])
		}
		if p := period(e, a.Story); a.Published[:10] < p[0] || a.Published[:10] > p[1] {
			t.Errorf("%s: published %s outside its story's period %v", a.Label, a.Published, p)
		}
	}
	if len(story) != len(e.Articles) {
		t.Errorf("stories list %d documents, expect.json has %d articles", len(story), len(e.Articles))
	}
}

func period(e expectation, id string) [2]string {
	for _, s := range e.Stories {
		if s.ID == id {
			return [2]string{s.Period.From, s.Period.To}
		}
	}
	return [2]string{}
}

// TestNearDuplicate checks that each labelled duplicate repeats most of its
// original paragraph for paragraph, and is not the same text.
func TestNearDuplicate(t *testing.T) {
	e := loadExpect(t)
	byID := map[string]doc{}
	for _, d := range readCorpus(t) {
		byID[d.id] = d
	}
	if len(e.Duplicates) == 0 {
		t.Fatal("no near-duplicate labelled")
	}
	for _, p := range e.Duplicates {
		dup, orig := byID[p.Document].raw, byID[p.Original].raw
		if dup == "" || orig == "" || dup == orig {
			t.Fatalf("%s / %s: missing, or identical texts", p.Document, p.Original)
		}
		paras := strings.Split(dup, "\n")
		shared := 0
		for _, para := range paras {
			if strings.Contains(orig, para) {
				shared++
			}
		}
		if shared < len(paras)*2/3 || shared == len(paras) {
			t.Errorf("%s shares %d of %d paragraphs with %s: want most, not all", p.Document, shared, len(paras), p.Original)
		}
	}
}

// TestPlainTextsAreNewsLength keeps the texts that carry no markup (JSON
// Lines and plain text) at the length of a short wire report.
func TestPlainTextsAreNewsLength(t *testing.T) {
	for _, d := range readCorpus(t) {
		if d.form != "jsonl" && d.form != "txt" {
			continue
		}
		if n := len(strings.Fields(d.raw)); n < 120 || n > 300 {
			t.Errorf("%s: %d words, want 120 to 300", d.id, n)
		}
	}
}
