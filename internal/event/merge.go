package event

import (
	"slices"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// merge folds the records of one incident: a later record of the same type,
// realis and date whose place is unknown or the same joins the first one,
// bringing its quantities, counts and participants. Across paragraphs only
// a definite trigger (الغارة، القذيفة: the one already told) joins; an
// indefinite one (قذائف) may be another incident. A sentence that only
// gives a toll (killed, wounded) joins the last violent incident of its
// paragraph.
func merge(d *text.Doc, ds []*draft, in Input, types map[string]*typeInfo) []*draft {
	var out []*draft
	for _, dr := range ds {
		k := findSame(d, out, dr, in)
		if k == nil && dr.entry.Rank == 1 && dr.entry.Attrs["generic"] == "1" {
			k = lastViolent(out, dr, types, causeBack(d, dr.sent))
		}
		if k != nil {
			absorb(k, dr)
			continue
		}
		out = append(out, dr)
	}
	return out
}

// lastViolent returns the last kept violent draft of dr's paragraph with
// the same realis, from an earlier sentence; with back, of the paragraph
// before too (a toll told in its own paragraph: "بإصابة العشرات جراء الهجوم").
func lastViolent(kept []*draft, dr *draft, types map[string]*typeInfo, back bool) *draft {
	for i := len(kept) - 1; i >= 0; i-- {
		k := kept[i]
		if k.lastPara != dr.paragraph && !(back && k.lastPara == dr.paragraph-1) {
			return nil
		}
		if k.sent < dr.sent && k.Realis == dr.Realis && types[k.Type].Group == "violence" {
			return k
		}
	}
	return nil
}

// findSame returns the kept draft dr is another mention of: same type,
// realis and date, a place that can be the same, and in the same
// paragraph, or a definite trigger (the incident already told), or an
// indefinite one in the next paragraph naming the very same place (the
// lead's incident told again in detail).
// causeBack reports whether sentence si names the cause of its toll by a
// definite noun, one already told: "جراء الهجوم"، "إثر القصف"، "بسبب الانفجار".
func causeBack(d *text.Doc, si int) bool {
	from, to := d.SentenceTokens(si)
	for i := from; i+1 < to; i++ {
		switch d.Tokens[i].Base {
		case "جراء", "اثر", "بسبب", "نتيجه":
			if d.Tokens[i+1].Definite {
				return true
			}
		}
	}
	return false
}

func findSame(d *text.Doc, kept []*draft, dr *draft, in Input) *draft {
	for _, k := range kept {
		if k.Type == dr.Type && anaphor(k, dr) {
			return k
		}
		if k.Type != dr.Type || k.Realis != dr.Realis || !sameDate(k, dr) || !samePlace(d, k, dr, in) {
			continue
		}
		if k.paragraph == dr.paragraph || dr.definite || (dr.paragraph == k.paragraph+1 && strictPlace(k, dr, in)) {
			return k
		}
	}
	return nil
}

// anaphor reports whether dr is a definite mention (بالغارة) without a
// date of its own of k, an earlier historical event: the article tells of
// it again, not of a new one.
func anaphor(k, dr *draft) bool {
	return k.Realis == Historical && dr.Realis == Actual && dr.definite && dr.DateBasis != Explicit
}

// strictPlace reports whether both drafts have a place and it is the same.
func strictPlace(a, b *draft, in Input) bool {
	if a.Place == nil || b.Place == nil {
		return false
	}
	p, q := in.Places[*a.Place], in.Places[*b.Place]
	return placeKey(p) == placeKey(q) || near(p, q)
}

// nearKm is how close two resolved places must be to be taken for one
// place at news grain (حي كشكول في جرمانا and دمشق: a suburb and its city).
const nearKm = 6

// near reports whether two places with coordinates lie within nearKm.
func near(p, q model.Place) bool {
	if (p.Lat == 0 && p.Lon == 0) || (q.Lat == 0 && q.Lon == 0) || p.Kind == "country" || q.Kind == "country" {
		return false
	}
	return model.DistanceKm(p.Lat, p.Lon, q.Lat, q.Lon) <= nearKm
}

// sameDate reports whether two drafts can be on one date: the same date, or
// either dated only by the publication date.
func sameDate(a, b *draft) bool {
	return a.Date == b.Date || a.DateBasis == Publication || b.DateBasis == Publication
}

// samePlace reports whether two drafts can be at one place: either has no
// place, or both name the same place (whatever the basis: an incident's
// later mention often takes its place from the paragraph), or the sentence
// of one names the other's place too (عربين في الغوطة الشرقية).
func samePlace(d *text.Doc, a, b *draft, in Input) bool {
	if a.Place == nil || b.Place == nil || strictPlace(a, b, in) {
		return true
	}
	return sentenceNames(d, a.sent, in.Places[*b.Place], in) || sentenceNames(d, b.sent, in.Places[*a.Place], in)
}

// sentenceNames reports whether sentence si names place p.
func sentenceNames(d *text.Doc, si int, p model.Place, in Input) bool {
	s := d.Sentences[si]
	for _, q := range in.Places {
		if q.Start >= s.Start && q.End <= s.End && placeKey(q) == placeKey(p) {
			return true
		}
	}
	return false
}

func absorb(k, dr *draft) {
	k.lastPara = max(k.lastPara, dr.paragraph)
	k.Quantities = appendNew(k.Quantities, dr.Quantities...)
	for _, c := range dr.Counts {
		if !slices.Contains(k.Counts, c) {
			k.Counts = append(k.Counts, c)
		}
	}
	k.Actors = appendNew(k.Actors, dr.Actors...)
	k.Targets = appendNew(k.Targets, dr.Targets...)
	if len(k.ActorSpans) == 0 {
		k.ActorSpans = dr.ActorSpans
	}
	if len(k.TargetSpans) == 0 {
		k.TargetSpans = dr.TargetSpans
	}
	if k.PlaceBasis != SameSentence && dr.PlaceBasis == SameSentence {
		k.Place, k.PlaceBasis = dr.Place, dr.PlaceBasis
	}
	if k.DateBasis == Publication && dr.DateBasis != Publication && dr.DateBasis != "" {
		k.Time, k.Date, k.DateBasis = dr.Time, dr.Date, dr.DateBasis
	}
	if k.Claim == nil {
		k.Claim = dr.Claim
	}
}

func appendNew(a []int, b ...int) []int {
	for _, x := range b {
		if !slices.Contains(a, x) {
			a = append(a, x)
		}
	}
	return a
}
