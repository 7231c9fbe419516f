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
)

// Country points learnt from IDRISI-D's train split: where the gold of a
// country mention lies (the point OpenStreetMap's Nominatim gives the
// country, which is neither its capital nor the coarse centre the npm
// package has: Kuwait's there lies outside Kuwait). Only the train split
// is read; its dev split stays the held-out figure.

// learnCountryPoints writes, for each country named at least twice in the
// train files under dir, the most frequent gold point (to 0.01°) of its
// country mentions: "ISO<TAB>lat<TAB>lon<TAB>mentions".
func learnCountryPoints(dir, out string) error {
	files, err := filepath.Glob(filepath.Join(dir, "*", "train.jsonl"))
	if err != nil || len(files) == 0 {
		return fmt.Errorf("no IDRISI LMD train files under %s", dir)
	}
	sort.Strings(files)
	counts := map[string]map[[2]string]int{}
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
		for sc.Scan() {
			var t struct {
				Mentions []struct {
					Type string `json:"type"`
					OSM  struct {
						Lat     string            `json:"lat"`
						Lon     string            `json:"lon"`
						Address map[string]string `json:"address"`
					} `json:"osm_json"`
				} `json:"location_mentions"`
			}
			if err := json.Unmarshal(sc.Bytes(), &t); err != nil {
				f.Close()
				return fmt.Errorf("%s: %w", path, err)
			}
			for _, m := range t.Mentions {
				iso := strings.ToUpper(m.OSM.Address["country_code"])
				lat, err1 := strconv.ParseFloat(m.OSM.Lat, 64)
				lon, err2 := strconv.ParseFloat(m.OSM.Lon, 64)
				if m.Type != "Country" || iso == "" || err1 != nil || err2 != nil {
					continue
				}
				if counts[iso] == nil {
					counts[iso] = map[[2]string]int{}
				}
				counts[iso][[2]string{strconv.FormatFloat(lat, 'f', 2, 64), strconv.FormatFloat(lon, 'f', 2, 64)}]++
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return err
		}
	}
	codes := make([]string, 0, len(counts))
	for c := range counts {
		codes = append(codes, c)
	}
	sort.Strings(codes)
	var b strings.Builder
	b.WriteString("# Country points learnt by `make gazetteer-points` from IDRISI-D train (CC BY 4.0); the points are\n")
	b.WriteString("# OpenStreetMap's, via Nominatim: © OpenStreetMap contributors, ODbL 1.0. iso\tlat\tlon\tmentions\n")
	n := 0
	for _, c := range codes {
		best, bestN, total := [2]string{}, 0, 0
		for p, k := range counts[c] {
			total += k
			if k > bestN || k == bestN && (p[0] < best[0] || p[0] == best[0] && p[1] < best[1]) {
				best, bestN = p, k
			}
		}
		if bestN < 2 {
			continue
		}
		fmt.Fprintf(&b, "%s\t%s\t%s\t%d\n", c, best[0], best[1], total)
		n++
	}
	fmt.Fprintf(os.Stderr, "gazetteer: %d country points learnt → %s\n", n, out)
	return os.WriteFile(out, []byte(b.String()), 0o644)
}

// readCountryPoints reads a table written by learnCountryPoints; a missing
// file gives none.
func readCountryPoints(path string) (map[string]place, error) {
	out := map[string]place{}
	if path == "" {
		return out, nil
	}
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("country points: %w", err)
	}
	for i, line := range strings.Split(string(raw), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 3 {
			return nil, fmt.Errorf("country points: %s:%d: want iso, lat, lon", path, i+1)
		}
		out[f[0]] = place{lat: f[1], lon: f[2]}
	}
	return out, nil
}
