package entity

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/text"
)

// consistency makes the labels of one document agree with themselves: a
// name tagged with several classes takes its most frequent one, and a name
// tagged somewhere is tagged wherever else it occurs untagged, when it is
// tagged at least as often as it is left out.
func consistency(sents [][]text.Token, tags [][]string) {
	type stat struct {
		byType map[string]int
		total  int
	}
	stats := map[string]*stat{}
	var all []mention
	for s := range sents {
		for _, m := range mentions(s, tags[s]) {
			k := key(sents[s][m.from:m.to])
			st := stats[k]
			if st == nil {
				st = &stat{byType: map[string]int{}}
				stats[k] = st
			}
			st.byType[m.typ]++
			st.total++
			all = append(all, m)
		}
	}
	if len(stats) == 0 {
		return
	}
	major := func(k string) string {
		best, n := "", 0
		for t, c := range stats[k].byType {
			if c > n || (c == n && t < best) {
				best, n = t, c
			}
		}
		return best
	}
	for _, m := range all {
		if t := major(key(sents[m.sent][m.from:m.to])); t != m.typ {
			setTags(tags[m.sent], m.from, m.to, t)
		}
	}
	// Count untagged occurrences of each tagged name, then fill them in.
	type hit struct{ sent, from, to int }
	untagged := map[string][]hit{}
	var b []byte
	for s, toks := range sents {
		for i := range toks {
			b = b[:0]
			for n := 1; n <= 4 && i+n <= len(toks); n++ {
				if tags[s][i+n-1] != "O" {
					break
				}
				if n > 1 {
					b = append(b, ' ')
				}
				b = append(b, toks[i+n-1].Base...) // key(toks[i : i+n])
				if stats[string(b)] != nil {
					k := string(b)
					untagged[k] = append(untagged[k], hit{s, i, i + n})
				}
			}
		}
	}
	for k, hits := range untagged {
		if len(hits) > stats[k].total || utf8.RuneCountInString(k) < 3 {
			continue
		}
		t := major(k)
		for _, h := range hits {
			if free(tags[h.sent], h.from, h.to) {
				setTags(tags[h.sent], h.from, h.to, t)
			}
		}
	}
}

// key is the matching form of a token range: the bases, space-separated.
func key(toks []text.Token) string {
	if len(toks) == 1 {
		return toks[0].Base
	}
	var b strings.Builder
	for i, t := range toks {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.Base)
	}
	return b.String()
}

func free(tags []string, from, to int) bool {
	for i := from; i < to; i++ {
		if tags[i] != "O" {
			return false
		}
	}
	return to >= len(tags) || tags[to][0] != 'I'
}

func setTags(tags []string, from, to int, typ string) {
	tags[from] = "B-" + typ
	for i := from + 1; i < to; i++ {
		tags[i] = "I-" + typ
	}
}
