package event

import "slices"

// merge folds the records of one incident: a later record of the same type,
// realis and date whose place is unknown or the same joins the first one,
// bringing its quantities, counts and participants. Across paragraphs only
// a definite trigger (الغارة، القذيفة: the one already told) joins; an
// indefinite one (قذائف) may be another incident. A sentence that only
// gives a toll (killed, wounded) joins the last violent incident of its
// paragraph.
func merge(ds []*draft, in Input, types map[string]*typeInfo) []*draft {
	var out []*draft
	for _, dr := range ds {
		k := findSame(out, dr, in)
		if k == nil && dr.entry.Rank == 1 && dr.entry.Attrs["generic"] == "1" {
			k = lastViolent(out, dr, types)
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
// the same realis, from an earlier sentence.
func lastViolent(kept []*draft, dr *draft, types map[string]*typeInfo) *draft {
	for i := len(kept) - 1; i >= 0; i-- {
		k := kept[i]
		if k.paragraph != dr.paragraph {
			return nil
		}
		if k.sent < dr.sent && k.Realis == dr.Realis && types[k.Type].Group == "violence" {
			return k
		}
	}
	return nil
}

func findSame(kept []*draft, dr *draft, in Input) *draft {
	for _, k := range kept {
		if k.Type == dr.Type && k.Realis == dr.Realis && sameDate(k, dr) && samePlace(k, dr, in) && (k.paragraph == dr.paragraph || dr.definite) {
			return k
		}
	}
	return nil
}

// sameDate reports whether two drafts can be on one date: the same date, or
// either dated only by the publication date.
func sameDate(a, b *draft) bool {
	return a.Date == b.Date || a.DateBasis == Publication || b.DateBasis == Publication
}

// samePlace reports whether two drafts can be at one place: either has no
// place, or both name the same place (whatever the basis: an incident's
// later mention often takes its place from the paragraph).
func samePlace(a, b *draft, in Input) bool {
	if a.Place == nil || b.Place == nil {
		return true
	}
	return in.Places[*a.Place].Name == in.Places[*b.Place].Name
}

func absorb(k, dr *draft) {
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
