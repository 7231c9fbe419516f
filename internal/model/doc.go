// Package model holds the plain data types that every stage of marsad shares:
// the article as ingested, the spans each extractor returns, and the records of
// the analysis contract (../shared/spec/analysis-contract.md). It imports
// nothing from the rest of marsad.
package model
