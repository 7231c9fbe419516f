package ingest

import (
	"strings"
	"unicode"

	"github.com/marsad/marsad/internal/text"
)

// Language guesses the language of a text from its letters: "ar" when most
// letters are of the Arabic script, unless letters proper to Urdu (ٹ ڈ ڑ ں ے)
// or Persian (پ چ ژ گ ک ی) outnumber those proper to Arabic (ة ي ك ى), which
// gives "ur" or "fa"; "en" for Latin text with common English words; "und"
// otherwise.
func Language(s string) string {
	var arabic, latin, other, arOnly, faOnly, urOnly int
	for _, r := range s {
		switch {
		case text.IsArabicLetter(r):
			arabic++
			switch r {
			case 'ة', 'ي', 'ك', 'ى':
				arOnly++
			case 'پ', 'چ', 'ژ', 'گ', 'ک', 'ی':
				faOnly++
			case 'ٹ', 'ڈ', 'ڑ', 'ں', 'ے', 'ہ':
				urOnly++
			}
		case r < 0x250 && unicode.IsLetter(r):
			latin++
		case unicode.IsLetter(r):
			other++
		}
	}
	switch {
	case arabic > latin+other:
		return arabicScriptLanguage(arOnly, faOnly, urOnly)
	case latin > arabic+other && looksEnglish(s):
		return "en"
	}
	return "und"
}

func arabicScriptLanguage(arOnly, faOnly, urOnly int) string {
	switch {
	case urOnly > arOnly && urOnly >= faOnly/4:
		return "ur"
	case faOnly > arOnly:
		return "fa"
	}
	return "ar"
}

// looksEnglish reports whether at least 5% of the words of s (one at least)
// are among the commonest English words.
func looksEnglish(s string) bool {
	words := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	hits := 0
	for _, w := range words {
		if englishWords[w] {
			hits++
		}
	}
	return hits > 0 && hits*20 >= len(words)
}

var englishWords = map[string]bool{
	"the": true, "of": true, "and": true, "to": true, "in": true, "is": true, "was": true,
	"that": true, "for": true, "on": true, "with": true, "as": true, "by": true, "said": true,
	"were": true, "are": true, "from": true, "at": true, "it": true, "has": true, "have": true,
}
