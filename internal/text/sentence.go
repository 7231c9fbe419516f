package text

import (
	"unicode"
	"unicode/utf8"
)

// Sentence is one sentence of a text: its byte range (surrounding spaces
// excluded) and the index of the paragraph (newline-separated block) it is in.
type Sentence struct {
	Start     int `json:"start"`
	End       int `json:"end"`
	Paragraph int `json:"paragraph"`
}

// Sentences splits text at sentence ends: . ! ? ؟ and the Arabic full stop,
// and always at a line break. A closing quote or bracket right after the end
// mark stays with its sentence. It does not split at ، or ؛, inside numbers
// (1.5، 3.000), after a single letter (د.ب.أ، أ.ف.ب، U.S.), or inside a
// run of dots.
func Sentences(text string) []Sentence {
	var out []Sentence
	para, start := 0, -1
	emit := func(end int) {
		if start >= 0 {
			s, e := trimSpan(text, start, end)
			if e > s {
				out = append(out, Sentence{Start: s, End: e, Paragraph: para})
			}
		}
		start = -1
	}
	for i := 0; i < len(text); {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case r == '\n':
			emit(i)
			if paragraphBreak(text, i) {
				para++
			}
			i += n
			continue
		case start < 0 && !unicode.IsSpace(r):
			start = i
		}
		i += n
		if isSentenceEnd(r) && endsSentence(text, i-n, i) {
			i = skipClosers(text, i)
			emit(i)
		}
	}
	emit(len(text))
	return out
}

// paragraphBreak reports whether the newline at i starts a new paragraph:
// every line is a paragraph, blank lines do not add more.
func paragraphBreak(text string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		switch text[j] {
		case ' ', '\t':
			continue
		case '\n':
			return false
		}
		return true
	}
	return false
}

func isSentenceEnd(r rune) bool {
	switch r {
	case '.', '!', '?', ArabicQuestion, ArabicFullStop, '…':
		return true
	}
	return false
}

// endsSentence decides whether the end mark text[at:next] closes a sentence.
func endsSentence(text string, at, next int) bool {
	if text[at] != '.' {
		return !followedByMark(text, next)
	}
	prev, pn := utf8.DecodeLastRuneInString(text[:at])
	nextR, _ := utf8.DecodeRuneInString(text[next:])
	if next < len(text) && (nextR == '.' || IsDigit(nextR) && IsDigit(prev)) {
		return false // a run of dots, or a decimal point
	}
	if pn > 0 && unicode.IsLetter(prev) && singleLetterBefore(text, at-pn) {
		return false // an abbreviation: د.ب.أ، U.S.
	}
	if next < len(text) && unicode.IsLetter(nextR) {
		return false // no space after the dot: an abbreviation or a domain
	}
	return true
}

// followedByMark reports whether another end mark follows ("?!", "؟!").
func followedByMark(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i:])
	return i < len(text) && isSentenceEnd(r)
}

// singleLetterBefore reports whether the letter ending at end is a word of one
// letter (preceded by start of text, a space, a dot or punctuation).
func singleLetterBefore(text string, end int) bool {
	if end <= 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(text[:end])
	return !unicode.IsLetter(r) && !isHaraka(r)
}

// skipClosers moves past closing quotes and brackets that belong to the
// sentence just ended.
func skipClosers(text string, i int) int {
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		if !IsCloser(r) && !(r == '"' && quoteCloses(text, i)) {
			return i
		}
		i += n
	}
	return i
}

// quoteCloses guesses whether a straight double quote at i closes a quote:
// it does when it is followed by a space, punctuation or the end.
func quoteCloses(text string, i int) bool {
	r, _ := utf8.DecodeRuneInString(text[i+1:])
	return i+1 >= len(text) || unicode.IsSpace(r) || unicode.IsPunct(r)
}

// IsOpener reports whether r opens a quote or bracket.
func IsOpener(r rune) bool {
	switch r {
	case '«', '“', '‘', '(', '[', '{', '‹', '„':
		return true
	}
	return false
}

// IsCloser reports whether r closes a quote or bracket.
func IsCloser(r rune) bool {
	switch r {
	case '»', '”', '’', ')', ']', '}', '›':
		return true
	}
	return false
}

func trimSpan(text string, s, e int) (int, int) {
	for s < e {
		r, n := utf8.DecodeRuneInString(text[s:])
		if !unicode.IsSpace(r) {
			break
		}
		s += n
	}
	for e > s {
		r, n := utf8.DecodeLastRuneInString(text[:e])
		if !unicode.IsSpace(r) {
			break
		}
		e -= n
	}
	return s, e
}
