package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"
)

func (a *app) checkCmd() *cobra.Command {
	var in inputFlags
	var repair bool
	cmd := &cobra.Command{
		Use:   "check",
		Short: "Report (and with --repair, mend) what is out of step with the stored articles",
		Long: `Checks that every stored article has its analysis record, its search row and its story, and that
no analysis, search row, mention or story member is left of an article no longer stored. With --repair:
search rows are rebuilt from the articles, leftover rows deleted, articles with no analysis analysed
again, and the stories regrouped when any is out of step. Exit code 1 when a problem remains.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			s, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer s.Close()
			problems, err := s.Check(ctx)
			if err != nil {
				return err
			}
			for _, p := range problems {
				fmt.Fprintf(a.out, "%s: %d %s (%s)\n", p.Kind, p.Count, p.What, strings.Join(p.IDs, ", "))
			}
			if len(problems) == 0 {
				fmt.Fprintln(a.out, "consistent: every article has its analysis, search row and story")
				return nil
			}
			if !repair {
				return fmt.Errorf("%d kinds of problem; marsad check --repair mends them", len(problems))
			}
			again, err := s.Repair(ctx)
			if err != nil {
				return err
			}
			if len(again) > 0 || len(problems) > 0 {
				_, p, err := in.build()
				if err != nil {
					return err
				}
				for _, id := range again {
					art, err := s.Article(ctx, id)
					if err != nil {
						return err
					}
					_, an := p.Analyze(art)
					if err := s.RepairAnalysis(ctx, an); err != nil {
						return err
					}
				}
				stories, err := groupStories(ctx, s, p, false)
				reportStoryErrors(a.err, stories)
				if err != nil {
					return err
				}
			}
			left, err := s.Check(ctx)
			if err != nil {
				return err
			}
			if len(left) > 0 {
				for _, p := range left {
					fmt.Fprintf(a.out, "left: %s: %d %s\n", p.Kind, p.Count, p.What)
				}
				return fmt.Errorf("%d kinds of problem remain", len(left))
			}
			fmt.Fprintln(a.out, "repaired: every article has its analysis, search row and story")
			return nil
		},
	}
	in.add(cmd)
	cmd.Flags().BoolVar(&repair, "repair", false, "mend what is found")
	return cmd
}
