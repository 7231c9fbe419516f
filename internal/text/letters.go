package text

// Arabic letters and marks that the normaliser and the tokeniser name.
const (
	Hamza           = '\u0621'
	AlefMadda       = '\u0622'
	AlefHamzaAbove  = '\u0623'
	WawHamza        = '\u0624'
	AlefHamzaBelow  = '\u0625'
	YehHamza        = '\u0626'
	Alef            = '\u0627'
	Beh             = '\u0628'
	TehMarbuta      = '\u0629'
	Teh             = '\u062A'
	Feh             = '\u0641'
	Kaf             = '\u0643'
	Lam             = '\u0644'
	Heh             = '\u0647'
	Waw             = '\u0648'
	AlefMaksura     = '\u0649'
	Yeh             = '\u064A'
	Tatweel         = '\u0640'
	AlefWasla       = '\u0671'
	SuperscriptAlef = '\u0670'
	FarsiYeh        = '\u06CC'
	Keheh           = '\u06A9'
	ArabicComma     = '\u060C'
	ArabicSemicolon = '\u061B'
	ArabicQuestion  = '\u061F'
	ArabicFullStop  = '\u06D4'
	ArabicPercent   = '\u066A'
	ArabicDecimal   = '\u066B'
	ArabicThousands = '\u066C'
	ZeroWidthNJ     = '\u200C'
	ZeroWidthJ      = '\u200D'
	LeftToRightMark = '\u200E'
	RightToLeftMark = '\u200F'
	ByteOrderMark   = '\uFEFF'
)

// isHaraka reports whether r is a short vowel, tanween, shadda, sukun or
// another Arabic combining mark that matching ignores.
func isHaraka(r rune) bool {
	return (r >= '\u064B' && r <= '\u065F') || r == SuperscriptAlef ||
		(r >= '\u0610' && r <= '\u061A') || (r >= '\u06D6' && r <= '\u06ED')
}

// IsArabicLetter reports whether r is a letter of the Arabic script (tatweel
// and marks included, since they sit inside words).
func IsArabicLetter(r rune) bool {
	switch {
	case r >= '\u0621' && r <= '\u064A', r == Tatweel:
		return true
	case isHaraka(r):
		return true
	case r >= '\u0671' && r <= '\u06D3', r == '\u06D5':
		return true
	case r >= '\u0750' && r <= '\u077F':
		return true
	}
	return false
}

// digitValue returns the value of an ASCII, Arabic-Indic or Persian digit.
func digitValue(r rune) (int, bool) {
	switch {
	case r >= '0' && r <= '9':
		return int(r - '0'), true
	case r >= '\u0660' && r <= '\u0669':
		return int(r - '\u0660'), true
	case r >= '\u06F0' && r <= '\u06F9':
		return int(r - '\u06F0'), true
	}
	return 0, false
}

// IsDigit reports whether r is an ASCII, Arabic-Indic or Persian digit.
func IsDigit(r rune) bool {
	_, ok := digitValue(r)
	return ok
}
