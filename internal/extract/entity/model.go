package entity

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"slices"
	"sort"
	"strings"
)

//go:embed data/ner.gob.gz
var defaultModel []byte

// Model is a trained tagger: the weights of its passes and the word
// clusters and tag statistics its features use.
type Model struct {
	w        *weights
	w2       *weights // second pass over article features, or nil
	clusters map[string][2]uint16
	ne       map[string][5]uint16
	// EntityBias is added to the score of every entity label at decoding:
	// the perceptron is cautious, and a bias chosen on the dev split trades
	// some precision for recall.
	EntityBias float32
}

// modelFile is the serialised model.
type modelFile struct {
	Version      int
	Labels       []string
	Passes       []table
	ClusterWords string   // words separated by \n
	Clusters     []uint16 // 2 per word
	NEWords      string   // words separated by \n
	NECounts     []uint16 // 5 per word
	EntityBias   float32
}

// table is one pass's weights, quantised to int16.
type table struct {
	Hashes  []uint64
	Weights []int16 // len(Hashes) × len(Labels)
	Scale   float32
	Trans   []float32
}

// DefaultModel returns the model embedded in the binary.
func DefaultModel() (*Model, error) { return ReadModel(bytes.NewReader(defaultModel)) }

// ModelSize is the size in bytes of the embedded model file.
func ModelSize() int { return len(defaultModel) }

// ReadModel reads a model written by (*Model).Write.
func ReadModel(r io.Reader) (*Model, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("read model: %w", err)
	}
	defer zr.Close()
	var f modelFile
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("decode model: %w", err)
	}
	if len(f.Passes) == 0 || len(f.Passes) > 2 {
		return nil, fmt.Errorf("decode model: %d passes", len(f.Passes))
	}
	m := &Model{EntityBias: f.EntityBias}
	rows, err := loadRows(f.Labels, f.Passes)
	if err != nil {
		return nil, err
	}
	m.w = &weights{labels: f.Labels, rows: rows, trans: f.Passes[0].Trans}
	if len(f.Passes) == 2 {
		m.w2 = &weights{labels: f.Labels, rows: rows, pass: 1, trans: f.Passes[1].Trans}
	}
	if m.clusters, err = unpack[[2]uint16](f.ClusterWords, f.Clusters); err != nil {
		return nil, err
	}
	if m.ne, err = unpack[[5]uint16](f.NEWords, f.NECounts); err != nil {
		return nil, err
	}
	return m, nil
}

// loadRows puts the weights of the passes into one table.
func loadRows(labels []string, passes []table) (*rowTable, error) {
	nl := len(labels)
	var all []uint64
	for _, t := range passes {
		if nl == 0 || len(t.Weights) != len(t.Hashes)*nl || len(t.Trans) != (nl+1)*nl {
			return nil, fmt.Errorf("decode model: inconsistent sizes")
		}
		all = append(all, t.Hashes...)
	}
	slices.Sort(all)
	scale := make([]float32, len(passes))
	for p, t := range passes {
		scale[p] = t.Scale
	}
	rows := newQuantTable(nl, scale, len(slices.Compact(all)))
	for p, t := range passes {
		for i, h := range t.Hashes {
			rows.setQ(h, p, t.Weights[i*nl:(i+1)*nl])
		}
	}
	return rows, nil
}

// unpack rebuilds a word → fixed-size array map.
func unpack[A [2]uint16 | [5]uint16](words string, vals []uint16) (map[string]A, error) {
	out := map[string]A{}
	if words == "" {
		return out, nil
	}
	var zero A
	n := len(zero)
	list := strings.Split(words, "\n")
	if len(vals) != n*len(list) {
		return nil, fmt.Errorf("decode model: inconsistent word table")
	}
	for i, w := range list {
		var a A
		for k := range n {
			a[k] = vals[n*i+k]
		}
		out[w] = a
	}
	return out, nil
}

// pack lists a word map's words, sorted, and their values.
func pack[A [2]uint16 | [5]uint16](m map[string]A) (string, []uint16) {
	words := make([]string, 0, len(m))
	for w := range m {
		words = append(words, w)
	}
	sort.Strings(words)
	var vals []uint16
	for _, w := range words {
		a := m[w]
		for k := range len(a) {
			vals = append(vals, a[k])
		}
	}
	return strings.Join(words, "\n"), vals
}

// Write serialises the model, dropping features whose weights all stay
// below minWeight in absolute value.
func (m *Model) Write(out io.Writer, minWeight float32) error {
	f := modelFile{Version: 2, Labels: m.w.labels, EntityBias: m.EntityBias}
	for _, w := range []*weights{m.w, m.w2} {
		if w != nil {
			f.Passes = append(f.Passes, quantise(w, minWeight))
		}
	}
	f.ClusterWords, f.Clusters = pack(m.clusters)
	f.NEWords, f.NECounts = pack(m.ne)
	zw, _ := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	return zw.Close()
}

func quantise(w *weights, minWeight float32) table {
	nl := w.nl()
	var hashes []uint64
	var maxAbs float32
	w.each(func(h uint64, row []float32) {
		keep := false
		for _, v := range row {
			a := float32(math.Abs(float64(v)))
			keep = keep || a >= minWeight
			maxAbs = max(maxAbs, a)
		}
		if keep {
			hashes = append(hashes, h)
		}
	})
	sort.Slice(hashes, func(i, j int) bool { return hashes[i] < hashes[j] })
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	t := table{Hashes: hashes, Scale: scale, Trans: w.trans, Weights: make([]int16, len(hashes)*nl)}
	for i, h := range hashes {
		for y, v := range w.get(h) {
			t.Weights[i*nl+y] = int16(math.Round(float64(v / scale)))
		}
	}
	return t
}

// Features returns the number of feature rows of the model's passes.
func (m *Model) Features() int {
	n := m.w.len()
	if m.w2 != nil {
		n += m.w2.len()
	}
	return n
}
