package cli

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

// jsonl writes one JSON object per line.
type jsonl struct{ enc *json.Encoder }

func newJSONL(w io.Writer) jsonl {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return jsonl{enc: enc}
}

func (j jsonl) write(v any) error { return j.enc.Encode(v) }

// table prints aligned columns for people reading a terminal.
type table struct{ tw *tabwriter.Writer }

func newTable(w io.Writer, header ...string) *table {
	t := &table{tw: tabwriter.NewWriter(w, 2, 4, 2, ' ', 0)}
	t.row(header...)
	return t
}

func (t *table) row(cells ...string) {
	for i := range cells {
		cells[i] = oneLine(cells[i])
	}
	fmt.Fprintln(t.tw, strings.Join(cells, "\t"))
}

func (t *table) flush() error { return t.tw.Flush() }

// oneLine flattens a cell to one line, keeping its indentation.
func oneLine(s string) string {
	indent := s[:len(s)-len(strings.TrimLeft(s, " "))]
	return indent + strings.Join(strings.Fields(s), " ")
}

// cut shortens s to at most n runes.
func cut(s string, n int) string {
	s = oneLine(s)
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
