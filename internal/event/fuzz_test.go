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

// fakeInput makes every third token a place, quantity, time and claim, so
// that the linking code runs on arbitrary text.
func fakeInput(d *text.Doc) Input {
	in := Input{Published: time.Date(2018, 3, 20, 0, 0, 0, 0, time.UTC)}
	for i, t := range d.Tokens {
		sp := model.SpanOf(d.Text, t.Start, t.End)
		switch i % 3 {
		case 0:
			in.Places = append(in.Places, model.Place{Span: sp, Name: t.Norm})
		case 1:
			in.Quantities = append(in.Quantities, model.Quantity{Span: sp, Unit: "people", Noun: t.Norm})
			in.Claims = append(in.Claims, model.Claim{Span: sp})
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
