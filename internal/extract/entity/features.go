package entity

import (
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/gazetteer"
	"github.com/marsad/marsad/internal/text"
)

// Trigger words: heads that open an organisation name, titles before a
// person, and nouns before a place. They are matched on the token's base.
var triggers = map[string]string{}

func init() {
	for class, words := range map[string]string{
		"ORG": `قوات جيش حركه جبهه تنظيم وزاره وكاله مجلس هيئه حزب منظمه اتحاد شركه جمعيه لجنه مؤسسه جامعه
			بنك مصرف صندوق فيلق لواء كتائب كتيبه فصيل جماعه تحالف ائتلاف مرصد محكمه برلمان حكومه صحيفه قناه
			اذاعه مكتب مركز معهد نادي فريق منتخب مفوضيه الامم دائره سلطه شبكه`,
		"PER": `الرئيس رئيس وزير الوزير الناطق ناطق المتحدث متحدث الشيخ شيخ العقيد عقيد اللواء العميد عميد
			الجنرال جنرال الملك ملك الامير امير السيد السيده الدكتور د المستشار النائب نائب القائد قائد
			السفير سفير المبعوث مبعوث الامين امين المدير مدير الرئيسه وزيره الناطقه المتحدثه الزعيم زعيم
			البابا الاب المطران الامام الرائد النقيب الملازم المقدم الفريق المشير ابن بن ابو ام
			لاعب مدافع مهاجم حارس مدرب هداف نجم نجمه دولي فنان فنانه ممثل ممثله مخرج مطرب مطربه مغني مغنيه
			كاتب كاتبه شاعر شاعره روائي باحث باحثه صحفي صحافي مراسل مراسله زميل استاذ استاذه بروفيسور حكم
			قاضي محامي مهندس طبيب حاج مواطن مواطنه شهيد اسير جندي رقيب ملكه سمو سموه شيخه رئيسه عضو معلق
			محلل خبير مفكر مؤرخ داعيه مفتي علامه اعلامي مذيع مذيعه قس كاردينال معارض ناشط ناشطه رجل سيده`,
		"LOC": `مدينه محافظه ريف بلده قريه حي مخيم منطقه ولايه اقليم اقاليم جزيره بحر نهر جبل سهل وادي عاصمه
			مطار ميناء مرفا شارع ساحه دوله بلاد شمال جنوب شرق غرب شمالي جنوبي شرقي غربي ضواحي`,
	} {
		for _, w := range strings.Fields(words) {
			triggers[w] = class
		}
	}
	// Nationality adjectives (nisba), masculine and feminine: before a
	// name they announce a person (البرازيلي كارلوس), after a noun nothing.
	for _, w := range strings.Fields(nationalities) {
		triggers[w] = "NAT"
		triggers[w+"ه"] = "NAT"
	}
}

// nationalities are the bases of nationality adjectives, folded as token
// bases are (no article, ى→ي, ة→ه, أ→ا).
const nationalities = `امريكي اميركي بريطاني انجليزي انكليزي اسكتلندي ايرلندي فرنسي الماني روسي صيني ياباني كوري
	هندي باكستاني افغاني ايراني عراقي سوري لبناني اردني فلسطيني اسرائيلي مصري سعودي كويتي اماراتي قطري
	بحريني عماني يمني سوداني ليبي تونسي جزائري مغربي موريتاني تركي يوناني ايطالي اسباني برتغالي هولندي
	بلجيكي سويسري نمساوي سويدي نرويجي دنماركي فنلندي بولندي تشيكي مجري روماني بلغاري صربي كرواتي بوسني
	اوكراني ارمني جورجي اذربيجاني برازيلي ارجنتيني مكسيكي كولومبي تشيلي اوروغوياني بيروفي فنزويلي كوبي
	كندي استرالي نيجيري كاميروني غاني سنغالي عاجي ايفواري اثيوبي اريتري صومالي كيني تشادي مالي
	اندونيسي ماليزي فلبيني تايلندي فيتنامي بنغالي سريلانكي نيبالي كردي`

// featurizer turns a sentence into hashed feature ids, one list per token.
type featurizer struct {
	reg      *actor.Registry
	gaz      *gazetteer.Gazetteer
	clusters map[string][2]uint16 // base → (coarse, fine) cluster ids
	ne       map[string][5]uint16 // base → tokens tagged O, PER, LOC, ORG, MISC in training
}

var neClasses = [5]string{"O", "PER", "LOC", "ORG", "MISC"}

// neKey describes how the word or word pair key was tagged in training:
// its most frequent entity class and a share bucket, "O"/"o" for a word
// always left untagged, "unseen", or "" without statistics. The
// description is in two pieces, hashed as their concatenation.
func (f *featurizer) neKey(k string) (string, string) {
	if f.ne == nil {
		return "", ""
	}
	st, ok := f.ne[k]
	return neDesc(st, ok)
}

func neDesc(st [5]uint16, ok bool) (string, string) {
	if !ok {
		return "unseen", ""
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
			return "O", ""
		}
		return "o", ""
	case r >= 0.7:
		return neClasses[best], "+"
	case r >= 0.3:
		return neClasses[best], "="
	}
	return neClasses[best], "-"
}

// piece2 is a string in two pieces, hashed as their concatenation ("B-" and
// a class, "p" and a punctuation mark), so that it need not be built.
type piece2 struct{ a, b string }

var outside = piece2{"<s>", ""}

// tokInfo is what the features read of one token, looked up once per
// sentence; the two tokens on either side of a sentence are outside it.
type tokInfo struct {
	norm, base, prefix string
	shape              piece2
	trigB, trigW       string // trigger classes of the base and of the word
	trig               string // trigB, else trigW
	cl                 bool   // the base has a cluster
	coarse, fine       uint16
	ne                 piece2 // neKey of the base
	given              string // "G", "-"
	reg, gaz           piece2 // registry and gazetteer match tags
}

var outsideInfo = tokInfo{norm: "<s>", base: "<s>", prefix: "<s>", shape: outside, trig: "<s>",
	ne: outside, given: "<s>", reg: outside, gaz: outside}

// pad is how many outside tokens the features look at on each side.
const pad = 2

// infos looks up the sentence's tokens once: the result holds the tokens at
// pad+i, with pad outside tokens at each end.
func (f *featurizer) infos(toks []text.Token, m *matches, inf []tokInfo) []tokInfo {
	inf = slices.Grow(inf[:0], len(toks)+2*pad)[:len(toks)+2*pad]
	for k := range pad {
		inf[k], inf[len(inf)-1-k] = outsideInfo, outsideInfo
	}
	for i := range toks {
		t := &toks[i]
		x := &inf[pad+i]
		*x = tokInfo{norm: t.Norm, base: t.Base, prefix: t.Prefix}
		x.shape = shape(t)
		x.trigB, x.trigW = triggers[t.Base], triggers[t.Norm]
		x.trig = x.trigB
		if x.trig == "" {
			x.trig = x.trigW
		}
		if f.clusters != nil {
			c, ok := f.clusters[t.Base]
			x.cl, x.coarse, x.fine = ok, c[0], c[1]
		}
		if f.ne != nil {
			st, ok := f.ne[t.Base]
			x.ne.a, x.ne.b = neDesc(st, ok)
		}
		x.given = "-"
		if givenNames[t.Base] {
			x.given = "G"
		}
	}
	f.registryTags(toks, inf[pad:pad+len(toks)], m)
	f.gazetteerTags(inf[pad:pad+len(toks)], m)
	return inf
}

// maxFeatures bounds the number of first-pass features of a token.
const maxFeatures = 75

// features returns the feature hashes of every token of a sentence. Each
// feature is the FNV-1a hash of its name and values joined by NUL bytes,
// hashed as it goes, without building the strings.
func (f *featurizer) features(toks []text.Token) [][]uint64 {
	return f.sentence(toks, newMatches(toks, f.gaz), &scratch{})
}

// scratch holds the buffers of sentence, for the next sentence to reuse.
type scratch struct {
	inf []tokInfo
	fs  []uint64
	out [][]uint64
	key []byte // word pair keys of the tag statistics
}

// sentence is features, keeping the registry and gazetteer matches in m.
// The result is in sc's buffers, valid until sc is used again.
func (f *featurizer) sentence(toks []text.Token, m *matches, sc *scratch) [][]uint64 {
	n := len(toks)
	inf := f.infos(toks, m, sc.inf)
	out := slices.Grow(sc.out[:0], n)[:n]
	fs := slices.Grow(sc.fs[:0], n*maxFeatures)
	key := sc.key
	for i := range toks {
		start := len(fs)
		t := &toks[i]
		x := &inf[pad+i]
		p1, p2, n1, n2 := &inf[pad+i-1], &inf[pad+i-2], &inf[pad+i+1], &inf[pad+i+2]
		w, base := x.norm, x.base
		fs = append(fs,
			uint64(fBias),
			uint64(fW.and(w)),
			uint64(fB.and(base)),
			uint64(fP.and(t.Prefix)),
			uint64(fS.and(t.Suffix)),
			uint64(fW_1.and(p1.norm)),
			uint64(fW1.and(n1.norm)),
			uint64(fW_2.and(p2.norm)),
			uint64(fW2.and(n2.norm)),
			uint64(fB_1.and(p1.base)),
			uint64(fB1.and(n1.base)),
			uint64(fB_1B.and(p1.base).and(base)),
			uint64(fBB1.and(base).and(n1.base)),
			uint64(fB_2B_1.and(p2.base).and(p1.base)),
		)
		for k := 1; k <= 4; k++ {
			fs = append(fs, uint64(fPre[k].and(firstRunes(base, k))), uint64(fSuf[k].and(lastRunes(base, k))))
		}
		fs = append(fs,
			uint64(fWsuf2.and(lastRunes(w, 2))),
			uint64(fShape.and2(x.shape)),
			uint64(fShape_1Shape1.and2(p1.shape).and2(n1.shape)),
		)
		if t.Definite {
			fs = append(fs, uint64(fDef))
		}
		if i == 0 {
			fs = append(fs, uint64(fFirst))
		}
		fs = append(fs,
			uint64(fTrig.and(x.trigB).and(x.trigW)),
			uint64(fTrig_1.and(p1.trig)),
			uint64(fTrig_2.and(p2.trig)),
			uint64(fTrig1.and(n1.trig)),
		)
		for k, c := range [3]*tokInfo{x, p1, n1} {
			if c.cl {
				fs = append(fs, uint64(fClC[k].and(num(c.coarse))), uint64(fClF[k].and(num(c.fine))))
			} else {
				fs = append(fs, uint64(fClNone[k]))
			}
		}
		fs = append(fs,
			uint64(fCC.andCoarse(p1).andCoarse(x)),
			uint64(fNe.and2(x.ne)),
			uint64(fNe_1.and2(p1.ne)),
			uint64(fNe1.and2(n1.ne)),
			uint64(fNe_1Ne.and2(p1.ne).and2(x.ne)),
			uint64(fNeNe1.and2(x.ne).and2(n1.ne)),
			uint64(fReg.and2(x.reg)),
			uint64(fReg_1.and2(p1.reg)),
			uint64(fReg1.and2(n1.reg)),
			uint64(fGaz.and2(x.gaz)),
			uint64(fGaz_1Gaz.and2(p1.gaz).and2(x.gaz)),
			uint64(fGaz1.and2(n1.gaz)),
		)
		fs, key = f.context(fs, key, x, p1, p2, n1, n2)
		out[i] = fs[start:len(fs):len(fs)]
	}
	sc.inf, sc.fs, sc.out, sc.key = inf, fs, out, key
	return out
}

// num is the decimal form of a cluster id.
func num(c uint16) string {
	if int(c) < len(smallNums) {
		return smallNums[c]
	}
	return strconv.Itoa(int(c))
}

// smallNums are the decimal forms of small cluster ids.
var smallNums = func() []string {
	out := make([]string, 1024)
	for i := range out {
		out[i] = strconv.Itoa(i)
	}
	return out
}()

// context adds the features of the words around a token: their affixes,
// clusters and training tags two words away, and conjunctions of the
// left trigger with the token's own shape and cluster.
func (f *featurizer) context(fs []uint64, key []byte, x, p1, p2, n1, n2 *tokInfo) ([]uint64, []byte) {
	for k, c := range [2]*tokInfo{p1, n1} {
		b := c.base
		fs = append(fs,
			uint64(fPre2[k].and(firstRunes(b, 2))),
			uint64(fSuf2[k].and(lastRunes(b, 2))),
			uint64(fSuf3[k].and(lastRunes(b, 3))),
			uint64(fPd[k].and(c.prefix)),
		)
	}
	for k, c := range [2]*tokInfo{p2, n2} {
		if c.cl {
			fs = append(fs, uint64(fC2F[k].and(num(c.fine))))
		} else {
			fs = append(fs, uint64(fC2None[k]))
		}
		fs = append(fs, uint64(fNe2[k].and2(c.ne)))
	}
	fs = append(fs,
		uint64(fCf_1Cf.andFine(p1).andFine(x)),
		uint64(fCfCf1.andFine(x).andFine(n1)),
		uint64(fTrig_1Cf.and(p1.trig).andFine(x)),
		uint64(fTrig_1Shape.and(p1.trig).and2(x.shape)),
		uint64(fB_1Cf.and(p1.base).andFine(x)),
		uint64(fCfB1.andFine(x).and(n1.base)),
	)
	// How the word was tagged in training after / before the same word.
	var nel, ner piece2
	if f.ne != nil {
		key = append(append(append(append(key[:0], '<'), p1.base...), ' '), x.base...)
		nel.a, nel.b = f.neKey(string(key))
		key = append(append(append(append(key[:0], x.base...), ' '), n1.base...), '>')
		ner.a, ner.b = f.neKey(string(key))
	}
	fs = append(fs,
		uint64(fNel.and2(nel)),
		uint64(fNer.and2(ner)),
		uint64(fGiven.and(x.given)),
		uint64(fGiven_1Given.and(p1.given).and(x.given)),
		uint64(fGivenGiven1.and(x.given).and(n1.given)),
		uint64(fGiven_1Ne.and(p1.given).and2(x.ne)),
		uint64(fW_1W.and(p1.norm).and(x.norm)),
		uint64(fWW1.and(x.norm).and(n1.norm)),
	)
	return fs, key
}

// registryTags marks the tokens inside a registry match: B-kind, I-kind;
// it keeps the matches in m.
func (f *featurizer) registryTags(toks []text.Token, inf []tokInfo, m *matches) {
	if f.reg == nil {
		return
	}
	for i := 0; i < len(toks); {
		a, end, ok := f.reg.MatchTokens(toks, i)
		if !ok {
			i++
			continue
		}
		kind := a.EntityType()
		m.reg = append(m.reg, regSpan{i, end, kind})
		inf[i].reg = piece2{"B-", kind}
		for j := i + 1; j < end; j++ {
			inf[j].reg = piece2{"I-", kind}
		}
		i = end
	}
}

// gazetteerTags marks the tokens inside a gazetteer match with its position
// and the kind of its most populous candidate.
func (f *featurizer) gazetteerTags(inf []tokInfo, m *matches) {
	if f.gaz == nil {
		return
	}
	toks := m.toks
	for i := 0; i < len(toks); {
		cands, end, ok := m.gazetteer(i)
		if !ok || (end-i == 1 && utf8.RuneCountInString(toks[i].Base) < 3) {
			i++
			continue
		}
		kind := cands[0].Kind
		if kind != "country" {
			kind = "place"
		}
		inf[i].gaz = piece2{"B-", kind}
		for j := i + 1; j < end; j++ {
			inf[j].gaz = piece2{"I-", kind}
		}
		i = end
	}
}

// shape is a coarse description of a token: its kind and length bucket.
func shape(t *text.Token) piece2 {
	switch t.Kind {
	case text.Number:
		return piece2{"num", ""}
	case text.Latin:
		r, _ := utf8.DecodeRuneInString(t.Text)
		if unicode.IsUpper(r) {
			return piece2{"Lat", ""}
		}
		return piece2{"lat", ""}
	case text.Punct:
		return piece2{"p", t.Text}
	}
	n := utf8.RuneCountInString(t.Base)
	switch {
	case n <= 2:
		return piece2{"w2", ""}
	case n == 3:
		return piece2{"w3", ""}
	case n == 4:
		return piece2{"w4", ""}
	case n <= 6:
		return piece2{"w56", ""}
	}
	return piece2{"w7", ""}
}

func firstRunes(s string, k int) string {
	i := 0
	for n := 0; n < k && i < len(s); n++ {
		_, sz := utf8.DecodeRuneInString(s[i:])
		i += sz
	}
	return s[:i]
}

func lastRunes(s string, k int) string {
	i := len(s)
	for n := 0; n < k && i > 0; n++ {
		_, sz := utf8.DecodeLastRuneInString(s[:i])
		i -= sz
	}
	return s[i:]
}
