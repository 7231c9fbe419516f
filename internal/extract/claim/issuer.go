package claim

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// issuedDocs are the documents that speak for whoever issued them, by their
// folded base: البيان، الرسالة، التقرير، البلاغ.
var issuedDocs = newSet("بيان رساله تقرير بلاغ اعلان وثيقه تغريده")

// issueVerbs issue a document: أصدرت الوزارة بيانا.
var issueVerbs = newSet("اصدر اصدرت اصدروا تصدر يصدر نشر نشرت نشروا وزع وزعت وجه وجهت بعث بعثت")

// issuerLookback bounds how far back, in tokens, a document's first mention
// is looked for.
const issuerLookback = 120

// issuerOf resolves a document named as a speaker (وأضاف البيان، وذكرت
// الرسالة) to whoever issued it earlier in the text: the speaker of a claim
// in the sentence that first mentions it (قال الجيش في بيان), the subject of
// a verb that issued it (وكان X قد أصدر بيانا), or the body after صادر عن.
// It reports false when the phrase is not a definite document alone or no
// issuer is found.
func (p *parse) issuerOf(from int, words []string) (speakerInfo, bool) {
	n := len(words)
	if n == 2 && genericAdjective[words[1]] {
		n = 1
	}
	if n != 1 || !strings.HasPrefix(words[0], "ال") || !issuedDocs[baseOf(words[0])] {
		return speakerInfo{}, false
	}
	doc := baseOf(words[0])
	for b := from - 1; b >= 0 && from-b < issuerLookback; b-- {
		t := p.toks[b]
		if t.Kind != text.Word || !p.mentionsDoc(b, doc) {
			continue
		}
		if info, ok := p.issuerAt(b); ok {
			return info, true
		}
		return speakerInfo{}, false // the nearest mention decides
	}
	return speakerInfo{}, false
}

// mentionsDoc reports whether token b is the document noun doc in any form
// (بيانا، بيانه، ببيان، البيان).
func (p *parse) mentionsDoc(b int, doc string) bool {
	t := p.toks[b]
	for _, w := range []string{t.Base, baseOf(t.Norm), strings.TrimSuffix(t.Norm, "ا")} {
		if w == doc || strings.TrimPrefix(w, "ب") == doc || strings.TrimPrefix(w, "ل") == doc {
			return true
		}
	}
	return false
}

// issuerAt finds the issuer of the document mentioned at token b.
func (p *parse) issuerAt(b int) (speakerInfo, bool) {
	s := p.d.SentenceOf(b)
	for h := len(p.drafts) - 1; h >= 0; h-- {
		dr := p.drafts[h]
		if dr.sent == s && dr.c.Speaker != nil && !p.issuedName(dr.info) {
			return dr.info, true // قال الجيش في بيان
		}
	}
	sf, st := p.sentenceRange(b)
	if p.issuedBy(b + 1) {
		if t := p.nounPhrase(b+3, st); t > b+3 {
			return p.speaker(b+3, t, b) // بيان صادر عن الوزارة
		}
	}
	if p.word(b+1) == "عن" && b > sf && strings.HasSuffix(p.word(b-1), "صدر") {
		if t := p.nounPhrase(b+2, st); t > b+2 {
			return p.speaker(b+2, t, b) // صدر بيان عن الحركة
		}
	}
	for v := b - 1; v >= sf && b-v < 12; v-- {
		if !p.inSet(v, issueVerbs) {
			continue
		}
		if t := p.nounPhrase(v+1, b); t > v+1 && t == b {
			return p.speaker(v+1, t, v) // أصدرت الوزارة بيانا
		}
		if f, t := p.kanaSubject(v, sf); t > f {
			return p.speaker(f, t, v) // وكان X قد أصدر بيانا
		}
		if f, t := p.subjectBefore(v, sf); t > f {
			return p.speaker(f, t, v)
		}
		break
	}
	return speakerInfo{}, false
}

// issuedName reports whether a speaker is itself a bare document.
func (p *parse) issuedName(info speakerInfo) bool {
	f := strings.Fields(text.Fold(info.s.Name))
	return len(f) == 1 && issuedDocs[baseOf(f[0])]
}

// docAdjectives may follow a bare document: البيان الرسمي، بيان مشترك.
var docAdjectives = newSet("الرسمي رسمي المشترك مشترك الختامي ختامي الصادر صادر الجديد جديد")

// bareDocument reports whether a phrase is only a statement, letter or
// announcement (بيان، البيان الرسمي), which says nothing by itself when its
// issuer is unknown. A report (التقرير) is a publication that speaks.
func bareDocument(words []string) bool {
	n := len(words)
	if n == 2 && (genericAdjective[words[1]] || docAdjectives[words[1]]) {
		n = 1
	}
	return n == 1 && issuedDocs[baseOf(words[0])] && baseOf(words[0]) != "تقرير" // a report is a publication of its own
}

// issuedBy reports "(ال)صادر(ة) عن" at tokens k, k+1: the issuer of a
// document follows (بيان صادر عن الوزارة).
func (p *parse) issuedBy(k int) bool {
	switch p.word(k) {
	case "صادر", "الصادر", "صادره", "الصادره":
		return p.word(k+1) == "عن"
	}
	return false
}
