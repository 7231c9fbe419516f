package claim

import (
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// Claim kinds, as the contract writes them.
const (
	Direct      = "direct"
	Indirect    = "indirect"
	AccordingTo = "according_to"
)

// afterSpeaker is what follows a speaker: vias, and where the content starts.
type afterSpeaker struct {
	vias    []model.Via
	viaTalk bool
	// contentFrom is the first token of the content, or -1 when no marker
	// was found; stop is the token where the scan stopped.
	contentFrom, stop int
	direct            bool
	// relayed is a speaker named after عن ... قوله or نقلا عن: the phrase
	// read so far was the relay, not the speaker.
	relayed [2]int
	// according lists the according-to words read as vias (وفقا لوكالة Y).
	according []int
}

// readAfter scans the tokens after a speaker phrase up to the sentence end:
// time words, vias (لوكالة رويترز، في حديث إلى ...، نقلا عن)، "في بيان"، and
// the marker that opens the content (أن/إن، a colon, a quotation, عن, ب...).
func (p *parse) readAfter(k, limit int, c cue) afterSpeaker {
	a := afterSpeaker{contentFrom: -1, relayed: [2]int{-1, -1}}
	for steps := 0; k < limit && steps < 30; steps++ {
		w := p.word(k)
		switch {
		case p.inSet(k, wordSets.complement):
			a.contentFrom, a.stop = k+1, k
			return a
		case p.isPunct(k, ":"):
			a.contentFrom, a.stop, a.direct = k+1, k, true
			return a
		case p.isQuoteMark(k) && p.opensQuote(k):
			a.contentFrom, a.stop, a.direct = k, k, true
			return a
		case w == "عن" || w == "ب":
			if np, m := p.relayedAcross(k+1, limit); m > np { // عن مصدر أمني، لم تكشف عن اسمه، قوله: the source, an aside, its words
				a.relayed = [2]int{k + 1, np}
				k = m
				continue
			}
			if end := p.relayedSpeaker(k+1, limit); end > k+1 {
				a.relayed = [2]int{k + 1, end}
				k = end
				for k < limit && (p.inSet(k, wordSets.quoteOf)) {
					k++
				}
				continue
			}
			a.contentFrom, a.stop = k+1, k
			return a
		case w == "علي" && p.word(k+1) == "لسان": // ونقل البيان على لسان المتحدثة ... قولها: the relayed speaker
			end := p.relayedSpeaker(k+2, limit)
			if end == k+2 {
				if e := p.nounPhrase(k+2, limit); e > k+2 {
					if _, ok := p.subjectRunsTo(e, limit); ok {
						end = e
					}
				}
			}
			if end == k+2 {
				a.contentFrom, a.stop = k+2, k
				return a
			}
			a.relayed = [2]int{k + 2, end}
			k = end
			for k < limit && p.inSet(k, wordSets.quoteOf) {
				k++
			}
			continue
		case w == "نقلا" && p.word(k+1) == "عن":
			if end := p.nounPhrase(k+2, limit); end > k+2 {
				a.relayed = [2]int{k + 2, end}
				k = end
				if m, ok := p.subjectRunsTo(end, limit); ok {
					k = m // نقلا عن وزارة الصحة في داغستان بجنوب روسيا إن: a place after the source
				}
				continue
			}
			return a
		case strings.HasPrefix(w, "ل") && !strings.HasPrefix(w, "لل") && p.pronounSuffixed(k) && !wordSets.givenName[w]:
			k++ // قال ترامب لمستشاريه إنه: the addressee
		case p.accordingOutlet(k, limit) > k:
			end := p.accordingOutlet(k, limit) // وقال X، وفقا لوكالة Y، إن: Y is the channel
			a.vias = append(a.vias, p.accordingVia(k, end))
			a.according = append(a.according, k)
			k = end
		case p.viaStart(k):
			name, end := p.outletAfterLam(k)
			a.vias = append(a.vias, p.via(k, end, name))
			a.viaTalk = true // قال X لوكالة Y: a statement to Y
			k = end
		case w == "في" && (wordSets.statementNoun[p.word(k+1)]):
			if m := p.markerAhead(k+2, limit); m > 0 {
				k = m // في مؤتمر صحافي عقده في بيروت، أن
				continue
			}
			k += 2
			for k < limit && (p.toks[k].Definite && p.toks[k].Kind == text.Word && !p.inSet(k, wordSets.complement)) {
				k++ // في بيان رسمي، في تصريحات صحفية
			}
			if publishVerbs[p.word(k)] { // في بيان نشرته وكالات الأنباء الروسية: the channel
				if end := p.nounPhrase(k+1, limit); end > k+1 {
					if name, ok := p.outletName(k+1, end); ok {
						a.vias = append(a.vias, p.via(k+1, end, name))
					}
					k = end
				}
			}
			for k < limit && p.toks[k].Kind == text.Word && !p.toks[k].Definite && !p.inSet(k, wordSets.complement) &&
				!p.viaStart(k) && (p.word(k) == "صحفي" || p.word(k) == "صحفيه" || p.word(k) == "خاص" || p.word(k) == "خاصه" || p.word(k) == "نشر" || p.word(k) == "رسمي") {
				k++
			}
		case wordSets.outletHead[w] && p.outletEnd(k) > k:
			name, end := p.outletAt(k, "") // أفاد مسؤول وكالة فرانس برس: told the agency
			a.vias = append(a.vias, p.via(k, end, name))
			a.viaTalk = true
			k = end
		case (w == "الي" || w == "مع") && p.talkOutlet(k+1):
			name, end := p.outletAt(k+1, "")
			a.vias = append(a.vias, p.via(k+1, end, name))
			a.viaTalk = true
			k = end
		case p.inSet(k, wordSets.quoteOf) || wordSets.timeNoun[w]:
			k++
		case (w == "هذا" || w == "هذه") && wordSets.timeNoun[p.word(k+1)]:
			k += 2
		case w == "الي" || w == "من" || w == "قد":
			k++ // أشار إلى أن، حذر من أن
		case w == "علي" && p.word(k+1) != "حد":
			k = p.skipPlace(k+1, limit)
		case wordSets.relative[w] && p.markerAhead(k+1, limit) > 0:
			k = p.markerAhead(k+1, limit) // يوضح ليو الذي شارك في تنظيم الحدث أن
		case w == "لم" || w == "رفض" || w == "طلب" || w == "فضل" || w == "مفضلا" || w == "طالبا":
			next := p.skipUnnamed(k, limit)
			if next == k {
				a.stop = k
				return a
			}
			k = next
		case w == "بينما" || w == "عندما" || w == "حين" || w == "وهو" || w == "وهي":
			k = p.skipToComma(k+1, limit)
		case p.isComma(k) && p.appositionEnd(k, limit) > k:
			k = p.appositionEnd(k, limit) // ، قائدة وحدات حماية الشعب في سوريا، إن
		case p.isComma(k) || p.inSet(k, wordSets.timeWord) || p.inSet(k, wordSets.weekday) || p.inSet(k, wordSets.skipAfterCue):
			k++
		case w == "في" && p.word(k+1) == "وقت":
			k = p.skipAdverbs(k, limit)
		case w == "عبر" || w == "امام" || w == "خلال" || w == "لدى" || w == "لدي":
			k = p.skipPlace(k+1, limit)
		case c.object && p.toks[k].Kind == text.Word && len(a.vias) == 0 && a.relayed[0] < 0 && w != "انه":
			a.contentFrom, a.stop = k, k
			return a
		case c.object && p.isBToken(k):
			a.contentFrom, a.stop = k, k
			return a
		default:
			if p.isBToken(k) {
				a.contentFrom, a.stop = k, k
				return a
			}
			a.stop = k
			return a
		}
	}
	a.stop = k
	return a
}

// isBToken reports whether token k is a verbal noun with ب (بمقتل، بأن): the
// object of أفاد/أبلغ.
func (p *parse) isBToken(k int) bool {
	t := p.toks[k]
	if t.Kind != text.Word {
		return false
	}
	w := t.Norm
	if len(w) > 2 && w[:2] == "ب" {
		rest := w[2:]
		return wordSets.eventNoun[rest] || wordSets.eventNoun[t.Base]
	}
	return false
}

// appositionEnd returns the token after a phrase set off by commas after a
// speaker when a complement marker or a via follows it (، وهو برلماني عن
// حزب ...، لبي بي سي إن), or k.
func (p *parse) appositionEnd(k, limit int) int {
	for m := k + 1; m < limit && m < k+14; m++ {
		if p.inSet(m, wordSets.complement) || p.isPunct(m, ":") || p.isQuoteMark(m) {
			return k
		}
		if p.isComma(m) {
			n := p.skipAdverbs(m+1, limit)
			if n < limit && (p.inSet(n, wordSets.complement) || p.viaStart(n) || p.isPunct(n, ":")) {
				return n
			}
			return k
		}
	}
	return k
}

// markerAhead returns the first complement marker, colon or via within ten
// tokens from k when only words and commas come before it, or -1.
func (p *parse) markerAhead(k, limit int) int {
	for m := k; m < limit && m < k+10; m++ {
		switch {
		case p.accordingOutlet(m, limit) > m:
			return m
		case p.inSet(m, wordSets.complement) || p.isPunct(m, ":") || p.viaStart(m) ||
			(p.word(m) == "الي" || p.word(m) == "مع") && p.talkOutlet(m+1):
			return m
		case p.toks[m].Kind == text.Punct && !p.isComma(m):
			return -1
		}
	}
	return -1
}

// skipUnnamed skips "لم يذكر اسمه"، "رفض الكشف عن هويته" after an anonymous
// speaker, or returns k.
func (p *parse) skipUnnamed(k, limit int) int {
	for m := k + 1; m < limit && m < k+8; m++ {
		switch p.word(m) {
		case "اسمه", "اسمها", "اسمهم", "هويته", "هويتها", "هويتهم":
			return m + 1
		}
	}
	return k
}

// skipToComma skips a subordinate clause up to the comma after it (وقال رجل
// بينما كان يحمل ...، إن ...), or returns k when none comes soon.
func (p *parse) skipToComma(k, limit int) int {
	for m := k; m < limit && m < k+20; m++ {
		if p.isComma(m) {
			return m + 1
		}
		if p.isPunct(m, ":") && m > k {
			return m // ، وهي معلمة فقدت شقيقها: “...”
		}
		if p.toks[m].Kind == text.Punct || p.inSet(m, wordSets.complement) {
			return k
		}
	}
	return k
}

// skipPlace skips the phrase after عبر/أمام/خلال: up to a marker or comma.
func (p *parse) skipPlace(k, limit int) int {
	for n := 0; k < limit && n < 8; n++ {
		if p.toks[k].Kind != text.Word || p.inSet(k, wordSets.complement) || p.viaStart(k) ||
			wordSets.eventNoun[p.word(k)] || p.isBToken(k) ||
			(p.word(k) == "في" && wordSets.statementNoun[p.word(k+1)]) {
			return k
		}
		k++
	}
	return k
}

// talkOutlet reports whether an outlet starts at k (after "إلى"/"مع" in
// "في حديث إلى وكالة رويترز").
func (p *parse) talkOutlet(k int) bool {
	if k >= len(p.toks) {
		return false
	}
	_, end := p.outletAt(k, "")
	return end > k && k > 1 && p.talkBefore(k-1)
}

// outletEnd returns the end of an outlet's name at k, or k.
func (p *parse) outletEnd(k int) int {
	_, end := p.outletAt(k, "")
	return end
}

// talkBefore reports whether a statement noun precedes token k by one or two
// words (في حديث إلى، في مقابلة خاصة مع).
func (p *parse) talkBefore(k int) bool {
	for m := k - 1; m >= 0 && m >= k-3; m-- {
		if wordSets.statementNoun[p.word(m)] {
			return true
		}
	}
	return false
}

// relayedSpeaker reads "عن Y قوله" from k (after عن): Y's end when قوله
// follows, else k.
func (p *parse) relayedSpeaker(k, limit int) int {
	end := p.nounPhrase(k, limit)
	if end > k && end < limit && p.inSet(end, wordSets.quoteOf) {
		return end
	}
	return k
}

// relayedAcross reads a relayed source whose قوله comes after an aside set
// off by commas (عن مصدر أمني رفيع المستوى، لم تكشف عن اسمه، قوله إن): it
// returns the end of the source's phrase and the token after قوله, or np == m
// when there is no such aside.
func (p *parse) relayedAcross(k, limit int) (np, m int) {
	np = p.nounPhrase(k, limit)
	if np == k || np >= limit || !p.isComma(np) {
		return k, k
	}
	for q := np + 1; q < limit && q-np <= 8; q++ {
		switch {
		case p.inSet(q, wordSets.quoteOf) && p.isComma(q-1):
			return np, q + 1
		case p.toks[q].Kind == text.Number || p.inSet(q, wordSets.complement) || p.isPunct(q, ".", ":", "؟", "!"):
			return k, k
		}
	}
	return k, k
}

// opensQuote reports whether token k opens a quotation.
func (p *parse) opensQuote(k int) bool {
	for _, q := range p.quotes {
		if q.open == p.toks[k].Start {
			return true
		}
	}
	return false
}

// quoteAt returns the quotation opened at token k.
func (p *parse) quoteAt(k int) (quote, bool) {
	for _, q := range p.quotes {
		if q.open == p.toks[k].Start {
			return q, true
		}
	}
	return quote{}, false
}

// clauseEnd returns the end (exclusive) of the clause that starts at from:
// the sentence end, or a فيما/بينما/في حين, or a participle or a new
// reporting verb after a comma. A quotation open at the end runs on to its
// closing mark, across sentences.
func (p *parse) clauseEnd(from, limit int) int { return p.clauseEndAt(from, limit, true) }

// contentEnd is clauseEnd for the content of a reporting verb: a فيما/بينما
// clause stays inside it ("أفادت سانا بأن ...، فيما أصيب 23").
func (p *parse) contentEnd(from, limit int) int { return p.clauseEndAt(from, limit, false) }

func (p *parse) clauseEndAt(from, limit int, whileBreaks bool) int {
	for k := from; k < limit; k++ {
		if q := p.quoteOf[k]; q >= 0 && k == from {
			continue
		}
		if k > from && p.isComma(k-1) && p.word(k) == "فقد" && !p.insideSpeech(k) {
			return k // "...، فقد انسحب": the writer's own explanation
		}
		if k > from && p.clauseBreak(k) && (whileBreaks || p.isCueAt(k)) {
			return k
		}
	}
	return limit
}

// isCueAt reports whether token k is a reporting verb or participle.
func (p *parse) isCueAt(k int) bool {
	_, ok := lookupCue(p.toks[k])
	return ok
}

// clauseBreak reports whether a new clause starts at token k.
func (p *parse) clauseBreak(k int) bool {
	if p.insideSpeech(k) {
		return false
	}
	if p.inSet(k, wordSets.clauseBreak) || (p.word(k) == "في" && p.word(k+1) == "حين") ||
		(p.word(k) == "وفي" && p.word(k+1) == "حين") {
		return true
	}
	if c, ok := lookupCue(p.toks[k]); ok && p.isComma(k-1) {
		if c.marked && p.markerAhead(k+1, len(p.toks)) < 0 {
			return false // ، ويقدر عددهم بـ: a verb that reports only with a marker
		}
		return c.class == participleCue || c.class == verbCue && p.toks[k].Norm != bareNorm(p.toks[k])
	}
	return false
}

// bareNorm returns a word's folded form without a leading و.
func bareNorm(t text.Token) string {
	if len(t.Norm) > 2 && t.Norm[:2] == "و" {
		return t.Norm[2:]
	}
	return t.Norm
}

// clauseStart returns the first token of the clause holding token i.
func (p *parse) clauseStart(i, sentFrom int) int {
	for k := i - 1; k > sentFrom; k-- {
		if p.clauseBreak(k) {
			return k + 1
		}
	}
	return sentFrom
}

// content turns a token range into the claim's span and kind: a range that
// starts with a quotation running to (near) its end is the quotation itself,
// direct; a quotation still open at the end extends the range to its close.
func (p *parse) content(from, to int, kind string) (model.Span, string, bool) {
	for from < to && (p.isComma(from) || p.isPunct(from, ":")) {
		from++
	}
	for to > from && p.toks[to-1].Kind == text.Punct && !p.isQuoteMark(to-1) && !p.isPunct(to-1, ")") {
		to--
	}
	if from >= to {
		return model.Span{}, "", false
	}
	if p.isQuoteMark(from) {
		if q, ok := p.quoteAt(from); ok {
			qs, qe := q.inner()
			if qe > qs && (p.toks[to-1].End <= q.close+2 || kind == Direct) {
				if kind == AccordingTo {
					kind = Indirect
				}
				if p.toks[to-1].End <= q.close+2 {
					kind = Direct
				}
				if qe >= p.toks[to-1].End || kind == Direct {
					return model.SpanOf(p.d.Text, qs, qe), kind, true
				}
			}
		}
	}
	start, end := p.toks[from].Start, p.toks[to-1].End
	if q := p.quoteOf[to-1]; q >= 0 && p.quotes[q].close > end && p.quotes[q].open >= start {
		end = p.quotes[q].close
	}
	for _, q := range p.quotes { // a quotation opened inside and closed later
		if q.open >= start && q.open < end && q.close > end {
			end = q.close
		}
	}
	return model.SpanOf(p.d.Text, start, end), kind, true
}

// accordingOutlet returns the end of "وفقا لـ/بحسب + outlet" at k, a via
// inside another's statement, or k when there is none.
func (p *parse) accordingOutlet(k, limit int) int {
	if c, ok := lookupCue(p.toks[k]); !ok || c.class != accordingCue || k+1 >= limit {
		return k
	}
	end := p.nounPhrase(k+1, limit)
	if _, e := p.outletAt(k+1, ""); e > k+1 && e <= limit {
		return max(e, end)
	}
	if end == k+1 {
		return k
	}
	if _, ok := p.outletName(k+1, end); !ok {
		return k
	}
	return end
}

// accordingVia is the via of an according-to phrase [k,end) read by
// accordingOutlet.
func (p *parse) accordingVia(k, end int) model.Via {
	name, e := p.outletAt(k+1, "")
	if e <= k+1 {
		name, _ = p.outletName(k+1, end)
	}
	return p.via(k+1, end, name)
}
