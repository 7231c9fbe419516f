package eval

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/reconcile"
	"github.com/marsad/marsad/internal/story"
)

// Stories measures story grouping (BCubed against gold-dev's stories),
// the comparisons of figures (the gold disagreements found with the right
// verdict, false disagreements) and the cost of grouping at scale.
var Stories = Section{Name: "stories", Run: func(data string, r *Report) error {
	if n := os.Getenv(scaleEnv); n != "" {
		return scaleChild(data, n)
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return fmt.Errorf("stories: %w", err)
	}
	return runStories(data, r, Pipeline(p))
}}

// Pipeline returns an Analyzer that runs marsad's pipeline on each article,
// remembering the records it made so that a run analyses an article once.
func Pipeline(p *pipeline.Pipeline) Analyzer {
	memo := map[string]model.Analysis{}
	return func(arts []model.Article) []model.Analysis {
		out := make([]model.Analysis, len(arts))
		for i, a := range arts {
			an, ok := memo[a.ID]
			if !ok {
				_, an = p.Analyze(a)
				memo[a.ID] = an
			}
			out[i] = an
		}
		return out
	}
}

// Analyzer produces the records the stages read from articles: Pipeline
// (the default) or TextOnly.
type Analyzer func([]model.Article) []model.Analysis

// TextOnly returns records with the text and metadata only: no entities,
// places, quantities or claims.
func TextOnly(arts []model.Article) []model.Analysis {
	out := make([]model.Analysis, len(arts))
	for i, a := range arts {
		out[i] = model.NewAnalysis(a)
	}
	return out
}

const section = "stories"

func runStories(data string, r *Report, analyze Analyzer) error {
	gold, err := readGoldDev(data)
	if err != nil {
		return fmt.Errorf("stories: %w", err)
	}
	arts, err := sampleByTime(data)
	if err != nil {
		return err
	}
	goldArts := pick(arts, gold.Docs)
	if len(goldArts) != len(gold.Docs) {
		return fmt.Errorf("stories: %d of %d gold articles found in the sample", len(goldArts), len(gold.Docs))
	}
	win := window(arts, "2018-03-19", "2018-03-21")
	groupingFigures(r, gold, goldArts, win, analyze, "pipeline records")
	groupingFigures(r, gold, goldArts, win, TextOnly, "text-only records")
	comparisonFigures(r, gold, goldArts, analyze(goldArts), "pipeline records ("+analyzerName(analyze)+")", true)
	endToEndFigures(r, gold, goldArts, analyze, "end to end: our stories of the 25 gold articles, our records")
	endToEndFigures(r, gold, win, analyze, fmt.Sprintf("end to end: our stories of the %d window articles, our records", len(win)))
	comparisonFigures(r, gold, goldArts, oracleAnalyses(gold, goldArts, false), "ORACLE input: gold quantities, speakers, vias; no topics, no places", false)
	comparisonFigures(r, gold, goldArts, oracleAnalyses(gold, goldArts, true), "ORACLE input: gold quantities, speakers, vias, place names; no topics", false)
	briefFigures(r, gold, analyze(goldArts), "pipeline records ("+analyzerName(analyze)+")")
	briefFigures(r, gold, oracleAnalyses(gold, goldArts, false), "ORACLE input: gold quantities and speakers")
	for _, set := range activeSets() {
		if set == goldDevSet {
			continue
		}
		g, err := readGold(data, set)
		if err != nil {
			return fmt.Errorf("stories: %w", err)
		}
		setArts := pick(arts, g.Docs)
		if len(setArts) != len(g.Docs) {
			return fmt.Errorf("stories: %s: %d of %d articles found in the sample", set.Name, len(setArts), len(g.Docs))
		}
		goldOf := map[string]int{}
		for i, st := range g.Stories {
			for _, id := range st {
				goldOf[id] = i
			}
		}
		note := fmt.Sprintf("%s: %d articles, %d stories; pipeline records%s", set.Name, len(setArts), len(g.Stories), tunedNote(set))
		bp, br, bf := bcubed(group(analyze(setArts), setArts), goldOf)
		r.Addf(section, set.Name+" grouping BCubed P / R / F1", note, "%.3f / %.3f / %.3f", bp, br, bf)
		comparisonFigures(r, g, setArts, analyze(setArts), set.Name+", pipeline records, gold stories"+tunedNote(set), set.Tuned)
		endToEndFigures(r, g, setArts, analyze, set.Name+", end to end: our stories of its articles, our records"+tunedNote(set))
	}
	if err := ecbPlusFigures(data, r); err != nil {
		return err
	}
	if os.Getenv(noScaleEnv) != "" {
		return nil
	}
	return scaleFigures(data, r)
}

func analyzerName(a Analyzer) string {
	if fmt.Sprintf("%p", a) == fmt.Sprintf("%p", Analyzer(TextOnly)) {
		return "text only"
	}
	return "our pipeline: our quantities, claims, entities, places"
}

// sampleByTime reads the sample's articles sorted by publication time (the
// order a stream would bring them in), ties by id, with their times in UTC.
func sampleByTime(data string) ([]model.Article, error) {
	arts, err := readSample(data, nil)
	if err != nil {
		return nil, fmt.Errorf("stories: %w", err)
	}
	for i := range arts {
		arts[i].Published = arts[i].Published.UTC()
	}
	sort.SliceStable(arts, func(i, j int) bool {
		return arts[i].Published.Before(arts[j].Published) || arts[i].Published.Equal(arts[j].Published) && arts[i].ID < arts[j].ID
	})
	return arts, nil
}

func pick[V any](arts []model.Article, ids map[string]V) []model.Article {
	var out []model.Article
	for _, a := range arts {
		if _, ok := ids[a.ID]; ok {
			out = append(out, a)
		}
	}
	return out
}

// window returns the articles published on the days from..to (feed dates).
func window(arts []model.Article, from, to string) []model.Article {
	var out []model.Article
	for _, a := range arts {
		if d := a.PublishedDate(); d >= from && d <= to {
			out = append(out, a)
		}
	}
	return out
}

// group runs the Grouper over the articles in order and returns the story
// of each article.
func group(analyses []model.Analysis, arts []model.Article) map[string]string {
	g := story.New(story.DefaultOptions())
	out := map[string]string{}
	for i, a := range analyses {
		out[a.ID] = g.Add(a, arts[i].Published)
	}
	return out
}

func groupingFigures(r *Report, gold *goldDev, goldArts, win []model.Article, analyze Analyzer, input string) {
	goldOf := map[string]int{}
	for i, s := range gold.Stories {
		for _, id := range s {
			goldOf[id] = i
		}
	}
	note := fmt.Sprintf("%d gold articles, %d stories; %s", len(goldArts), len(gold.Stories), input)
	sys := group(analyze(goldArts), goldArts)
	p, rc, f := bcubed(sys, goldOf)
	r.Addf(section, "grouping BCubed P / R / F1 (gold articles only)", note, "%.3f / %.3f / %.3f", p, rc, f)
	pp, pr, pf := pairwise(sys, goldOf)
	r.Addf(section, "grouping pairwise P / R / F1 (gold articles only)", note, "%.3f / %.3f / %.3f", pp, pr, pf)
	sys = group(analyze(win), win)
	p, rc, f = bcubed(sys, goldOf)
	r.Addf(section, "grouping BCubed P / R / F1 (in the 19-21 March window)", fmt.Sprintf("%d window articles grouped, the %d gold ones scored; %s", len(win), len(goldArts), input), "%.3f / %.3f / %.3f", p, rc, f)
}

// bcubed scores the system clusters of the gold documents (other documents
// are ignored) against the gold clusters.
func bcubed(sys map[string]string, gold map[string]int) (p, r, f float64) {
	n := 0
	for e, ge := range gold {
		var inter, sysN, goldN int
		for o, go2 := range gold {
			same := sys[o] == sys[e]
			if same {
				sysN++
			}
			if go2 == ge {
				goldN++
			}
			if same && go2 == ge {
				inter++
			}
		}
		p += float64(inter) / float64(sysN)
		r += float64(inter) / float64(goldN)
		n++
	}
	p, r = p/float64(n), r/float64(n)
	return p, r, harmonic(p, r)
}

// pairwise scores co-clustered pairs of gold documents.
func pairwise(sys map[string]string, gold map[string]int) (p, r, f float64) {
	ids := make([]string, 0, len(gold))
	for id := range gold {
		ids = append(ids, id)
	}
	var tp, sysPairs, goldPairs int
	for i := range ids {
		for j := i + 1; j < len(ids); j++ {
			s, g := sys[ids[i]] == sys[ids[j]], gold[ids[i]] == gold[ids[j]]
			if s {
				sysPairs++
			}
			if g {
				goldPairs++
			}
			if s && g {
				tp++
			}
		}
	}
	p, r = ratio(tp, sysPairs), ratio(tp, goldPairs)
	return p, r, harmonic(p, r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

func harmonic(p, r float64) float64 {
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// oracleAnalyses builds records from gold-dev's own rows: each gold
// quantity (span, bounds, unit, noun) and its speaker and via as a claim,
// and with places the gold place names found in the text. The gold topics
// are not used: the comparison stage must find them.
func oracleAnalyses(gold *goldDev, arts []model.Article, places bool) []model.Analysis {
	out := make([]model.Analysis, len(arts))
	for i, art := range arts {
		a := model.NewAnalysis(art)
		for _, q := range gold.Quantities {
			if q.Doc != art.ID || q.End > len(art.Text) || art.Text[q.Start:q.End] != q.Text {
				continue
			}
			mq := model.Quantity{Span: model.SpanOf(art.Text, q.Start, q.End), Value: q.Value, Min: q.Min, Max: q.Max, Approx: q.Approx, Unit: q.Unit}
			if q.Noun != nil {
				mq.Noun = *q.Noun
			}
			a.Quantities = append(a.Quantities, mq)
			if q.Speaker != nil {
				c := model.Claim{Span: mq.Span, Speaker: &model.Speaker{Name: *q.Speaker, Text: *q.Speaker}, Via: []model.Via{}, Quantities: []int{len(a.Quantities) - 1}}
				if q.Via != nil {
					c.Via = append(c.Via, model.Via{Name: *q.Via, Text: *q.Via})
				}
				a.Claims = append(a.Claims, c)
			}
		}
		if places {
			a.Places = findPlaces(art.Text, gold.Places[art.ID])
		}
		out[i] = a
	}
	return out
}

// findPlaces returns every occurrence of the names in the text.
func findPlaces(txt string, names []string) []model.Place {
	var out []model.Place
	for _, n := range names {
		for from := 0; ; {
			at := strings.Index(txt[from:], n)
			if at < 0 {
				break
			}
			s := from + at
			out = append(out, model.Place{Span: model.SpanOf(txt, s, s+len(n)), Name: n})
			from = s + len(n)
		}
	}
	return out
}

// span is a figure's place in a document.
type span struct {
	doc        string
	start, end int
}

// goldRow is one gold comparison of figures: its story, verdict and spans.
type goldRow struct {
	story, topic, verdict string
	spans                 []span
}

func goldRows(gold *goldDev) []goldRow {
	var out []goldRow
	for _, d := range gold.Disagreements {
		if d.Kind != "quantity" {
			continue
		}
		row := goldRow{story: d.Story, topic: d.Topic, verdict: d.Verdict}
		used := map[int]bool{}
		for _, det := range d.Detail {
			for qi, q := range gold.Quantities {
				if !used[qi] && q.Doc == det.Doc && q.Para == det.Para && q.Text == det.Text {
					used[qi] = true
					row.spans = append(row.spans, span{q.Doc, q.Start, q.End})
					break
				}
			}
		}
		out = append(out, row)
	}
	return out
}

// matched counts the gold spans a comparison's claims overlap, and the
// distinct documents among them.
func matched(c model.Comparison, spans []span) (n, docs int) {
	seen := map[string]bool{}
	for _, s := range spans {
		for _, cl := range c.Claims {
			if cl.Document == s.doc && cl.Start < s.end && s.start < cl.End {
				n++
				seen[s.doc] = true
				break
			}
		}
	}
	return n, len(seen)
}

func comparisonFigures(r *Report, gold *goldDev, arts []model.Article, analyses []model.Analysis, input string, tuned bool) {
	verbose := tuned && os.Getenv("MARSAD_EVAL_VERBOSE") != "" // test errors are looked at in aggregate only
	labels := map[string]string{}
	byStory := map[string][]model.Comparison{}
	for i, ids := range gold.Stories {
		label := gold.Docs[ids[0]].Story
		labels[label] = label
		st := model.Story{ID: strconv.Itoa(i), Documents: ids}
		byStory[label] = reconcile.Compare(st, analyses)
	}
	rows := goldRows(gold)
	found, right, disagrees, disagreeFound := 0, 0, 0, 0
	trueDisagree := map[*model.Comparison]bool{}
	for _, row := range rows {
		if row.verdict == reconcile.Disagree {
			disagrees++
		}
		comps := byStory[row.story]
		best, bestN := -1, 0
		for ci, c := range comps {
			if c.Complement {
				continue
			}
			if n, docs := matched(c, row.spans); docs >= 2 && n > bestN {
				best, bestN = ci, n
			}
		}
		if best < 0 {
			if verbose {
				fmt.Fprintf(os.Stderr, "CMP MISS %s | %s | %s | gold %v\n", row.story, row.topic, row.verdict, describeSpans(row.spans, analyses))
			}
			continue
		}
		found++
		c := &comps[best]
		if c.Verdict != row.verdict && verbose {
			fmt.Fprintf(os.Stderr, "CMP VERDICT %s | %s | gold %s, ours %s (%s %s %s) | gold %v\n", row.story, row.topic, row.verdict, c.Verdict, c.Topic, c.Unit, c.Predicate, describeSpans(row.spans, analyses))
		}
		if c.Verdict == row.verdict {
			right++
		}
		if row.verdict == reconcile.Disagree && c.Verdict == reconcile.Disagree {
			disagreeFound++
			trueDisagree[c] = true
		}
	}
	falseDis, total := 0, 0
	for label := range labels {
		for ci := range byStory[label] {
			c := &byStory[label][ci]
			total++
			if c.Verdict == reconcile.Disagree && !c.Complement && !trueDisagree[c] {
				falseDis++
			}
		}
	}
	note := input + fmt.Sprintf("; gold stories; %d system comparisons", total)
	r.Add(section, "gold figure topics found with the right verdict", Pct(right, len(rows)), note+fmt.Sprintf("; found at all: %d", found))
	r.Add(section, "gold disagreements found as disagree", Pct(disagreeFound, disagrees), note)
	r.Addf(section, "false disagreements per story", note+fmt.Sprintf("; %d in %d stories", falseDis, len(gold.Stories)), "%.2f", float64(falseDis)/float64(len(gold.Stories)))
}

// endToEndFigures scores the comparisons of the stories we form ourselves
// (story.Group then reconcile.Compare, as the pipeline does): each gold
// row is looked for in the stories holding its documents.
func endToEndFigures(r *Report, gold *goldDev, arts []model.Article, analyze Analyzer, input string) {
	analyses := analyze(arts)
	stories := story.Group(analyses, story.DefaultOptions())
	storyOf := map[string]int{}
	for i := range stories {
		stories[i].Comparisons = reconcile.Compare(stories[i], analyses)
		for _, d := range stories[i].Documents {
			storyOf[d] = i
		}
	}
	rows := goldRows(gold)
	right, disagrees, disagreeFound := 0, 0, 0
	trueDisagree := map[*model.Comparison]bool{}
	for _, row := range rows {
		if row.verdict == reconcile.Disagree {
			disagrees++
		}
		var best *model.Comparison
		bestN := 0
		seen := map[int]bool{}
		for _, sp := range row.spans {
			si, ok := storyOf[sp.doc]
			if !ok || seen[si] {
				continue
			}
			seen[si] = true
			for ci := range stories[si].Comparisons {
				c := &stories[si].Comparisons[ci]
				if n, docs := matched(*c, row.spans); !c.Complement && docs >= 2 && n > bestN {
					best, bestN = c, n
				}
			}
		}
		if best == nil {
			continue
		}
		if best.Verdict == row.verdict {
			right++
		}
		if row.verdict == reconcile.Disagree && best.Verdict == reconcile.Disagree {
			disagreeFound++
			trueDisagree[best] = true
		}
	}
	goldStories := map[int]bool{}
	for id := range gold.Docs {
		if si, ok := storyOf[id]; ok {
			goldStories[si] = true
		}
	}
	falseDis, total := 0, 0
	for si := range goldStories {
		for ci := range stories[si].Comparisons {
			c := &stories[si].Comparisons[ci]
			total++
			if c.Verdict == reconcile.Disagree && !c.Complement && !trueDisagree[c] {
				falseDis++
			}
		}
	}
	note := fmt.Sprintf("%s; %d of our stories hold gold articles, %d comparisons in them", input, len(goldStories), total)
	r.Add(section, "gold figure topics found with the right verdict", Pct(right, len(rows)), note)
	r.Add(section, "gold disagreements found as disagree", Pct(disagreeFound, disagrees), note)
	r.Addf(section, "false disagreements per story", note+fmt.Sprintf("; %d false, per gold story (%d)", falseDis, len(gold.Stories)),
		"%.2f", float64(falseDis)/float64(len(gold.Stories)))
}

// briefFigures measures the briefs of the gold stories: how many of the
// gold figure topics reported by two or more articles have a figure inside
// a brief sentence.
func briefFigures(r *Report, gold *goldDev, analyses []model.Analysis, input string) {
	covered, total, sentences := 0, 0, 0
	briefs := map[string][]model.BriefSentence{}
	for _, ids := range gold.Stories {
		b := story.Brief(model.Story{Documents: ids}, analyses)
		briefs[gold.Docs[ids[0]].Story] = b
		sentences += len(b)
	}
	for _, row := range goldRows(gold) {
		total++
		if inBrief(briefs[row.story], row.spans) {
			covered++
		}
	}
	r.Add(section, "brief: gold figure topics with a figure in the brief", Pct(covered, total),
		fmt.Sprintf("%s; gold stories; %d brief sentences in %d stories (at most 5 each)", input, sentences, len(gold.Stories)))
}

func inBrief(b []model.BriefSentence, spans []span) bool {
	for _, s := range spans {
		for _, bs := range b {
			if bs.Document == s.doc && bs.Start <= s.start && s.end <= bs.End {
				return true
			}
		}
	}
	return false
}

// Scale runs: each size is grouped in a child process (this program, with
// scaleEnv set), so that its peak RSS is its own.
const (
	noScaleEnv  = "MARSAD_STORY_NO_SCALE" // set to skip the scale runs
	scaleEnv    = "MARSAD_STORY_SCALE"
	scaleOutEnv = "MARSAD_STORY_SCALE_OUT"
	// scalePipelineEnv makes the child analyse each article with the pipeline.
	scalePipelineEnv = "MARSAD_STORY_SCALE_PIPELINE"
)

// scaleResult is what a child reports.
type scaleResult struct {
	Articles   int     `json:"articles"`
	Stories    int     `json:"stories"`
	AddSeconds float64 `json:"add_seconds"`
	CPUSeconds float64 `json:"cpu_seconds"`
	PeakRSSMB  float64 `json:"peak_rss_mb"`
	HeapMB     float64 `json:"heap_mb"`
	// Largest is the most articles in one story; InShared the articles in
	// stories of two or more.
	Largest  int `json:"largest"`
	InShared int `json:"in_shared"`
	// AnalyzeSeconds is the time the pipeline took to make the records
	// (pipeline runs only), outside AddSeconds.
	AnalyzeSeconds float64 `json:"analyze_seconds"`
}

func scaleFigures(data string, r *Report) error {
	exe, err := os.Executable()
	if err != nil {
		return fmt.Errorf("stories: scale: %w", err)
	}
	var prev *scaleResult
	for _, n := range []int{5000, 20000, 80000} {
		res, err := runScaleChild(exe, data, n, false)
		if err != nil {
			return err
		}
		note := fmt.Sprintf("text-only records; %d stories (largest %d articles; %d articles in stories of 2 or more); CPU %.1f s for the loop (with record making); Grouper heap %.0f MB after GC",
			res.Stories, res.Largest, res.InShared, res.CPUSeconds, res.HeapMB)
		if prev != nil {
			note += fmt.Sprintf("; ×%.2f Add time, ×%.2f CPU, ×%.2f peak RSS for ×%.0f articles",
				res.AddSeconds/prev.AddSeconds, res.CPUSeconds/prev.CPUSeconds, res.PeakRSSMB/prev.PeakRSSMB,
				float64(res.Articles)/float64(prev.Articles))
		}
		r.Addf(section, fmt.Sprintf("group %d articles: Add wall time / peak RSS", n), note, "%.1f s (%.0f µs/article) / %.0f MB",
			res.AddSeconds, 1e6*res.AddSeconds/float64(n), res.PeakRSSMB)
		prev = res
	}
	res, err := runScaleChild(exe, data, 5000, true)
	if err != nil {
		return err
	}
	r.Addf(section, "group 5000 articles, pipeline records: Add wall time / peak RSS",
		fmt.Sprintf("our pipeline's records (made in %.0f s, outside the Add time); %d stories (largest %d articles; %d articles in stories of 2 or more); Grouper heap %.0f MB after GC",
			res.AnalyzeSeconds, res.Stories, res.Largest, res.InShared, res.HeapMB),
		"%.1f s (%.0f µs/article) / %.0f MB", res.AddSeconds, 1e6*res.AddSeconds/5000, res.PeakRSSMB)
	return nil
}

func runScaleChild(exe, data string, n int, withPipeline bool) (*scaleResult, error) {
	out, err := os.CreateTemp("", "marsad-story-scale-*.json")
	if err != nil {
		return nil, fmt.Errorf("stories: scale: %w", err)
	}
	out.Close()
	defer os.Remove(out.Name())
	cmd := exec.Command(exe, "--data", data, "--only", "stories")
	cmd.Env = append(os.Environ(), scaleEnv+"="+strconv.Itoa(n), scaleOutEnv+"="+out.Name())
	if withPipeline {
		cmd.Env = append(cmd.Env, scalePipelineEnv+"=1")
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("stories: scale %d: %w", n, err)
	}
	raw, err := os.ReadFile(out.Name())
	if err != nil {
		return nil, fmt.Errorf("stories: scale %d: %w", n, err)
	}
	var res scaleResult
	if err := json.Unmarshal(raw, &res); err != nil {
		return nil, fmt.Errorf("stories: scale %d: %w", n, err)
	}
	return &res, nil
}

// scaleChild groups n records, text-only or (with scalePipelineEnv) the
// pipeline's: the sample in time order, then copies of it shifted past its
// end, each with perturbed dates and wording.
func scaleChild(data, n string) error {
	size, err := strconv.Atoi(n)
	if err != nil {
		return fmt.Errorf("stories: scale: %w", err)
	}
	arts, err := sampleByTime(data)
	if err != nil {
		return err
	}
	span := arts[len(arts)-1].Published.Sub(arts[0].Published) + 30*24*time.Hour
	var p *pipeline.Pipeline
	if os.Getenv(scalePipelineEnv) != "" {
		if p, err = pipeline.New(pipeline.Options{}); err != nil {
			return fmt.Errorf("stories: scale: %w", err)
		}
	}
	g := story.New(story.DefaultOptions())
	var spent, analysing time.Duration
	cpu0 := cpuSeconds()
	for i := 0; i < size; i++ {
		a := arts[i%len(arts)]
		if copyN := i / len(arts); copyN > 0 {
			a = perturb(a, copyN, i, span)
		}
		rec := model.NewAnalysis(a)
		if p != nil {
			start := time.Now()
			_, rec = p.Analyze(a)
			analysing += time.Since(start)
		}
		start := time.Now()
		g.Add(rec, a.Published)
		spent += time.Since(start)
	}
	cpu := cpuSeconds() - cpu0
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	res := scaleResult{Articles: size, Stories: g.Len(), AddSeconds: spent.Seconds(), CPUSeconds: cpu, PeakRSSMB: peakRSSMB(),
		HeapMB: float64(ms.HeapAlloc) / (1 << 20), AnalyzeSeconds: analysing.Seconds()}
	for _, st := range g.Stories() {
		res.Largest = max(res.Largest, len(st.Documents))
		if len(st.Documents) > 1 {
			res.InShared += len(st.Documents)
		}
	}
	raw, _ := json.Marshal(res)
	return os.WriteFile(os.Getenv(scaleOutEnv), raw, 0o600)
}

// perturb returns a copy of an article for copy number k: shifted k spans
// later with up to ±6 hours of jitter, with about one word in twelve
// dropped and one in twenty swapped with its neighbour.
func perturb(a model.Article, k, i int, span time.Duration) model.Article {
	rng := rand.New(rand.NewPCG(uint64(k), uint64(i)))
	a.ID = fmt.Sprintf("%s-copy%d", a.ID, k)
	a.Published = a.Published.Add(time.Duration(k)*span + time.Duration(rng.IntN(12*60)-6*60)*time.Minute)
	words := strings.Fields(a.Text)
	out := words[:0:0]
	for _, w := range words {
		if rng.IntN(12) == 0 {
			continue
		}
		out = append(out, w)
		if n := len(out); n > 1 && rng.IntN(20) == 0 {
			out[n-1], out[n-2] = out[n-2], out[n-1]
		}
	}
	a.Text = strings.Join(out, " ")
	return a
}

// cpuSeconds reads the process's user and system CPU time (Linux), or 0.
func cpuSeconds() float64 {
	raw, err := os.ReadFile("/proc/self/stat")
	if err != nil {
		return 0
	}
	s := string(raw)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+1:])
	if len(f) < 13 {
		return 0
	}
	utime, _ := strconv.ParseFloat(f[11], 64)
	stime, _ := strconv.ParseFloat(f[12], 64)
	return (utime + stime) / 100 // clock ticks; USER_HZ is 100 on Linux
}

// peakRSSMB reads the process's peak resident set size (Linux), or 0.
func peakRSSMB() float64 {
	raw, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(raw), "\n") {
		if f := strings.Fields(line); len(f) >= 2 && f[0] == "VmHWM:" {
			kb, _ := strconv.ParseFloat(f[1], 64)
			return kb / 1024
		}
	}
	return 0
}

// describeSpans lists each gold span with the quantity our analysis has
// there (its text, unit, value and speaker), for the verbose listing.
func describeSpans(spans []span, analyses []model.Analysis) []string {
	var out []string
	for _, sp := range spans {
		desc := sp.doc + ":none"
		for _, a := range analyses {
			if a.ID != sp.doc {
				continue
			}
			for _, q := range a.Quantities {
				if q.Start < sp.end && sp.start < q.End {
					v := "?"
					if q.Value != nil {
						v = strconv.FormatFloat(*q.Value, 'f', -1, 64)
					}
					desc = fmt.Sprintf("%s:«%s» unit=%s v=%s", sp.doc[:6], q.Text, q.Unit, v)
				}
			}
		}
		out = append(out, desc)
	}
	return out
}
