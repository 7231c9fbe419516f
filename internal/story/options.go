package story

import "time"

// Options tune the Grouper. Start from DefaultOptions.
type Options struct {
	// Threshold is the score an article needs to join a story; below it
	// the article starts a new one.
	Threshold float64
	// Window is how long after its last article a story can still gain
	// articles; the score also falls with the time gap inside the window.
	Window time.Duration
	// DupThreshold is the estimated Jaccard similarity of word shingles
	// above which an article is a re-published copy of an earlier one.
	DupThreshold float64
	// DupWindow is how long an article can be found as the original of a copy.
	DupWindow time.Duration
	// RelatedThreshold is the score of a second story that the article's
	// story then lists as related.
	RelatedThreshold float64
	// DocTerms is how many terms of an article's TF-IDF vector are kept;
	// QueryTerms of them look up candidate stories in the inverted index.
	DocTerms, QueryTerms int
	// CentroidTerms is how many terms a story's centroid keeps.
	CentroidTerms int
	// ScanLimit is how many of the latest entries of one term's posting
	// list are read per article; Candidates how many stories are then
	// scored exactly. Both bound the cost of Add.
	ScanLimit, Candidates int
	// EntityWeight, PlaceWeight and FigureWeight weigh an article's
	// entities, places and figures (when filled) against its words; a
	// weight of 0 leaves them out.
	EntityWeight, PlaceWeight, FigureWeight float64
	// EventWeight weighs each event that happened (its type and place).
	EventWeight float64
}

// DefaultOptions returns the settings tuned on the development gold set.
func DefaultOptions() Options {
	return Options{
		Threshold:        0.22,
		Window:           72 * time.Hour,
		DupThreshold:     0.6,
		DupWindow:        7 * 24 * time.Hour,
		RelatedThreshold: 0.16,
		DocTerms:         100,
		QueryTerms:       30,
		CentroidTerms:    150,
		ScanLimit:        200,
		Candidates:       20,
		EntityWeight:     1,
		PlaceWeight:      1,
		FigureWeight:     2,
		EventWeight:      1,
	}
}
