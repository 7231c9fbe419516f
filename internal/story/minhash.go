package story

import (
	"hash/fnv"

	"github.com/marsad/marsad/internal/text"
)

// Near-duplicate detection: MinHash signatures over shingles of the matching
// form, and locality-sensitive hashing (bands of the signature) so that a
// new article is checked only against articles sharing a band, never all.
const (
	numHashes = 64
	bands     = 16
	rows      = numHashes / bands
	shingle   = 5 // words per shingle
)

// seeds are the odd multipliers of the hash family h_i(x) = (a_i·x + b_i) >> 32.
var seedA, seedB = func() (a, b [numHashes]uint64) {
	x := uint64(0x9E3779B97F4A7C15)
	for i := range a {
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		a[i] = x | 1
		x ^= x << 13
		x ^= x >> 7
		x ^= x << 17
		b[i] = x
	}
	return a, b
}()

// signature returns the MinHash signature of a text's word shingles, or nil
// when the text has fewer words than a shingle.
func signature(s string) []uint32 {
	var words []string
	for _, t := range text.Tokenize(s) {
		if t.Kind != text.Punct {
			words = append(words, t.Norm)
		}
	}
	if len(words) < shingle {
		return nil
	}
	sig := make([]uint32, numHashes)
	for i := range sig {
		sig[i] = ^uint32(0)
	}
	h := fnv.New64a()
	for i := 0; i+shingle <= len(words); i++ {
		h.Reset()
		for _, w := range words[i : i+shingle] {
			h.Write([]byte(w))
			h.Write([]byte{0})
		}
		x := h.Sum64()
		for k := range sig {
			if v := uint32((seedA[k]*x + seedB[k]) >> 32); v < sig[k] {
				sig[k] = v
			}
		}
	}
	return sig
}

// similarity estimates the Jaccard similarity of two shingle sets from
// their signatures.
func similarity(a, b []uint32) float64 {
	same := 0
	for i := range a {
		if a[i] == b[i] {
			same++
		}
	}
	return float64(same) / float64(len(a))
}

// bandKeys returns the LSH bucket key of each band of a signature.
func bandKeys(sig []uint32) [bands]uint64 {
	var keys [bands]uint64
	for b := range keys {
		k := uint64(b) * 0x100000001B3
		for _, v := range sig[b*rows : (b+1)*rows] {
			k = (k ^ uint64(v)) * 0x100000001B3
		}
		keys[b] = k
	}
	return keys
}

// dupIndex finds, for a new signature, an earlier document it copies. It
// keeps, per band key, the latest document with that band.
type dupIndex struct {
	buckets map[uint64]int32
	sigs    map[int32][]uint32
}

func newDupIndex() *dupIndex {
	return &dupIndex{buckets: map[uint64]int32{}, sigs: map[int32][]uint32{}}
}

// find returns the most similar indexed document whose estimated Jaccard
// similarity with sig is at least min, or -1.
func (x *dupIndex) find(sig []uint32, min float64) int32 {
	if sig == nil {
		return -1
	}
	best, bestSim := int32(-1), min
	for _, k := range bandKeys(sig) {
		d, ok := x.buckets[k]
		if !ok {
			continue
		}
		if s := similarity(sig, x.sigs[d]); s >= bestSim {
			best, bestSim = d, s
		}
	}
	return best
}

// add indexes a document's signature.
func (x *dupIndex) add(doc int32, sig []uint32) {
	if sig == nil {
		return
	}
	x.sigs[doc] = sig
	for _, k := range bandKeys(sig) {
		x.buckets[k] = doc
	}
}

// remove drops a document from the index (it is too old to be copied).
func (x *dupIndex) remove(doc int32) {
	sig, ok := x.sigs[doc]
	if !ok {
		return
	}
	for _, k := range bandKeys(sig) {
		if x.buckets[k] == doc {
			delete(x.buckets, k)
		}
	}
	delete(x.sigs, doc)
}
