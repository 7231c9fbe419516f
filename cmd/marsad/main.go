// Command marsad turns a stream of Arabic news into a sourced, cross-checked
// record of what happened and who says so.
package main

import (
	"os"

	"github.com/marsad/marsad/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
