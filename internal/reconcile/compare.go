package reconcile

import (
	"sort"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// Compare aligns the figures of a story's documents by topic (predicate,
// what is counted, place, and for shares the side holding them) and judges
// each topic that two or more documents report with the contract's verdict
// rule. docs may hold more documents than the story; only the story's are
// read. Comparisons come sorted by topic; the list is empty, never nil,
// when there is nothing to compare.
//
// A figure's place is the place of its sentence that most of the story's
// documents name. A re-published copy and its original count as one
// document, so a topic they alone report is not compared. Sums of money
// with no predicate, and bare numbers of things, are not compared.
//
// A figure's time, for telling an update from a disagreement, is its
// article's publication time (PublishedAt, else the date): times the text
// gives are not used yet, since most of them date the event, not the count.
// A figure is an update by wording when "ارتفع ... إلى" comes right before it.
//
// A part of a group counted elsewhere ("27 من بين القتلى"، "قتلت 20 شخصا على
// الفور") is not compared as a total, unless the text says who the part
// are ("... هم من المدنيين": the civilians killed). A toll over a stated
// period ("منذ 18 شباط"، "خلال الفترة نفسها") is another topic than the toll
// of one event in the same place.
func Compare(story model.Story, docs []model.Analysis) []model.Comparison {
	inStory := docsOf(story, docs)
	weight := placeWeights(inStory, story.Duplicates)
	var all []mention
	for di, a := range inStory {
		all = append(all, mentions(di, a, publishedAt(a), weight)...)
	}
	groups := topics(all)
	out := []model.Comparison{} // never nil: the contract writes an empty array
	for _, g := range groups {
		if independentDocs(g, inStory, story.Duplicates) < 2 || !comparable(g) {
			continue
		}
		out = append(out, comparison(g, inStory, story.Duplicates, false))
	}
	out = append(out, complements(groups, inStory, story.Duplicates)...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Topic < out[j].Topic })
	return out
}

// docsOf returns the story's documents in the story's order.
func docsOf(story model.Story, docs []model.Analysis) []model.Analysis {
	byID := make(map[string]int, len(docs))
	for i, a := range docs {
		byID[a.ID] = i
	}
	out := make([]model.Analysis, 0, len(story.Documents))
	for _, id := range story.Documents {
		if i, ok := byID[id]; ok {
			out = append(out, docs[i])
		}
	}
	return out
}

// publishedAt returns the document's publication time: PublishedAt when
// given, else the publication date at midnight UTC, else zero.
func publishedAt(a model.Analysis) time.Time {
	if t, err := time.Parse(time.RFC3339, a.PublishedAt); err == nil {
		return t
	}
	if t, err := time.Parse(model.DateLayout, a.Published); err == nil {
		return t
	}
	return time.Time{}
}

// placeWeights counts, for each place name (folded), the story's documents
// that name it, a re-published copy not counted: the place a story is about
// is the one most of its reports name.
func placeWeights(docs []model.Analysis, dups map[string]string) map[string]int {
	w := map[string]int{}
	for _, a := range docs {
		if dups[a.ID] != "" {
			continue
		}
		seen := map[string]bool{}
		for _, p := range a.Places {
			if k := text.Fold(placeName(p)); !seen[k] {
				seen[k] = true
				w[k]++
			}
		}
	}
	return w
}

// comparable reports whether a topic is worth comparing. A sum of money
// with no predicate is compared only when every report gives the same sum
// («مكافأة قدرها 25 مليون دولار» in two reports): its currency says what it
// is counted in, not what it pays for, so two different sums in one story
// are seldom one thing, while one sum repeated by independent reports is a
// fact they agree on.
func comparable(g *group) bool {
	if g.key.predicate != "" || !strings.HasPrefix(g.key.subject, "money") {
		return true
	}
	first := g.mentions[0].q.Value
	for _, m := range g.mentions {
		if first == nil || m.q.Value == nil || *m.q.Value != *first || m.q.Approx != g.mentions[0].q.Approx {
			return false
		}
	}
	return true
}

// independentDocs counts the documents of a topic, a re-published copy and
// its original counting once.
func independentDocs(g *group, docs []model.Analysis, dups map[string]string) int {
	seen := map[string]bool{}
	for _, m := range g.mentions {
		id := docs[m.doc].ID
		for n := 0; dups[id] != "" && n < len(docs); n++ {
			id = dups[id]
		}
		seen[id] = true
	}
	return len(seen)
}

func distinctDocs(g *group) int {
	seen := map[int]bool{}
	for _, m := range g.mentions {
		seen[m.doc] = true
	}
	return len(seen)
}

// comparison builds the record of one topic and judges it.
func comparison(g *group, docs []model.Analysis, dups map[string]string, complement bool) model.Comparison {
	c := model.Comparison{
		Topic: topicName(g.key), Unit: unitOf(g), Place: g.key.place,
		Predicate: g.key.predicate, Complement: complement,
	}
	figs := make([]Figure, 0, len(g.mentions))
	sources := map[string]bool{}
	for _, m := range g.mentions {
		cc := comparedClaim(m, docs, dups)
		sources[cc.Source] = true
		c.Claims = append(c.Claims, cc)
		figs = append(figs, m.fig)
	}
	c.Sources = len(sources)
	c.Verdict = Verdict(figs, running[g.key.predicate])
	return c
}

// unitOf returns the unit of a topic's figures (the first one's).
func unitOf(g *group) string {
	return g.mentions[0].q.Unit
}

// comparedClaim lists one figure with its speaker, chain, outlet and span.
func comparedClaim(m mention, docs []model.Analysis, dups map[string]string) model.ComparedClaim {
	a := docs[m.doc]
	cc := model.ComparedClaim{
		Document: a.ID, Quantity: m.quantity, Claim: m.claim, Via: []string{},
		Outlet: a.Outlet, Min: m.fig.Min, Max: m.fig.Max, Value: m.q.Value, Approx: m.q.Approx,
		Text: m.q.Text, Start: m.q.Start, End: m.q.End,
	}
	if !m.fig.Time.IsZero() {
		cc.AsOf = m.fig.Time.Format(time.RFC3339)
	}
	if m.claim != nil && *m.claim < len(a.Claims) {
		cl := a.Claims[*m.claim]
		if cl.Speaker != nil {
			cc.Speaker = nameOr(cl.Speaker.Name, cl.Speaker.Text)
		}
		for _, v := range cl.Via {
			cc.Via = append(cc.Via, nameOr(v.Name, v.Text))
		}
	}
	cc.Source = origin(cc, a, docs, dups)
	return cc
}

func nameOr(name, txt string) string {
	if name != "" {
		return name
	}
	return txt
}

// origin returns the independent source a figure comes from: its speaker
// (two outlets quoting one speaker, directly or through an agency, are one
// source); else the agency it came through; else the outlet itself, or the
// outlet of the document it re-publishes.
func origin(cc model.ComparedClaim, a model.Analysis, docs []model.Analysis, dups map[string]string) string {
	switch {
	case cc.Speaker != "":
		return "speaker:" + text.Fold(cc.Speaker)
	case len(cc.Via) > 0:
		return "via:" + text.Fold(cc.Via[len(cc.Via)-1])
	}
	id := a.ID
	for seen := 0; dups[id] != "" && seen < len(docs); seen++ {
		id = dups[id]
	}
	for _, d := range docs {
		if d.ID == id && d.Outlet != "" {
			return "outlet:" + d.Outlet
		}
	}
	return "outlet:" + nameOr(a.Outlet, a.ID)
}

// predicateNames are the English words of the predicates in topic names.
var predicateNames = map[string]string{
	Killed: "killed", Wounded: "wounded", Displaced: "displaced", Evacuated: "evacuated",
	Arrested: "arrested", Surrendered: "surrendered", Remaining: "remaining", Controlled: "held",
}

// topicName writes a topic in words: "civilians killed in دوما".
func topicName(k topicKey) string {
	parts := []string{strings.ReplaceAll(k.subject, ":", " ")}
	if k.predicate == Controlled && strings.HasPrefix(k.subject, "percent") {
		parts = []string{"share"}
	}
	if p := predicateNames[k.predicate]; p != "" {
		parts = append(parts, p)
	}
	if k.holder != "" {
		parts = append(parts, "by "+k.holder)
	}
	if k.place != "" {
		parts = append(parts, "in "+k.place)
	}
	if k.planned {
		parts = append(parts, "(planned)")
	}
	return strings.Join(parts, " ")
}
