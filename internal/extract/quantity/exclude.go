package quantity

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
	"github.com/marsad/marsad/internal/text/numeral"
)

// excluded reports a number at token i that is part of something else: a
// clock time (14:30), a date (15/10/2017, 15 أكتوبر, آذار 2018), a model or
// tag number (F-16، #39Indians), a reference number (رقم 5), a year (عام
// 2015).
func (x *extractor) excluded(i int, n numeral.Number) bool {
	toks := x.toks
	t := toks[i]
	if t.Kind == text.Number && dateChain(toks, i) {
		return true
	}
	if t.Kind == text.Number {
		if i > 0 && toks[i-1].End == t.Start {
			p := toks[i-1]
			switch {
			case p.Kind == text.Word && !isClitic(p.Norm) && !gluedBefore[p.Norm]:
				return true // السويداء24: part of a name (but «من300»، «نحو107»: a space left out)
			case p.Kind == text.Latin, p.Norm == ":", p.Norm == "/", p.Norm == "#", p.Norm == "\\":
				return true
			case p.Norm == "-" && i > 1 && toks[i-2].End == p.Start && (toks[i-2].Kind == text.Word || toks[i-2].Kind == text.Latin):
				return true // F-16, أف-16, 2017-10
			case p.Norm == "." || p.Norm == ",":
				return true
			}
		}
		if i+1 < len(toks) && toks[i+1].Start == t.End {
			nx := toks[i+1]
			switch {
			case nx.Kind == text.Latin, nx.Norm == ":", nx.Norm == "/", nx.Norm == "\\":
				return true
			case nx.Norm == "-" && i+2 < len(toks) && toks[i+2].Start == nx.End && toks[i+2].Kind == text.Number && i > 0 && toks[i-1].Norm == "-":
				return true
			}
		}
		if _, ok := numeral.Month(toks, i+1); ok && n.End == i+1 {
			return true
		}
	}
	if n.End < len(toks) {
		k := n.End
		if toks[k].Norm == "من" || toks[k].Norm == "/" {
			k++
		}
		if _, ok := numeral.Month(toks, k); ok && !n.Scaled && n.Value <= 31 && n.Value >= 1 {
			return true
		}
	}
	if x.monthBefore(i) {
		return true
	}
	if (n.Digits && n.End-n.Start == 1 && !strings.ContainsAny(t.Norm, ".,") || n.Words) && n.Value >= 1900 && n.Value <= 2100 && i > 0 &&
		n.Value == float64(int(n.Value)) {
		switch toks[i-1].Norm {
		case "في", "منذ", "حتي", "خلال", "مطلع", "نهايه", "بدايه", "اواخر", "اوائل", "منتصف", "قبل", "بعد", "وفي", "ومنذ":
			return true // في 2007: a year
		}
	}
	if i > 0 {
		switch strings.TrimPrefix(toks[i-1].Norm, "و") {
		case "عام", "العام", "لعام", "بعام", "للعام", "سنه", "السنه", "لسنه", "الساعه", "بالساعه", "رقم", "برقم",
			"القرار", "المادة", "الماده", "الفقره", "البند", "الصفحه", "الطريق", "موديل", "طراز", "الكيلو", "العدد", "الاصدار":
			return true
		}
	}
	if i > 1 && toks[i-1].Norm == "ال" && toks[i-2].Norm == "الساعه" {
		return true
	}
	if t.Kind == text.Number && i > 0 {
		switch toks[i-1].Norm {
		case "الهجري", "الميلادي", "هجري", "ميلادي":
			return true
		}
	}
	return false
}

// monthBefore reports a month name right before token i (آذار 2018،
// كانون الثاني/يناير 2014), as the year of a date.
func (x *extractor) monthBefore(i int) bool {
	toks := x.toks
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if m, ok := numeral.Month(toks, k); ok {
			end := k + m.Tokens
			if end == i {
				return true
			}
			if end == i-1 && (toks[end].Norm == "/" || toks[end].Norm == "،" || toks[end].Norm == ",") {
				return true
			}
		}
	}
	return false
}

// looksLikeTimeOrYear reports a bare number (no noun, no percent) that reads
// as a year (1900-2100 in digits, no hedge) or as a clock time (22,30
// written with a comma, or followed by ت غ / بتوقيت / صباحا / مساء).
func (x *extractor) looksLikeTimeOrYear(i int, n numeral.Number, b bound) bool {
	toks := x.toks
	if n.Digits && !n.Scaled && !n.Decimal && n.Value >= 1900 && n.Value <= 2100 && b == 0 && n.End-n.Start == 1 &&
		!strings.ContainsAny(toks[i].Norm, ".,") {
		return true
	}

	if n.Digits && !n.Scaled && !n.Decimal && i > 0 && toks[i-1].Kind == text.Word && toks[i-1].Definite &&
		strings.HasSuffix(toks[i-1].Norm, "ه") && x.impliedNounAt(i) == "" {
		if nn, _, _, ok := lookupNoun(toks[i-1].Norm); !ok || !nn.Plural {
			return true // الدورة 37، المادة 5: a label, not a count
		}
	}
	if n.Digits && n.Decimal && !n.Scaled {
		f := toks[i].Norm
		if k := strings.IndexByte(f, ','); k > 0 && len(f)-k-1 == 2 && k <= 2 && n.Value < 24 {
			mm := f[k+1:]
			if mm[0] <= '5' {
				return true
			}
		}
	}
	if n.End < len(toks) {
		switch toks[n.End].Norm {
		case "ت", "بتوقيت", "صباحا", "مساء", "مساءا", "ظهرا", "فجرا", "عصرا", "ليلا", "gmt", "هـ", "ه", "م", "ميلادي", "للميلاد", "هجري":
			return true
		}
	}
	return false
}

// needsNounBefore reports a number that is a quantity only after the noun it
// counts: a lone واحد/اثنان (شخص واحد، مقاتلين اثنين), a definite number
// (القتلى الخمسة) and a number after الـ (القتلى الـ35; العامل الـ39 is an
// ordinal).
func needsNounBefore(toks []text.Token, i int, n numeral.Number) bool {
	if n.Words && n.End-n.Start == 1 && (n.Value == 1 || n.Value == 2 && !n.Scaled) {
		return true
	}
	if n.Definite && n.End-n.Start == 1 {
		return true
	}
	return i > 0 && toks[i-1].Norm == "ال" && toks[i].Kind == text.Number
}

// nounBefore extends fig over a counted noun written before its number
// (مقاتلين اثنين، القتلى الـ35) and reports whether it found one. A singular
// noun before الـN makes it an ordinal (العامل الـ39), not a count.
func (x *extractor) nounBefore(fig *figure, i int, n numeral.Number) bool {
	toks := x.toks
	k := i - 1
	if k >= 0 && toks[k].Norm == "ال" {
		k--
	}
	if k < 0 || toks[k].Kind != text.Word {
		return false
	}
	nn, def, _, ok := lookupNoun(toks[k].Norm)
	if !ok {
		if _, isTime := numeral.LookupTimeUnit(toks[k].Norm); isTime || stop[toks[k].Norm] || numeral.IsWord(toks[k].Norm) {
			return false
		}
		t := toks[k]
		switch {
		case k == i-1 && n.Definite && t.Definite && n.Value >= 3 && len([]rune(t.Base)) >= 3:
			// التدابير الخمسة، البلدان الثلاثة: a definite noun and its number
		case k == i-1 && !n.Definite && !t.Definite && n.Value == 1 && n.Words && t.Prefix == "" && len([]rune(t.Norm)) >= 4:
			// قرويا واحدا، طفلا واحدا: one, said after its noun
		default:
			return false
		}
		unit := "other"
		if nisbaPeople(t.Norm) || humanPlural(t.Base) {
			unit = "people"
		}
		trim := cliticBytes(t)
		if t.Prefix == "ال" {
			trim = 0 // the article stays with its noun
		}
		if fig.unit == "" {
			fig.noun, fig.unit = t.Base, unit
		}
		fig.start, fig.startTrim = k, trim
		return true
	}
	if k < i-1 || n.Definite {
		if !nn.Plural || !def {
			return false
		}
	}
	if fig.unit == "" {
		fig.noun, fig.unit = nn.Singular, nn.Unit
	}
	fig.start, fig.startTrim = k, 0
	_ = def
	return true
}

// dateChain reports a number inside three numbers joined by - or / with no
// space (15-10-2017، 2017/10/15).
func dateChain(toks []text.Token, i int) bool {
	for s := i - 4; s <= i; s += 2 {
		if s < 0 || s+4 >= len(toks) {
			continue
		}
		ok := true
		for k := s; k <= s+4; k++ {
			if k%2 == s%2 && toks[k].Kind != text.Number || k%2 != s%2 && toks[k].Norm != "-" && toks[k].Norm != "/" && toks[k].Norm != "." {
				ok = false
				break
			}
			if k > s && toks[k-1].End != toks[k].Start {
				ok = false
				break
			}
		}
		if ok {
			return true
		}
	}
	return false
}

// secondOfPair reports the second number of a pair whose first was no
// quantity (الساعات الـ24 أو 48، عام 2011 و2012).
func (x *extractor) secondOfPair(i int) bool {
	toks := x.toks
	if i > 1 && toks[i].Kind == text.Number && !x.used[i-2] && toks[i-2].Kind == text.Number {
		switch toks[i-1].Norm {
		case "او", "الي", "حتي", "-":
			return true
		case "و":
			v, _, _ := numeral.Digits(toks[i-2].Text)
			return v >= 1900 && v <= 2100
		}
	}
	return false
}

// isClitic reports a proclitic written as its own token against a number
// (بـ3، و300، لـ24، الـ15).
func isClitic(norm string) bool {
	switch norm {
	case "ب", "و", "ل", "ف", "ك", "ال", "وب", "ول", "فب", "فل", "وال", "بال", "لل", "كال", "فال", "بنحو":
		return true
	}
	return false
}

// impliedNounAt is the noun a bare figure at token i counts, if the sentence
// gives one (see impliedNoun), else "".
func (x *extractor) impliedNounAt(i int) string {
	n, _ := x.impliedNoun(i)
	return n
}

// gluedBefore are words that name nothing with a number: one written
// against a number is a space left out («أكثر من300 ألف»، «نحو107 دول»),
// not a name such as «السويداء24».
var gluedBefore = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("من نحو حوالي قرابة زهاء بين إلى الى عن في على لنحو بحوالي وحوالي ونحو ومن") {
		m[text.Fold(w)] = true
	}
	return m
}()
