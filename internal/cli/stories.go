package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/marsad/marsad/internal/model"
)

func (a *app) storiesCmd() *cobra.Command {
	var in inputFlags
	var limit, offset int
	var rebuild bool
	cmd := &cobra.Command{
		Use:   "stories [PATH...]",
		Short: "Group documents into stories and compare what sources claim",
		Long: `With PATHs, reads and analyses those documents (nothing is stored) and prints their stories.
Without, prints the stories of the store. --format=jsonl prints the contract's story records.
Stories are kept up to date as articles are ingested; --rebuild regroups every stored article from
scratch (after an upgrade of marsad, say) and prints the stories.`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.checkFormat("table", "jsonl"); err != nil {
				return err
			}
			var stories []model.Story
			var err error
			switch {
			case rebuild && len(args) > 0:
				return fmt.Errorf("--rebuild regroups the store: give no PATH")
			case rebuild:
				if err := a.rebuildStories(cmd, &in); err != nil {
					return err
				}
				stories, err = a.storedStories(cmd, limit, offset)
			case len(args) > 0:
				stories, err = a.storiesOf(cmd, &in, args)
			default:
				stories, err = a.storedStories(cmd, limit, offset)
			}
			if err != nil {
				return err
			}
			return a.printStories(stories)
		},
	}
	a.addFormat(cmd)
	in.add(cmd)
	cmd.Flags().IntVar(&limit, "limit", 100, "how many stored stories")
	cmd.Flags().IntVar(&offset, "offset", 0, "skip this many stored stories")
	cmd.Flags().BoolVar(&rebuild, "rebuild", false, "regroup every stored article from scratch")
	return cmd
}

func (a *app) rebuildStories(cmd *cobra.Command, in *inputFlags) error {
	_, p, err := in.build()
	if err != nil {
		return err
	}
	s, err := a.openStore(cmd.Context())
	if err != nil {
		return err
	}
	defer s.Close()
	stories, err := groupStories(cmd.Context(), s, p, true)
	reportStoryErrors(a.err, stories)
	return err
}

func (a *app) storiesOf(cmd *cobra.Command, in *inputFlags, paths []string) ([]model.Story, error) {
	r, p, err := in.build()
	if err != nil {
		return nil, err
	}
	var docs []model.Analysis
	failed := 0
	for res := range analyseAll(cmd.Context(), p, r.Read(cmd.Context(), paths)) {
		if res.err != nil {
			failed++
			a.errf("marsad: skipped: %v\n", res.err)
			continue
		}
		if res.warning != "" {
			a.errf("marsad: warning: %s\n", res.warning)
		}
		docs = append(docs, res.rec.Analysis)
	}
	if failed > 0 && len(docs) == 0 {
		return nil, fmt.Errorf("no input could be read")
	}
	return p.Stories(docs), cmd.Context().Err()
}

func (a *app) storedStories(cmd *cobra.Command, limit, offset int) ([]model.Story, error) {
	s, err := a.openStore(cmd.Context())
	if err != nil {
		return nil, err
	}
	defer s.Close()
	stories, _, err := s.Stories(cmd.Context(), limit, offset)
	return stories, err
}

func (a *app) printStories(stories []model.Story) error {
	if a.format == "jsonl" {
		j := newJSONL(a.out)
		for _, st := range stories {
			if err := j.write(st); err != nil {
				return err
			}
		}
		return nil
	}
	for _, st := range stories {
		fmt.Fprintf(a.out, "== %s  %s → %s  %d documents  %s\n", st.ID, st.Period.From, st.Period.To,
			len(st.Documents), cut(st.Title, 70))
		for _, c := range st.Comparisons {
			var figs []string
			for _, cl := range c.Claims {
				figs = append(figs, fmt.Sprintf("%s: %s", orDash(cl.Speaker, cl.Outlet), rangeOf(cl.Min, cl.Max)))
			}
			fmt.Fprintf(a.out, "   %-9s %s — %s\n", strings.ToUpper(c.Verdict), c.Topic, strings.Join(figs, "; "))
		}
		for _, b := range st.Brief {
			fmt.Fprintf(a.out, "   • %s\n", cut(b.Text, 120))
		}
	}
	return nil
}

func orDash(s, alt string) string {
	if s != "" {
		return s
	}
	if alt != "" {
		return "(" + alt + ")"
	}
	return "-"
}

func rangeOf(min, max *float64) string {
	f := func(p *float64) string {
		if p == nil {
			return "…"
		}
		return fmt.Sprintf("%g", *p)
	}
	if min != nil && max != nil && *min == *max {
		return f(min)
	}
	return f(min) + "–" + f(max)
}
