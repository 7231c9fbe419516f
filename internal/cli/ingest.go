package cli

import (
	"fmt"
	"time"

	"github.com/spf13/cobra"

	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/pipeline"
)

// inputFlags are the flags of every command that reads documents.
type inputFlags struct {
	published string
	outlet    string
	pipe      pipelineFlags
}

func (f *inputFlags) add(cmd *cobra.Command) {
	cmd.Flags().StringVar(&f.published, "published", "", "publication date (YYYY-MM-DD) for documents whose metadata lacks one")
	cmd.Flags().StringVar(&f.outlet, "outlet", "", "outlet for documents whose metadata lacks one")
	f.pipe.add(cmd)
}

func (f *inputFlags) reader() (*ingest.Reader, error) {
	opts := ingest.Options{Outlet: f.outlet}
	if f.published != "" {
		t, err := time.Parse(model.DateLayout, f.published)
		if err != nil {
			return nil, usageError{fmt.Errorf("--published %q: want YYYY-MM-DD", f.published)}
		}
		opts.Published = t
	}
	return ingest.New(opts), nil
}

// build makes the reader and the pipeline the flags describe.
func (f *inputFlags) build() (*ingest.Reader, *pipeline.Pipeline, error) {
	r, err := f.reader()
	if err != nil {
		return nil, nil, err
	}
	p, err := f.pipe.build()
	return r, p, err
}

func (a *app) ingestCmd() *cobra.Command {
	var in inputFlags
	cmd := &cobra.Command{
		Use:   "ingest PATH...",
		Short: "Read files, folders and feeds into the store",
		Long: `Reads plain text (UTF-8 or Windows-1256), HTML pages, RSS/Atom feeds (files or URLs),
WARC files and JSON Lines, from files and folders (walked recursively), analyses every
article and stores it. Ingesting the same thing twice stores it once. A file that cannot be
read is reported and skipped; the run goes on.`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, p, err := in.build()
			if err != nil {
				return err
			}
			s, err := a.openStore(cmd.Context())
			if err != nil {
				return err
			}
			defer s.Close()
			bar := progress(a.err, "ingest")
			st, err := ingestInto(cmd.Context(), s, p, r.Read(cmd.Context(), args), a.err, bar)
			if err != nil {
				return err
			}
			_, err = a.errf("%s: %s\n", s.Path(), st)
			return err
		},
	}
	in.add(cmd)
	return cmd
}
