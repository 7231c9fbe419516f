package entity

import (
	"math"
	"runtime"
	"sync"
	"time"
)

// A linear-chain CRF (Lafferty et al. 2001) over the perceptron's features
// and weights layout: it maximises the L2-regularised conditional
// log-likelihood of the gold label sequences by L-BFGS, with the BIO
// constraints of allowedTransitions built into the partition function.

// crfOptions controls trainCRF.
type crfOptions struct {
	L2      float64                          // penalty L2/2·‖θ‖² (default 0.1)
	MaxIter int                              // L-BFGS iterations at most (default 200)
	Workers int                              // goroutines computing the gradient (default min(2, GOMAXPROCS))
	Logf    func(format string, args ...any) // progress, or nil
}

// crfData is the training set with features mapped to dense indexes.
// Parameters are laid out as nf×nl emission weights, then the
// (nl+1)×nl transition matrix (row nl is the start state).
type crfData struct {
	nl      int
	hashes  []uint64 // dense index → feature hash
	sents   []crfSent
	allowed []bool
}

type crfSent struct {
	feats [][]int32
	gold  []int
}

// trainCRF fits the CRF and returns its weights.
func trainCRF(labels []string, exs []example, o crfOptions) *weights {
	if o.L2 == 0 {
		o.L2 = 0.1
	}
	d := newCRFData(labels, exs)
	theta := make([]float64, d.nparams())
	start := time.Now()
	f, iters := lbfgs(d.objective(o.L2, o.Workers), theta, lbfgsOptions{MaxIter: o.MaxIter})
	if o.Logf != nil {
		o.Logf("crf: %d sentences, %d features, %d iterations, objective %.1f, %s",
			len(d.sents), len(d.hashes), iters, f, time.Since(start).Round(time.Millisecond))
	}
	return d.weights(labels, theta)
}

func newCRFData(labels []string, exs []example) *crfData {
	d := &crfData{nl: len(labels), allowed: allowedTransitions(labels)}
	index := map[uint64]int32{}
	for _, ex := range exs {
		s := crfSent{feats: make([][]int32, len(ex.feats)), gold: ex.gold}
		for i, fs := range ex.feats {
			s.feats[i] = make([]int32, len(fs))
			for k, f := range fs {
				j, ok := index[f]
				if !ok {
					j = int32(len(d.hashes))
					index[f] = j
					d.hashes = append(d.hashes, f)
				}
				s.feats[i][k] = j
			}
		}
		if d.goldAllowed(s.gold) {
			d.sents = append(d.sents, s)
		}
	}
	return d
}

// goldAllowed reports whether a gold sequence keeps to the BIO
// constraints; one that does not has probability zero and is left out.
func (d *crfData) goldAllowed(gold []int) bool {
	prev := d.nl
	for _, y := range gold {
		if !d.allowed[prev*d.nl+y] {
			return false
		}
		prev = y
	}
	return true
}

func (d *crfData) nparams() int { return len(d.hashes)*d.nl + (d.nl+1)*d.nl }

// weights converts the parameters into the perceptron's layout.
func (d *crfData) weights(labels []string, theta []float64) *weights {
	nl := d.nl
	w := &weights{labels: labels, rows: newRowTable(nl, 1, len(d.hashes)), trans: make([]float32, (nl+1)*nl)}
	row := make([]float32, nl)
	for j, h := range d.hashes {
		for y := range row {
			row[y] = float32(theta[j*nl+y])
		}
		w.rows.set(h, 0, row)
	}
	for k := range w.trans {
		w.trans[k] = float32(theta[len(d.hashes)*nl+k])
	}
	return w
}

// objective returns the negative regularised log-likelihood and its
// gradient, the sentences split between workers.
func (d *crfData) objective(l2 float64, workers int) objective {
	if workers <= 0 {
		workers = min(2, runtime.GOMAXPROCS(0))
	}
	extra := make([][]float64, workers-1) // gradient buffers of workers 1…
	for i := range extra {
		extra[i] = make([]float64, d.nparams())
	}
	return func(theta, g []float64) float64 {
		expT := d.expTrans(theta)
		nll := make([]float64, workers)
		var wg sync.WaitGroup
		for w := range workers {
			buf := g
			if w > 0 {
				buf = extra[w-1]
			}
			wg.Add(1)
			go func() {
				defer wg.Done()
				zero(buf)
				var lat lattice
				for s := w; s < len(d.sents); s += workers {
					nll[w] += d.sentence(theta, buf, expT, &d.sents[s], &lat)
				}
			}()
		}
		wg.Wait()
		f := 0.0
		for _, v := range nll {
			f += v
		}
		for _, b := range extra {
			axpy(1, b, g)
		}
		for k, v := range theta {
			f += l2 / 2 * v * v
			g[k] += l2 * v
		}
		return f
	}
}

// expTrans returns exp of the transition weights, 0 where BIO forbids.
func (d *crfData) expTrans(theta []float64) []float64 {
	t := theta[len(d.hashes)*d.nl:]
	out := make([]float64, len(t))
	for k, v := range t {
		if d.allowed[k] {
			out[k] = math.Exp(v)
		}
	}
	return out
}

// sentence adds the gradient of one sentence's negative log-likelihood to
// g and returns that negative log-likelihood.
func (d *crfData) sentence(theta, g, expT []float64, s *crfSent, lat *lattice) float64 {
	nl, n := d.nl, len(s.gold)
	if n == 0 {
		return 0
	}
	em := lat.reset(n, nl)
	for i, fs := range s.feats {
		row := em[i*nl : (i+1)*nl]
		for _, f := range fs {
			for y, v := range theta[int(f)*nl : int(f+1)*nl] {
				row[y] += v
			}
		}
	}
	logZ := lat.forwardBackward(expT, nl)
	trans := theta[len(d.hashes)*nl:]
	tg := g[len(d.hashes)*nl:]
	gold, prev := 0.0, nl
	for i, y := range s.gold {
		gold += em[i*nl+y] + trans[prev*nl+y]
		tg[prev*nl+y]--
		for _, f := range s.feats[i] {
			g[int(f)*nl+y]--
		}
		prev = y
	}
	lat.addExpectations(g, tg, expT, s.feats, nl)
	return logZ - gold
}

// lattice holds one sentence's forward-backward quantities, scaled so
// that each position's forward values sum to one.
type lattice struct {
	em, psi, alpha, beta, scale []float64
	n                           int
}

// reset sizes the buffers for n tokens and returns the zeroed emission
// scores.
func (l *lattice) reset(n, nl int) []float64 {
	grow := func(b []float64, k int) []float64 {
		if cap(b) < k {
			return make([]float64, k)
		}
		return b[:k]
	}
	l.n = n
	l.em, l.psi = grow(l.em, n*nl), grow(l.psi, n*nl)
	l.alpha, l.beta, l.scale = grow(l.alpha, n*nl), grow(l.beta, n*nl), grow(l.scale, n)
	zero(l.em)
	return l.em
}

// forwardBackward fills psi, alpha, beta and scale and returns log Z.
func (l *lattice) forwardBackward(expT []float64, nl int) float64 {
	logZ := 0.0
	for i := 0; i < l.n; i++ {
		row := l.em[i*nl : (i+1)*nl]
		mx := row[0]
		for _, v := range row {
			mx = max(mx, v)
		}
		c := 0.0
		for y, v := range row {
			p := math.Exp(v - mx)
			l.psi[i*nl+y] = p
			a := expT[nl*nl+y]
			if i > 0 {
				a = 0
				for q := 0; q < nl; q++ {
					a += l.alpha[(i-1)*nl+q] * expT[q*nl+y]
				}
			}
			l.alpha[i*nl+y] = a * p
			c += a * p
		}
		for y := 0; y < nl; y++ {
			l.alpha[i*nl+y] /= c
		}
		l.scale[i] = c
		logZ += math.Log(c) + mx
	}
	for y := 0; y < nl; y++ {
		l.beta[(l.n-1)*nl+y] = 1
	}
	for i := l.n - 2; i >= 0; i-- {
		for q := 0; q < nl; q++ {
			b := 0.0
			for y := 0; y < nl; y++ {
				b += expT[q*nl+y] * l.psi[(i+1)*nl+y] * l.beta[(i+1)*nl+y]
			}
			l.beta[i*nl+q] = b / l.scale[i+1]
		}
	}
	return logZ
}

// addExpectations adds the model's expected feature and transition counts
// to the emission gradient g and the transition gradient tg.
func (l *lattice) addExpectations(g, tg, expT []float64, feats [][]int32, nl int) {
	mu := make([]float64, nl)
	for i := 0; i < l.n; i++ {
		for y := range mu {
			mu[y] = l.alpha[i*nl+y] * l.beta[i*nl+y]
		}
		for _, f := range feats[i] {
			axpy(1, mu, g[int(f)*nl:int(f+1)*nl])
		}
		if i == 0 {
			axpy(1, mu, tg[nl*nl:])
			continue
		}
		for q := 0; q < nl; q++ {
			a := l.alpha[(i-1)*nl+q] / l.scale[i]
			for y := 0; y < nl; y++ {
				tg[q*nl+y] += a * expT[q*nl+y] * l.psi[i*nl+y] * l.beta[i*nl+y]
			}
		}
	}
}

func zero(b []float64) {
	for i := range b {
		b[i] = 0
	}
}
