// Package e2e holds end-to-end tests: the demo corpus read by the real
// readers, analysed by the real pipeline, stored, and served by the real
// web UI and API, checked for what a user sees. It has no code of its own.
package e2e
