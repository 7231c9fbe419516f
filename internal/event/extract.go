package event

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// Options configures an Extractor.
type Options struct {
	// Triggers are added to the embedded lexicon (see ParseTriggers).
	Triggers []Trigger
	// HistoricalAfter is how long before publication an event's date must
	// lie for the event to be historical; 0 means a month (31 days): what
	// happened a month or more before a report is its background, as ACLED
	// and the annotators of news2018 read it.
	HistoricalAfter time.Duration
	// NoMerge keeps one record per trigger sentence instead of merging the
	// records of one incident across the document.
	NoMerge bool
}

// Input is what the other stages found in the document; every index of the
// returned events points into these slices. All may be empty: the extractor
// then works from the text alone (actor and target spans, publication date).
type Input struct {
	Entities   []model.Entity
	Places     []model.Place
	Quantities []model.Quantity
	Times      []model.Time
	Claims     []model.Claim
	Published  time.Time
}

// Extractor finds events. It is safe for concurrent use.
type Extractor struct {
	lx   *lexicon
	opts Options
}

// New returns an Extractor; it fails when opts.Triggers name an unknown type.
func New(opts Options) (*Extractor, error) {
	lx, err := newLexicon(opts.Triggers)
	if err != nil {
		return nil, fmt.Errorf("event: %w", err)
	}
	if opts.HistoricalAfter == 0 {
		opts.HistoricalAfter = 31 * 24 * time.Hour
	}
	return &Extractor{lx: lx, opts: opts}, nil
}

// MustNew is New for options known to be valid (the embedded lexicon alone).
func MustNew(opts Options) *Extractor {
	x, err := New(opts)
	if err != nil {
		panic(err)
	}
	return x
}

// Validate checks triggers against the type vocabulary.
func Validate(ts []Trigger) error {
	_, err := newLexicon(ts)
	return err
}

// Types returns the 43 type names of the vocabulary, sorted.
func Types() []string {
	lx, err := newLexicon(nil)
	if err != nil {
		panic(err)
	}
	names := make([]string, 0, len(lx.types))
	for n := range lx.types {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// draft is an event being built, with where it was found.
type draft struct {
	model.Event
	sent      int
	from, to  int // trigger tokens
	entry     *entry
	future    bool
	paragraph int
	lastPara  int  // the paragraph of the last mention merged in
	definite  bool // the trigger's first word has the article
}

// Extract returns the events of a document, in text order.
func (x *Extractor) Extract(d *text.Doc, in Input) []model.Event {
	v := newView(d.Tokens)
	var drafts []*draft
	for si := range d.Sentences {
		from, to := d.SentenceTokens(si)
		s := sentence{view: v, from: from, to: to, index: si}
		ds := x.resolve(s, x.lx.matches(s))
		for _, dr := range ds {
			dr.paragraph = d.Sentences[si].Paragraph
			dr.lastPara = dr.paragraph
			x.describe(d, s, dr, in)
		}
		x.linkQuantities(d, s, ds, in)
		for _, dr := range ds {
			x.victimsFromCount(d, s, dr, in)
			if dr.entry.Attrs["generic"] == "1" && sameSpans(dr.ActorSpans, dr.TargetSpans) {
				dr.ActorSpans, dr.Actors = nil, []int{} // "قتل عنصران": the victims, not the killers
			}
		}
		for _, dr := range ds {
			if !inName(dr, in.Entities) {
				drafts = append(drafts, dr)
			}
		}
	}
	if !x.opts.NoMerge {
		drafts = merge(d, drafts, in, x.lx.types)
	}
	out := make([]model.Event, 0, len(drafts))
	for _, dr := range drafts {
		out = append(out, dr.Event)
	}
	return out
}

// pick is the reading chosen for one match.
type pick struct {
	m match
	c cand
}

// resolve turns a sentence's matches into drafts: conditions are checked,
// weak triggers give way to strong ones of their group, and each type
// yields one draft per sentence.
func (x *Extractor) resolve(s sentence, ms []match) []*draft {
	if len(ms) == 0 {
		return nil
	}
	picks, best := x.pickAll(s, ms)
	remote := false
	for _, p := range picks {
		if a := x.lx.types[p.c.e.Type].ACLED; a != nil && a.EventType == "Explosions/Remote violence" && p.c.e.Rank >= best["violence"] {
			remote = true
		}
	}
	_, protest := best["protest"]
	var out []*draft
	seen := map[string]bool{}
	for _, p := range picks {
		typ := p.c.e.Type
		if p.c.e.Rank < best[x.lx.types[typ].Group] || (remote && typ == "attack_on_civilians") || seen[typ] || (protest && protestAim[typ]) {
			continue // a weak trigger, a killing by the remote weapon named beside it, a repeat, or what protesters demand or denounce
		}
		seen[typ] = true
		dr := &draft{sent: s.index, from: p.m.from, to: p.c.to, entry: p.c.e, future: p.m.future, definite: s.toks[p.m.from].Definite}
		dr.Type = typ
		out = append(out, dr)
	}
	return out
}

// sameSpans reports whether two span lists share a span.
func sameSpans(a, b []model.Span) bool {
	for _, x := range a {
		for _, y := range b {
			if x.Start == y.Start && x.End == y.End {
				return true
			}
		}
	}
	return false
}

// protestAim are the interactions that, beside a protest, say what the
// protesters want or denounce (تظاهروا تنديدا بـ، تأييدا لـ، رفضا لـ): the
// protest's content, not events of their own.
var protestAim = map[string]bool{"political.ACCUSE": true, "political.SUPPORT": true, "political.REJECT": true, "political.REQUEST": true}

// pickAll chooses each match's reading, the first whose condition holds,
// and returns the highest rank seen in each group.
func (x *Extractor) pickAll(s sentence, ms []match) ([]pick, map[string]int) {
	groups := map[string]bool{}
	for _, m := range ms {
		for _, c := range m.cands {
			if c.e.Cond == "" {
				groups[x.lx.types[c.e.Type].Group] = true
				break
			}
		}
	}
	var picks []pick
	best := map[string]int{}
	for _, m := range ms {
		for _, c := range m.cands {
			if x.condHolds(c.e.Cond, groups, s) {
				picks = append(picks, pick{m, c})
				g := x.lx.types[c.e.Type].Group
				best[g] = max(best[g], c.e.Rank)
				break
			}
		}
	}
	return picks, best
}

func (x *Extractor) condHolds(cond string, groups map[string]bool, s sentence) bool {
	if cond == "" {
		return true
	}
	neg := false
	name := cond
	switch {
	case len(cond) > 3 && cond[:3] == "if:":
		name = cond[3:]
	case len(cond) > 4 && cond[:4] == "not:":
		name, neg = cond[4:], true
	}
	present := false
	for _, n := range strings.Split(name, "|") {
		present = present || groups[n] || x.lx.cueIn(n, s.view, s.from, s.to)
	}
	return present != neg
}

// describe fills a draft's trigger, classes, realis, participants, claim,
// place and date.
func (x *Extractor) describe(d *text.Doc, s sentence, dr *draft, in Input) {
	tf, tl := s.toks[dr.from], s.toks[dr.to-1]
	dr.Start, dr.End, dr.Trigger = tf.Start, tl.End, d.Text[tf.Start:tl.End]
	dr.Actors, dr.Targets, dr.Quantities = []int{}, []int{}, []int{}
	dr.Realis, dr.Status = x.realis(s, dr)
	x.participants(d, s, dr, in)
	x.retype(s, dr)
	ti := x.lx.types[dr.Type]
	dr.PLOVER = ti.PLOVER
	dr.PLOVERModes = ti.Modes
	if m := dr.entry.Attrs["mode"]; m != "" {
		dr.PLOVERModes = []string{m}
	}
	dr.Attrs = attrsOf(dr.entry.Attrs)
	dr.Claim = claimOf(d, dr, in.Claims)
	x.place(d, dr, in)
	x.date(d, s, dr, in)
	dr.ACLED = x.acled(s, dr, ti)
}

// retype refines a generic killing or attack by its participants: against
// fighters or soldiers it is a clash, by protesters a riot.
func (x *Extractor) retype(s sentence, dr *draft) {
	if dr.Type != "armed_clash" && dr.entry.Attrs["generic"] != "1" {
		return
	}
	if x.spansHave(s, dr.ActorSpans, "protest") {
		dr.Type = "riot"
		return
	}
	if dr.Type == "armed_clash" {
		return
	}
	switch {
	case x.lx.cueIn("fighter", s.view, s.from, s.to) && !x.spansHave(s, dr.TargetSpans, "civilian"):
		dr.Type = "armed_clash"
	case x.spansHave(s, dr.TargetSpans, "combatant"):
		dr.Type = "armed_clash"
	case len(dr.TargetSpans) == 0 && (x.combatantOutsideActor(s, dr) || x.passiveCombatant(s, dr)) && !x.lx.cueIn("civilian", s.view, s.from, s.to):
		dr.Type = "armed_clash"
	}
}

// passiveCombatant reports whether fighters or soldiers are what a killing
// verb is said of right after it, with no victim named otherwise ("قُتل
// عنصران من قواتنا": the passive, unwritten in unvowelled text).
func (x *Extractor) passiveCombatant(s sentence, dr *draft) bool {
	if dr.entry.POS != "V" || dr.to >= s.to {
		return false
	}
	n := x.lx.cueAt("combatant", s.view, dr.to, s.to)
	if n == 0 {
		return false
	}
	k := dr.to + n
	if k >= s.to || s.toks[k].Kind == text.Punct || strings.HasPrefix(s.toks[k].Prefix, "و") || strings.HasPrefix(s.toks[k].Prefix, "ب") {
		return true
	}
	switch s.toks[k].Base {
	case "من", "في", "خلال", "جراء", "اثر", "امس", "اليوم":
		return true
	}
	return false // "قتل مسلحون مجهولون صاحب متجر": an active verb and its object
}

// combatantOutsideActor reports whether fighters or soldiers are named in the
// sentence outside the actor phrase.
func (x *Extractor) combatantOutsideActor(s sentence, dr *draft) bool {
	for i := s.from; i < s.to; i++ {
		if x.lx.cueAt("combatant", s.view, i, s.to) == 0 {
			continue
		}
		inActor := false
		for _, sp := range dr.ActorSpans {
			inActor = inActor || (s.toks[i].Start >= sp.Start && s.toks[i].End <= sp.End)
		}
		if !inActor {
			return true
		}
	}
	return false
}

// spansHave reports whether a cue of the class occurs inside one of the spans.
func (x *Extractor) spansHave(s sentence, spans []model.Span, class string) bool {
	for _, sp := range spans {
		from, to := tokenRange(s.toks, sp.Start, sp.End)
		if x.lx.cueIn(class, s.view, from, to) {
			return true
		}
	}
	return false
}

// attrsOf copies the attributes an event carries, without lexicon flags.
func attrsOf(a map[string]string) map[string]string {
	var out map[string]string
	for k, v := range a {
		if k == "generic" || k == "mode" || k == "self" || k == "indef" {
			continue
		}
		if out == nil {
			out = map[string]string{}
		}
		out[k] = v
	}
	return out
}

// acled derives the ACLED classification; nil when ACLED does not code the type.
func (x *Extractor) acled(s sentence, dr *draft, ti *typeInfo) *model.ACLED {
	if ti.ACLED == nil {
		return nil
	}
	a := *ti.ACLED
	if dr.Type == "territory_capture" && x.stateActor(s, dr) {
		a.SubEventType = "Government regains territory"
	}
	return &a
}

// stateActor reports whether an actor phrase of the draft names state forces.
func (x *Extractor) stateActor(s sentence, dr *draft) bool {
	return x.spansHave(s, dr.ActorSpans, "state")
}

// tokenRange returns the tokens [from,to) inside the byte range.
func tokenRange(toks []text.Token, start, end int) (int, int) {
	from := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= start })
	to := sort.Search(len(toks), func(i int) bool { return toks[i].Start >= end })
	return from, to
}

// inName reports a trigger that is a word of a name («هيئة تحرير الشام»،
// «منظمة التحرير»): a name says nothing happened.
func inName(dr *draft, ents []model.Entity) bool {
	for _, e := range ents {
		if e.Type != "LOC" && e.Start <= dr.Start && dr.End <= e.End && e.End-e.Start > dr.End-dr.Start {
			return true
		}
	}
	return false
}
