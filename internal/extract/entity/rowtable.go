package entity

// rowTable maps feature hashes to their rows of weights, one weight per
// label, for one or more passes of the tagger. It is an open-addressing
// hash table with linear probing, filled once (at model load or at the end
// of training) and then only read: a lookup costs a probe of the key array
// and one read of the rows, and the passes of a model read from a file
// share the probe. Rows are float32 for a trained table and, for a table
// read from a file, the file's int16 weights with one scale per pass.
type rowTable struct {
	nl, passes int
	keys       []uint64  // per slot, the feature hash; 0 marks an empty slot
	has        []uint8   // per slot, bit p set when pass p has a row
	vals       []float32 // per slot, a row of nl weights per pass; or nil
	q          []int16   // per slot, a row of nl quantised weights per pass; or nil
	scale      []float32 // per pass, the weight of one unit of q
	shift      uint      // 64 - log2 of the number of slots
	n          []int     // rows per pass
}

// newRowTable returns an empty table of float32 rows sized for n distinct
// hashes.
func newRowTable(nl, passes, n int) *rowTable {
	t := emptyTable(nl, passes, n)
	t.vals = make([]float32, len(t.keys)*passes*nl)
	return t
}

// newQuantTable returns an empty table of quantised rows, with the scale
// of each pass, sized for n distinct hashes.
func newQuantTable(nl int, scale []float32, n int) *rowTable {
	t := emptyTable(nl, len(scale), n)
	t.q, t.scale = make([]int16, len(t.keys)*len(scale)*nl), scale
	return t
}

func emptyTable(nl, passes, n int) *rowTable {
	bits := uint(4)
	for 1<<bits < n+n/4+1 { // load factor at most 4/5
		bits++
	}
	size := 1<<bits + 1 // the extra last slot holds hash 0
	return &rowTable{nl: nl, passes: passes, keys: make([]uint64, size), has: make([]uint8, size),
		shift: 64 - bits, n: make([]int, passes)}
}

// slot is where the probe for h starts (Fibonacci hashing).
func (t *rowTable) slot(h uint64) int { return int((h * 0x9e3779b97f4a7c15) >> t.shift) }

// find returns the slot of h, or -1.
func (t *rowTable) find(h uint64) int {
	zero := len(t.keys) - 1
	if h == 0 {
		if t.has[zero] == 0 {
			return -1
		}
		return zero
	}
	for i := t.slot(h); ; i = (i + 1) & (zero - 1) {
		switch t.keys[i] {
		case h:
			return i
		case 0:
			return -1
		}
	}
}

// add adds the row of slot i (-1 for none) for pass p to dst.
func (t *rowTable) add(dst []float32, i, p int) {
	if i < 0 || t.has[i]&(1<<p) == 0 {
		return
	}
	o := (i*t.passes + p) * t.nl
	if t.q == nil {
		for y, v := range t.vals[o : o+len(dst)] {
			dst[y] += v
		}
		return
	}
	sc := t.scale[p]
	for y, v := range t.q[o : o+len(dst)] {
		// The explicit conversion rounds the product as a stored float32
		// weight would be (no fused multiply-add).
		dst[y] += float32(float32(v) * sc)
	}
}

// get returns a copy of the row of h for pass p, or nil.
func (t *rowTable) get(h uint64, p int) []float32 {
	i := t.find(h)
	if i < 0 || t.has[i]&(1<<p) == 0 {
		return nil
	}
	return t.copyRow(i, p)
}

// copyRow returns the weights of slot i for pass p as float32s.
func (t *rowTable) copyRow(i, p int) []float32 {
	o := (i*t.passes + p) * t.nl
	row := make([]float32, t.nl)
	if t.q == nil {
		copy(row, t.vals[o:o+t.nl])
		return row
	}
	for y, v := range t.q[o : o+t.nl] {
		row[y] = float32(float32(v) * t.scale[p])
	}
	return row
}

// put claims the slot of h for pass p and returns its offset in the rows.
func (t *rowTable) put(h uint64, p int) int {
	zero := len(t.keys) - 1
	i := zero
	if h != 0 {
		for i = t.slot(h); t.keys[i] != h && t.keys[i] != 0; i = (i + 1) & (zero - 1) {
		}
		t.keys[i] = h
	}
	if t.has[i]&(1<<p) == 0 {
		t.has[i] |= 1 << p
		t.n[p]++
	}
	return (i*t.passes + p) * t.nl
}

// set copies row in as the row of h for pass p (float32 tables).
func (t *rowTable) set(h uint64, p int, row []float32) {
	o := t.put(h, p)
	copy(t.vals[o:o+t.nl], row)
}

// setQ copies row in as the row of h for pass p (quantised tables).
func (t *rowTable) setQ(h uint64, p int, row []int16) {
	o := t.put(h, p)
	copy(t.q[o:o+t.nl], row)
}

// each calls fn with every row of pass p, in no particular order.
func (t *rowTable) each(p int, fn func(h uint64, row []float32)) {
	for i, h := range t.keys {
		if t.has[i]&(1<<p) != 0 {
			fn(h, t.copyRow(i, p))
		}
	}
}
