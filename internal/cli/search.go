package cli

import (
	"strings"

	"github.com/spf13/cobra"

	"github.com/marsad/marsad/internal/store"
)

func (a *app) searchCmd() *cobra.Command {
	var q store.ArticleQuery
	cmd := &cobra.Command{
		Use:   "search QUERY",
		Short: "Arabic-aware full-text search over the stored articles",
		Long: `Finds the articles that hold every word of QUERY, compared in the matching form:
clitics (و ف ب ل ك ال), harakat, tatweel, alef/ya/ta-marbuta variants and Arabic-Indic digits folded,
so المقاتلين finds والمقاتلين, ومقاتلين and vowelled spellings.

  marsad search قصف حلب                 both words
  marsad search '"مجلس الأمن"'          the phrase, words in that order
  marsad search حلب OR دمشق             either (also: حلب أو دمشق)
  marsad search -- سوريا -روسيا         leave out the articles with روسيا;
                                        "--" ends the flags, so a query may begin with -`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.checkFormat("table", "jsonl"); err != nil {
				return err
			}
			s, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			hits, total, err := s.Search(cmd.Context(), strings.Join(args, " "), q)
			if err != nil {
				return err
			}
			return a.printHits(hits, total)
		},
	}
	a.addFormat(cmd)
	addQueryFlags(cmd, &q)
	return cmd
}

func addQueryFlags(cmd *cobra.Command, q *store.ArticleQuery) {
	cmd.Flags().IntVar(&q.Limit, "limit", 20, "how many results")
	cmd.Flags().IntVar(&q.Offset, "offset", 0, "skip this many results")
	cmd.Flags().StringVar(&q.Outlet, "outlet", "", "only this outlet")
	cmd.Flags().StringVar(&q.From, "from", "", "only articles published on or after this day (YYYY-MM-DD)")
	cmd.Flags().StringVar(&q.To, "to", "", "only articles published on or before this day (YYYY-MM-DD)")
}

func (a *app) printHits(hits []store.Hit, total int) error {
	if a.format == "jsonl" {
		j := newJSONL(a.out)
		for _, h := range hits {
			if err := j.write(h); err != nil {
				return err
			}
		}
		return nil
	}
	t := newTable(a.out, "ID", "PUBLISHED", "OUTLET", "TITLE", "MATCH")
	for _, h := range hits {
		t.row(h.ID, day(h.Published), h.Outlet, cut(h.Title, 50), cut(snippetText(h.Snippet), 80))
	}
	if err := t.flush(); err != nil {
		return err
	}
	_, err := a.errf("%d of %d articles\n", len(hits), total)
	return err
}

func snippetText(segs []store.Segment) string {
	var b strings.Builder
	for _, s := range segs {
		if s.Mark {
			b.WriteString("[" + s.Text + "]")
		} else {
			b.WriteString(s.Text)
		}
	}
	return b.String()
}
