package eval

import (
	"fmt"
	"io"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/pipeline"
)

// goldDevEvents runs the whole pipeline (entities, places, quantities,
// times, claims, then events) on the gold-dev articles and writes the
// events per story as Markdown. It returns how many events it listed.
func goldDevEvents(data string, w io.Writer) (int, error) {
	g, err := readGoldDev(data)
	if err != nil {
		return 0, fmt.Errorf("events gold-dev: %w", err)
	}
	arts, err := sampleByTime(data)
	if err != nil {
		return 0, fmt.Errorf("events gold-dev: %w", err)
	}
	byID := map[string]model.Article{}
	for _, a := range arts {
		if g.has(a) {
			byID[a.ID] = normalised(a)
		}
	}
	p, err := pipeline.New(pipeline.Options{})
	if err != nil {
		return 0, fmt.Errorf("events gold-dev: %w", err)
	}
	n := 0
	for _, st := range g.StoryInfo {
		fmt.Fprintf(w, "\n## %s: %s\n", st.Label, st.Title)
		for _, id := range st.Documents {
			a, ok := byID[id]
			if !ok {
				return n, fmt.Errorf("events gold-dev: article %s not in the sample", id)
			}
			_, an := p.Analyze(a)
			fmt.Fprintf(w, "\n### %s (%s, %s)\n\n| # | type | trigger | realis | place (basis) | date (basis) | counts | actor / target | claim |\n|---|---|---|---|---|---|---|---|---|\n", id, a.Outlet, a.PublishedDate())
			for i, e := range an.Events {
				n++
				fmt.Fprintf(w, "| %d | %s | %s | %s | %s | %s | %s | %s | %s |\n", i, e.Type, cell(e.Trigger), e.Realis,
					placeCell(an, e), e.Date+" ("+e.DateBasis+")", countsCell(an, e), participantsCell(an, e), eventClaimCell(an, e))
			}
		}
	}
	return n, nil
}

func cell(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, "|", "/"), "\n", " ") }

func placeCell(an model.Analysis, e model.Event) string {
	if e.Place == nil {
		return "-"
	}
	p := an.Places[*e.Place]
	name := p.Text
	if p.NameEn != "" {
		name += " = " + p.NameEn
	}
	return cell(name + " (" + e.PlaceBasis + ")")
}

func countsCell(an model.Analysis, e model.Event) string {
	var s []string
	for _, c := range e.Counts {
		s = append(s, fmt.Sprintf("%s: %s %s", c.Metric, an.Quantities[c.Quantity].Text, c.Subject))
	}
	return cell(strings.Join(s, "; "))
}

// participantsCell lists the actor and target phrases, with the registry
// entities linked in brackets.
func participantsCell(an model.Analysis, e model.Event) string {
	return cell(spansCell(e.ActorSpans) + entsCell(an, e.Actors) + " / " + spansCell(e.TargetSpans) + entsCell(an, e.Targets))
}

func entsCell(an model.Analysis, idx []int) string {
	var s []string
	for _, i := range idx {
		s = append(s, an.Entities[i].Text)
	}
	if len(s) == 0 {
		return ""
	}
	return " [" + strings.Join(s, ", ") + "]"
}

func eventClaimCell(an model.Analysis, e model.Event) string {
	if e.Claim == nil {
		return "-"
	}
	c := an.Claims[*e.Claim]
	if c.Speaker != nil {
		return cell(c.Speaker.Text)
	}
	return "claim " + fmt.Sprint(*e.Claim)
}

func spansCell(ss []model.Span) string {
	var s []string
	for _, sp := range ss {
		s = append(s, sp.Text)
	}
	return strings.Join(s, ", ")
}
