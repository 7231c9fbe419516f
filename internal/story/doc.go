// Package story groups articles that report the same events into stories,
// online: each new article joins the best-matching recent story or starts a
// new one, without re-clustering the others. It also links re-published
// copies (near-duplicates), so that a wire story carried by three outlets is
// not counted as three sources, and writes each story's extractive brief.
//
// The Grouper works on the contract's records (model.Analysis): the text
// alone is enough, and entities, places and figures, when an extractor has
// filled them, add to the match.
//
// State. A Grouper is deterministic: the same analyses added in the same
// order give the same stories and the same story ids (a story's id is
// derived from its first document). A store keeps stories up to date by
// keeping the Grouper in memory as articles are ingested, and rebuilds it
// at start by re-adding the stored analyses in ingestion order (only the
// last Options.Window of articles can still gain documents, so a store may
// re-add only those and keep older stories as they are).
package story
