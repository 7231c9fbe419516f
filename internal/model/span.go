package model

// Span is a byte range into an article's Text, end exclusive, with the text
// it covers. Text[Start:End] == Span.Text always holds.
type Span struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// SpanOf returns the span [start,end) of text.
func SpanOf(text string, start, end int) Span {
	return Span{Start: start, End: end, Text: text[start:end]}
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return o.Start >= s.Start && o.End <= s.End }

// Overlaps reports whether s and o share at least one byte.
func (s Span) Overlaps(o Span) bool { return s.Start < o.End && o.Start < s.End }
