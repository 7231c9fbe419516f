package event

import (
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// Bases of an event's place and date.
const (
	SameSentence  = "same_sentence"
	SameParagraph = "same_paragraph"
	Dateline      = "dateline"
	Document      = "document"

	Explicit    = "explicit"
	Relative    = "relative"
	Publication = "publication"
	// Reported is the date of the statement that reports the event: the
	// event happened on that day or before it.
	Reported = "reported"
)

// datelineReach is how far into the text a dateline place may start, in bytes.
const datelineReach = 120

// sentenceAt returns the index of the sentence holding byte off, or -1.
func sentenceAt(d *text.Doc, off int) int {
	i := sort.Search(len(d.Sentences), func(i int) bool { return d.Sentences[i].End > off })
	if i < len(d.Sentences) && d.Sentences[i].Start <= off {
		return i
	}
	return -1
}

// claimOf returns the claim whose span holds the trigger, else one whose
// cue is in the trigger's sentence.
func claimOf(d *text.Doc, dr *draft, claims []model.Claim) *int {
	for i, c := range claims {
		if c.Start <= dr.Start && dr.End <= c.End {
			return ptr(i)
		}
	}
	for i, c := range claims {
		cue := c.Start
		if c.CueSpan != nil {
			cue = c.CueSpan.Start
		}
		if sentenceAt(d, cue) == dr.sent {
			return ptr(i)
		}
	}
	return nil
}

func ptr(i int) *int { return &i }

// place links the nearest place of the sentence (after the trigger first),
// else the last one earlier in the paragraph, else the dateline's, else the
// document's first.
func (x *Extractor) place(d *text.Doc, dr *draft, in Input) {
	sent := d.Sentences[dr.sent]
	best, bestDist := -1, 0
	for i, p := range in.Places {
		if p.Start < sent.Start || p.End > sent.End || !x.canBePlace(d, dr, p) || inAnnouncement(dr, p.Span, in.Claims) {
			continue // elsewhere, or where the statement was made
		}
		dist := p.Start - dr.End
		if dist < 0 {
			dist = 2*(dr.Start-p.End) + 1 // a place before the trigger counts double
		}
		if p.Kind == "country" {
			dist += len(d.Text) // a country only when the sentence names nothing finer
		}
		if best < 0 || dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 {
		dr.Place, dr.PlaceBasis = ptr(best), SameSentence
		return
	}
	for i := len(in.Places) - 1; i >= 0; i-- {
		p := in.Places[i]
		if si := sentenceAt(d, p.Start); p.End <= sent.Start && si >= 0 && d.Sentences[si].Paragraph == sent.Paragraph && x.canBePlace(d, dr, p) {
			dr.Place, dr.PlaceBasis = ptr(i), SameParagraph
			return
		}
	}
	doc := x.documentPlace(d, dr, in.Places)
	for i, p := range in.Places {
		if p.Start < datelineReach && isDateline(d.Text, p.End) && (p.Kind != "country" || doc < 0 || in.Places[doc].Kind == "country") {
			dr.Place, dr.PlaceBasis = ptr(i), Dateline // a country dateline only when the text names nothing finer
			return
		}
	}
	if i := doc; i >= 0 {
		dr.Place, dr.PlaceBasis = ptr(i), Document
	}
}

// isDateline reports whether a dash or colon follows the place closely, as
// in "دمشق - ".
func isDateline(txt string, end int) bool {
	rest := strings.TrimLeft(txt[end:min(len(txt), end+12)], " ()")
	for _, p := range []string{"-", "–", "—", ":"} {
		if strings.HasPrefix(rest, p) {
			return true
		}
	}
	return false
}

// documentPlace is the place the document names most often (by its
// resolved name; the first of equals), countries only when nothing finer
// is named; places that cannot be the event's (an outlet's seat, an
// actor's country) are left out.
func (x *Extractor) documentPlace(d *text.Doc, dr *draft, ps []model.Place) int {
	n := map[string]int{}
	for _, p := range ps {
		n[placeKey(p)]++
	}
	best := -1
	for i, p := range ps {
		if !x.canBePlace(d, dr, p) {
			continue
		}
		if best < 0 || betterDocPlace(p, ps[best], n) {
			best = i
		}
	}
	return best
}

func betterDocPlace(p, q model.Place, n map[string]int) bool {
	if (p.Kind == "country") != (q.Kind == "country") {
		return q.Kind == "country"
	}
	return n[placeKey(p)] > n[placeKey(q)]
}

// placeKey identifies a place across its mentions: its resolved name, else
// its folded text.
func placeKey(p model.Place) string {
	if p.NameEn != "" {
		return p.NameEn
	}
	if p.Name != "" {
		return p.Name
	}
	return text.Fold(p.Text)
}

// canBePlace reports whether a place mention can be where the event
// happened: not inside the event's actor phrase ("غارة إسرائيلية"، "تطوره
// دمشق"), and a country only after a locative preposition (في سوريا،
// بسوريا), not as an adjective or a seat (السورية، ومقره بريطانيا).
func (x *Extractor) canBePlace(d *text.Doc, dr *draft, p model.Place) bool {
	if genericPlace[text.Fold(strings.TrimSpace(p.Text))] {
		return false // "المدينة": a reference back, not a name
	}
	for _, sp := range dr.ActorSpans {
		if p.Start < sp.End && sp.Start < p.End {
			return false
		}
	}
	if p.Kind != "country" {
		return true
	}
	return locative(d, p.Start)
}

// genericPlace are common nouns of places (folded), which refer back to a
// place named before rather than name one; the gazetteer may still match
// them (مدينة → Medina).
var genericPlace = map[string]bool{}

func init() {
	for _, w := range []string{"مدينة", "المدينة", "بلدة", "البلدة", "منطقة", "المنطقة", "قرية", "القرية",
		"حي", "الحي", "مخيم", "المخيم", "البلاد", "العاصمة", "المحافظة", "محافظة", "الريف", "البلد"} {
		genericPlace[text.Fold(w)] = true
	}
}

// locative reports whether the word at byte off follows a locative
// preposition, or carries one as a clitic (بسوريا، وفي).
func locative(d *text.Doc, off int) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > off })
	if i >= len(d.Tokens) {
		return false
	}
	if pre := strings.TrimSuffix(d.Tokens[i].Prefix, "ال"); strings.HasSuffix(pre, "ب") {
		return true
	}
	if i == 0 {
		return false
	}
	switch d.Tokens[i-1].Base {
	case "في", "داخل", "شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي", "انحاء", "عموم", "ارجاء", "الي", "من":
		return true
	}
	return false
}

// date links the nearest date of the sentence, else the publication date,
// and marks events dated long before publication historical and those
// dated after it planned.
func (x *Extractor) date(d *text.Doc, s sentence, dr *draft, in Input) {
	sent := d.Sentences[dr.sent]
	best, bestDist := -1, 0
	reported := -1
	for i, t := range in.Times {
		if t.Start < sent.Start || t.End > sent.End || (t.Type != "" && t.Type != "date") || t.Value == "" {
			continue
		}
		if since(d, t.Start) {
			continue // "منذ أغسطس": the start of a period, not the event's day
		}
		if announcementTime(dr, t, in.Claims) {
			reported = i
			continue
		}
		dist := abs(t.Start - dr.Start)
		if best < 0 || dist < bestDist {
			best, bestDist = i, dist
		}
	}
	year, yearTok := yearIn(s)
	yearCloser := yearTok >= 0 && (best < 0 || abs(s.toks[yearTok].Start-dr.Start) < bestDist)
	switch {
	case yearCloser:
		dr.Date, dr.DateBasis = year, Explicit
	case best >= 0:
		t := in.Times[best]
		dr.Time, dr.Date, dr.DateBasis = ptr(best), t.Value, Explicit
		if t.Basis != "" && t.Basis != Explicit && t.Basis != "absolute" {
			dr.DateBasis = Relative
		}
	case reported >= 0:
		dr.Time, dr.Date, dr.DateBasis = ptr(reported), in.Times[reported].Value, Reported
	case !in.Published.IsZero():
		dr.Date, dr.DateBasis = in.Published.Format(model.DateLayout), Publication
	}
	x.realisFromDate(dr, in.Published)
}

// realisFromDate makes an actual event historical when its date lies long
// before publication, planned when it lies after it.
func (x *Extractor) realisFromDate(dr *draft, pub time.Time) {
	if dr.Realis != Actual || pub.IsZero() || dr.DateBasis == Publication || dr.DateBasis == Reported {
		return
	}
	from, to, ok := dateRange(dr.Date)
	switch {
	case !ok:
	case to.Before(pub.Add(-x.opts.HistoricalAfter)):
		dr.Realis = Historical
	case from.After(pub.Add(48 * time.Hour)):
		dr.Realis = Planned
	}
}

// since reports whether the word before byte off is منذ (since).
func since(d *text.Doc, off int) bool {
	i := sort.Search(len(d.Tokens), func(i int) bool { return d.Tokens[i].End > off })
	return i > 0 && i <= len(d.Tokens) && d.Tokens[i-1].Base == "منذ"
}

// announcementFrame is how far past the cue and speaker of a claim a date
// still dates the statement ("أعلن الجيش، الثلاثاء، أن"), in bytes.
const announcementFrame = 30

// announcementTime reports whether t dates the statement that reports the
// event rather than the event: the trigger is in a claim's content and t
// lies outside it, in the frame of its cue and speaker.
func announcementTime(dr *draft, t model.Time, claims []model.Claim) bool {
	return inAnnouncement(dr, t.Span, claims)
}

// inAnnouncement reports whether span sp lies in the frame of the claim
// whose content holds the trigger: with its cue and speaker, outside the
// content ("قال المتحدث، الثلاثاء، في مؤتمر صحفي في تكريت إن ...").
func inAnnouncement(dr *draft, t model.Span, claims []model.Claim) bool {
	for _, c := range claims {
		if dr.Start < c.Start || dr.End > c.End || (t.Start >= c.Start && t.End <= c.End) || c.CueSpan == nil {
			continue
		}
		from, to := c.CueSpan.Start, c.CueSpan.End
		if c.Speaker != nil {
			from, to = min(from, c.Speaker.Start), max(to, c.Speaker.End)
		}
		if c.Start > to {
			to = c.Start
		}
		if t.Start >= from && t.Start <= to+announcementFrame {
			return true
		}
	}
	return false
}

// dateRange returns the days a date value covers: YYYY-MM-DD, YYYY-MM, YYYY.
func dateRange(v string) (from, to time.Time, ok bool) {
	for _, l := range []struct {
		layout string
		years  int
		months int
		days   int
	}{{"2006-01-02", 0, 0, 1}, {"2006-01", 0, 1, 0}, {"2006", 1, 0, 0}} {
		if len(v) != len(l.layout) {
			continue
		}
		if t, err := time.Parse(l.layout, v); err == nil {
			return t, t.AddDate(l.years, l.months, l.days), true
		}
	}
	return time.Time{}, time.Time{}, false
}

// yearIn returns a year written "عام 2007" or "في 2007" in the sentence and
// its token, or -1. The times stage does not give bare years; they date
// background events.
func yearIn(s sentence) (string, int) {
	for i := s.from + 1; i < s.to; i++ {
		t := s.toks[i]
		if t.Kind != text.Number || len(t.Norm) != 4 {
			continue
		}
		y, err := strconv.Atoi(t.Norm)
		if err != nil || y < 1900 || y > 2100 {
			continue
		}
		if s.toks[i-1].Base == "منذ" || (i >= s.from+2 && s.toks[i-2].Base == "منذ") {
			continue // "الأعنف منذ عام 2011": a period, not the event's year
		}
		switch s.toks[i-1].Base {
		case "عام", "سنه", "العام", "في":
			return t.Norm, i
		}
	}
	return "", -1
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}
