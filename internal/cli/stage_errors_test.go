package cli

import (
	"bytes"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/model"
)

func TestStageErrorsAreReported(t *testing.T) {
	var w bytes.Buffer
	an := model.Analysis{ID: "doc-7", Errors: []model.StageError{{Stage: "claims", Message: "panic: boom (at extract/claim/x.go:3)"}}}
	if !reportStageErrors(&w, an) {
		t.Error("a record with errors was not reported as failed")
	}
	if got, want := w.String(), "marsad: stage error: doc-7: claims: panic: boom (at extract/claim/x.go:3)\n"; got != want {
		t.Errorf("log line %q, want %q", got, want)
	}
	w.Reset()
	if reportStageErrors(&w, model.Analysis{ID: "ok"}) || w.Len() != 0 {
		t.Errorf("a clean record was reported: %q", w.String())
	}
	n := reportStoryErrors(&w, []model.Story{{ID: "s1", Errors: []model.StageError{{Stage: "comparisons", Message: "panic: x"}}}, {ID: "s2"}})
	if n != 1 || !strings.Contains(w.String(), "story s1: comparisons: panic: x") {
		t.Errorf("story errors: %d %q", n, w.String())
	}
	st := ingestStats{Read: 10, Inserted: 10, StageErrors: 2, StoryErrors: 1, Elapsed: 1}
	if !strings.Contains(st.String(), "; 2 articles and 1 stories with stage errors;") {
		t.Errorf("summary %q does not count stage errors", st.String())
	}
}
