package claim

import (
	"unicode/utf8"
)

// quote is a quotation: the byte offsets of its opening mark and just after
// its closing mark.
type quote struct {
	open, close int // text[open] is the opening mark; close is after the closing mark
	markLen     int // byte length of the opening mark
	closeLen    int // byte length of the closing mark
}

// inner returns the byte range between the marks.
func (q quote) inner() (int, int) { return q.open + q.markLen, q.close - q.closeLen }

// findQuotes pairs quotation marks: « with », “ with ”, and straight " marks
// two by two inside a paragraph. An unclosed mark opens no quote.
func findQuotes(s string) []quote {
	var out []quote
	type open struct {
		at   int
		mark rune
	}
	var stack []open
	straight := -1
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '\n':
			straight = -1
			stack = stack[:0]
		case '«', '“':
			stack = append(stack, open{i, r})
		case '»', '”':
			want := '«'
			if r == '”' {
				want = '“'
			}
			for k := len(stack) - 1; k >= 0; k-- {
				if stack[k].mark == want {
					ml := utf8.RuneLen(want)
					out = append(out, quote{open: stack[k].at, close: i + n, markLen: ml, closeLen: n})
					stack = stack[:k]
					break
				}
			}
		case '"':
			if straight < 0 {
				straight = i
			} else {
				out = append(out, quote{open: straight, close: i + n, markLen: 1, closeLen: 1})
				straight = -1
			}
		}
		i += n
	}
	sortQuotes(out)
	return out
}

func sortQuotes(q []quote) {
	for i := 1; i < len(q); i++ {
		for j := i; j > 0 && q[j].open < q[j-1].open; j-- {
			q[j], q[j-1] = q[j-1], q[j]
		}
	}
}
