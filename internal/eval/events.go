package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"time"

	"github.com/marsad/marsad/internal/event"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// Events measures the event stage on the UniversalPetrarch Arabic gold
// (upetr-arabic-gsr: 645 sentences, one PLOVER PROTEST or ASSAULT event
// each, with actor and recipient text) and its speed on the news sample.
var Events = Section{Name: "events", Run: runEvents}

// gsrRecord is one line of arabic_gsr.jsonl.
type gsrRecord struct {
	ID       string `json:"id"`
	Category string `json:"category"`
	Text     string `json:"text"`
	Event    struct {
		EventText     *string `json:"event_text"`
		ActorText     *string `json:"actor_text"`
		RecipientText *string `json:"recipient_text"`
	} `json:"event"`
}

func runEvents(data string, r *Report) error {
	recs, err := readGSR(filepath.Join(data, "upetr-arabic-gsr", "arabic_gsr.jsonl"))
	if err != nil {
		return err
	}
	x := event.New(event.Options{})
	var dev, test []gsrRecord
	for i, rec := range recs {
		if i%2 == 0 {
			dev = append(dev, rec)
		} else {
			test = append(test, rec)
		}
	}
	for _, part := range []struct {
		name string
		recs []gsrRecord
	}{{"all", recs}, {"test (odd lines)", test}, {"dev (even lines)", dev}} {
		scoreGSR(x, part.name, part.recs).report(r, part.name)
	}
	return eventSpeed(x, filepath.Join(data, "arabic-news-sample", "articles.jsonl"), r)
}

func readGSR(path string) ([]gsrRecord, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("events: %w", err)
	}
	defer f.Close()
	var out []gsrRecord
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<24)
	for sc.Scan() {
		var rec gsrRecord
		if err := json.Unmarshal(sc.Bytes(), &rec); err != nil {
			return nil, fmt.Errorf("events: read %s: %w", path, err)
		}
		out = append(out, rec)
	}
	return out, sc.Err()
}

// gsrScore accumulates the figures of one part of the gold.
type gsrScore struct {
	n, primary, any, none, full, extra, events int
	byCat                                      map[string][2]int // primary right, total
	actor, recipient                           spanScore
}

// spanScore is a token-level micro precision/recall over gold spans.
type spanScore struct{ match, pred, gold, exact, n int }

func scoreGSR(x *event.Extractor, name string, recs []gsrRecord) *gsrScore {
	sc := &gsrScore{byCat: map[string][2]int{}}
	for _, rec := range recs {
		d := text.Read(text.Normalize(rec.Text))
		evs := x.Extract(d, event.Input{})
		sc.n++
		sc.events += len(evs)
		c := sc.byCat[rec.Category]
		c[1]++
		right := 0
		for _, e := range evs {
			if e.PLOVER == rec.Category {
				right++
			}
		}
		if right > 0 {
			sc.any++
			sc.extra += len(evs) - 1
		} else {
			sc.extra += len(evs)
		}
		if len(evs) == 0 {
			sc.none++
			sc.byCat[rec.Category] = c
			continue
		}
		p := evs[0]
		okA := sc.actor.add(rec.Event.ActorText, p.ActorSpans)
		okR := sc.recipient.add(rec.Event.RecipientText, p.TargetSpans)
		if p.PLOVER == rec.Category {
			sc.primary++
			c[0]++
			if okA && okR {
				sc.full++
			}
		}
		sc.byCat[rec.Category] = c
	}
	return sc
}

// add scores a predicted span list against a gold text; it reports whether
// they agree (both absent, or sharing a word).
func (s *spanScore) add(gold *string, pred []model.Span) bool {
	g := baseWords(deref(gold))
	var p map[string]bool
	for _, sp := range pred {
		for w := range baseWords(sp.Text) {
			if p == nil {
				p = map[string]bool{}
			}
			p[w] = true
		}
	}
	if len(g) == 0 {
		return len(p) == 0 || gold == nil
	}
	s.n++
	s.gold += len(g)
	s.pred += len(p)
	m := 0
	for w := range p {
		if g[w] {
			m++
		}
	}
	s.match += m
	if m == len(g) && m == len(p) {
		s.exact++
	}
	return m > 0
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// baseWords is the set of word bases (clitics split off, folded) of s.
func baseWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, t := range text.Tokenize(s) {
		if t.Kind == text.Word || t.Kind == text.Number {
			out[t.Base] = true
		}
	}
	return out
}

func (s spanScore) f1() string {
	if s.pred == 0 || s.gold == 0 {
		return "n/a"
	}
	p := float64(s.match) / float64(s.pred)
	rc := float64(s.match) / float64(s.gold)
	if p+rc == 0 {
		return "0.0%"
	}
	return fmt.Sprintf("%.1f%% (P %.1f%%, R %.1f%%; exact %d/%d)", 200*p*rc/(p+rc), 100*p, 100*rc, s.exact, s.n)
}

func (sc *gsrScore) report(r *Report, part string) {
	note := "upetr-arabic-gsr " + part + "; first event of the sentence; anchor UniversalPetrarch 12.9% (any event of the family), target ≥ 85%"
	r.Add("events", "family accuracy, "+part, Pct(sc.primary, sc.n), note)
	if part != "all" {
		return
	}
	r.Add("events", "any event of the right family", Pct(sc.any, sc.n), "comparable to UniversalPetrarch's 83/645 = 12.9%")
	for _, cat := range []string{"PROTEST", "ASSAULT"} {
		c := sc.byCat[cat]
		r.Add("events", "family accuracy, "+cat, Pct(c[0], c[1]), "first event")
	}
	r.Add("events", "sentences with no event", Pct(sc.none, sc.n), "")
	r.Add("events", "extra events", fmt.Sprintf("%d (%.2f per sentence)", sc.extra, float64(sc.extra)/float64(sc.n)),
		"events beyond one of the right family; anchor UniversalPetrarch 287")
	r.Add("events", "actor span F1 (words)", sc.actor.f1(), "first event's actor phrase vs gold actor_text, found by syntax (no entities)")
	r.Add("events", "recipient span F1 (words)", sc.recipient.f1(), "first event's target phrase vs gold recipient_text")
	r.Add("events", "fully right", Pct(sc.full, sc.n), "family right and actor and recipient share a word with the gold ones (when gold has them); UniversalPetrarch 0/645 counts country+sector codes, which we do not code")
}

// eventSpeed times the event stage on the news sample on one core, on text
// alone (no entities, places, quantities or times as input).
func eventSpeed(x *event.Extractor, path string, r *Report) error {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	defer f.Close()
	var docs []*text.Doc
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<26)
	readStart := time.Now()
	for sc.Scan() {
		var a struct {
			Text string `json:"text"`
		}
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return fmt.Errorf("events: read %s: %w", path, err)
		}
		docs = append(docs, text.Read(text.Normalize(a.Text)))
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("events: read %s: %w", path, err)
	}
	readTime := time.Since(readStart)
	prev := runtime.GOMAXPROCS(1)
	defer runtime.GOMAXPROCS(prev)
	start := time.Now()
	n := 0
	realis := map[string]int{}
	for _, d := range docs {
		for _, e := range x.Extract(d, event.Input{}) {
			n++
			realis[e.Realis]++
		}
	}
	el := time.Since(start).Seconds()
	note := fmt.Sprintf("%d articles of arabic-news-sample, text-only input, GOMAXPROCS=1; tokenising+sentences (text.Read) not included: %.1fs for all", len(docs), readTime.Seconds())
	r.Addf("events", "speed, event stage", note, "%.0f articles/s, %.0f events/s", float64(len(docs))/el, float64(n)/el)
	r.Addf("events", "events found in the news sample", "realis counts", "%d (actual %d, negated %d, planned %d, hypothetical %d, historical %d)",
		n, realis[event.Actual], realis[event.Negated], realis[event.Planned], realis[event.Hypothetical], realis[event.Historical])
	return nil
}
