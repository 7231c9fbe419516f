package eval

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"sort"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/text"
)

// goldEvents is news2018/events.json: event mentions annotated on articles
// of the news2018 splits, exhaustively per article.
type goldEvents struct {
	Docs   map[string]struct{ Split string } `json:"docs"`
	Events []struct {
		Doc        string `json:"doc"`
		Start, End int
		Text       string `json:"text"`
		Type       string `json:"type"`
		Realis     string `json:"realis"`
	} `json:"events"`
}

// eventFamily groups the 43 types as ../shared/guides/events.md §1.5 does:
// armed violence, demonstrations, conflict dynamics, political interaction.
func eventFamily(typ string) string {
	switch typ {
	case "armed_clash", "territory_capture", "air_strike", "shelling", "explosive_device", "suicide_attack", "grenade",
		"chemical_attack", "attack_on_civilians", "abduction", "sexual_violence":
		return "violence"
	case "protest", "protest_intervention", "protest_excessive_force", "riot", "mob_violence":
		return "demonstrations"
	}
	if strings.HasPrefix(typ, "political.") {
		return "political"
	}
	return "strategic"
}

// news2018Events scores the pipeline's events against the annotated event
// mentions of each split: an event found in the sentence of a gold mention
// of its family matches it. Precision and recall by family, and the type
// and realis of the matched events.
func news2018Events(data string, p *pipeline.Pipeline, r *Report) error {
	raw, err := news2018FS.ReadFile("news2018/events.json")
	if errors.Is(err, fs.ErrNotExist) {
		r.Add("events", "news2018 event precision / recall", "n/a", "news2018/events.json is not there yet")
		return nil
	}
	if err != nil {
		return err
	}
	var g goldEvents
	if err := json.Unmarshal(raw, &g); err != nil {
		return fmt.Errorf("events: news2018/events.json: %w", err)
	}
	arts, err := readSample(data, func(a model.Article) bool { _, ok := g.Docs[a.ID]; return ok })
	if err != nil {
		return fmt.Errorf("events: %w", err)
	}
	for _, split := range []string{"dev", "test"} {
		if split == "test" && os.Getenv("MARSAD_EVAL_DEV_ONLY") != "" {
			continue // the test split is scored when the work is done
		}
		type tally struct{ sys, sysOK, gold, goldOK, typeOK, realisOK int }
		fam := map[string]*tally{}
		get := func(f string) *tally {
			if fam[f] == nil {
				fam[f] = &tally{}
			}
			return fam[f]
		}
		all := get("all")
		docs := 0
		for _, a := range arts {
			if g.Docs[a.ID].Split != split {
				continue
			}
			docs++
			_, an := p.Analyze(a)
			sents := text.Sentences(an.Text)
			sentOf := func(off int) int {
				for i, s := range sents {
					if off >= s.Start && off < s.End {
						return i
					}
				}
				return -1
			}
			type goldMention struct {
				sent      int
				typ, real string
				matched   bool
			}
			var gold []*goldMention
			for _, ev := range g.Events {
				if ev.Doc != a.ID {
					continue
				}
				at := locateIn(an.Text, a.Text, ev.Start, ev.Text)
				gold = append(gold, &goldMention{sent: sentOf(at), typ: ev.Type, real: ev.Realis})
				get(eventFamily(ev.Type)).gold++
				all.gold++
			}
			for _, e := range an.Events {
				f := eventFamily(e.Type)
				get(f).sys++
				all.sys++
				s := sentOf(e.Start)
				var best *goldMention
				for _, gm := range gold {
					if gm.matched || gm.sent != s || eventFamily(gm.typ) != f {
						continue
					}
					if best == nil || gm.typ == e.Type && best.typ != e.Type {
						best = gm
					}
				}
				if best == nil {
					if split == "dev" && os.Getenv("MARSAD_EVAL_VERBOSE") != "" {
						snip := ""
						if s >= 0 {
							snip = an.Text[sents[s].Start:sents[s].End]
						}
						fmt.Fprintf(os.Stderr, "EV-FP %s %s «%s» %s | %s\n", a.ID, e.Type, e.Trigger, e.Realis, strings.ReplaceAll(snip, "\n", " "))
					}
					continue
				}
				best.matched = true
				for _, t := range []*tally{get(f), all} {
					t.sysOK++
					t.goldOK++
					if best.typ == e.Type {
						t.typeOK++
					}
					if best.real == e.Realis || best.real == "" && e.Realis == "actual" {
						t.realisOK++
					} else if t == all && split == "dev" && os.Getenv("MARSAD_EVAL_VERBOSE") != "" {
						fmt.Fprintf(os.Stderr, "EV-REALIS %s %s «%s» ours %s gold %s | %s\n", a.ID, e.Type, e.Trigger, e.Realis, best.real, strings.ReplaceAll(an.Text[sents[s].Start:sents[s].End], "\n", " "))
					}
				}
			}
		}
		note := fmt.Sprintf("news2018-%s: %d articles annotated exhaustively by annotators who did not read the rules; an event matches a gold mention of its family in the same sentence", split, docs)
		if split == "dev" {
			note += "; a dev set (tuned on)"
		} else {
			note += "; TEST split (never tuned on)"
		}
		names := make([]string, 0, len(fam))
		for f := range fam {
			names = append(names, f)
		}
		sort.Strings(names)
		for _, f := range names {
			t := fam[f]
			r.Add("events", fmt.Sprintf("news2018-%s events, %s: precision / recall", split, f),
				Pct(t.sysOK, t.sys)+" / "+Pct(t.goldOK, t.gold), note)
		}
		r.Add("events", fmt.Sprintf("news2018-%s events matched: right type / right realis", split),
			Pct(all.typeOK, all.sysOK)+" / "+Pct(all.realisOK, all.sysOK), note)
	}
	return nil
}

// locateIn finds in the analysed text the gold span written at start in
// the sample's text: the same offset when the texts agree there, else the
// occurrence of the span's words nearest to it.
func locateIn(analysed, sample string, start int, span string) int {
	if start+len(span) <= len(analysed) && analysed[start:start+len(span)] == span {
		return start
	}
	best, bestD := -1, 1<<30
	for i := 0; ; {
		j := strings.Index(analysed[i:], span)
		if j < 0 {
			break
		}
		at := i + j
		if d := abs(at - start); d < bestD {
			best, bestD = at, d
		}
		i = at + 1
	}
	return best
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
