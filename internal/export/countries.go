package export

import "strings"

// country is what ACLED columns need about a country.
type country struct {
	iso3    string
	numeric int
	name    string
	region  string
}

// countries maps ISO 3166 alpha-2 codes to ACLED's country columns, with
// ACLED's short names, for the countries marsad's sources report on most
// and those whose ISO name ACLED writes otherwise; countryOf covers the
// rest from the ISO list.
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
	// Where ACLED's short name differs from the ISO list's first name.
	"CD": {"COD", 180, "Democratic Republic of Congo", "Middle Africa"},
	"CG": {"COG", 178, "Republic of Congo", "Middle Africa"},
	"CI": {"CIV", 384, "Ivory Coast", "Western Africa"},
	"LA": {"LAO", 418, "Laos", "Southeast Asia"},
	"MD": {"MDA", 498, "Moldova", "Europe"},
	"TZ": {"TZA", 834, "Tanzania", "Eastern Africa"},
	"TW": {"TWN", 158, "Taiwan", "East Asia"},
	"MK": {"MKD", 807, "North Macedonia", "Europe"},
	"GM": {"GMB", 270, "Gambia", "Western Africa"},
	"BN": {"BRN", 96, "Brunei", "Southeast Asia"},
	"FM": {"FSM", 583, "Micronesia", "Oceania"},
	"VA": {"VAT", 336, "Vatican City", "Europe"},
	"KR": {"KOR", 410, "South Korea", "East Asia"},
	"KP": {"PRK", 408, "North Korea", "East Asia"},
	"VN": {"VNM", 704, "Vietnam", "Southeast Asia"},
	"BO": {"BOL", 68, "Bolivia", "South America"},
	"VE": {"VEN", 862, "Venezuela", "South America"},
	"CZ": {"CZE", 203, "Czech Republic", "Europe"},
	"SZ": {"SWZ", 748, "eSwatini", "Southern Africa"},
}

// isoCountry is a country's ISO codes and English name (iso_countries.go).
type isoCountry struct {
	iso3    string
	numeric int
	name    string
}

// acledRegions lists the countries of each of ACLED's regions (alpha-2),
// written for marsad from ACLED's regional coverage.
var acledRegions = map[string]string{
	"Middle East":               "AE BH IL IQ IR JO KW LB OM PS QA SA SY TR YE CY",
	"Northern Africa":           "DZ EG LY MA SD TN EH",
	"Western Africa":            "BF BJ CI CV GH GM GN GW LR ML MR NE NG SH SL SN TG",
	"Middle Africa":             "AO CF CG CM CD GA GQ ST TD",
	"Eastern Africa":            "BI DJ ER ET KE KM MG MU MW MZ RE RW SC SO SS TZ UG YT ZM ZW IO TF",
	"Southern Africa":           "BW LS NA SZ ZA",
	"South Asia":                "AF BD BT IN LK MV NP PK",
	"Southeast Asia":            "BN ID KH LA MM MY PH SG TH TL VN",
	"East Asia":                 "CN HK JP KP KR MN MO TW",
	"Caucasus and Central Asia": "AM AZ GE KG KZ TJ TM UZ",
	"Europe":                    "AD AL AT AX BA BE BG BY CH CZ DE DK EE ES FI FO FR GB GG GI GR HR HU IE IM IS IT JE LI LT LU LV MC MD ME MK MT NL NO PL PT RO RS RU SE SI SJ SK SM UA VA XK",
	"North America":             "BM CA GL PM US",
	"Central America":           "BZ CR GT HN MX NI PA SV",
	"South America":             "AR BO BR CL CO EC FK GF GY PE PY SR UY VE",
	"Caribbean":                 "AG AI AW BB BL BQ BS CU CW DM DO GD GP HT JM KN KY LC MF MQ MS PR SX TC TT VC VG VI",
	"Oceania":                   "AS AU CK FJ FM GU KI MH MP NC NF NR NU NZ PF PG PN PW SB TK TO TV UM VU WF WS CX CC",
	"Antarctica":                "AQ BV GS HM",
}

// regionOf maps alpha-2 codes to ACLED regions.
var regionOf = func() map[string]string {
	m := map[string]string{}
	for region, codes := range acledRegions {
		for _, c := range strings.Fields(codes) {
			m[c] = region
		}
	}
	return m
}()

// countryOf returns ACLED's columns for an alpha-2 code: the written
// table's names where it has the country (ACLED's own short names), else
// the ISO codes and English name with the region from acledRegions.
func countryOf(code string) country {
	if c, ok := countries[code]; ok {
		return c
	}
	if iso, ok := isoCountries[code]; ok {
		return country{iso.iso3, iso.numeric, iso.name, regionOf[code]}
	}
	return country{}
}
