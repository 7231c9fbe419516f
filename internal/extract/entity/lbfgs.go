package entity

import "math"

// objective returns f(x) and writes its gradient into g.
type objective func(x, g []float64) float64

// lbfgsOptions controls lbfgs.
type lbfgsOptions struct {
	Memory  int     // correction pairs kept (default 6)
	MaxIter int     // iterations at most (default 200)
	Tol     float64 // stop when f fell by less than Tol·|f| over Window iterations (default 1e-5)
	Window  int     // (default 5)
}

// lbfgs minimises f from x (updated in place) by limited-memory BFGS
// (Nocedal 1980) with a backtracking Armijo line search, and returns the
// final value and the number of iterations.
func lbfgs(f objective, x []float64, o lbfgsOptions) (float64, int) {
	o = o.withDefaults()
	n := len(x)
	if n == 0 {
		return f(x, nil), 0
	}
	g, xn, gn, d := make([]float64, n), make([]float64, n), make([]float64, n), make([]float64, n)
	h := newHistory(o.Memory, n)
	orig := x
	fx := f(x, g)
	past := []float64{fx}
	k := 0
	for ; k < o.MaxIter; k++ {
		h.direction(g, d)
		gd := dot(g, d)
		if gd >= 0 { // not a descent direction: restart from the gradient
			h.reset()
			h.direction(g, d)
			gd = dot(g, d)
		}
		if gd == 0 {
			break
		}
		t := 1.0
		if h.len == 0 {
			t = 1 / math.Sqrt(dot(g, g))
		}
		fn, ok := lineSearch(f, x, d, fx, gd, t, xn, gn)
		if !ok {
			break
		}
		h.push(x, xn, g, gn)
		x, xn = xn, x
		g, gn = gn, g
		fx = fn
		past = append(past, fx)
		if w := len(past) - 1 - o.Window; w >= 0 && past[w]-fx < o.Tol*math.Abs(fx) {
			k++
			break
		}
	}
	if &x[0] != &orig[0] { // the minimum sits in the other buffer
		copy(orig, x)
	}
	return fx, k
}

func (o lbfgsOptions) withDefaults() lbfgsOptions {
	if o.Memory == 0 {
		o.Memory = 6
	}
	if o.MaxIter == 0 {
		o.MaxIter = 200
	}
	if o.Tol == 0 {
		o.Tol = 1e-5
	}
	if o.Window == 0 {
		o.Window = 5
	}
	return o
}

// lineSearch halves the step t along d from x until the Armijo condition
// holds, leaving the new point and its gradient in xn and gn.
func lineSearch(f objective, x, d []float64, fx, gd, t float64, xn, gn []float64) (float64, bool) {
	for try := 0; try < 40; try++ {
		for i := range x {
			xn[i] = x[i] + t*d[i]
		}
		fn := f(xn, gn)
		if fn <= fx+1e-4*t*gd {
			return fn, true
		}
		t /= 2
	}
	return fx, false
}

// history holds the last correction pairs s = x' - x, y = g' - g.
type history struct {
	s, y     [][]float64
	rho      []float64
	alpha    []float64
	head     int // index of the oldest pair
	len, cap int
}

func newHistory(m, n int) *history {
	h := &history{s: make([][]float64, m), y: make([][]float64, m), rho: make([]float64, m), alpha: make([]float64, m), cap: m}
	for i := range m {
		h.s[i], h.y[i] = make([]float64, n), make([]float64, n)
	}
	return h
}

func (h *history) reset() { h.head, h.len = 0, 0 }

// push records a step, skipping it when the curvature s·y is not positive.
func (h *history) push(x, xn, g, gn []float64) {
	sy := curvature(x, xn, g, gn)
	if sy <= 1e-12 {
		return
	}
	i := (h.head + h.len) % h.cap
	if h.len == h.cap {
		h.head = (h.head + 1) % h.cap
	} else {
		h.len++
	}
	s, y := h.s[i], h.y[i]
	for k := range x {
		s[k], y[k] = xn[k]-x[k], gn[k]-g[k]
	}
	h.rho[i] = 1 / sy
}

// curvature returns s·y for the step from x to xn.
func curvature(x, xn, g, gn []float64) float64 {
	var sy float64
	for k := range x {
		sy += (xn[k] - x[k]) * (gn[k] - g[k])
	}
	return sy
}

// direction sets d = -H·g by the two-loop recursion.
func (h *history) direction(g, d []float64) {
	for k := range g {
		d[k] = -g[k]
	}
	for j := h.len - 1; j >= 0; j-- {
		i := (h.head + j) % h.cap
		h.alpha[i] = h.rho[i] * dot(h.s[i], d)
		axpy(-h.alpha[i], h.y[i], d)
	}
	if h.len > 0 {
		i := (h.head + h.len - 1) % h.cap
		gamma := 1 / (h.rho[i] * dot(h.y[i], h.y[i]))
		for k := range d {
			d[k] *= gamma
		}
	}
	for j := 0; j < h.len; j++ {
		i := (h.head + j) % h.cap
		b := h.rho[i] * dot(h.y[i], d)
		axpy(h.alpha[i]-b, h.s[i], d)
	}
}

func dot(a, b []float64) float64 {
	var s float64
	for i := range a {
		s += a[i] * b[i]
	}
	return s
}

// axpy adds a·x to y.
func axpy(a float64, x, y []float64) {
	for i := range x {
		y[i] += a * x[i]
	}
}
