// Package place resolves the place names of a document to the gazetteer:
// coordinates, kind, country and gazetteer id. It reads the LOC entities the
// entity stage found, plus gazetteer names that follow a place noun (مدينة،
// بلدة، حي...) which the tagger missed. Ties between places of one name are
// broken by the document's focus country, then the feature type, then
// population.
package place

import (
	"math"
	"sort"
	"strings"

	"github.com/marsad/marsad/internal/gazetteer"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// Options configures a Resolver.
type Options struct {
	Gazetteer *gazetteer.Gazetteer // nil: the embedded default
	// Focus forces the focus country (ISO alpha-2); "" finds it from the
	// document.
	Focus string
	// Backoff gives a place name the gazetteer does not know (a street, a
	// hospital) the point of the nearest place before it in the document
	// (or after it, or the focus country), with Basis "context".
	Backoff bool
	// ActorCountry gives the home country of a resolved entity (by its KB
	// id), when known: an article about the Syrian Observatory's figures
	// leans to the Syrian أريحا. Nil: actors give no votes.
	ActorCountry func(kb string) string
}

// Resolver maps place mentions to gazetteer entries. Safe for concurrent use.
type Resolver struct{ o Options }

// New returns a resolver.
func New(o Options) *Resolver {
	if o.Gazetteer == nil {
		o.Gazetteer = gazetteer.Default()
	}
	return &Resolver{o: o}
}

// heads are nouns that open a place name; hint says what the rest names.
// A "region" head (محافظة حلب، ولاية الخرطوم، منطقة الرياض) makes an
// administrative area win over the city of the same name; a "subregion"
// head (قضاء، ناحية، مديرية: a division of a province) makes a second-level
// area win, else the town it is named after (قضاء الموصل is not the
// province of نينوى). Both come out as kind "region".
var heads = map[string]string{
	"محافظه": "region", "ريف": "region", "منطقه": "region", "ولايه": "region", "اقليم": "region", "ناحيه": "subregion",
	"قضاء": "subregion", "مديريه": "subregion", "اماره": "region", "مقاطعه": "region",
	"جرود": "region", "مدينه": "city", "بلده": "city", "قريه": "city", "حي": "district", "مخيم": "camp",
	"ضاحيه": "district", "سد": "landmark", "مطار": "landmark", "ملعب": "landmark", "جسر": "landmark", "دوار": "landmark",
	"سجن": "landmark", "معبر": "landmark", "مستشفي": "landmark",
}

// headOf returns the hint of a folded word that is a head noun: as it is,
// without the article, with a proclitic read off (بمحافظة، وبولاية), or as
// a dual in construct (محافظتي حلب وإدلب). direct is false when the head
// was found only by reading a proclitic off that the tokenizer left on.
func headOf(w string) (hint string, direct, ok bool) {
	if h, ok := heads[strings.TrimPrefix(w, "ال")]; ok {
		return h, true, true
	}
	for _, f := range text.Forms(w) {
		f = strings.TrimPrefix(f, "ال")
		if h, ok := heads[f]; ok {
			return h, false, true
		}
		for _, dual := range []string{"تي", "تا"} {
			if stem, cut := strings.CutSuffix(f, dual); cut {
				if h, ok := heads[stem+"ه"]; ok && (h == "region" || h == "subregion") {
					return h, f == w, true
				}
			}
		}
	}
	return "", false, false
}

// mention is a place name found in the text: its span and name words.
type mention struct {
	span  model.Span
	words []string // folded, clitics of the first word removed
	name  string   // as written, without the leading proclitic
	hint  string   // kind suggested by a head noun, or ""
	cands []gazetteer.Entry
	full  bool // the candidates match the whole name (head included)
}

// Resolve returns the places of d: one per LOC entity or place-noun phrase
// that the gazetteer knows.
func (r *Resolver) Resolve(d *text.Doc, ents []model.Entity) []model.Place {
	ms := r.mentions(d, ents)
	focus := r.o.Focus
	if focus == "" {
		actors := r.actorVotes(ents)
		focus = focusCountry(ms, actors)
		if focus == "" {
			focus = lead(actors) // the places decide nothing: the actors' country does
		}
	}
	out := make([]model.Place, 0, len(ms))
	picked := make([]pick, 0, len(ms))
	for _, m := range ms {
		if len(m.cands) == 0 {
			if r.o.Backoff {
				out = append(out, model.Place{Span: m.span, Name: m.name, Basis: "context"})
				picked = append(picked, pick{})
			}
			continue
		}
		if particleIn(m.words) || countryAdjective(d, m) {
			continue
		}
		e := best(m.cands, focus, m.hint)
		picked = append(picked, pick{e, m.hint})
		kind := e.Kind
		if !m.full && m.hint != "" && m.hint != "city" {
			kind = m.hint // ريف دمشق is the region around the city's point
		}
		switch kind {
		case "camp":
			kind = "landmark"
		case "subregion":
			kind = "region"
		}
		out = append(out, model.Place{Span: m.span, Name: m.name, NameEn: e.NameEn, Lat: e.Lat, Lon: e.Lon,
			Kind: kind, Country: e.Country, Gazetteer: e.ID})
	}
	out = r.withoutStrays(out, picked, focus)
	out = withParents(d, out)
	if r.o.Backoff {
		out = r.backoff(out, focus)
	}
	return out
}

// pick is the entry chosen for a place and the head noun's hint.
type pick struct {
	e    gazetteer.Entry
	hint string
}

// particles are prepositions and particles (folded): no place name holds
// one as a word of its own («المنطقة إلى» is "the area, to").
var particles = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("إلى على في من عن مع منذ حتى عند لدى بعد قبل بين نحو أن إن التي الذي") {
		m[text.Fold(w)] = true
	}
	return m
}()

func particleIn(words []string) bool {
	for _, w := range words {
		if particles[w] {
			return true
		}
	}
	return false
}

// countryAdjective reports a one-word mention that is a country's nisba
// adjective agreeing with the definite noun before it: «المنشأة السورية»،
// «القوات التركية» say whose, not where.
func countryAdjective(d *text.Doc, m mention) bool {
	if len(m.words) != 1 || !strings.HasPrefix(m.words[0], "ال") || !(strings.HasSuffix(m.words[0], "يه") || strings.HasSuffix(m.words[0], "ي")) {
		return false
	}
	country := false
	for _, c := range m.cands {
		country = country || c.Kind == "country"
	}
	if !country {
		return false
	}
	at := d.TokenAt(m.span.Start)
	if at <= 0 || at >= len(d.Tokens) || strings.TrimSuffix(d.Tokens[at].Prefix, "ال") != "" {
		return false // «بالسورية»: a proclitic makes it a noun
	}
	prev := d.Tokens[at-1]
	return prev.Kind == text.Word && prev.Definite && !particles[prev.Norm]
}

// strayKm is how far a small place must lie from every other place of its
// article to be taken for a misreading.
const strayKm = 2000

// withoutStrays drops the places that nothing in the article supports: a
// town or district (no head noun said it was one, fewer than 500,000
// people) in a country the article neither focuses on nor names, more
// than strayKm from every other place of the article («لصور» "for
// pictures" read as Sur in Oman, in a report on Syria).
func (r *Resolver) withoutStrays(ps []model.Place, picked []pick, focus string) []model.Place {
	named := map[string]bool{focus: true}
	for i, p := range ps {
		if picked[i].e.Kind == "country" {
			named[p.Country] = true
		}
	}
	var focusPoint *gazetteer.Entry
	if e, ok := r.o.Gazetteer.ByID("country:" + focus); ok && focus != "" {
		focusPoint = &e
	}
	out := ps[:0:0]
	for i, p := range ps {
		e := picked[i].e
		if p.Basis != "" || named[p.Country] || picked[i].hint != "" || e.Population >= 500_000 ||
			e.Kind != "city" && e.Kind != "district" && e.Kind != "landmark" {
			out = append(out, p)
			continue
		}
		near, others := false, 0
		for j, q := range ps {
			if j == i || q.Basis != "" || q.Gazetteer == p.Gazetteer {
				continue
			}
			others++
			near = near || model.DistanceKm(p.Lat, p.Lon, q.Lat, q.Lon) <= strayKm
		}
		if others == 0 && focusPoint != nil {
			others, near = 1, model.DistanceKm(p.Lat, p.Lon, focusPoint.Lat, focusPoint.Lon) <= strayKm
		}
		if near || others == 0 {
			out = append(out, p)
		}
	}
	return out
}

// backoff fills the places marked "context" from the nearest resolved
// place before them, else after them, else the focus country.
func (r *Resolver) backoff(ps []model.Place, focus string) []model.Place {
	var fallback *model.Place
	if e, ok := r.o.Gazetteer.ByID("country:" + focus); ok && focus != "" {
		fallback = &model.Place{Lat: e.Lat, Lon: e.Lon, Kind: e.Kind, Country: e.Country, Gazetteer: e.ID, NameEn: e.NameEn}
	}
	for i := range ps {
		if ps[i].Basis != "context" {
			continue
		}
		src := fallback
		for j := i - 1; j >= 0 && src == fallback; j-- {
			if ps[j].Basis == "" {
				src = &ps[j]
			}
		}
		for j := i + 1; j < len(ps) && src == fallback; j++ {
			if ps[j].Basis == "" {
				src = &ps[j]
			}
		}
		if src == nil {
			continue
		}
		ps[i].Lat, ps[i].Lon, ps[i].Kind, ps[i].Country, ps[i].Gazetteer = src.Lat, src.Lon, src.Kind, src.Country, src.Gazetteer
	}
	out := ps[:0]
	for _, p := range ps {
		if p.Basis == "" || p.Gazetteer != "" {
			out = append(out, p)
		}
	}
	return out
}

// mentions collects the LOC entities and the place-noun phrases outside
// them, with their gazetteer candidates.
func (r *Resolver) mentions(d *text.Doc, ents []model.Entity) []mention {
	var ms []mention
	covered := make([]bool, len(d.Tokens))
	for _, rg := range r.locRanges(d, ents) {
		for i := rg.from; i < rg.to; i++ {
			covered[i] = true
		}
		ms = append(ms, r.rangeMentions(d, rg)...)
	}
	for i := 0; i+1 < len(d.Tokens); i++ {
		if d.Tokens[i].Kind != text.Word || covered[i+1] {
			continue
		}
		hint, direct, ok := headOf(d.Tokens[i].Norm)
		if !ok || !areaHint(hint) && strings.HasPrefix(wordsOf(d.Tokens[i : i+1])[0], "ال") {
			continue // «المدينة صباح»: see lookup
		}
		cands, end, found := r.o.Gazetteer.Match(d.Tokens, i+1)
		if !found || len([]rune(d.Tokens[i+1].Base)) < 3 || constructHead(d.Tokens, i+1, end, cands) ||
			particleIn(wordsOf(d.Tokens[i+1:end])) {
			continue
		}
		if strings.HasPrefix(wordsOf(d.Tokens[i : i+1])[0], "ال") {
			if cands = areasOnly(cands); len(cands) == 0 {
				continue // «المنطقة الشرقية» names an area, never a town
			}
		}
		from := i // the head noun is part of the name (مخيم الهول)...
		if !direct {
			from = i + 1 // ...unless a proclitic is stuck to it (بمحافظة): the name is what follows
		}
		m := r.lookup(d, from, end)
		if len(m.cands) == 0 {
			m = mention{cands: cands, hint: hint, words: wordsOf(d.Tokens[i+1 : end])}
		}
		m.span = model.SpanOf(d.Text, d.Tokens[from].Start, d.Tokens[end-1].End)
		m.name = nameOf(d, from, end)
		m.hint = hint
		ms = append(ms, m)
		i = end - 1
	}
	return ms
}

// constructHead reports a one-word match that only a reading of the word
// finds (an article added, a proclitic read off: باب as الباب, or as ب +
// اب), followed by a definite word: the first noun of a construct, a name
// the gazetteer lacks (منطقة باب التبانة is neither الباب nor Ibb).
func constructHead(toks []text.Token, at, end int, cands []gazetteer.Entry) bool {
	if end != at+1 || end >= len(toks) || !toks[end].Definite || toks[end].Kind != text.Word {
		return false
	}
	written := strings.Join(gazetteer.Words(toks[at].Text), " ")
	for _, c := range cands {
		if strings.Join(gazetteer.Words(c.Name), " ") == written {
			return false
		}
	}
	return true
}

// tokenRange is a LOC entity's tokens [from,to) and its span.
type tokenRange struct {
	from, to int
	span     model.Span
}

// locRanges returns the token ranges of the LOC entities in text order,
// two touching ones joined when together they are a name the gazetteer
// knows (وخان + شيخون is خان شيخون).
func (r *Resolver) locRanges(d *text.Doc, ents []model.Entity) []tokenRange {
	var all []tokenRange
	for _, e := range ents {
		if e.Type != "LOC" || e.Start < 0 || e.End > len(d.Text) || e.Start >= e.End {
			continue
		}
		if from, to := d.TokenAt(e.Start), d.TokenAt(e.End); from < to {
			all = append(all, tokenRange{from: from, to: to, span: e.Span})
		}
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].from < all[j].from })
	var out []tokenRange
	for _, rg := range all {
		if n := len(out); n > 0 && out[n-1].to == rg.from {
			prev := out[n-1]
			if m := r.lookup(d, prev.from, rg.to); m.full && len(m.cands) > 0 {
				out[n-1] = tokenRange{from: prev.from, to: rg.to,
					span: model.SpanOf(d.Text, d.Tokens[prev.from].Start, d.Tokens[rg.to-1].End)}
				continue
			}
		}
		out = append(out, rg)
	}
	return out
}

// rangeMentions looks a LOC entity up; when the gazetteer does not know it
// and it holds words opening with the conjunction و, each conjunct is
// looked up on its own (وماردين وجيلان بينار is two places, not one).
func (r *Resolver) rangeMentions(d *text.Doc, rg tokenRange) []mention {
	m := r.lookupEntity(d, rg.from, rg.to)
	m.span = rg.span
	if len(m.cands) > 0 {
		return []mention{m}
	}
	var parts []mention
	start := rg.from
	for k := rg.from + 1; k <= rg.to; k++ {
		if k < rg.to && !strings.HasPrefix(d.Tokens[k].Prefix, "و") {
			continue
		}
		if start < k && (start > rg.from || k < rg.to) {
			if pm := r.lookupEntity(d, start, k); len(pm.cands) > 0 {
				pm.span = model.SpanOf(d.Text, d.Tokens[start].Start, d.Tokens[k-1].End)
				parts = append(parts, pm)
			}
		}
		start = k
	}
	if len(parts) == 0 {
		return []mention{m}
	}
	return parts
}

// lookupEntity looks up tokens [from,to) of an entity, with the hint of a
// head noun written just before it.
func (r *Resolver) lookupEntity(d *text.Doc, from, to int) mention {
	m := r.lookup(d, from, to)
	if m.hint == "" && from > 0 && d.Tokens[from-1].Kind == text.Word {
		m.hint, _, _ = headOf(d.Tokens[from-1].Norm)
	}
	return m
}

// lookup resolves tokens [from,to): the whole name first, then without a
// head noun, then the loose key.
func (r *Resolver) lookup(d *text.Doc, from, to int) mention {
	m := mention{name: nameOf(d, from, to)}
	words := wordsOf(d.Tokens[from:to])
	m.words = words
	g := r.o.Gazetteer
	if alt, name, ok := lamReading(d, from, to); ok {
		if c := g.Lookup(strings.Join(alt, " ")); len(c) > 0 {
			m.cands, m.full, m.words, m.name = c, true, alt, name
			return m
		}
	}
	if c := g.Lookup(strings.Join(words, " ")); len(c) > 0 {
		m.cands, m.full = c, true
		if h, _, ok := headOf(words[0]); ok && len(words) > 1 {
			m.hint = h
		}
		return m
	}
	if first := d.Tokens[from]; first.Prefix != "" {
		// The first word as written, no proclitic read off: كاليفورنيا is
		// not ك + اليفورنيا.
		whole := append([]string{first.Norm}, words[1:]...)
		if c := g.Lookup(strings.Join(whole, " ")); len(c) > 0 {
			m.cands, m.full, m.words = c, true, whole
			m.name = d.Text[first.Start:d.Tokens[to-1].End]
			return m
		}
	}
	if c, alt, name, ok := shortClitic(d, from, to, words, g); ok {
		m.cands, m.full, m.words, m.name = c, true, alt, name
		return m
	}
	if h, _, ok := headOf(words[0]); ok && len(words) > 1 {
		definite := strings.HasPrefix(words[0], "ال")
		if definite && !areaHint(h) {
			// «المدينة صباح»، «البلدة مساء»: a town's head noun with the
			// article does not name what follows (a name is «مدينة X»);
			// only the whole phrase as the gazetteer has it is a place.
			return m
		}
		m.hint = h
		words = words[1:]
		if c := g.Lookup(strings.Join(words, " ")); len(c) > 0 {
			if definite {
				// «المنطقة الشرقية»: an area's head with the article names
				// an area only.
				c = areasOnly(c)
			}
			if len(c) > 0 {
				m.cands = c
				return m
			}
		}
		if definite {
			return m
		}
	}
	m.cands = g.LookupLoose(strings.Join(words, " "))
	return m
}

// shortClitic reads a proclitic the tokeniser left on a short first word
// (وتل أبيض: و + تل, whose base of two letters it keeps whole) and looks the
// name up without it: the candidates, words and the name as written.
func shortClitic(d *text.Doc, from, to int, words []string, g *gazetteer.Gazetteer) ([]gazetteer.Entry, []string, string, bool) {
	first := d.Tokens[from]
	if first.Prefix != "" || first.Kind != text.Word {
		return nil, nil, "", false
	}
	for _, f := range first.Forms()[1:] {
		if !strings.HasSuffix(first.Norm, f) {
			continue // a form with the article restored or a suffix cut
		}
		alt := append([]string{f}, words[1:]...)
		c := g.Lookup(strings.Join(alt, " "))
		if len(c) == 0 {
			continue
		}
		folded, off := text.FoldMap(first.Text)
		cut := len(first.Norm) - len(f)
		if folded != first.Norm || cut >= len(off) {
			continue
		}
		return c, alt, d.Text[first.Start+off[cut] : d.Tokens[to-1].End], true
	}
	return nil, nil, "", false
}

// lamReading reads a first word written with لل as the preposition ل before
// a word that starts with ل (للبنان = ل + لبنان), not as ل + the article:
// the words and the name as written without the preposition.
func lamReading(d *text.Doc, from, to int) ([]string, string, bool) {
	first := d.Tokens[from]
	if !strings.HasSuffix(first.Prefix, "لل") {
		return nil, "", false
	}
	clitics := []rune(strings.TrimSuffix(first.Prefix, "ل")) // و، ف، ل before the word
	words := wordsOf(d.Tokens[from:to])
	words[0] = strings.TrimPrefix(first.Norm, string(clitics))
	surface := []rune(d.Text[first.Start:d.Tokens[to-1].End])
	if len(surface) <= len(clitics) {
		return nil, "", false
	}
	return words, string(surface[len(clitics):]), true
}

// wordsOf returns the folded words, the first without its proclitics (the
// article kept): وبالرقة → الرقه.
func wordsOf(toks []text.Token) []string {
	var out []string
	for i, t := range toks {
		if t.Kind == text.Punct {
			continue
		}
		w := t.Norm
		if i == 0 && t.Prefix != "" {
			w = strings.TrimPrefix(w, t.Prefix)
			switch {
			case t.Prefix == "لل" || strings.HasSuffix(t.Prefix, "لل"):
				w = "ال" + w
			case strings.HasSuffix(t.Prefix, "ال"):
				w = "ال" + w
			}
		}
		out = append(out, w)
	}
	if len(out) == 0 {
		out = []string{""}
	}
	return out
}

// nameOf is the text of tokens [from,to) without the first token's
// proclitics (the article kept).
func nameOf(d *text.Doc, from, to int) string {
	first := d.Tokens[from]
	surface := d.Text[first.Start:d.Tokens[to-1].End]
	p := first.Prefix
	if p == "" {
		return surface
	}
	cut, article := len(p), ""
	switch {
	case p == "لل" || strings.HasSuffix(p, "لل"):
		article = "ال"
	case strings.HasSuffix(p, "ال"):
		cut -= len("ال")
	}
	folded, off := text.FoldMap(first.Text)
	if cut > len(folded) {
		return surface
	}
	return article + surface[off[cut]:]
}

// actorVotes gives each distinct actor of the document with a known home
// country half a vote for it.
func (r *Resolver) actorVotes(ents []model.Entity) map[string]float64 {
	votes := map[string]float64{}
	if r.o.ActorCountry == nil {
		return votes
	}
	seen := map[string]bool{}
	for _, e := range ents {
		if e.KB == nil || seen[*e.KB] {
			continue
		}
		seen[*e.KB] = true
		if c := r.o.ActorCountry(*e.KB); c != "" {
			votes[c] += 0.5
		}
	}
	return votes
}

// lead returns the country with the most votes if it leads strictly.
func lead(votes map[string]float64) string {
	best, n, second := "", 0.0, 0.0
	for c, v := range votes {
		switch {
		case v > n:
			best, n, second = c, v, n
		case v > second:
			second = v
		}
	}
	if n == 0 || n <= second {
		return ""
	}
	return best
}

// focusCountry is the country most of the document's places point at: each
// mention splits one vote among the countries of its candidates, and the
// document's actors add theirs (see actorVotes). A focus needs at least one
// full vote and a strict lead.
func focusCountry(ms []mention, actorVotes map[string]float64) string {
	votes := map[string]float64{}
	for c, v := range actorVotes {
		votes[c] += v
	}
	for _, m := range ms {
		seen := map[string]bool{}
		for _, c := range m.cands {
			if c.Country != "" && !seen[c.Country] {
				seen[c.Country] = true
			}
		}
		for c := range seen {
			votes[c] += 1 / float64(len(seen))
		}
	}
	best := lead(votes)
	if votes[best] < 1 {
		return "" // no clear focus: a lone ambiguous name decides nothing
	}
	return best
}

// best picks a candidate: focus country, then feature type, then
// population.
func best(cands []gazetteer.Entry, focus, hint string) gazetteer.Entry {
	towns := map[string]bool{} // countries with a town of the name
	for _, c := range cands {
		if c.Class == "P" {
			towns[c.Country] = true
		}
	}
	bi, bs := 0, math.Inf(-1)
	for i, c := range cands {
		s := rank(c, hint) + math.Log10(float64(c.Population)+1)/2
		if focus != "" && c.Country == focus {
			s += 5
		}
		if hint == "" && isArea(c) && towns[c.Country] {
			s -= 10 // a bare name is the town rather than the area named after it (نيويورك)
		}
		if s > bs {
			bi, bs = i, s
		}
	}
	return cands[bi]
}

func rank(e gazetteer.Entry, hint string) float64 {
	r := 0.0
	switch {
	case e.Kind == "country":
		r = 8
	case isArea(e):
		switch {
		case hint == "region", hint == "subregion" && e.Code != "ADM1":
			return 12 // محافظة حلب: the governorate, not the city
		case hint == "":
			r = 1.5 // a bare حلب is the city; an area wins only where no city has its name
		}
	case e.Kind != "city":
		r = 5 // a curated district, camp, landmark or region
	case e.Code == "PPLC":
		r = 8 // a capital is what its bare name means (القاهرة), even where the article's focus country has a town of the name
	case e.Code == "PPLA":
		r = 4
	case e.Code == "PPLA2":
		r = 3
	case e.Code == "PPLA3" || e.Code == "PPLA4":
		r = 2
	case strings.HasPrefix(e.Code, "PPL"):
		r = 1
	}
	if hint == "region" && (e.Code == "PPLA" || e.Class == "A") {
		r += 2 // محافظة X: the governorate seat
	}
	if hint == "subregion" && (e.Code == "PPLA2" || e.Code == "PPLA") {
		r += 2 // قضاء X: the district seat
	}
	return r
}

// isArea reports whether an entry is an administrative area (a governorate,
// province, state, region or district) rather than a place in one.
func isArea(e gazetteer.Entry) bool {
	return e.Class == "A" && strings.HasPrefix(e.Code, "ADM")
}

// areaHint reports a head noun of an administrative area (محافظة،
// منطقة، ولاية، قضاء), which with the article still names one: «المنطقة
// الشرقية».
func areaHint(h string) bool { return h == "region" || h == "subregion" }

// areasOnly keeps the candidates that are administrative areas.
func areasOnly(c []gazetteer.Entry) []gazetteer.Entry {
	var out []gazetteer.Entry
	for _, e := range c {
		if e.Kind == "region" {
			out = append(out, e)
		}
	}
	return out
}

// parentKinds are the head nouns of places too small for the gazetteer
// (a neighbourhood, a camp, a prison, a crossing) that the text places in
// a larger one.
var parentKinds = map[string]bool{"district": true, "camp": true, "landmark": true}

// withParents adds the places the gazetteer lacks but the text places in
// one it knows: «حي الصالحين في مدينة حلب»، «مخيم الركبان قرب التنف»، «سجن
// صيدنايا بريف دمشق». Such a place takes the point of the place it is
// in, with Basis "parent": it is there, not at a point of its own.
func withParents(d *text.Doc, ps []model.Place) []model.Place {
	covered := func(start, end int) bool {
		for _, p := range ps {
			if p.Start < end && start < p.End {
				return true
			}
		}
		return false
	}
	placeAt := func(i int) *model.Place {
		if i < 0 || i >= len(d.Tokens) {
			return nil
		}
		for k := range ps {
			if ps[k].Basis == "" && ps[k].Start <= d.Tokens[i].Start && d.Tokens[i].Start < ps[k].End {
				return &ps[k]
			}
		}
		return nil
	}
	var add []model.Place
	for i := 0; i < len(d.Tokens); i++ {
		t := d.Tokens[i]
		hint, direct, ok := headOf(t.Norm)
		if t.Kind != text.Word || !ok || !direct || !parentKinds[hint] || strings.HasPrefix(strings.TrimPrefix(t.Norm, t.Prefix), "ال") {
			continue
		}
		// The name: one to three words up to في، قرب، ب (on the next word) or punctuation.
		end := i + 1
		for end < len(d.Tokens) && end <= i+3 && d.Tokens[end].Kind == text.Word && !inParentCue(d.Tokens[end]) && placeAt(end) == nil {
			end++
		}
		if end == i+1 || end >= len(d.Tokens) || particleIn(wordsOf(d.Tokens[i+1:end])) || covered(t.Start, d.Tokens[end-1].End) {
			continue
		}
		var parent *model.Place
		switch nx := d.Tokens[end]; {
		case nx.Norm == "في" || nx.Norm == "قرب" || nx.Norm == "بالقرب":
			j := end + 1
			if j < len(d.Tokens) && d.Tokens[j].Norm == "من" {
				j++
			}
			if j < len(d.Tokens) {
				if _, _, isHead := headOf(d.Tokens[j].Norm); isHead && placeAt(j) == nil {
					j++ // في مدينة حلب
				}
			}
			parent = placeAt(j)
		case baOn(nx):
			parent = placeAt(end) // بحلب، بريف دمشق (as one name)
			if _, _, isHead := headOf(nx.Norm); parent == nil && isHead {
				parent = placeAt(end + 1) // بريف + دمشق
			}
		}
		if parent == nil || parent.Kind == "country" {
			continue
		}
		kind := hint
		if kind == "camp" {
			kind = "landmark" // the contract's kinds
		}
		span := model.SpanOf(d.Text, t.Start, d.Tokens[end-1].End)
		add = append(add, model.Place{Span: span, Name: span.Text, Lat: parent.Lat, Lon: parent.Lon,
			Kind: kind, Country: parent.Country, Basis: "parent"})
		i = end - 1
	}
	if len(add) == 0 {
		return ps
	}
	out := append(append([]model.Place(nil), ps...), add...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}

// inParentCue reports a word that ends a small place's name and leads to
// the place it is in.
func inParentCue(t text.Token) bool {
	return t.Norm == "في" || t.Norm == "قرب" || t.Norm == "بالقرب" || baOn(t)
}

// baOn reports the preposition ب written on a word: split off by the
// tokenizer (بحلب), or on a head noun read with it (بريف، بمحافظة).
func baOn(t text.Token) bool {
	if strings.HasPrefix(t.Prefix, "ب") {
		return true
	}
	_, direct, ok := headOf(t.Norm)
	return ok && !direct && strings.HasPrefix(t.Norm, "ب")
}
