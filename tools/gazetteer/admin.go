package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"github.com/marsad/marsad/internal/model"
)

// An administrative area is built from two packages joined on the ISO
// 3166-2 code:
//   - @countrystatecity/countries: English name, point, type (governorate,
//     province, state...) and, in the Arab countries, the Arabic name
//     ("native");
//   - iso3166-2-db: Arabic names worldwide (from Wikipedia) and the GeoNames
//     admin1 code, which links the area to the cities in it.
//
// An area's point is the first package's; an area only the second knows
// takes the point of its seat (the PPLA city of that admin1 in cities500).
// An area with no Arabic name or no point is left out.

// arabLeague are the countries whose "native" names in
// @countrystatecity/countries are Arabic (elsewhere they are in the
// country's own language).
var arabLeague = map[string]bool{"DZ": true, "BH": true, "KM": true, "DJ": true, "EG": true, "IQ": true,
	"JO": true, "KW": true, "LB": true, "LY": true, "MR": true, "MA": true, "OM": true, "PS": true,
	"QA": true, "SA": true, "SO": true, "SD": true, "SY": true, "TN": true, "AE": true, "YE": true}

// heads are the nouns a subdivision's Arabic name may open with: the area
// is also listed under the name without it (ولاية الخرطوم → الخرطوم).
var heads = []string{"محافظة", "منطقة", "ولاية", "إقليم", "اقليم", "مقاطعة", "شعبية", "بلدية", "إمارة", "جهة"}

// generic are words that name no place on their own: a name left as one of
// them once its head is taken off is not listed bare (محافظة العاصمة stays
// whole; العاصمة alone is not a place).
var generic = map[string]bool{"العاصمة": true, "الشمال": true, "الجنوب": true, "الشرق": true, "الغرب": true,
	"الوسط": true, "الوسطى": true, "الشمالية": true, "الجنوبية": true, "الداخلية": true}

type cscState struct {
	Name    string `json:"name"`
	Country string `json:"country_code"`
	ISO     string `json:"iso3166_2"`
	Type    string `json:"type"`
	Lat     string `json:"latitude"`
	Lon     string `json:"longitude"`
	Native  string `json:"native"`
}

type isoRegion struct {
	ISO   string            `json:"iso"`
	Admin string            `json:"admin"`
	Name  string            `json:"name"`
	Names map[string]string `json:"names"`
	Ref   struct {
		GeoNames json.Number `json:"geonames"`
	} `json:"reference"`
}

// area is one administrative area being built.
type area struct {
	code, country, nameEn, lat, lon, admin, gn, typ, coords string
	level                                                   int
	names                                                   []string // from @countrystatecity/countries
	isoNames, isoEn                                         []string // Arabic and English names from iso3166-2-db
	sources                                                 []string
}

func adminAreas(mods, namesPath string, cs *cities) ([][]string, error) {
	states, err := readCSC(filepath.Join(mods, "@countrystatecity/countries/dist/data"))
	if err != nil {
		return nil, err
	}
	regions, err := readISO(filepath.Join(mods, "iso3166-2-db/data/iso3166-2.json"))
	if err != nil {
		return nil, err
	}
	ours, err := readAdminNames(namesPath)
	if err != nil {
		return nil, err
	}
	areas := map[string]*area{}
	for country, rs := range regions {
		for _, r := range rs {
			code := country + "-" + r.ISO
			a := areas[code]
			if a == nil {
				a = &area{code: code, country: country, nameEn: r.Names["en"], level: 1}
				if a.nameEn == "" {
					a.nameEn = r.Name
				}
				areas[code] = a
			}
			if a.admin == "" && r.Admin != "" {
				a.admin = country + "." + r.Admin
				a.gn = r.Ref.GeoNames.String()
			}
			if n := clean(r.Names["ar"]); isArabic(n) {
				a.isoNames = append(a.isoNames, n)
				a.isoEn = append(a.isoEn, r.Names["en"], r.Name) // the names the Arabic one translates
			}
		}
	}
	level1Types := map[string]map[string]bool{} // country → types of the areas both packages list
	for _, s := range states {
		if a := areas[s.ISO]; a != nil {
			if level1Types[s.Country] == nil {
				level1Types[s.Country] = map[string]bool{}
			}
			level1Types[s.Country][s.Type] = true
		}
	}
	var orphans []*area
	for _, s := range states {
		a := areas[s.ISO]
		if a == nil {
			if !arabLeague[s.Country] || !isArabic(clean(s.Native)) {
				continue // nothing in Arabic to list it under
			}
			a = &area{code: s.ISO, country: s.Country, level: 1}
			if t := level1Types[s.Country]; len(t) > 0 && !t[s.Type] {
				a.level = 2 // a province of a country whose regions both packages list (Morocco)
			}
			areas[s.ISO] = a
		}
		if len(a.isoEn) > 0 && !sameArea(s.Name, a.isoEn) {
			// The two packages give the code to different areas (Morocco's
			// regions before and after 2015, Iran's codes before and after
			// 2018): the names of the first are placed below.
			orphans = append(orphans, &area{country: a.country, isoNames: a.isoNames, isoEn: a.isoEn, admin: a.admin, gn: a.gn})
			a.isoNames, a.isoEn, a.admin, a.gn = nil, nil, "", ""
		}
		a.nameEn, a.typ = s.Name, s.Type
		if lat, lon, ok := point(s.Lat, s.Lon); ok && plausible(lat, lon, a, cs) {
			a.lat, a.lon, a.coords = trimCoord(s.Lat), trimCoord(s.Lon), "countrystatecity"
		}
		if n := clean(s.Native); arabLeague[s.Country] && isArabic(n) {
			a.names = append(a.names, n)
		}
		a.sources = appendOnce(a.sources, "countrystatecity")
	}
	codes := make([]string, 0, len(areas))
	for c := range areas {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	rehome(orphans, areas, codes)
	var rows [][]string
	for _, c := range codes {
		a := areas[c]
		if a.coords == "" {
			seat, ok := cs.seats[a.admin]
			if !ok {
				continue // no point to give it
			}
			a.lat, a.lon, a.coords = seat.lat, seat.lon, "seat "+seat.nameEn+" ("+seat.id+")"
		}
		if len(a.isoNames) > 0 {
			a.names = append(a.isoNames, a.names...)
			a.sources = append([]string{"iso3166-2-db"}, a.sources...)
		}
		names := namesOf(a, ours)
		if len(names) == 0 {
			continue
		}
		code := "ADM1"
		if a.level == 2 {
			code = "ADM2"
		}
		other := ""
		if a.gn != "" && a.gn != "0" {
			other = "gn:" + a.gn
		}
		note := "coords=" + a.coords
		pop := ""
		if n := cs.areaPops[a.admin]; a.admin != "" && n > 0 {
			pop, note = strconv.FormatInt(n, 10), note+"; population=sum of cities500"
		}
		if a.typ != "" {
			note += "; type=" + a.typ
		}
		rows = append(rows, []string{"adm:" + a.code, strings.Join(names, "|"), a.nameEn, a.lat, a.lon, "A", code,
			a.country, a.admin, "", pop, other, "", strings.Join(a.sources, ","), note})
	}
	return rows, nil
}

// namesOf lists an area's names: each as the sources write it and without
// its head noun, minus the ones we reviewed and struck, plus the ones we
// wrote (admin_names.tsv).
func namesOf(a *area, ours adminNames) []string {
	var out []string
	add := func(n string) {
		n = strings.Join(strings.Fields(n), " ")
		if n == "" || generic[n] || ours.struck[a.code+"\t"+n] {
			return
		}
		out = appendOnce(out, n)
	}
	for _, n := range append(a.names, ours.added[a.code]...) {
		add(n)
		if bare, ok := stripHead(n); ok {
			add(bare)
		}
	}
	return out
}

// rehome gives the names of an area the packages code differently to the
// one area of the same country whose English name shares a word with them
// and that has no such names yet (Qom keeps قم under its new code).
func rehome(orphans []*area, areas map[string]*area, codes []string) {
	for _, o := range orphans {
		var match *area
		n := 0
		for _, c := range codes {
			a := areas[c]
			if a.country == o.country && a.typ != "" && len(a.isoNames) == 0 && shareWord(a.nameEn, o.isoEn) {
				match, n = a, n+1
			}
		}
		if n == 1 {
			match.isoNames, match.isoEn, match.admin, match.gn = o.isoNames, o.isoEn, o.admin, o.gn
		}
	}
}

// shareWord reports whether an English name shares a word of three letters
// or more with one of the others.
func shareWord(name string, others []string) bool {
	words := map[string]bool{}
	for _, w := range latinWords(name) {
		words[w] = true
	}
	for _, o := range others {
		for _, w := range latinWords(o) {
			if words[w] {
				return true
			}
		}
	}
	return false
}

// sameArea reports whether an English name shares a word of three letters or
// more with one of the other package's names for the code (or either has no
// such word to compare: Ha'il).
func sameArea(name string, others []string) bool {
	words := map[string]bool{}
	for _, w := range latinWords(name) {
		words[w] = true
	}
	compared := false
	for _, o := range others {
		for _, w := range latinWords(o) {
			if words[w] {
				return true
			}
			compared = true
		}
	}
	return len(words) == 0 || !compared
}

// latinWords lowercases a name and splits it into its words of three ASCII
// letters or more, apostrophes dropped (Ha'il → hail) and other letters too
// (Fès → fs on both sides alike), the words for "province" left out.
func latinWords(s string) []string {
	var out []string
	s = strings.NewReplacer("'", "", "’", "", "‘", "", "ʿ", "").Replace(strings.ToLower(s))
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '-' }) {
		var b strings.Builder
		for _, r := range w {
			if r >= 'a' && r <= 'z' {
				b.WriteRune(r)
			}
		}
		if w := b.String(); len(w) >= 3 && !areaWords[w] {
			out = append(out, w)
		}
	}
	return out
}

var areaWords = map[string]bool{"governorate": true, "province": true, "region": true, "state": true, "the": true}

func point(lat, lon string) (float64, float64, bool) {
	la, err1 := strconv.ParseFloat(lat, 64)
	lo, err2 := strconv.ParseFloat(lon, 64)
	return la, lo, err1 == nil && err2 == nil && la >= -90 && la <= 90 && lo >= -180 && lo <= 180
}

// plausible rejects a point far from the area's seat (1,000 km) or, with
// no seat known, from the country's capital (4,000 km): a point geocoded in
// the wrong country.
func plausible(lat, lon float64, a *area, cs *cities) bool {
	ref, limit := cs.seats[a.admin], 1000.0
	if ref.id == "" {
		ref, limit = cs.capitals[a.country], 4000
	}
	rlat, rlon, ok := point(ref.lat, ref.lon)
	return !ok || model.DistanceKm(lat, lon, rlat, rlon) <= limit
}

// stripHead takes the head noun off a name (ولاية الخرطوم → الخرطوم).
func stripHead(n string) (string, bool) {
	for _, h := range heads {
		if rest, ok := strings.CutPrefix(n, h+" "); ok && strings.TrimSpace(rest) != "" {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

func readCSC(dir string) ([]cscState, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "states.json"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no states.json under %s (run make gazetteer)", dir)
	}
	sort.Strings(files)
	var out []cscState
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read states: %w", err)
		}
		var ss []cscState
		if err := json.Unmarshal(b, &ss); err != nil {
			return nil, fmt.Errorf("parse %s: %w", f, err)
		}
		out = append(out, ss...)
	}
	return out, nil
}

func readISO(path string) (map[string][]isoRegion, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read iso3166-2-db (run make gazetteer): %w", err)
	}
	var doc map[string]struct {
		Regions []isoRegion `json:"regions"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	out := map[string][]isoRegion{}
	for c, v := range doc {
		out[c] = v.Regions
	}
	return out, nil
}

// adminNames are the names we write for the areas (admin_names.tsv): one
// line per name, "ISO code<TAB>+ or -<TAB>name<TAB>why": + adds a name, -
// strikes a name a package gives.
type adminNames struct {
	added  map[string][]string // code → names
	struck map[string]bool     // code<TAB>name
}

func readAdminNames(path string) (adminNames, error) {
	ours := adminNames{added: map[string][]string{}, struck: map[string]bool{}}
	f, err := os.Open(path)
	if err != nil {
		return ours, fmt.Errorf("read our area names: %w", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, "#") || strings.TrimSpace(line) == "" {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) < 3 {
			return ours, fmt.Errorf("%s:%d: want code<TAB>+|-<TAB>name[<TAB>why]", path, n)
		}
		code, name := strings.TrimSpace(c[0]), strings.TrimSpace(c[2])
		switch strings.TrimSpace(c[1]) {
		case "+":
			ours.added[code] = append(ours.added[code], name)
		case "-":
			ours.struck[code+"\t"+name] = true
		default:
			return ours, fmt.Errorf("%s:%d: want + or -, got %q", path, n, c[1])
		}
	}
	return ours, sc.Err()
}

// trimCoord keeps five decimals (about a metre), as cities500 does.
func trimCoord(s string) string {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	return strconv.FormatFloat(f, 'f', 5, 64)
}

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}

// readCSCCountries returns each country's point from the meta.json files
// of @countrystatecity/countries: the centre of its area.
func readCSCCountries(dir string) (map[string]place, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", "meta.json"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no meta.json under %s (run make gazetteer)", dir)
	}
	out := map[string]place{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, fmt.Errorf("read country: %w", err)
		}
		var m struct {
			ISO2 string `json:"iso2"`
			Lat  string `json:"latitude"`
			Lon  string `json:"longitude"`
		}
		if err := json.Unmarshal(b, &m); err != nil {
			return nil, fmt.Errorf("parse %s: %w", f, err)
		}
		if m.ISO2 != "" && m.Lat != "" && m.Lon != "" {
			out[m.ISO2] = place{lat: trimCoord(m.Lat), lon: trimCoord(m.Lon)}
		}
	}
	return out, nil
}
