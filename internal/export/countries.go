package export

// country is what ACLED columns need about a country.
type country struct {
	iso3    string
	numeric int
	name    string
	region  string
}

// countries maps ISO 3166 alpha-2 codes to ACLED's country columns, for the
// countries marsad's sources report on most; others export with the alpha-2
// code only.
var countries = map[string]country{
	"SY": {"SYR", 760, "Syria", "Middle East"},
	"IQ": {"IRQ", 368, "Iraq", "Middle East"},
	"LB": {"LBN", 422, "Lebanon", "Middle East"},
	"JO": {"JOR", 400, "Jordan", "Middle East"},
	"PS": {"PSE", 275, "Palestine", "Middle East"},
	"IL": {"ISR", 376, "Israel", "Middle East"},
	"TR": {"TUR", 792, "Turkey", "Middle East"},
	"IR": {"IRN", 364, "Iran", "Middle East"},
	"SA": {"SAU", 682, "Saudi Arabia", "Middle East"},
	"YE": {"YEM", 887, "Yemen", "Middle East"},
	"KW": {"KWT", 414, "Kuwait", "Middle East"},
	"BH": {"BHR", 48, "Bahrain", "Middle East"},
	"QA": {"QAT", 634, "Qatar", "Middle East"},
	"AE": {"ARE", 784, "United Arab Emirates", "Middle East"},
	"OM": {"OMN", 512, "Oman", "Middle East"},
	"EG": {"EGY", 818, "Egypt", "Northern Africa"},
	"LY": {"LBY", 434, "Libya", "Northern Africa"},
	"TN": {"TUN", 788, "Tunisia", "Northern Africa"},
	"DZ": {"DZA", 12, "Algeria", "Northern Africa"},
	"MA": {"MAR", 504, "Morocco", "Northern Africa"},
	"SD": {"SDN", 729, "Sudan", "Northern Africa"},
	"SO": {"SOM", 706, "Somalia", "Eastern Africa"},
	"AF": {"AFG", 4, "Afghanistan", "South Asia"},
	"PK": {"PAK", 586, "Pakistan", "South Asia"},
	"IN": {"IND", 356, "India", "South Asia"},
	"RU": {"RUS", 643, "Russia", "Europe"},
	"GB": {"GBR", 826, "United Kingdom", "Europe"},
	"FR": {"FRA", 250, "France", "Europe"},
	"US": {"USA", 840, "United States", "North America"},
}
