package claim

import (
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// speakerInfo is a resolved speaker with what back-references match on.
type speakerInfo struct {
	s        model.Speaker
	head     string // folded base of the phrase's first word
	roleHead string // folded base of the role noun, if any
	role     []string
	person   bool
	outlet   bool
	gender   byte // agreement of the verb that introduced it, 0 when unknown
	// accordingOutlet marks an outlet named only after بحسب/وفقا: a
	// channel that a later "وقال" does not go back to.
	accordingOutlet bool
	last            string // folded last word of a person's name
}

// genericAdjective marks back-references of two words: المنظمة الدولية.
var genericAdjective = newSet("الدوليه الدولي الامميه الاممي نفسه نفسها ذاته ذاتها المذكور المذكوره الاخير الاخيره")

// publishVerbs link a document to who issued it: بيان نشرته المنظمة.
var publishVerbs = newSet("نشرته نشرتها نشره نشرها اصدرته اصدرتها اصدره اصدرها اوردته اوردتها اورده اوردها وزعته وزعتها")

// backHeads are the pronoun-suffixed nouns that name a person's institution:
// وزارته → the ministry of the last minister.
var backHeads = map[string]string{"وزاره": "وزير", "حكومه": "رئيس", "بلاده": ""}

// speaker resolves the phrase [from,to) before or after cue token cueTok.
// An empty phrase is the last speaker ("وأضاف أن").
func (p *parse) speaker(from, to, cueTok int) (speakerInfo, bool) {
	if from >= to {
		if len(p.history) == 0 {
			return speakerInfo{}, false
		}
		return p.history[len(p.history)-1], true
	}
	sp := p.span(from, to)
	mention := model.Speaker{Text: sp.Text, Start: sp.Start, End: sp.End}
	words := p.phraseWords(from, to)
	if len(words) == 0 {
		return speakerInfo{}, false
	}
	if prev, ok := p.issuerOf(from, words); ok { // وأضاف البيان: the statement's issuer speaks
		prev.s.Text, prev.s.Start, prev.s.End, prev.s.Entity = mention.Text, mention.Start, mention.End, nil
		return p.withEntity(prev), true
	}
	if images[words[0]] || accusative(words) || len(words) == 1 && fragments[text.Fold(words[0])] {
		return speakerInfo{}, false // رصدت صور الأقمار، يعتبر أمرا خطيرا: no speaker
	}
	if bareDocument(words) {
		return speakerInfo{}, false // وذكر بيان: no issuer, no speaker
	}
	if (words[0] == "احدث" || words[0] == "اخر") && to-from > 2 && wordSets.docNoun[p.word(from+1)] {
		return p.speaker(from+1, to, cueTok) // لأحدث أرقام الوزارة
	}
	if wordSets.docNoun[words[0]] && to-from > 1 { // حصيلة سابقة للمرصد، تقديرات وكالة اللاجئين
		for k := from + 1; k < to; k++ {
			if w := p.word(k); strings.HasPrefix(w, "ل") && len(w) > 4 && !(k+1 < len(p.toks) && p.toks[k+1].Kind == text.Number) {
				return p.speaker(k, to, cueTok)
			}
		}
		if next := p.toks[from+1]; next.Kind == text.Word && !p.toks[from].Definite &&
			(next.Definite || wordSets.outletHead[next.Norm]) {
			return p.speaker(from+1, to, cueTok) // بيان الجيش، تقديرات وكالة اللاجئين
		}
		if next := p.toks[from+1]; next.Kind == text.Word && (speakerNouns[next.Norm] || lamNouns[next.Norm]) {
			return p.speaker(from+1, to, cueTok) // تقديرات منظمات إغاثة محلية
		}
		if to-from > 2 && publishVerbs[p.word(from+1)] {
			return p.speaker(from+2, to, cueTok) // بيان نشرته المنظمة
		}
	}
	info := speakerInfo{s: mention, head: baseOf(words[0])}
	if len(words) == 1 && strings.HasPrefix(words[0], "ال") { // المرصد after مرصد الشمال: the document's, not the registry's
		if prev, ok := p.backReference(from, to, words); ok {
			prev.s.Text, prev.s.Start, prev.s.End, prev.s.Entity = mention.Text, mention.Start, mention.End, nil
			return p.withEntity(prev), true
		}
	}
	if name, ok := p.outletName(from, to); ok {
		info.s.Name, info.outlet = name, true
		return p.withEntity(info), true
	}
	if prev, ok := p.backReference(from, to, words); ok {
		prev.s.Text, prev.s.Start, prev.s.End, prev.s.Entity = mention.Text, mention.Start, mention.End, nil
		return p.withEntity(prev), true
	}
	p.fresh(&info, from, to)
	if !info.person {
		p.fuller(&info)
		p.fullerEntity(&info, from)
	}
	return p.withEntity(info), true
}

// fullerEntity names a body by the fuller form the document gave it
// earlier as an organisation or a place (السعودية after المملكة العربية
// السعودية، الجيش after الجيش السوري): the short name ends the long one.
func (p *parse) fullerEntity(info *speakerInfo, from int) {
	short := strings.Fields(text.Fold(info.s.Name))
	if len(short) == 0 || len(short) > 3 || info.s.Anonymous {
		return
	}
	before := p.toks[from].Start
	best := ""
	for _, e := range p.in.Entities {
		if e.Start >= before || e.Type != "ORG" && e.Type != "LOC" {
			continue
		}
		written := strings.TrimSpace(p.d.Text[e.Start:e.End])
		long := strings.Fields(text.Fold(written))
		if len(long) <= len(short) || len(long) > 6 {
			continue
		}
		tail := long[len(long)-len(short):]
		same := true
		for k := range short {
			if strings.TrimPrefix(tail[k], "ال") != strings.TrimPrefix(short[k], "ال") {
				same = false
				break
			}
		}
		if same && len(written) > len(best) {
			best = written
		}
	}
	if best != "" {
		info.s.Name = stripLeadingClitic(best)
	}
}

// stripLeadingClitic drops a proclitic و/ب/ل written on a name's first word.
func stripLeadingClitic(s string) string {
	toks := text.Tokenize(s)
	if len(toks) == 0 {
		return s
	}
	return strings.TrimSpace(stripProclitic(toks[0]) + s[toks[0].End:])
}

// fuller replaces a shortened name with the fuller one an earlier speaker of
// the document bore (المرصد السوري → المرصد السوري لحقوق الإنسان), or that
// ends an earlier speaker's role (المجلس المدني after عضو المجلس المدني في
// الميادين).
func (p *parse) fuller(info *speakerInfo) {
	short := strings.Fields(text.Fold(info.s.Name))
	if len(short) < 2 {
		return
	}
	for h := len(p.history) - 1; h >= 0; h-- {
		long := strings.Fields(text.Fold(p.history[h].s.Name))
		if len(long) <= len(short) {
			continue
		}
		same := true
		for i := range short {
			if short[i] != long[i] {
				same = false
				break
			}
		}
		if same {
			info.s.Name = p.history[h].s.Name
			return
		}
	}
	for h := len(p.history) - 1; h >= 0; h-- { // the body of an earlier role: عضو المجلس المدني في الميادين
		role := strings.Fields(p.history[h].s.Role)
		folded := strings.Fields(text.Fold(p.history[h].s.Role))
		for i := 1; i+len(short) < len(folded) && len(folded) == len(role); i++ {
			if strings.Join(folded[i:i+len(short)], " ") == strings.Join(short, " ") {
				info.s.Name = strings.Join(role[i:], " ")
				return
			}
		}
	}
}

// lastAgreeing returns the last speaker whose verb agreed in gender with a
// verb that names no subject ("وأضافت أن" goes back to a feminine speaker).
func (p *parse) lastAgreeing(g byte) (speakerInfo, bool) {
	for h := len(p.history) - 1; h >= 0; h-- {
		prev := p.history[h]
		if prev.accordingOutlet {
			continue
		}
		if prev.gender == 0 || g == 0 || prev.gender == g {
			return prev, true
		}
	}
	return speakerInfo{}, false
}

// fresh fills a speaker named in full: a person with a role, an organisation,
// or an anonymous source.
func (p *parse) fresh(info *speakerInfo, from, to int) {
	nf, nt, rf, rt := 0, 0, 0, 0
	if !wordSets.anonymous[info.head] {
		nf, nt, rf, rt = p.splitPerson(from, to)
	} else if p.isRoleHead(from) { // مسؤول الإعلام في الدفاع المدني عمار السيد: named, not anonymous
		if f, t, r1, r2 := p.splitPerson(from, to); t > f {
			nf, nt, rf, rt = f, t, r1, r2
		}
	}
	for rf < rt && p.toks[rf].Kind == text.Punct { // a role after a bracket or a dash: «فلان (المتحدث باسم …)»
		rf++
	}
	for rt > rf && p.toks[rt-1].Kind == text.Punct {
		rt--
	}
	switch {
	case nt > nf:
		info.person = true
		info.s.Name = p.cleanName(nf, nt)
		info.last = p.word(nt - 1)
		if rt > rf {
			info.s.Role = strings.Trim(p.cleanName(rf, rt), "، ")
			info.roleHead = p.headOf(rf, rt)
			info.role = p.phraseWords(rf, rt)
		}
	case rt > rf:
		info.s.Name = p.cleanName(from, to)
		info.s.Role = info.s.Name
		info.roleHead = p.headOf(rf, rt)
		info.role = p.phraseWords(rf, rt)
	default:
		end := to
		for end > from+2 && p.toks[end-2].Definite && (wordSets.stance[p.word(end-1)] || p.isPunct(end-1, "،")) {
			end--
		}
		info.s.Name = p.cleanName(from, end)
	}
	if wordSets.anonymous[info.head] && nt <= nf {
		info.s.Anonymous = true
	}
	if c := p.e.opts.Canonical; c != nil {
		if name, ok := c(text.Fold(info.s.Name)); ok {
			info.s.Name = name
		}
	}
}

// backReference resolves a phrase that refers to an earlier speaker: a
// definite head alone (المرصد، الوزارة، المصدر، المنظمة الدولية), a family name
// alone (سلو), or a pronoun-suffixed institution (وزارته).
func (p *parse) backReference(from, to int, words []string) (speakerInfo, bool) {
	t := p.toks[from]
	n := len(words)
	if n == 2 && genericAdjective[words[1]] {
		n = 1
	}
	if n == 2 && !strings.HasPrefix(words[0], "ال") && (words[0] == "عبد" || words[0] == "ابو" || words[0] == "بن") {
		for h := len(p.history) - 1; h >= 0; h-- { // a compound family name: عبد الله
			prev := p.history[h]
			if f := strings.Fields(text.Fold(prev.s.Name)); prev.person && len(f) > 2 &&
				f[len(f)-2] == words[0] && f[len(f)-1] == words[1] {
				return prev, true
			}
		}
	}
	if n != 1 {
		return speakerInfo{}, false
	}
	head := baseOf(words[0])
	if role, ok := backHeads[t.Base]; ok && t.Suffix != "" {
		return p.institutionOf(role, t.Base)
	}
	definite := strings.HasPrefix(words[0], "ال")
	for h := len(p.history) - 1; h >= 0; h-- {
		prev := p.history[h]
		switch {
		case prev.person && prev.last == words[0]: // سلو، الحمدان: a family name alone
			return prev, true
		case definite && (prev.head == head || prev.roleHead == head):
			return prev, true
		}
	}
	if definite {
		if prev, ok := p.earlierPerson(words[0], from); ok { // الجبوري after العميد سعد الجبوري
			return prev, true
		}
	}
	if definite && !wordSets.docNoun[words[0]] {
		return p.earlierMention(head, from)
	}
	if wordSets.anonymous[words[0]] || wordSets.roleHead[words[0]] {
		return speakerInfo{}, false
	}
	return p.earlierName(words[0], from)
}

// institutionOf resolves "وزارته": the institution of the last speaker whose
// role starts with the matching noun (وزير الدفاع الروسي → وزارة الدفاع الروسية).
func (p *parse) institutionOf(role, inst string) (speakerInfo, bool) {
	for h := len(p.history) - 1; h >= 0; h-- {
		prev := p.history[h]
		if role == "" || prev.roleHead != role || len(prev.role) < 2 {
			continue
		}
		parts := strings.Fields(prev.s.Role)
		if len(parts) < 2 {
			continue
		}
		name := map[string]string{"وزاره": "وزارة", "حكومه": "حكومة"}[inst]
		rest := parts[1:]
		last := rest[len(rest)-1]
		if strings.HasSuffix(text.Fold(last), "ي") {
			rest[len(rest)-1] = last + "ة"
		}
		return speakerInfo{s: model.Speaker{Name: name + " " + strings.Join(rest, " ")}, head: inst}, true
	}
	return speakerInfo{}, false
}

// earlierMention finds the nearest fuller mention of a definite head before
// token before (المرصد → المرصد السوري لحقوق الإنسان; الوكالة → the agency
// named last).
func (p *parse) earlierMention(head string, before int) (speakerInfo, bool) {
	for k := before - 1; k >= 0; k-- {
		t := p.toks[k]
		if t.Kind != text.Word || baseOf(t.Norm) != head || p.insideSpeech(k) {
			continue
		}
		_, st := p.sentenceRange(k)
		end := p.nounPhrase(k, min(st, before))
		end = p.definiteRun(k, end)
		if end-k < 2 {
			continue
		}
		info := speakerInfo{head: head}
		if name, ok := p.outletName(k, end); ok {
			info.s.Name, info.outlet = name, true
			return info, true
		}
		p.fresh(&info, k, end)
		return info, true
	}
	return speakerInfo{}, false
}

// definiteRun cuts a phrase from k to the head and the words that can name
// it: definite words, short bracketed names and genitive constructs with ل
// (المرصد السوري لحقوق الإنسان), not a following object (المعارضة المسلحة
// بإجبار السكان).
func (p *parse) definiteRun(k, end int) int {
	m := k + 1
	for m < end {
		t := p.toks[m]
		switch {
		case t.Kind == text.Word && t.Definite && t.Prefix == "ال":
			m++
		case t.Kind == text.Word && strings.HasPrefix(t.Norm, "ل") && m+1 < end && p.toks[m+1].Definite:
			m++
		case t.Kind == text.Punct && (p.isQuoteMark(m) || p.isPunct(m, "(", ")")):
			m++
		default:
			return m
		}
	}
	return m
}

// earlierPerson finds a family name's full form in the person entities
// before token before: a name of two words or more ending with it.
func (p *parse) earlierPerson(w string, before int) (speakerInfo, bool) {
	for _, e := range p.in.Entities {
		if e.Type == "PER" && e.Start < p.toks[before].Start {
			f := strings.Fields(text.Fold(e.Text))
			if len(f) > 1 && f[len(f)-1] == w {
				name := e.Name
				if name == "" {
					name = e.Text
				}
				return speakerInfo{s: model.Speaker{Name: name}, person: true, last: w}, true
			}
		}
	}
	return speakerInfo{}, false
}

// earlierName finds a family name's full form earlier in the text or in the
// entities: the given name or title before an earlier mention.
func (p *parse) earlierName(w string, before int) (speakerInfo, bool) {
	if prev, ok := p.earlierPerson(w, before); ok {
		return prev, true
	}
	for k := 1; k < before; k++ {
		if p.word(k) != w {
			continue
		}
		prev := p.word(k - 1)
		if !wordSets.givenName[prev] && !(wordSets.title[p.word(k-2)] && prev != "" && !p.toks[k-1].Definite) {
			continue // الجنرال غادي إيزنكوت: a title, then a name the tables need not know
		}
		// the pair must stand where a name stands: after a role, a title, a
		// comma or a cue (رفعت إسرائيل is a verb and its subject)
		intro := func(m int) bool {
			return m >= 0 && (p.isRoleHead(m) || wordSets.title[p.word(m)] || p.isComma(m) || p.isCueWord(m))
		}
		if intro(k-2) || intro(k-3) && p.toks[k-2].Definite {
			return speakerInfo{s: model.Speaker{Name: p.cleanName(k-1, k+1)}, person: true, last: w}, true
		}
	}
	return speakerInfo{}, false
}

// splitPerson splits a phrase into a person's name and role: from a PER
// entity inside it, from commas (وزير الدفاع، سيرغي شويغو), or at a given
// name after a role noun and its complement (مدير مستشفى دمشق هيثم ...). It
// returns empty ranges when the phrase names no person.
func (p *parse) splitPerson(from, to int) (nf, nt, rf, rt int) {
	if nf, nt, ok := p.personEntity(from, to); ok {
		if nf > from {
			return nf, nt, from, p.trimPhrase(from, nf)
		}
		return nf, nt, nt, p.trimPhrase(nt, to)
	}
	r := -1
	for k := from; k < to; k++ {
		if p.isRoleHead(k) || wordSets.title[p.word(k)] {
			r = k
			break
		}
	}
	if r < 0 {
		if wordSets.givenName[p.word(from)] {
			return from, to, to, to
		}
		return 0, 0, 0, 0
	}
	if r > from { // هيفي مصطفى عضو الإدارة الذاتية
		if r-from <= 4 && (wordSets.givenName[p.word(from)] || p.nameLike(from, r)) {
			return from, p.trimPhrase(from, r), r, to
		}
		return 0, 0, r, to
	}
	n := p.roleEnd(r, to)
	for n < to && p.isComma(n) {
		n++
	}
	roleTo := p.trimPhrase(r, n)
	for g := n; g < to && g-n <= 4 && !wordSets.title[p.word(n)]; g++ { // وزير الدولة لشؤون آسيا سمير الخطيب: the role runs to the given name
		if p.toks[g].Kind == text.Word && wordSets.givenName[p.word(g)] {
			if g > n && !lamPreposition(p.toks[g]) {
				roleTo, n = p.trimPhrase(r, g), g
			}
			break
		}
	}
	if n < to && wordSets.title[p.word(n)] && n+1 < to {
		n++ // ، الشيخ خالد ...
	}
	if n < to && to-n <= 4 && p.toks[n].Kind == text.Word && !p.toks[n].Definite {
		return n, to, r, roleTo
	}
	return 0, 0, r, to
}

// personEntity returns the tokens of the last person entity of [from,to)
// that stands where a name stands: first in the phrase, or after a title, a
// comma or a whole role phrase (المتحدث باسم قيادة عمليات صلاح الدين العميد
// سعد الجبوري: not صلاح الدين, a place inside the role; قائد ميداني: not ميداني).
func (p *parse) personEntity(from, to int) (nf, nt int, ok bool) {
	start, end := p.toks[from].Start, p.toks[to-1].End
	for _, e := range p.in.Entities {
		if e.Type != "PER" || e.Start < start || e.End > end {
			continue
		}
		f, t := p.d.TokenAt(e.Start), p.d.TokenAt(e.End)
		if f < from || t <= f {
			continue
		}
		if f == from || p.isComma(f-1) || wordSets.title[p.word(f-1)] || p.afterRole(from, f) || p.closesPhrase(f, t, to) {
			nf, nt, ok = f, t, true
		}
	}
	return nf, nt, ok
}

// closesPhrase reports whether a name of two words or more [f,t) ends the
// phrase right after a definite word, which closes the role before it
// (قائممقام قضاء الشرقاط حسين الجميلي; not عمليات صلاح الدين, not في صلاح الدين).
func (p *parse) closesPhrase(f, t, to int) bool {
	return t-f >= 2 && p.trimPhrase(t, to) == t && p.toks[f-1].Kind == text.Word && p.toks[f-1].Definite
}

// afterRole reports whether [from,f) is a whole role phrase: a role noun at
// from whose phrase ends at f.
func (p *parse) afterRole(from, f int) bool {
	return p.isRoleHead(from) && p.roleEnd(from, f+1) == f
}

// nameLike reports whether [from,to), right before a role noun, reads as a
// name: two or three indefinite words that are no common speaker nouns
// (هيفي مصطفى عضو ...).
func (p *parse) nameLike(from, to int) bool {
	if to-from < 2 || to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		w := p.word(k)
		if w == "" || p.toks[k].Definite || wordSets.anonymous[w] || wordSets.docNoun[w] || wordSets.outletHead[w] ||
			speakerNouns[w] || p.isRoleHead(k) {
			return false
		}
	}
	return true
}

// roleEnd returns the end of a role phrase starting at the role noun r: its
// genitive chain (indefinite nouns until a definite one), definite
// adjectives, and prepositional phrases (باسم، في، لـ); a given name or a
// comma ends it.
func (p *parse) roleEnd(r, to int) int {
	open := !p.toks[r].Definite && !wordSets.title[p.word(r)]
	if wordSets.title[p.word(r)] && !(r+1 < to && p.toks[r+1].Definite && p.toks[r+1].Prefix == "ال") {
		return r + 1 // a bare title: الجنرال غادي ...; الرئيس التركي is a role
	}
	k := r + 1
	genitive := false // the word after لشؤون، لحقوق is its genitive, whatever it looks like (لشؤون آسيا)
	for k < to {
		t := p.toks[k]
		w := p.word(k)
		if genitive && t.Kind == text.Word {
			genitive, open = false, !t.Definite
			k++
			continue
		}
		switch {
		case strings.HasPrefix(w, "ل") && !t.Definite && t.Kind == text.Word && len([]rune(w)) > 3 && !wordSets.givenName[w]:
			open, genitive = true, true
			k++
		case t.Kind != text.Word:
			if p.isComma(k) || p.toks[k].Kind == text.Number {
				return k
			}
			k++ // quotation marks inside: المتحدث باسم "قسد"
		case wordSets.givenName[w] || wordSets.title[w]:
			return k
		case w == "باسم" || w == "في" || w == "ب" || strings.HasPrefix(w, "ل") && p.toks[k].Definite:
			open = true
			k++
		case t.Definite:
			open = false
			k++
		case open:
			k++
		default:
			return k
		}
	}
	return k
}

// phraseWords returns the folded words of [from,to), the first without its
// proclitics (للمرصد → المرصد), skipping punctuation.
func (p *parse) phraseWords(from, to int) []string {
	var out []string
	for k := from; k < to; k++ {
		if p.toks[k].Kind == text.Punct {
			continue
		}
		w := p.toks[k].Norm
		if k == from {
			w = text.Fold(stripProclitic(p.toks[k]))
		}
		out = append(out, w)
	}
	return out
}

// headOf returns the base of the first word of [from,to), or "" when the
// range holds no word.
func (p *parse) headOf(from, to int) string {
	if w := p.phraseWords(from, to); len(w) > 0 {
		return baseOf(w[0])
	}
	return ""
}

// baseOf returns a folded word without its article and clitics.
func baseOf(w string) string {
	a := text.Analyze(w)
	if a.Definite {
		return a.Base
	}
	return strings.TrimPrefix(w, "ال")
}

// outletName reports whether [from,to) names an outlet or agency.
func (p *parse) outletName(from, to int) (string, bool) {
	words := p.phraseWords(from, to)
	if len(words) == 0 {
		return "", false
	}
	if f := p.e.opts.IsOutlet; f != nil {
		if name, ok := f(strings.Join(words, " ")); ok {
			return name, true
		}
	}
	for i := range words {
		if i > 0 && !wordSets.outletHead[words[0]] {
			break
		}
		if name, n := p.e.outlets.match(words[i:]); n > 0 {
			return name, true
		}
	}
	if wordSets.outletHead[words[0]] && len(words) > 1 && p.newsHead(words) {
		end := to
		for end > from+1 && wordSets.stance[p.word(end-1)] {
			end--
		}
		return p.cleanName(from, end), true
	}
	return "", false
}

// newsHead reports whether a phrase headed by an outlet noun names a news
// outlet: وكالة needs أنباء (وكالة الطاقة الذرية is no outlet).
func (p *parse) newsHead(words []string) bool {
	if words[0] != "وكاله" && words[0] != "وكالات" {
		return true
	}
	for i, w := range words[1:] {
		switch w {
		case "انباء", "الانباء", "للانباء", "الاعلام", "للاعلام", "الاخبار", "للاخبار", "الصحافه", "للصحافه":
			return true // وكالة الإعلام الروسية: a news agency, not a UN one
		}
		if _, n := p.e.outlets.match(words[i+1:]); n > 0 {
			return true // وكالة رويترز
		}
	}
	return false
}

// via builds a via from tokens [from,to) with its canonical name.
func (p *parse) via(from, to int, name string) model.Via {
	sp := p.span(from, to)
	v := model.Via{Text: sp.Text, Start: sp.Start, End: sp.End, Name: name}
	v.Entity = p.entityIn(sp.Start, sp.End)
	return v
}

// withEntity sets the speaker's entity index from an entity overlapping it.
func (p *parse) withEntity(info speakerInfo) speakerInfo {
	info.s.Entity = p.entityIn(info.s.Start, info.s.End)
	return info
}

// entityIn returns the index of the first entity overlapping [start,end).
func (p *parse) entityIn(start, end int) *int {
	for i, e := range p.in.Entities {
		if e.Start < end && start < e.End {
			i := i
			return &i
		}
	}
	return nil
}

// setSpeaker attaches a resolved speaker to a draft and remembers it.
func (p *parse) setSpeaker(dr *draft, info speakerInfo) {
	s := info.s
	dr.c.Speaker = &s
	dr.outlet = info.outlet
	dr.info = info
	p.history = append(p.history, info)
}

// fragments cannot be a whole speaker: a kunya or name particle cut from
// its name (أبو، عبد), a quantifier without its noun (العديد), or an
// adverb (مرة، أيضا).
var fragments = newSet("ابو عبد بن ابن ام ال العديد عدد بعض كل جميع مره اخر اخري ايضا مجددا سابقا لاحقا")

// images show but do not speak: صور الأقمار الصناعية، مقاطع فيديو.
var images = newSet("صور الصور صوره الصوره مقاطع مقطع المقاطع المقطع لقطات اللقطات فيديو الفيديو تسجيل التسجيل شريط الشريط")

// accusative reports whether a phrase opens with an indefinite noun and
// adjective both ending in the alif of the accusative (أمرا خطيرا): an
// object or predicate, never a subject.
func accusative(words []string) bool {
	if len(words) < 2 {
		return false
	}
	for _, w := range words[:2] {
		if strings.HasPrefix(w, "ال") || !strings.HasSuffix(w, "ا") || len([]rune(w)) < 3 {
			return false
		}
	}
	return true
}
