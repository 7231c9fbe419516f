package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/internal/actor"
	"github.com/marsad/marsad/internal/extract/entity"
	"github.com/marsad/marsad/internal/extract/place"
	"github.com/marsad/marsad/internal/gazetteer"
	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// Geo measures place resolution on IDRISI-D Arabic dev (818 gold location
// mentions in tweets, each with an OpenStreetMap point): the gold mentions
// are given as LOC entities and the resolver picks a gazetteer entry. It
// reports acc@161km over all mentions, the median error of the resolved
// ones and country accuracy, with the embedded gazetteer, the shared
// gazetteer added as a user file, and the shared gazetteer alone.
var Geo = Section{Name: "geo", Run: runGeo}

type lmdTweet struct {
	Text     string `json:"text"`
	Mentions []struct {
		Text  string `json:"text"`
		Type  string `json:"type"`
		Start int    `json:"start_offset"`
		End   int    `json:"end_offset"`
		OSM   struct {
			Lat, Lon string
			Address  map[string]string `json:"address"`
		} `json:"osm_json"`
	} `json:"location_mentions"`
}

func runGeo(data string, r *Report) error {
	tweets, err := readLMD(filepath.Join(data, "idrisi/LMD/data/AR"), "dev")
	if err != nil {
		return err
	}
	train, err := readLMD(filepath.Join(data, "idrisi/LMD/data/AR"), "train")
	if err != nil {
		return err
	}
	scoreGeo("TRAIN split, embedded + context backoff", place.New(place.Options{Gazetteer: gazetteer.Default(), Backoff: true}), train, r)
	shared := func() ([]*os.File, error) {
		var fs []*os.File
		for _, n := range []string{"gazetteer_ar.tsv", "aliases_curated.tsv"} {
			f, err := os.Open(filepath.Join(data, "gazetteer", n))
			if err != nil {
				return nil, err
			}
			fs = append(fs, f)
		}
		return fs, nil
	}
	for _, v := range []string{"embedded (npm GeoNames + admin areas + curated)", "embedded + shared gazetteer_ar.tsv (--gazetteer)", "shared gazetteer_ar.tsv alone"} {
		var g *gazetteer.Gazetteer
		switch {
		case strings.HasPrefix(v, "embedded +"), strings.HasPrefix(v, "shared"):
			fs, err := shared()
			if err != nil {
				return err
			}
			if strings.HasPrefix(v, "shared") {
				g, err = gazetteer.Read(fs[0], fs[1])
			} else {
				g, err = gazetteer.Load(fs[0], fs[1])
			}
			for _, f := range fs {
				f.Close()
			}
			if err != nil {
				return err
			}
		default:
			g = gazetteer.Default()
		}
		scoreGeo(v, place.New(place.Options{Gazetteer: g}), tweets, r)
		if !strings.HasPrefix(v, "shared") {
			scoreGeo(v+" + context backoff", place.New(place.Options{Gazetteer: g, Backoff: true}), tweets, r)
		}
	}
	return goldPlaces(data, r)
}

// goldPlaces runs the entity and place stages on the gold-dev articles and
// counts the gold place names that come out with coordinates.
func goldPlaces(data string, r *Report) error {
	g, arts, err := readGoldDevArticles(data)
	if err != nil {
		return err
	}
	rec, err := entity.New(entity.Options{})
	if err != nil {
		return err
	}
	res := place.New(place.Options{})
	n, found, total, named := 0, 0, 0, 0
	for id, a := range arts {
		d := text.Read(normalised(a).Text)
		got := map[string]bool{}
		places := res.Resolve(d, rec.Extract(d))
		total += len(places)
		for _, p := range places {
			for _, k := range keys(p.Name, p.Text) {
				got[k] = true
				got[strings.TrimPrefix(k, "ال")] = true
			}
		}
		gold := map[string]bool{}
		for _, name := range g.Places[id] {
			n++
			k := actor.Key(name)
			gold[k], gold[strings.TrimPrefix(k, "ال")] = true, true
			if got[k] || got[strings.TrimPrefix(k, "ال")] {
				found++
			}
		}
		for _, p := range places {
			ok := false
			for _, k := range keys(p.Name, p.Text) {
				if gold[k] || gold[strings.TrimPrefix(k, "ال")] {
					ok = true
				}
			}
			if ok {
				named++
			} else if os.Getenv("MARSAD_EVAL_VERBOSE") != "" {
				lo, hi := max(0, p.Start-60), min(len(d.Text), p.End+40)
				for lo > 0 && !utf8.RuneStart(d.Text[lo]) {
					lo--
				}
				for hi < len(d.Text) && !utf8.RuneStart(d.Text[hi]) {
					hi++
				}
				fmt.Fprintf(os.Stderr, "PLACE EXTRA %s | %s | %s %s %s | %s\n", id, p.Text, p.Name, p.Country, p.Kind, strings.ReplaceAll(d.Text[lo:hi], "\n", " "))
			}
		}
	}
	r.Add("geo", "gold-dev places found with coordinates (entity + place stages)", Pct(found, n), fmt.Sprintf("%d articles; %d places output; no gold points, so a name found is not checked for the right point", len(arts), total))
	r.Add("geo", "gold-dev place precision (output places whose name is a gold place of the article)", Pct(named, total), "every mention output; a place gold-dev's list lacks counts as wrong, so this is a floor")
	return judgedPlaces(r)
}

// judgedPlaces reports the place outputs an annotator judged
// (news2018/places_judged.json): a sample of the test split's places, and
// a sample of the places far from the rest of their article.
func judgedPlaces(r *Report) error {
	raw, err := news2018FS.ReadFile("news2018/places_judged.json")
	if err != nil {
		return err
	}
	var doc map[string]json.RawMessage
	if err := json.Unmarshal(raw, &doc); err != nil {
		return fmt.Errorf("places judged: %w", err)
	}
	for _, k := range []struct{ key, name string }{{"test", "news2018-test place precision (judged sample)"}, {"far", "places far from the rest of their article (judged sample)"}} {
		var rows []struct {
			IsPlace    string `json:"is_place"`
			RightPoint string `json:"right_point"`
		}
		if err := json.Unmarshal(doc[k.key], &rows); err != nil {
			return fmt.Errorf("places judged: %w", err)
		}
		places, right := 0, 0
		for _, row := range rows {
			if row.IsPlace == "yes" {
				places++
				if row.RightPoint == "yes" {
					right++
				}
			}
		}
		r.Add("geo", k.name+": places / at the right point", Pct(places, len(rows))+" / "+Pct(right, len(rows)),
			"judged by an annotator who did not read the rules, outputs of 2026-12-04 (news2018/places_judged.json); TEST split or sample-wide, never tuned on")
	}
	return nil
}

func readLMD(dir, split string) ([]lmdTweet, error) {
	files, err := filepath.Glob(filepath.Join(dir, "*", split+".jsonl"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no IDRISI LMD %s files under %s", split, dir)
	}
	sort.Strings(files)
	var out []lmdTweet
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
		for sc.Scan() {
			var t lmdTweet
			if err := json.Unmarshal(sc.Bytes(), &t); err != nil {
				f.Close()
				return nil, fmt.Errorf("%s: %w", path, err)
			}
			out = append(out, t)
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return out, nil
}

// geoGroup folds IDRISI's mention types into the rows we report.
func geoGroup(t string) string {
	switch t {
	case "Country", "City/town", "Province", "District":
		return t
	}
	return "POI/street/neighbourhood/other"
}

func scoreGeo(name string, res *place.Resolver, tweets []lmdTweet, r *Report) {
	split := "IDRISI-D AR dev"
	verbose := false
	if strings.HasPrefix(name, "TRAIN") {
		split, verbose = "IDRISI-D AR train (tuned on)", os.Getenv("MARSAD_EVAL_VERBOSE") != ""
	}
	type tally struct{ n, hit, acc, country int }
	groups := map[string]*tally{}
	total := &tally{}
	var errs []float64
	for _, tw := range tweets {
		runes := []rune(tw.Text)
		byteAt := make([]int, len(runes)+1)
		for i, b := 0, 0; i < len(runes); i++ {
			byteAt[i] = b
			b += len(string(runes[i]))
		}
		byteAt[len(runes)] = len(tw.Text)
		var ents []model.Entity
		for _, m := range tw.Mentions {
			if m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				continue
			}
			ents = append(ents, model.Entity{Span: model.SpanOf(tw.Text, byteAt[m.Start], byteAt[m.End]), Type: "LOC"})
		}
		places := res.Resolve(text.Read(tw.Text), ents)
		for _, m := range tw.Mentions {
			g := groups[geoGroup(m.Type)]
			if g == nil {
				g = &tally{}
				groups[geoGroup(m.Type)] = g
			}
			g.n++
			total.n++
			lat, err1 := strconv.ParseFloat(m.OSM.Lat, 64)
			lon, err2 := strconv.ParseFloat(m.OSM.Lon, 64)
			if err1 != nil || err2 != nil || m.Start < 0 || m.End > len(runes) || m.Start >= m.End {
				continue
			}
			var p *model.Place
			for i := range places {
				if places[i].Start == byteAt[m.Start] && places[i].End == byteAt[m.End] {
					p = &places[i]
				}
			}
			if p == nil {
				continue
			}
			g.hit++
			total.hit++
			d := model.DistanceKm(lat, lon, p.Lat, p.Lon)
			errs = append(errs, d)
			if d <= 161 {
				g.acc++
				total.acc++
			} else if verbose {
				fmt.Fprintf(os.Stderr, "GEO MISS %s | %s | gold %s %.2f,%.2f | ours %s %s %.2f,%.2f %s | %.0f km\n", m.Type, m.Text, m.OSM.Address["country_code"], lat, lon, p.Name, p.Country, p.Lat, p.Lon, p.Gazetteer, d)
			}
			if strings.EqualFold(m.OSM.Address["country_code"], p.Country) {
				g.country++
				total.country++
			}
		}
	}
	sort.Float64s(errs)
	median := math.NaN()
	if len(errs) > 0 {
		median = errs[len(errs)/2]
	}
	r.Add("geo", name+": acc@161km", Pct(total.acc, total.n), split+", gold mentions; naive most-populous floor 27.8% (dev)")
	r.Add("geo", name+": resolved", Pct(total.hit, total.n), "mentions the gazetteer gave a point")
	r.Addf("geo", name+": median error (resolved)", fmt.Sprintf("%d resolved", len(errs)), "%.1f km", median)
	r.Add("geo", name+": country accuracy", Pct(total.country, total.n), "")
	keys := make([]string, 0, len(groups))
	for k := range groups {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		g := groups[k]
		r.Add("geo", name+": acc@161km, "+k, Pct(g.acc, g.n), "country accuracy "+Pct(g.country, g.n))
	}
}
