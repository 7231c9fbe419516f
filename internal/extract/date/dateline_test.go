package date

import (
	"testing"
	"time"

	"github.com/marsad/marsad/internal/text"
)

func TestDateline(t *testing.T) {
	cases := []struct {
		text string
		want string // "" for none
	}{
		{"دمشق - الأحد 15 أكتوبر 2017\nقتل 10 أشخاص أمس السبت.", "2017-10-15"},
		{"بيروت، 3 كانون الثاني/يناير 2016 (أ ف ب) - أعلن الجيش ...", "2016-01-03"},
		{"نشر في 2017/10/15\nقال المرصد إن القصف توقف.", "2017-10-15"},
		{"قال المرصد إن القصف توقف الأحد.\nوأضاف أن 20 شخصا قتلوا.", ""},
		{"قال المرصد إن القصف توقف.\nوأضاف المرصد.\nوفي 15 أكتوبر 2017 قتل 20 شخصا.", ""},
		{"الرباط - 12 جوان 2016: عقد المؤتمر.", "2016-06-12"},
	}
	for _, c := range cases {
		got, ok := Dateline(text.Read(text.Normalize(c.text)))
		s := ""
		if ok {
			s = got.Format(time.DateOnly)
		}
		if s != c.want {
			t.Errorf("Dateline(%q) = %q, want %q", c.text, s, c.want)
		}
	}
}
