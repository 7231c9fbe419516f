package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"

	"github.com/marsad/marsad/internal/api"
	"github.com/marsad/marsad/internal/demo"
	"github.com/marsad/marsad/internal/event"
	"github.com/marsad/marsad/internal/ingest"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/pipeline"
	"github.com/marsad/marsad/internal/store"
	"github.com/marsad/marsad/internal/web"
)

func (a *app) serveCmd() *cobra.Command {
	var addr, token string
	var loadDemo bool
	var pipe pipelineFlags
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve the web UI and the JSON API over the store",
		Long: `Serves the web UI (/) and the JSON API (/api/, described at /api/openapi.json).
--demo first loads the demo corpus shipped in the binary (idempotent).
Writes (ingest from the browser or POST /api/ingest) need --token (or MARSAD_TOKEN)
when the server listens beyond loopback.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, args []string) error {
			ctx := cmd.Context()
			p, err := pipe.build()
			if err != nil {
				return err
			}
			s, err := a.openStore(ctx)
			if err != nil {
				return err
			}
			defer s.Close()
			if loadDemo {
				st, err := ingestInto(ctx, s, p, ingest.New(ingest.Options{}).ReadFS(ctx, demo.FS(), "."), a.err, progress(a.err, "demo"))
				if err != nil {
					return fmt.Errorf("demo corpus: %w", err)
				}
				a.errf("demo corpus: %s\n", st)
			}
			return a.listen(ctx, addr, a.site(s, p, addr, token))
		},
	}
	cmd.Flags().StringVar(&addr, "addr", "127.0.0.1:8080", "address to listen on")
	cmd.Flags().StringVar(&token, "token", os.Getenv("MARSAD_TOKEN"), "token that writes must carry when listening beyond loopback (env MARSAD_TOKEN)")
	cmd.Flags().BoolVar(&loadDemo, "demo", false, "load the demo corpus shipped in the binary first")
	pipe.add(cmd)
	return cmd
}

func (a *app) site(s *store.Store, p *pipeline.Pipeline, addr, token string) http.Handler {
	logger := slog.New(slog.NewTextHandler(a.err, nil))
	return web.New(web.Options{
		Store:  s,
		Ingest: ingestDocs(s, p, a.err),
		Export: func(ctx context.Context, w io.Writer, format string) error {
			_, err := writeExport(ctx, s, w, format, exportOptions())
			return err
		},
		ExportFormats: exportFormats,
		EventTypes:    event.Types(),
		RequireToken:  !loopback(addr),
		Token:         token,
		Logger:        logger,
	})
}

// loopback reports whether addr listens only on the loopback interface.
func loopback(addr string) bool {
	host, _, err := net.SplitHostPort(addr)
	if err != nil {
		return false
	}
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// listen serves h on addr until ctx ends, then shuts down gracefully.
func (a *app) listen(ctx context.Context, addr string, h http.Handler) error {
	srv := &http.Server{Addr: addr, Handler: h, ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout: 2 * time.Minute, WriteTimeout: 5 * time.Minute, IdleTimeout: 2 * time.Minute}
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return err
	}
	a.errf("marsad: serving http://%s (store %s)\n", ln.Addr(), a.db)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
		shut, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if err := srv.Shutdown(shut); err != nil {
			return err
		}
		if err := <-errc; !errors.Is(err, http.ErrServerClosed) {
			return err
		}
		return nil
	}
}

// ingestDocs returns the function the web and API call to ingest uploaded
// files and pasted texts: it writes them to a temporary folder and reads
// them with the same readers as `marsad ingest`.
func ingestDocs(s *store.Store, p *pipeline.Pipeline, errOut io.Writer) api.IngestFunc {
	return func(ctx context.Context, docs []api.IngestDoc) ([]string, error) {
		dir, err := os.MkdirTemp("", "marsad-upload-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(dir)
		var ids []string
		for i, d := range docs {
			opts := ingest.Options{Outlet: d.Outlet}
			if d.Published != "" {
				if t, err := time.Parse(model.DateLayout, d.Published); err == nil {
					opts.Published = t
				}
			}
			path := filepath.Join(dir, uploadName(i, d))
			if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
				return ids, err
			}
			if err := os.WriteFile(path, d.Data, 0o600); err != nil {
				return ids, err
			}
			got, err := ingestOne(ctx, s, p, ingest.New(opts), path, d, errOut)
			if err != nil {
				return ids, err
			}
			ids = append(ids, got...)
		}
		stories, err := groupStories(ctx, s, p, false)
		reportStoryErrors(errOut, stories)
		return ids, err
	}
}

// uploadName keeps an upload's base name (its extension picks the reader,
// and gives a text its id); pasted text becomes a .txt file named by its
// hash, so two pastes never share an id.
func uploadName(i int, d api.IngestDoc) string {
	name := filepath.Base(d.Name)
	if d.Name == "" || name == "." || name == "/" {
		return "pasted-" + model.TextHash(string(d.Data))[:12] + ".txt"
	}
	return filepath.Join(fmt.Sprint(i), name)
}

// ingestOne reads one uploaded file, analyses and stores its articles, and
// returns their ids. A pasted text's title and URL are applied to it.
func ingestOne(ctx context.Context, s *store.Store, p *pipeline.Pipeline, r *ingest.Reader, path string, d api.IngestDoc, errOut io.Writer) ([]string, error) {
	var recs []store.Record
	for it := range r.Read(ctx, []string{path}) {
		if it.Err != nil {
			return nil, fmt.Errorf("%s: %w", orName(d.Name), errors.Unwrap(it.Err))
		}
		art := it.Article
		if d.Title != "" {
			art.Title = d.Title
		}
		if d.URL != "" {
			art.URL = d.URL
		}
		art, an := p.Analyze(art)
		reportStageErrors(errOut, an)
		recs = append(recs, store.Record{Article: art, Analysis: an})
	}
	out, err := s.Put(ctx, recs)
	if err != nil {
		return nil, err
	}
	var ids []string
	for _, o := range out {
		if o.Status == store.Duplicate {
			ids = append(ids, o.DuplicateOf)
		} else {
			ids = append(ids, o.ID)
		}
	}
	return ids, nil
}

func orName(name string) string {
	if name == "" {
		return "pasted text"
	}
	return name
}
