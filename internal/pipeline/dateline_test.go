package pipeline

import (
	"testing"

	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/text"
)

func TestDatelineOutlet(t *testing.T) {
	reg := actor.Default()
	cases := []struct{ in, want string }{
		{"الشرقاط (العراق) - 19 أكتوبر 2031 (وكالة دجلة للأنباء) - قال مصدر محلي إن", "وكالة دجلة للأنباء"},
		{"دمشق (رويترز) - قالت مصادر إن", "رويترز"},
		{"الميادين (سوريا) - قال المتحدث إن", ""},
		{"قال المتحدث (في بيان) إن 300 مقاتل", ""},
	}
	for _, c := range cases {
		if got := datelineOutlet(text.Read(c.in), reg); got != c.want {
			t.Errorf("datelineOutlet(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
