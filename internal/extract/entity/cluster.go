package entity

import (
	"math"
	"sort"
)

// Clusters groups words by the words around them with the exchange
// algorithm (Kneser & Ney 1993; Martin et al. 1998): each word moves to the
// class that most raises the likelihood of a class bigram model of the
// corpus. sents are sentences of words (the bases of tokens); words seen
// fewer than minCount times stay out. The result maps a word to its class.
func Clusters(sents [][]string, k, iters, minCount int) map[string]uint16 {
	freq := map[string]int{}
	for _, s := range sents {
		for _, w := range s {
			freq[w]++
		}
	}
	var vocab []string
	for w, n := range freq {
		if n >= minCount {
			vocab = append(vocab, w)
		}
	}
	sort.Slice(vocab, func(i, j int) bool {
		if freq[vocab[i]] != freq[vocab[j]] {
			return freq[vocab[i]] > freq[vocab[j]]
		}
		return vocab[i] < vocab[j]
	})
	id := make(map[string]int, len(vocab))
	for i, w := range vocab {
		id[w] = i
	}
	// Every rare word is one pseudo-word, fixed in class k (not moved).
	v := len(vocab)
	rare := v
	right := make([]map[int]int, v+1) // right[w][u]: count of "w u"
	left := make([]map[int]int, v+1)  // left[w][u]: count of "u w"
	count := make([]int, v+1)
	for i := range right {
		right[i], left[i] = map[int]int{}, map[int]int{}
	}
	wid := func(w string) int {
		if i, ok := id[w]; ok {
			return i
		}
		return rare
	}
	for _, s := range sents {
		prev := -1
		for _, w := range s {
			cur := wid(w)
			count[cur]++
			if prev >= 0 {
				right[prev][cur]++
				left[cur][prev]++
			}
			prev = cur
		}
	}
	class := make([]int, v+1)
	for i := 0; i < v; i++ {
		class[i] = i % k
	}
	class[rare] = k
	kk := k + 1
	big := make([]float64, kk*kk) // class bigram counts
	cnt := make([]float64, kk)
	for w := 0; w <= v; w++ {
		cnt[class[w]] += float64(count[w])
		for u, n := range right[w] {
			big[class[w]*kk+class[u]] += float64(n)
		}
	}
	xlogx := func(x float64) float64 {
		if x <= 0 {
			return 0
		}
		return x * math.Log(x)
	}
	rc := make([]float64, kk) // w's right neighbours per class
	lc := make([]float64, kk)
	var rTouched, lTouched []int
	for it := 0; it < iters; it++ {
		moved := 0
		for w := 0; w < v; w++ {
			rTouched, lTouched = rTouched[:0], lTouched[:0]
			self := float64(right[w][w])
			for u, n := range right[w] {
				if u == w {
					continue
				}
				c := class[u]
				if rc[c] == 0 {
					rTouched = append(rTouched, c)
				}
				rc[c] += float64(n)
			}
			for u, n := range left[w] {
				if u == w {
					continue
				}
				c := class[u]
				if lc[c] == 0 {
					lTouched = append(lTouched, c)
				}
				lc[c] += float64(n)
			}
			nw := float64(count[w])
			// Take w out of its class.
			a := class[w]
			for _, c := range rTouched {
				big[a*kk+c] -= rc[c]
			}
			for _, c := range lTouched {
				big[c*kk+a] -= lc[c]
			}
			big[a*kk+a] -= self
			cnt[a] -= nw
			best, bestGain := a, math.Inf(-1)
			for c := 0; c < k; c++ {
				g := 0.0
				for _, d := range rTouched {
					x := big[c*kk+d]
					g += xlogx(x+rc[d]) - xlogx(x)
				}
				for _, d := range lTouched {
					x := big[d*kk+c]
					g += xlogx(x+lc[d]) - xlogx(x)
				}
				x := big[c*kk+c]
				// The diagonal cell gets w's neighbours of class c on both
				// sides and w's own bigrams at once.
				g += xlogx(x+self+rc[c]+lc[c]) - xlogx(x+rc[c]+lc[c]) + xlogx(x+rc[c]+lc[c]) - xlogx(x)
				g -= xlogx(x+rc[c]) - xlogx(x) + xlogx(x+lc[c]) - xlogx(x)
				g -= 2 * (xlogx(cnt[c]+nw) - xlogx(cnt[c]))
				if g > bestGain {
					best, bestGain = c, g
				}
			}
			if best != a {
				moved++
			}
			class[w] = best
			for _, c := range rTouched {
				big[best*kk+c] += rc[c]
			}
			for _, c := range lTouched {
				big[c*kk+best] += lc[c]
			}
			big[best*kk+best] += self
			cnt[best] += nw
			for _, c := range rTouched {
				rc[c] = 0
			}
			for _, c := range lTouched {
				lc[c] = 0
			}
		}
		if moved == 0 {
			break
		}
	}
	out := make(map[string]uint16, v)
	for i, w := range vocab {
		out[w] = uint16(class[i])
	}
	return out
}
