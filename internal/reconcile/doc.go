// Package reconcile compares what the sources of one story say: it aligns the
// figures that count the same thing (same predicate, unit and place) and
// judges them with the contract's verdict rule (agree, disagree, updated).
// It works on the contract's records (model.Analysis) and depends on no other
// stage: the quantities, claims, places and entities come in the records.
package reconcile
