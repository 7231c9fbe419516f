package quantity

import (
	"sort"
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// bound is what a hedge or bound phrase does to its figure.
type bound uint8

const (
	approx   bound = iota + 1 // نحو 400
	atLeast                   // أكثر من 100, ما لا يقل عن 50: min = the figure
	atMost                    // لا يزيد على 200, أقل من: max = the figure
	between                   // بين ... و...
	fromWord                  // من ... إلى ...
)

// phrase is a hedge or bound phrase in folded tokens.
type phrase struct {
	toks []string
	b    bound
}

var before []phrase

// byLast indexes the phrases by their last token, longest first.
var byLast = map[string][]phrase{}

func addPhrases(b bound, list string) {
	for _, p := range strings.Split(list, ",") {
		f := strings.Fields(text.Fold(p))
		if len(f) == 0 {
			continue
		}
		before = append(before, phrase{f, b})
		for _, c := range []string{"و", "ب", "ل", "وب", "ول", "ف", "لـ"} {
			v := append([]string{c + f[0]}, f[1:]...)
			before = append(before, phrase{v, b})
		}
	}
}

func init() {
	addPhrases(approx, `نحو, قرابة, زهاء, حوالي, حوالى, ما يقارب, يقارب, تقارب, ما يقارب من, ما يناهز, يناهز, تناهز,
		ما يقرب من, يقرب من, بحدود, في حدود, قراب, تقريبا, ما يعادل, يقدر ب, ما يقدر ب`)
	addPhrases(atLeast, `أكثر من, اكثر من, أزيد من, ازيد من, ما يزيد على, ما يزيد عن, يزيد على, يزيد عن, تزيد على,
		تزيد عن, ما يربو على, يربو على, يربو عن, تجاوز, يتجاوز, تتجاوز, تجاوزت, تخطى, تخطت, يتخطى, فوق, ما فوق, ما يفوق, يفوق, تفوق,
		ما لا يقل عن, لا يقل عن, لا تقل عن, ما لا يقل على, لا يقل على, ما يتجاوز,
		أكبر من, أعلى من, أكثر من أو يساوي, أكبر من أو يساوي, أعلى من أو يساوي, لا أقل من, على الأقل`)
	addPhrases(atMost, `لا يزيد على, لا يزيد عن, لا تزيد على, لا تزيد عن, ما لا يزيد على, ما لا يزيد عن, لا يتجاوز, لا تتجاوز,
		لم يتجاوز, لم تتجاوز, لم يزد على, لم يزد عن, أقل من, اقل من, ما دون, دون, حتى, تحت, ما تحت,
		أصغر من, أدنى من, أقل من أو يساوي, أصغر من أو يساوي, أدنى من أو يساوي, على الأكثر, لا أكثر من, أدنى, أقصاه, بحد أقصى, ما لا يتجاوز`)
	addPhrases(between, `بين, ما بين`)
	addPhrases(fromWord, `من`)
	// Longest first, so that لا يزيد على wins over يزيد على.
	sort.SliceStable(before, func(a, b int) bool { return len(before[a].toks) > len(before[b].toks) })
	for _, p := range before {
		last := p.toks[len(p.toks)-1]
		byLast[last] = append(byLast[last], p)
	}
}

// hedgeBefore finds the hedge or bound phrase ending right before token i,
// skipping one quote or bracket (نحو "250). It returns the bound and the
// index of its first token.
func hedgeBefore(toks []text.Token, i int) (bound, int) {
	end := i
	if end > 0 && isOpenQuote(toks[end-1]) {
		end--
	}
	if end == 0 {
		return 0, i
	}
	for _, p := range byLast[toks[end-1].Norm] {
		n := len(p.toks)
		if end-n < 0 {
			continue
		}
		ok := true
		for k, w := range p.toks {
			if toks[end-n+k].Norm != w {
				ok = false
				break
			}
		}
		if ok {
			return p.b, end - n
		}
	}
	return 0, i
}

func isOpenQuote(t text.Token) bool {
	return t.Kind == text.Punct && strings.ContainsAny(t.Text, "\"«“”(['‘")
}

// afterBound reads a trailing bound after token j: على الأقل، كحد أدنى،
// تقريبا، فقط. It returns the bound and the end of the phrase.
func afterBound(toks []text.Token, j int) (bound, int) {
	if j < len(toks) && toks[j].Kind == text.Punct && toks[j].Text == "،" {
		// a comma before على الأقل is common: "29 مدنيا، على الأقل"
		if b, e := afterBound(toks, j+1); b == atLeast {
			return b, e
		}
	}
	if j+1 < len(toks) && (toks[j].Norm == "علي" || toks[j].Norm == "عل") && toks[j+1].Norm == "الاقل" {
		return atLeast, j + 2
	}
	if j+1 < len(toks) && toks[j].Norm == "كحد" && toks[j+1].Norm == "ادني" {
		return atLeast, j + 2
	}
	if j+1 < len(toks) && toks[j].Norm == "كحد" && toks[j+1].Norm == "اقصي" {
		return atMost, j + 2
	}
	if j < len(toks) && toks[j].Norm == "تقريبا" {
		return approx, j + 1
	}
	if j+1 < len(toks) && (toks[j].Norm == "او" || toks[j].Norm == "و") {
		switch toks[j+1].Norm {
		case "اكثر", "اكبر", "اعلي", "يزيد":
			return atLeast, j + 2 // 200 أو أكثر
		case "اقل", "اصغر", "ادني":
			return atMost, j + 2
		}
	}
	if j < len(toks) && (toks[j].Norm == "واكثر" || toks[j].Norm == "فاكثر") {
		return atLeast, j + 1
	}
	return 0, j
}

// percentAt reads a percent sign or word at token j: % ٪ بالمئة بالمائة في
// المئة في المائة. It returns the end of the marker, or j.
func percentAt(toks []text.Token, j int) int {
	if j >= len(toks) {
		return j
	}
	t := toks[j]
	if t.Kind == text.Punct && t.Norm == "%" {
		return j + 1
	}
	if t.Kind != text.Word {
		return j
	}
	switch t.Norm {
	case "بالمئه", "بالمائه", "بالميه", "بالمئة", "بالمايه", "بالمية":
		return j + 1
	case "في", "فى":
		if j+1 < len(toks) {
			switch toks[j+1].Norm {
			case "المئه", "المائه", "الميه", "المايه":
				return j + 2
			}
		}
	case "المئه", "المائه":
		return j + 1
	}
	return j
}
