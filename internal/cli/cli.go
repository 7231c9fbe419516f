// Package cli wires marsad's commands: it parses flags, opens the store and
// runs the pipeline. One file per command.
package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"

	"github.com/spf13/cobra"

	"github.com/marsad/marsad/internal/store"
)

// app is what every command shares: the streams and the global flags.
type app struct {
	in       io.Reader
	out, err io.Writer
	db       string
	format   string
}

// Run executes the command line args and returns the process exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	a := &app{in: stdin, out: stdout, err: stderr}
	root := a.root()
	root.SetArgs(args)
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintln(stderr, "marsad:", err)
		var ue usageError
		if errors.As(err, &ue) {
			return 2
		}
		return 1
	}
	return 0
}

func (a *app) root() *cobra.Command {
	root := &cobra.Command{
		Use:   "marsad",
		Short: "marsad reads Arabic news and records who said which figure, through whom, where and when",
		Long: `marsad turns a stream of Arabic news into a sourced, cross-checked record:
for every figure, who said it, through whom, where and when, and where sources agree or disagree.`,
		SilenceUsage:  true,
		SilenceErrors: true,
		// Each command declares its own --format; the one that runs sets it.
		PersistentPreRunE: func(cmd *cobra.Command, args []string) error {
			if f := cmd.Flags().Lookup("format"); f != nil {
				a.format = f.Value.String()
			}
			return nil
		},
	}
	def := os.Getenv("MARSAD_DB")
	if def == "" {
		def = "marsad.db"
	}
	root.PersistentFlags().StringVar(&a.db, "db", def, "the embedded store (SQLite file; env MARSAD_DB)")
	root.AddCommand(a.ingestCmd(), a.analyzeCmd(), a.storiesCmd(), a.serveCmd(), a.searchCmd(),
		a.exportCmd(), a.articlesCmd(), a.migrateCmd(), a.checkCmd(), a.versionCmd())
	return root
}

// addFormat adds the --format flag of a command that lists things.
func (a *app) addFormat(cmd *cobra.Command) {
	cmd.Flags().String("format", "table", "output: table (for people) or jsonl (one JSON object per line, for scripts)")
}

func (a *app) checkFormat(allowed ...string) error {
	for _, f := range allowed {
		if a.format == f {
			return nil
		}
	}
	return usageError{fmt.Errorf("unknown --format %q (want one of %v)", a.format, allowed)}
}

// openStore opens the store named by --db.
func (a *app) openStore(ctx context.Context) (*store.Store, error) {
	return store.Open(ctx, a.db, store.Options{})
}

// usageError is a mistake on the command line: exit code 2.
type usageError struct{ error }

func (u usageError) Unwrap() error { return u.error }
