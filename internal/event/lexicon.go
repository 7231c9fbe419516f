package event

import (
	"bufio"
	"embed"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

//go:embed data/types.tsv data/triggers.tsv data/cues.tsv
var dataFS embed.FS

// Trigger is one line of the trigger lexicon.
type Trigger struct {
	// Words are the trigger's words as written; the first one inflects as POS says.
	Words []string
	// Type is one of the 43 event types.
	Type string
	// Rank is 2 for a trigger that names the incident, 1 for a weak one, 3
	// for one that refines its group (riot).
	Rank int
	// POS is V (perfect verb stem), I (imperfect stem), N (noun) or X (exact).
	POS string
	// Cond is "" or "if:NAME" / "not:NAME", NAME a group or a cue class.
	Cond string
	// Attrs are attributes given to the event (platform, kind, phase, mode).
	Attrs map[string]string
}

// typeInfo is one row of the type table.
type typeInfo struct {
	Name   string
	Group  string
	PLOVER string
	Modes  []string
	ACLED  *model.ACLED
	Metric string
}

// entry is a trigger with its folded words and its place in the lexicon.
type entry struct {
	Trigger
	words []string
	order int
}

// key is one inflected form of a trigger's first word.
type key struct {
	e         *entry
	imperfect bool
}

// cueSet holds the words of one cue class.
type cueSet struct {
	single map[string]bool
	multi  [][]string
}

// lexicon is the read-only data of an Extractor.
type lexicon struct {
	types map[string]*typeInfo
	first map[string][]key
	cues  map[string]*cueSet
}

func mustRead(name string) string {
	b, err := dataFS.ReadFile(name)
	if err != nil {
		panic(fmt.Sprintf("event: embedded %s: %v", name, err))
	}
	return string(b)
}

// newLexicon builds the lexicon from the embedded files plus extra triggers.
func newLexicon(extra []Trigger) (*lexicon, error) {
	lx := &lexicon{types: map[string]*typeInfo{}, first: map[string][]key{}, cues: map[string]*cueSet{}}
	if err := lx.readTypes(mustRead("data/types.tsv")); err != nil {
		return nil, err
	}
	trig, err := ParseTriggers(strings.NewReader(mustRead("data/triggers.tsv")))
	if err != nil {
		return nil, fmt.Errorf("embedded triggers: %w", err)
	}
	for i, t := range append(trig, extra...) {
		if err := lx.addTrigger(t, i); err != nil {
			return nil, err
		}
	}
	if err := lx.readCues(mustRead("data/cues.tsv")); err != nil {
		return nil, err
	}
	return lx, nil
}

// tsvLines returns the non-comment lines of a TSV file split into fields,
// with their line numbers.
func tsvLines(r io.Reader, fields int) ([][]string, []int, error) {
	var out [][]string
	var nums []int
	sc := bufio.NewScanner(r)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != fields {
			return nil, nil, fmt.Errorf("line %d: %d fields, want %d", n, len(f), fields)
		}
		out = append(out, f)
		nums = append(nums, n)
	}
	return out, nums, sc.Err()
}

// ParseTriggers reads trigger lines in the format of data/triggers.tsv.
func ParseTriggers(r io.Reader) ([]Trigger, error) {
	rows, nums, err := tsvLines(r, 6)
	if err != nil {
		return nil, fmt.Errorf("read triggers: %w", err)
	}
	out := make([]Trigger, 0, len(rows))
	for i, f := range rows {
		rank, err := strconv.Atoi(f[2])
		if err != nil || rank < 1 || rank > 3 {
			return nil, fmt.Errorf("triggers line %d: rank %q is not 1, 2 or 3", nums[i], f[2])
		}
		t := Trigger{Words: strings.Fields(f[0]), Type: f[1], Rank: rank, POS: f[3], Cond: dash(f[4]), Attrs: parseAttrs(f[5])}
		if len(t.Words) == 0 || !strings.Contains("VINX", t.POS) || len(t.POS) != 1 {
			return nil, fmt.Errorf("triggers line %d: bad words or pos", nums[i])
		}
		out = append(out, t)
	}
	return out, nil
}

func dash(s string) string {
	if s == "-" {
		return ""
	}
	return s
}

func parseAttrs(s string) map[string]string {
	if dash(s) == "" {
		return nil
	}
	m := map[string]string{}
	for _, kv := range strings.Split(s, ",") {
		k, v, _ := strings.Cut(kv, "=")
		m[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return m
}

func (lx *lexicon) readTypes(src string) error {
	rows, _, err := tsvLines(strings.NewReader(src), 8)
	if err != nil {
		return fmt.Errorf("read types: %w", err)
	}
	for _, f := range rows[1:] { // the first row is the header
		ti := &typeInfo{Name: f[0], Group: f[1], PLOVER: dash(f[2]), Metric: dash(f[7])}
		if m := dash(f[3]); m != "" {
			ti.Modes = strings.Split(m, ",")
		}
		if dash(f[6]) != "" {
			ti.ACLED = &model.ACLED{DisorderType: f[4], EventType: f[5], SubEventType: f[6]}
		}
		lx.types[ti.Name] = ti
	}
	return nil
}

func (lx *lexicon) addTrigger(t Trigger, order int) error {
	if lx.types[t.Type] == nil {
		return fmt.Errorf("trigger %q: unknown type %q", strings.Join(t.Words, " "), t.Type)
	}
	e := &entry{Trigger: t, order: order}
	for _, w := range t.Words {
		e.words = append(e.words, text.Fold(w))
	}
	for _, f := range inflect(e.words[0], t.POS) {
		lx.first[f] = append(lx.first[f], key{e: e, imperfect: t.POS == "I"})
	}
	return nil
}

func (lx *lexicon) readCues(src string) error {
	rows, _, err := tsvLines(strings.NewReader(src), 2)
	if err != nil {
		return fmt.Errorf("read cues: %w", err)
	}
	for _, f := range rows {
		cs := lx.cues[f[0]]
		if cs == nil {
			cs = &cueSet{single: map[string]bool{}}
			lx.cues[f[0]] = cs
		}
		words := strings.Fields(text.Fold(f[1]))
		if len(words) == 1 {
			cs.single[words[0]] = true
		} else {
			cs.multi = append(cs.multi, words)
		}
	}
	return nil
}

// inflect returns the forms of a folded word for its part of speech.
func inflect(w, pos string) []string {
	out := []string{w}
	switch pos {
	case "V":
		for _, s := range []string{"ت", "وا", "و", "ا", "تا", "ن", "نا", "تم"} {
			out = append(out, w+s)
		}
	case "I":
		for _, p := range []string{"ي", "ت", "ن", "ا"} {
			for _, s := range []string{"", "ون", "ان", "ين", "وا", "و", "ن"} {
				out = append(out, p+w+s)
			}
		}
		out = out[1:] // the bare stem is not a word
	case "N":
		if b, ok := strings.CutSuffix(w, "ه"); ok && runeLen(b) >= 2 {
			out = append(out, b+"ات", b+"تين", b+"تان", b+"تي")
		} else {
			out = append(out, w+"ات", w+"ين", w+"ون", w+"ان", w+"ا", w+"ه")
		}
	}
	return out
}

func runeLen(s string) int { return len([]rune(s)) }
