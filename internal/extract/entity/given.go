package entity

import (
	_ "embed"
	"strings"
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
