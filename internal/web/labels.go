package web

// Arabic labels for the contract's closed vocabularies. An unknown value is
// shown as it is.

var eventLabels = map[string]string{
	"armed_clash": "اشتباك مسلح", "territory_capture": "سيطرة على منطقة", "air_strike": "غارة جوية",
	"shelling": "قصف", "explosive_device": "عبوة ناسفة", "suicide_attack": "هجوم انتحاري",
	"grenade": "قنبلة يدوية", "chemical_attack": "هجوم كيميائي", "attack_on_civilians": "اعتداء على مدنيين",
	"abduction": "اختطاف", "sexual_violence": "عنف جنسي", "protest": "احتجاج سلمي",
	"protest_intervention": "تفريق احتجاج", "protest_excessive_force": "قمع احتجاج بالقوة", "riot": "شغب",
	"mob_violence": "عنف جماعي", "agreement": "اتفاق", "surrender": "استسلام", "evacuation": "إجلاء",
	"territory_handover": "تسليم منطقة", "prisoner_release": "إطلاق سراح", "arrest": "اعتقال", "siege": "حصار",
	"weapons_disrupted": "إحباط هجوم", "base_established": "إقامة قاعدة", "looting_destruction": "نهب أو تدمير",
	"group_change": "تغير في جماعة", "displacement": "نزوح", "humanitarian_access": "وصول إنساني",
	"mobilization": "حشد", "other_strategic": "تطور آخر",
	"political.AGREE": "تعهد بالتعاون", "political.CONSULT": "مشاورات", "political.SUPPORT": "تأييد",
	"political.CONCEDE": "تنازل", "political.COOPERATE": "تعاون", "political.AID": "مساعدة",
	"political.REQUEST": "مطالبة", "political.ACCUSE": "اتهام", "political.REJECT": "رفض",
	"political.THREATEN": "تهديد", "political.SANCTION": "عقوبات", "political.COERCE": "إكراه",
}

var unitLabels = map[string]string{
	"people": "أشخاص", "civilians": "مدنيون", "fighters": "مقاتلون", "soldiers": "جنود", "children": "أطفال",
	"families": "عائلات", "vehicles": "مركبات", "buildings": "مبان", "weapons": "أسلحة", "percent": "نسبة مئوية",
	"km": "كم", "money": "مال", "other": "أخرى",
}

// predicateLabels name what a comparison's figures count, by the
// reconcile stage's predicate.
var predicateLabels = map[string]string{
	"killed": "عدد القتلى", "wounded": "عدد الجرحى", "displaced": "عدد النازحين", "evacuated": "عدد من أُجلوا أو خرجوا",
	"arrested": "عدد المعتقلين", "surrendered": "عدد من استسلموا", "remaining": "عدد الباقين", "controlled": "نسبة السيطرة",
}

// holderLabels name the side holding a share of territory.
var holderLabels = map[string]string{
	"ISIS": "تنظيم الدولة", "SDF": "قسد", "government": "القوات الحكومية", "rebels": "المسلحون والفصائل",
	"Kurds": "القوات الكردية", "Turkey": "تركيا",
}

var verdictLabels = map[string]string{"agree": "متفقة", "disagree": "متعارضة", "updated": "محدّثة"}

var entityLabels = map[string]string{"PER": "شخص", "ORG": "منظمة", "LOC": "موقع", "MISC": "اسم آخر"}

var claimKindLabels = map[string]string{"direct": "اقتباس مباشر", "indirect": "نقل غير مباشر", "according_to": "بحسب"}

// stageLabels name the analysis stages, for stage errors.
var stageLabels = map[string]string{"times": "التواريخ والأوقات", "quantities": "الأرقام", "entities": "الأسماء",
	"places": "الأماكن", "claims": "التصريحات", "events": "الأحداث", "comparisons": "المقارنات"}

var roleLabels = map[string]string{"actor": "فاعل", "target": "مستهدف", "place": "في هذا المكان"}

var searchTypeLabels = map[string]string{"": "الكل", "articles": "المقالات", "claims": "التصريحات", "entities": "الأسماء"}

var exportLabels = map[string]string{"jsonl": "سجلات JSONL", "acled-csv": "ACLED CSV", "plover-jsonl": "PLOVER JSONL", "geojson": "GeoJSON"}

func label(m map[string]string, key string) string {
	if l, ok := m[key]; ok {
		return l
	}
	return key
}
