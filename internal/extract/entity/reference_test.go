package entity

import (
	"strconv"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/text"
)

// This file keeps the featurizer as it was before it was made fast: the
// plain, allocating version that builds every feature string and hashes
// it. The tests hold the fast featurizer to it, hash for hash, because the
// trained model is keyed by these hashes.

// refFeatures is the reference for (*featurizer).features.
func refFeatures(f *featurizer, toks []text.Token) [][]uint64 {
	n := len(toks)
	reg := refRegistryTags(f, toks)
	gaz := refGazetteerTags(f, toks)
	out := make([][]uint64, n)
	for i := range toks {
		fs := make([]uint64, 0, 56)
		add := func(parts ...string) {
			// FNV-1a of the parts joined by NUL bytes.
			h := uint64(14695981039346656037)
			for k, p := range parts {
				if k > 0 {
					h *= 1099511628211 // h ^= 0
				}
				for j := 0; j < len(p); j++ {
					h ^= uint64(p[j])
					h *= 1099511628211
				}
			}
			fs = append(fs, h)
		}
		t := toks[i]
		w, base := t.Norm, t.Base
		add("bias")
		add("w", w)
		add("b", base)
		add("p", t.Prefix)
		add("s", t.Suffix)
		add("w-1", refWord(toks, i-1))
		add("w+1", refWord(toks, i+1))
		add("w-2", refWord(toks, i-2))
		add("w+2", refWord(toks, i+2))
		add("b-1", refBaseAt(toks, i-1))
		add("b+1", refBaseAt(toks, i+1))
		add("b-1b", refBaseAt(toks, i-1), base)
		add("bb+1", base, refBaseAt(toks, i+1))
		add("b-2b-1", refBaseAt(toks, i-2), refBaseAt(toks, i-1))
		for k := 1; k <= 4; k++ {
			add("pre"+strconv.Itoa(k), refFirstRunes(base, k))
			add("suf"+strconv.Itoa(k), refLastRunes(base, k))
		}
		add("wsuf2", refLastRunes(w, 2))
		add("shape", refShape(&t))
		add("shape-1|shape+1", refShape(refAt(toks, i-1)), refShape(refAt(toks, i+1)))
		if t.Definite {
			add("def")
		}
		if i == 0 {
			add("first")
		}
		add("trig", triggers[base], triggers[w])
		add("trig-1", refTrig(toks, i-1))
		add("trig-2", refTrig(toks, i-2))
		add("trig+1", refTrig(toks, i+1))
		for _, c := range []struct {
			name string
			at   int
		}{{"c", i}, {"c-1", i - 1}, {"c+1", i + 1}} {
			if cl, ok := refCluster(f, toks, c.at); ok {
				add(c.name+"c", strconv.Itoa(int(cl[0])))
				add(c.name+"f", strconv.Itoa(int(cl[1])))
			} else {
				add(c.name + "none")
			}
		}
		add("cc", refClusterStr(f, toks, i-1), refClusterStr(f, toks, i))
		ne := refNeOf(f, toks, i)
		add("ne", ne)
		add("ne-1", refNeOf(f, toks, i-1))
		add("ne+1", refNeOf(f, toks, i+1))
		add("ne-1|ne", refNeOf(f, toks, i-1), ne)
		add("ne|ne+1", ne, refNeOf(f, toks, i+1))
		add("reg", reg[i])
		add("reg-1", refTagAt(reg, i-1))
		add("reg+1", refTagAt(reg, i+1))
		add("gaz", gaz[i])
		add("gaz-1|gaz", refTagAt(gaz, i-1), gaz[i])
		add("gaz+1", refTagAt(gaz, i+1))
		refContext(f, toks, i, add)
		out[i] = fs
	}
	return out
}

func refContext(f *featurizer, toks []text.Token, i int, add func(...string)) {
	for _, d := range []int{-1, 1} {
		b := refBaseAt(toks, i+d)
		n := strconv.Itoa(d)
		add("pre2"+n, refFirstRunes(b, 2))
		add("suf2"+n, refLastRunes(b, 2))
		add("suf3"+n, refLastRunes(b, 3))
		add("p"+n, refPrefixAt(toks, i+d))
	}
	for _, d := range []int{-2, 2} {
		n := strconv.Itoa(d)
		if cl, ok := refCluster(f, toks, i+d); ok {
			add("c"+n+"f", strconv.Itoa(int(cl[1])))
		} else {
			add("c" + n + "none")
		}
		add("ne"+n, refNeOf(f, toks, i+d))
	}
	cf := refFineStr(f, toks, i)
	add("cf-1|cf", refFineStr(f, toks, i-1), cf)
	add("cf|cf+1", cf, refFineStr(f, toks, i+1))
	add("trig-1|cf", refTrig(toks, i-1), cf)
	add("trig-1|shape", refTrig(toks, i-1), refShape(refAt(toks, i)))
	add("b-1|cf", refBaseAt(toks, i-1), cf)
	add("cf|b+1", cf, refBaseAt(toks, i+1))
	add("nel", refNeKey(f, "<"+refBaseAt(toks, i-1)+" "+toks[i].Base))
	add("ner", refNeKey(f, toks[i].Base+" "+refBaseAt(toks, i+1)+">"))
	g := refGiven(toks, i)
	add("given", g)
	add("given-1|given", refGiven(toks, i-1), g)
	add("given|given+1", g, refGiven(toks, i+1))
	add("given-1|ne", refGiven(toks, i-1), refNeOf(f, toks, i))
	add("w-1w", refWord(toks, i-1), refWord(toks, i))
	add("ww+1", refWord(toks, i), refWord(toks, i+1))
}

func refNeOf(f *featurizer, toks []text.Token, i int) string {
	if i < 0 || i >= len(toks) {
		return "<s>"
	}
	if f.ne == nil {
		return ""
	}
	return refNeKey(f, toks[i].Base)
}

func refNeKey(f *featurizer, k string) string {
	if f.ne == nil {
		return ""
	}
	st, ok := f.ne[k]
	if !ok {
		return "unseen"
	}
	total, best := 0, 1
	for c, n := range st {
		total += int(n)
		if c > 0 && n > st[best] {
			best = c
		}
	}
	r := float64(st[best]) / float64(total)
	switch {
	case st[best] == 0:
		if total >= 3 {
			return "O"
		}
		return "o"
	case r >= 0.7:
		return neClasses[best] + "+"
	case r >= 0.3:
		return neClasses[best] + "="
	}
	return neClasses[best] + "-"
}

func refCluster(f *featurizer, toks []text.Token, i int) ([2]uint16, bool) {
	if i < 0 || i >= len(toks) || f.clusters == nil {
		return [2]uint16{}, false
	}
	c, ok := f.clusters[toks[i].Base]
	return c, ok
}

func refClusterStr(f *featurizer, toks []text.Token, i int) string {
	if c, ok := refCluster(f, toks, i); ok {
		return strconv.Itoa(int(c[0]))
	}
	return "-"
}

func refFineStr(f *featurizer, toks []text.Token, i int) string {
	if c, ok := refCluster(f, toks, i); ok {
		return strconv.Itoa(int(c[1]))
	}
	return "-"
}

func refRegistryTags(f *featurizer, toks []text.Token) []string {
	tags := make([]string, len(toks))
	if f.reg == nil {
		return tags
	}
	for i := 0; i < len(toks); {
		a, end, ok := f.reg.MatchTokens(toks, i)
		if !ok {
			i++
			continue
		}
		kind := a.EntityType()
		tags[i] = "B-" + kind
		for j := i + 1; j < end; j++ {
			tags[j] = "I-" + kind
		}
		i = end
	}
	return tags
}

func refGazetteerTags(f *featurizer, toks []text.Token) []string {
	tags := make([]string, len(toks))
	if f.gaz == nil {
		return tags
	}
	for i := 0; i < len(toks); {
		cands, end, ok := f.gaz.Match(toks, i)
		if !ok || (end-i == 1 && utf8.RuneCountInString(toks[i].Base) < 3) {
			i++
			continue
		}
		kind := cands[0].Kind
		if kind != "country" {
			kind = "place"
		}
		tags[i] = "B-" + kind
		for j := i + 1; j < end; j++ {
			tags[j] = "I-" + kind
		}
		i = end
	}
	return tags
}

func refHash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func refAt(toks []text.Token, i int) *text.Token {
	if i < 0 || i >= len(toks) {
		return nil
	}
	return &toks[i]
}

func refWord(toks []text.Token, i int) string {
	if t := refAt(toks, i); t != nil {
		return t.Norm
	}
	return "<s>"
}

func refBaseAt(toks []text.Token, i int) string {
	if t := refAt(toks, i); t != nil {
		return t.Base
	}
	return "<s>"
}

func refPrefixAt(toks []text.Token, i int) string {
	if t := refAt(toks, i); t != nil {
		return t.Prefix
	}
	return "<s>"
}

func refTrig(toks []text.Token, i int) string {
	if t := refAt(toks, i); t != nil {
		if c := triggers[t.Base]; c != "" {
			return c
		}
		return triggers[t.Norm]
	}
	return "<s>"
}

func refTagAt(tags []string, i int) string {
	if i < 0 || i >= len(tags) {
		return "<s>"
	}
	return tags[i]
}

func refGiven(toks []text.Token, i int) string {
	t := refAt(toks, i)
	switch {
	case t == nil:
		return "<s>"
	case givenNames[t.Base]:
		return "G"
	}
	return "-"
}

func refShape(t *text.Token) string {
	if t == nil {
		return "<s>"
	}
	switch t.Kind {
	case text.Number:
		return "num"
	case text.Latin:
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsUpper(r) {
			return "Lat"
		}
		return "lat"
	case text.Punct:
		return "p" + t.Text
	}
	n := utf8.RuneCountInString(t.Base)
	switch {
	case n <= 2:
		return "w2"
	case n <= 4:
		return "w" + strconv.Itoa(n)
	case n <= 6:
		return "w56"
	}
	return "w7"
}

func refFirstRunes(s string, k int) string {
	i := 0
	for n := 0; n < k && i < len(s); n++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

func refLastRunes(s string, k int) string {
	i := len(s)
	for n := 0; n < k && i > 0; n++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}

// refAddStacked is the reference for addStacked.
func refAddStacked(feats [][]uint64, toks []text.Token, first []string, doc *refDocContext) [][]uint64 {
	stats := doc.words
	out := make([][]uint64, len(feats))
	lab := func(i int) string {
		if i < 0 || i >= len(first) {
			return "<s>"
		}
		return first[i]
	}
	for i := range feats {
		fs := append(make([]uint64, 0, len(feats[i])+6), feats[i]...)
		el := refElsewhere(stats, toks[i], first[i])
		fs = append(fs,
			refHash("s1\x00"+lab(i)),
			refHash("s1-1\x00"+lab(i-1)),
			refHash("s1+1\x00"+lab(i+1)),
			refHash("s1|el\x00"+lab(i)+"\x00"+el),
			refHash("el\x00"+el),
			refHash("el-1\x00"+refElAt(stats, toks, first, i-1)),
			refHash("el+1\x00"+refElAt(stats, toks, first, i+1)),
			refHash("top|s1\x00"+doc.topic+"\x00"+lab(i)),
			refHash("top|b\x00"+doc.topic+"\x00"+toks[i].Base),
		)
		out[i] = fs
	}
	return out
}

func refClassIndex(tag string) int {
	if tag == "O" || len(tag) < 3 {
		return 0
	}
	for k, c := range neClasses {
		if k > 0 && tag[2:] == c {
			return k
		}
	}
	return 0
}

func refElsewhere(stats map[string]*[5]int, t text.Token, own string) string {
	st, ok := stats[t.Base]
	if !ok {
		return "-"
	}
	c := *st
	c[refClassIndex(own)]--
	total, best := 0, 1
	for k, n := range c {
		total += n
		if k > 0 && n > c[best] {
			best = k
		}
	}
	switch {
	case total == 0:
		return "-"
	case c[best] == 0:
		return "O"
	case 2*c[best] >= total:
		return neClasses[best] + "+"
	}
	return neClasses[best] + "-"
}

func refElAt(stats map[string]*[5]int, toks []text.Token, first []string, i int) string {
	if i < 0 || i >= len(toks) {
		return "<s>"
	}
	return refElsewhere(stats, toks[i], first[i])
}

type refDocContext struct {
	words map[string]*[5]int
	topic string
}

// refDocStats is the reference for docStats.
func refDocStats(sents [][]text.Token, tags [][]string) *refDocContext {
	out := map[string]*[5]int{}
	sport := 0
	for s, toks := range sents {
		for i, t := range toks {
			if t.Kind != text.Word {
				continue
			}
			if sportWords[t.Base] {
				sport++
			}
			st := out[t.Base]
			if st == nil {
				st = &[5]int{}
				out[t.Base] = st
			}
			st[refClassIndex(tags[s][i])]++
		}
	}
	doc := &refDocContext{words: out}
	if sport >= 3 {
		doc.topic = "sport"
	}
	return doc
}
