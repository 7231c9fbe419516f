package cli

import (
	"context"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/marsad/marsad/internal/export"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

// exportFormats are the formats export writes.
var exportFormats = []string{"jsonl", "stories-jsonl", "acled-csv", "plover-jsonl", "geojson"}

// eventWriters write the event exports from every stored record.
var eventWriters = map[string]func(io.Writer, []model.Analysis) error{
	"acled-csv":    export.WriteACLED,
	"plover-jsonl": export.WritePLOVER,
	"geojson":      export.WriteGeoJSON,
}

func (a *app) exportCmd() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write everything stored, as contract records or event exports",
		Long: `Writes the store to standard output:
  jsonl          one analysis record per article (the contract)
  stories-jsonl  one story record per story (the contract)
  acled-csv      events as ACLED rows: the 31 ACLED columns, then marsad's
                 (source URLs, realis, status, fatalities max)
  plover-jsonl   events as PLOVER records, one per line
  geojson        events with coordinates as a GeoJSON FeatureCollection of points`,
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
	cmd.Flags().String("format", "jsonl", fmt.Sprintf("one of %v", exportFormats))
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
	if write, ok := eventWriters[format]; ok {
		var all []model.Analysis
		err := s.EachRecord(ctx, func(r store.Record) error { all = append(all, r.Analysis); return nil })
		if err != nil {
			return err
		}
		return write(w, all)
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
