package numeral

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// Calendars of a month name.
const (
	Gregorian = "gregorian"
	Hijri     = "hijri"
)

// MonthName is one month name: the month's number, its calendar, how many
// tokens it spans (تشرين الأول: 2) and whether it is also a common word
// (مارس "practised", آب "father", ماي), so that it needs a day or year beside it.
type MonthName struct {
	Month    int
	Calendar string
	Tokens   int
	Weak     bool
}

var monthNames = map[string]MonthName{}

func init() {
	greg := []string{
		"", // MSA and Egyptian | Levantine and Iraqi | Maghrebi
		"يناير|كانون الثاني|جانفي",
		"فبراير|شباط|فيفري فبراير",
		"|آذار اذار|",
		"أبريل ابريل إبريل|نيسان|أفريل افريل",
		"مايو|أيار ايار آيار|",
		"يونيو يونيه|حزيران|جوان يونيو",
		"يوليو يوليه|تموز|جويلية جويلة يوليوز",
		"أغسطس اغسطس||أوت اوت غشت",
		"سبتمبر سبتمير|أيلول ايلول|شتنبر",
		"أكتوبر اكتوبر|تشرين الأول|",
		"نوفمبر|تشرين الثاني|نونبر",
		"ديسمبر ديسبمر|كانون الأول|دجنبر",
	}
	for m, line := range greg {
		for _, part := range strings.Split(line, "|") {
			for _, name := range splitNames(part) {
				addMonth(name, MonthName{Month: m, Calendar: Gregorian})
			}
		}
	}
	for _, weak := range []string{"مارس", "ماي"} {
		m := 3
		if weak == "ماي" {
			m = 5
		}
		addMonth(weak, MonthName{Month: m, Calendar: Gregorian, Weak: true})
	}
	addMonth("آب", MonthName{Month: 8, Calendar: Gregorian, Weak: true})
	hijri := []string{"", "محرم", "صفر", "ربيع الأول|ربيع الاول|ربيع أول", "ربيع الآخر|ربيع الثاني|ربيع الاخر|ربيع ثاني",
		"جمادى الأولى|جمادى الاولى|جمادى الأول|جمادي الأولى", "جمادى الآخرة|جمادى الثانية|جمادى الاخرة|جمادى الآخر|جمادى الثاني",
		"رجب", "شعبان", "رمضان", "شوال", "ذو القعدة|ذي القعدة|ذوالقعدة", "ذو الحجة|ذي الحجة|ذوالحجة"}
	for m, line := range hijri {
		for _, name := range strings.Split(line, "|") {
			if name != "" {
				addMonth(name, MonthName{Month: m, Calendar: Hijri, Weak: name == "صفر" || name == "رجب" || name == "رمضان" || name == "شعبان"})
			}
		}
	}
}

// splitNames splits "كانون الثاني" style two-word names kept together from a
// space-separated list of one-word names: two-word names are written with
// their second word starting with ال.
func splitNames(part string) []string {
	var out []string
	f := strings.Fields(part)
	for k := 0; k < len(f); k++ {
		if k+1 < len(f) && strings.HasPrefix(f[k+1], "ال") {
			out = append(out, f[k]+" "+f[k+1])
			k++
			continue
		}
		out = append(out, f[k])
	}
	return out
}

func addMonth(name string, m MonthName) {
	m.Tokens = len(strings.Fields(name))
	if m.Month == 0 {
		return
	}
	key := text.Fold(name)
	if _, taken := monthNames[key]; !taken {
		monthNames[key] = m
	}
}

// Month finds a month name at token i (one or two tokens), also behind a
// proclitic (وفي يونيو is not one token; بيونيو، وحزيران are). It returns the
// month and the number of tokens it spans.
func Month(toks []text.Token, i int) (MonthName, bool) {
	if i < 0 || i >= len(toks) || toks[i].Kind != text.Word {
		return MonthName{}, false
	}
	for k, form := range monthForms(toks[i].Norm) {
		if i+1 < len(toks) && toks[i+1].Kind == text.Word {
			if m, ok := monthNames[form+" "+toks[i+1].Norm]; ok {
				return m, true
			}
		}
		// A weak name behind a clitic is another word: باب is "door", not ب+آب.
		if m, ok := monthNames[form]; ok && m.Tokens == 1 && (k == 0 || !m.Weak) {
			return m, true
		}
	}
	return MonthName{}, false
}

func monthForms(norm string) []string {
	out := []string{norm}
	for _, p := range []string{"و", "ب", "ل", "وب", "ول", "ف"} {
		if rest, ok := strings.CutPrefix(norm, p); ok && len(rest) >= 4 {
			out = append(out, rest)
		}
	}
	return out
}
