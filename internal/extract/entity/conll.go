package entity

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/text"
)

// Sentence is one sentence of a CoNLL corpus: tokens and their BIO tags.
type Sentence struct {
	Tokens []string
	Tags   []string
}

// ReadCoNLL reads "token<TAB>tag" lines with a blank line between
// sentences. Tags are mapped to PER/LOC/ORG/MISC (PERS → PER, MIS* → MISC).
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	var out []Sentence
	var cur Sentence
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" {
			flush()
			continue
		}
		f := strings.Fields(line)
		if len(f) < 2 {
			return nil, fmt.Errorf("conll line %d: want token and tag", n)
		}
		cur.Tokens = append(cur.Tokens, f[0])
		cur.Tags = append(cur.Tags, NormTag(f[len(f)-1]))
	}
	flush()
	return out, sc.Err()
}

// NormTag maps a corpus tag to marsad's classes: PERS → PER, MIS/MIS0-3 →
// MISC; anything not B-/I- of a known class is O.
func NormTag(t string) string {
	if len(t) < 3 || (t[:2] != "B-" && t[:2] != "I-") {
		return "O"
	}
	c := t[2:]
	switch {
	case strings.HasPrefix(c, "PER"):
		c = "PER"
	case strings.HasPrefix(c, "MIS"):
		c = "MISC"
	case c == "LOC" || c == "ORG":
	default:
		return "O"
	}
	return t[:2] + c
}

// TokenOf makes a text.Token of a corpus token, as Tokenize would for a
// word (a corpus token may hold punctuation Tokenize would split).
func TokenOf(s string) text.Token {
	if toks := text.Tokenize(s); len(toks) == 1 && toks[0].Start == 0 && toks[0].End == len(s) {
		return toks[0]
	}
	norm := text.Fold(s)
	t := text.Token{End: len(s), Text: s, Kind: text.Punct, Norm: norm, Base: norm}
	for _, r := range s {
		if text.IsArabicLetter(r) {
			t.Kind = text.Word
			a := text.Analyze(norm)
			t.Prefix, t.Base, t.Suffix, t.Definite = a.Prefix, a.Base, a.Suffix, a.Definite
			break
		}
		if r < utf8.RuneSelf && (r >= '0' && r <= '9') {
			t.Kind = text.Number
		}
	}
	return t
}
