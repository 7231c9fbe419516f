package text

// Doc is a text read once by the text core: its tokens and sentences,
// shared by every extractor so that none tokenises again.
type Doc struct {
	Text      string
	Tokens    []Token
	Sentences []Sentence
	// sentenceOf[i] is the index of the sentence holding token i, or -1.
	sentenceOf []int
}

// Read tokenises and splits text. text should already be Normalize'd.
func Read(text string) *Doc {
	d := &Doc{Text: text, Tokens: Tokenize(text), Sentences: Sentences(text)}
	d.sentenceOf = make([]int, len(d.Tokens))
	s := 0
	for i, t := range d.Tokens {
		for s < len(d.Sentences) && d.Sentences[s].End <= t.Start {
			s++
		}
		d.sentenceOf[i] = -1
		if s < len(d.Sentences) && d.Sentences[s].Start <= t.Start {
			d.sentenceOf[i] = s
		}
	}
	return d
}

// SentenceOf returns the index of the sentence holding token i, or -1.
func (d *Doc) SentenceOf(i int) int { return d.sentenceOf[i] }

// SentenceTokens returns the range [from,to) of token indexes inside sentence s.
func (d *Doc) SentenceTokens(s int) (from, to int) {
	sent := d.Sentences[s]
	from = searchToken(d.Tokens, sent.Start)
	to = searchToken(d.Tokens, sent.End)
	return from, to
}

// TokenAt returns the index of the first token starting at or after byte off.
func (d *Doc) TokenAt(off int) int { return searchToken(d.Tokens, off) }

func searchToken(toks []Token, off int) int {
	lo, hi := 0, len(toks)
	for lo < hi {
		m := (lo + hi) / 2
		if toks[m].Start < off {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}
