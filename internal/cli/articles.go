package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

func (a *app) articlesCmd() *cobra.Command {
	var q store.ArticleQuery
	cmd := &cobra.Command{
		Use:   "articles",
		Short: "List the stored articles, newest first",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.checkFormat("table", "jsonl"); err != nil {
				return err
			}
			s, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			list, total, err := s.Articles(cmd.Context(), q)
			if err != nil {
				return err
			}
			if a.format == "jsonl" {
				j := newJSONL(a.out)
				for _, sum := range list {
					if err := j.write(sum); err != nil {
						return err
					}
				}
				return nil
			}
			t := newTable(a.out, "ID", "PUBLISHED", "OUTLET", "TITLE")
			for _, sum := range list {
				t.row(sum.ID, day(sum.Published), sum.Outlet, cut(sum.Title, 70))
			}
			if err := t.flush(); err != nil {
				return err
			}
			_, err = a.errf("%d of %d articles\n", len(list), total)
			return err
		},
	}
	a.addFormat(cmd)
	addQueryFlags(cmd, &q)
	return cmd
}

func day(t time.Time) string {
	if t.IsZero() {
		return "-"
	}
	return t.Format(model.DateLayout)
}

// errf writes a message for people to standard error.
func (a *app) errf(format string, args ...any) (int, error) {
	return fmt.Fprintf(a.err, format, args...)
}
