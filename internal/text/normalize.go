package text

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Normalize prepares raw input to become an article's text, the string all
// offsets point into. It composes to NFC, folds Arabic presentation forms
// (U+FB50–U+FDFF, U+FE70–U+FEFF) to the letters they draw, turns CRLF and CR
// into LF, removes the byte-order mark and control characters other than
// newline and tab, and turns non-breaking and other spaces into a plain space.
// It keeps harakat, tatweel, hamza forms and digits: those are the matching
// form's business (Fold), never the text's.
func Normalize(raw string) string {
	if !utf8.ValidString(raw) {
		raw = strings.ToValidUTF8(raw, "\uFFFD")
	}
	var b strings.Builder
	b.Grow(len(raw))
	for i := 0; i < len(raw); {
		r, n := utf8.DecodeRuneInString(raw[i:])
		i += n
		switch {
		case r == '\r':
			b.WriteByte('\n')
			if i < len(raw) && raw[i] == '\n' {
				i++
			}
		case r == '\n' || r == '\t':
			b.WriteRune(r)
		case r == ByteOrderMark || r == LeftToRightMark || r == RightToLeftMark:
		case r >= '\u202A' && r <= '\u202E', r >= '\u2066' && r <= '\u2069':
		case unicode.IsControl(r):
		case r != ' ' && unicode.Is(unicode.Zs, r):
			b.WriteByte(' ')
		case isPresentationForm(r):
			b.WriteString(norm.NFKC.String(string(r)))
		default:
			b.WriteRune(r)
		}
	}
	return norm.NFC.String(b.String())
}

func isPresentationForm(r rune) bool {
	return (r >= '\uFB50' && r <= '\uFDFF') || (r >= '\uFE70' && r <= '\uFEFF')
}
