package entity

import (
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

// neOf describes how a word was tagged in the training data: its most
// frequent entity class and how often, or "unseen".
func (f *featurizer) neOf(toks []text.Token, i int) string {
	if i < 0 || i >= len(toks) {
		return "<s>"
	}
	if f.ne == nil {
		return ""
	}
	return f.neKey(toks[i].Base)
}

// neKey describes how the word or word pair key was tagged in training.
func (f *featurizer) neKey(k string) string {
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

// features returns the feature hashes of every token of a sentence.
func (f *featurizer) features(toks []text.Token) [][]uint64 {
	n := len(toks)
	reg := f.registryTags(toks)
	gaz := f.gazetteerTags(toks)
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
		add("w-1", word(toks, i-1))
		add("w+1", word(toks, i+1))
		add("w-2", word(toks, i-2))
		add("w+2", word(toks, i+2))
		add("b-1", baseAt(toks, i-1))
		add("b+1", baseAt(toks, i+1))
		add("b-1b", baseAt(toks, i-1), base)
		add("bb+1", base, baseAt(toks, i+1))
		add("b-2b-1", baseAt(toks, i-2), baseAt(toks, i-1))
		for k := 1; k <= 4; k++ {
			add("pre"+strconv.Itoa(k), firstRunes(base, k))
			add("suf"+strconv.Itoa(k), lastRunes(base, k))
		}
		add("wsuf2", lastRunes(w, 2))
		add("shape", shape(&t))
		add("shape-1|shape+1", shape(at(toks, i-1)), shape(at(toks, i+1)))
		if t.Definite {
			add("def")
		}
		if i == 0 {
			add("first")
		}
		add("trig", triggers[base], triggers[w])
		add("trig-1", trig(toks, i-1))
		add("trig-2", trig(toks, i-2))
		add("trig+1", trig(toks, i+1))
		for _, c := range []struct {
			name string
			at   int
		}{{"c", i}, {"c-1", i - 1}, {"c+1", i + 1}} {
			if cl, ok := f.cluster(toks, c.at); ok {
				add(c.name+"c", strconv.Itoa(int(cl[0])))
				add(c.name+"f", strconv.Itoa(int(cl[1])))
			} else {
				add(c.name + "none")
			}
		}
		add("cc", f.clusterStr(toks, i-1), f.clusterStr(toks, i))
		ne := f.neOf(toks, i)
		add("ne", ne)
		add("ne-1", f.neOf(toks, i-1))
		add("ne+1", f.neOf(toks, i+1))
		add("ne-1|ne", f.neOf(toks, i-1), ne)
		add("ne|ne+1", ne, f.neOf(toks, i+1))
		add("reg", reg[i])
		add("reg-1", tagAt(reg, i-1))
		add("reg+1", tagAt(reg, i+1))
		add("gaz", gaz[i])
		add("gaz-1|gaz", tagAt(gaz, i-1), gaz[i])
		add("gaz+1", tagAt(gaz, i+1))
		f.context(toks, i, add)
		out[i] = fs
	}
	return out
}

func (f *featurizer) cluster(toks []text.Token, i int) ([2]uint16, bool) {
	if i < 0 || i >= len(toks) || f.clusters == nil {
		return [2]uint16{}, false
	}
	c, ok := f.clusters[toks[i].Base]
	return c, ok
}

func (f *featurizer) clusterStr(toks []text.Token, i int) string {
	if c, ok := f.cluster(toks, i); ok {
		return strconv.Itoa(int(c[0]))
	}
	return "-"
}

// registryTags marks the tokens inside a registry match: B-kind, I-kind.
func (f *featurizer) registryTags(toks []text.Token) []string {
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

// gazetteerTags marks the tokens inside a gazetteer match with its position
// and the kind of its most populous candidate.
func (f *featurizer) gazetteerTags(toks []text.Token) []string {
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

// hash is 64-bit FNV-1a.
func hash(s string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(s); i++ {
		h ^= uint64(s[i])
		h *= 1099511628211
	}
	return h
}

func at(toks []text.Token, i int) *text.Token {
	if i < 0 || i >= len(toks) {
		return nil
	}
	return &toks[i]
}

func word(toks []text.Token, i int) string {
	if t := at(toks, i); t != nil {
		return t.Norm
	}
	return "<s>"
}

func baseAt(toks []text.Token, i int) string {
	if t := at(toks, i); t != nil {
		return t.Base
	}
	return "<s>"
}

func trig(toks []text.Token, i int) string {
	if t := at(toks, i); t != nil {
		if c := triggers[t.Base]; c != "" {
			return c
		}
		return triggers[t.Norm]
	}
	return "<s>"
}

func tagAt(tags []string, i int) string {
	if i < 0 || i >= len(tags) {
		return "<s>"
	}
	return tags[i]
}

// shape is a coarse description of a token: its kind and length bucket.
func shape(t *text.Token) string {
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

// context adds the features of the words around a token: their affixes,
// clusters and training tags two words away, and conjunctions of the
// left trigger with the token's own shape and cluster.
func (f *featurizer) context(toks []text.Token, i int, add func(...string)) {
	for _, d := range []int{-1, 1} {
		b := baseAt(toks, i+d)
		n := strconv.Itoa(d)
		add("pre2"+n, firstRunes(b, 2))
		add("suf2"+n, lastRunes(b, 2))
		add("suf3"+n, lastRunes(b, 3))
		add("p"+n, prefixAt(toks, i+d))
	}
	for _, d := range []int{-2, 2} {
		n := strconv.Itoa(d)
		if cl, ok := f.cluster(toks, i+d); ok {
			add("c"+n+"f", strconv.Itoa(int(cl[1])))
		} else {
			add("c" + n + "none")
		}
		add("ne"+n, f.neOf(toks, i+d))
	}
	cf := f.fineStr(toks, i)
	add("cf-1|cf", f.fineStr(toks, i-1), cf)
	add("cf|cf+1", cf, f.fineStr(toks, i+1))
	add("trig-1|cf", trig(toks, i-1), cf)
	add("trig-1|shape", trig(toks, i-1), shape(at(toks, i)))
	add("b-1|cf", baseAt(toks, i-1), cf)
	add("cf|b+1", cf, baseAt(toks, i+1))
	// How the word was tagged in training after / before the same word.
	add("nel", f.neKey("<"+baseAt(toks, i-1)+" "+toks[i].Base))
	add("ner", f.neKey(toks[i].Base+" "+baseAt(toks, i+1)+">"))
	g := given(toks, i)
	add("given", g)
	add("given-1|given", given(toks, i-1), g)
	add("given|given+1", g, given(toks, i+1))
	add("given-1|ne", given(toks, i-1), f.neOf(toks, i))
	add("w-1w", word(toks, i-1), word(toks, i))
	add("ww+1", word(toks, i), word(toks, i+1))
}

func (f *featurizer) fineStr(toks []text.Token, i int) string {
	if c, ok := f.cluster(toks, i); ok {
		return strconv.Itoa(int(c[1]))
	}
	return "-"
}

func prefixAt(toks []text.Token, i int) string {
	if t := at(toks, i); t != nil {
		return t.Prefix
	}
	return "<s>"
}
