package pipeline

import (
	"strings"

	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/text"
)

// datelineReach is how far into the text a dateline's credit may stand.
const datelineReach = 300

// outletWords open a credit that names a news organisation.
var outletWords = []string{"وكاله", "صحيفه", "موقع", "قناه", "تلفزيون", "اذاعه", "شبكه"}

// datelineOutlet finds the credit of a wire dateline, "الشرقاط (العراق) - 19
// أكتوبر (وكالة دجلة للأنباء) -": the first bracketed name near the start
// of the text that is a news organisation (by its first word or the
// registry). It is the outlet of a text whose metadata names none.
func datelineOutlet(d *text.Doc, reg *actor.Registry) string {
	head := d.Text[:min(len(d.Text), datelineReach)]
	for {
		open := strings.IndexByte(head, '(')
		if open < 0 {
			return ""
		}
		end := strings.IndexByte(head[open:], ')')
		if end < 0 {
			return ""
		}
		name := strings.TrimSpace(head[open+1 : open+end])
		if isOutletName(name, reg) {
			return name
		}
		head = head[open+end+1:]
	}
}

func isOutletName(name string, reg *actor.Registry) bool {
	folded := text.Fold(name)
	for _, w := range outletWords {
		if strings.HasPrefix(folded, w+" ") {
			return true
		}
	}
	a, ok := reg.Lookup(name)
	return ok && a.IsSource()
}
