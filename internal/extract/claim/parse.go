package claim

import (
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// parse is the state of one Extract call.
type parse struct {
	e    *Extractor
	d    *text.Doc
	in   Input
	toks []text.Token
	// quotes are the document's quotations; quoteOf[i] is the index of the
	// innermost quote holding token i, or -1.
	quotes  []quote
	quoteOf []int
	// used marks tokens already read as a cue or speaker of a claim.
	used    []bool
	drafts  []*draft
	history []speakerInfo
}

// draft is a claim under construction.
type draft struct {
	c       model.Claim
	sent    int
	cueTok  int
	class   cueClass
	outlet  bool // the speaker is an outlet or agency
	viaTalk bool // a via named by "في حديث إلى"، "في تصريح لـ": the whole interview
	// viaRelay marks a relayed statement (نقلت الوكالة عن X): X's next
	// statements, by back-reference, came through the same channel.
	viaRelay bool
	// info is the resolved speaker, for later references to its documents.
	info speakerInfo
}

func newParse(e *Extractor, d *text.Doc, in Input) *parse {
	p := &parse{e: e, d: d, in: in, toks: d.Tokens}
	p.used = make([]bool, len(p.toks))
	p.quotes = findQuotes(d.Text)
	p.quoteOf = make([]int, len(p.toks))
	for i := range p.quoteOf {
		p.quoteOf[i] = -1
	}
	for qi, q := range p.quotes { // later quotes start later: the innermost wins
		s, e := q.inner()
		for i := d.TokenAt(s); i < len(p.toks) && p.toks[i].End <= e; i++ {
			p.quoteOf[i] = qi
		}
	}
	return p
}

// run finds every cue in text order and builds its claim.
func (p *parse) run() {
	for i := range p.toks {
		if p.used[i] || p.insideSpeech(i) || p.d.SentenceOf(i) < 0 {
			continue
		}
		if p.asHeSaid(i) {
			continue
		}
		if dr := p.inDocument(i); dr != nil {
			p.add(dr)
			continue
		}
		c, ok := lookupCue(p.toks[i])
		if !ok {
			continue
		}
		var dr *draft
		switch c.class {
		case verbCue:
			dr = p.verb(i, c)
		case relayCue:
			dr = p.relay(i)
		case accordingCue:
			dr = p.according(i)
		case accordingVerbCue:
			dr = p.accordingVerb(i)
		case participleCue:
			dr = p.participle(i)
		}
		if dr != nil {
			p.add(dr)
		}
	}
}

// insideSpeech reports whether token i is inside a quotation of more than
// four words: a cue there is the quoted speaker's own wording.
func (p *parse) insideSpeech(i int) bool {
	q := p.quoteOf[i]
	if q < 0 {
		return false
	}
	s, e := p.quotes[q].inner()
	return p.d.TokenAt(e)-p.d.TokenAt(s) > 4
}

// add records a draft and its speaker for later back-references.
func (p *parse) add(dr *draft) {
	if dr.c.Speaker == nil || dr.c.End <= dr.c.Start {
		return
	}
	p.drafts = append(p.drafts, dr)
}

// sentenceRange returns the token range of the sentence holding token i.
func (p *parse) sentenceRange(i int) (int, int) {
	s := p.d.SentenceOf(i)
	if s < 0 {
		return i, i + 1
	}
	return p.d.SentenceTokens(s)
}

// isPunct reports whether token i is the punctuation mark s.
func (p *parse) isPunct(i int, marks ...string) bool {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != text.Punct {
		return false
	}
	for _, m := range marks {
		if p.toks[i].Text == m {
			return true
		}
	}
	return false
}

func (p *parse) isComma(i int) bool { return p.isPunct(i, "،", ",") }

// isQuoteMark reports whether token i is a quotation mark.
func (p *parse) isQuoteMark(i int) bool { return p.isPunct(i, "\"", "«", "»", "“", "”") }

// word returns the folded form of token i, or "" for a non-word.
func (p *parse) word(i int) string {
	if i < 0 || i >= len(p.toks) || p.toks[i].Kind != text.Word {
		return ""
	}
	return p.toks[i].Norm
}

// in reports whether token i (without a leading و/ف) is in the set.
func (p *parse) inSet(i int, s set) bool {
	w := p.word(i)
	if w == "" {
		return false
	}
	if s[w] {
		return true
	}
	for _, pre := range []string{"و", "ف"} {
		if len(w) > len(pre)+2 && w[:len(pre)] == pre && s[w[len(pre):]] {
			return true
		}
	}
	return false
}

// span returns the byte span of tokens [from,to).
func (p *parse) span(from, to int) model.Span {
	return model.SpanOf(p.d.Text, p.toks[from].Start, p.toks[to-1].End)
}
