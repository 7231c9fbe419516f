package event

// Realis values.
const (
	Actual       = "actual"
	Planned      = "planned"
	Hypothetical = "hypothetical"
	Negated      = "negated"
	Historical   = "historical"
)

// Windows, in words before the trigger, in which realis cues count.
const (
	negationWindow     = 2
	negPhraseWindow    = 5
	plannedWindow      = 5
	hypotheticalWindow = 8
)

// realis reads the cues before a trigger in its sentence: a denial anywhere
// before it, a negation right before it, a future or plan, a condition. It
// returns the realis and the status (denied for a denial). Historical
// events are found later, from their date.
func (x *Extractor) realis(s sentence, dr *draft) (realis, status string) {
	if x.lx.cueIn("denial", s.view, s.from, dr.from) {
		return Negated, "denied"
	}
	if x.negated(s, dr.from) {
		return Negated, "single_source"
	}
	if dr.future || x.lx.cueIn("planned", s.view, max(s.from, dr.from-plannedWindow), dr.from) {
		return Planned, "single_source"
	}
	if x.lx.cueIn("hypothetical", s.view, max(s.from, dr.from-hypotheticalWindow), dr.from) {
		return Hypothetical, "single_source"
	}
	return Actual, "single_source"
}

// negated reports whether a negation stands right before token i, or a
// negating phrase (لم يسفر عن) a little further.
func (x *Extractor) negated(s sentence, i int) bool {
	for j := max(s.from, i-negPhraseWindow); j < i; j++ {
		if n := x.lx.cueAt("negation", s.view, j, i); n > 1 || (n == 1 && i-j <= negationWindow) {
			return true
		}
	}
	return false
}
