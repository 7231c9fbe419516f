package eval

import (
	"bufio"
	"embed"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// goldDev is gold-dev/gold.json (see gold-dev/README.md): 25 articles of
// the news sample annotated by hand. Offsets are UTF-8 byte offsets into the
// article's text as the sample file has it (not normalised).
type goldDev struct {
	Docs          map[string]goldDoc  `json:"docs"`
	Quantities    []goldQuantity      `json:"quantities"`
	Vague         []goldQuantity      `json:"vague"`
	NotQuantities []goldNotQuantity   `json:"not_quantities"`
	Dates         []goldDate          `json:"dates"`
	People        map[string][]string `json:"people"`
	Organisations map[string][]string `json:"organisations"`
	Places        map[string][]string `json:"places"`
	Stories       [][]string          `json:"stories"`
	StoryInfo     []goldStoryInfo     `json:"story_info"`
	Disagreements []goldDisagreement  `json:"disagreements"`
}

// goldDoc is one annotated article: its outlet, feed date and time, title
// and story label.
type goldDoc struct {
	Outlet    string `json:"outlet"`
	Published string `json:"published"`
	Datetime  string `json:"datetime"`
	Title     string `json:"title"`
	Story     string `json:"story"`
}

// goldQuantity is one row of quantities or vague. Speaker nil is the
// outlet's own figure.
type goldQuantity struct {
	Doc     string   `json:"doc"`
	Para    int      `json:"para"`
	Start   int      `json:"start"`
	End     int      `json:"end"`
	Text    string   `json:"text"`
	Value   *float64 `json:"value"`
	Min     *float64 `json:"min"`
	Max     *float64 `json:"max"`
	Approx  bool     `json:"approx"`
	Unit    string   `json:"unit"`
	Noun    *string  `json:"noun"`
	Speaker *string  `json:"speaker"`
	Via     *string  `json:"via"`
}

// goldNotQuantity is a number that is not a quantity.
type goldNotQuantity struct {
	Doc  string `json:"doc"`
	Text string `json:"text"`
}

// goldDate is one date expression of an article, with its resolved value.
type goldDate struct {
	Doc   string `json:"doc"`
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
	Value string `json:"value"`
	Grain string `json:"grain"`
}

// goldStoryInfo labels and titles one story and lists its articles.
type goldStoryInfo struct {
	Label     string   `json:"label"`
	Title     string   `json:"title"`
	Documents []string `json:"documents"`
}

// goldDisagreement is one (story, topic) reported by several articles.
type goldDisagreement struct {
	Story   string       `json:"story"`
	Topic   string       `json:"topic"`
	Kind    string       `json:"kind"`
	Verdict string       `json:"verdict"`
	Detail  []goldDetail `json:"detail"`
}

// goldDetail points at one quantity row of a disagreement.
type goldDetail struct {
	Doc  string `json:"doc"`
	Para int    `json:"para"`
	Text string `json:"text"`
}

// readGoldDev reads gold-dev/gold.json under the data folder.
func readGoldDev(data string) (*goldDev, error) {
	return readGold(data, goldDevSet)
}

// goldSet names one hand-annotated set in gold-dev's format: gold-dev itself
// (shared data) or a split of the independent annotation that the project
// keeps (news2018/, embedded).
type goldSet struct {
	Name string
	// Tuned says whether rules were written against the set (a dev figure).
	Tuned bool
	file  string // under the data folder; empty for an embedded set
	embed string // name in news2018/
}

var (
	goldDevSet  = goldSet{Name: "gold-dev", Tuned: true, file: filepath.Join("gold-dev", "gold.json")}
	news2018Dev = goldSet{Name: "news2018-dev", Tuned: true, embed: "dev.json"}
	news2018Tst = goldSet{Name: "news2018-test", embed: "test.json"}
	// goldSets are the sets every accuracy figure is reported on, side by
	// side: the two dev sets, then the test split (scored, never tuned on).
	goldSets = []goldSet{goldDevSet, news2018Dev, news2018Tst}
)

// activeSets are the gold sets this run scores: all of them, or the dev sets
// alone when MARSAD_EVAL_DEV_ONLY is set (while tuning: the test split is
// scored when a piece of work is done, not while rules are written).
func activeSets() []goldSet {
	if os.Getenv("MARSAD_EVAL_DEV_ONLY") == "" {
		return goldSets
	}
	var out []goldSet
	for _, s := range goldSets {
		if s.Tuned {
			out = append(out, s)
		}
	}
	return out
}

//go:embed news2018/dev.json news2018/test.json news2018/places_judged.json news2018/events.json
var news2018FS embed.FS

// readGold reads one gold set.
func readGold(data string, set goldSet) (*goldDev, error) {
	var b []byte
	var err error
	if set.file != "" {
		b, err = os.ReadFile(filepath.Join(data, set.file))
	} else {
		b, err = news2018FS.ReadFile("news2018/" + set.embed)
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", set.Name, err)
	}
	var g goldDev
	if err := json.Unmarshal(b, &g); err != nil {
		return nil, fmt.Errorf("parse %s: %w", set.Name, err)
	}
	return &g, nil
}

// has reports whether the article is one of gold-dev's.
func (g *goldDev) has(a model.Article) bool {
	_, ok := g.Docs[a.ID]
	return ok
}

// readSample reads the news sample (arabic-news-sample/articles.jsonl) with
// ingest's JSON Lines parser, in file order, keeping the articles keep
// accepts (every one when keep is nil). Texts are left as the file has them,
// since gold-dev's offsets are into them; normalised gives an article's text
// as the pipeline sees it.
func readSample(data string, keep func(model.Article) bool) ([]model.Article, error) {
	path := filepath.Join(data, "arabic-news-sample", "articles.jsonl")
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read sample: %w", err)
	}
	defer f.Close()
	var out []model.Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 16<<20)
	for n := 1; sc.Scan(); n++ {
		a, err := ingest.ParseJSONLine(sc.Bytes())
		if err != nil {
			return nil, fmt.Errorf("read sample: %s:%d: %w", path, n, err)
		}
		if keep == nil || keep(a) {
			out = append(out, a)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read sample: %s: %w", path, err)
	}
	return out, nil
}

// readGoldDevArticles reads gold-dev and the sample's articles of it by
// id, with their texts as the file has them.
func readGoldDevArticles(data string) (*goldDev, map[string]model.Article, error) {
	return readGoldArticles(data, goldDevSet)
}

// readGoldArticles reads a gold set and the sample's articles of it by id,
// with their texts as the file has them.
func readGoldArticles(data string, set goldSet) (*goldDev, map[string]model.Article, error) {
	g, err := readGold(data, set)
	if err != nil {
		return nil, nil, err
	}
	arts, err := readSample(data, g.has)
	if err != nil {
		return nil, nil, err
	}
	byID := make(map[string]model.Article, len(arts))
	for _, a := range arts {
		byID[a.ID] = a
	}
	return g, byID, nil
}

// normalised returns the article with its text as ingest's Reader hands it
// to the pipeline: text.Normalize, trimmed.
func normalised(a model.Article) model.Article {
	a.Text = strings.TrimSpace(text.Normalize(a.Text))
	return a
}

// reservedDay reports whether an article falls on the days of the 2018
// sample kept for checks outside the team (8–10 April and 12–14 May 2018):
// no sample for reading or judging may draw them.
func reservedDay(a model.Article) bool {
	d := a.Published.UTC().Format("2006-01-02")
	return d >= "2018-04-08" && d <= "2018-04-10" || d >= "2018-05-12" && d <= "2018-05-14"
}
