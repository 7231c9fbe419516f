package eval

import (
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/extract/claim"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/text"
)

// Claims scores attribution on gold-dev: for each gold quantity with a
// speaker, whether the claim holding it names the same speaker and the same
// via; for the outlet's own figures, the share left unattributed. The gold
// quantities are given to the extractor as its Input (oracle spans), so the
// figures measure attribution alone. It also writes a sample of 50 claims to
// docs/eval/claims-sample.md for a precision check by hand.
var Claims = Section{Name: "claims", Run: runClaims}

// SampleFile is where the claims section writes its sample.
const SampleFile = "docs/eval/claims-sample.md"

type claimsDoc struct {
	id, outlet string
	text       string
	article    model.Article
	gold       []goldQuantity
	claims     []model.Claim
}

func runClaims(data string, r *Report) error {
	var sample []claimSampleRow
	for _, set := range activeSets() {
		docs, err := loadClaimDocs(data, set)
		if err != nil {
			return err
		}
		rows := claimsOracle(docs, set, r)
		if set == goldDevSet {
			sample = rows
		}
		if err := claimsEndToEnd(docs, set, r); err != nil {
			return err
		}
	}
	r.Add("claims", "precision sample", SampleFile, "50 claims spread over gold-dev, to judge by hand (not committed: it quotes article text)")
	if err := writeClaimSample(sample, 50); err != nil {
		return err
	}
	return claimsOtherMonths(data, r)
}

// claimsOracle scores attribution alone on one gold set: the gold quantity
// spans are the extractor's input. It returns every claim found, for the
// precision sample.
func claimsOracle(docs []*claimsDoc, set goldSet, r *Report) []claimSampleRow {
	ex := claim.New(claim.Options{})
	verbose := os.Getenv("MARSAD_EVAL_VERBOSE") != "" && set.Tuned // test errors are looked at in aggregate only
	var spk, spkOK, spkExact, viaOK, gvia, gviaOK, own, ownFree, falseVia int
	var sample []claimSampleRow
	for _, d := range docs {
		in := claim.Input{Outlet: d.outlet}
		for _, g := range d.gold {
			in.Quantities = append(in.Quantities, model.Quantity{Span: model.SpanOf(d.text, g.Start, g.End)})
		}
		d.claims = ex.Extract(text.Read(d.text), in)
		for i, g := range d.gold {
			c := holdingClaim(d.claims, i)
			if g.Speaker == nil {
				own++
				if c == nil {
					ownFree++
				} else if verbose {
					fmt.Fprintf(os.Stderr, "OWN-ATTRIBUTED %s %q -> %s\n", d.id, g.Text, describeClaim(c))
				}
				continue
			}
			spk++
			okS := c != nil && (sameClaimName(*g.Speaker, c.Speaker.Name) || sameClaimName(*g.Speaker, c.Speaker.Text))
			if okS {
				spkOK++
			}
			if c != nil && strings.Join(claimNameWords(*g.Speaker), " ") == strings.Join(claimNameWords(c.Speaker.Name), " ") {
				spkExact++
			} else if verbose && okS {
				fmt.Fprintf(os.Stderr, "INEXACT %s %q gold=%s -> %s\n", d.id, g.Text, *g.Speaker, describeClaim(c))
			}
			okV := sameClaimVia(g.Via, c)
			if okV {
				viaOK++
			}
			if g.Via != nil {
				gvia++
				if okV {
					gviaOK++
				}
			} else if c != nil && len(c.Via) > 0 {
				falseVia++
			}
			if verbose && (!okS || !okV) {
				fmt.Fprintf(os.Stderr, "MISS %s %q gold=%s via=%v -> %s\n", d.id, g.Text, *g.Speaker, claimsOr(g.Via), describeClaim(c))
			}
		}
		for _, c := range d.claims {
			sample = append(sample, claimSampleRow{doc: d.id, c: c})
		}
	}
	const sec = "claims"
	name := set.Name + " "
	note := set.Name + ", ORACLE input: gold quantity spans, no entities" + tunedNote(set)
	r.Add(sec, name+"speaker accuracy (gold quantities with a speaker)", Pct(spkOK, spk), note+"; target ≥ 90%")
	r.Add(sec, name+"speaker exact (same folded words as the gold name)", Pct(spkExact, spk), note+"; stricter than the lenient match")
	r.Add(sec, name+"via accuracy (gold quantities with a speaker)", Pct(viaOK, spk), note+"; target ≥ 90%; no via = empty via")
	r.Add(sec, name+"via recall (gold quantities with a via)", Pct(gviaOK, gvia), note)
	r.Add(sec, name+"false via (speaker quantities, gold has none)", fmt.Sprint(falseVia), note)
	r.Add(sec, name+"outlet's own figures left unattributed", Pct(ownFree, own), note)
	r.Add(sec, name+"claims found", fmt.Sprint(len(sample)), fmt.Sprintf("%d documents", len(docs)))
	return sample
}

func claimsOr(s *string) string {
	if s == nil {
		return "-"
	}
	return *s
}

func describeClaim(c *model.Claim) string {
	if c == nil {
		return "no claim"
	}
	var via []string
	for _, v := range c.Via {
		via = append(via, v.Name)
	}
	return fmt.Sprintf("%s [%s|%s] cue=%s kind=%s via=%v", c.Speaker.Name, c.Speaker.Text, c.Speaker.Role, c.Cue, c.Kind, via)
}

// loadClaimDocs reads a gold set and the texts of its documents.
func loadClaimDocs(data string, set goldSet) ([]*claimsDoc, error) {
	g, arts, err := readGoldArticles(data, set)
	if err != nil {
		return nil, err
	}
	byID := map[string]*claimsDoc{}
	for id, d := range g.Docs {
		byID[id] = &claimsDoc{id: id, outlet: d.Outlet, article: arts[id], text: arts[id].Text}
	}
	for _, q := range g.Quantities {
		if d := byID[q.Doc]; d != nil {
			d.gold = append(d.gold, q)
		}
	}
	var out []*claimsDoc
	for _, d := range byID {
		if d.text == "" {
			return nil, fmt.Errorf("%s document %s: no text in the sample", set.Name, d.id)
		}
		sort.SliceStable(d.gold, func(i, j int) bool { return d.gold[i].Start < d.gold[j].Start })
		for _, q := range d.gold {
			if q.End > len(d.text) || d.text[q.Start:q.End] != q.Text {
				return nil, fmt.Errorf("%s %s: span %d-%d is not %q", set.Name, d.id, q.Start, q.End, q.Text)
			}
		}
		out = append(out, d)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].id < out[j].id })
	return out, nil
}

// holdingClaim returns the smallest claim that holds quantity q, or nil.
func holdingClaim(claims []model.Claim, q int) *model.Claim {
	var best *model.Claim
	for i := range claims {
		c := &claims[i]
		for _, x := range c.Quantities {
			if x == q && (best == nil || c.End-c.Start < best.End-best.Start) {
				best = c
			}
		}
	}
	return best
}

// sameClaimVia reports whether a claim's vias match the gold via: none for none,
// else exactly one that names it.
func sameClaimVia(gold *string, c *model.Claim) bool {
	if c == nil || len(c.Via) == 0 {
		return gold == nil
	}
	if gold == nil || len(c.Via) != 1 {
		return false
	}
	return sameClaimName(*gold, c.Via[0].Name) || sameClaimName(*gold, c.Via[0].Text)
}

// claimNameNoise are words that do not tell two names apart: وكالة (الأنباء)
// and the prepositions في and من.
var claimNameNoise = map[string]bool{"وكاله": true, "انباء": true, "للانباء": true, "في": true, "من": true}

// sameClaimName compares two names leniently: folded words without clitics, a
// word matching another when equal or (four letters or more) one edit apart
// (شويغو/شويجو، سورية/سوريا); a match needs a Dice overlap of at least 0.6.
func sameClaimName(a, b string) bool {
	wa, wb := claimNameWords(a), claimNameWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	used := make([]bool, len(wb))
	m := 0
	for _, x := range wa {
		for j, y := range wb {
			if !used[j] && closeClaimWords(x, y) {
				used[j] = true
				m++
				break
			}
		}
	}
	return float64(2*m) >= 0.6*float64(len(wa)+len(wb))
}

// sameClaimWords reports whether two names have the same folded words.
func sameClaimWords(a, b string) bool {
	return strings.Join(claimNameWords(a), " ") == strings.Join(claimNameWords(b), " ")
}

func claimNameWords(s string) []string {
	var out []string
	for _, t := range text.Tokenize(text.Fold(s)) {
		if t.Kind == text.Punct {
			continue
		}
		w := t.Base
		if claimNameNoise[w] || claimNameNoise[t.Norm] {
			continue
		}
		out = append(out, w)
	}
	return out
}

func closeClaimWords(a, b string) bool {
	if a == b {
		return true
	}
	ra, rb := []rune(a), []rune(b)
	if len(ra) < 4 || len(rb) < 4 {
		return false
	}
	return claimEditDistance(ra, rb) <= 1
}

func claimEditDistance(a, b []rune) int {
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

type claimSampleRow struct {
	doc string
	c   model.Claim
}

// writeClaimSample writes n claims spread evenly over all claims found, with a
// short excerpt of their content, for judging by hand.
func writeClaimSample(rows []claimSampleRow, n int) error {
	if err := os.MkdirAll(filepath.Dir(SampleFile), 0o755); err != nil {
		return fmt.Errorf("write claims sample: %w", err)
	}
	var b strings.Builder
	b.WriteString("# Claims sample on gold-dev (precision check)\n\n")
	b.WriteString("Written by `make eval` (section claims): every k-th claim found over the 25 gold-dev articles.\n")
	b.WriteString("Excerpts are cut to the first words of the content. Judge: is the speaker a real speaker of the content?\n\n")
	b.WriteString("| # | document | cue | kind | speaker (as written) | resolved name | role | via | content starts |\n")
	b.WriteString("|---|---|---|---|---|---|---|---|---|\n")
	step := 1.0
	if len(rows) > n {
		step = float64(len(rows)) / float64(n)
	}
	for i := 0; i < n && int(float64(i)*step) < len(rows); i++ {
		r := rows[int(float64(i)*step)]
		var via []string
		for _, v := range r.c.Via {
			via = append(via, v.Name)
		}
		fmt.Fprintf(&b, "| %d | %s | %s | %s | %s | %s | %s | %s | %s |\n", i+1, r.doc, claimCell(r.c.Cue), r.c.Kind,
			claimCell(r.c.Speaker.Text), claimCell(r.c.Speaker.Name), claimCell(r.c.Speaker.Role), claimCell(strings.Join(via, "، ")), claimCell(claimFirstWords(r.c.Text, 8)))
	}
	if err := os.WriteFile(SampleFile, []byte(b.String()), 0o644); err != nil {
		return fmt.Errorf("write claims sample: %w", err)
	}
	return nil
}

func claimCell(s string) string {
	return strings.NewReplacer("|", "\\|", "\n", " ").Replace(s)
}

func claimFirstWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) > n {
		return strings.Join(f[:n], " ") + " …"
	}
	return strings.Join(f, " ")
}

// claimsEndToEnd scores attribution on the real pipeline's output: our own
// quantities, entities, places and times, then our claims. Each gold quantity
// is matched to the quantities of ours that overlap its span, and to the
// smallest claim holding one of them.
func claimsEndToEnd(docs []*claimsDoc, set goldSet, r *Report) error {
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	verbose := os.Getenv("MARSAD_EVAL_VERBOSE") != "" && set.Tuned // test errors are looked at in aggregate only
	var all, found, spk, spkFound, spkOK, spkExact, viaOK, own, ownFound, ownFree int
	for _, d := range docs {
		_, an := p.Analyze(d.article)
		for _, g := range d.gold {
			all++
			span := model.Span{Start: g.Start, End: g.End}
			var qs []int
			for i, q := range an.Quantities {
				if q.Span.Overlaps(span) {
					qs = append(qs, i)
				}
			}
			if len(qs) > 0 {
				found++
			}
			c := claimHoldingAny(an.Claims, qs)
			if g.Speaker == nil {
				own++
				if len(qs) > 0 {
					ownFound++
					if c == nil || c.Speaker == nil {
						ownFree++
					} else if verbose {
						fmt.Fprintf(os.Stderr, "E2E OWN-ATTRIBUTED %s %q -> %s\n", d.id, g.Text, describeClaim(c))
					}
				}
				continue
			}
			spk++
			if len(qs) > 0 {
				spkFound++
			}
			okS := c != nil && c.Speaker != nil && (sameClaimName(*g.Speaker, c.Speaker.Name) || sameClaimName(*g.Speaker, c.Speaker.Text))
			if okS {
				spkOK++
			}
			if c != nil && c.Speaker != nil && (sameClaimWords(*g.Speaker, c.Speaker.Name) || sameClaimWords(*g.Speaker, c.Speaker.Text)) {
				spkExact++
			} else if verbose && okS {
				fmt.Fprintf(os.Stderr, "E2E INEXACT %s %q gold=%s -> %s\n", d.id, g.Text, *g.Speaker, describeClaim(c))
			}
			okV := c != nil && sameClaimVia(g.Via, c) || c == nil && len(qs) > 0 && g.Via == nil
			if okV {
				viaOK++
			}
			if verbose && (!okS || !okV) {
				fmt.Fprintf(os.Stderr, "E2E MISS %s %q found=%v gold=%s via=%v -> %s\n", d.id, g.Text, len(qs) > 0, *g.Speaker, claimsOr(g.Via), describeClaim(c))
			}
		}
	}
	const sec = "claims"
	name := set.Name + " e2e "
	note := set.Name + ", END TO END: our quantities, entities and claims (pipeline.Analyze), matched by span overlap" + tunedNote(set)
	r.Add(sec, name+"gold quantities our quantity stage found", Pct(found, all), note)
	r.Add(sec, name+"speaker accuracy (gold quantities with a speaker)", Pct(spkOK, spk), note+"; a quantity we missed counts wrong; target ≥ 90%")
	r.Add(sec, name+"speaker exact (same folded words as the gold name, resolved or as written)", Pct(spkExact, spk), note+"; stricter than the lenient match")
	r.Add(sec, name+"speaker accuracy, found quantities only", Pct(spkOK, spkFound), note)
	r.Add(sec, name+"via accuracy (gold quantities with a speaker)", Pct(viaOK, spk), note+"; a quantity we missed counts wrong; target ≥ 90%")
	r.Add(sec, name+"via accuracy, found quantities only", Pct(viaOK, spkFound), note)
	r.Add(sec, name+"outlet's own figures left unattributed", Pct(ownFree, ownFound), note+fmt.Sprintf("; of the %d own figures we found (%d in gold)", ownFound, own))
	return nil
}

// claimHoldingAny returns the smallest claim that holds one of the quantities qs.
func claimHoldingAny(claims []model.Claim, qs []int) *model.Claim {
	var best *model.Claim
	for _, q := range qs {
		if c := holdingClaim(claims, q); c != nil && (best == nil || c.End-c.Start < best.End-best.Start) {
			best = c
		}
	}
	return best
}

// claimsOtherMonths draws a precision sample outside gold-dev's month
// (2018-03): the sample's other articles shuffled with a seed
// (MARSAD_CLAIMS_SEED, default 20261122), one random claim from each of the
// first 50 articles with a claim, skipping the ids listed in the file
// MARSAD_CLAIMS_SKIP (earlier samples). It appends them, with the text
// around each cue, to SampleFile (not committed: it quotes article text) for
// judging by hand.
func claimsOtherMonths(data string, r *Report) error {
	seed := int64(20261122)
	if v := os.Getenv("MARSAD_CLAIMS_SEED"); v != "" {
		if _, err := fmt.Sscan(v, &seed); err != nil {
			return fmt.Errorf("claims: MARSAD_CLAIMS_SEED: %w", err)
		}
	}
	skip := map[string]bool{}
	if path := os.Getenv("MARSAD_CLAIMS_SKIP"); path != "" {
		b, err := os.ReadFile(path)
		if err != nil {
			return fmt.Errorf("claims: %w", err)
		}
		for _, id := range strings.Fields(string(b)) {
			skip[id] = true
		}
	}
	annotated := map[string]bool{}
	for _, set := range goldSets {
		if g, err := readGold(data, set); err == nil {
			for id := range g.Docs {
				annotated[id] = true
			}
		}
	}
	arts, err := readSample(data, func(a model.Article) bool {
		return a.Published.Format("2006-01") != "2018-03" && !reservedDay(a) && !annotated[a.ID]
	})
	if err != nil {
		return err
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return fmt.Errorf("claims: %w", err)
	}
	rnd := rand.New(rand.NewSource(seed))
	rnd.Shuffle(len(arts), func(i, j int) { arts[i], arts[j] = arts[j], arts[i] })
	var b strings.Builder
	fmt.Fprintf(&b, "\n# Claims precision sample outside gold-dev (seed %d)\n\n", seed)
	b.WriteString("Written by `make eval` (section claims): one random claim from each of 50 random articles of months other than 2018-03, none of the annotated sets and none of the reserved days.\n")
	b.WriteString("Judge: is the speaker the real speaker of the content? is the via right?\n\n")
	n := 0
	for _, a := range arts {
		if n == 50 {
			break
		}
		if skip[a.ID] {
			continue
		}
		_, an := p.Analyze(a)
		if len(an.Claims) == 0 {
			continue
		}
		c := an.Claims[rnd.Intn(len(an.Claims))]
		n++
		fmt.Fprintf(&b, "### %d %s %s\n\n- %s\n- context: %s\n\n", n, a.ID, a.Published.Format("2006-01"),
			describeClaim(&c), claimCell(claimContext(a.Text, c)))
	}
	f, err := os.OpenFile(SampleFile, os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return fmt.Errorf("write claims sample: %w", err)
	}
	if _, err := f.WriteString(b.String()); err != nil {
		f.Close()
		return fmt.Errorf("write claims sample: %w", err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write claims sample: %w", err)
	}
	r.Add("claims", "precision sample outside gold-dev", SampleFile+" (second part)",
		fmt.Sprintf("%d claims, seed %d, to judge by hand (not committed: it quotes article text)", n, seed))
	return nil
}

// claimContext returns the text around a claim's cue and content.
func claimContext(doc string, c model.Claim) string {
	at := c.Start
	if c.CueSpan != nil {
		at = min(at, c.CueSpan.Start)
	}
	from, to := max(0, at-200), min(len(doc), max(c.End, at)+100)
	for from > 0 && !utf8.RuneStart(doc[from]) {
		from--
	}
	for to < len(doc) && !utf8.RuneStart(doc[to]) {
		to++
	}
	return doc[from:to]
}
