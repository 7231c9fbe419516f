package apitest

import "testing"

// TestSpansPointIntoText checks the contract's rule on every fixture span:
// text[start:end] == span.text, and every index points into its array.
func TestSpansPointIntoText(t *testing.T) {
	texts := map[string]string{}
	for _, r := range Records() {
		an := r.Analysis
		texts[an.ID] = an.Text
		for _, p := range an.Problems() {
			t.Error(p)
		}
	}
	for _, st := range Stories() {
		for _, b := range st.Brief {
			if txt := texts[b.Document]; b.End > len(txt) || txt[b.Start:b.End] != b.Text {
				t.Errorf("story %s: brief sentence %q is not at %d-%d of %s", st.ID, b.Text, b.Start, b.End, b.Document)
			}
		}
	}
}
