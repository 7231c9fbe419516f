package entity

import (
	"sort"
	"strings"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// resolve turns mentions into entities: span, name without the leading
// proclitic, and the registry entry the name (or an earlier full name it
// shortens) designates.
func (r *Recognizer) resolve(d *text.Doc, sents [][]text.Token, ms []mention) []model.Entity {
	out := make([]model.Entity, 0, len(ms))
	var words [][]string // each entity's name words, for the short-mention rule
	for _, m := range ms {
		toks := sents[m.sent][m.from:m.to]
		start, end := toks[0].Start, toks[len(toks)-1].End
		e := model.Entity{Span: model.SpanOf(d.Text, start, end), Type: m.typ}
		e.Name = name(d.Text, toks)
		w := nameWords(toks)
		if a, ok := r.o.Registry.Lookup(e.Name); ok {
			e.Name, e.NameEn, e.Kind = a.Name, a.NameEn, a.Kind
			if e.Type != "LOC" {
				e.Type = a.EntityType()
			}
			id := a.ID
			e.KB = &id
		} else if j := earlier(out, words, w, m.typ); j >= 0 {
			e.Name, e.NameEn, e.Kind, e.KB = out[j].Name, out[j].NameEn, out[j].Kind, out[j].KB
			w = words[j]
		}
		out = append(out, e)
		words = append(words, w)
	}
	return out
}

// backReferences adds the bare "التنظيم" / "الحركة" / "الجبهة" ... that
// refer back to the last registry organisation named with that head word
// (تنظيم الدولة الإسلامية ... التنظيم), when the tagger left it out.
func (r *Recognizer) backReferences(d *text.Doc, sents [][]text.Token, ents []model.Entity) []model.Entity {
	covered := map[int]bool{}
	for _, e := range ents {
		covered[e.Start] = true
	}
	var out []model.Entity
	k := 0
	for _, toks := range sents {
		for i, t := range toks {
			for k < len(ents) && ents[k].End <= t.Start {
				out = append(out, ents[k])
				k++
			}
			if !t.Definite || !backHeads[t.Base] || covered[t.Start] || (k < len(ents) && ents[k].Start < t.End) {
				continue
			}
			if i+1 < len(toks) && toks[i+1].Kind == text.Punct && toks[i+1].Text == "\"" {
				continue
			}
			for j := len(out) - 1; j >= 0; j-- {
				e := out[j]
				if e.KB != nil && e.Type == "ORG" && strings.HasPrefix(text.Fold(e.Name), t.Base+" ") {
					ref := e
					ref.Span = model.SpanOf(d.Text, t.Start, t.End)
					out = append(out, ref)
					break
				}
			}
		}
	}
	return append(out, ents[k:]...)
}

// backHeads are the head words whose definite form can stand for a named
// organisation mentioned before.
var backHeads = map[string]bool{"تنظيم": true, "حركه": true, "جبهه": true, "هيئه": true, "مرصد": true}

// name is the mention's text without the proclitics of its first token; an
// article stays (بالرقة → الرقة, للجيش → الجيش, وقوات → قوات).
func name(doc string, toks []text.Token) string {
	first := toks[0]
	surface := doc[first.Start:toks[len(toks)-1].End]
	p := first.Prefix
	switch p {
	case "ف":
		return surface // فلاديمير، فرانسوا، فيصل: a name's own letter far more often than the conjunction
	case "وف":
		p = "و"
	}
	if p == "" {
		return surface
	}
	cut := len(p)
	article := ""
	switch {
	case p == "لل" || strings.HasSuffix(p, "لل"):
		cut, article = len(p), "ال"
	case strings.HasSuffix(p, "ال"):
		cut = len(p) - len("ال")
	}
	folded, off := text.FoldMap(first.Text)
	if cut > len(folded) {
		return surface
	}
	return article + surface[off[cut]:]
}

// nameWords are the folded words of a mention, the first without its
// proclitics and article.
func nameWords(toks []text.Token) []string {
	out := make([]string, len(toks))
	for i, t := range toks {
		out[i] = t.Norm
	}
	out[0] = strings.TrimPrefix(toks[0].Norm, toks[0].Prefix)
	out[0] = strings.TrimPrefix(out[0], "ال")
	if len(out) > 0 && strings.HasPrefix(out[len(out)-1], "ال") && len(out) == 1 {
		out[0] = strings.TrimPrefix(out[0], "ال")
	}
	return out
}

// earlier finds the last earlier entity of the same type whose name is
// longer and ends with (a person's family name) or, for organisations,
// contains the mention's words: "حسين" after "محمود حسين".
func earlier(ents []model.Entity, words [][]string, w []string, typ string) int {
	for j := len(ents) - 1; j >= 0; j-- {
		if ents[j].Type != typ || len(words[j]) <= len(w) {
			continue
		}
		full := words[j]
		switch typ {
		case "PER":
			if equalWords(full[len(full)-len(w):], w) || equalWords(full[:len(w)], w) {
				return j
			}
		case "ORG", "MISC":
			for k := 0; k+len(w) <= len(full); k++ {
				if equalWords(full[k:k+len(w)], w) && len(w[0]) > 4 {
					return j
				}
			}
		}
	}
	return -1
}

func equalWords(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if strings.TrimPrefix(a[i], "ال") != strings.TrimPrefix(b[i], "ال") {
			return false
		}
	}
	return true
}

// spokesTitles are the titles of a spokesman, folded.
var spokesTitles = map[string]bool{"متحدث": true, "ناطق": true, "متحدثه": true, "ناطقه": true}

// spokesmen resolves a bare "المتحدث" / "الناطق" to the person an earlier
// sentence introduced with that title ("قال المتحدث باسم الوزارة فلان...
// وأضاف المتحدث"). A title followed by باسم or by a person in the next few
// words introduces someone and is not a back-reference.
func spokesmen(d *text.Doc, sents [][]text.Token, ents []model.Entity) []model.Entity {
	const window = 8
	var spokes *model.Entity
	var added []model.Entity
	next := 0 // first entity starting at or after the current token
	for _, toks := range sents {
		for i, t := range toks {
			for next < len(ents) && ents[next].Start < t.Start {
				next++
			}
			if !t.Definite || !spokesTitles[t.Base] {
				continue
			}
			if next < len(ents) && ents[next].Start == t.Start {
				continue // already part of an entity
			}
			end := min(i+window, len(toks))
			per := -1
			for j := next; j < len(ents) && ents[j].Start < toks[end-1].End; j++ {
				if ents[j].Type == "PER" {
					per = j
					break
				}
			}
			if per >= 0 {
				spokes = &ents[per]
			}
			if per >= 0 || (i+1 < len(toks) && toks[i+1].Base == "باسم") {
				continue // an introduction, not a back-reference
			}
			if spokes != nil {
				ref := *spokes
				ref.Span = model.SpanOf(d.Text, t.Start, t.End)
				added = append(added, ref)
			}
		}
	}
	if len(added) == 0 {
		return ents
	}
	out := append(append([]model.Entity{}, ents...), added...)
	sort.SliceStable(out, func(a, b int) bool { return out[a].Start < out[b].Start })
	return out
}
