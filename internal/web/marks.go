package web

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/marsad/marsad/internal/model"
)

// Which kinds of facts to mark in a text.
const (
	markEntities = 1 << iota
	markPlaces
	markQuantities
	markTimes
	markClaims
	markEvents
	markAll = markEntities | markPlaces | markQuantities | markTimes | markClaims | markEvents
)

// marksOf turns an analysis into highlight marks.
func marksOf(an model.Analysis, kinds int) []Mark {
	var out []Mark
	if kinds&markClaims != 0 {
		out = append(out, claimMarks(an)...)
	}
	if kinds&markEntities != 0 {
		for _, e := range an.Entities {
			name := orText(e.Name, e.Text)
			out = append(out, Mark{Start: e.Start, End: e.End, Class: "hl-ent hl-" + strings.ToLower(e.Type),
				Title: label(entityLabels, e.Type) + ": " + name, Href: entityHref(name)})
		}
	}
	if kinds&markPlaces != 0 {
		for _, p := range an.Places {
			name := orText(p.Name, p.Text)
			t := "مكان: " + name
			if p.NameEn != "" {
				t += " (" + p.NameEn + ")"
			}
			out = append(out, Mark{Start: p.Start, End: p.End, Class: "hl-place", Title: t, Href: entityHref(name)})
		}
	}
	if kinds&markQuantities != 0 {
		for _, q := range an.Quantities {
			out = append(out, Mark{Start: q.Start, End: q.End, Class: "hl-qty", Title: quantityTitle(q)})
		}
	}
	if kinds&markEvents != 0 {
		for i, ev := range an.Events {
			out = append(out, Mark{Start: ev.Start, End: ev.End, Class: "hl-ev", Title: "حدث: " + label(eventLabels, ev.Type),
				ID: "ev-" + strconv.Itoa(i)})
		}
	}
	if kinds&markTimes != 0 {
		for _, t := range an.Times {
			out = append(out, Mark{Start: t.Start, End: t.End, Class: "hl-time", Title: "زمن: " + t.Value})
		}
	}
	return out
}

func claimMarks(an model.Analysis) []Mark {
	var out []Mark
	for _, c := range an.Claims {
		out = append(out, Mark{Start: c.Start, End: c.End, Class: "hl-claim", Title: claimTitle(c)})
		if sp := c.Speaker; sp != nil {
			out = append(out, Mark{Start: sp.Start, End: sp.End, Class: "hl-speaker",
				Title: "المتكلم: " + orText(sp.Name, sp.Text), Href: entityHref(orText(sp.Name, sp.Text))})
		}
		for _, v := range c.Via {
			out = append(out, Mark{Start: v.Start, End: v.End, Class: "hl-via",
				Title: "عبر: " + orText(v.Name, v.Text), Href: entityHref(orText(v.Name, v.Text))})
		}
	}
	return out
}

func claimTitle(c model.Claim) string {
	parts := []string{"تصريح (" + label(claimKindLabels, c.Kind) + ")"}
	if c.Speaker != nil {
		parts = append(parts, "المتكلم: "+orText(c.Speaker.Name, c.Speaker.Text))
	}
	for _, v := range c.Via {
		parts = append(parts, "عبر: "+orText(v.Name, v.Text))
	}
	return strings.Join(parts, " · ")
}

func quantityTitle(q model.Quantity) string {
	t := "رقم: " + figure(q.Value, q.Min, q.Max, q.Approx)
	if q.Unit != "" {
		t += " · " + label(unitLabels, q.Unit)
	}
	return t
}

// figure writes a figure's bounds as an analyst reads them.
func figure(value, lo, hi *float64, approx bool) string {
	if w := vagueWord(value, lo, hi, approx); w != "" {
		return w // مئات, not «نحو بين 200 و999»: the range is in figureTitle
	}
	pre := ""
	if approx {
		pre = "نحو "
	}
	switch {
	case value != nil && lo != nil && hi == nil:
		return "لا يقل عن " + num(*lo) // a bound never reads as an exact figure
	case value != nil && hi != nil && lo == nil:
		return "لا يزيد على " + num(*hi)
	case value != nil:
		return pre + num(*value)
	case lo != nil && hi != nil && *lo == *hi:
		return pre + num(*lo)
	case lo != nil && hi != nil:
		return pre + "بين " + num(*lo) + " و" + num(*hi)
	case lo != nil:
		return "لا يقل عن " + num(*lo)
	case hi != nil:
		return "لا يزيد على " + num(*hi)
	}
	return "؟"
}

func num(v float64) string {
	if v == float64(int64(v)) {
		return strconv.FormatInt(int64(v), 10)
	}
	return fmt.Sprintf("%.2f", v)
}

func orText(name, text string) string {
	if name != "" {
		return name
	}
	return text
}

// vagueAmounts are the contract's vague amounts by their bounds, with the
// word a reader knows them by.
var vagueAmounts = []struct {
	lo, hi float64
	word   string
}{
	{20, 99, "عشرات"}, {200, 999, "مئات"}, {300, 999, "عدة مئات"}, {2000, 9999, "آلاف"}, {3000, 9999, "بضعة آلاف"},
	{20000, 99999, "عشرات الآلاف"}, {200000, 999999, "مئات الآلاف"}, {2000000, 9999999, "ملايين"},
}

// vagueWord returns the word of a vague amount (no value, approximate,
// bounds of the contract's table), or "".
func vagueWord(value, lo, hi *float64, approx bool) string {
	if value != nil || lo == nil || hi == nil || !approx {
		return ""
	}
	for _, v := range vagueAmounts {
		if *lo == v.lo && *hi == v.hi {
			return v.word
		}
	}
	return ""
}

// figureTitle is the range behind a vague amount, for a tooltip: «بين 200
// و999»; "" for any other figure.
func figureTitle(value, lo, hi *float64, approx bool) string {
	if vagueWord(value, lo, hi, approx) == "" {
		return ""
	}
	return "بين " + num(*lo) + " و" + num(*hi)
}
