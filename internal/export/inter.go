package export

import (
	"strconv"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// kindInter maps an entity's registry kind to ACLED's actor type:
// 1 state forces, 2 rebels, 3 political militias, 4 identity militias,
// 5 rioters, 6 protesters, 7 civilians, 8 external/other forces.
var kindInter = map[string]int{
	"state_forces": 1, "army": 1, "police": 1, "government": 1,
	"armed_group": 2, "rebel_group": 2, "militia": 3, "tribe": 4,
	"protesters": 6, "civilians": 7, "foreign_forces": 8,
}

// wordInter gives an actor type to a phrase by its head words, when no
// entity names the actor.
var wordInter = []struct {
	word  string
	inter int
}{
	{"الجيش", 1}, {"جيش", 1}, {"الشرطه", 1}, {"قوات الامن", 1}, {"القوات الحكوميه", 1}, {"قوات النظام", 1},
	{"مسلح", 2}, {"المسلح", 2}, {"متمرد", 2}, {"المتمرد", 2}, {"فصائل", 2}, {"الفصائل", 2},
	{"مليشي", 3}, {"الميليشي", 3}, {"ميليشي", 3},
	{"متظاهر", 6}, {"المتظاهر", 6}, {"محتج", 6}, {"المحتج", 6},
	{"مدني", 7}, {"المدني", 7}, {"اطفال", 7}, {"الاطفال", 7}, {"طفل", 7}, {"سكان", 7}, {"السكان", 7}, {"مدرسه", 7}, {"المدرسه", 7},
}

// interOf returns the ACLED actor type of the first participant, "" if unknown.
func interOf(a model.Analysis, idx []int, spans []model.Span) string {
	for _, i := range idx {
		if i >= 0 && i < len(a.Entities) {
			if n := kindInter[a.Entities[i].Kind]; n > 0 {
				return strconv.Itoa(n)
			}
		}
	}
	for _, s := range spans {
		f := text.Fold(s.Text)
		for _, wi := range wordInter {
			if strings.HasPrefix(f, wi.word) || strings.Contains(f, " "+wi.word) {
				return strconv.Itoa(wi.inter)
			}
		}
	}
	return ""
}

// interaction is ACLED's two-digit code, the lower type first; the first
// actor alone gives its type followed by 0; no first actor, no code.
func interaction(i1, i2 string) string {
	switch {
	case i1 == "":
		return ""
	case i2 == "":
		return i1 + "0"
	case i1 > i2:
		return i2 + i1
	}
	return i1 + i2
}

// civilianTargeting is ACLED's flag for violence aimed at civilians.
func civilianTargeting(e model.Event, inter2 string) string {
	switch {
	case e.ACLED != nil && e.ACLED.EventType == "Violence against civilians", inter2 == "7":
		return "Civilian targeting"
	}
	return ""
}
