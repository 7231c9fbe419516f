package text

import (
	"slices"
	"strings"
)

// Analysis is one segmentation of a folded word into clitics and a base.
type Analysis struct {
	Prefix   string
	Base     string
	Suffix   string
	Definite bool
}

// prefixes are the folded proclitic sequences, longest first. Those that end
// in the article make the word definite.
var prefixes = []string{
	"وبال", "فبال", "وكال", "فكال", "ولل", "فلل",
	"وال", "فال", "بال", "كال", "لل", "ال",
	"وب", "ول", "وك", "فب", "فل", "فك",
	"و", "ف", "ب", "ل", "ك",
}

// prefixesShortFirst is prefixes from the shortest to the longest, the order
// in which Forms strips more and more.
var prefixesShortFirst = func() []string {
	out := append([]string(nil), prefixes...)
	slices.SortStableFunc(out, func(a, b string) int { return len(a) - len(b) })
	return out
}()

// suffixes are the enclitic pronouns matching splits off, longest first.
var suffixes = []string{"هما", "كما", "هم", "هن", "كم", "كن", "نا", "ها", "ه"}

// wawInitial holds common words whose first letter و or ف is part of the
// word, so the default analysis does not split it off.
var wawInitial = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`وزير وزيره وزراء وزاره وكاله وكالات ولايه ولايات وحده وحدات وفد وفود
		وقت وقف وضع وسط وصول وطني وطنيه وفاه وادي ورقه وجود وثيقه واشنطن وليد وائل وفيق وهران
		وكيل ولي والي واقع وقائع وعد وعود وجه وجهه وراء وفق وفقا واجب ورد وصف وضوح وقوع
		فرنسا فرنسي فرنسيه فريق فصائل فصيل فلسطين فلسطيني فلسطينيه فيلق فوج فتره فرع فرص فرصه
		فندق فكره فيديو فرانس فلوريدا فنزويلا فيينا فنلندا فيتنام فاتح فاطمه فبراير فيصل فراس فادي فارس فرج فهد فؤاد فتح فقط فيما فوق فور`) {
		wawInitial[w] = true
	}
}

// Analyze returns the default segmentation of a folded word: every proclitic
// sequence ending in the article is split off when at least two letters
// remain; a lone conjunction و/ف when three remain and the word is not a
// known و/ف-initial word; ب/ك/ل alone are kept, since too many names start
// with them (بغداد، لبنان، كركوك); Forms lists those readings too. A definite
// word keeps its ending; an indefinite one loses a pronoun suffix when three
// letters remain (and ت before it goes back to ة: وزارته → وزاره).
func Analyze(w string) Analysis { return analyze(w, true) }

// analyze is Analyze; with article false, no reading with the article ال is
// taken (the word's alef carries a hamza in the original).
func analyze(w string, article bool) Analysis {
	a := Analysis{Base: w}
	for _, p := range prefixes {
		if !strings.HasPrefix(w, p) || runeLen(w)-runeLen(p) < minBase(p) {
			continue
		}
		if strings.HasSuffix(p, "ال") || p == "لل" {
			if !article && p != "لل" {
				continue
			}
			a.Prefix, a.Base, a.Definite = p, w[len(p):], true
			return a
		}
		if (p == "و" || p == "ف") && runeLen(w) >= 4 && !isWawInitial(w) {
			a.Prefix, a.Base = p, w[len(p):]
			break
		}
	}
	a.Base, a.Suffix = splitSuffix(a.Base)
	return a
}

// minBase is the fewest letters a base must keep once prefix p is split
// off: two after the article alone (الأب), three after a longer sequence,
// so that وكالات is not و+ك+ال+ات.
func minBase(p string) int {
	if p == "ال" || runeLen(p) == 1 {
		return 2
	}
	return 3
}

// isWawInitial reports whether w, or w without an enclitic, is a known word
// that starts with و or ف.
func isWawInitial(w string) bool {
	b, _ := splitSuffix(w)
	return wawInitial[w] || wawInitial[b]
}

// splitSuffix removes one enclitic from an indefinite base.
func splitSuffix(base string) (string, string) {
	for _, s := range suffixes {
		rest := strings.TrimSuffix(base, s)
		if rest == base || runeLen(rest) < 3 {
			continue
		}
		if strings.HasSuffix(rest, "ت") && !strings.HasSuffix(rest, "ات") {
			return strings.TrimSuffix(rest, "ت") + "ه", s
		}
		if s == "ه" && strings.HasSuffix(rest, "ات") && runeLen(rest) >= 4 {
			return rest, s // a feminine plural and its pronoun: تصريحاته
		}
		if s == "ه" {
			continue // a bare ه is too often the folded ة
		}
		return rest, s
	}
	return base, ""
}

// Forms returns every matching form of a folded word that a lexicon lookup
// should try: the word itself, then each reading with its proclitics split
// off (with and without the article), then those without an enclitic. The
// order goes from least to most stripped; duplicates are removed.
func Forms(w string) []string {
	out := make([]string, 1, 4)
	out[0] = w
	add := func(f string) {
		if f != "" && !slices.Contains(out, f) { // a handful of forms
			out = append(out, f)
		}
	}
	for _, p := range prefixesShortFirst {
		if !strings.HasPrefix(w, p) || runeLen(w)-runeLen(p) < 2 {
			continue
		}
		rest := w[len(p):]
		switch {
		case p == "لل":
			add("ال" + rest)
		case strings.HasSuffix(p, "ال"):
			add(w[len(p)-len("ال"):])
		}
		add(rest)
	}
	for _, f := range out { // the forms so far: range reads out once
		if b, s := splitSuffix(f); s != "" {
			add(b)
		}
	}
	return out
}

func runeLen(s string) int { return len([]rune(s)) }
