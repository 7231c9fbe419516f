package entity

import (
	_ "embed"
	"strings"

	"github.com/marsad/marsad/internal/text"
)

//go:embed data/given_names.txt
var givenNamesFile string

// givenNames holds the bases of common Arabic given names: a feature, not a
// rule (ناصر and جميل are also ordinary words).
var givenNames = func() map[string]bool {
	out := map[string]bool{}
	for _, line := range strings.Split(givenNamesFile, "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			out[TokenOf(w).Base] = true
		}
	}
	return out
}()

// given reports whether token i is a common given name: "G", "-" or "<s>"
// outside the sentence.
func given(toks []text.Token, i int) string {
	t := at(toks, i)
	switch {
	case t == nil:
		return "<s>"
	case givenNames[t.Base]:
		return "G"
	}
	return "-"
}
