package web

import (
	"context"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/store"
)

// storyTitle is what a story is called on a page: its own title, else the
// given fallback (an article's title), else the lead of its brief, else its
// id. Plain-text articles have no title, so a story of them often has none.
func storyTitle(st model.Story, fallback string) string {
	for _, t := range []string{st.Title, fallback} {
		if t = strings.TrimSpace(t); t != "" {
			return t
		}
	}
	if len(st.Brief) > 0 {
		if lead := leadOf(st.Brief[0].Text); lead != "" {
			return lead
		}
	}
	return st.ID
}

// leadOf cuts a sentence to a headline: its first dozen words, without a
// dateline such as "أريحا (سوريا) - 16 أكتوبر (وكالة) -".
func leadOf(s string) string {
	if i := strings.LastIndex(s[:min(len(s), 160)], " - "); i >= 0 {
		s = s[i+3:]
	}
	words := strings.Fields(s)
	if len(words) > 12 {
		return strings.Join(words[:12], " ") + "…"
	}
	return strings.Join(words, " ")
}

// titleFromRecords is the first title among a story's articles.
func titleFromRecords(recs []store.Record) string {
	for _, r := range recs {
		if t := strings.TrimSpace(r.Article.Title); t != "" {
			return t
		}
	}
	return ""
}

// titleOf looks up the first titled article of a story without a title.
func (s *site) titleOf(ctx context.Context, st model.Story) string {
	if strings.TrimSpace(st.Title) != "" {
		return ""
	}
	for _, id := range st.Documents[:min(len(st.Documents), 10)] {
		if a, err := s.opts.Store.Article(ctx, id); err == nil && strings.TrimSpace(a.Title) != "" {
			return a.Title
		}
	}
	return ""
}

// unitNouns name what a count counts, after "من" (of).
var unitNouns = map[string]string{"children": "الأطفال", "civilians": "المدنيين", "fighters": "المقاتلين",
	"soldiers": "الجنود", "families": "العائلات", "vehicles": "المركبات", "buildings": "المباني",
	"weapons": "الأسلحة", "people": "الأشخاص"}

// topicLabel names a comparison's topic in Arabic from what its figures
// count (predicateLabels), whom (the unit), the side holding a share and the
// place: "عدد القتلى من الأطفال في إدلب". The English topic stays as the
// row's secondary text.
func topicLabel(c model.Comparison) string {
	pred, hasPred := predicateLabels[c.Predicate]
	noun := unitNouns[c.Unit]
	var t string
	switch {
	case hasPred && noun != "" && c.Unit != "people":
		t = pred + " من " + noun
	case hasPred:
		t = pred
	case c.Unit == "percent":
		t = "النسبة المئوية"
	case c.Unit == "money":
		t = "المبالغ المذكورة"
	case noun != "":
		t = "عدد " + noun
	default:
		t = c.Topic
	}
	if _, rest, found := strings.Cut(c.Topic, " by "); found && hasPred {
		holder, _, _ := strings.Cut(rest, " in ")
		t += " — " + label(holderLabels, holder)
	}
	if strings.Contains(c.Topic, "(planned)") {
		t += " (بحسب الاتفاق أو الخطة)"
	}
	if c.Place != "" {
		t += " في " + c.Place
	}
	if c.Complement {
		t += " (حصتا الطرفين)"
	}
	return t
}
