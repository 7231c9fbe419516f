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
	if b, start := verbBoundBefore(toks, end); b != 0 {
		if start > 0 && toks[start-1].Norm == "ما" {
			start-- // ما تجاوز عددهم 200: what exceeds
		}
		return b, start
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

// boundVerbs are the verbs of exceeding and of falling short, in every form
// a report writes them: past, present and jussive, masculine and feminine.
// Said plainly they bound the figure from one side (تجاوزت نسبتها 97%:
// at least 97); negated with لا، لم، لن, from the other (لا يزيد عددهم على
// 200: at most 200).
var boundVerbs = map[string]bound{}

func init() {
	exceed := `زاد زادت يزيد تزيد يزد تزد تجاوز تجاوزت يتجاوز تتجاوز جاوز جاوزت يجاوز تخطى تخطت يتخطى تتخطى يتخط تتخط
		فاق فاقت يفوق تفوق يفق تفق تعدى تعدت يتعدى تتعدى يتعد تتعد ربا ربت يربو تربو ناف نافت ينيف تنيف`
	fallShort := `قل قلت يقل تقل`
	for _, w := range strings.Fields(exceed) {
		boundVerbs[text.Fold(w)] = atLeast
	}
	for _, w := range strings.Fields(fallShort) {
		boundVerbs[text.Fold(w)] = atMost
	}
}

// thresholdNouns, and nouns with a pronoun or the article, may stand between a bound verb and its number: the thing
// measured (عددهم، نسبتها، الحصيلة، عدد القتلى) or a threshold (عتبة، حاجز).
var thresholdNouns = map[string]bool{"عتبه": true, "حاجز": true, "سقف": true, "حد": true, "مستوي": true,
	"عدد": true, "نسبه": true, "حصيله": true, "قيمه": true, "مساحه": true, "حجم": true, "مجموع": true, "اجمالي": true,
	"معدل": true, "كميه": true, "تعداد": true}

// verbBoundBefore reads a bound verb ending up to four tokens before token
// end, with the thing it measures between (تجاوزت نسبتها 97%، لا يزيد عددهم
// على 200، تخطت عتبة 220، قد يصل عددهم إلى 500). It returns the bound and the
// first token of the phrase (its negation when there is one).
func verbBoundBefore(toks []text.Token, end int) (bound, int) {
	k := end - 1
	prep := ""
	if k >= 0 && (toks[k].Norm == "علي" || toks[k].Norm == "عن" || toks[k].Norm == "الي") {
		prep = toks[k].Norm // the verb's preposition: يزيد على، يقل عن، يصل إلى
		k--
	}
	for between := 0; k >= 0 && between <= 3; between++ {
		t := toks[k]
		if t.Kind != text.Word {
			return 0, end
		}
		if b, ok := boundVerbAt(toks, k, end); ok {
			if prep == "الي" && b.b != atMost {
				return 0, end // زاد إلى 79702: it rose to a new figure, no bound
			}
			if need := boundPreps[strings.TrimPrefix(toks[k].Norm, "و")]; need != "" && (prep == "" || !strings.Contains(need, prep+" ")) {
				return 0, end // تقل 33 راكبا: the plane carries them; يقل needs عن
			}
			return b.b, b.start
		}
		// what stands between is the thing measured: a noun with a pronoun
		// (عددهم)، a definite noun (الحصيلة، عدد القتلى) or a threshold (عتبة)
		if !(t.Suffix != "" || t.Definite || thresholdNouns[t.Norm]) {
			return 0, end
		}
		k--
	}
	return 0, end
}

type verbBound struct {
	b     bound
	start int
}

// boundVerbAt reads the bound verb at token k, with a negation or قد before
// it; end is the number's token, for the cases that need a preposition.
func boundVerbAt(toks []text.Token, k, end int) (verbBound, bool) {
	w := toks[k].Norm
	if rest, ok := strings.CutPrefix(w, "و"); ok && boundVerbs[rest] == 0 && boundReach[rest] {
		w = rest
	} else if ok && boundVerbs[w] == 0 && boundVerbs[rest] != 0 {
		w = rest
	}
	neg := k > 0 && (negations[toks[k-1].Norm])
	start := k
	if neg {
		start = k - 1
	}
	if b, ok := boundVerbs[w]; ok {
		if neg {
			b = flip(b)
		}
		return verbBound{b, start}, true
	}
	if boundReach[w] && k > 0 && (toks[k-1].Norm == "قد" || toks[k-1].Norm == "وقد") && end > 0 && toks[end-1].Norm == "الي" {
		return verbBound{atMost, k - 1}, true // قد يصل عددهم إلى 500: at most
	}
	return verbBound{}, false
}

// boundReach are the verbs of reaching; after قد they give an upper bound.
var boundReach = map[string]bool{"يصل": true, "تصل": true, "يبلغ": true, "تبلغ": true, "يرتفع": true, "ترتفع": true}

// negations turn a bound verb around: لا يزيد على 200 is at most 200.
var negations = map[string]bool{"لا": true, "لم": true, "لن": true, "ولا": true, "ولم": true, "ولن": true, "فلا": true, "فلم": true}

func flip(b bound) bound {
	switch b {
	case atLeast:
		return atMost
	case atMost:
		return atLeast
	}
	return b
}

// boundPreps are the prepositions some bound verbs need to bound at all
// (يزيد على، يقل عن، يربو على); without one they mean something else
// (تقلّ 33 راكبا: it carries 33 passengers).
var boundPreps = func() map[string]string {
	m := map[string]string{}
	for _, w := range strings.Fields("زاد زادت يزيد تزيد يزد تزد ربا ربت يربو تربو") {
		m[text.Fold(w)] = "علي عن "
	}
	for _, w := range strings.Fields("قل قلت يقل تقل") {
		m[text.Fold(w)] = "عن "
	}
	return m
}()
