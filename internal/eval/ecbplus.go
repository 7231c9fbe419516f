package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/story"
)

// ecbPlusFigures groups the ECB+ test documents (English; the annotated
// sentences of each, no dates) with the Grouper on their text alone and
// scores the groups against ECB+'s document clusters: each topic holds two
// events of one kind (two arrests, two earthquakes), so this measures
// telling a look-alike event apart. A second view of grouping, in another
// language; nothing was tuned on it.
func ecbPlusFigures(data string, r *Report) error {
	path := filepath.Join(data, "ecbplus-test", "doc_clusters.jsonl")
	f, err := os.Open(path)
	if err != nil {
		return fmt.Errorf("stories: ecb+: %w", err)
	}
	defer f.Close()
	var docs []model.Analysis
	gold := map[string]int{}
	clusters := map[string]int{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		var d struct {
			DocID     string `json:"doc_id"`
			ClusterID string `json:"cluster_id"`
			Sentences []struct {
				Text string `json:"text"`
			} `json:"sentences"`
		}
		if err := json.Unmarshal(sc.Bytes(), &d); err != nil {
			return fmt.Errorf("stories: ecb+: %s: %w", path, err)
		}
		var sents []string
		for _, s := range d.Sentences {
			sents = append(sents, s.Text)
		}
		title := ""
		if len(sents) > 0 {
			title, sents = sents[0], sents[1:]
		}
		docs = append(docs, model.NewAnalysis(model.Article{ID: d.DocID, Title: title, Text: strings.Join(sents, "\n")}))
		if _, ok := clusters[d.ClusterID]; !ok {
			clusters[d.ClusterID] = len(clusters)
		}
		gold[d.DocID] = clusters[d.ClusterID]
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("stories: ecb+: %w", err)
	}
	sys := map[string]string{}
	for _, st := range story.Group(docs, story.DefaultOptions()) {
		for _, d := range st.Documents {
			sys[d] = st.ID
		}
	}
	p, rc, f1 := bcubed(sys, gold)
	r.Addf(section, "ECB+ test document clusters BCubed P / R / F1", fmt.Sprintf("%d English documents, %d gold clusters (two look-alike events per topic); text only, no dates; not tuned on", len(docs), len(clusters)), "%.3f / %.3f / %.3f", p, rc, f1)
	return nil
}
