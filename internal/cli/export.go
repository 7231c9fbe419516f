package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

// exportFormats are the formats export writes.
var exportFormats = []string{"jsonl", "stories-jsonl"}

func (a *app) exportCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write everything stored, as contract records or event exports",
		Long: `Writes the store to standard output:
  jsonl          one analysis record per article (the contract)
  stories-jsonl  one story record per story (the contract)`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := a.checkFormat(exportFormats...); err != nil {
				return err
			}
			s, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			return writeExport(cmd.Context(), s, a.out, a.format)
		},
	}
	a.addFormat(cmd, fmt.Sprintf("one of %v", exportFormats))
	cmd.Flags().Lookup("format").DefValue = "jsonl"
	cmd.Flags().Set("format", "jsonl")
	return cmd
}

// writeExport writes the whole store in one export format.
func writeExport(ctx context.Context, s *store.Store, w io.Writer, format string) error {
	j := newJSONL(w)
	switch format {
	case "jsonl":
		return s.EachRecord(ctx, func(r store.Record) error { return j.write(r.Analysis) })
	case "stories-jsonl":
		return eachStory(ctx, s, func(st model.Story) error { return j.write(st) })
	}
	return usageError{fmt.Errorf("unknown export format %q", format)}
}

func eachStory(ctx context.Context, s *store.Store, fn func(model.Story) error) error {
	const page = 500
	for off := 0; ; off += page {
		list, _, err := s.Stories(ctx, page, off)
		if err != nil {
			return err
		}
		for _, st := range list {
			if err := fn(st); err != nil {
				return err
			}
		}
		if len(list) < page {
			return nil
		}
	}
}
