package quantity

import (
	_ "embed"
	"strings"

	"github.com/marsad/marsad/internal/text"
)

//go:embed units.txt
var unitsFile string

// noun is a counted noun of the lexicon, as found in one written form.
type noun struct {
	Singular string // as the text would write it, e.g. مدني، امرأة
	Unit     string
	Plural   bool
	Dual     bool
	// Construct marks the construct dual of a feminine noun, whose ن falls
	// before a genitive (سيارتي إسعاف); it is also "my car", so it counts
	// only when a genitive noun follows.
	Construct bool
}

// nouns maps a folded written form to its noun.
var nouns = map[string]noun{}

func init() {
	for _, line := range strings.Split(unitsFile, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, plurals, _ := strings.Cut(line, "|")
		f := strings.Fields(head)
		if len(f) < 2 {
			continue
		}
		unit, sing := f[0], f[1]
		dual := ""
		switch {
		case strings.HasSuffix(sing, "+"):
			sing, dual = strings.TrimSuffix(sing, "+"), "both"
		case strings.HasSuffix(sing, "~"):
			sing, dual = strings.TrimSuffix(sing, "~"), "nominative"
		}
		addNoun(sing, unit, plurals, dual)
	}
}

func addNoun(sing, unit, plurals, dual string) {
	n := noun{Singular: sing, Unit: unit}
	fs := text.Fold(sing)
	put := func(form string, n noun) {
		if _, taken := nouns[form]; !taken {
			nouns[form] = n
		}
	}
	put(fs, n)
	if !strings.HasSuffix(fs, "ه") && !strings.HasSuffix(fs, "ي") || strings.HasSuffix(fs, "ي") && !strings.HasSuffix(fs, "وي") {
		if !strings.HasSuffix(fs, "ه") {
			put(fs+"ا", n) // accusative: طفلا، مدنيا
		}
	}
	for _, p := range strings.Fields(plurals) {
		pn := n
		pn.Plural = true
		put(text.Fold(p), pn)
	}
	if dual != "" {
		stem := fs
		if strings.HasSuffix(stem, "ه") {
			stem = strings.TrimSuffix(stem, "ه") + "ت"
		}
		dn := n
		dn.Dual = true
		put(stem+"ان", dn)
		if dual == "both" {
			put(stem+"ين", dn)
			if strings.HasSuffix(fs, "ه") {
				cn := dn
				cn.Construct = true
				put(stem+"ي", cn) // سيارتي إسعاف
			}
		}
	}
}

// nounPrefixes are the proclitics a counted noun may carry.
var nounPrefixes = []string{"و", "ب", "ل", "ف", "ال", "وال", "بال", "لل", "ولل", "فال", "وب", "ول"}

// lookupNoun finds a counted noun in a folded token, with or without
// proclitics; def reports the article.
func lookupNoun(norm string) (n noun, def bool, prefix string, ok bool) {
	if n, ok := nouns[norm]; ok {
		return n, false, "", true
	}
	for _, p := range nounPrefixes {
		if rest, found := strings.CutPrefix(norm, p); found && len(rest) >= 4 {
			if n, ok := nouns[rest]; ok {
				return n, strings.Contains(p, "ال") || p == "لل", p, true
			}
		}
	}
	return noun{}, false, "", false
}
