package ingest

import (
	"errors"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// errNoText reports an input that holds no text once read.
var errNoText = errors.New("no text")

// emitter passes a reader's articles and errors to the consumer, finishing
// each article first, and remembers when the consumer stops.
type emitter struct {
	r       *Reader
	yield   func(Item) bool
	stopped bool
}

// article finishes a and yields it; false means stop reading.
func (e *emitter) article(a model.Article) bool { return e.articleWarning(a, "") }

// articleWarning yields a with a warning about its input.
func (e *emitter) articleWarning(a model.Article, warning string) bool {
	if e.stopped {
		return false
	}
	a, err := e.r.finish(a)
	if err != nil {
		return e.fail(a.Source, err)
	}
	e.stopped = !e.yield(Item{Article: a, Warning: warning})
	return !e.stopped
}

// fail yields the failure to read src; false means stop reading.
func (e *emitter) fail(src string, err error) bool {
	if e.stopped {
		return false
	}
	e.stopped = !e.yield(Item{Err: model.SourceError{Source: src, Err: err}})
	return !e.stopped
}

// finish normalises the text and title (an article without one is titled
// by the opening of its text), computes the hash, the language and
// the id when the reader gave none, and applies the Options' fallbacks.
func (r *Reader) finish(a model.Article) (model.Article, error) {
	a.Text = strings.TrimSpace(text.Normalize(a.Text))
	if a.Text == "" {
		return a, errNoText
	}
	a.Title = oneLine(text.Normalize(a.Title))
	if a.Title == "" {
		a.Title = headline(a.Text)
	}
	a.Outlet = oneLine(text.Normalize(a.Outlet))
	a.Hash = model.TextHash(a.Text)
	if a.ID == "" {
		a.ID = a.Hash
	}
	a.Language = Language(a.Text)
	if a.Published.IsZero() {
		a.PublishedBasis = ""
		if !r.opts.Published.IsZero() {
			a.Published, a.PublishedBasis = r.opts.Published, "flag"
		}
	} else if a.PublishedBasis == "" {
		a.PublishedBasis = "metadata"
	}
	if a.Outlet == "" {
		a.Outlet = r.opts.Outlet
	}
	return a, nil
}

// oneLine collapses runs of white space (newlines included) to one space.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// headlineWords is the most words of a text's opening taken as its title.
const headlineWords = 12

// headline makes a title of a text's first line: after a dateline
// («الميادين (سوريا) - »), up to the end of its first sentence, at most
// headlineWords words (then "…").
func headline(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	if i := strings.LastIndex(line[:min(len(line), 160)], " - "); i >= 0 && i+3 < len(line) {
		line = line[i+3:]
	}
	for _, end := range []string{". ", "! ", "؟ ", "? "} {
		if i := strings.Index(line, end); i > 0 {
			line = line[:i+1]
		}
	}
	words := strings.Fields(line)
	if len(words) > headlineWords {
		return strings.Join(words[:headlineWords], " ") + "…"
	}
	return strings.Join(words, " ")
}
