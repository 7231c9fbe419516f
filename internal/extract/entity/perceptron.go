package entity

import (
	"math/rand/v2"
)

// weights is a linear model over hashed features: for each kept feature a
// row of one weight per label, plus a label-to-label transition matrix
// (row nLabels is the start state).
type weights struct {
	labels []string
	rows   *rowTable // shared by the passes of a model read from a file
	pass   int       // which of the table's passes
	trans  []float32 // (len(labels)+1) × len(labels)
}

func (m *weights) nl() int { return len(m.labels) }

// get returns the row of feature h, or nil.
func (m *weights) get(h uint64) []float32 { return m.rows.get(h, m.pass) }

// len returns the number of feature rows.
func (m *weights) len() int { return m.rows.n[m.pass] }

// each calls fn with every feature row.
func (m *weights) each(fn func(h uint64, row []float32)) { m.rows.each(m.pass, fn) }

// scores fills s[i*nl+y] with the emission score of label y at token i;
// entityBias is added to every label but O (label 0), trading precision
// for recall.
func (m *weights) scores(feats [][]uint64, entityBias float32) []float32 {
	nl := m.nl()
	s := make([]float32, len(feats)*nl)
	for i, fs := range feats {
		row := s[i*nl : (i+1)*nl]
		for y := 1; y < nl; y++ {
			row[y] = entityBias
		}
		for _, f := range fs {
			m.rows.add(row, m.rows.find(f), m.pass)
		}
	}
	return s
}

// scores2 is scores for two passes at once over the first pass's features:
// em1 for m, and em2 for m2, which the second pass completes with its own
// features (addScores). Where the passes share a table, a feature is
// looked up once for both.
func scores2(m, m2 *weights, feats [][]uint64, bias1, bias2 float32) (em1, em2 []float32) {
	nl := m.nl()
	em1, em2 = make([]float32, len(feats)*nl), make([]float32, len(feats)*nl)
	shared := m.rows == m2.rows
	for i, fs := range feats {
		row1, row2 := em1[i*nl:(i+1)*nl], em2[i*nl:(i+1)*nl]
		for y := 1; y < nl; y++ {
			row1[y], row2[y] = bias1, bias2
		}
		if shared && m.rows.q != nil && nl == 9 && m.rows.passes == 2 {
			m.rows.add9(fs, (*[9]float32)(row1), (*[9]float32)(row2), m.pass, m2.pass)
			continue
		}
		for _, f := range fs {
			k := m.rows.find(f)
			m.rows.add(row1, k, m.pass)
			if !shared {
				k = m2.rows.find(f)
			}
			m2.rows.add(row2, k, m2.pass)
		}
	}
	return em1, em2
}

// addScores adds to the emission scores em the weights of k more features
// per token, given one token after the other in feats.
func (m *weights) addScores(em []float32, feats []uint64, k int) {
	nl := m.nl()
	for i := 0; i*k < len(feats); i++ {
		row := em[i*nl : (i+1)*nl]
		for _, f := range feats[i*k : (i+1)*k] {
			m.rows.add(row, m.rows.find(f), m.pass)
		}
	}
}

// viterbi returns the best label sequence under emission scores and
// transitions; allowed(prev, y) rules out I- after a label of another class.
func viterbi(em []float32, n, nl int, trans []float32, allowed []bool) []int {
	if n == 0 {
		return nil
	}
	const neg = -1e30
	score := make([]float32, n*nl)
	back := make([]int32, n*nl)
	for y := 0; y < nl; y++ {
		score[y] = neg
		if allowed[nl*nl+y] {
			score[y] = em[y] + trans[nl*nl+y]
		}
	}
	for i := 1; i < n; i++ {
		for y := 0; y < nl; y++ {
			best, arg := float32(neg), int32(0)
			for p := 0; p < nl; p++ {
				if !allowed[p*nl+y] {
					continue
				}
				if v := score[(i-1)*nl+p] + trans[p*nl+y]; v > best {
					best, arg = v, int32(p)
				}
			}
			score[i*nl+y] = best + em[i*nl+y]
			back[i*nl+y] = arg
		}
	}
	out := make([]int, n)
	best := float32(neg)
	for y := 0; y < nl; y++ {
		if v := score[(n-1)*nl+y]; v > best {
			best, out[n-1] = v, y
		}
	}
	for i := n - 1; i > 0; i-- {
		out[i-1] = int(back[i*nl+out[i]])
	}
	return out
}

// allowedTransitions forbids O→I-X and B-Y/I-Y→I-X for X≠Y (BIO).
func allowedTransitions(labels []string) []bool {
	nl := len(labels)
	ok := make([]bool, (nl+1)*nl)
	for p := 0; p <= nl; p++ {
		for y := 0; y < nl; y++ {
			l := labels[y]
			if len(l) > 2 && l[:2] == "I-" {
				ok[p*nl+y] = p < nl && len(labels[p]) > 2 && labels[p][2:] == l[2:]
			} else {
				ok[p*nl+y] = true
			}
		}
	}
	return ok
}

// example is one training sentence: feature ids and gold label indexes.
type example struct {
	feats [][]uint64
	gold  []int
}

// train runs the averaged structured perceptron (Collins 2002) over the
// examples for the given number of epochs, shuffling with a fixed seed.
func train(labels []string, exs []example, epochs int, seed uint64) *weights {
	nl := len(labels)
	type acc struct{ w, u []float32 } // weights and their timestamped sums
	rows := map[uint64]*acc{}
	trans := make([]float32, (nl+1)*nl)
	transU := make([]float32, (nl+1)*nl)
	allowed := allowedTransitions(labels)
	c := float32(1)
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	order := make([]int, len(exs))
	for i := range order {
		order[i] = i
	}
	em := func(feats [][]uint64) []float32 {
		s := make([]float32, len(feats)*nl)
		for i, fs := range feats {
			row := s[i*nl : (i+1)*nl]
			for _, f := range fs {
				if a, ok := rows[f]; ok {
					for y, v := range a.w {
						row[y] += v
					}
				}
			}
		}
		return s
	}
	update := func(f uint64, y int, d float32) {
		a, ok := rows[f]
		if !ok {
			a = &acc{w: make([]float32, nl), u: make([]float32, nl)}
			rows[f] = a
		}
		a.w[y] += d
		a.u[y] += c * d
	}
	for ep := 0; ep < epochs; ep++ {
		rng.Shuffle(len(order), func(i, j int) { order[i], order[j] = order[j], order[i] })
		for _, k := range order {
			ex := exs[k]
			pred := viterbi(em(ex.feats), len(ex.gold), nl, trans, allowed)
			prevG, prevP := nl, nl
			for i, g := range ex.gold {
				p := pred[i]
				if g != p {
					for _, f := range ex.feats[i] {
						update(f, g, 1)
						update(f, p, -1)
					}
				}
				if g != p || prevG != prevP {
					trans[prevG*nl+g]++
					transU[prevG*nl+g] += c
					trans[prevP*nl+p]--
					transU[prevP*nl+p] -= c
				}
				prevG, prevP = g, p
			}
			c++
		}
	}
	out := &weights{labels: labels, rows: newRowTable(nl, 1, len(rows)), trans: make([]float32, len(trans))}
	w := make([]float32, nl)
	for f, a := range rows {
		for y := range w {
			w[y] = a.w[y] - a.u[y]/c
		}
		out.rows.set(f, 0, w)
	}
	for i := range trans {
		out.trans[i] = trans[i] - transU[i]/c
	}
	return out
}

// decode labels one sentence.
func (m *weights) decode(feats [][]uint64, entityBias float32, allowed []bool) []string {
	return m.best(m.scores(feats, entityBias), allowed)
}

// best labels one sentence given its emission scores.
func (m *weights) best(em []float32, allowed []bool) []string {
	best := viterbi(em, len(em)/m.nl(), m.nl(), m.trans, allowed)
	out := make([]string, len(best))
	for i, y := range best {
		out[i] = m.labels[y]
	}
	return out
}

// averageWeights returns the mean of models over the same labels (a
// feature missing from one model counts as zero there).
func averageWeights(ws []*weights) *weights {
	if len(ws) == 1 {
		return ws[0]
	}
	nl := ws[0].nl()
	acc := map[uint64][]float32{}
	trans := make([]float32, len(ws[0].trans))
	inv := 1 / float32(len(ws))
	for _, w := range ws {
		w.each(func(f uint64, row []float32) {
			a, ok := acc[f]
			if !ok {
				a = make([]float32, nl)
				acc[f] = a
			}
			for y, v := range row {
				a[y] += v * inv
			}
		})
		for i, v := range w.trans {
			trans[i] += v * inv
		}
	}
	out := &weights{labels: ws[0].labels, rows: newRowTable(nl, 1, len(acc)), trans: trans}
	for f, a := range acc {
		out.rows.set(f, 0, a)
	}
	return out
}

// add9 adds the rows of the features for passes p1 and p2 of a two-pass
// int16 table of nine labels: the scores loop, with its sizes known.
func (t *rowTable) add9(fs []uint64, dst1, dst2 *[9]float32, p1, p2 int) {
	sc1, sc2 := t.scale[p1], t.scale[p2]
	for _, f := range fs {
		k := t.find(f)
		if k < 0 {
			continue
		}
		has := t.has[k]
		if has&(1<<p1) != 0 {
			r := (*[9]int16)(t.q[(2*k+p1)*9:])
			for y := range 9 {
				dst1[y] += float32(float32(r[y]) * sc1)
			}
		}
		if has&(1<<p2) != 0 {
			r := (*[9]int16)(t.q[(2*k+p2)*9:])
			for y := range 9 {
				dst2[y] += float32(float32(r[y]) * sc2)
			}
		}
	}
}
