package text

import (
	"unicode"
	"unicode/utf8"
)

// Kind is what a token is made of.
type Kind uint8

// Token kinds.
const (
	Word   Kind = iota // Arabic letters (with their marks and tatweel)
	Number             // digits, with separators between them: 3,000 ٣٬٠٠٠ 1.5
	Latin              // Latin letters and digits mixed: F-16 is Latin, "-", Number
	Punct              // one punctuation mark or symbol
)

func (k Kind) String() string {
	return [...]string{"word", "number", "latin", "punct"}[k]
}

// Token is one token of a text with its byte offsets and its matching forms.
// For a word, Norm is Fold(Text); Prefix, Base and Suffix split it into the
// proclitics (و ف ب ك ل ال and their combinations), the base and a common
// enclitic, all in the matching form. Text, Start and End always describe the
// original bytes.
type Token struct {
	Start  int    `json:"start"`
	End    int    `json:"end"`
	Text   string `json:"text"`
	Kind   Kind   `json:"kind"`
	Norm   string `json:"norm"`
	Prefix string `json:"prefix,omitempty"`
	Base   string `json:"base"`
	Suffix string `json:"suffix,omitempty"`
	// Definite is true when the prefix holds the article ال.
	Definite bool `json:"definite,omitempty"`
}

// Tokenize splits text into tokens: Arabic words, numbers, Latin words and
// single punctuation marks. Spaces separate tokens and are not returned. A
// clitic written before a digit (بـ3، و300، لـ24) is a word token of its own.
func Tokenize(text string) []Token {
	var out []Token
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case unicode.IsSpace(r):
			i += n
		case IsArabicLetter(r):
			out = append(out, makeWord(text, i, scanWhile(text, i, IsArabicLetter)))
			i = out[len(out)-1].End
		case IsDigit(r):
			out = append(out, makeToken(text, i, scanNumber(text, i), Number))
			i = out[len(out)-1].End
		case isLatinWord(r):
			out = append(out, makeToken(text, i, scanWhile(text, i, isLatinWord), Latin))
			i = out[len(out)-1].End
		default:
			out = append(out, makeToken(text, i, i+n, Punct))
			i += n
		}
	}
	return out
}

func isLatinWord(r rune) bool {
	return r < 0x250 && unicode.IsLetter(r)
}

func scanWhile(text string, i int, ok func(rune) bool) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !ok(r) {
			break
		}
		i += n
	}
	return i
}

// scanNumber reads digits and the separators between them (. , ٫ ٬ and a
// thin or no-break space is not included).
func scanNumber(text string, i int) int {
	for {
		i = scanWhile(text, i, IsDigit)
		if i >= len(text) {
			return i
		}
		r, n := utf8.DecodeRuneInString(text[i:])
		if r != '.' && r != ',' && r != ArabicDecimal && r != ArabicThousands {
			return i
		}
		next, _ := utf8.DecodeRuneInString(text[i+n:])
		if i+n >= len(text) || !IsDigit(next) {
			return i
		}
		i += n
	}
}

func makeToken(text string, s, e int, k Kind) Token {
	surface := text[s:e]
	norm := Fold(surface)
	return Token{Start: s, End: e, Text: surface, Kind: k, Norm: norm, Base: norm}
}

func makeWord(text string, s, e int) Token {
	t := makeToken(text, s, e, Word)
	a := Analyze(t.Norm)
	if a.Definite && hamzaAlefAt(t.Text, runeLen(a.Prefix)-2) {
		a = analyze(t.Norm, false) // ألوية، إلى: the alef carries a hamza, so it is no article
	}
	t.Prefix, t.Base, t.Suffix, t.Definite = a.Prefix, a.Base, a.Suffix, a.Definite
	return t
}

// hamzaAlefAt reports whether the k-th letter of a word, counted as the
// matching form counts them (harakat and tatweel skipped), is an alef with
// a hamza or madda.
func hamzaAlefAt(word string, k int) bool {
	i := 0
	for _, r := range word {
		if _, keep := FoldRune(r); !keep {
			continue
		}
		if i == k {
			return r == AlefHamzaAbove || r == AlefHamzaBelow || r == AlefMadda
		}
		i++
	}
	return false
}

// Forms returns the matching forms a lexicon lookup should try for the
// token, the whole word first; see Forms.
func (t Token) Forms() []string {
	if t.Kind != Word {
		return []string{t.Norm}
	}
	return Forms(t.Norm)
}
