package quantity

import (
	"math"
	"strings"

	"github.com/marsad/marsad/internal/text"
	"github.com/marsad/marsad/internal/text/numeral"
)

// vague reads a vague amount at token i (عشرات، المئات من المقاتلين، عشرات
// الآلاف، بضعة آلاف) with the noun it counts.
func (x *extractor) vague(i int) (figure, bool) {
	toks := x.toks
	n, ok := numeral.Vague(toks, i)
	if !ok {
		return figure{}, false
	}
	if n.Min == 3 && n.Max == 9 {
		return figure{}, false // بضعة، عدة alone: not annotated as figures
	}
	fig := figure{start: i, end: n.End, core: n, kind: "vague", approx: true}
	fig.startTrim = cliticTrimVague(toks[i])
	if nn, ok := x.nounAfter(n.End, true); ok {
		if nn.time {
			return figure{}, false // عشرات السنين
		}
		fig.noun, fig.unit, fig.end = nn.noun, nn.unit, nn.end
	}
	fig.min, fig.max = f64(n.Min), f64(n.Max)
	if fig.unit == "" && n.End < len(toks) && (toks[n.End].Norm == "منهم" || toks[n.End].Norm == "منهن") {
		fig.unit = "people"
	}
	if fig.unit == "" {
		fig.noun, fig.unit = x.impliedNoun(i)
		if !humanUnit[fig.unit] {
			fig.noun, fig.unit = "", "other"
		}
	}
	if fig.unit == "other" && fig.noun == "" && n.Definite && i > 0 && humanContext[strings.TrimPrefix(toks[i-1].Norm, "و")] {
		fig.unit = "people" // بإصابة العشرات، أودى بحياة المئات
	}
	return fig, true
}

func cliticTrimVague(t text.Token) int {
	switch t.Prefix {
	case "و", "ف", "ب", "ل", "وب", "ول":
		return cliticBytes(t)
	}
	return 0
}

// fractionOf reads a fraction of a stated figure (ثلثي 323 ألف ساكن): the
// derived count, approximate when not whole, and the stated figure itself.
func (x *extractor) fractionOf(i int) ([]figure, bool) {
	toks := x.toks
	t := toks[i]
	frac := 0.0
	switch t.Norm {
	case "نصف":
		frac = 0.5
	case "ربع":
		frac = 0.25
	case "ثلث":
		frac = 1.0 / 3
	case "ثلثي", "ثلثا":
		frac = 2.0 / 3
	default:
		return nil, false
	}
	if i+1 >= len(toks) || toks[i+1].Kind != text.Number {
		return nil, false
	}
	inner, ok := x.number(i + 1)
	if !ok || inner.value == nil || inner.min == nil || inner.max == nil || *inner.min != *inner.max {
		return nil, false
	}
	v := *inner.value * frac
	outer := inner
	outer.start, outer.startTrim = i, 0
	outer.value, outer.min, outer.max = f64(roundTo(v)), f64(roundTo(v)), f64(roundTo(v))
	outer.approx = v != roundTo(v) || inner.approx
	outer.scaled = false
	return []figure{outer, inner}, true
}

// dual reads a dual noun as a count of 2 (عنصران، حافلتين، امرأتان), with a
// following اثنان/اثنين when the text repeats it.
func (x *extractor) dual(i int) (figure, bool) {
	toks := x.toks
	nn, def, prefix, ok := lookupNoun(toks[i].Norm)
	if (def || toks[i].Definite) && !(i+1 < len(toks) && twoAfter(toks[i+1])) {
		return figure{}, false // الشخصين، البلدتين: a definite dual points back to two already named
	}
	lexicon := ok
	if !ok {
		nn, ok = nisbaDual(toks[i], i > 0 && isOpenQuote(toks[i-1]))
	}
	femTrim := -1
	if !ok && !(i > 0 && x.used[i-1]) { // عبوتين ناسفتين: the adjective agrees with the dual already counted
		nn, femTrim, ok = feminineDual(toks[i])
	}
	if !ok && i+1 < len(toks) && twoAfter(toks[i+1]) && toks[i].Kind == text.Word && !numeral.IsWord(toks[i].Norm) {
		nn, ok = noun{Singular: toks[i].Text[cliticTrimVague(toks[i]):], Unit: "other", Dual: true}, true // معتمرين اثنين: the number says it
	}
	if !ok || !nn.Dual {
		return figure{}, false
	}
	end := i + 1
	if nn.Construct {
		if !x.genitiveAt(i + 1) {
			return figure{}, false
		}
		end = i + 2
	}
	fig := figure{start: i, end: end, kind: "count", noun: nn.Singular, unit: x.refineUnit(nn, end)}
	if nn.Unit == "people" && x.fighting(end) {
		fig.unit = "fighters"
	}
	if lexicon {
		// the clitics the lexicon look-up took off (لركلتين); none when the
		// whole word is the noun (فلسطينيان، وزيرين)
		fig.startTrim = lettersBytes(toks[i].Text, len([]rune(procliticOf(prefix))))
	} else if femTrim >= 0 {
		fig.startTrim = femTrim
	} else {
		fig.startTrim = cliticTrimVague(toks[i])
	}
	if !nn.Construct && i+1 < len(toks) {
		if n, ok := numeral.Cardinal(toks, i+1); ok && n.Value == 2 && n.Words && n.End == i+2 {
			fig.end = i + 2
		}
	}
	fig.value, fig.min, fig.max = f64(2), f64(2), f64(2)
	if b, e := afterBound(toks, fig.end); b == atLeast {
		fig.max, fig.end = nil, e
	}
	return fig, true
}

// nisbaStems are the folded stems of nationality and community adjectives
// whose dual counts two people (بريطانيان، عراقيان); names that end the same
// way (كريستيان، سفيان) are not in it.
var nisbaStems = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`بريطاني أمريكي أميركي امريكي فرنسي ألماني الماني روسي تركي إيراني ايراني عراقي سوري لبناني
		أردني اردني مصري سعودي إماراتي اماراتي قطري كويتي بحريني عماني يمني ليبي تونسي جزائري مغربي موريتاني سوداني صومالي
		فلسطيني إسرائيلي اسرائيلي كردي أفغاني افغاني باكستاني هندي صيني ياباني كوري إيطالي ايطالي إسباني اسباني برتغالي
		كندي أسترالي استرالي هولندي بلجيكي سويدي نرويجي دنماركي فنلندي سويسري نمساوي يوناني أوكراني اوكراني بولندي
		أفريقي افريقي أوروبي اوروبي آسيوي أجنبي اجنبي عربي إيزيدي ايزيدي مسيحي درزي شيعي سني قبطي أرمني ارمني تركماني
		شيشاني داغستاني أوزبكي طاجيكي إثيوبي اثيوبي إريتري نيجيري تشادي مالي فلبيني إندونيسي ماليزي بنغالي نيبالي سريلانكي`) {
		nisbaStems[strings.TrimSuffix(text.Fold(w), "ي")] = true
	}
}

// humanUnit holds the units of people, the only ones a bare vague amount
// takes from a noun earlier in its sentence.
var humanUnit = map[string]bool{"people": true, "civilians": true, "fighters": true, "soldiers": true, "children": true, "families": true}

// humanContext holds the words after which a bare definite vague amount
// (العشرات، المئات) counts people: casualties, arrests, displacement.
var humanContext = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`مقتل قتل إصابة اصابة بإصابة باصابة جرح إصابه بحياة بحياه حياة حياه اعتقال اعتقل
		نزوح نزح إجلاء اجلاء فرار هروب خروج تهجير إعدام اعدام أسر اسر خطف اختطاف سقوط وفاة وفاه مصرع قتلت أصيب اصيب
		استشهاد جرح بجرح وإصابة واصابة عشرات تجمع احتشد تظاهر فر هرب نزح غادر وصل عاد`) {
		humanContext[text.Fold(w)] = true
	}
}

// nisbaDual reads the nominative dual of a nationality or other nisba
// adjective used as a noun (بريطانيان، عراقيان): a count of 2 people.
func nisbaDual(t text.Token, quoted bool) (noun, bool) {
	w := t.Norm
	if t.Kind != text.Word || t.Definite || !strings.HasSuffix(w, "يان") || quoted {
		return noun{}, false
	}
	stem := strings.TrimSuffix(w, "ان") // ...ي
	if !nisbaStems[strings.TrimSuffix(stem, "ي")] {
		return noun{}, false
	}
	return noun{Singular: t.Text[cliticBytes(t) : len(t.Text)-len("ان")], Unit: "people", Dual: true}, true
}

// genitiveAt reports an indefinite noun at token j that can complete a
// construct dual (سيارتي إسعاف، طائرتي شحن): a bare word, not a particle,
// a number or a verb (سيارتي تعطلت is "my car broke down").
func (x *extractor) genitiveAt(j int) bool {
	if j >= len(x.toks) {
		return false
	}
	t := x.toks[j]
	w := t.Norm
	if t.Kind != text.Word || t.Prefix != "" || stop[w] || len([]rune(w)) < 3 {
		return false
	}
	if strings.HasPrefix(w, "ي") || strings.HasPrefix(w, "ت") || strings.HasSuffix(w, "ت") || strings.HasSuffix(w, "وا") ||
		strings.HasPrefix(w, "ل") && len([]rune(w)) >= 4 { // عائلتي لوضع: "my family", then a preposition
		return false
	}
	if _, ok := numeral.Cardinal(x.toks, j); ok {
		return false
	}
	_, ok := numeral.Month(x.toks, j)
	return !ok
}

// procliticOf is the part of a noun prefix found by lookupNoun that is a
// conjunction or preposition (و، ب، ل), which a span leaves out; the article
// stays (بالطائرتين → الطائرتين), except in لل where its alef is not written
// (للطائرتين → طائرتين).
func procliticOf(prefix string) string {
	switch prefix {
	case "لل", "ولل":
		return prefix
	}
	return strings.TrimSuffix(prefix, "ال")
}

// shares are the fraction words that name a share of a whole, in their
// cases and the dual of ثلث: a share in percent.
var shares = map[string]float64{"نصف": 50, "ربع": 25, "ثلث": 100.0 / 3, "ثلثا": 200.0 / 3, "ثلثي": 200.0 / 3,
	"ثلثين": 200.0 / 3, "ثلثان": 200.0 / 3, "عشر": 10}

// share reads a fraction of a whole named by a noun, not of a figure: «ثلث
// سكان المدينة»، «نحو ربع سكانه»، «ثلثا المساعدات»، «ثلاثة أرباع الأراضي».
// It is a share in percent (33.33, rounded to two decimals), approximate only
// when hedged; the fraction of a stated figure is fractionOf's.
func (x *extractor) share(i int) (figure, bool) {
	toks := x.toks
	t := toks[i]
	w, trim := t.Norm, 0
	for _, p := range []string{"و", "ب", "ل", "ف"} {
		if rest, ok := strings.CutPrefix(w, p); ok {
			if _, known := shares[rest]; known {
				w, trim = rest, len(p)
			}
			break
		}
	}
	v, ok := shares[w]
	end := i + 1
	if !ok && (w == "ثلاثه" || w == "ثلاث") && i+1 < len(toks) && (toks[i+1].Norm == "ارباع") {
		v, ok, end = 75, true, i+2 // ثلاثة أرباع
	}
	if !ok || w == "عشر" && !(i > 0 && toks[i-1].Norm == "نحو") {
		return figure{}, false // عشر is also ten: a share only after a hedge
	}
	if end >= len(toks) || toks[end].Kind != text.Word || numeral.IsWord(toks[end].Norm) {
		return figure{}, false // ربع مليون is a number; ثلثي 323 ألف is fractionOf's
	}
	switch toks[end].Norm {
	case "تلك", "هذه", "هولاء", "هؤلاء", "هذا", "ذلك", "اولئك":
		return figure{}, false // نصف تلك الصواريخ: half of a count already given, not a share
	}
	if _, isTime := numeral.LookupTimeUnit(toks[end].Norm); isTime || toks[end].Norm == "نهائي" || toks[end].Norm == "النهائي" {
		return figure{}, false // ربع ساعة، نصف قرن، ربع النهائي: times and rounds, not shares
	}
	r := math.Round(v*100) / 100
	fig := figure{start: i, end: end + 1, kind: "percent", unit: "percent", value: f64(r), min: f64(r), max: f64(r), startTrim: trim}
	if b, hs := hedgeBefore(toks, i); b == approx {
		fig.approx, fig.start, fig.startTrim = true, hs, 0
	}
	return fig, true
}

// twoAfter reports whether a token is اثنان/اثنين/اثنتان/اثنتين, which
// after a plural-looking noun makes it a count of two.
func twoAfter(t text.Token) bool {
	switch t.Norm {
	case "اثنان", "اثنين", "اثنتان", "اثنتين":
		return true
	}
	return false
}

// feminineDual reads the dual of a feminine noun the lexicon lacks
// (بصورتين، جبهتين، مقاتلتان): the sound feminine plural ends in ات, so تين and
// تان can only be a dual. Units of time (سنتين، ساعتين) are durations and
// مرتين is "twice"; a short stem (بوتين، ستين) is a name or a number.
func feminineDual(t text.Token) (noun, int, bool) {
	if t.Kind != text.Word || t.Definite {
		return noun{}, 0, false
	}
	w, trim := t.Norm, 0
	if strings.HasPrefix(w, "ال") || strings.HasSuffix(w, "ستان") {
		return noun{}, 0, false // البلدتين points back; أفغانستان، داغستان are places
	}
	for _, p := range []string{"وب", "ول", "و", "ب", "ل", "ف"} {
		if rest, ok := strings.CutPrefix(w, p); ok && len([]rune(rest)) >= 5 {
			w, trim = rest, lettersBytes(t.Text, len([]rune(p))) // a proclitic is read off when a word remains: وبوتين is و + بوتين
			break
		}
	}
	stem, ok := strings.CutSuffix(w, "تين")
	if !ok {
		stem, ok = strings.CutSuffix(w, "تان")
	}
	if !ok || len([]rune(stem)) < 3 || numeral.IsWord(w) || notFeminineDuals[w] {
		return noun{}, 0, false
	}
	if _, isTime := numeral.LookupTimeUnit(w); isTime {
		return noun{}, 0, false
	}
	unit := "other"
	if n, ok := nouns[stem+"ه"]; ok {
		unit = n.Unit
	}
	return noun{Singular: t.Text[trim : len(t.Text)-len("ين")], Unit: unit, Dual: true}, trim, true
}

// notFeminineDuals end in تين/تان without being duals.
var notFeminineDuals = map[string]bool{"مرتين": true, "مرتان": true, "كريستين": true, "بروتين": true, "اوغستين": true,
	"قسطنطين": true, "ارجنتين": true, "الارجنتين": true, "فلنتين": true, "فالنتين": true, "بساتين": true, "شياطين": true,
	"سلاطين": true, "دواوين": true, "براكين": true, "كاتين": true, "ياسمين": true}
