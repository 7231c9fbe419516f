package entity

import (
	"testing"

	"github.com/marsad/marsad/internal/text"
)

func TestNameKeepsAnInitialFa(t *testing.T) {
	cases := map[string]string{
		"فلاديمير بوتين":  "فلاديمير بوتين", // the ف is the name's own letter
		"وفلاديمير بوتين": "فلاديمير بوتين", // و is read off, ف stays
		"بالرقة":          "الرقة",          // other proclitics go, the article stays
		"وقوات سوريا":     "قوات سوريا",
	}
	for in, want := range cases {
		d := text.Read(in)
		if got := name(in, d.Tokens); got != want {
			t.Errorf("name(%q) = %q, want %q", in, got, want)
		}
	}
}
