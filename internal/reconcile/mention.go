package reconcile

import (
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// window is how many tokens on each side of a figure, inside its sentence,
// are read for its predicate and scope.
const window = 12

// mention is one figure of one document with what the comparison needs:
// its topic key parts, its figure and its attribution.
type mention struct {
	doc      int // index into the story's documents
	quantity int // index into the document's quantities
	claim    *int
	q        model.Quantity

	predicate string
	subject   string // unit, refined: women, or the counted noun for things
	place     string
	holder    string // for shares of territory: the side holding it
	update    bool   // the text says it updates an earlier figure
	period    bool   // a toll over a stated period ("منذ 18 شباط"), not of one event
	planned   bool   // a deal or plan provides for it (see plannedWords)

	fig Figure
}

// mentions reads every quantity of a document into mentions.
func mentions(di int, a model.Analysis, published time.Time, placeWeight map[string]int) []mention {
	if len(a.Quantities) == 0 {
		return nil
	}
	d := text.Read(a.Text)
	claimOf := claimIndex(a)
	out := make([]mention, 0, len(a.Quantities))
	for qi, q := range a.Quantities {
		if q.Start < 0 || q.End > len(a.Text) || q.Start > q.End || a.Text[q.Start:q.End] != q.Text {
			continue // a span that does not point into the text is not read
		}
		if !nounInSpan(q) {
			continue // what it counts was guessed from elsewhere: no topic to align
		}
		if q.Kind == "part" {
			continue // "11 منهم": a part of a group counted before, not a total to compare
		}
		if partOfGroup(d, q) {
			u := restatedAs(d, q)
			if u == "" {
				continue // "38 من العمال"، "قتلت 20 شخصا على الفور": a part, not a total
			}
			q.Unit = u // "27 من بين القتلى هم من المدنيين": the civilians killed
		}
		m := mention{doc: di, quantity: qi, q: q, fig: FigureOf(q)}
		if c, ok := claimOf[qi]; ok {
			m.claim = &c
		}
		m.read(d, a, placeWeight)
		m.fig.Time, m.fig.Update = published, m.update
		out = append(out, m)
	}
	return out
}

// nounInSpan reports whether a figure of things (not people, not a share)
// has a word among its own: a bare number ("11") given the noun of a
// nearby word counts nothing one can align.
func nounInSpan(q model.Quantity) bool {
	if peopleUnits[q.Unit] || q.Unit == "percent" || q.Noun == "" {
		return true
	}
	for _, t := range text.Tokenize(q.Text) {
		if t.Kind == text.Word {
			return true
		}
	}
	return false
}

// claimIndex maps a quantity index to the first claim that carries it.
func claimIndex(a model.Analysis) map[int]int {
	m := map[int]int{}
	for ci, c := range a.Claims {
		for _, qi := range c.Quantities {
			if _, ok := m[qi]; !ok {
				m[qi] = ci
			}
		}
	}
	return m
}

// read fills the topic parts of m from the words around its figure.
func (m *mention) read(d *text.Doc, a model.Analysis, placeWeight map[string]int) {
	from, to := d.TokenAt(m.q.Start), d.TokenAt(m.q.End)
	sFrom, sTo := 0, len(d.Tokens)
	if from < len(d.Tokens) {
		if s := d.SentenceOf(from); s >= 0 {
			sFrom, sTo = d.SentenceTokens(s)
		}
	}
	lo, hi := max(sFrom, from-window), min(sTo, to+window)
	if peopleUnits[m.q.Unit] || m.q.Unit == "percent" {
		m.predicate = nearest(d.Tokens, from, to, lo, hi, predicateOf)
	}
	m.subject = subjectOf(m.q, d.Tokens[from:min(to+3, sTo)])
	if d := designatorAfter(d.Tokens[from:min(to+designatorReach, sTo)], to-from); d != "" && !strings.Contains(m.subject, ":"+d) {
		m.subject += ":" + d
	}
	m.update = risesTo(d.Tokens[lo:from])
	m.planned = anyIn(d.Tokens[sFrom:from], plannedWords)
	m.period = (m.predicate == Killed || m.predicate == Wounded) && overPeriod(d.Tokens[lo:hi])
	if m.q.Unit == "percent" {
		m.holder = holderOf(d.Tokens, from, to, sFrom, sTo)
	}
	if sFrom < sTo && m.q.Unit != "percent" {
		m.place = placeIn(a, d, d.Tokens[sFrom].Start, d.Tokens[sTo-1].End, m.q, placeWeight)
	}
}

// nearest returns the first non-empty key of the tokens nearest to the
// figure [from,to), searching inside it first, then outwards in [lo,hi),
// before the figure winning ties.
func nearest(toks []text.Token, from, to, lo, hi int, key func(text.Token) string) string {
	for i := from; i < to && i < len(toks); i++ {
		if k := key(toks[i]); k != "" {
			return k
		}
	}
	for dist := 1; from-dist >= lo || to-1+dist < hi; dist++ {
		if i := from - dist; i >= lo {
			if k := key(toks[i]); k != "" {
				return k
			}
		}
		if i := to - 1 + dist; i < hi {
			if k := key(toks[i]); k != "" {
				return k
			}
		}
	}
	return ""
}

func anyIn(toks []text.Token, m map[string]bool) bool {
	for _, t := range toks {
		if inSet(t, m) {
			return true
		}
	}
	return false
}

// risesTo reports whether the words before a figure say it is an update:
// a verb of rising, then "إلى" right before the figure.
func risesTo(before []text.Token) bool {
	n := len(before)
	if n < 2 {
		return false
	}
	to := false
	for _, t := range before[max(0, n-3):] {
		if t.Norm == "الي" {
			to = true
		}
	}
	return to && anyIn(before, riseWords)
}

// peopleUnits are the units that count people; their subject is the unit,
// refined to women when the counted noun says so.
var peopleUnits = map[string]bool{
	"people": true, "civilians": true, "fighters": true, "soldiers": true, "children": true, "families": true,
}

// subjectOf returns what a figure counts: its unit, "women" for a count of
// women, and for things the stem of the counted noun and a model designator
// that follows it (F-16 and F-15 are two topics).
func subjectOf(q model.Quantity, toks []text.Token) string {
	noun := text.Fold(q.Noun)
	if noun == "" {
		for _, t := range toks {
			if t.Kind == text.Word && t.Start >= q.Start && t.End <= q.End {
				noun = t.Base
			}
		}
	}
	if peopleUnits[q.Unit] {
		if womenNouns[noun] || q.Unit == "people" && anyIn(toks, womenNouns) {
			return "women"
		}
		return q.Unit
	}
	s := q.Unit
	if noun != "" {
		s += ":" + text.Stem(noun)
	}
	if d := designator(toks); d != "" {
		s += ":" + d
	}
	return s
}

// designator finds a model name such as F-16 or أف-15 in the tokens: a
// Latin or Arabic letter word, a hyphen, and a number.
func designator(toks []text.Token) string {
	for i := 0; i+2 < len(toks); i++ {
		if toks[i+1].Text == "-" && toks[i+2].Kind == text.Number && toks[i].Kind != text.Punct {
			name := strings.TrimPrefix(toks[i].Norm, "ا")
			if name == "ف" {
				name = "f"
			}
			return name + toks[i+2].Norm
		}
	}
	return ""
}

// placeIn returns the place a figure is about, among the place mentions
// of its sentence [start,end): the one the most documents of the story
// name (in "سوق مدينة أريحا جنوب إدلب", أريحا when the story is about
// أريحا), ties going to the first after the figure ("قتل 50 مدنيا في
// دمشق"), else the nearest before it. A place given as a source's seat
// ("ومقره بريطانيا") is not one, nor is a place that leads or backs an
// operation ("بقيادة تركيا").
func placeIn(a model.Analysis, d *text.Doc, start, end int, q model.Quantity, weight map[string]int) string {
	best, bestW, bestRank := "", -1, 0
	for _, p := range a.Places {
		if p.Start < start || p.End > end || p.Start < 0 || seat(d, p.Start) || actor(d, p.Start) || p.Kind == "landmark" {
			continue // a landmark is inside a town: it says no more than the story's place
		}
		// rank orders the ties: after the figure, nearest first; then before it, nearest first.
		var rank int
		switch {
		case p.Start >= q.End:
			rank = p.Start - q.End
		case p.End <= q.Start:
			rank = end + q.Start - p.End
		default:
			continue
		}
		w := weight[text.Fold(placeName(p))]
		if w > bestW || w == bestW && rank < bestRank {
			best, bestW, bestRank = placeName(p), w, rank
		}
	}
	return best
}

// actor reports whether the word before offset off makes the place an
// actor: "بقيادة تركيا"، "بدعم روسي" (led or backed by it).
func actor(d *text.Doc, off int) bool {
	i := d.TokenAt(off)
	if i == 0 || i > len(d.Tokens) {
		return false
	}
	return inSet(d.Tokens[i-1], actorWords)
}

// seat reports whether the word before offset off is "مقر" (its seat).
func seat(d *text.Doc, off int) bool {
	i := d.TokenAt(off)
	if i == 0 || i > len(d.Tokens) {
		return false
	}
	return inSet(d.Tokens[i-1], seatWords)
}

func placeName(p model.Place) string {
	if p.Name != "" {
		return p.Name
	}
	return p.Text
}

// holderOf returns the side holding a share of territory: an actor named
// between the figure and the verb of control before it, or just before that
// verb, up to six words before it ("تسيطر قسد على 90%"، "داعش يسيطر على
// 10%"، "مسلحي جماعة سرايا الظل لا يزالون يسيطرون على 20%"); else one after "تحت
// سيطرة". With no verb of control before the figure, only the four words
// before it are read.
func holderOf(toks []text.Token, from, to, sFrom, sTo int) string {
	limit := max(sFrom, from-4)
	for i := from - 1; i >= max(sFrom, from-window) && i >= limit; i-- {
		if h := lookup(toks[i], holders); h != "" {
			return h
		}
		if predicateOf(toks[i]) == Controlled {
			limit = max(sFrom, i-6)
		}
	}
	for i := to; i < min(sTo, to+6); i++ {
		if inSet(toks[i], underWords) {
			for j := i + 1; j < min(sTo, i+4); j++ {
				if h := lookup(toks[j], holders); h != "" {
					return h
				}
			}
		}
	}
	return ""
}
