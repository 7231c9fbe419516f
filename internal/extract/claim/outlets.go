package claim

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// builtinOutlets maps a canonical outlet or agency name to the spellings news
// text uses for it. It is the fallback when Options gives no registry.
// Spellings that are also common words (الحياة، الجزيرة، العربية) are not
// listed: they count only after an outlet noun (صحيفة، قناة، وكالة).
var builtinOutlets = map[string][]string{
	"فرانس برس":         {"فرانس برس", "فرانس بريس", "وكالة الأنباء الفرنسية", "الوكالة الفرنسية", "أ ف ب", "ا ف ب", "AFP"},
	"رويترز":            {"رويترز", "Reuters"},
	"أسوشيتد برس":       {"أسوشيتد برس", "أسوشيتدبرس", "أسوشييتد برس", "أسوشيتد بريس", "اسوشيتد برس", "الأسوشيتد برس", "الأسوشييتد برس"},
	"سانا":              {"سانا", "وكالة الأنباء السورية", "وكالة الأنباء العربية السورية", "SANA"},
	"الأناضول":          {"الأناضول", "وكالة الأناضول"},
	"ريا نوفوستي":       {"ريا نوفوستي", "نوفوستي"},
	"تاس":               {"تاس", "إيتار تاس"},
	"سبوتنيك":           {"سبوتنيك"},
	"إنترفاكس":          {"إنترفاكس", "انترفاكس"},
	"د ب أ":             {"د ب أ", "وكالة الأنباء الألمانية"},
	"شينخوا":            {"شينخوا", "وكالة أنباء الصين الجديدة"},
	"إرنا":              {"إرنا", "ارنا"},
	"تسنيم":             {"تسنيم"},
	"واس":               {"واس", "وكالة الأنباء السعودية"},
	"وام":               {"وام", "وكالة أنباء الإمارات"},
	"قنا":               {"وكالة الأنباء القطرية"},
	"كونا":              {"كونا", "وكالة الأنباء الكويتية"},
	"بترا":              {"بترا", "وكالة الأنباء الأردنية"},
	"وفا":               {"وكالة الأنباء الفلسطينية"},
	"الشرق الأوسط":      {"الشرق الأوسط"},
	"الغارديان":         {"الغارديان", "الجارديان", "غارديان"},
	"التايمز":           {"التايمز"},
	"نيويورك تايمز":     {"نيويورك تايمز"},
	"واشنطن بوست":       {"واشنطن بوست"},
	"وول ستريت جورنال":  {"وول ستريت جورنال"},
	"فايننشال تايمز":    {"فايننشال تايمز", "فاينانشال تايمز"},
	"الإندبندنت":        {"الإندبندنت", "الاندبندنت"},
	"التلغراف":          {"التلغراف", "ديلي تلغراف"},
	"بي بي سي":          {"بي بي سي", "BBC"},
	"سي إن إن":          {"سي إن إن", "CNN"},
	"سكاي نيوز عربية":   {"سكاي نيوز عربية", "سكاي نيوز", "Sky News Arabia", "Sky News"},
	"فرانس 24":          {"فرانس 24", "France 24"},
	"روسيا اليوم":       {"روسيا اليوم", "آر تي"},
	"الميادين":          {"الميادين"},
	"المنار":            {"المنار"},
	"هآرتس":             {"هآرتس", "هارتس"},
	"يديعوت أحرونوت":    {"يديعوت أحرونوت", "يديعوت"},
	"معاريف":            {"معاريف"},
	"جيروزاليم بوست":    {"جيروزاليم بوست"},
	"تايمز أوف إسرائيل": {"تايمز أوف إسرائيل"},
	"بلومبرغ":           {"بلومبرغ", "بلومبيرغ"},
	"عنب بلدي":          {"عنب بلدي"},
	"زمان الوصل":        {"زمان الوصل"},
	"رووداو":            {"رووداو"},
	"يني شفق":           {"يني شفق"},
	"حرييت":             {"حرييت"},
	"التلفزيون الرسمي السوري": {"التلفزيون الرسمي السوري", "التلفزيون السوري الرسمي", "التلفزيون السوري"},
	"الإخبارية السورية":       {"الإخبارية السورية", "قناة الإخبارية"},
}

// outletTable matches outlet names as token sequences in the folded form.
type outletTable struct {
	// byFirst maps the first folded word of a spelling to the spellings that
	// start with it (as folded word lists) and their canonical names.
	byFirst map[string][]outletName
}

type outletName struct {
	words     []string
	canonical string
}

func newOutletTable(extra map[string][]string) *outletTable {
	t := &outletTable{byFirst: map[string][]outletName{}}
	add := func(canonical string, spellings []string) {
		for _, s := range append([]string{canonical}, spellings...) {
			w := strings.Fields(text.Fold(s))
			if len(w) == 0 {
				continue
			}
			t.byFirst[w[0]] = append(t.byFirst[w[0]], outletName{words: w, canonical: canonical})
		}
	}
	for c, s := range builtinOutlets {
		add(c, s)
	}
	for c, s := range extra {
		add(c, s)
	}
	for k, names := range t.byFirst { // longest spelling first
		for i := 1; i < len(names); i++ {
			for j := i; j > 0 && len(names[j].words) > len(names[j-1].words); j-- {
				names[j], names[j-1] = names[j-1], names[j]
			}
		}
		t.byFirst[k] = names
	}
	return t
}

// match returns the canonical name and the number of words of the longest
// spelling that starts at words[0].
func (t *outletTable) match(words []string) (string, int) {
	if len(words) == 0 {
		return "", 0
	}
	for _, n := range t.byFirst[words[0]] {
		if len(n.words) > len(words) {
			continue
		}
		ok := true
		for i, w := range n.words {
			if words[i] != w {
				ok = false
				break
			}
		}
		if ok {
			return n.canonical, len(n.words)
		}
	}
	return "", 0
}
