// Package actor is marsad's registry of named actors: armed groups, state
// forces and governments, coalitions, councils, agencies, outlets and
// monitors, with their Arabic spellings and abbreviations, English names,
// kind and ACLED-style actor type. The default registry is a data file
// embedded in the binary (registry.tsv); users extend it with their own file
// in the same format.
package actor

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"

	"github.com/marsad/marsad/internal/text"
)

//go:embed registry.tsv
var defaultTSV string

// Actor is one registry entry.
type Actor struct {
	ID      string   // stable key, the entity's KB id
	Kind    string   // armed_group, state_force, government, ministry, coalition, council, agency, outlet, monitor, organisation, party, person
	Type    string   // ACLED actor type (State Forces, Rebel Groups...), or ""
	Country string   // ISO 3166-1 alpha-2 of the actor's home, or ""
	Name    string   // canonical Arabic name
	NameEn  string   // English name
	Aliases []string // other Arabic spellings and abbreviations
}

// IsSource reports whether the actor is an outlet, agency or monitor: a
// body that relays or publishes figures (the "via" of a claim).
func (a Actor) IsSource() bool {
	return a.Kind == "outlet" || a.Kind == "monitor" || a.Kind == "agency"
}

// EntityType returns the NER class of the actor: PER for people, ORG for
// the rest.
func (a Actor) EntityType() string {
	if a.Kind == "person" {
		return "PER"
	}
	return "ORG"
}

// Registry indexes actors by the matching form of every name.
type Registry struct {
	actors []Actor
	byKey  map[string]int // whole folded name → actor index
	// byFirst maps the folded first word of a name to the names starting
	// with it, longest first.
	byFirst map[string][]entry
}

type entry struct {
	words []string
	actor int
}

// Default returns the embedded registry.
func Default() *Registry {
	r, err := Load()
	if err != nil {
		panic(fmt.Sprintf("actor: embedded registry: %v", err)) // a build error, caught by the tests
	}
	return r
}

// Load reads the embedded registry, then each extra file in order. An extra
// actor whose id is already known replaces the earlier entry.
func Load(extra ...io.Reader) (*Registry, error) {
	var all []Actor
	add, err := parse(strings.NewReader(defaultTSV), "registry.tsv")
	if err != nil {
		return nil, err
	}
	all = append(all, add...)
	for i, r := range extra {
		add, err := parse(r, fmt.Sprintf("registry file %d", i+1))
		if err != nil {
			return nil, err
		}
		all = append(all, add...)
	}
	return New(all), nil
}

// New builds a registry from a list of actors; a later actor with the id of
// an earlier one replaces it.
func New(list []Actor) *Registry {
	r := &Registry{byKey: map[string]int{}, byFirst: map[string][]entry{}}
	pos := map[string]int{}
	for _, a := range list {
		if i, ok := pos[a.ID]; ok {
			r.actors[i] = a
			continue
		}
		pos[a.ID] = len(r.actors)
		r.actors = append(r.actors, a)
	}
	for i, a := range r.actors {
		for _, name := range append([]string{a.Name}, a.Aliases...) {
			r.index(name, i)
		}
		if a.NameEn != "" {
			if _, ok := r.byKey[Key(a.NameEn)]; !ok {
				r.byKey[Key(a.NameEn)] = i
			}
		}
	}
	for k, es := range r.byFirst {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].words) > len(es[j].words) })
		r.byFirst[k] = es
	}
	return r
}

func (r *Registry) index(name string, i int) {
	words := Words(name)
	if len(words) == 0 {
		return
	}
	key := strings.Join(words, " ")
	if _, ok := r.byKey[key]; !ok {
		r.byKey[key] = i
	}
	r.byFirst[words[0]] = append(r.byFirst[words[0]], entry{words: words, actor: i})
}

// Words returns the matching words of a name: its tokens, folded, with
// quotes and other punctuation dropped (so تنظيم "الدولة" is تنظيم الدولة).
// Dots between single letters are kept as separate tokens dropped too, so
// د.ب.أ and د ب أ match each other.
func Words(name string) []string {
	var out []string
	for _, t := range text.Tokenize(name) {
		if t.Kind == text.Punct {
			continue
		}
		out = append(out, t.Norm)
	}
	return out
}

// Key is the lookup key of a name: its matching words joined by spaces.
func Key(name string) string { return strings.Join(Words(name), " ") }

// Actors returns every actor of the registry, in file order.
func (r *Registry) Actors() []Actor { return append([]Actor(nil), r.actors...) }

// Lookup finds the actor a name designates (any of its spellings, or its
// English name), ignoring case, diacritics, letter variants and quotes. A
// leading proclitic (و، ب، ل، ال...) is tried off too.
func (r *Registry) Lookup(name string) (Actor, bool) {
	words := Words(name)
	if len(words) == 0 {
		return Actor{}, false
	}
	for _, f := range text.Forms(words[0]) {
		key := strings.Join(append([]string{f}, words[1:]...), " ")
		if i, ok := r.byKey[key]; ok {
			return r.actors[i], true
		}
	}
	if i, ok := r.byKey[strings.ToLower(strings.Join(words, " "))]; ok {
		return r.actors[i], true
	}
	return Actor{}, false
}

// Match finds the longest registry name starting at token i of d. The first
// token may carry proclitics (وقوات، بالمرصد، لداعش); quotes and brackets
// between the words are skipped. It returns the actor and the index just
// past the last token of the match.
func (r *Registry) Match(d *text.Doc, i int) (a Actor, end int, ok bool) {
	return r.MatchTokens(d.Tokens, i)
}

// MatchTokens is Match on a token slice.
func (r *Registry) MatchTokens(toks []text.Token, i int) (a Actor, end int, ok bool) {
	if i < 0 || i >= len(toks) || toks[i].Kind == text.Punct {
		return Actor{}, i, false
	}
	best, bestEnd := -1, i
	bestLen := 0
	for _, f := range toks[i].Forms() {
		for _, e := range r.byFirst[f] {
			if len(e.words) < bestLen {
				break
			}
			if j, ok := matchRest(toks, i+1, e.words[1:]); ok && (len(e.words) > bestLen || best < 0) {
				best, bestEnd, bestLen = e.actor, j, len(e.words)
			}
		}
	}
	if best < 0 {
		return Actor{}, i, false
	}
	return r.actors[best], bestEnd, true
}

// matchRest matches words against the tokens from j on, skipping quote and
// bracket tokens, and returns the index past the last matched token.
func matchRest(toks []text.Token, j int, words []string) (int, bool) {
	for _, w := range words {
		for j < len(toks) && toks[j].Kind == text.Punct && skippable(toks[j].Text) {
			j++
		}
		if j >= len(toks) || toks[j].Norm != w {
			return j, false
		}
		j++
	}
	return j, true
}

func skippable(p string) bool {
	return strings.ContainsAny(p, "\"'«»“”()-.") && len(p) <= 3
}

// parse reads registry lines: id, kind, acled_type, country, name_ar,
// name_en, aliases. Blank lines and lines starting with # are skipped.
func parse(r io.Reader, src string) ([]Actor, error) {
	var out []Actor
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 6 {
			return nil, fmt.Errorf("%s:%d: want at least 6 tab-separated fields, got %d", src, n, len(f))
		}
		a := Actor{ID: f[0], Kind: f[1], Type: f[2], Country: f[3], Name: f[4], NameEn: f[5]}
		if a.ID == "" || a.Name == "" {
			return nil, fmt.Errorf("%s:%d: id and name_ar are required", src, n)
		}
		if len(f) > 6 {
			for _, al := range strings.Split(f[6], "|") {
				if al = strings.TrimSpace(al); al != "" {
					a.Aliases = append(a.Aliases, al)
				}
			}
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", src, err)
	}
	return out, nil
}

// LoadFiles is Load with the user's registry files given by path (the
// CLI's --registry).
func LoadFiles(paths ...string) (*Registry, error) {
	var rs []io.Reader
	for _, p := range paths {
		f, err := os.Open(p)
		if err != nil {
			return nil, fmt.Errorf("registry: %w", err)
		}
		defer f.Close()
		rs = append(rs, f)
	}
	return Load(rs...)
}
