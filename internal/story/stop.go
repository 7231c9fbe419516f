package story

import (
	"strings"

	"github.com/marsad/marsad/internal/text"
)

// stopWords are function words and the commonest reporting words of news
// text, which say nothing about which event an article reports. The list is
// ours; it is turned into search terms once at init.
const stopWords = `في من على إلى الى عن مع أن إن ان أنه انه إنه التي الذي الذين اللذين اللتين اللواتي هذا هذه
	ذلك تلك هؤلاء هناك هنا كان كانت يكون تكون كانوا قد لقد لم لن لا ما ماذا لماذا او أو أم ثم كما حيث بعد قبل
	بين عند حتى منذ خلال قال قالت يقول تقول أضاف أضافت وأضاف أكد أكدت أشار أشارت أوضح ذكر ذكرت أفاد أفادت
	وفق وفقا بحسب حسب كل بعض غير إلا الا أيضا ايضا هو هي هم هن نحن أنا انت التى يوم اليوم أمس امس غدا
	الأحد الاثنين الثلاثاء الأربعاء الخميس الجمعة السبت ضد دون عبر نحو لدى لدي إذا اذا إذ اذ لكن لكنه ولكن
	وقد فقد التي وهو وهي أي اي أكثر أقل عدد عام العام خلاله فيه فيها منه منها عليه عليها إليه اليه له لها لهم
	به بها بهم ذات مثل جميع كافة أمام امام تحت فوق حول وسط جانب إطار اطار بشأن تجاه وكان وكانت يتم تم
	سكاي نيوز عربية بي سي عربي أبوظبي وكالات وكالة فرانس برس رويترز`

// stopTerms are the search terms of stopWords.
var stopTerms = map[string]bool{}

func init() {
	for _, w := range strings.Fields(stopWords) {
		for _, term := range text.Terms(w) {
			stopTerms[term] = true
		}
	}
}
