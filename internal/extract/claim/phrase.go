package claim

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// bMasdar reports whether a folded word is ب before a verbal noun of a
// derived form (بتوسيع، بإطلاق، باستهداف).
func bMasdar(w string) bool {
	rest, ok := strings.CutPrefix(w, "ب")
	if !ok || len([]rune(rest)) < 4 || wordSets.givenName[w] {
		return false
	}
	return strings.HasPrefix(rest, "ت") || strings.HasPrefix(rest, "ا") || wordSets.eventNoun[rest]
}

// prepositions cannot start a speaker's phrase.
var prepositions = newSet(`في من الي الى علي على عن ب مع منذ اما لي لنا لك لكم شريطه خلال خلاله خلالها نقلا الماضي المقبل فيه فيها فيهم عنه عنها عنهم منه منها منهم له لها لهم
	عليه عليها عليهم اليه اليها به بها بهم هذه هذا ذلك تلك هؤلاء اسمه اسمها`)

// maxNP bounds a speaker's noun phrase, in tokens.
const maxNP = 16

// skipAdverbs returns the first token from j on that is not a comma, a time
// word, a weekday, "في وقت سابق/لاحق" or "عبر الهاتف".
func (p *parse) skipAdverbs(j, limit int) int {
	for j < limit {
		switch {
		case p.isComma(j):
			j++
		case p.inSet(j, wordSets.timeWord) || p.inSet(j, wordSets.weekday):
			j++
		case p.word(j) == "في" && j+1 < limit && (p.word(j+1) == "وقت" || p.word(j+1) == "وقتٍ"):
			j += 2
			if j < limit && (p.word(j) == "سابق" || p.word(j) == "لاحق") {
				j++
			}
		case p.word(j) == "عبر" && p.word(j+1) == "الهاتف":
			j += 2
		case p.word(j) == "في" && (p.word(j+1) == "السابق" || p.word(j+1) == "الماضي"):
			j += 2
		case p.word(j) == "في" && (p.word(j+1) == "الوقت" || p.word(j+1) == "هذه" || p.word(j+1) == "غضون"):
			j += 2
			for j < limit && (p.word(j) == "ذاته" || p.word(j) == "نفسه" || p.word(j) == "الاثناء" || p.word(j) == "ذلك") {
				j++
			}
		case (p.word(j) == "من" && (p.word(j+1) == "جهته" || p.word(j+1) == "جهتها" || p.word(j+1) == "جانبه" || p.word(j+1) == "جانبها")):
			j += 2
		case p.inSet(j, wordSets.skipAfterCue):
			j++
		default:
			return j
		}
	}
	return j
}

// stopsNP reports whether token k (k > j, inside a phrase starting at j)
// ends a speaker's noun phrase.
func (p *parse) stopsNP(j, k, limit int) bool {
	t := p.toks[k]
	if t.Kind == text.Number {
		return !(k > j && p.word(k-1) == "فرانس")
	}
	if t.Kind != text.Word {
		return false // punctuation is decided by the caller
	}
	w := t.Norm
	if w == "من" && k > j && (p.word(k-1) == "مقربه" || p.word(k-1) == "مقرب" || p.word(k-1) == "قريبه" || p.word(k-1) == "قريب") {
		return false // مصادر مقربة من الحكومة
	}
	if k == j+1 && wordSets.docNoun[w] && (stripLam(p.word(j)) == "احدث" || stripLam(p.word(j)) == "اخر") {
		return false // لأحدث أرقام الوزارة
	}
	if k > j && p.coordinated(j, k) {
		return false
	}
	if k == j+1 && w == "من" && partitives[p.word(j)] {
		return false // أكثر من مصدر، العديد من الصحف: the speakers follow
	}
	if k > j && w == "علي" && fragments[p.word(k-1)] {
		return false // أبو علي البصري: the name علي, not the preposition
	}
	switch {
	case wordSets.stopNP[w], wordSets.complement[w], wordSets.relative[w], wordSets.quoteOf[w],
		wordSets.skipAfterCue[w], wordSets.docNoun[w] && k > j:
		return true
	case k > j && (wordSets.weekday[w] || wordSets.timeWord[w] || wordSets.weekday[strings.TrimPrefix(w, "و")]):
		return true
	case wordSets.eventNoun[w] || wordSets.eventNoun[t.Base] && t.Prefix != "":
		return true
	case k > j && (strings.HasPrefix(t.Prefix, "ب") || bMasdar(w)):
		return true // بالإفراج، بتوسيع: an object, not the speaker
	case k > j && (w == "هذا" || w == "هذه"):
		return true // هذا الشهر
	case k > j && wordSets.timeNoun[w] && (w != "العام" || wordSets.timeNoun[p.word(k+1)]):
		return true // الشهر الماضي (but الأمين العام)
	case k > j && strings.HasPrefix(w, "و") && t.Prefix != "" && !wordSets.relative[w]:
		return true // a coordinated word starts another phrase
	case strings.HasPrefix(w, "ب") && len([]rune(w)) > 3 && wordSets.eventNoun[strings.TrimPrefix(w, "ب")]:
		return true
	case w == "في" && k+1 < limit && (wordSets.statementNoun[p.word(k+1)] || p.word(k+1) == "وقت"):
		return true
	case k > j && p.isCueWord(k):
		return true
	case k > j && p.toks[k-1].Definite && !t.Definite && !p.continuesName(k) && !wordSets.outletHead[p.word(k-1)]:
		return true // المرصد | قبو مدرسة (وكالات is no definite word, whatever its clitics)
	case k == j+1 && p.toks[j].Definite && !t.Definite && !p.isRoleHead(j) && !wordSets.title[p.word(j)] &&
		!wordSets.outletHead[stripLam(p.word(j))] && p.genitiveOnly(k):
		return true // ووصف التحالف | عرقلة الحوثيين: a bare definite subject, then the object
	case k > j && p.viaStart(k):
		return true
	case k > j && p.toks[k-1].Definite && nisba(p.word(k-1)) && t.Prefix == "" && p.bodyStartsAt(k):
		return true // اتهمت الإدارة الأمريكية | حزب الله: a body named after a complete phrase is the object
	case k > j && p.adjacentEntities(j, k):
		return true // وطالبت واشنطن | أنقرة، وصف نتنياهو | ظريف: the subject, then the object
	case k > j && t.Definite && (p.objectPronoun(k-1) || p.toks[k-1].Suffix != "" && !p.toks[k-1].Definite) && !nisba(w) && !genericAdjective[w] && !publishVerbs[p.word(k-1)]:
		return true // وزارة خارجيتها | الطلب: a noun with a pronoun takes no definite genitive
	case k > j && strings.HasPrefix(w, "ل") && !strings.HasPrefix(w, "لل") && p.pronounSuffixed(k) && !wordSets.givenName[w]:
		return true // ترامب | لمستشاريه: an addressee
	case k > j && !t.Definite && p.nameEndsAt(j, k-1) && !p.inEntity(k) && !nisba(w) && !p.continuesName(k) &&
		!p.isRoleHead(k) && !wordSets.title[w] && !genericAdjective[w]:
		return true // أعلنت إيران | قطع المياه، دعا المحلل محمود الطاهر | حكومة الرئيس: the object after a name
	case k > j && w == "نقلا" && p.word(k+1) == "عن":
		return true // وكالات أنباء روسية | نقلا عن الوزارة: the relay, then its source
	case k > j && quantifiers[w]:
		return true // زعيم التحالف | باقي الكتل: a quantifier opens the object
	case k == j+1 && crowds[stripProclitic(p.toks[j])] && !t.Definite && !nisba(w) && !strings.HasSuffix(w, "ون") &&
		!strings.HasSuffix(w, "ين") && w != "عيان" && !p.continuesName(k):
		return true // متظاهرون | ميليشيات: an anonymous subject, then the object
	case k > j && p.isAccordingWord(k):
		return true // ولايتي، | وفقا لوكالة فارس
	case k > j && (p.objectPronoun(k) || p.pronounSuffixed(k) && !backHeadWord(w)) && !publishVerbs[w] && !p.isRoleHead(k-1) && !wordSets.outletHead[p.word(k-1)] && !institutionHeads[p.word(k-1)]:
		return true // حركة طالبان | مسؤوليتها: the object, not part of the name
	case k > j && t.Definite && p.personEndsAt(j, k-1) && !p.isRoleHead(k) && !wordSets.title[w] && !wordSets.outletHead[w]:
		return true // ووصف نصرالله | الضربة: a person's name, then the object
	case k > j+1 && wordSets.outletHead[w] && len([]rune(p.word(k-1))) >= 4 && nisba(p.word(k-1)) && p.outletEnd(k) > k:
		return true // أفاد مسؤول محلي | وكالة فرانس برس: the agency told, not the speaker's employer
	}
	return false
}

// bodyHeads name bodies whose names follow in quotation marks.
var bodyHeads = newSet("حركه شركه مجموعه جماعه جمعيه مؤسسه مركز حزب تحالف ائتلاف جبهه تيار")

// partitives take their noun after من: أكثر من مصدر، العديد من الصحف.
var partitives = newSet("اكثر العديد عدد بعض")

// quantifiers open a noun phrase and never continue a speaker's name.
var quantifiers = newSet("باقي بقيه كل جميع كافه مختلف بعض معظم غالبيه اغلب")

// crowds are plural speakers whose adjectives are plurals or nisbas
// (ناشطون معارضون، سكان محليون): another noun after them is the object.
var crowds = newSet("ناشطون نشطاء متظاهرون محتجون سكان شهود مسعفون مراقبون مواطنون معارضون مقاتلون")

// institutionHeads name bodies whose names may join definite nouns with و:
// وزارة الصناعة والتجارة والتموين، وزارة الهجرة والمهجرين.
var institutionHeads = newSet("وزاره هيئه لجنه مجلس منظمه جمعيه مفوضيه دائره مديريه اتحاد")

// coordinated reports whether a word with و at k still belongs to the phrase
// from j: a definite noun inside an institution's name (وزارة الصناعة
// والتجارة), or a second anonymous source (مسؤول محلي ومصادر متطابقة).
func (p *parse) coordinated(j, k int) bool {
	t := p.toks[k]
	if t.Kind != text.Word || !strings.HasPrefix(t.Prefix, "و") {
		return false
	}
	head := stripLam(p.word(j))
	rest := strings.TrimPrefix(t.Norm, "و")
	h := k - 1 // the construct's head: the indefinite noun before the definite run
	for h > j && p.toks[h].Kind == text.Word && p.toks[h].Definite {
		h--
	}
	switch {
	case institutionHeads[stripLam(p.word(h))] && k-h <= 4 && t.Definite && p.toks[k-1].Definite:
		return true
	case wordSets.anonymous[head] && wordSets.anonymous[rest] && k-j <= 3:
		return true
	}
	return false
}

// continuesName reports whether an indefinite word after a definite one
// still belongs to the phrase: a given name (مدير المرصد رامي ...), a
// preposition of a role (باسم، في، لحقوق), an outlet name.
func (p *parse) continuesName(k int) bool {
	w := p.word(k)
	switch {
	case wordSets.givenName[w] || wordSets.title[w] || wordSets.title[p.word(k-1)]:
		return true
	case w == "باسم" || w == "في" || w == "ب":
		return true
	case strings.HasPrefix(w, "ل") && len(w) > 4 && strings.HasPrefix(w[2:], "ال"):
		return true
	case k+1 < len(p.toks) && p.toks[k+1].Kind == text.Word && p.toks[k+1].Definite && p.toks[k+1].Prefix == "ال" &&
		!p.stopsNPWord(k+1):
		return true // a genitive construct: لحقوق الإنسان
	}
	name, n := p.e.outlets.match([]string{w})
	return n > 0 && name != ""
}

// genitiveOnly reports whether the indefinite word k continues a phrase only
// as the head of a genitive construct (عرقلة الحوثيين), not as a name, a
// role's preposition or an outlet.
func (p *parse) genitiveOnly(k int) bool {
	w := p.word(k)
	if wordSets.givenName[w] || wordSets.title[w] || w == "باسم" || w == "في" || w == "ب" ||
		strings.HasPrefix(w, "ل") && len(w) > 4 && strings.HasPrefix(w[2:], "ال") {
		return false
	}
	if name, n := p.e.outlets.match([]string{w}); n > 0 && name != "" {
		return false
	}
	return p.continuesName(k)
}

// stopsNPWord reports whether token k is a word that always ends a phrase.
func (p *parse) stopsNPWord(k int) bool {
	w := p.word(k)
	return wordSets.stopNP[w] || wordSets.complement[w] || wordSets.weekday[w] || wordSets.timeWord[w] ||
		wordSets.eventNoun[w] || p.isCueWord(k)
}

// isCueWord reports whether token k is a reporting verb or participle.
func (p *parse) isCueWord(k int) bool {
	c, ok := lookupCue(p.toks[k])
	return ok && (c.class == verbCue || c.class == participleCue || c.class == relayCue)
}

// nounPhrase reads a speaker's noun phrase from token j: words up to a stop
// word, a complement marker, a via, or punctuation; short quoted or
// bracketed names (وكالة "سانا"، (اليونيسيف)) and an apposition after a comma
// that starts with a name or a role (، سيرغي شويغو،) are kept. It returns
// the end token (exclusive); j == end means no phrase.
func (p *parse) nounPhrase(j, limit int) int {
	if j < limit && p.toks[j].Kind == text.Word {
		if w := p.word(j); prepositions[w] || strings.HasPrefix(p.toks[j].Prefix, "ب") || strings.HasPrefix(w, "بشكل") || bMasdar(w) ||
			wordSets.statementNoun[w] && p.toks[j].Suffix != "" {
			return j // في ...، بالتخطيط: not a speaker
		}
	}
	k := j
	for k < limit && k-j < maxNP {
		t := p.toks[k]
		if t.Kind == text.Punct {
			switch {
			case p.isPunct(k, "(") || p.isQuoteMark(k) && p.quotedNameAt(j, k):
				end := p.shortBracket(k, limit)
				if end < 0 {
					return p.trimPhrase(j, k)
				}
				k = end
				continue
			case p.isComma(k) && k > j && p.apposition(k+1, limit):
				k++
				continue
			case p.isPunct(k, "-", "–") && k > j && p.word(k+1) != "":
				k++ // a hyphenated name
				continue
			case p.isPunct(k, "#", "_") && p.word(k+1) != "":
				k++ // a hashtag is a name written for the web: #إقليم_داغستان
				continue
			}
			return p.trimPhrase(j, k)
		}
		if p.stopsNP(j, k, limit) {
			break
		}
		k++
	}
	return p.trimPhrase(j, k)
}

// trimPhrase drops trailing punctuation from [j,k).
func (p *parse) trimPhrase(j, k int) int {
	for k > j && p.toks[k-1].Kind == text.Punct && !p.isPunct(k-1, ")") && !p.closesQuote(k-1) {
		k--
	}
	return k
}

// closesQuote reports whether token k is a closing mark of a short quoted name.
func (p *parse) closesQuote(k int) bool {
	return p.isPunct(k, "»", "”") || (p.isPunct(k, "\"") && p.quoteOf[k] < 0 && p.quoteEndAt(k))
}

func (p *parse) quoteEndAt(k int) bool {
	for _, q := range p.quotes {
		if q.close == p.toks[k].End {
			return true
		}
	}
	return false
}

// quotedNameAt reports whether a quotation at k inside a phrase from j can
// be a name: at the phrase start, after an outlet noun, باسم or لـ
// (وكالة "سانا"، المتحدث باسم "قسد"، لـ"الشرق الأوسط"), or when it holds
// one or two words.
func (p *parse) quotedNameAt(j, k int) bool {
	if k == j {
		end := p.shortBracket(k, len(p.toks))
		return end > 0 && end-k <= 4 // "هناك تقصير من العالم" is speech, not a name
	}
	prev := p.word(k - 1)
	if wordSets.outletHead[prev] || prev == "باسم" || prev == "ل" || wordSets.outletHead[stripLam(prev)] || p.isRoleHead(k-1) {
		return true
	}
	end := p.shortBracket(k, len(p.toks)) // a name of one or two words: للطفولة "اليونيسيف"
	if end > 0 && (p.pronounSuffixed(k+1) || p.objectPronoun(k+1)) {
		return false // مملكة البحرين "تأييدها": a quoted object, not a name
	}
	if end > 0 && k == j+1 && (institutionHeads[prev] || bodyHeads[prev]) {
		return end-k <= 6 // منظمة "هيومن رايتس ووتش": a body's quoted name of up to four words
	}
	return end > 0 && end-k <= 4
}

// shortBracket returns the token after a quotation or bracket opened at k
// that holds one to four words, or -1.
func (p *parse) shortBracket(k, limit int) int {
	closer := map[string][]string{"(": {")"}, "\"": {"\""}, "«": {"»"}, "“": {"”"}}[p.toks[k].Text]
	if closer == nil {
		return -1
	}
	for m := k + 1; m < limit && m <= k+7; m++ {
		if p.isPunct(m, closer...) {
			if m == k+1 {
				return -1
			}
			return m + 1
		}
		if p.toks[m].Kind == text.Punct && !p.isPunct(m, "-", ".") || p.toks[m].Kind == text.Number {
			return -1
		}
	}
	return -1
}

// apposition reports whether the words from j, up to the next comma or stop,
// look like a name or role set off by commas (، سيرغي شويغو،).
func (p *parse) apposition(j, limit int) bool {
	if j >= limit || p.toks[j].Kind != text.Word {
		return false
	}
	end := j
	for end < limit && end-j <= 6 && p.toks[end].Kind == text.Word && !p.inSet(end, wordSets.complement) {
		end++
	}
	if end-j > 6 {
		return false
	}
	if wordSets.givenName[p.word(j)] || p.isRoleHead(j) || wordSets.title[p.word(j)] {
		return true
	}
	// a name the tables do not know, closed by a comma or a marker: ، سوشما سواراج،
	return (end == limit || p.isComma(end) || p.inSet(end, wordSets.complement) || p.isPunct(end, ":")) && p.nameLike(j, end)
}

// isRoleHead reports whether token k is a role noun (وزير، المتحدث...).
func (p *parse) isRoleHead(k int) bool {
	if p.word(k) == "" {
		return false
	}
	t := p.toks[k]
	return wordSets.roleHead[t.Norm] || wordSets.roleHead[t.Base] || wordSets.roleHead[strings.TrimPrefix(t.Norm, "ال")]
}

// viaStart reports whether token k starts a via: ل + an outlet (لوكالة،
// لسانا، لـ"الشرق الأوسط").
func (p *parse) viaStart(k int) bool {
	_, end := p.outletAfterLam(k)
	return end > k
}

// outletAfterLam reads "ل + outlet" at k and returns the canonical name and
// the end token, or end == k.
func (p *parse) outletAfterLam(k int) (string, int) {
	w := p.word(k)
	if w == "" {
		return "", k
	}
	if w == "ل" { // لـ "الشرق الأوسط"
		m := k + 1
		for m < len(p.toks) && p.isQuoteMark(m) {
			m++
		}
		name, end := p.outletAt(m, "")
		if end > m {
			if end < len(p.toks) && p.isQuoteMark(end) {
				end++
			}
			return name, end
		}
		if name, end, ok := p.quotedOutlet(m); ok && m > k+1 {
			return name, end
		}
		return "", k
	}
	if correspondents[strings.TrimPrefix(w, "ل")] && strings.HasPrefix(w, "ل") {
		// لمراسل الوكالة الفرنسية، لمراسلة فرانس برس: told the outlet's correspondent
		if name, end := p.outletAt(k+1, ""); end > k+1 {
			return name, end
		}
		return "", k
	}
	var first string
	switch {
	case strings.HasPrefix(w, "لل"):
		first = "ال" + strings.TrimPrefix(w, "لل")
	case strings.HasPrefix(w, "ل"):
		first = strings.TrimPrefix(w, "ل")
	default:
		return "", k
	}
	if name, end := p.outletAt(k, first); end > k {
		return name, end
	}
	return "", k
}

// quotedOutlet reads a short quoted name after لـ as an outlet the tables
// need not know (لـ"الرصد نت"): one to four words from token m, then the
// closing mark. It returns the name and the token after the mark.
func (p *parse) quotedOutlet(m int) (string, int, bool) {
	for e := m; e < len(p.toks) && e-m <= 4; e++ {
		if p.isQuoteMark(e) {
			if e == m {
				break
			}
			return p.span(m, e).Text, e + 1, true
		}
		if p.toks[e].Kind != text.Word {
			break
		}
	}
	return "", m, false
}

// outletAt matches an outlet name starting at token k, whose first word is
// read as first when first != "". It returns the canonical name and the end
// token, or end == k when there is none.
func (p *parse) outletAt(k int, first string) (string, int) {
	words, idx := p.wordsFrom(k, first, 8)
	if len(words) == 0 {
		return "", k
	}
	if name, n := p.e.outlets.match(words); n > 0 {
		end := idx[n-1] + 1
		// a head such as وكالة may carry more of the name: وكالة الأنباء السورية الرسمية
		return name, p.extendOutlet(end)
	}
	if wordSets.outletHead[words[0]] && p.newsHead(words) {
		end := p.nounPhrase(k, min(len(p.toks), k+8))
		if end <= k+1 {
			return "", k
		}
		ws, _ := p.wordsFrom(k, first, end-k)
		for i := range ws { // an alias inside: وكالة أنباء "ريا نوفوستي" الروسية
			if name, n := p.e.outlets.match(ws[i:]); n > 0 {
				return name, end
			}
		}
		if p.e.opts.IsOutlet != nil {
			if name, ok := p.e.opts.IsOutlet(strings.Join(ws, " ")); ok {
				return name, end
			}
		}
		return p.cleanName(k, end), end
	}
	if p.e.opts.IsOutlet != nil {
		for n := min(len(words), 5); n > 0; n-- {
			if name, ok := p.e.opts.IsOutlet(strings.Join(words[:n], " ")); ok {
				return name, idx[n-1] + 1
			}
		}
	}
	return "", k
}

// extendOutlet takes in an agency's trailing adjectives and short bracketed
// abbreviation: سانا للأنباء الرسمية، الأناضول التركية، (سانا).
func (p *parse) extendOutlet(end int) int {
	for end < len(p.toks) {
		switch {
		case p.isPunct(end, "("):
			if e := p.shortBracket(end, len(p.toks)); e > 0 {
				end = e
				continue
			}
			return end
		case p.isQuoteMark(end) && p.closesQuote(end):
			end++
			continue
		case p.toks[end].Kind == text.Word && p.toks[end].Definite && !p.stopsNP(end-1, end, len(p.toks)) &&
			(nisba(p.toks[end].Base) || p.toks[end].Norm == "للانباء" || p.toks[end].Norm == "الرسميه"):
			end++
			continue
		}
		return end
	}
	return end
}

// wordsFrom returns up to n folded words from token k, skipping quotation
// marks and brackets, with the first word replaced by first when given, and
// the token index of each word.
func (p *parse) wordsFrom(k int, first string, n int) ([]string, []int) {
	var words []string
	var idx []int
	for m := k; m < len(p.toks) && len(words) < n; m++ {
		t := p.toks[m]
		if t.Kind == text.Punct {
			if p.isQuoteMark(m) || p.isPunct(m, "(", ")") {
				continue
			}
			break
		}
		w := t.Norm
		if m == k && first != "" {
			w = first
		}
		words = append(words, w)
		idx = append(idx, m)
	}
	return words, idx
}

// cleanName returns the words of tokens [from,to) as written, joined by
// single spaces, without the first word's proclitics (و، ل، ب) and without
// quotation marks and brackets.
func (p *parse) cleanName(from, to int) string {
	var parts []string
	for m := from; m < to; m++ {
		t := p.toks[m]
		if t.Kind == text.Punct {
			if p.isComma(m) {
				if len(parts) > 0 {
					parts[len(parts)-1] += "،"
				}
			}
			continue
		}
		s := t.Text
		if m == from {
			s = stripProclitic(t)
		}
		parts = append(parts, s)
	}
	return strings.TrimSuffix(strings.Join(parts, " "), "،")
}

// stripProclitic returns a word as written without a leading preposition ل
// or ب (keeping the article: للمرصد → المرصد، بالمرصد → المرصد). A leading و
// is kept: after a cue it is part of the word (والدها، وحدات).
func stripProclitic(t text.Token) string {
	n := t.Norm
	switch {
	case lamPreposition(t):
		return afterLetters(t.Text, 1)
	case strings.HasPrefix(n, "لل") && lamNouns[n[len("ل"):]]:
		return afterLetters(t.Text, 1) // للجنة → لجنة
	case strings.HasPrefix(n, "لل") && len([]rune(n)) > 4:
		return "ال" + afterLetters(t.Text, 2)
	case t.Prefix == "بال":
		return afterLetters(t.Text, 1)
	case strings.HasPrefix(n, "ل") && len([]rune(n)) > 4 && strings.HasPrefix(n[len("ل"):], "ال"):
		return afterLetters(t.Text, 1)
	}
	return t.Text
}

// lamPreposition reports whether a word starts with the preposition ل before
// a noun that is known not to begin with ل: لوزارة، لمنظمة، لمصادر.
func lamPreposition(t text.Token) bool {
	n := t.Norm
	if !strings.HasPrefix(n, "ل") || strings.HasPrefix(n, "لل") || len([]rune(n)) < 4 {
		return false
	}
	rest := n[len("ل"):]
	return lamNouns[rest] || lamNouns[text.Analyze(rest).Base] || wordSets.outletHead[rest] || wordSets.roleHead[rest] ||
		wordSets.anonymous[rest]
}

// lamNouns are heads of speaker phrases often written with ل (وفقا لوزارة).
var lamNouns = newSet("لجنه لجان بيان تقرير ضابط وزاره منظمه هيئه مصادر مصدر مسؤولين قوات حكومه رئاسه قياده مكتب مفوضيه لجنه مجلس جمعيه شبكه مركز مرصد تقارير تقديرات بيانات ارقام احصاءات احصائيات حصيله معلومات احدث اخر")

// afterLetters returns s without its first n letters (marks that follow a
// letter go with it).
func afterLetters(s string, n int) string {
	seen := 0
	for i, r := range s {
		if _, keep := text.FoldRune(r); !keep {
			continue
		}
		if seen == n {
			return s[i:]
		}
		seen++
	}
	return ""
}

// personEndsAt reports whether a person entity starting at or after token j
// ends with token k.
func (p *parse) personEndsAt(j, k int) bool {
	for _, e := range p.in.Entities {
		if e.Type == "PER" && e.End == p.toks[k].End && e.Start >= p.toks[j].Start {
			return true
		}
	}
	return false
}

// isAccordingWord reports whether token k is بحسب/وفقا/طبقا.
func (p *parse) isAccordingWord(k int) bool {
	c, ok := lookupCue(p.toks[k])
	return ok && c.class == accordingCue
}

// adjacentEntities reports whether a person or place entity starting at
// token j (the whole subject, not the end of a role) ends with token k-1 and another entity starts at token k:
// the subject and the object of a verb, side by side.
func (p *parse) adjacentEntities(j, k int) bool {
	ends, starts := false, false
	for _, e := range p.in.Entities {
		if (e.Type == "PER" || e.Type == "LOC") && e.End == p.toks[k-1].End && e.Start == p.toks[j].Start {
			ends = true
		}
		if e.Start == p.toks[k].Start {
			starts = true
		}
	}
	return ends && starts
}

// masdarShape reports whether a folded word without the article has the
// shape of a verbal noun of a derived form (تأجيل، إطلاق، اعتقال، انسحاب،
// استهداف، تبادل). Bodies named by such nouns (تحالف، ائتلاف، اتحاد) are
// not.
func masdarShape(w string) bool {
	if masdarNames[w] {
		return false
	}
	r := []rune(w)
	switch len(r) {
	case 5:
		return r[0] == 'ت' && (r[3] == 'ي' || r[2] == 'ا') || r[0] == 'ا' && r[3] == 'ا'
	case 6:
		return r[0] == 'ا' && r[4] == 'ا' && (r[2] == 'ت' || r[1] == 'ن')
	case 7:
		return strings.HasPrefix(w, "است") && r[5] == 'ا'
	}
	return false
}

// masdarNames have a verbal noun's shape but name bodies or people.
var masdarNames = newSet("تحالف ائتلاف اتحاد احتلال ادعاء ابراهيم اسماعيل تنظيم")

// entityEndFrom returns the token after the entity that starts at token k,
// or k when none does.
func (p *parse) entityEndFrom(k int) int {
	for _, e := range p.in.Entities {
		if e.Start == p.toks[k].Start {
			m := k
			for m < len(p.toks) && p.toks[m].End <= e.End {
				m++
			}
			return m
		}
	}
	return k
}

// nameEndsAt reports whether a person or place entity starting at or after
// token j ends with token k.
func (p *parse) nameEndsAt(j, k int) bool {
	for _, e := range p.in.Entities {
		if (e.Type == "PER" || e.Type == "LOC") && e.End == p.toks[k].End && e.Start >= p.toks[j].Start {
			return true
		}
	}
	return false
}

// inEntity reports whether token k lies inside an entity.
func (p *parse) inEntity(k int) bool {
	for _, e := range p.in.Entities {
		if e.Start <= p.toks[k].Start && p.toks[k].End <= e.End {
			return true
		}
	}
	return false
}

// bodyStartsAt reports whether an organisation or place entity starts at
// token k.
func (p *parse) bodyStartsAt(k int) bool {
	for _, e := range p.in.Entities {
		if (e.Type == "ORG" || e.Type == "LOC") && e.Start == p.toks[k].Start {
			return true
		}
	}
	return false
}

// correspondents tell a statement to an outlet through its reporter.
var correspondents = newSet("مراسل مراسله مراسلي مراسلو مندوب مندوبه موفد")
