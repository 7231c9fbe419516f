package cli

import (
	"context"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/spf13/cobra"

	"github.com/marsad/marsad/internal/export"
	"github.com/marsad/marsad/internal/gazetteer"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

// exportFormats are the formats export writes.
var exportFormats = []string{"jsonl", "stories-jsonl", "acled-csv", "plover-jsonl", "geojson"}

// eventWriters write the event exports from every stored record.
var eventWriters = map[string]func(io.Writer, []model.Analysis, export.Options) (export.Stats, error){
	"acled-csv":    export.WriteACLED,
	"plover-jsonl": export.WritePLOVER,
	"geojson":      export.WriteGeoJSON,
}

func (a *app) exportCmd() *cobra.Command {
	opts := exportOptions()
	cmd := &cobra.Command{
		Use:   "export",
		Short: "Write everything stored, as contract records or event exports",
		Long: `Writes the store to standard output:
  jsonl          one analysis record per article (the contract)
  stories-jsonl  one story record per story (the contract)
  acled-csv      events as ACLED rows: the 31 ACLED columns, then marsad's
                 (source URLs, realis, status, fatalities max)
  plover-jsonl   events as PLOVER records, one per line
  geojson        events with coordinates as a GeoJSON FeatureCollection of points
The event exports say on standard error how many events they wrote and which they left out, and why.`,
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
			st, err := writeExport(cmd.Context(), s, a.out, a.format, opts)
			if err == nil && st != nil {
				reportExport(a.err, a.format, *st)
			}
			return err
		},
	}
	cmd.Flags().String("format", "jsonl", fmt.Sprintf("one of %v", exportFormats))
	cmd.Flags().BoolVar(&opts.Current, "current", false, "event exports: leave out events the text dates to the past (historical)")
	cmd.Flags().BoolVar(&opts.BOM, "bom", false, "acled-csv: start with a UTF-8 byte-order mark, for spreadsheet programs")
	return cmd
}

// reportExport says what an event export wrote and left out.
func reportExport(w io.Writer, format string, st export.Stats) {
	reasons := make([]string, 0, len(st.Left))
	for r := range st.Left {
		reasons = append(reasons, r)
	}
	sort.Strings(reasons)
	var parts []string
	for _, r := range reasons {
		parts = append(parts, fmt.Sprintf("%d %s", st.Left[r], r))
	}
	left := ""
	if len(parts) > 0 {
		left = "; left out: " + strings.Join(parts, ", ")
	}
	fmt.Fprintf(w, "marsad: %s: %d events written%s\n", format, st.Written, left)
}

// exportOptions are the event exports' defaults: admin1 from the shipped
// gazetteer's administrative areas.
func exportOptions() export.Options {
	g := gazetteer.Default()
	return export.Options{Admin1: func(id string) string {
		if e, ok := g.Admin1Of(id); ok {
			return e.NameEn
		}
		return ""
	}}
}

// writeExport writes the whole store in one export format; an event
// export returns what it wrote and left out.
func writeExport(ctx context.Context, s *store.Store, w io.Writer, format string, o export.Options) (*export.Stats, error) {
	j := newJSONL(w)
	switch format {
	case "jsonl":
		return nil, s.EachRecord(ctx, func(r store.Record) error { return j.write(r.Analysis) })
	case "stories-jsonl":
		return nil, eachStory(ctx, s, func(st model.Story) error { return j.write(st) })
	}
	if write, ok := eventWriters[format]; ok {
		var all []model.Analysis
		err := s.EachRecord(ctx, func(r store.Record) error { all = append(all, r.Analysis); return nil })
		if err != nil {
			return nil, err
		}
		st, err := write(w, all, o)
		return &st, err
	}
	return nil, usageError{fmt.Errorf("unknown export format %q", format)}
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
