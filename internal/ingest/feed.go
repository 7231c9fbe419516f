package ingest

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/marsad/marsad/internal/model"
)

// readFeed reads an RSS or Atom document: each item is an article whose id
// is its link (else its guid, else its content hash), whose outlet is the
// feed's title and whose text is the item's content, else its description,
// as paragraphs. name names the feed file or URL.
func (r *Reader) readFeed(data []byte, name string, e *emitter) {
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(data))
	if err != nil {
		e.fail(name, fmt.Errorf("not a valid RSS or Atom feed: %w", err))
		return
	}
	if len(feed.Items) == 0 {
		e.fail(name, errors.New("feed has no items"))
		return
	}
	for i, item := range feed.Items {
		if item == nil {
			continue
		}
		a := feedArticle(feed, item)
		a.Source = fmt.Sprintf("%s#item-%d", name, i+1)
		if !e.article(a) {
			return
		}
	}
}

// feedArticle translates one feed item.
func feedArticle(feed *gofeed.Feed, item *gofeed.Item) model.Article {
	body := item.Content
	if fragmentParagraphs(body) == "" {
		body = item.Description
	}
	a := model.Article{
		ID:     firstNonEmpty(item.Link, item.GUID),
		URL:    absURL(item.Link),
		Outlet: feedOutlet(feed.Title),
		Title:  fragmentParagraphs(item.Title),
		Text:   fragmentParagraphs(body),
		Format: FormatFeed,
	}
	a.Published = feedDate(item.Published, item.PublishedParsed)
	if a.Published.IsZero() {
		a.Published = feedDate(item.Updated, item.UpdatedParsed)
	}
	return a
}

// feedOutlet is the outlet a feed's title names: the title up to a " - ",
// " | ", " – " or " — " separator, since feeds are titled "Outlet - Section"
// ("بوابة الفرات - آخر الأخبار" gives "بوابة الفرات").
func feedOutlet(title string) string {
	title = oneLine(title)
	cut := len(title)
	for _, sep := range []string{" - ", " | ", " – ", " — "} {
		if i := strings.Index(title, sep); i > 0 && i < cut {
			cut = i
		}
	}
	return title[:cut]
}

// feedDate reads an item's date: the raw string when one of our layouts
// fits (it keeps the zone, which gofeed turns into UTC), else gofeed's
// parse, else an Arabic month name ("15 أكتوبر 2017"), else zero.
func feedDate(raw string, parsed *time.Time) time.Time {
	if t, ok := ParseTimestamp(raw); ok {
		return t
	}
	if parsed != nil {
		return *parsed
	}
	if t, ok := ParseArabicDate(raw); ok {
		return t
	}
	return time.Time{}
}
