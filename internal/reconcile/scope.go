package reconcile

import (
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// partOfGroup reports whether a figure counts a part of a group given
// elsewhere rather than a total: a number then "من" and a definite or
// pointed-at group ("27 من بين القتلى"، "38 من العمال"، "31 من هؤلاء
// العمال"), or a figure followed by "على الفور" or "فورا" (those killed on
// the spot, the rest dying later). A vague head ("المئات من المقاتلين")
// is a total.
func partOfGroup(d *text.Doc, q model.Quantity) bool {
	from, to := d.TokenAt(q.Start), d.TokenAt(q.End)
	toks := d.Tokens
	if from+2 < len(toks) && from+2 < to+1 && toks[from].Kind == text.Number && text.Fold(toks[from+1].Text) == "من" {
		if next := toks[from+2]; next.Definite || inSet(next, groupPointers) {
			return true
		}
	}
	if to < len(toks) && toks[to].Start >= q.End {
		if inSet(toks[to], onTheSpot) {
			return true
		}
		if to+1 < len(toks) && text.Fold(toks[to].Text) == text.Fold("على") && text.Fold(toks[to+1].Text) == text.Fold("الفور") {
			return true
		}
	}
	return false
}

// groupPointers after "N من" point at a group counted elsewhere.
var groupPointers = set(`بين هؤلاء هؤلاء أولئك اولئك`)

// onTheSpot right after a figure says it is the part killed at once.
var onTheSpot = set(`فورا فوراً`)

// overPeriod reports whether the words around a toll say it runs over a
// period ("منذ 18 شباط"، "خلال الفترة نفسها"، "الأسابيع الماضية"،
// "حتى الآن"): such a
// total is another topic than the toll of one event in the same place.
func overPeriod(toks []text.Token) bool {
	for i, t := range toks {
		if inSet(t, periodWords) {
			return true
		}
		if i+1 < len(toks) && text.Fold(t.Text) == text.Fold("حتى") && text.Fold(toks[i+1].Text) == text.Fold("الآن") {
			return true
		}
		if i+1 < len(toks) && inSet(t, periodUnits) && text.Fold(toks[i+1].Text) == text.Fold("الماضية") {
			return true
		}
	}
	return false
}

var periodWords = set(`منذ ومنذ الفترة`)

var periodUnits = set(`الأيام الأسابيع الأشهر الشهور السنوات`)

// designatorReach is how many tokens after a figure's start are read for a
// model designator given with "من طراز" ("أربع طائرات مقاتلة من طراز F-15").
const designatorReach = 8

// designatorAfter finds a model designator introduced by "طراز" after the
// figure's n tokens, with at most two words between them.
func designatorAfter(toks []text.Token, n int) string {
	for i := n; i < len(toks) && i <= n+3; i++ {
		if toks[i].Kind == text.Number {
			return ""
		}
		if inSet(toks[i], typeWords) {
			return strings.ToLower(designator(toks[i+1:]))
		}
	}
	return ""
}

var typeWords = set(`طراز نوع`)

// restatedAs returns the people a part figure is said to be, a few words
// after it ("27 من بين القتلى هم من المدنيين" → civilians), or "".
func restatedAs(d *text.Doc, q model.Quantity) string {
	to := d.TokenAt(q.End)
	for i := to; i < len(d.Tokens) && i < to+4; i++ {
		if d.Tokens[i].Kind == text.Punct {
			return ""
		}
		if text.Fold(d.Tokens[i].Text) != text.Fold("هم") {
			continue
		}
		for j := i + 1; j < len(d.Tokens) && j <= i+2; j++ {
			if u := lookup(d.Tokens[j], restatedUnits); u != "" {
				return u
			}
		}
	}
	return ""
}

// restatedUnits are the people a part of a toll is said to be.
var restatedUnits = words(map[string]string{
	"civilians": `مدنيون مدنيين المدنيين المدنيون`,
	"children":  `أطفال الأطفال`,
	"soldiers":  `جنود الجنود عسكريون عسكريين العسكريين`,
})
