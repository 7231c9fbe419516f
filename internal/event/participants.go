package event

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// maxNP is the longest noun phrase taken as an actor or target, in words.
const maxNP = 3

// targetWindow is how far after the trigger a target cue (على، ضد) is looked for.
const targetWindow = 8

// participants finds the actor and target phrases of a draft by simple
// syntax, and the entities that overlap them:
//   - a verb's subject follows it (VSO: "تظاهر آلاف الطلاب"), or precedes an
//     imperfect verb ("الشرطة تفرق"); a count right after a verb of violence
//     is its victims ("قتل 15 شخصا"), hence the target;
//   - a noun's actor follows it with ل ("غارة للتحالف"); a killing noun's
//     genitive is its victim ("مقتل الصحفي");
//   - a target follows على، ضد or استهدف after the trigger;
//   - a participant noun (متظاهرين) is its own actor.
//
// With entities (the NER stage's), a phrase grows to cover the names it cuts
// (الرئيس التركي رجب → … رجب طيب أردوغان), and a person or organisation named
// right after a violent noun is its victim (اغتيال عماد مغنية).
func (x *Extractor) participants(d *text.Doc, s sentence, dr *draft, in Input) {
	actor, target := x.phrases(s, dr)
	if target.to == target.from && x.lx.types[dr.Type].Metric == "killed" && x.lx.types[dr.Type].Group == "violence" {
		target = x.namedVictim(s, dr, in.Entities)
	}
	if actor.to > actor.from {
		dr.ActorSpans = []model.Span{x.spanOf(d, s, x.growToEntities(s, actor, in.Entities))}
	}
	if target.to > target.from {
		dr.TargetSpans = []model.Span{x.spanOf(d, s, x.growToEntities(s, target, in.Entities))}
	}
	dr.Actors = overlapping(in.Entities, dr.ActorSpans)
	dr.Targets = overlapping(in.Entities, dr.TargetSpans)
}

// namedVictim is the person or organisation entity starting right after a
// nominal violent trigger (its genitive), or none.
func (x *Extractor) namedVictim(s sentence, dr *draft, ents []model.Entity) tokRange {
	if dr.entry.POS == "V" || dr.entry.POS == "I" || dr.to >= s.to {
		return tokRange{}
	}
	next := s.toks[dr.to]
	for _, e := range ents {
		if (e.Type == "PER" || e.Type == "ORG") && e.Start <= next.Start && next.Start < e.End {
			from, to := tokenRange(s.toks, e.Start, e.End)
			return tokRange{max(from, s.from), min(to, s.to)}
		}
	}
	return tokRange{}
}

// growToEntities extends a phrase to the ends of the person and
// organisation entities it overlaps, within the sentence.
func (x *Extractor) growToEntities(s sentence, r tokRange, ents []model.Entity) tokRange {
	if len(ents) == 0 {
		return r
	}
	first, last := s.toks[r.from], s.toks[r.to-1]
	for _, e := range ents {
		if e.Type != "PER" && e.Type != "ORG" || e.End <= first.Start || e.Start >= last.End {
			continue
		}
		from, to := tokenRange(s.toks, e.Start, e.End)
		r.from, r.to = max(s.from, min(r.from, from)), min(s.to, max(r.to, to))
	}
	return r
}

// tokRange is a range of tokens [from,to).
type tokRange struct{ from, to int }

func (x *Extractor) phrases(s sentence, dr *draft) (actor, target tokRange) {
	actor, target = x.syntaxPhrases(s, dr)
	if a := x.agentAfter(s, dr.to); a.to > a.from {
		actor = a
	}
	if actor.to == actor.from && dr.entry.POS != "V" && dr.entry.POS != "I" {
		actor = x.supportSubject(s, dr.from)
	}
	if actor.to == actor.from && x.lx.types[dr.Type].Group == "protest" {
		if i := x.lx.cueFind("protester", s.view, s.from, s.to); i >= 0 {
			actor = x.np(s, i) // the protesters named elsewhere in the sentence
		}
	}
	return actor, target
}

func (x *Extractor) syntaxPhrases(s sentence, dr *draft) (actor, target tokRange) {
	e := dr.entry
	violent := x.lx.types[dr.Type].Metric == "killed"
	if e.Attrs["self"] == "actor" {
		return tokRange{dr.from, dr.to}, x.targetAfter(s, dr.to)
	}
	after := x.skipFrom(s, dr.to)
	countFirst := x.countIn(s, dr.to, after+1)
	np := x.np(s, after)
	if len(e.words) > 1 && dr.to-dr.from > len(e.words) && (e.POS == "V" || e.POS == "I") {
		// a subject inside the trigger: "رفع المتظاهرون لافتات"
		inner := s
		inner.to = dr.to - 1 // the phrase ends before the trigger's last word
		if in := x.np(inner, x.skipFrom(inner, dr.from+1)); in.to > in.from {
			return in, x.targetAfter(s, dr.to)
		}
	}
	before := x.subjectBefore(s, dr.from)
	switch e.POS {
	case "V", "I":
		if before.to > before.from {
			return before, x.objectOrTarget(s, dr, np, violent)
		}
		if violent && countFirst {
			return tokRange{}, np
		}
		return np, x.targetAfter(s, max(np.to, dr.to))
	default:
		if strings.HasPrefix(s.toks[dr.from].Prefix, "ب") && before.to > before.from {
			return before, x.objectOrTarget(s, dr, np, violent) // قام مسلحون بخطف ...
		}
		if np.to > np.from && strings.HasPrefix(s.toks[np.from].Prefix, "ل") {
			return np, x.targetAfter(s, np.to)
		}
		if violent && e.Rank == 1 {
			return tokRange{}, np
		}
		return tokRange{}, x.targetAfter(s, dr.to)
	}
}

// subjectBefore is the noun phrase right before a trigger when it can be
// its subject: not after a preposition, not a time word.
func (x *Extractor) subjectBefore(s sentence, i int) tokRange {
	if i <= s.from || x.lx.cueAt("skip", s.view, i-1, s.to) > 0 {
		return tokRange{}
	}
	b := x.npBefore(s, i)
	if b.to == b.from || (b.from > s.from && x.lx.cueAt("prep", s.view, b.from-1, s.to) > 0) {
		return tokRange{}
	}
	for j := b.from; j < b.to; j++ {
		if _, ok := x.lx.matchAt(s, j); ok {
			return tokRange{}
		}
	}
	return b
}

// supportWindow is how far before a nominal trigger its support verb may be.
const supportWindow = 6

// supportSubject is the subject of a support verb before the nominal
// trigger at token i: after the verb ("نفذت القوات الأميركية ضربة جوية") or
// before it ("جنود أميركيون نفذوا الغارة").
func (x *Extractor) supportSubject(s sentence, i int) tokRange {
	for j := i - 1; j >= max(s.from, i-supportWindow); j-- {
		if s.toks[j].Kind == text.Punct {
			break
		}
		if x.lx.cueAt("support", s.view, j, s.to) == 0 {
			continue
		}
		if after := x.np(s, x.skipFrom(s, j+1)); after.to > after.from && after.to <= i {
			return after
		}
		return x.subjectBefore(s, j)
	}
	return tokRange{}
}

// agentWindow is how far after the trigger an agent cue (شنه، على يد) is looked for.
const agentWindow = 15

// agentAfter finds the actor named after an agent cue (على يد، شنه) following token i.
func (x *Extractor) agentAfter(s sentence, i int) tokRange {
	end := min(s.to, i+agentWindow)
	for j := i; j < end; j++ {
		if s.toks[j].Kind == text.Punct {
			break
		}
		if n := x.lx.cueAt("agent", s.view, j, s.to); n > 0 {
			return x.np(s, x.skipFrom(s, j+n))
		}
	}
	return tokRange{}
}

// countIn reports whether tokens [from,to) hold a number or a count word.
func (x *Extractor) countIn(s sentence, from, to int) bool {
	for i := from; i < min(to, s.to); i++ {
		if s.toks[i].Kind == text.Number {
			return true
		}
	}
	return isQuantityWord(x, s, from, min(to, s.to))
}

// objectOrTarget is a verb's target when its subject came before it.
func (x *Extractor) objectOrTarget(s sentence, dr *draft, np tokRange, violent bool) tokRange {
	if t := x.targetAfter(s, dr.to); t.to > t.from {
		return t
	}
	if violent {
		return np
	}
	return tokRange{}
}

// isQuantityWord reports whether the skipped words hold a count word (آلاف، عشرات).
func isQuantityWord(x *Extractor, s sentence, from, to int) bool {
	for i := from; i < to; i++ {
		switch s.toks[i].Base {
		case "الاف", "الف", "مئات", "عشرات", "مئه", "مائه", "عدد", "العديد":
			return true
		}
	}
	return false
}

// skipFrom returns the first token at or after i that is not a time word,
// hedge or number.
func (x *Extractor) skipFrom(s sentence, i int) int {
	for i < s.to {
		if s.toks[i].Kind == text.Number {
			i++
			continue
		}
		n := x.lx.cueAt("skip", s.view, i, s.to)
		if n == 0 {
			break
		}
		i += n
	}
	return i
}

// np reads a noun phrase of at most maxNP words from token i.
func (x *Extractor) np(s sentence, i int) tokRange {
	r := tokRange{i, i}
	for j := i; j < s.to && j-i < maxNP; j++ {
		t := s.toks[j]
		if t.Kind != text.Word || x.lx.cueAt("stop", s.view, j, s.to) > 0 {
			break
		}
		if j > i && (strings.HasPrefix(t.Prefix, "و") || accusative(t)) {
			break
		}
		if _, ok := x.lx.matchAt(s, j); ok && j > i {
			break
		}
		r.to = j + 1
	}
	return r
}

// npBefore reads the noun phrase ending right before token i.
func (x *Extractor) npBefore(s sentence, i int) tokRange {
	r := tokRange{i, i}
	for j := i - 1; j >= s.from && i-j <= maxNP; j-- {
		t := s.toks[j]
		if t.Kind != text.Word || x.lx.cueAt("stop", s.view, j, s.to) > 0 {
			break
		}
		r.from = j
		if strings.HasPrefix(t.Prefix, "و") || strings.HasPrefix(t.Prefix, "ف") {
			break
		}
	}
	return r
}

// targetAfter finds the phrase after a target cue following token i.
func (x *Extractor) targetAfter(s sentence, i int) tokRange {
	end := min(s.to, i+targetWindow)
	for j := i; j < end; j++ {
		if s.toks[j].Kind == text.Punct {
			break
		}
		if n := x.lx.cueAt("target", s.view, j, s.to); n > 0 {
			return x.np(s, x.skipFrom(s, j+n))
		}
	}
	return tokRange{}
}

// spanOf is the text span of a token range, without the first word's
// conjunction or preposition (the article stays).
func (x *Extractor) spanOf(d *text.Doc, s sentence, r tokRange) model.Span {
	start := stripProclitic(s.toks[r.from], d.Text)
	return model.SpanOf(d.Text, start, s.toks[r.to-1].End)
}

// stripProclitic returns where token t starts once its proclitics other
// than the article are skipped.
func stripProclitic(t text.Token, txt string) int {
	n := runeLen(t.Prefix)
	switch {
	case t.Prefix == "لل":
		n = 2
	case strings.HasSuffix(t.Prefix, "ال"):
		n -= 2
	}
	i := t.Start
	for n > 0 && i < t.End {
		r, size := utf8.DecodeRuneInString(txt[i:])
		i += size
		if _, keep := text.FoldRune(r); keep {
			n--
		}
	}
	for i < t.End {
		r, size := utf8.DecodeRuneInString(txt[i:])
		if _, keep := text.FoldRune(r); keep {
			break
		}
		i += size
	}
	if i >= t.End {
		return t.Start
	}
	return i
}

// overlapping returns the indexes of entities overlapping any of the spans.
func overlapping(ents []model.Entity, spans []model.Span) []int {
	out := []int{}
	for i, e := range ents {
		for _, sp := range spans {
			if e.Span.Overlaps(sp) {
				out = append(out, i)
				break
			}
		}
	}
	return out
}

// accusative reports whether a word is an indefinite noun with the
// accusative alif (ضابطا), which starts a verb's object, not its subject.
func accusative(t text.Token) bool {
	return !t.Definite && t.Prefix == "" && runeLen(t.Norm) > 3 && strings.HasSuffix(t.Norm, "ا") && !strings.HasSuffix(t.Norm, "يا") && !strings.HasSuffix(t.Norm, "كا")
}
