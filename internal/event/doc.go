// Package event finds what happened in an article: one typed record per
// incident, with its trigger words, actors and targets, place, date, counts,
// the claim it is reported in, and its realis (actual, planned, hypothetical,
// negated, historical). Types are the 43 names of the marsad event
// vocabulary; the PLOVER and ACLED classes are derived from the type, so the
// exports are deterministic.
//
// The heart of the stage is its trigger lexicon, data/triggers.tsv: Arabic
// verbs, nouns and phrases with how they inflect. Cue words for realis,
// counts and noun-phrase limits are in data/cues.tsv, and the type table in
// data/types.tsv. All three are embedded.
package event
