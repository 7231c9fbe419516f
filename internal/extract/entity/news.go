package entity

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// The rules of this file correct what a tagger trained on 2003 ANERcorp
// gets wrong in conflict news: the common nouns of places taken for names,
// provinces named after people, and the commands and councils named after
// places. They run after the registry override, before the article-level
// consistency.

// genericPlaces are nouns that name a kind of place, not a place: alone
// (المدينة، البلدة، الحي) they are no entity.
var genericPlaces = setOf(`مدينه بلده قريه حي احياء منطقه مناطق محافظه ريف مخيم مخيمات ولايه اقليم ناحيه قضاء
	عاصمه بلاد دوله شارع ساحه مطار ميناء جسر سد ملعب باب بوابه نهر جبل وادي سهل حدود ضواحي اطراف محيط
	مدن قري بلدات ارياف مركز طريق سوق حقل حقول ضاحيه ضواحي`)

// weekdays are no names in news (يوم الأحد).
var weekdays = setOf(`احد اثنين ثلاثاء اربعاء خميس جمعه سبت`)

// placeHeadsBefore are the nouns after which a name is a place whatever it
// would be alone: محافظة صلاح الدين، مدينة الزعيم.
var placeHeadsBefore = setOf(`محافظه مدينه ريف منطقه بلده قريه حي مخيم ولايه اقليم ناحيه قضاء ضاحيه`)

// commandHeads open the name of a body called after a place or a person:
// قيادة عمليات صلاح الدين، شرطة نينوى، مجلس محافظة الأنبار. Each is the
// word sequence before the name, folded bases, without article.
var commandHeads = [][]string{
	{"قياده", "عمليات"}, {"قياده", "شرطه"}, {"مجلس", "محافظه"}, {"مديريه", "شرطه"},
	{"عمليات"}, {"شرطه"}, {"مديريه"}, {"قياده"},
}

// setOf reads space-separated folded words into a set.
func setOf(words string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(words) {
		out[w] = true
	}
	return out
}

// newsRules applies the corrections to the tags of one document.
func (r *Recognizer) newsRules(sents [][]text.Token, tags [][]string) {
	places := map[string]bool{} // names a place head introduced as places
	for s, toks := range sents {
		commands(toks, tags[s])
		for _, m := range mentions(s, tags[s]) {
			if m.typ == "PER" && m.from > 0 && anyForm(toks[m.from-1], placeHeadsBefore) {
				setTags(tags[s], m.from, m.to, "LOC")
				places[key(toks[m.from:m.to])] = true
			}
		}
	}
	for s, toks := range sents {
		for _, m := range mentions(s, tags[s]) {
			switch {
			case m.to-m.from == 1 && weekdays[toks[m.from].Base]:
				tags[s][m.from] = "O"
			case generic(toks[m.from:m.to]):
				for i := m.from; i < m.to; i++ {
					tags[s][i] = "O"
				}
			case m.typ == "PER" && (places[key(toks[m.from:m.to])] || r.province(toks, m)):
				setTags(tags[s], m.from, m.to, "LOC")
			case (m.typ == "PER" || m.typ == "MISC") && m.to-m.from > 1 && anyForm(toks[m.from], placeHeadsBefore):
				setTags(tags[s], m.from, m.to, "LOC") // بريف إدلب
			case m.typ == "PER" && m.to-m.from > 2 && givenNames[toks[m.from+1].Base] && r.placeWord(toks[m.from]):
				setTags(tags[s], m.from, m.from+1, "LOC") // رئيس بلدية طرابلس سامي الحلبي
				setTags(tags[s], m.from+1, m.to, "PER")
			case m.typ == "MISC" && m.to-m.from > 1 && quoted(toks, m) && r.plainWords(toks[m.from:m.to]):
				for i := m.from; i < m.to; i++ {
					tags[s][i] = "O" // «أحكمت الطوق»: a quotation, not a title
				}
			}
		}
	}
}

// generic reports whether a mention is only a place noun, bare or with
// adjectives (المدينة، الملعب البلدي، المدينة القديمة).
func generic(toks []text.Token) bool {
	if !anyForm(toks[0], genericPlaces) {
		return false
	}
	for _, t := range toks[1:] {
		if !t.Definite || !adjective(t.Base) {
			return false
		}
	}
	return true
}

// adjectives that follow a place noun without making it a name.
var plainAdjectives = setOf(`قديمه جديده كبري صغري كبير صغير محاصره محرره مجاوره قريبه محيطه مذكوره`)

func adjective(base string) bool {
	return plainAdjectives[base] || strings.HasSuffix(base, "ي") || strings.HasSuffix(base, "يه")
}

// province reports whether a person-tagged mention is, in the gazetteer,
// exactly the name of a region or country (صلاح الدين، ديالى), with no
// title before it that would make it a person.
func (r *Recognizer) province(toks []text.Token, m mention) bool {
	if m.from > 0 && triggers[toks[m.from-1].Base] == "PER" {
		return false
	}
	cands, end, ok := r.o.Gazetteer.Match(toks, m.from)
	if !ok || end != m.to {
		return false
	}
	for _, c := range cands {
		if c.Kind == "region" || c.Kind == "country" {
			return true
		}
	}
	// A major town whose words were never a person in training (عفرين).
	if !major(cands) || givenNames[toks[m.from].Base] {
		return false
	}
	for _, t := range toks[m.from:m.to] {
		if st, ok := r.o.Model.ne[t.Base]; ok && st[1] > 0 {
			return false
		}
	}
	return true
}

// commands tags as one organisation a command head and the name after it
// (قيادة عمليات صلاح الدين), when the tagger found the name and the head is
// in the construct state (no article).
func commands(toks []text.Token, tags []string) {
	for i := 0; i < len(toks); i++ {
		n := commandAt(toks, i)
		if n == 0 || i+n >= len(toks) || tags[i+n] == "O" || tags[i+n][0] != 'B' {
			continue
		}
		if tags[i] != "O" && tags[i][0] == 'I' {
			continue // inside a longer name already
		}
		end := i + n + 1
		typ := tags[i+n][2:]
		for end < len(tags) && tags[end] == "I-"+typ {
			end++
		}
		clear(tags, i, end)
		setTags(tags, i, end, "ORG")
		i = end - 1
	}
}

// commandAt returns how many tokens of a command head start at i, or 0.
func commandAt(toks []text.Token, i int) int {
	for _, h := range commandHeads {
		if i+len(h) > len(toks) || toks[i].Definite {
			continue
		}
		ok := true
		for k, w := range h {
			t := toks[i+k]
			if t.Kind != text.Word || t.Base != w || (k > 0 && t.Prefix != "") {
				ok = false
				break
			}
		}
		if ok {
			return len(h)
		}
	}
	return 0
}

// placeWord reports whether a token alone is a major place of the
// gazetteer (a country, a capital, a governorate seat) and no given name.
func (r *Recognizer) placeWord(t text.Token) bool {
	if givenNames[t.Base] {
		return false
	}
	cands, end, ok := r.o.Gazetteer.Match([]text.Token{t}, 0)
	return ok && end == 1 && major(cands)
}

// quoted reports whether a mention is the whole of a quotation.
func quoted(toks []text.Token, m mention) bool {
	return m.from > 0 && m.to < len(toks) && quote(toks[m.from-1]) && quote(toks[m.to])
}

func quote(t text.Token) bool {
	return t.Kind == text.Punct && strings.ContainsAny(t.Text, "\"«»“”'")
}

// plainWords reports whether none of the words was ever tagged as a name
// in training.
func (r *Recognizer) plainWords(toks []text.Token) bool {
	for _, t := range toks {
		st, ok := r.o.Model.ne[t.Base]
		if ok && st[1]+st[2]+st[3]+st[4] > 0 {
			return false
		}
	}
	return true
}

// anyForm reports whether one of the token's matching forms (بريف → ريف)
// is in the set.
func anyForm(t text.Token, set map[string]bool) bool {
	if t.Kind != text.Word {
		return false
	}
	for _, f := range t.Forms() {
		if set[f] {
			return true
		}
	}
	return false
}
