package cli

import (
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/marsad/marsad/internal/model"
)

func (a *app) analyzeCmd() *cobra.Command {
	var in inputFlags
	cmd := &cobra.Command{
		Use:   "analyze PATH...",
		Short: "Print the analysis of documents (nothing is stored)",
		Long: `Reads documents as ingest does and prints, for each, what marsad found: entities, places,
quantities, times, claims and events. --format=jsonl prints one contract record per document
(see docs/contract.md), in input order.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.checkFormat("table", "jsonl"); err != nil {
				return err
			}
			r, p, err := in.build()
			if err != nil {
				return err
			}
			j := newJSONL(a.out)
			failed, staged := 0, 0
			for res := range analyseAll(cmd.Context(), p, r.Read(cmd.Context(), args)) {
				if res.err != nil {
					failed++
					a.errf("marsad: skipped: %v\n", res.err)
					continue
				}
				if res.warning != "" {
					a.errf("marsad: warning: %s\n", res.warning)
				}
				if reportStageErrors(a.err, res.rec.Analysis) {
					staged++
				}
				if a.format == "jsonl" {
					err = j.write(res.rec.Analysis)
				} else {
					err = a.printAnalysis(res.rec.Analysis)
				}
				if err != nil {
					return err
				}
			}
			if staged > 0 {
				a.errf("marsad: %d articles with stage errors (their records carry them under \"errors\")\n", staged)
			}
			if failed > 0 {
				return fmt.Errorf("%d inputs could not be read", failed)
			}
			return cmd.Context().Err()
		},
	}
	a.addFormat(cmd)
	in.add(cmd)
	return cmd
}

// printAnalysis prints one record for people: a heading, then its figures
// with who gave them, then its other findings.
func (a *app) printAnalysis(an model.Analysis) error {
	fmt.Fprintf(a.out, "== %s  %s  %s  %s\n", an.ID, an.Published, an.Outlet, cut(an.Title, 70))
	fmt.Fprintf(a.out, "   %d entities, %d places, %d quantities, %d times, %d claims, %d events\n",
		len(an.Entities), len(an.Places), len(an.Quantities), len(an.Times), len(an.Claims), len(an.Events))
	if len(an.Quantities) > 0 {
		t := newTable(a.out, "   FIGURE", "VALUE", "UNIT", "SPEAKER", "VIA")
		for i, q := range an.Quantities {
			speaker, via := attribution(an, i)
			t.row("   "+cut(q.Text, 40), bounds(q), q.Unit, orDash(speaker, an.Outlet), via)
		}
		if err := t.flush(); err != nil {
			return err
		}
	}
	for _, e := range an.Entities {
		fmt.Fprintf(a.out, "   %s %s → %s\n", e.Type, e.Text, e.Name)
	}
	for _, tm := range an.Times {
		fmt.Fprintf(a.out, "   TIME %s → %s\n", tm.Text, tm.Value)
	}
	for _, ev := range an.Events {
		fmt.Fprintf(a.out, "   EVENT %s %q %s\n", ev.Type, ev.Trigger, ev.Realis)
	}
	_, err := fmt.Fprintln(a.out)
	return err
}

// attribution names the speaker and via of quantity q, or the outlet's own.
func attribution(an model.Analysis, q int) (speaker, via string) {
	for _, c := range an.Claims {
		for _, qi := range c.Quantities {
			if qi != q {
				continue
			}
			if c.Speaker != nil {
				speaker = c.Speaker.Name
			}
			var vs []string
			for _, v := range c.Via {
				vs = append(vs, v.Name)
			}
			return speaker, strings.Join(vs, "، ")
		}
	}
	return "", ""
}

// bounds prints a quantity's value or range.
func bounds(q model.Quantity) string {
	f := func(p *float64) string {
		if p == nil {
			return "…"
		}
		return fmt.Sprintf("%g", *p)
	}
	s := f(q.Value)
	if q.Value == nil || q.Min == nil || q.Max == nil || *q.Min != *q.Max {
		s = f(q.Min) + "–" + f(q.Max)
	}
	if q.Approx {
		s = "~" + s
	}
	return s
}
