package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// The queries in this file serve the web UI and the JSON API. They read the
// stored analysis records (JSON) and filter them in Go: the records are the
// source of truth and their arrays are small, so a scan is simple and, for
// the sizes an analyst's desk holds, fast enough.

// RecordQuery selects analysis records by story, outlet and publication date.
type RecordQuery struct {
	Story  string // a story id: only its documents
	Outlet string
	From   string // YYYY-MM-DD, inclusive
	To     string // YYYY-MM-DD, inclusive
}

// Records returns the records of the given article ids, in the order given;
// ids that are not stored are skipped.
func (s *Store) Records(ctx context.Context, ids []string) ([]Record, error) {
	byID := make(map[string]Record, len(ids))
	const chunk = 400
	for lo := 0; lo < len(ids); lo += chunk {
		part := ids[lo:min(lo+chunk, len(ids))]
		args := make([]any, len(part))
		for i, id := range part {
			args[i] = id
		}
		rows, err := s.db.QueryContext(ctx, `SELECT `+prefixed("a.", articleColumns)+`, n.record
			FROM articles a LEFT JOIN analyses n ON n.article_id = a.id WHERE a.id IN (?`+strings.Repeat(",?", len(part)-1)+`)`, args...)
		if err != nil {
			return nil, fmt.Errorf("store: records: %w", err)
		}
		for rows.Next() {
			var rec sql.NullString
			a, err := scanArticle(scanFunc(func(dst ...any) error { return rows.Scan(append(dst, &rec)...) }))
			if err != nil {
				rows.Close()
				return nil, fmt.Errorf("store: records: %w", err)
			}
			r := Record{Article: a, Analysis: model.NewAnalysis(a)}
			if rec.Valid {
				if err := json.Unmarshal([]byte(rec.String), &r.Analysis); err != nil {
					rows.Close()
					return nil, fmt.Errorf("store: record %s: %w", a.ID, err)
				}
			}
			byID[a.ID] = r
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, fmt.Errorf("store: records: %w", err)
		}
	}
	out := make([]Record, 0, len(ids))
	for _, id := range ids {
		if r, ok := byID[id]; ok {
			out = append(out, r)
		}
	}
	return out, nil
}

// StoryRecords returns a story with the records of its documents, in the
// story's order.
func (s *Store) StoryRecords(ctx context.Context, id string) (model.Story, []Record, error) {
	st, err := s.Story(ctx, id)
	if err != nil {
		return st, nil, err
	}
	recs, err := s.Records(ctx, st.Documents)
	return st, recs, err
}

// eachAnalysis calls fn with every stored analysis that q selects, newest
// article first.
func (s *Store) eachAnalysis(ctx context.Context, q RecordQuery, fn func(model.Analysis) error) error {
	return s.eachAnalysisWhere(ctx, q, "", nil, fn)
}

// eachAnalysisWhere is eachAnalysis with a further condition on articles a.
func (s *Store) eachAnalysisWhere(ctx context.Context, q RecordQuery, extra string, extraArgs []any, fn func(model.Analysis) error) error {
	aq := ArticleQuery{Outlet: q.Outlet, From: q.From, To: q.To}
	cond, args := aq.where("a.")
	cond += extra
	args = append(args, extraArgs...)
	if q.Story != "" {
		cond += ` AND a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)`
		args = append(args, q.Story)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT n.record FROM articles a JOIN analyses n ON n.article_id = a.id
		WHERE 1=1`+cond+` ORDER BY a.published DESC, a.id`, args...)
	if err != nil {
		return fmt.Errorf("store: analyses: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var rec string
		if err := rows.Scan(&rec); err != nil {
			return fmt.Errorf("store: analyses: %w", err)
		}
		var an model.Analysis
		if err := json.Unmarshal([]byte(rec), &an); err != nil {
			return fmt.Errorf("store: analyses: %w", err)
		}
		if err := fn(an); err != nil {
			return err
		}
	}
	return rows.Err()
}

// EventItem is one event of one article, with the names, place and date its
// indexes point to resolved, ready to list or map.
type EventItem struct {
	ArticleID string `json:"article_id"`
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Index     int    `json:"index"` // position in the article's events
	Type      string `json:"type"`
	Date      string `json:"date"` // the event's date, else its time's value, else the publication date
	Text      string `json:"text"` // the span the event covers (its trigger)
	// Sentence is the sentence that holds the event's span, with its offsets
	// in the article's text, so a reader sees the event in its words.
	Sentence model.Span `json:"sentence"`
	Actors   []string   `json:"actors"`
	Targets  []string   `json:"targets"`
	// Figures are the event's counts (what each figure counts) and its other
	// quantities, resolved.
	Figures []EventFigure `json:"figures"`
	Place   *model.Place  `json:"place"`
	Claim   *model.Claim  `json:"claim,omitempty"`
	Event   model.Event   `json:"event"`
}

// EventFigure is one quantity of an event and, when the event counts it,
// what it counts (killed, wounded...) and whom.
type EventFigure struct {
	Metric   string         `json:"metric,omitempty"`
	Subject  string         `json:"subject,omitempty"`
	Quantity model.Quantity `json:"quantity"`
}

// EventQuery filters events: records as RecordQuery, then by type and by the
// event's own date.
type EventQuery struct {
	RecordQuery
	Type   string
	Limit  int
	Offset int
}

// Events lists the events of the stored analyses that q selects, newest
// article first, a page and the total.
func (s *Store) Events(ctx context.Context, q EventQuery) ([]EventItem, int, error) {
	// The events table holds each event resolved: only its rows are read,
	// in the order of the articles (newest first), not every analysis.
	aq := ArticleQuery{Outlet: q.Outlet} // an event's own date decides, not its article's
	cond, args := aq.where("a.")
	if q.Story != "" {
		cond += ` AND a.id IN (SELECT article_id FROM story_articles WHERE story_id = ?)`
		args = append(args, q.Story)
	}
	if q.Type != "" {
		cond += ` AND e.type = ?`
		args = append(args, q.Type)
	}
	from := ` FROM events e JOIN articles a ON a.id = e.article_id WHERE 1=1` + cond
	paged := q.From == "" && q.To == "" // with no date to filter in Go, SQL pages
	total := 0
	if paged {
		if err := s.db.QueryRowContext(ctx, `SELECT COUNT(*)`+from, args...).Scan(&total); err != nil {
			return nil, 0, fmt.Errorf("store: events: %w", err)
		}
		limit := q.Limit
		if limit <= 0 {
			limit = 50 // as page does
		}
		from += fmt.Sprintf(` ORDER BY a.published DESC, a.id, e.idx LIMIT %d OFFSET %d`, limit, max(q.Offset, 0))
	} else {
		from += ` ORDER BY a.published DESC, a.id, e.idx`
	}
	rows, err := s.db.QueryContext(ctx, `SELECT e.item`+from, args...)
	if err != nil {
		return nil, 0, fmt.Errorf("store: events: %w", err)
	}
	defer rows.Close()
	var all []EventItem
	for rows.Next() {
		var raw string
		if err := rows.Scan(&raw); err != nil {
			return nil, 0, fmt.Errorf("store: events: %w", err)
		}
		var it EventItem
		if err := json.Unmarshal([]byte(raw), &it); err != nil {
			return nil, 0, fmt.Errorf("store: events: %w", err)
		}
		if inRange(it.Date, q.From, q.To) {
			all = append(all, it)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, 0, fmt.Errorf("store: events: %w", err)
	}
	if paged {
		if all == nil {
			all = []EventItem{}
		}
		return all, total, nil
	}
	return page(all, q.Limit, q.Offset), len(all), nil
}

// ResolveEvents returns every event of an with its indexes resolved; the
// text is split into sentences once.
func ResolveEvents(an model.Analysis) []EventItem {
	if len(an.Events) == 0 {
		return nil
	}
	sents := text.Sentences(an.Text)
	out := make([]EventItem, len(an.Events))
	for i := range an.Events {
		out[i] = resolveEvent(an, i, sents)
	}
	return out
}

// ResolveEvent returns event i of an with its indexes resolved.
func ResolveEvent(an model.Analysis, i int) EventItem {
	return resolveEvent(an, i, text.Sentences(an.Text))
}

func resolveEvent(an model.Analysis, i int, sents []text.Sentence) EventItem {
	ev := an.Events[i]
	it := EventItem{ArticleID: an.ID, Outlet: an.Outlet, Published: an.Published, Index: i,
		Type: ev.Type, Date: ev.Date, Event: ev, Actors: []string{}, Targets: []string{}, Figures: []EventFigure{}}
	if ev.Start >= 0 && ev.Start <= ev.End && ev.End <= len(an.Text) {
		it.Text = an.Text[ev.Start:ev.End]
		it.Sentence = sentenceAround(an.Text, sents, ev.Start, ev.End)
	}
	it.Figures = eventFigures(an, ev)
	it.Actors = entityNames(an, ev.Actors)
	it.Targets = entityNames(an, ev.Targets)
	if ev.Place != nil && *ev.Place >= 0 && *ev.Place < len(an.Places) {
		p := an.Places[*ev.Place]
		it.Place = &p
	}
	if ev.Claim != nil && *ev.Claim >= 0 && *ev.Claim < len(an.Claims) {
		c := an.Claims[*ev.Claim]
		it.Claim = &c
	}
	if it.Date == "" && ev.Time != nil && *ev.Time >= 0 && *ev.Time < len(an.Times) {
		it.Date = an.Times[*ev.Time].Value
	}
	if it.Date == "" {
		it.Date = an.Published
	}
	return it
}

// sentenceAround returns the sentence holding [start,end), or the span
// itself when no sentence holds it whole.
func sentenceAround(txt string, sents []text.Sentence, start, end int) model.Span {
	for _, s := range sents {
		if s.Start <= start && end <= s.End {
			return model.SpanOf(txt, s.Start, s.End)
		}
	}
	return model.SpanOf(txt, start, end)
}

// eventFigures lists the event's counts first, then its other quantities.
func eventFigures(an model.Analysis, ev model.Event) []EventFigure {
	out := []EventFigure{}
	seen := map[int]bool{}
	for _, c := range ev.Counts {
		if c.Quantity >= 0 && c.Quantity < len(an.Quantities) && !seen[c.Quantity] {
			seen[c.Quantity] = true
			out = append(out, EventFigure{Metric: c.Metric, Subject: c.Subject, Quantity: an.Quantities[c.Quantity]})
		}
	}
	for _, q := range ev.Quantities {
		if q >= 0 && q < len(an.Quantities) && !seen[q] {
			seen[q] = true
			out = append(out, EventFigure{Quantity: an.Quantities[q]})
		}
	}
	return out
}

func entityNames(an model.Analysis, idx []int) []string {
	out := []string{}
	for _, i := range idx {
		if i >= 0 && i < len(an.Entities) {
			out = append(out, orText(an.Entities[i].Name, an.Entities[i].Text))
		}
	}
	return out
}

// inRange compares ISO dates (or their prefixes: 2031-10, 2031-W41 sorts
// near its month) with inclusive bounds; an empty date passes only when no
// bound is set.
func inRange(date, from, to string) bool {
	if from == "" && to == "" {
		return true
	}
	if date == "" {
		return false
	}
	if from != "" && date < from[:min(len(from), len(date))] {
		return false
	}
	return to == "" || date[:min(len(date), len(to))] <= to
}

func page[T any](all []T, limit, offset int) []T {
	if limit <= 0 {
		limit = 50
	}
	if offset >= len(all) {
		return []T{}
	}
	return all[offset:min(len(all), offset+limit)]
}

// PlacePoint is a place with coordinates and how often the selected records
// mention it.
type PlacePoint struct {
	Name     string   `json:"name"`
	NameEn   string   `json:"name_en"`
	Kind     string   `json:"kind"`
	Country  string   `json:"country"`
	Lat      float64  `json:"lat"`
	Lon      float64  `json:"lon"`
	Count    int      `json:"count"`
	Articles []string `json:"articles"`
	// Basis is how the point was found (model.Place.Basis): "" from the
	// gazetteer, "parent" from the place the text puts it in.
	Basis string `json:"basis,omitempty"`
}

// Places lists the places with coordinates mentioned by the records q
// selects, most mentioned first.
func (s *Store) Places(ctx context.Context, q RecordQuery, limit int) ([]PlacePoint, error) {
	byKey := map[string]*PlacePoint{}
	var order []string
	err := s.eachAnalysis(ctx, q, func(an model.Analysis) error {
		for _, p := range an.Places {
			if p.Lat == 0 && p.Lon == 0 {
				continue
			}
			key := p.Gazetteer
			if key == "" {
				key = MentionKey(orText(p.Name, p.Text))
			}
			pp := byKey[key]
			if pp == nil {
				pp = &PlacePoint{Name: orText(p.Name, p.Text), NameEn: p.NameEn, Kind: p.Kind,
					Country: p.Country, Lat: p.Lat, Lon: p.Lon, Articles: []string{}, Basis: p.Basis}
				byKey[key] = pp
				order = append(order, key)
			}
			pp.Count++
			if n := len(pp.Articles); n == 0 || pp.Articles[n-1] != an.ID {
				pp.Articles = append(pp.Articles, an.ID)
			}
		}
		return nil
	})
	out := make([]PlacePoint, 0, len(order))
	for _, k := range order {
		out = append(out, *byKey[k])
	}
	sortStable(out, func(a, b PlacePoint) bool { return a.Count > b.Count })
	return page(out, limit, 0), err
}

// ClaimItem is one claim of one article, with its quantities resolved.
type ClaimItem struct {
	ArticleID  string           `json:"article_id"`
	Title      string           `json:"title"`
	Outlet     string           `json:"outlet"`
	Published  string           `json:"published"`
	Index      int              `json:"index"`
	Claim      model.Claim      `json:"claim"`
	Quantities []model.Quantity `json:"quantities"`
}

func claimItem(an model.Analysis, i int) ClaimItem {
	c := an.Claims[i]
	it := ClaimItem{ArticleID: an.ID, Title: an.Title, Outlet: an.Outlet, Published: an.Published,
		Index: i, Claim: c, Quantities: []model.Quantity{}}
	for _, qi := range c.Quantities {
		if qi >= 0 && qi < len(an.Quantities) {
			it.Quantities = append(it.Quantities, an.Quantities[qi])
		}
	}
	return it
}

// SearchClaims finds claims whose words, or speaker or via names, hold every
// term of query, compared in the matching form; newest article first.
func (s *Store) SearchClaims(ctx context.Context, query string, q RecordQuery, limit, offset int) ([]ClaimItem, int, error) {
	terms := strings.Fields(text.Fold(text.Normalize(query)))
	if len(terms) == 0 {
		return []ClaimItem{}, 0, nil
	}
	// Only the articles the search index finds with every word can hold a
	// claim with every word: their analyses are the ones read.
	var extra string
	var extraArgs []any
	if st := text.Terms(text.Normalize(query)); len(st) > 0 {
		quoted := make([]string, len(st))
		for i, t := range st {
			quoted[i] = quote(t)
		}
		extra = ` AND a.rowid IN (SELECT rowid FROM article_terms WHERE article_terms MATCH ?)`
		extraArgs = []any{strings.Join(quoted, " AND ")}
	}
	var all []ClaimItem
	err := s.eachAnalysisWhere(ctx, q, extra, extraArgs, func(an model.Analysis) error {
		for i, c := range an.Claims {
			if containsAll(claimHaystack(c), terms) {
				all = append(all, claimItem(an, i))
			}
		}
		return nil
	})
	return page(all, limit, offset), len(all), err
}

func claimHaystack(c model.Claim) string {
	parts := []string{c.Text, c.Cue}
	if c.Speaker != nil {
		parts = append(parts, c.Speaker.Text, c.Speaker.Name)
	}
	for _, v := range c.Via {
		parts = append(parts, v.Text, v.Name)
	}
	return text.Fold(strings.Join(parts, " "))
}

func containsAll(hay string, terms []string) bool {
	for _, t := range terms {
		if !strings.Contains(hay, t) {
			return false
		}
	}
	return true
}

// EntityPage gathers what the store knows about one name: the names and
// spellings it goes by, where it is mentioned, the claims it made and the
// events it took part in.
type EntityPage struct {
	Name     string      `json:"name"`
	Key      string      `json:"key"`
	Type     string      `json:"type"`
	Kind     string      `json:"kind,omitempty"`
	NameEn   string      `json:"name_en,omitempty"`
	Aliases  []string    `json:"aliases"`
	Mentions []Mention   `json:"mentions"`
	Claims   []ClaimItem `json:"claims"`
	Via      []ClaimItem `json:"via"` // claims that came through it
	Events   []EntityRef `json:"events"`
	// Articles are the articles that mention it, in the order of the
	// mentions (for pages; the API lists the mentions).
	Articles []Summary `json:"-"`
}

// EntityRef is an event an entity took part in, and in which role.
type EntityRef struct {
	Role string `json:"role"` // actor, target, or place (the event happened there)
	EventItem
}

// Entity returns the page of a name (any spelling whose matching form equals
// the name's), or ErrNotFound when nothing mentions it.
func (s *Store) Entity(ctx context.Context, name string, limit int) (EntityPage, error) {
	key := MentionKey(name)
	p := EntityPage{Key: key, Aliases: []string{}, Claims: []ClaimItem{}, Via: []ClaimItem{}, Events: []EntityRef{}}
	if strings.TrimSpace(key) == "" {
		return p, fmt.Errorf("store: entity %q: %w", name, ErrNotFound)
	}
	ms, err := s.Mentions(ctx, name, limit)
	if err != nil {
		return p, err
	}
	if len(ms) == 0 {
		return p, fmt.Errorf("store: entity %q: %w", name, ErrNotFound)
	}
	p.Mentions, p.Name, p.Type = ms, ms[0].Name, ms[0].Type
	var ids []string
	seen := map[string]bool{}
	for _, m := range ms {
		if !seen[m.ArticleID] {
			seen[m.ArticleID] = true
			ids = append(ids, m.ArticleID)
		}
	}
	recs, err := s.Records(ctx, ids)
	if err != nil {
		return p, err
	}
	aliases := map[string]bool{}
	for _, r := range recs {
		p.collect(r.Analysis, aliases)
		a := r.Article
		p.Articles = append(p.Articles, Summary{ID: a.ID, Title: a.Title, Outlet: a.Outlet, URL: a.URL, Published: a.Published, Language: a.Language})
	}
	return p, nil
}

// collect adds what one analysis says about the page's entity.
func (p *EntityPage) collect(an model.Analysis, aliases map[string]bool) {
	matches := map[int]bool{}
	alias := func(s string) {
		if s != "" && !aliases[s] {
			aliases[s] = true
			p.Aliases = append(p.Aliases, s)
		}
	}
	for i, e := range an.Entities {
		if MentionKey(orText(e.Name, e.Text)) == p.Key {
			matches[i] = true
			alias(e.Name)
			alias(e.Text)
			p.Kind, p.NameEn = firstOf(p.Kind, e.Kind), firstOf(p.NameEn, e.NameEn)
		}
	}
	places := map[int]bool{}
	for i, pl := range an.Places {
		if MentionKey(orText(pl.Name, pl.Text)) == p.Key {
			places[i] = true
			alias(pl.Name)
			alias(pl.Text)
		}
	}
	for i, c := range an.Claims {
		if sp := c.Speaker; sp != nil && (MentionKey(orText(sp.Name, sp.Text)) == p.Key || (sp.Entity != nil && matches[*sp.Entity])) {
			if sp.Entity != nil && matches[*sp.Entity] {
				alias(sp.Text) // a name, not a back-reference such as "وأضاف"
			}
			p.Claims = append(p.Claims, claimItem(an, i))
		}
		for _, v := range c.Via {
			if MentionKey(orText(v.Name, v.Text)) == p.Key {
				alias(v.Text)
				p.Via = append(p.Via, claimItem(an, i))
				break
			}
		}
	}
	for i, ev := range an.Events {
		role := roleIn(ev, matches)
		if role == "" && ev.Place != nil && places[*ev.Place] {
			role = "place"
		}
		if role != "" {
			p.Events = append(p.Events, EntityRef{Role: role, EventItem: ResolveEvent(an, i)})
		}
	}
}

func roleIn(ev model.Event, matches map[int]bool) string {
	for _, a := range ev.Actors {
		if matches[a] {
			return "actor"
		}
	}
	for _, t := range ev.Targets {
		if matches[t] {
			return "target"
		}
	}
	return ""
}

func firstOf(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func isNotFound(err error) bool { return errors.Is(err, ErrNotFound) }

func sortStable[T any](s []T, less func(a, b T) bool) {
	sort.SliceStable(s, func(i, j int) bool { return less(s[i], s[j]) })
}
