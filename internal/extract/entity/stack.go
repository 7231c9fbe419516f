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
	words map[string]int // per word base, an index into tags
	tags  [][5]int       // the first-pass tags of a word's occurrences
	topic string         // "sport" when the article reads as a sports report, else ""
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
	doc := &docContext{words: map[string]int{}}
	sport := 0
	for s, toks := range sents {
		for i, t := range toks {
			if t.Kind != text.Word {
				continue
			}
			if sportWords[t.Base] {
				sport++
			}
			k, ok := doc.words[t.Base]
			if !ok {
				k = len(doc.tags)
				doc.words[t.Base] = k
				doc.tags = append(doc.tags, [5]int{})
			}
			doc.tags[k][classIndex(tags[s][i])]++
		}
	}
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
// class with a share bucket, or "O". The description is in two pieces.
func (doc *docContext) elsewhere(t *text.Token, own string) piece2 {
	k, ok := doc.words[t.Base]
	if !ok {
		return piece2{"-", ""}
	}
	c := doc.tags[k]
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
		return piece2{"-", ""}
	case c[best] == 0:
		return piece2{"O", ""}
	case 2*c[best] >= total:
		return piece2{neClasses[best], "+"}
	}
	return piece2{neClasses[best], "-"}
}

// nStacked is the number of second-pass features of a token.
const nStacked = 9

// addStacked appends the second-pass features of one sentence to its
// first-pass features, in new slices.
func addStacked(feats [][]uint64, toks []text.Token, first []string, doc *docContext) [][]uint64 {
	extra := stacked(toks, first, doc)
	size := len(extra)
	for _, fs := range feats {
		size += len(fs)
	}
	out := make([][]uint64, len(feats))
	all := make([]uint64, 0, size)
	for i, fs := range feats {
		start := len(all)
		all = append(append(all, fs...), extra[i*nStacked:(i+1)*nStacked]...)
		out[i] = all[start:len(all):len(all)]
	}
	return out
}

// stacked returns the second-pass features of a sentence's tokens,
// nStacked per token, one token after the other.
func stacked(toks []text.Token, first []string, doc *docContext) []uint64 {
	n := len(toks)
	// The first-pass labels and elsewhere descriptions at 1+i.
	lab := make([]string, n+2)
	el := make([]piece2, n+2)
	lab[0], lab[n+1], el[0], el[n+1] = "<s>", "<s>", outside, outside
	for i := range toks {
		lab[i+1] = first[i]
		el[i+1] = doc.elsewhere(&toks[i], first[i])
	}
	fs := make([]uint64, 0, n*nStacked)
	top := fTop.and(doc.topic)
	topB := fTopB.and(doc.topic)
	for i := range toks {
		l, e := lab[i+1], el[i+1]
		fs = append(fs,
			uint64(fS1.and(l)),
			uint64(fS1_1.and(lab[i])),
			uint64(fS11.and(lab[i+2])),
			uint64(fS1El.and(l).and2(e)),
			uint64(fEl.and2(e)),
			uint64(fEl_1.and2(el[i])),
			uint64(fEl1.and2(el[i+2])),
			uint64(top.and(l)),
			uint64(topB.and(toks[i].Base)),
		)
	}
	return fs
}

// The names of the second-pass features, hashed.
var (
	fS1, fS1_1, fS11, fS1El = fname("s1"), fname("s1-1"), fname("s1+1"), fname("s1|el")
	fEl, fEl_1, fEl1        = fname("el"), fname("el-1"), fname("el+1")
	fTop, fTopB             = fname("top|s1"), fname("top|b")
)
