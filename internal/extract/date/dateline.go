package date

import (
	"time"

	"github.com/marsad/marsad/internal/text"
)

// datelineBytes is how far into an article Dateline looks.
const datelineBytes = 600

// Dateline finds the publication date in an article's own first lines (a
// dateline such as "دمشق - الأحد 15 أكتوبر 2017" or "2017/10/15"): the
// first full date (day, month and year) written in the first two lines or
// the first 600 bytes. ok is false when there is none.
func Dateline(d *text.Doc) (time.Time, bool) {
	x := &extractor{d: d, toks: d.Tokens}
	lines := 0
	for i := 0; i < len(x.toks); i++ {
		t := x.toks[i]
		if t.Start > datelineBytes {
			break
		}
		if i > 0 && containsNewline(d.Text[x.toks[i-1].End:t.Start]) {
			lines++
			if lines >= 2 {
				break
			}
		}
		for _, f := range []func(int) (match, bool){x.weekday, x.explicit, x.numeric} {
			m, ok := f(i)
			if !ok || m.grain != "day" || m.basis != BasisExplicit {
				continue
			}
			if day, ok := parseDay(m.value); ok {
				return day.time(), true
			}
		}
	}
	return time.Time{}, false
}

func containsNewline(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' {
			return true
		}
	}
	return false
}
