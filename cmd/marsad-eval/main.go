// Command marsad-eval prints marsad's figures on the datasets of
// ../shared/data as one Markdown table (make eval).
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"

	"github.com/marsad/marsad/internal/eval"
)

// sections lists every evaluation; each lives in its own file of internal/eval.
var sections = []eval.Section{
	eval.Stages,
	eval.Events,
	eval.Stories,
	eval.Incremental,
	eval.Ingest,
	eval.Search,
	eval.Web,
	eval.Claims,
	eval.NER,
	eval.Geo,
	eval.QuantitySection, eval.DateSection, eval.NumbersSection,
}

func main() {
	data := flag.String("data", "../shared/data", "folder of the shared datasets")
	only := flag.String("only", "", "comma-separated section names to run (default: all)")
	flag.Parse()
	rep := &eval.Report{}
	failed := 0
	for _, s := range sections {
		if *only != "" && !strings.Contains(","+*only+",", ","+s.Name+",") {
			continue
		}
		start := time.Now()
		if err := s.Run(*data, rep); err != nil {
			fmt.Fprintf(os.Stderr, "eval %s: %v\n", s.Name, err)
			failed++
			continue
		}
		fmt.Fprintf(os.Stderr, "eval %s: done in %s\n", s.Name, time.Since(start).Round(time.Millisecond))
	}
	rep.Write(os.Stdout)
	if failed > 0 {
		os.Exit(1)
	}
}
