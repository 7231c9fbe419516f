// Package gazetteer holds marsad's places with Arabic names: the GeoNames
// cities500 places and country names built by `make gazetteer` from npm
// packages (data/geonames_ar.tsv.gz), the administrative areas
// (governorates, provinces, states, regions; ids adm:<ISO 3166-2>, feature
// codes ADM1 and ADM2) built from npm packages too (data/admin_ar.tsv.gz),
// a file of press spellings, districts,
// camps and landmarks we curate (data/curated.tsv), and any file a user adds
// in either format (the format of the shared gazetteer_ar.tsv, plain or
// gzipped, or the alias format of curated.tsv).
package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"
	"sync"

	"github.com/marsad/marsad/internal/text"
)

//go:embed data/geonames_ar.tsv.gz data/admin_ar.tsv.gz data/curated.tsv
var files embed.FS

// Entry is one named place. An alias row gives an entry of its own that
// carries its target's point and ids under the alias name.
type Entry struct {
	ID         string // gn:<geonameid>, country:<ISO>, adm:<ISO 3166-2>, or the user file's id
	Name       string // the Arabic name this entry was found under
	NameEn     string
	Lat, Lon   float64
	Class      string // GeoNames feature class: P (populated place), A (admin area)
	Code       string // GeoNames feature code: PPLC, PPLA, PPLA2, PPL, PCLI, ADM1, ADM2...
	Country    string // ISO 3166-1 alpha-2
	Admin1     string
	Population int64
	Kind       string // country, region, city, district, camp, landmark
	Note       string
}

// Gazetteer indexes entries by the matching form of their names.
type Gazetteer struct {
	entries  []Entry
	byID     map[string]int
	exact    map[string][]int // Key(name) → entries
	loose    map[string][]int // LooseKey(name) → entries
	first    map[string]int   // first word of a name → most words of a name starting with it
	unnamed  map[string]Entry // entries with no Arabic name of their own: alias targets only
	adm1     map[string]int   // first-level area by its admin1 code (SY.09)
	maxWords int
}

var loadDefault = sync.OnceValues(func() (*Gazetteer, error) { return load(nil) })

// Default returns the embedded gazetteer (built once, shared read-only).
func Default() *Gazetteer {
	g, err := loadDefault()
	if err != nil {
		panic(fmt.Sprintf("gazetteer: embedded data: %v", err)) // a build error, caught by the tests
	}
	return g
}

// Load reads the embedded data, then each extra file: a places table (header
// starting "id<TAB>names_ar") or an alias table (header starting
// "alias_ar<TAB>target_id"), plain or gzipped.
func Load(extra ...io.Reader) (*Gazetteer, error) { return load(extra) }

// Read builds a gazetteer from the given files only, without the embedded
// data (to measure a user's gazetteer on its own).
func Read(files ...io.Reader) (*Gazetteer, error) {
	g := empty()
	for i, r := range files {
		if err := g.read(r, fmt.Sprintf("gazetteer file %d", i+1)); err != nil {
			return nil, err
		}
	}
	return g, nil
}

func empty() *Gazetteer {
	return &Gazetteer{byID: map[string]int{}, exact: map[string][]int{}, loose: map[string][]int{}, first: map[string]int{},
		unnamed: map[string]Entry{}, adm1: map[string]int{}}
}

func load(extra []io.Reader) (*Gazetteer, error) {
	g := empty()
	for _, name := range []string{"data/geonames_ar.tsv.gz", "data/admin_ar.tsv.gz", "data/curated.tsv"} {
		f, err := files.Open(name)
		if err != nil {
			return nil, err
		}
		err = g.read(f, name)
		f.Close()
		if err != nil {
			return nil, err
		}
	}
	for i, r := range extra {
		if err := g.read(r, fmt.Sprintf("gazetteer file %d", i+1)); err != nil {
			return nil, err
		}
	}
	return g, nil
}

// read detects gzip and the table kind from the header.
func (g *Gazetteer) read(r io.Reader, src string) error {
	br := bufio.NewReaderSize(r, 1<<16)
	if magic, _ := br.Peek(2); bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return fmt.Errorf("%s: %w", src, err)
		}
		defer zr.Close()
		br = bufio.NewReaderSize(zr, 1<<16)
	}
	sc := bufio.NewScanner(br)
	sc.Buffer(make([]byte, 0, 1<<16), 4<<20)
	if !sc.Scan() {
		return fmt.Errorf("%s: empty file", src)
	}
	cols := strings.Split(strings.TrimRight(sc.Text(), "\r"), "\t")
	var row func([]string) error
	switch {
	case len(cols) >= 5 && cols[0] == "id" && cols[1] == "names_ar":
		row = g.placeRow(cols)
	case len(cols) >= 2 && cols[0] == "alias_ar" && cols[1] == "target_id":
		row = g.aliasRow
	default:
		return fmt.Errorf("%s: unknown header %q", src, sc.Text())
	}
	for n := 2; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		if err := row(strings.Split(line, "\t")); err != nil {
			return fmt.Errorf("%s:%d: %w", src, n, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s: %w", src, err)
	}
	return nil
}

// placeRow parses rows of a places table by column name.
func (g *Gazetteer) placeRow(cols []string) func([]string) error {
	at := map[string]int{}
	for i, c := range cols {
		at[c] = i
	}
	get := func(f []string, c string) string {
		if i, ok := at[c]; ok && i < len(f) {
			return strings.TrimSpace(f[i])
		}
		return ""
	}
	return func(f []string) error {
		lat, err1 := strconv.ParseFloat(get(f, "lat"), 64)
		lon, err2 := strconv.ParseFloat(get(f, "lon"), 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("bad coordinates %q %q", get(f, "lat"), get(f, "lon"))
		}
		pop, _ := strconv.ParseInt(get(f, "population"), 10, 64)
		e := Entry{ID: get(f, "id"), NameEn: get(f, "name_en"), Lat: lat, Lon: lon,
			Class: get(f, "feature_class"), Code: get(f, "feature_code"), Country: get(f, "country"),
			Admin1: get(f, "admin1"), Population: pop, Note: get(f, "note")}
		e.Kind = kindOf(e.Class, e.Code)
		if e.ID == "" {
			return fmt.Errorf("id is required")
		}
		named := false
		for _, n := range strings.Split(get(f, "names_ar"), "|") {
			if n = strings.TrimSpace(n); n != "" {
				e.Name = n
				g.add(e)
				named = true
			}
		}
		if !named {
			g.unnamed[e.ID] = e
		}
		return nil
	}
}

// aliasRow adds an alias pointing at an entry read before.
func (g *Gazetteer) aliasRow(f []string) error {
	if len(f) < 2 {
		return fmt.Errorf("want alias_ar and target_id")
	}
	e, ok := g.target(strings.TrimSpace(f[1]))
	if !ok {
		return fmt.Errorf("alias %q: unknown target %q", f[0], f[1])
	}
	e.Name = strings.TrimSpace(f[0])
	if len(f) > 3 {
		switch k := strings.TrimSpace(f[3]); k {
		case "district", "camp", "landmark", "region":
			e.Kind = k
		}
	}
	if len(f) > 4 && f[4] != "" {
		e.Note = f[4]
	}
	g.add(e)
	return nil
}

func kindOf(class, code string) string {
	switch {
	case strings.HasPrefix(code, "PCL"):
		return "country"
	case class == "A":
		return "region"
	case code == "PPLX":
		return "district"
	default:
		return "city"
	}
}

func (g *Gazetteer) add(e Entry) {
	words := Words(e.Name)
	if len(words) == 0 {
		return
	}
	i := len(g.entries)
	g.entries = append(g.entries, e)
	if _, ok := g.byID[e.ID]; !ok {
		g.byID[e.ID] = i
	}
	if e.Code == "ADM1" && e.Admin1 != "" {
		if _, ok := g.adm1[e.Admin1]; !ok {
			g.adm1[e.Admin1] = i
		}
	}
	key := strings.Join(words, " ")
	g.exact[key] = appendNew(g.exact[key], i, g.entries)
	if lk := looseKey(words); lk != "" {
		g.loose[lk] = appendNew(g.loose[lk], i, g.entries)
	}
	if len(words) > g.maxWords {
		g.maxWords = len(words)
	}
	for _, k := range keyVariants(words[:1]) {
		g.first[k] = max(g.first[k], len(words))
	}
}

// target returns the entry an alias points at: a named one, or one listed
// with no Arabic name of its own.
func (g *Gazetteer) target(id string) (Entry, bool) {
	if i, ok := g.byID[id]; ok {
		return g.entries[i], true
	}
	e, ok := g.unnamed[id]
	return e, ok
}

// appendNew adds entry i unless an entry with the same id is already listed.
func appendNew(list []int, i int, all []Entry) []int {
	for _, j := range list {
		if all[j].ID == all[i].ID {
			if all[i].Kind != all[j].Kind && all[i].Kind != "city" {
				all[j] = all[i] // a curated kind wins over the default one
			}
			return list
		}
	}
	return append(list, i)
}

// Words returns the matching words of a name: folded tokens, punctuation
// dropped.
func Words(name string) []string {
	var out []string
	for _, t := range text.Tokenize(name) {
		if t.Kind != text.Punct {
			out = append(out, t.Norm)
		}
	}
	return out
}

// looseKey is the fallback key: no article, no spaces, ح read as ه, a final
// ي read as ه.
func looseKey(words []string) string {
	s := strings.Join(words, "")
	s = strings.TrimPrefix(s, "ال")
	s = strings.ReplaceAll(s, "ح", "ه")
	if strings.HasSuffix(s, "ي") {
		s = strings.TrimSuffix(s, "ي") + "ه"
	}
	if len([]rune(s)) < 3 {
		return ""
	}
	return s
}

// Len returns the number of names indexed.
func (g *Gazetteer) Len() int { return len(g.entries) }

// ByID returns the entry with the given id.
func (g *Gazetteer) ByID(id string) (Entry, bool) {
	i, ok := g.byID[id]
	if !ok {
		return Entry{}, false
	}
	return g.entries[i], true
}

// Admin1Of returns the first-level administrative area (governorate,
// province, state) an entry lies in, by its admin1 code; an area of that
// level is its own.
func (g *Gazetteer) Admin1Of(id string) (Entry, bool) {
	e, ok := g.ByID(id)
	if !ok || e.Admin1 == "" {
		return Entry{}, false
	}
	i, ok := g.adm1[e.Admin1]
	if !ok {
		return Entry{}, false
	}
	return g.entries[i], true
}

// Lookup returns the entries named name, trying the name as written, then
// with the article added or removed.
func (g *Gazetteer) Lookup(name string) []Entry {
	return g.lookupWords(Words(name))
}

func (g *Gazetteer) lookupWords(words []string) []Entry {
	if len(words) == 0 {
		return nil
	}
	for _, k := range keyVariants(words) {
		if ids := g.exact[k]; len(ids) > 0 {
			return g.list(ids)
		}
	}
	return nil
}

// LookupLoose returns the entries whose fallback key matches name's (see
// looseKey): more recall, more ambiguity.
func (g *Gazetteer) LookupLoose(name string) []Entry {
	return g.list(g.loose[looseKey(Words(name))])
}

func keyVariants(words []string) []string {
	k := strings.Join(words, " ")
	out := []string{k}
	if strings.HasPrefix(k, "ال") && len([]rune(k)) > 4 {
		out = append(out, strings.TrimPrefix(k, "ال"))
	} else {
		out = append(out, "ال"+k)
	}
	return out
}

func (g *Gazetteer) list(ids []int) []Entry {
	out := make([]Entry, len(ids))
	for i, j := range ids {
		out[i] = g.entries[j]
	}
	return out
}

// Match finds the longest gazetteer name starting at token i; the first
// token may carry proclitics (وبالرقة، لحلب). It returns the candidates and
// the index past the last matched token.
func (g *Gazetteer) Match(toks []text.Token, i int) (cands []Entry, end int, ok bool) {
	if i < 0 || i >= len(toks) || toks[i].Kind != text.Word {
		return nil, i, false
	}
	longest := 0
	var forms []string
	for _, f := range toks[i].Forms() {
		// A word written with the article names a place written with it:
		// السورية is not سورية.
		// But لل is also ل + a word starting with ل: للبنان is ل + لبنان.
		if toks[i].Definite && !strings.HasPrefix(f, "ال") && !strings.HasSuffix(toks[i].Prefix, "لل") {
			continue
		}
		forms = append(forms, f)
		longest = max(longest, g.first[f])
	}
	for n := min(longest, len(toks)-i); n >= 1; n-- {
		rest := make([]string, 0, n-1)
		for j := i + 1; j < i+n; j++ {
			if toks[j].Kind != text.Word {
				break
			}
			rest = append(rest, toks[j].Norm)
		}
		if len(rest) != n-1 {
			continue
		}
		for _, f := range forms {
			if len([]rune(f)) < 2 {
				continue
			}
			if ids := g.exact[strings.Join(append([]string{f}, rest...), " ")]; len(ids) > 0 {
				return g.list(ids), i + n, true
			}
		}
	}
	return nil, i, false
}

// LoadFiles is Load with the user's gazetteer files given by path (the
// CLI's --gazetteer).
func LoadFiles(paths ...string) (*Gazetteer, error) {
	var rs []io.Reader
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("gazetteer: %w", err)
		}
		defer f.Close()
		rs = append(rs, f)
	}
	return Load(rs...)
}
