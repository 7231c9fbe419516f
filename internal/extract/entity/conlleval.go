package entity

import "sort"

// Counts are the entity-level figures of one class, conlleval style.
type Counts struct{ Gold, Pred, Correct int }

// P, R and F1 in percent.
func (c Counts) P() float64  { return pct(c.Correct, c.Pred) }
func (c Counts) R() float64  { return pct(c.Correct, c.Gold) }
func (c Counts) F1() float64 { return f1(c.P(), c.R()) }

func pct(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return 100 * float64(a) / float64(b)
}

func f1(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// Score compares predicted with gold BIO tags by conlleval's rules: an
// entity is a maximal run of B-X/I-X (an I-X after another class or O
// starts one), correct when class, start and end all agree. It returns
// counts per class and "ALL" (micro).
func Score(gold, pred [][]string) map[string]Counts {
	out := map[string]Counts{}
	for s := range gold {
		g := chunks(gold[s])
		p := chunks(pred[s])
		for k, c := range g {
			x := out[c]
			x.Gold++
			if p[k] == c {
				x.Correct++
			}
			out[c] = x
		}
		for _, c := range p {
			x := out[c]
			x.Pred++
			out[c] = x
		}
	}
	var all Counts
	for _, c := range out {
		all.Gold += c.Gold
		all.Pred += c.Pred
		all.Correct += c.Correct
	}
	out["ALL"] = all
	return out
}

// chunks maps [start,end) of each entity to its class.
func chunks(tags []string) map[[2]int]string {
	out := map[[2]int]string{}
	start, cls := -1, ""
	end := func(i int) {
		if start >= 0 {
			out[[2]int{start, i}] = cls
		}
		start, cls = -1, ""
	}
	for i, t := range tags {
		if t == "O" || len(t) < 3 {
			end(i)
			continue
		}
		c := t[2:]
		if t[0] == 'B' || c != cls {
			end(i)
			start, cls = i, c
		}
	}
	end(len(tags))
	return out
}

// Classes lists the classes of a score table other than ALL, sorted.
func Classes(sc map[string]Counts) []string {
	var out []string
	for c := range sc {
		if c != "ALL" {
			out = append(out, c)
		}
	}
	sort.Strings(out)
	return out
}

// Without returns the micro counts without the given class (e.g. MISC).
func Without(sc map[string]Counts, class string) Counts {
	var c Counts
	for k, v := range sc {
		if k != "ALL" && k != class {
			c.Gold += v.Gold
			c.Pred += v.Pred
			c.Correct += v.Correct
		}
	}
	return c
}
