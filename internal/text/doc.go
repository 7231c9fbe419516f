// Package text is marsad's Arabic text core: Unicode normalisation of the
// analysed text, the matching form (Fold) that never replaces the original,
// sentence splitting, and tokens with their clitics split off for matching.
// Every span it returns is a byte range into the text it was given.
package text
