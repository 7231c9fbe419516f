package entity

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/gob"
	"fmt"
	"io"
	"math"
	"sort"
	"strings"
)

//go:embed data/ner.gob.gz
var defaultModel []byte

// Model is a trained tagger: weights, transitions and the word clusters its
// features use.
type Model struct {
	w        *weights
	clusters map[string][2]uint16
	ne       map[string][5]uint16
	// EntityBias is added to the score of every entity label at decoding:
	// the perceptron is cautious, and a bias chosen on the dev split trades
	// some precision for recall.
	EntityBias float32
}

// modelFile is the serialised model: weights quantised to int16.
type modelFile struct {
	Version      int
	Labels       []string
	Hashes       []uint64
	Weights      []int16 // len(Hashes) × len(Labels)
	Scale        float32
	Trans        []float32
	ClusterWords string // words separated by \n
	Clusters     []uint16
	NEWords      string   // words separated by \n
	NECounts     []uint16 // 5 per word
	EntityBias   float32
}

// DefaultModel returns the model embedded in the binary.
func DefaultModel() (*Model, error) { return ReadModel(bytes.NewReader(defaultModel)) }

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
	nl := len(f.Labels)
	if nl == 0 || len(f.Weights) != len(f.Hashes)*nl || len(f.Trans) != (nl+1)*nl {
		return nil, fmt.Errorf("decode model: inconsistent sizes")
	}
	w := &weights{labels: f.Labels, rows: make(map[uint64][]float32, len(f.Hashes)), trans: f.Trans}
	for i, h := range f.Hashes {
		row := make([]float32, nl)
		for y := range row {
			row[y] = float32(f.Weights[i*nl+y]) * f.Scale
		}
		w.rows[h] = row
	}
	m := &Model{w: w, clusters: map[string][2]uint16{}, EntityBias: f.EntityBias}
	if f.ClusterWords != "" {
		words := strings.Split(f.ClusterWords, "\n")
		if len(f.Clusters) != 2*len(words) {
			return nil, fmt.Errorf("decode model: inconsistent clusters")
		}
		for i, wd := range words {
			m.clusters[wd] = [2]uint16{f.Clusters[2*i], f.Clusters[2*i+1]}
		}
	}
	if f.NEWords != "" {
		words := strings.Split(f.NEWords, "\n")
		if len(f.NECounts) != 5*len(words) {
			return nil, fmt.Errorf("decode model: inconsistent tag statistics")
		}
		m.ne = make(map[string][5]uint16, len(words))
		for i, wd := range words {
			m.ne[wd] = [5]uint16(f.NECounts[5*i : 5*i+5])
		}
	}
	return m, nil
}

// Write serialises the model, dropping features whose weights all stay
// below minWeight in absolute value.
func (m *Model) Write(out io.Writer, minWeight float32) error {
	nl := m.w.nl()
	var hashes []uint64
	var maxAbs float32
	for h, row := range m.w.rows {
		keep := false
		for _, v := range row {
			a := float32(math.Abs(float64(v)))
			keep = keep || a >= minWeight
			maxAbs = max(maxAbs, a)
		}
		if keep {
			hashes = append(hashes, h)
		}
	}
	sort.Slice(hashes, func(i, j int) bool { return hashes[i] < hashes[j] })
	scale := maxAbs / 32767
	if scale == 0 {
		scale = 1
	}
	f := modelFile{Version: 1, Labels: m.w.labels, Hashes: hashes, Scale: scale, Trans: m.w.trans, EntityBias: m.EntityBias,
		Weights: make([]int16, len(hashes)*nl)}
	for i, h := range hashes {
		for y, v := range m.w.rows[h] {
			f.Weights[i*nl+y] = int16(math.Round(float64(v / scale)))
		}
	}
	words := make([]string, 0, len(m.clusters))
	for wd := range m.clusters {
		words = append(words, wd)
	}
	sort.Strings(words)
	for _, wd := range words {
		c := m.clusters[wd]
		f.Clusters = append(f.Clusters, c[0], c[1])
	}
	f.ClusterWords = strings.Join(words, "\n")
	words = words[:0]
	for wd := range m.ne {
		words = append(words, wd)
	}
	sort.Strings(words)
	for _, wd := range words {
		c := m.ne[wd]
		f.NECounts = append(f.NECounts, c[:]...)
	}
	f.NEWords = strings.Join(words, "\n")
	zw, _ := gzip.NewWriterLevel(out, gzip.BestCompression)
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return fmt.Errorf("encode model: %w", err)
	}
	return zw.Close()
}

// Features returns the number of feature rows of the model.
func (m *Model) Features() int { return len(m.w.rows) }

// ModelSize is the size in bytes of the embedded model file.
func ModelSize() int { return len(defaultModel) }
