// Package eval measures marsad against the datasets in ../shared/data. It is
// run by `make eval` (cmd/marsad-eval), never by `go test`: the data is not
// part of the repository.
package eval

import (
	"fmt"
	"io"
	"strings"
)

// Section is one evaluation: it reads what it needs under the data folder and
// writes its figures to the report.
type Section struct {
	Name string
	Run  func(data string, r *Report) error
}

// Report collects the rows of the figures table.
type Report struct {
	rows [][4]string
}

// Add records one figure: the section, what was measured, the value, and a
// note (the size of the set, the anchor to beat...).
func (r *Report) Add(section, measure, value, note string) {
	r.rows = append(r.rows, [4]string{section, measure, value, note})
}

// Addf is Add with a formatted value.
func (r *Report) Addf(section, measure, note, format string, args ...any) {
	r.Add(section, measure, fmt.Sprintf(format, args...), note)
}

// Write prints the table in Markdown, so it can be pasted into a note.
func (r *Report) Write(w io.Writer) {
	fmt.Fprintln(w, "| section | measure | value | note |")
	fmt.Fprintln(w, "|---|---|---|---|")
	for _, row := range r.rows {
		fmt.Fprintf(w, "| %s |\n", strings.Join(row[:], " | "))
	}
}

// Pct formats a share as a percentage with one decimal.
func Pct(num, den int) string {
	if den == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.1f%% (%d/%d)", 100*float64(num)/float64(den), num, den)
}
