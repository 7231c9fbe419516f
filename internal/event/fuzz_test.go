package event

import (
	"testing"
	"time"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// FuzzExtract checks that Extract never panics, that every span is inside
// the text and equal to its slice, and that every index points into the input.
func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"قتل 15 طفلا في غارة جوية على مدرسة في عربين.",
		"نفى المتحدث وجود اتفاق لإجلاء المسلحين.\nتظاهر آلاف الطلاب أمس.",
		"وأطلق   النار، على المتظاهرين؟ «اشتباكات» 2007",
		"\u064bقَتَلَ\u0640 مسلحون",
		"",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := text.Read(s)
		in := fakeInput(d)
		for _, e := range testX.Extract(d, in) {
			checkSpan(t, s, model.Span{Start: e.Start, End: e.End, Text: e.Trigger})
			for _, sp := range append(append([]model.Span{}, e.ActorSpans...), e.TargetSpans...) {
				checkSpan(t, s, sp)
			}
			checkIndex(t, e.Place, len(in.Places))
			checkIndex(t, e.Time, len(in.Times))
			checkIndex(t, e.Claim, len(in.Claims))
			for _, q := range e.Quantities {
				checkIndex(t, &q, len(in.Quantities))
			}
			for _, c := range e.Counts {
				checkIndex(t, &c.Quantity, len(in.Quantities))
			}
		}
	})
}

// fakeInput makes every third token a place (and the start of a two-token
// entity), quantity and claim (with a cue and speaker), and time, so that
// the linking code runs on arbitrary text.
func fakeInput(d *text.Doc) Input {
	in := Input{Published: time.Date(2018, 3, 20, 0, 0, 0, 0, time.UTC)}
	for i, t := range d.Tokens {
		sp := model.SpanOf(d.Text, t.Start, t.End)
		switch i % 3 {
		case 0:
			in.Places = append(in.Places, model.Place{Span: sp, Name: t.Norm, Lat: 35 + float64(i%7)/100, Lon: 40})
			if i+1 < len(d.Tokens) { // an entity running over two tokens, maybe across sentences
				in.Entities = append(in.Entities, model.Entity{Span: model.SpanOf(d.Text, t.Start, d.Tokens[i+1].End), Type: "PER"})
			}
		case 1:
			in.Quantities = append(in.Quantities, model.Quantity{Span: sp, Unit: "people", Noun: t.Norm})
			c := model.Claim{Span: sp}
			if i > 0 { // the claim's cue and speaker on the token before
				cue := model.SpanOf(d.Text, d.Tokens[i-1].Start, d.Tokens[i-1].End)
				c.CueSpan = &cue
				c.Speaker = &model.Speaker{Text: cue.Text, Start: cue.Start, End: cue.End}
			}
			in.Claims = append(in.Claims, c)
		case 2:
			in.Times = append(in.Times, model.Time{Span: sp, Type: "date", Value: "2017-01-02"})
		}
	}
	return in
}

func checkSpan(t *testing.T, s string, sp model.Span) {
	t.Helper()
	if sp.Start < 0 || sp.End > len(s) || sp.Start > sp.End || s[sp.Start:sp.End] != sp.Text {
		t.Fatalf("bad span %+v in %q", sp, s)
	}
}

func checkIndex(t *testing.T, i *int, n int) {
	t.Helper()
	if i != nil && (*i < 0 || *i >= n) {
		t.Fatalf("index %d out of [0,%d)", *i, n)
	}
}
