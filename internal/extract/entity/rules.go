package entity

import (
	"unicode/utf8"

	"github.com/marsad/marsad/internal/gazetteer"
	"github.com/marsad/marsad/internal/text"
)

// placeHeads are nouns that, before a word, make a place name of both:
// حي كشكول، مخيم اليرموك.
var placeHeads = map[string]bool{"حي": true, "مخيم": true, "ضاحيه": true}

// placeRules tags the places the tagger left out: a country, a capital or
// a curated district, camp, region or landmark of the gazetteer whose
// words are not, in training, mostly ordinary words; and "حي X"، "مخيم X".
func (r *Recognizer) placeRules(toks []text.Token, tags []string, m *matches) {
	for i := 0; i < len(toks); i++ {
		if tags[i] == "B-LOC" {
			i = extendPlace(tags, i, m) - 1
			continue
		}
		if tags[i] != "O" {
			continue
		}
		if placeHeads[toks[i].Base] && !toks[i].Definite && i+1 < len(toks) && toks[i+1].Kind == text.Word &&
			!functionWords[toks[i+1].Base] &&
			(tags[i+1] == "O" || tags[i+1] == "B-LOC") && utf8.RuneCountInString(toks[i+1].Base) >= 3 {
			end := i + 2
			for end < len(tags) && tags[end] == "I-LOC" {
				end++
			}
			setTags(tags, i, end, "LOC")
			i = end - 1
			continue
		}
		cands, end, ok := m.gazetteer(i)
		afterDirection := i > 0 && directions[toks[i-1].Base]
		if !ok || !free(tags, i, end) || !major(cands) || (!afterDirection && r.ordinary(toks[i:end])) {
			continue
		}
		setTags(tags, i, end, "LOC")
		i = end - 1
	}
}

// functionWords are prepositions and adverbs of place that follow a place
// noun without naming it: مخيم قرب القيارة.
var functionWords = setOf(`قرب بعد قبل في من علي الي عند داخل خارج حول شمال جنوب شرق غرب شمالي جنوبي شرقي غربي
	بين تحت فوق امام خلف جانب ضمن لدي حيث الذي التي يقع تقع مجاور قريب`)

// conflictCountries are those whose towns marsad's news is mostly about:
// there, a governorate or district seat's name is taken as a place even
// where the tagger hesitates.
var conflictCountries = map[string]bool{"SY": true, "IQ": true, "LB": true, "YE": true, "LY": true, "PS": true}

// major reports whether one of the candidates is a place a bare name
// most likely means.
func major(cands []gazetteer.Entry) bool {
	for _, c := range cands {
		switch {
		case c.Kind == "country", c.Kind == "district", c.Kind == "camp", c.Kind == "landmark", c.Kind == "region":
			return true
		case c.Code == "PPLC":
			return true
		case (c.Code == "PPLA" || c.Code == "PPLA2") && conflictCountries[c.Country]:
			return true
		}
	}
	return false
}

// ordinary reports whether the words were mostly untagged in training (a
// common word that is also a place name: الباب، عين...).
func (r *Recognizer) ordinary(toks []text.Token) bool {
	if len(toks) == 1 {
		return r.ordinaryWord(toks[0])
	}
	// A name of several words is ordinary when all its words are (an
	// adjective such as الشرقية alone is common).
	for _, t := range toks {
		if !r.ordinaryWord(t) {
			return false
		}
	}
	return true
}

func (r *Recognizer) ordinaryWord(t text.Token) bool {
	if utf8.RuneCountInString(t.Base) < 3 {
		return true
	}
	st, ok := r.o.Model.ne[t.Base]
	if !ok {
		return false
	}
	n := 0
	for _, c := range st {
		n += int(c)
	}
	return n >= 3 && 2*int(st[0]) > n
}

// directions before a name make it a place: جنوب الموصل.
var directions = setOf(`جنوب شمال شرق غرب جنوبي شمالي شرقي غربي`)

// extendPlace widens the place that starts at i to the gazetteer name that
// starts there when that name is longer and the words it adds are
// untagged (الغوطة + الشرقية); it returns the end of the place.
func extendPlace(tags []string, i int, m *matches) int {
	end := i + 1
	for end < len(tags) && tags[end] == "I-LOC" {
		end++
	}
	_, gend, ok := m.gazetteer(i)
	if !ok || gend <= end || !free(tags, end, gend) {
		return end
	}
	setTags(tags, i, gend, "LOC")
	return gend
}
