package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	unicodeenc "golang.org/x/text/encoding/unicode"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// maxTitleRunes is the longest first line taken as a text file's title.
const maxTitleRunes = 120

// errBinary reports a file that is not text.
var errBinary = errors.New("binary file, not text")

// legacyEncodings are the single-byte Arabic encodings tried, in order of
// preference when they score the same.
var legacyEncodings = []struct {
	name string
	enc  *charmap.Charmap
}{
	{"windows-1256", charmap.Windows1256},
	{"iso-8859-6", charmap.ISO8859_6},
}

// textArticle reads a plain-text file: its text, decoded, and as title its
// first line when that line is short and more lines follow. The title line
// stays in the text, so that offsets count from the file's first line.
func textArticle(data []byte) (model.Article, error) {
	s, _, err := DecodeText(data)
	if err != nil {
		return model.Article{}, err
	}
	return model.Article{Text: s, Title: firstLineTitle(s), Format: FormatText}, nil
}

// DecodeText returns data as UTF-8 text and the encoding it was found in:
// UTF-8 when valid (a byte-order mark is dropped), UTF-16 with a byte-order
// mark, else Windows-1256 or ISO-8859-6, whichever gives the larger share of
// Arabic letters. It fails on empty input, on binary data (NUL bytes or many
// control characters) and on bytes that decode to no Arabic text.
func DecodeText(data []byte) (string, string, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return "", "", errors.New("empty file")
	}
	if s, name, ok := decodeUTF16(data); ok {
		return s, name, checkControls(s)
	}
	if err := checkBinary(data); err != nil {
		return "", "", err
	}
	if utf8.Valid(data) {
		s := strings.TrimPrefix(string(data), "\uFEFF")
		return s, "utf-8", checkControls(s)
	}
	best, bestName, bestScore := "", "", -1.0
	for _, c := range legacyEncodings {
		s, err := c.enc.NewDecoder().String(string(data))
		if err != nil {
			continue
		}
		if score := arabicShare(s); score > bestScore {
			best, bestName, bestScore = s, c.name, score
		}
	}
	if bestScore < 0.5 {
		return "", "", errors.New("not UTF-8, nor Arabic text in Windows-1256 or ISO-8859-6")
	}
	return best, bestName, checkControls(best)
}

// decodeUTF16 decodes data when it starts with a UTF-16 byte-order mark.
func decodeUTF16(data []byte) (string, string, bool) {
	var dec *encoding.Decoder
	var name string
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		dec, name = unicodeenc.UTF16(unicodeenc.LittleEndian, unicodeenc.ExpectBOM).NewDecoder(), "utf-16le"
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		dec, name = unicodeenc.UTF16(unicodeenc.BigEndian, unicodeenc.ExpectBOM).NewDecoder(), "utf-16be"
	default:
		return "", "", false
	}
	s, err := dec.String(string(data))
	return s, name, err == nil
}

// checkBinary fails on data holding a NUL byte.
func checkBinary(data []byte) error {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return fmt.Errorf("%w (NUL byte at offset %d)", errBinary, i)
	}
	return nil
}

// checkControls fails on text where more than 1 rune in 50 is a control
// character (other than white space) or an undecodable byte.
func checkControls(s string) error {
	bad, n := 0, 0
	for _, r := range s {
		n++
		if r == utf8.RuneError || (unicode.IsControl(r) && !unicode.IsSpace(r)) {
			bad++
		}
	}
	if bad*50 > n {
		return fmt.Errorf("%w (%d control or undecodable characters in %d)", errBinary, bad, n)
	}
	return nil
}

// arabicShare is the share of Arabic letters among the letters of s,
// counting undecodable bytes as non-Arabic letters.
func arabicShare(s string) float64 {
	arabic, letters := 0, 0
	for _, r := range s {
		switch {
		case text.IsArabicLetter(r):
			arabic++
			letters++
		case r == utf8.RuneError || unicode.IsLetter(r):
			letters++
		}
	}
	if letters == 0 {
		return 0
	}
	return float64(arabic) / float64(letters)
}

// firstLineTitle returns the first non-empty line of s when it is short,
// does not end a sentence, and other lines follow; else "".
func firstLineTitle(s string) string {
	s = strings.TrimLeft(s, " \t\r\n\uFEFF")
	line, rest, ok := strings.Cut(s, "\n")
	line = strings.TrimSpace(line)
	if !ok || strings.TrimSpace(rest) == "" || utf8.RuneCountInString(line) > maxTitleRunes {
		return ""
	}
	if strings.HasSuffix(line, ".") || strings.HasSuffix(line, "!") {
		return ""
	}
	return line
}
