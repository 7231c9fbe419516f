package entity

import (
	"math/rand/v2"
)

// weights is a linear model over hashed features: for each kept feature a
// row of one weight per label, plus a label-to-label transition matrix
// (row nLabels is the start state).
type weights struct {
	labels []string
	rows   map[uint64][]float32
	trans  []float32 // (len(labels)+1) × len(labels)
}

func (m *weights) nl() int { return len(m.labels) }

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
			if w, ok := m.rows[f]; ok {
				for y, v := range w {
					row[y] += v
				}
			}
		}
	}
	return s
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
	out := &weights{labels: labels, rows: make(map[uint64][]float32, len(rows)), trans: make([]float32, len(trans))}
	for f, a := range rows {
		w := make([]float32, nl)
		for y := range w {
			w[y] = a.w[y] - a.u[y]/c
		}
		out.rows[f] = w
	}
	for i := range trans {
		out.trans[i] = trans[i] - transU[i]/c
	}
	return out
}

// decode labels one sentence.
func (m *weights) decode(feats [][]uint64, entityBias float32, allowed []bool) []string {
	best := viterbi(m.scores(feats, entityBias), len(feats), m.nl(), m.trans, allowed)
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
	out := &weights{labels: ws[0].labels, rows: map[uint64][]float32{}, trans: make([]float32, len(ws[0].trans))}
	inv := 1 / float32(len(ws))
	for _, w := range ws {
		for f, row := range w.rows {
			acc, ok := out.rows[f]
			if !ok {
				acc = make([]float32, nl)
				out.rows[f] = acc
			}
			for y, v := range row {
				acc[y] += v * inv
			}
		}
		for i, v := range w.trans {
			out.trans[i] += v * inv
		}
	}
	return out
}
