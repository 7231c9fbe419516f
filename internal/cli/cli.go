// Package cli wires marsad's commands: it parses flags, opens the store and
// runs the pipeline. It is the only package besides pipeline that knows every
// stage.
package cli

import (
	"fmt"
	"io"
)

// Run executes the command line args and returns the process exit code.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fmt.Fprintln(stderr, "marsad: not yet wired")
	return 2
}
