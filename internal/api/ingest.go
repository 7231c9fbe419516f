package api

import (
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"strings"
	"time"
)

// ErrTooLarge is returned by ReadIngest when the body passes the size limit.
var ErrTooLarge = errors.New("upload too large")

// ingestResult is the answer of POST /api/ingest.
type ingestResult struct {
	IDs []string `json:"ids"`
}

// ingest: POST /api/ingest: pasted text or uploaded files (see ReadIngest);
// answers 201 with the ids of the stored articles.
func (s *server) ingest(w http.ResponseWriter, r *http.Request) {
	if s.opts.Ingest == nil {
		writeError(w, http.StatusNotImplemented, "ingest is not enabled on this server")
		return
	}
	docs, err := ReadIngest(w, r, s.opts.MaxUpload)
	if err != nil {
		writeError(w, IngestStatus(err), err.Error())
		return
	}
	ids, err := s.opts.Ingest(r.Context(), docs)
	if err != nil {
		s.log.Error("api ingest", "err", err)
		writeError(w, http.StatusUnprocessableEntity, "ingest: "+err.Error())
		return
	}
	writeJSON(w, http.StatusCreated, ingestResult{IDs: orEmpty(ids)})
}

// IngestStatus is the HTTP status for an error of ReadIngest.
func IngestStatus(err error) int {
	if errors.Is(err, ErrTooLarge) {
		return http.StatusRequestEntityTooLarge
	}
	return http.StatusBadRequest
}

// ReadIngest reads the documents of an ingest request, its body capped at
// max bytes:
//   - multipart/form-data or a urlencoded form: fields text, title, outlet,
//     published (YYYY-MM-DD), url, and any number of files under "file";
//     the metadata fields apply to every document;
//   - application/json: {"documents": [{"text", "name", "title", "outlet",
//     "published", "url"}]} or one such object;
//   - text/plain: the body is the text; metadata from the query string.
func ReadIngest(w http.ResponseWriter, r *http.Request, max int64) ([]IngestDoc, error) {
	r.Body = http.MaxBytesReader(w, r.Body, max)
	ct, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	var docs []IngestDoc
	var err error
	switch ct {
	case "multipart/form-data", "application/x-www-form-urlencoded":
		docs, err = readForm(r, max)
	case "application/json":
		docs, err = readJSON(r.Body)
	case "text/plain", "":
		docs, err = readPlain(r)
	default:
		return nil, fmt.Errorf("unsupported content type %q: use multipart/form-data, application/json or text/plain", ct)
	}
	if err != nil {
		return nil, sizeErr(err, max)
	}
	return validate(docs)
}

func sizeErr(err error, max int64) error {
	var mbe *http.MaxBytesError
	if errors.As(err, &mbe) || strings.Contains(err.Error(), "request body too large") {
		return fmt.Errorf("%w: the limit is %d bytes", ErrTooLarge, max)
	}
	return err
}

func readForm(r *http.Request, max int64) ([]IngestDoc, error) {
	if err := r.ParseMultipartForm(min(max, 32<<20)); err != nil && !errors.Is(err, http.ErrNotMultipart) {
		return nil, fmt.Errorf("read form: %w", err)
	}
	meta := IngestDoc{Title: r.FormValue("title"), Outlet: r.FormValue("outlet"),
		Published: r.FormValue("published"), URL: r.FormValue("url")}
	var docs []IngestDoc
	if t := r.FormValue("text"); strings.TrimSpace(t) != "" {
		d := meta
		d.Data = []byte(t)
		docs = append(docs, d)
	}
	if r.MultipartForm == nil {
		return docs, nil
	}
	for _, fh := range r.MultipartForm.File["file"] {
		f, err := fh.Open()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", fh.Filename, err)
		}
		data, err := io.ReadAll(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("read %s: %w", fh.Filename, err)
		}
		d := meta
		d.Name, d.Data = fh.Filename, data
		docs = append(docs, d)
	}
	return docs, nil
}

type jsonDoc struct {
	IngestDoc
	Text string `json:"text"`
}

func readJSON(body io.Reader) ([]IngestDoc, error) {
	raw, err := io.ReadAll(body)
	if err != nil {
		return nil, err
	}
	var many struct {
		Documents []jsonDoc `json:"documents"`
	}
	if err := json.Unmarshal(raw, &many); err != nil {
		return nil, fmt.Errorf("read json: %w", err)
	}
	if many.Documents == nil {
		var one jsonDoc
		if err := json.Unmarshal(raw, &one); err != nil {
			return nil, fmt.Errorf("read json: %w", err)
		}
		many.Documents = []jsonDoc{one}
	}
	docs := make([]IngestDoc, len(many.Documents))
	for i, d := range many.Documents {
		docs[i] = d.IngestDoc
		docs[i].Data = []byte(d.Text)
	}
	return docs, nil
}

func readPlain(r *http.Request) ([]IngestDoc, error) {
	data, err := io.ReadAll(r.Body)
	if err != nil {
		return nil, err
	}
	q := r.URL.Query()
	return []IngestDoc{{Data: data, Title: q.Get("title"), Outlet: q.Get("outlet"),
		Published: q.Get("published"), URL: q.Get("url")}}, nil
}

// validate refuses empty input, empty documents and malformed dates.
func validate(docs []IngestDoc) ([]IngestDoc, error) {
	if len(docs) == 0 {
		return nil, errors.New("nothing to ingest: give a text or a file")
	}
	for i, d := range docs {
		if strings.TrimSpace(string(d.Data)) == "" {
			return nil, fmt.Errorf("document %d (%s) is empty", i+1, d.Name)
		}
		if d.Published != "" {
			if _, err := time.Parse("2006-01-02", d.Published); err != nil {
				return nil, fmt.Errorf("published must be a date YYYY-MM-DD, got %q", d.Published)
			}
		}
	}
	return docs, nil
}
