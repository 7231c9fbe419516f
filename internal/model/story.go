package model

// Story is the contract's record of a group of documents reporting the same
// events, with what each source claims compared.
type Story struct {
	ID          string          `json:"id"`
	Title       string          `json:"title"`
	Documents   []string        `json:"documents"`
	Period      Period          `json:"period"`
	Brief       []BriefSentence `json:"brief"`
	Comparisons []Comparison    `json:"comparisons"`
	Related     []string        `json:"related,omitempty"`
	Places      []string        `json:"places,omitempty"`
	Actors      []string        `json:"actors,omitempty"`
	Outlets     []string        `json:"outlets,omitempty"`
	// Duplicates maps a document to the earlier document it re-publishes.
	Duplicates map[string]string `json:"duplicates,omitempty"`
	// Errors lists story stages (comparison) that failed on this story.
	Errors []StageError `json:"errors,omitempty"`
}

// Period is the span of dates a story covers.
type Period struct {
	From string `json:"from"`
	To   string `json:"to"`
}

// BriefSentence is one sentence of a story's extractive brief.
type BriefSentence struct {
	Document string `json:"document"`
	Start    int    `json:"start"`
	End      int    `json:"end"`
	Text     string `json:"text"`
}

// Comparison aligns the claims of one topic across a story's sources.
type Comparison struct {
	Topic   string          `json:"topic"`
	Unit    string          `json:"unit"`
	Place   string          `json:"place"`
	Verdict string          `json:"verdict"` // agree, disagree, updated
	Claims  []ComparedClaim `json:"claims"`
	// Predicate is what the figures count: killed, wounded, displaced,
	// evacuated, arrested, surrendered, remaining, controlled, or "".
	Predicate string `json:"predicate,omitempty"`
	// Sources is the number of independent sources among the claims: claims
	// that come through the same chain (speaker and agencies) count once.
	Sources int `json:"sources,omitempty"`
	// Complement is true for the bonus comparison of two sides' shares of one
	// place (one side's share against 100 minus the other's).
	Complement bool `json:"complement,omitempty"`
}

// ComparedClaim is one source's figure in a comparison.
type ComparedClaim struct {
	Document string   `json:"document"`
	Quantity int      `json:"quantity"`
	Claim    *int     `json:"claim"`
	Speaker  string   `json:"speaker"`
	Via      []string `json:"via"`
	Outlet   string   `json:"outlet,omitempty"`
	Min      *float64 `json:"min"`
	Max      *float64 `json:"max"`
	Value    *float64 `json:"value,omitempty"`
	Approx   bool     `json:"approx,omitempty"`
	AsOf     string   `json:"as_of,omitempty"`
	Text     string   `json:"text,omitempty"`
	// Start and End locate the quantity's span in the document's text.
	Start int `json:"start,omitempty"`
	End   int `json:"end,omitempty"`
	// Source is the claim's chain (speaker < agencies, or the outlet for its
	// own figures): claims with the same Source are one source.
	Source string `json:"source,omitempty"`
}
