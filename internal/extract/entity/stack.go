package entity

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// The second pass sees what the first pass found in the whole article: for
// each word, the classes its other occurrences were tagged with, and the
// first-pass labels around it (stacking). It is trained on first-pass
// labels that jackknifed models gave the training text, so it learns how
// far to trust them.

// docContext is what the second pass knows of the whole article.
type docContext struct {
	words map[string]*[5]int // per word base, the first-pass tags of its occurrences
	topic string             // "sport" when the article reads as a sports report, else ""
}

// sportWords are bases that mark a sports report, where a city's name
// often stands for its club.
var sportWords = func() map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(`مباراه مباريات هدف اهداف دوري كاس منتخب لاعب لاعبين لاعبو فريق ملعب بطوله
		شوط دقيقه مرمي تعادل فوز هزيمه نهائي ذهاب اياب مدرب هداف ركله جزاء تسديده الكره`) {
		out[w] = true
	}
	return out
}()

// docStats counts, per word base, the first-pass tags of its occurrences
// (index 0 untagged, then PER, LOC, ORG, MISC), and reads the article's topic.
func docStats(sents [][]text.Token, tags [][]string) *docContext {
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
			st[classIndex(tags[s][i])]++
		}
	}
	doc := &docContext{words: out}
	if sport >= 3 {
		doc.topic = "sport"
	}
	return doc
}

func classIndex(tag string) int {
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

// elsewhere describes how a word's other occurrences in the article were
// tagged: "-" when it occurs nowhere else, else the most frequent entity
// class with a share bucket, or "O".
func elsewhere(stats map[string]*[5]int, t text.Token, own string) string {
	st, ok := stats[t.Base]
	if !ok {
		return "-"
	}
	c := *st
	c[classIndex(own)]--
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

// addStacked appends the second-pass features of one sentence to its
// first-pass features.
func addStacked(feats [][]uint64, toks []text.Token, first []string, doc *docContext) [][]uint64 {
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
		el := elsewhere(stats, toks[i], first[i])
		fs = append(fs,
			hash("s1\x00"+lab(i)),
			hash("s1-1\x00"+lab(i-1)),
			hash("s1+1\x00"+lab(i+1)),
			hash("s1|el\x00"+lab(i)+"\x00"+el),
			hash("el\x00"+el),
			hash("el-1\x00"+elAt(stats, toks, first, i-1)),
			hash("el+1\x00"+elAt(stats, toks, first, i+1)),
			hash("top|s1\x00"+doc.topic+"\x00"+lab(i)),
			hash("top|b\x00"+doc.topic+"\x00"+toks[i].Base),
		)
		out[i] = fs
	}
	return out
}

func elAt(stats map[string]*[5]int, toks []text.Token, first []string, i int) string {
	if i < 0 || i >= len(toks) {
		return "<s>"
	}
	return elsewhere(stats, toks[i], first[i])
}
