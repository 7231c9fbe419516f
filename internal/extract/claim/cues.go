package claim

import (
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// newDraft starts a claim at cue token i.
func (p *parse) newDraft(i int, class cueClass) *draft {
	cs := model.SpanOf(p.d.Text, p.toks[i].Start, p.toks[i].End)
	return &draft{
		c:      model.Claim{Cue: cs.Text, CueSpan: &cs, Via: []model.Via{}, Quantities: []int{}, Times: []int{}},
		sent:   p.d.SentenceOf(i),
		cueTok: i,
		class:  class,
	}
}

// verb builds the claim of a reporting verb at i.
func (p *parse) verb(i int, c cue) *draft {
	sf, st := p.sentenceRange(i)
	dr := p.newDraft(i, verbCue)
	if p.inSet(i-1, lightVerbs) {
		return nil // جرى رصد، تم الكشف: a verbal noun, not a statement
	}
	j := p.skipAdverbs(i+1, st)
	inWhich := p.word(i+1) == "فيه" || p.word(i+1) == "فيها"
	if inWhich && !wordSets.relative[p.word(i-1)] {
		return nil // بيانا أكدت فيه ...: a clause about a document, its issuer named before
	}
	if inWhich {
		j = p.skipAdverbs(i+2, st) // في الوقت الذي كشف فيه المدعي العام: the subject follows
	}
	k := p.nounPhrase(j, st)
	npFrom, npTo := j, k
	if objectVerbs[bareNorm(p.toks[i])] && p.twoNames(j, k) {
		npTo = j + 1 // وصف نتنياهو | ظريف بأنه، طالبت واشنطن | أنقرة بإطلاق: the object is read past
	} else if k > j && k < st && p.adjacentEntities(j, k) {
		k = p.entityEndFrom(k) // حذرت واشنطن | أنقرة من: the object entity is read past
	}
	before := false // the speaker stands before the verb
	if f, t, ok := p.antecedent(i, sf, c.gender); ok && !inWhich {
		if t <= f {
			return nil
		}
		npFrom, npTo, k, before = f, t, j, true // "الملك سلمان، الذي نفى علمه": the antecedent speaks
	} else if f, t := p.kanaSubject(i, sf); t > f {
		npFrom, npTo, k, before = f, t, j, true // وكانت الولايات المتحدة قد اتهمت النظام: the object follows
	} else if f, t := p.svoSubject(i, sf); t > f {
		if p.insideClaim(i) {
			return nil // "بأن القوات أعلنت حظر التجول": part of another's statement
		}
		npFrom, npTo, k, before = f, t, j, true // صحيفة العربي الجديد تصف الأجواء: the object follows
	} else if f, t := p.nameBefore(i, sf); c.object && t > f {
		npFrom, npTo, k, before = f, t, j, true // علي حسن اتهم الوزارة: a given name opens the sentence
	} else if c.accuse && j+1 < st && p.toks[j].Kind == text.Word && strings.HasPrefix(p.word(j+1), "ب") && len([]rune(p.word(j+1))) >= 4 {
		npFrom, npTo, k = i, i, j // اتهم بريطانيا بأنها: the accused, not the speaker
	}
	if k > j && p.viaStart(j) {
		k, npFrom, npTo = j, j, j // صرح لصحيفة "نيويورك تايمز" قائلا: the channel, read after; the speaker came before
	}
	if k > j && p.addressee(j) { // قال للحشد "...": an addressee, not the speaker
		j = p.skipAdverbs(k, st)
		k = p.nounPhrase(j, st)
		npFrom, npTo = j, k
	}
	if neg := p.negation(i - 1); neg == "لم" || neg == "لن" || neg == "لا" || neg == "ما" || neg == "مما" {
		return nil // لم يذكر: nothing was said; مما كشف: a consequence
	}
	if k == j && !before && bareNorm(p.toks[i]) == "يذكر" {
		return nil // يُذكر أن: the outlet's own background
	}
	if f, t := p.topic(i, sf); k == j && !before && t > f {
		npFrom, npTo, before = f, t, true // أما الناشط حاتم ...، فيقول: the topic speaks
	}
	if k == j && !before { // SVO: "وكانت الوزارة قد ذكرت"، or a back-reference: "وأضاف أن"
		npFrom, npTo = p.subjectBefore(i, sf)
		if npFrom == npTo && c.gender == 'p' {
			return nil // قالوا، اتهموا: a plural with no subject here
		}
	}
	if !before && c.gender == 'p' && npTo > npFrom && !p.inSet(npFrom, wordSets.timeWord) {
		npFrom, npTo, k = j, j, j // وأضافوا ورود تقارير: a plural verb has its subject already; what follows is the object
		if f, t := p.subjectBefore(i, sf); t > f {
			npFrom, npTo = f, t
		}
	}
	if !before && npTo > npFrom && (p.objectPronoun(npFrom) || p.pronounSuffixed(npFrom) || p.masdarObject(npFrom, c)) && !p.isRoleHead(npFrom) { // أعلن مسؤوليته، يعلن تأجيل الانتخابات: an object, the subject came before
		npFrom, npTo = p.subjectBefore(i, sf)
		k = j
		if npFrom == npTo {
			return nil
		}
	}
	k = p.skipObject(k, st)
	a := p.readAfter(k, st, c)
	if a.contentFrom < 0 && a.relayed[0] < 0 && !before && npTo > npFrom && k == npTo && (p.subjectGoesOn(npTo) || adverbialPreps[p.word(npTo-1)]) && !p.trailing(i, a.stop, st) {
		if m, ok := p.subjectRunsTo(npTo, st); ok { // قالت مصادر أمنية وطبية عراقية إن: the subject runs to its complement
			end := m
			for q := npFrom + 1; q < m; q++ {
				if adverbialPreps[p.word(q)] {
					end = q // an adverbial ends the name
					break
				}
			}
			npTo, k = p.trimPhrase(npFrom, end), m
			a = p.readAfter(m, st, c)
		}
	}
	if a.relayed[0] >= 0 { // "قال X نقلا عن Y": X relays Y
		if npTo > npFrom {
			if name, ok := p.outletName(npFrom, npTo); ok {
				a.vias = append([]model.Via{p.via(npFrom, npTo, name)}, a.vias...)
			}
		}
		npFrom, npTo = a.relayed[0], a.relayed[1]
	}
	var from, to int
	kind := Indirect
	switch {
	case a.contentFrom >= 0:
		from, to = a.contentFrom, p.contentEnd(a.contentFrom, st)
		if a.direct {
			kind = Direct
		}
	case p.trailing(i, a.stop, st):
		from, to = p.before(i, sf)
	default:
		p.silent(npFrom, npTo, i, c)
		return nil
	}
	if c.marked && a.contentFrom < 0 && from >= to {
		return nil
	}
	var sp speakerInfo
	var ok bool
	if npFrom == npTo && p.midClause(i, sf) {
		return nil // "الذين تقول إنهم"، "كيسا قال إنه": a relative clause, not a back-reference
	}
	if npFrom == npTo && i > sf && !p.isComma(i-1) && !p.claimInSentence(p.d.SentenceOf(i)) {
		return nil // "وقّع القادة بيانا ... واتهم": the subject of the sentence's own verb
	}
	if npFrom == npTo && c.named {
		return nil // ويُعتقد أن: impersonal, nobody's claim
	}
	if npFrom == npTo {
		sp, ok = p.lastAgreeing(c.gender)
	} else {
		sp, ok = p.speaker(npFrom, npTo, i)
		if ok && sp.gender == 0 {
			sp.gender = c.gender
		}
	}
	if !ok {
		return nil
	}
	span, kind, ok := p.content(from, to, kind)
	if !ok {
		return nil
	}
	p.markUsed(i, i+1)
	p.markUsed(npFrom, npTo)
	for _, k := range a.according {
		p.markUsed(k, k+1) // its via, not another claim
	}
	dr.c.Span, dr.c.Kind = span, kind
	p.setSpeaker(dr, sp)
	dr.c.Via = append(dr.c.Via, a.vias...)
	dr.viaTalk = a.viaTalk
	return dr
}

// svoSubject finds the subject of a verb that follows it directly, without
// a conjunction (صحيفة العربي الجديد تصف ...، بأن القوات العراقية أعلنت ...):
// up to five words back from a definite word right before the verb, to the
// sentence start, a comma or a complement marker. It returns an empty range
// when the verb does not follow a definite noun phrase.
func (p *parse) svoSubject(i, sf int) (int, int) {
	t := p.toks[i]
	if i <= sf || t.Norm != bareNorm(t) || strings.HasPrefix(t.Norm, "ف") || t.Prefix != "" {
		return i, i
	}
	end := i
	if f, ok := p.entityEndingAt(end - 1); ok && (f == sf || p.isComma(f-1) || p.inSet(f-1, wordSets.complement)) {
		return f, end // تركيا تحذر ...، بيد أن لويس نفى ...: a name right before the verb
	} else if ok {
		if g := p.roleBefore(f, sf); g < f {
			return g, end // ولكن وزير الخارجية بوريس جونسون حذر: a role, a name, then the verb
		}
	}
	if p.isComma(end-1) && end-1 > sf {
		if f, ok := p.entityEndingAt(end - 2); ok && f > sf && p.isComma(f-1) {
			return f, end - 1 // المبعوث الأمريكي، كينيث وورد، قال: the name set off by commas
		}
	}
	if k := end - 1; p.toks[k].Kind != text.Word || !p.toks[k].Definite || p.stopsNPWord(k) ||
		particles[p.word(k)] || prepositions[p.word(k)] || wordSets.timeNoun[p.word(k)] || wordSets.weekday[p.word(k)] {
		return i, i
	}
	from := end - 1
	for from > sf && end-from < 5 {
		k := from - 1
		w := p.word(k)
		if w == "" || p.stopsNPWord(k) || particles[w] || prepositions[w] || p.inSet(k, wordSets.complement) ||
			strings.HasPrefix(p.toks[k].Prefix, "و") || strings.HasPrefix(p.toks[k].Prefix, "ب") || strings.HasPrefix(p.toks[k].Prefix, "ل") {
			break
		}
		from--
	}
	if !(from == sf || p.isComma(from-1) || p.inSet(from-1, wordSets.complement)) {
		return i, i // the phrase is the object or complement of something before it
	}
	if p.toks[from].Kind != text.Word || strings.HasPrefix(p.toks[from].Prefix, "و") || particles[p.word(from)] {
		return i, i
	}
	return from, end
}

// skipObject passes a definite object between the speaker and a
// complement marker: ووصف سامر القصف | بأنه عدوان.
func (p *parse) skipObject(k, st int) int {
	m := k
	for m < st && m-k < 3 && p.toks[m].Kind == text.Word && p.toks[m].Definite && !p.inSet(m, wordSets.complement) {
		m++
	}
	if m > k && m < st && p.inSet(m, wordSets.complement) {
		return m
	}
	return k
}

// silent records a person named as the subject of a reporting verb whose
// content we could not read ("وقال الوزير لآسيا ... مارك فيلد إن"): the
// next "وأضاف" goes back to that person, not to an earlier speaker.
func (p *parse) silent(npFrom, npTo, i int, c cue) {
	if npTo <= npFrom || c.marked || c.gender == 'p' {
		return
	}
	if sp, ok := p.speaker(npFrom, npTo, i); ok && (sp.person || sp.s.Role != "") {
		sp.gender = c.gender
		p.history = append(p.history, sp)
	}
}

// masdarObject reports whether the phrase after a verb is its object: an
// indefinite verbal noun after an object verb (أعلن تأجيل الانتخابات), or an
// oblique plural after any verb (فدعا المتظاهرين).
func (p *parse) masdarObject(k int, c cue) bool {
	t := p.toks[k]
	return c.object && t.Kind == text.Word && !t.Definite && masdarShape(stripProclitic(t)) || obliquePlural(t)
}

// obliquePlural reports whether a token is a definite sound plural in the
// oblique case (المتظاهرين، الفلسطينيين): after a verb it is the object; its
// subject form would end in ون.
func obliquePlural(t text.Token) bool {
	if t.Kind != text.Word || !t.Definite {
		return false
	}
	w := t.Norm
	if i := strings.Index(w, "ال"); i >= 0 && i <= 2 {
		w = w[i+len("ال"):]
	}
	n := len([]rune(w))
	return strings.HasSuffix(w, "يين") && n >= 5 || strings.HasPrefix(w, "م") && strings.HasSuffix(w, "ين") && n >= 6
}

// objectVerbs take a person or body as object right after the subject,
// before ب or بأن: وصف X Y بأنه، طالب X Y بـ، دعا X Y إلى، اتهم X Y بـ.
var objectVerbs = newSet(`وصف وصفت يصف تصف طالب طالبت يطالب تطالب دعا دعت يدعو تدعو ناشد ناشدت يناشد تناشد
	اتهم اتهمت يتهم تتهم حذر حذرت يحذر تحذر ابلغ ابلغت يبلغ تبلغ`)

// familyParts end two-word family names (تشاوش أوغلو).
var familyParts = newSet("اوغلو زاده")

// twoNames reports whether the phrase [j,k) is two bare names, subject and
// object of an object verb: two words without the article, neither a given
// name opening a person's name, a role, a title or a known speaker noun, not
// followed by ب, بأن or إلى.
func (p *parse) twoNames(j, k int) bool {
	if k != j+2 || k >= len(p.toks) {
		return false
	}
	for m := j; m < k; m++ {
		t := p.toks[m]
		if t.Kind != text.Word || t.Definite || t.Prefix != "" || p.isRoleHead(m) || wordSets.title[t.Norm] ||
			wordSets.outletHead[t.Norm] || wordSets.anonymous[t.Norm] || speakerNouns[t.Norm] || institutionHeads[t.Norm] {
			return false
		}
	}
	if wordSets.givenName[p.word(j)] || familyParts[p.word(j+1)] {
		return false
	}
	next := p.word(k)
	return strings.HasPrefix(next, "ب") || next == "الي" || next == "الى" || p.inSet(k, wordSets.complement)
}

// feminineVerb reports whether token k is و or ف before a past verb with
// the feminine ت (وأصدرت، فشنت), which no noun ends with: a noun in
// construct ends with ة.
func (p *parse) feminineVerb(k int) bool {
	t := p.toks[k]
	if t.Kind != text.Word || t.Definite || !(strings.HasPrefix(t.Norm, "و") || strings.HasPrefix(t.Norm, "ف")) {
		return false
	}
	return strings.HasSuffix(t.Text, "ت") && len([]rune(t.Norm)) >= 4
}

// pronounSuffixed reports whether token k ends with a possessive pronoun
// the clitic split left on (رفضه، موقفها): written ه, not the ة of a noun,
// after at least three letters, and not a given name.
func (p *parse) pronounSuffixed(k int) bool {
	t := p.toks[k]
	if t.Kind != text.Word || t.Definite || t.Suffix != "" || wordSets.givenName[t.Norm] || backHeadWord(t.Norm) {
		return false
	}
	for _, suf := range []string{"هما", "هم", "ها", "ه"} {
		if rest, ok := strings.CutSuffix(t.Text, suf); ok {
			return len([]rune(rest)) >= 3
		}
	}
	return false
}

// backHeadWord reports whether a folded word is an institution with a
// pronoun that names a speaker (وزارته، حكومتها، بلاده).
func backHeadWord(w string) bool {
	for head := range backHeads {
		if strings.HasPrefix(w, strings.TrimSuffix(head, "ه")) {
			return true
		}
	}
	return false
}

// topic finds the speaker of "أما X ... فيقول": the phrase after أما when
// the verb carries ف. It returns an empty range otherwise.
func (p *parse) topic(i, sf int) (int, int) {
	if !strings.HasPrefix(p.toks[i].Norm, "ف") || p.toks[i].Prefix == "" {
		return i, i
	}
	for a := i - 1; a >= sf && i-a < 25; a-- {
		if p.word(a) == "اما" {
			if t := p.nounPhrase(a+1, i); t > a+1 {
				return a + 1, t
			}
			return i, i
		}
	}
	return i, i
}

// roleBefore returns the first token of a role phrase (وزير الخارجية) that
// ends right before token f and opens its clause (sentence start, a comma,
// لكن or a complement marker), or f when there is none.
func (p *parse) roleBefore(f, sf int) int {
	g := f
	for g > sf && f-g < 5 && p.toks[g-1].Kind == text.Word && !p.stopsNPWord(g-1) && !particles[p.word(g-1)] &&
		!prepositions[p.word(g-1)] && !p.inSet(g-1, wordSets.complement) {
		g--
	}
	if g == f || !p.isRoleHead(g) {
		return f
	}
	if g == sf || p.isComma(g-1) || particles[p.word(g-1)] || p.inSet(g-1, wordSets.complement) {
		return g
	}
	return f
}

// lightVerbs turn the cue after them into a verbal noun: جرى رصد، تم الإعلان.
var lightVerbs = newSet("جري جرى تم تمت يتم سيتم")

// nameBefore finds a person's name that opens the sentence right before a
// verb (علي حسن اتهم ...): a given name, then up to three words without
// clitics, none of them a stop word.
func (p *parse) nameBefore(i, sf int) (int, int) {
	t := p.toks[i]
	if i <= sf || i-sf > 4 || t.Prefix != "" || t.Norm != bareNorm(t) || !wordSets.givenName[p.word(sf)] {
		return i, i
	}
	if p.word(sf) == "علي" && p.toks[sf+1].Definite {
		return i, i // على الرغم: the preposition, not the name
	}
	for k := sf; k < i; k++ {
		if p.toks[k].Kind != text.Word || p.toks[k].Prefix != "" || k > sf && (p.stopsNPWord(k) || particles[p.word(k)] || prepositions[p.word(k)]) {
			return i, i
		}
	}
	return sf, i
}

// entityEndingAt returns the first token of an entity that ends with token
// k.
func (p *parse) entityEndingAt(k int) (int, bool) {
	if k < 0 || p.toks[k].Kind != text.Word {
		return 0, false
	}
	for _, e := range p.in.Entities {
		if e.End == p.toks[k].End {
			if f := p.d.TokenAt(e.Start); f <= k && p.toks[f].Start == e.Start {
				return f, true
			}
		}
	}
	return 0, false
}

// insideClaim reports whether token i lies in the content of a claim found
// before it.
func (p *parse) insideClaim(i int) bool {
	for _, dr := range p.drafts {
		if dr.c.Start <= p.toks[i].Start && p.toks[i].End <= dr.c.End {
			return true
		}
	}
	return false
}

// objectPronoun reports whether token k is a noun with a possessive pronoun
// that cannot be a speaker alone (مسؤوليته، موقفها), unlike وزارته.
func (p *parse) objectPronoun(k int) bool {
	t := p.toks[k]
	if t.Kind != text.Word || t.Definite {
		return false
	}
	if t.Suffix == "" { // the clitic split leaves a plural's pronoun on: تصريحاته
		return strings.HasSuffix(t.Norm, "اته") || strings.HasSuffix(t.Norm, "اتها") || strings.HasSuffix(t.Norm, "اتهم")
	}
	if _, ok := backHeads[t.Base]; ok {
		return false
	}
	return t.Suffix == "ه" || t.Suffix == "ها" || t.Suffix == "هم" || t.Suffix == "هما"
}

// negation returns the folded word at k without a leading و/ف (ولم → لم).
func (p *parse) negation(k int) string {
	if k < 0 || p.word(k) == "" {
		return ""
	}
	w := p.word(k)
	for _, pre := range []string{"و", "ف"} {
		if rest, ok := strings.CutPrefix(w, pre); ok && (rest == "لم" || rest == "لن" || rest == "لا") {
			return rest
		}
	}
	return w
}

// claimInSentence reports whether a claim was already found in sentence s.
func (p *parse) claimInSentence(s int) bool {
	for _, dr := range p.drafts {
		if dr.sent == s {
			return true
		}
	}
	return false
}

// midClause reports whether a verb without a conjunction stands inside a
// clause (after a word, not at the sentence start, a comma or a quotation).
func (p *parse) midClause(i, sf int) bool {
	if i == sf || p.toks[i].Norm != bareNorm(p.toks[i]) || strings.HasPrefix(p.toks[i].Norm, "ف") {
		return false
	}
	prev := i - 1
	for prev > sf && (p.inSet(prev, wordSets.timeWord) || p.word(prev) == "قد" || p.word(prev) == "كما" || p.word(prev) == "ثم") {
		prev--
	}
	if p.word(prev) == "كما" || p.word(prev) == "ثم" || p.word(prev) == "قد" {
		return false
	}
	return p.toks[prev].Kind == text.Word || p.closesQuote(prev)
}

// trailing reports whether the cue at i follows its content: it comes after a
// comma or a closing quotation, and nothing but its speaker follows it.
func (p *parse) trailing(i, stop, st int) bool {
	prev := i - 1
	if prev < 0 || !(p.isComma(prev) || p.isQuoteMark(prev)) {
		return false
	}
	for k := stop; k < st; k++ {
		if p.toks[k].Kind != text.Punct && !p.inSet(k, wordSets.timeWord) && !p.inSet(k, wordSets.weekday) {
			return false
		}
	}
	return true
}

// before returns the content range before a trailing cue at i: the
// quotation that ends right before it, else the clause up to it.
func (p *parse) before(i, sf int) (int, int) {
	end := i
	for end > sf && p.isComma(end-1) {
		end--
	}
	return p.clauseStart(i, sf), end
}

// addressee reports whether the word after a verb is the one spoken to: ل
// with the article (للحشد، للصحفيين) or before a known noun (لمسؤولين). Names
// that begin with ل (لافروف، ليبرمان) are not addressees; outlets are vias.
func (p *parse) addressee(j int) bool {
	t := p.toks[j]
	if t.Kind != text.Word || p.viaStart(j) || !strings.HasPrefix(t.Norm, "ل") {
		return false
	}
	return strings.HasPrefix(t.Norm, "لل") && !lamNouns[t.Norm[len("ل"):]] || lamPreposition(t)
}

// antecedent reads the speaker of a verb right after a relative pronoun that
// agrees with it: the phrase before the pronoun ("الملك سلمان، الذي نفى"). ok is false when the
// verb does not follow a relative pronoun; an empty range means none found.
func (p *parse) antecedent(i, sf int, g byte) (int, int, bool) {
	r := i - 1
	agree := map[string]byte{"الذي": 'm', "التي": 'f', "الذين": 'p'}
	want, ok := agree[p.word(r)]
	if r <= sf || !ok {
		return 0, 0, false
	}
	if g != want {
		return i, i, true // "المسلحين الذين تقول القوات": the verb has another subject
	}
	switch p.word(i + 1) {
	case "عنه", "عنها", "عنهم", "به", "بها", "بهم", "اليه", "اليها", "اليهم", "له", "لها", "لهم":
		return i, i, true // "القائمة التي أعلنت عنها الداخلية": the antecedent is the object
	}
	end := r
	if p.isComma(end - 1) {
		end--
	}
	from := end
	for from > sf && end-from < 6 && p.toks[from-1].Kind == text.Word && !p.stopsNPWord(from-1) &&
		!prepositions[p.word(from-1)] && !p.isCueWord(from-1) && !p.isAccordingWord(from-1) {
		from--
		if pre := p.toks[from].Prefix; strings.HasPrefix(pre, "ب") || strings.HasPrefix(pre, "ل") {
			break // بالملك سامي: the antecedent is the object of a preposition
		}
	}
	if f, ok := p.entityEndingAt(end - 1); ok && f > from && !p.isRoleHead(f-1) && !wordSets.title[p.word(f-1)] &&
		!p.isComma(f-1) && p.toks[f-1].Kind == text.Word {
		return f, end, true // خطايا سلفه | جورج بوش، الذي أعلن: the name, not the phrase around it
	}
	if from == sf && end-from > 1 && p.feminineVerb(from) && p.toks[from+1].Definite {
		from++ // وأصدرت | المحكمة، التي شددت: the sentence's verb, then its subject
	}
	t := p.toks[from]
	if from == end || !(from == sf || from == sf+1 && p.feminineVerb(sf) || p.isComma(from-1) || p.isAccordingWord(from-1) || prepositions[p.word(from-1)] || p.isCueWord(from-1) ||
		strings.HasPrefix(t.Prefix, "ب") || strings.HasPrefix(t.Prefix, "ل")) {
		return i, i, true // no phrase that plainly stands alone
	}
	return from, end, true
}

// kanaSubject finds the subject of "وكان X قد VERB" (with قد) before a verb.
func (p *parse) kanaSubject(i, sf int) (int, int) {
	if i-1 <= sf {
		return i, i
	}
	end := i - 1 // قد
	if p.word(end) != "قد" {
		end = i // وكانت المنظمة (يوروكونترول) دعت: without قد the phrase must reach the verb
	}
	for k := end - 1; k >= sf && k >= end-1-maxNP; k-- {
		w := bareNorm(p.toks[k])
		if w == "كان" || w == "كانت" {
			if to := p.nounPhrase(k+1, end); to > k+1 && (end < i || to == end) {
				return k + 1, to
			}
			return i, i
		}
		if p.isCueWord(k) || p.inSet(k, wordSets.complement) {
			break
		}
	}
	return i, i
}

// subjectBefore finds the speaker before a verb: "وكانت X قد قالت"، "وكان X،
// ومقره بريطانيا، أفاد". It returns an empty range when there is none.
func (p *parse) subjectBefore(i, sf int) (int, int) {
	end := i
	if end > sf && p.word(end-1) == "قد" {
		end--
	}
	for k := end - 1; k >= sf && k >= end-maxNP; k-- {
		w := bareNorm(p.toks[k])
		if w == "كان" || w == "كانت" || w == "كانوا" {
			if k+1 < end {
				to := p.nounPhrase(k+1, end)
				if to > k+1 {
					return k + 1, to
				}
			}
			return i, i
		}
		if p.isCueWord(k) || p.inSet(k, wordSets.complement) || p.inSet(k, wordSets.clauseBreak) {
			break // "كانت «إيجابية»، فيما أكد": كانت belongs to another clause
		}
	}
	return p.phraseBefore(i, sf)
}

// particles are words that cannot start a speaker phrase before a verb.
var particles = newSet("لكن ولكن لكنه ولكنه لكنها ولكنها انه انها كما ثم حيث الذي التي الذين والتي والذي اذ وقد قد لقد كانت كان")

// speakerNouns head the indefinite speakers a relative verb can follow:
// "تقارير سورية ذكرت"، "مصادر قالت".
var speakerNouns = newSet("تقارير تقرير وسائل صحف صحيفه منظمات جهات اوساط مصادر مصدر مسؤولون مسؤولين ناشطون ناشطين شهود سكان بيانات ارقام تقديرات وثائق")

// phraseBefore reads the indefinite antecedent of a verb that works as a
// relative clause ("مع تقارير سورية في وقت سابق ذكرت أن"): up to four
// indefinite words right before a verb without a conjunction.
func (p *parse) phraseBefore(i, sf int) (int, int) {
	if p.toks[i].Norm != bareNorm(p.toks[i]) || p.toks[i].Prefix != "" {
		return i, i
	}
	end := i
	for end > sf {
		switch {
		case p.word(end-1) == "سابق" && p.word(end-2) == "وقت" && p.word(end-3) == "في":
			end -= 3
		case p.inSet(end-1, wordSets.weekday) || p.inSet(end-1, wordSets.timeWord):
			end--
		default:
			goto found
		}
	}
found:
	from := end
	for from > sf && end-from < 4 {
		k := from - 1
		if p.toks[k].Kind != text.Word || wordSets.stopNP[p.word(k)] || p.isCueWord(k) || particles[p.word(k)] ||
			p.inSet(k, wordSets.complement) || prepositions[p.word(k)] || p.toks[k].Definite ||
			strings.HasPrefix(p.toks[k].Prefix, "و") || strings.HasPrefix(p.toks[k].Prefix, "ف") {
			break
		}
		from--
	}
	if from < end && !speakerNouns[baseOf(p.word(from))] && !wordSets.anonymous[p.word(from)] {
		return i, i
	}
	if from > sf && !prepositions[p.word(from-1)] && !wordSets.stopNP[p.word(from-1)] {
		return i, i // "وحمل رجل كيسا قال": the phrase is a verb's subject, not an antecedent
	}
	if from == end || from == sf || particles[p.word(from)] ||
		strings.HasPrefix(p.word(from), "و") && p.toks[from].Prefix != "" {
		return i, i
	}
	return from, end
}

// relay builds the claim of "نقلت X عن Y (قوله) أن ...".
func (p *parse) relay(i int) *draft {
	_, st := p.sentenceRange(i)
	j := p.skipAdverbs(i+1, st)
	k := p.nounPhrase(j, st)
	y := k + 1 // نقل X عن Y
	document := false
	switch {
	case k < st && p.word(k) == "علي" && p.word(k+1) == "لسان":
		y = k + 2 // نقل X على لسان Y
	case k > j && k < st && wordSets.docNoun[p.word(k)]:
		y, document = k, true // نقلت الوكالة بيان وزارة الدفاع الذي جاء فيه: the document's issuer speaks
	case k == j || k >= st || p.word(k) != "عن":
		return nil
	}
	yEnd := p.nounPhrase(y, st)
	if document {
		yEnd = p.nounPhrase(y+1, st) // the issuer, after the document noun
		if yEnd == y+1 {
			return nil
		}
	}
	if yEnd == y {
		return nil
	}
	after := yEnd
	if document {
		after = p.skipInWhich(yEnd, st)
	}
	a := p.readAfter(after, st, cue{class: relayCue})
	if a.contentFrom < 0 {
		return nil
	}
	sp, ok := p.speaker(y, yEnd, i)
	if !ok {
		return nil
	}
	span, kind, ok := p.contentAfter(a, st)
	if !ok {
		return nil
	}
	dr := p.newDraft(i, relayCue)
	dr.c.Span, dr.c.Kind = span, kind
	if name, ok := p.relayName(j, k); ok {
		dr.c.Via = append(dr.c.Via, p.via(j, k, name))
	}
	dr.c.Via = append(dr.c.Via, a.vias...)
	dr.viaRelay = len(dr.c.Via) > 0
	p.setSpeaker(dr, sp)
	p.markUsed(i, yEnd)
	return dr
}

// relayName resolves the relaying phrase of نقل: an outlet, or a
// back-reference to one (التلفزيون → التلفزيون الرسمي السوري).
func (p *parse) relayName(from, to int) (string, bool) {
	if to <= from {
		return "", false // نقل على لسان X: no relay named
	}
	if name, ok := p.outletName(from, to); ok {
		return name, true
	}
	if to-from == 1 && outletBackHeads[bareNorm(p.toks[from])] { // نقلت الوكالة عن: the agency named before
		for k := from - 1; k >= 0; k-- {
			if name, end := p.outletAt(k, ""); end > k && name != "" {
				return name, true
			}
		}
	}
	sp, ok := p.speaker(from, to, from)
	if ok && sp.outlet {
		return sp.s.Name, true
	}
	return "", false
}

// according builds the claim of بحسب/حسب/وفق/وفقا لـ/طبقا لـ/استنادا إلى X.
func (p *parse) according(i int) *draft {
	sf, st := p.sentenceRange(i)
	j := i + 1
	w := bareNorm(p.toks[i])
	if w == "استنادا" && (p.word(j) == "الي" || p.word(j) == "الى") {
		j++
	}
	if p.word(j) == "ما" || p.word(j) == "لما" || p.word(j) == "ل" && p.word(j+1) == "ما" {
		return p.accordingVerb(i)
	}
	if p.word(j) == "ل" { // وفقا لـ المرصد
		j++
	}
	if j >= st || p.toks[j].Kind != text.Word && !p.isQuoteMark(j) {
		return nil
	}
	k := p.nounPhrase(j, st)
	if _, end := p.outletAt(j, ""); end > k && end <= st {
		k = end // بحسب الأسوشيتد برس: an outlet's name runs on
	}
	if k == j || k == j+1 && p.toks[j].Suffix != "" && !p.isRoleHead(j) {
		return nil // وفقا لإراداتها
	}
	if wordingNouns[stripLam(p.word(j))] && k > j+1 {
		j++ // بحسب تعبير الخارجية: the ministry speaks
	}
	if isRule(baseOf(stripLam(p.word(j)))) {
		return nil // وفقا للدستور، بحسب الاتفاق: a rule, not a speaker
	}
	npFrom, npTo := j, k
	// حسب الأرقام التي أكدها المرصد
	if wordSets.docNoun[p.word(j)] || wordSets.docNoun[stripLam(p.word(j))] {
		if f, t, ok := p.relativeSpeaker(k, st); ok {
			npFrom, npTo, k = f, t, t
		} else if p.issuedBy(k - 1) {
			if t := p.nounPhrase(k+1, st); t > k+1 { // بيان صادر عن الوزارة
				npFrom, npTo, k = k+1, t, t
			}
		} else if k < st && (strings.HasPrefix(p.word(k), "لل") || strings.HasPrefix(p.word(k), "ل") && p.toks[k].Definite) {
			if t := p.nounPhrase(k, st); t > k { // وفق حصيلة جديدة للمرصد: the document's issuer
				npFrom, npTo, k = k, t, t
			}
		}
	}
	return p.accordingClaim(i, npFrom, npTo, k, sf, st)
}

// wordingNouns name the wording, not the speaker, before a speaker: بحسب
// تعبير الخارجية، وفق رواية الجيش.
var wordingNouns = newSet("تعبير قول وصف روايه")

// rules are what things happen "according to" without saying anything:
// laws, agreements, plans, schedules, orders.
var rules = newSet(`دستور قانون قوانين اتفاق اتفاقيه اتفاقات معاهده قرار قرارات نظام انظمه لوائح لائحه شروط شرط
	خطه خطط برنامج جدول تسلسل ترتيب مبدا مبادئ قواعد قاعده ماده مواد بند بنود معايير معيار اسس اساس توقيت
	اجراءات اجراء تعليمات نص نصوص مرسوم اعراف تقاليد تقويم سياسه سياسات صيغه الية اليه مقتضيات احكام طريقه
	ديانه دين شريعه عقيده تعاليم عادات تشريعات تشريع تقسيم توزيع`)

// isRule reports whether a folded word, with or without a possessive
// pronoun (تشريعاتها), is one of the rules.
func isRule(w string) bool {
	if rules[w] {
		return true
	}
	for _, suf := range []string{"هما", "هم", "ها", "ه"} {
		if rest, ok := strings.CutSuffix(w, suf); ok && len([]rune(rest)) >= 3 && rules[rest] {
			return true
		}
	}
	return false
}

// stripLam removes a leading ل from a folded word (للمرصد → المرصد).
func stripLam(w string) string {
	if len(w) > 4 && w[:4] == "لل" {
		return "ال" + w[4:]
	}
	if len(w) > 2 && w[:2] == "ل" {
		return w[2:]
	}
	return w
}

// relativeSpeaker reads "التي أكدها X" from k: X's range.
func (p *parse) relativeSpeaker(k, st int) (int, int, bool) {
	if k+1 >= st || !wordSets.relative[p.word(k)] {
		return 0, 0, false
	}
	t := p.toks[k+1]
	base := t.Norm
	for _, suf := range []string{"ها", "ه", "هم"} {
		if len(base) > len(suf)+4 && base[len(base)-len(suf):] == suf {
			if _, ok := cues[base[:len(base)-len(suf)]]; ok {
				f := p.skipAdverbs(k+2, st)
				to := p.nounPhrase(f, st)
				return f, to, to > f
			}
		}
	}
	return 0, 0, false
}

// accordingVerb builds "حسبما أفاد X"، "وفق ما ذكرت X"، "كما قال X".
func (p *parse) accordingVerb(i int) *draft {
	sf, st := p.sentenceRange(i)
	v := i + 1
	for v < st && (p.word(v) == "ما" || p.word(v) == "لما" || p.word(v) == "ل") {
		v++
	}
	if v >= st {
		return nil
	}
	c, ok := lookupCue(p.toks[v])
	if !ok {
		c, ok = cueWithPronoun(p.toks[v]) // وفقا لما قاله، حسبما ذكرته: the verb with its object pronoun
	}
	if !ok {
		// وفقا لما نشرته وكالة ...: a verb with an object pronoun
		if !p.publishVerb(v) {
			return nil
		}
	} else if c.class != verbCue && c.class != relayCue {
		return nil
	}
	j := p.skipAdverbs(v+1, st)
	k := p.nounPhrase(j, st)
	if k == j || (p.objectPronoun(j) || p.pronounSuffixed(j)) && !p.isRoleHead(j) {
		return nil // كما أكد رفضه: an object, not a speaker
	}
	if c.class == relayCue { // بحسب ما نقلت وكالة رويترز عن مسؤول
		if k >= st || p.word(k) != "عن" {
			return nil
		}
		yEnd := p.nounPhrase(k+1, st)
		if yEnd == k+1 {
			return nil
		}
		name, isOutlet := p.relayName(j, k)
		p.markUsed(v, v+1)
		dr := p.accordingClaim(i, k+1, yEnd, yEnd, sf, st)
		if dr != nil && isOutlet {
			dr.c.Via = append(dr.c.Via, p.via(j, k, name))
		}
		return dr
	}
	if bareNorm(p.toks[i]) == "كما" && !p.trailing(i, p.skipAdverbs(k, st), st) && !p.isComma(i-1) {
		return nil
	}
	p.markUsed(v, v+1)
	dr := p.accordingClaim(i, j, k, k, sf, st)
	if dr != nil && k < st && wordSets.outletHead[p.word(k)] && p.outletEnd(k) > k {
		name, end := p.outletAt(k, "") // وفق ما أفاد مسؤول وكالة فرانس برس
		dr.c.Via = append(dr.c.Via, p.via(k, end, name))
	}
	return dr
}

// publishVerb reports whether token v is نشر/أورد/بث with an object pronoun.
func (p *parse) publishVerb(v int) bool {
	switch p.word(v) {
	case "نشرته", "نشرتها", "نشره", "اوردته", "اورده", "بثته", "بثه", "اعلنته", "اعلنه", "ذكرته", "ذكره", "نقلته", "نقلتها", "نقله", "نقلها":
		return true
	}
	return false
}

// accordingClaim builds an according-to claim with speaker [npFrom,npTo) and
// cue i; k is the token after the phrase. The content is the clause around
// the cue: after the phrase when the cue leads it, before it when the cue
// trails it, else the whole clause.
func (p *parse) accordingClaim(i, npFrom, npTo, k, sf, st int) *draft {
	cs := p.clauseStart(i, sf)
	rest := p.skipAdverbs(k, st)
	then := false // "وبحسب الوثائق، فقد ...": the content follows
	for rest < st && (p.word(rest) == "فقد" || p.word(rest) == "فان" || p.word(rest) == "فإن") {
		rest, then = rest+1, true
	}
	ce := p.clauseEnd(max(k, i+1), st)
	if then {
		ce = p.clauseEnd(rest, st)
	}
	rest = min(rest, ce)
	var from, to int
	switch {
	case !then && (rest >= ce || p.onlyPunct(rest, ce)): // trailing: "..., بحسب المرصد."
		from, to = p.before(i, sf)
		from = max(from, cs)
	case then || i == cs || p.onlyConj(cs, i): // leading
		from, to = rest, ce
	default:
		from, to = cs, ce
	}
	sp, ok := p.speaker(npFrom, npTo, i)
	sp.accordingOutlet = sp.outlet // بحسب فرانس برس: the channel, not who "وقال" goes back to
	if !ok {
		return nil
	}
	span, kind, ok := p.content(from, to, AccordingTo)
	if !ok {
		return nil
	}
	dr := p.newDraft(i, accordingCue)
	dr.c.Span, dr.c.Kind = span, kind
	p.setSpeaker(dr, sp)
	p.markUsed(i, npTo)
	return dr
}

func (p *parse) onlyPunct(from, to int) bool {
	for k := from; k < to; k++ {
		if p.toks[k].Kind != text.Punct {
			return false
		}
	}
	return true
}

// onlyConj reports whether tokens [from,to) are only conjunctions or commas.
func (p *parse) onlyConj(from, to int) bool {
	for k := from; k < to; k++ {
		if !(p.word(k) == "و" || p.word(k) == "ف" || p.toks[k].Kind == text.Punct) {
			return false
		}
	}
	return true
}

// participle builds "…، مضيفا أن ..." with the speaker of the sentence's
// previous claim, or the last speaker.
func (p *parse) participle(i int) *draft {
	sf, st := p.sentenceRange(i)
	opens := i == sf // مضيفا أن ... opening a sentence: the last sentence's speaker goes on
	if len(p.drafts) == 0 || !(opens || p.isComma(i-1) || p.isQuoteMark(i-1) || p.isPunct(i-1, ")")) {
		return nil // رقابة مشددة: an adjective, not a reporting participle
	}
	a := p.readAfter(p.skipAdverbs(i+1, st), st, cue{class: participleCue})
	if a.contentFrom < 0 {
		return nil
	}
	span, kind, ok := p.contentAfter(a, st)
	if !ok {
		return nil
	}
	dr := p.newDraft(i, participleCue)
	dr.c.Span, dr.c.Kind = span, kind
	last := p.drafts[len(p.drafts)-1]
	if last.sent != dr.sent && !(opens && last.sent == dr.sent-1) {
		return nil // "وثمنت الوزيرة ...، لافتة إلى": the subject of a verb that is no cue
	}
	sp := *last.c.Speaker
	dr.c.Speaker = &sp
	dr.outlet = last.outlet
	dr.c.Via = append(dr.c.Via, last.c.Via...)
	p.markUsed(i, i+1)
	return dr
}

// asHeSaid handles "على حد قوله/تعبيره" at token i (حد): the clause before
// it, said by the last speaker. It reports whether i was such a cue.
func (p *parse) asHeSaid(i int) bool {
	cf, ct, ok := p.asHeSaidCue(i)
	if !ok || len(p.drafts) == 0 {
		return false
	}
	sf, _ := p.sentenceRange(i)
	from, to := p.before(cf, sf)
	span, _, ok := p.content(from, to, AccordingTo)
	if !ok {
		return false
	}
	last := p.drafts[len(p.drafts)-1]
	if overlaps(last.c.Span, span) { // the clause is already that speaker's claim
		p.markUsed(cf, ct)
		return true
	}
	dr := p.newDraft(cf, asHeSaidCue)
	cs := p.span(cf, ct)
	dr.c.Cue, dr.c.CueSpan = cs.Text, &cs
	dr.c.Span, dr.c.Kind = span, AccordingTo
	sp := *last.c.Speaker
	dr.c.Speaker = &sp
	dr.outlet = last.outlet
	p.add(dr)
	p.markUsed(cf, ct)
	return true
}

// asHeSaidCue returns the tokens of "على حد قوله" (i at حد) or "حسب
// تعبيره"، "بحسب قوله"، "وفق تعبيرها" (i at the preposition).
func (p *parse) asHeSaidCue(i int) (from, to int, ok bool) {
	switch p.word(i + 1) {
	case "قوله", "قولها", "تعبيره", "تعبيرها", "قولهم", "تعبيرهم", "وصفه", "وصفها":
	default:
		return 0, 0, false
	}
	if p.word(i) == "حد" && p.word(i-1) == "علي" {
		return i - 1, i + 2, true
	}
	switch bareNorm(p.toks[i]) {
	case "حسب", "بحسب", "وفق", "وفقا":
		return i, i + 2, true
	}
	return 0, 0, false
}

func (p *parse) markUsed(from, to int) {
	for k := max(from, 0); k < to && k < len(p.used); k++ {
		p.used[k] = true
	}
}

// subjectGoesOn reports whether the word where the noun-phrase reader
// stopped can still belong to the subject: a coordinated or nisba adjective
// (وطبية، عراقية), a preposition that opens its complement (من، في، لشؤون),
// a hashtag or an apposition. A new definite noun is the verb's object
// (وصفت الوزارة | الخطوة الألمانية بأنها), and the subject ends before it.
func (p *parse) subjectGoesOn(k int) bool {
	if k >= len(p.toks) {
		return false
	}
	t := p.toks[k]
	if t.Kind == text.Punct {
		return p.isComma(k) || p.isPunct(k, "#", "(", "-", "–")
	}
	if t.Kind != text.Word {
		return false
	}
	w := t.Norm
	switch {
	case strings.HasPrefix(t.Prefix, "و") && !t.Definite:
		return true // مصادر أمنية | وطبية
	case w == "من" || w == "في":
		return true // مسؤول | من وزارة الصحة
	case strings.HasPrefix(w, "ل") && !strings.HasPrefix(w, "لل") && !t.Definite:
		return true // وزير الدولة | لشؤون آسيا
	case !t.Definite && nisba(w):
		return true
	case p.isRoleHead(k) || adverbialPreps[w]:
		return true // باسل الحجيري | رئيس بلدية عرسال؛ بوعنان | أمام محكمة
	case k > 0 && wordSets.givenName[p.word(k-1)] || p.inEntity(k) && p.inEntity(k-1):
		return true // عبد الرحمن | بوعنان: the name goes on
	}
	return false
}

// adverbialPreps open a phrase of place or time between a subject and its
// complement (قال فلان أمام المحكمة إن): not part of the speaker's name.
var adverbialPreps = newSet("امام خلال اثناء عقب لدي عند بعد قبل")

// subjectRunsTo finds where the subject of a reporting verb ends when the
// noun-phrase reader stopped early: in a verb-subject-complement sentence the
// subject runs to the complement (أن، إن، a colon, an opening quote), to the
// channel it came through (لوكالة، وفقا لـ، نقلا عن, في بيان) or to its
// relay, across coordinated adjectives, hashtags, appositions and
// prepositional phrases (مصادر أمنية وطبية عراقية، مسؤول من وزارة الصحة
// العامة). It gives up on a number, another cue or the end of a clause.
func (p *parse) subjectRunsTo(from, limit int) (int, bool) {
	for m := from; m < limit && m-from <= 10; m++ {
		t := p.toks[m]
		switch {
		case p.inSet(m, wordSets.complement) || p.isPunct(m, ":") || p.isQuoteMark(m) && p.opensQuote(m):
			return m, m > from
		case p.word(m) == "نقلا" && p.word(m+1) == "عن" || p.viaStart(m) || p.accordingOutlet(m, limit) > m:
			return m, m > from
		case p.word(m) == "في" && wordSets.statementNoun[p.word(m+1)]:
			return m, m > from
		case t.Kind == text.Number || t.Kind == text.Word && (p.isCueWord(m) || wordSets.relative[p.word(m)]):
			return 0, false
		case t.Kind == text.Punct && !p.isComma(m) && !p.isPunct(m, "#", "_", "(", ")", "-", "–"):
			return 0, false
		}
	}
	return 0, false
}

// inDocument builds the claim of a statement found in a document: «جاء في
// بيان المحكمة أنه ...»، «ورد في التقرير أن ...», «جاء فيه:». The speaker is
// the document's issuer (its genitive, الصادر عن X, لـX) or, for a document
// named alone, the issuer found earlier; the content follows أن/إن, a colon
// or a quote.
func (p *parse) inDocument(i int) *draft {
	if v := bareNorm(p.toks[i]); v != "جاء" && v != "ورد" || p.toks[i].Kind != text.Word {
		return nil
	}
	_, st := p.sentenceRange(i)
	if p.word(i+1) != "في" || i+2 >= st {
		return nil
	}
	d := i + 2
	if !wordSets.docNoun[p.word(d)] && !wordSets.statementNoun[p.word(d)] {
		return nil
	}
	np := p.nounPhrase(d, st)
	if np <= d {
		np = d + 1
	}
	m, ok := p.subjectRunsTo(np, st)
	if !ok && !(np < st && (p.inSet(np, wordSets.complement) || p.isPunct(np, ":") || p.isQuoteMark(np) && p.opensQuote(np))) {
		return nil
	}
	if !ok {
		m = np
	}
	a := p.readAfter(m, st, cue{class: verbCue})
	if a.contentFrom < 0 {
		return nil
	}
	from, to := d, p.trimPhrase(d, max(np, m))
	for k := d + 1; k+1 < to; k++ { // بيان صادر عن الوزارة: the issuer after عن
		if p.issuedBy(k - 1) {
			from = k + 1
		}
	}
	sp, ok := p.speaker(from, to, i)
	if !ok {
		return nil
	}
	span, kind, ok := p.contentAfter(a, st)
	if !ok {
		return nil
	}
	dr := p.newDraft(i, verbCue)
	p.markUsed(i, to)
	dr.c.Span, dr.c.Kind = span, kind
	p.setSpeaker(dr, sp)
	dr.c.Via = append(dr.c.Via, a.vias...)
	return dr
}

// cueWithPronoun looks a reporting verb up without the object pronoun it
// carries after ما (قاله، ذكرته، أعلنه، أوردتها).
func cueWithPronoun(t text.Token) (cue, bool) {
	n := bareNorm(t)
	for _, suf := range []string{"ته", "تها", "ه", "ها"} {
		stem, ok := strings.CutSuffix(n, suf)
		if !ok || len([]rune(stem)) < 2 {
			continue
		}
		if strings.HasPrefix(suf, "ت") {
			stem += "ت" // ذكرته → ذكرت
		}
		if c, ok := cues[stem]; ok && c.class == verbCue {
			return c, true
		}
	}
	return cue{}, false
}

// outletBackHeads name an outlet already named: الوكالة، الصحيفة، القناة.
var outletBackHeads = newSet("الوكاله الصحيفه القناه الشبكه الاذاعه المحطه الموقع")

// skipInWhich skips "(و)الذي جاء فيه" after a document: what follows is its
// wording.
func (p *parse) skipInWhich(k, limit int) int {
	m := k
	if m < limit && p.isComma(m) {
		m++
	}
	if w := bareNorm(p.toks[min(m, len(p.toks)-1)]); m < limit && (w == "الذي" || w == "التي") {
		m++
	}
	if m+1 < limit && (bareNorm(p.toks[m]) == "جاء" || bareNorm(p.toks[m]) == "ورد") && (p.word(m+1) == "فيه" || p.word(m+1) == "فيها") {
		return m + 2
	}
	return k
}

// contentAfter is the content read after a speaker, to the end of its
// clause or quotation: direct when it opened with a quote or a colon.
func (p *parse) contentAfter(a afterSpeaker, st int) (model.Span, string, bool) {
	kind := Indirect
	if a.direct {
		kind = Direct
	}
	return p.content(a.contentFrom, p.contentEnd(a.contentFrom, st), kind)
}
