package api

import (
	"net/http"
	"slices"
)

// exportTypes gives each export format its content type and file extension.
var exportTypes = map[string][2]string{
	"jsonl":         {"application/x-ndjson; charset=utf-8", "jsonl"},
	"stories-jsonl": {"application/x-ndjson; charset=utf-8", "stories.jsonl"},
	"plover-jsonl":  {"application/x-ndjson; charset=utf-8", "plover.jsonl"},
	"acled-csv":     {"text/csv; charset=utf-8", "acled.csv"},
	"geojson":       {"application/geo+json; charset=utf-8", "geojson"},
}

// export: GET /api/export?format=jsonl|stories-jsonl|acled-csv|plover-jsonl|geojson:
// everything stored, as a download.
func (s *server) export(w http.ResponseWriter, r *http.Request) {
	p := newParams(r)
	format := p.oneOf("format", "jsonl", s.opts.ExportFormats...)
	if !p.ok(w) {
		return
	}
	if s.opts.Export == nil {
		writeError(w, http.StatusNotImplemented, "export is not enabled on this server")
		return
	}
	ct, ext := "application/octet-stream", format
	if t, ok := exportTypes[format]; ok {
		ct, ext = t[0], t[1]
	}
	lw := &lazyWriter{w: w, header: func() {
		w.Header().Set("Content-Type", ct)
		w.Header().Set("Content-Disposition", `attachment; filename="marsad-export.`+ext+`"`)
	}}
	if err := s.opts.Export(r.Context(), lw, format); err != nil {
		s.log.Error("api export", "format", format, "err", err)
		if !lw.started {
			writeError(w, http.StatusInternalServerError, "export failed")
		}
		return
	}
	if !lw.started {
		lw.Write(nil)
	}
}

// ExportFormats returns the export formats the options accept.
func ExportFormats(opts Options) []string {
	if len(opts.ExportFormats) == 0 {
		return slices.Clone(DefaultExportFormats)
	}
	return slices.Clone(opts.ExportFormats)
}

// lazyWriter sets the download headers on the first write, so that an export
// failing before any output can still answer with a JSON error.
type lazyWriter struct {
	w       http.ResponseWriter
	header  func()
	started bool
}

func (l *lazyWriter) Write(b []byte) (int, error) {
	if !l.started {
		l.started = true
		l.header()
		l.w.WriteHeader(http.StatusOK)
	}
	return l.w.Write(b)
}
