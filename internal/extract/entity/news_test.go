package entity

import (
	"bufio"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/text"
)

// The rules on tags given by hand, so that they are tested whatever the
// tagger does: words separated by spaces, a tag per word.
func TestNewsRules(t *testing.T) {
	r := defaultRecognizer(t)
	cases := []struct{ words, in, want string }{
		{"دخلت القوات المدينة", "O O B-LOC", "O O O"},
		{"فروا من البلدة", "O O B-LOC", "O O O"},
		{"قرب الملعب البلدي", "O B-LOC I-LOC", "O O O"},
		{"في المدينة المنورة", "O B-LOC I-LOC", "O B-LOC I-LOC"},
		{"شمالي محافظة صلاح الدين", "O O B-PER I-PER", "O O B-LOC I-LOC"},
		{"نزحوا من صلاح الدين", "O O B-PER I-PER", "O O B-LOC I-LOC"},
		{"قال الرئيس صلاح الدين", "O O B-PER I-PER", "O O B-PER I-PER"},
		{"أعلنت قيادة عمليات صلاح الدين", "O O O B-PER I-PER", "O B-ORG I-ORG I-ORG I-ORG"},
		{"باسم شرطة نينوى", "O O B-LOC", "O B-ORG I-ORG"},
		{"العمليات العسكرية في نينوى", "O O O B-LOC", "O O O B-LOC"},
		{"وقال أحمد العمر", "O B-PER I-PER", "O B-PER I-PER"},
		{"شمال الضفة الغربية", "O B-LOC I-LOC", "O B-LOC I-LOC"},
		{"استاد « فارول »", "O O B-MISC O", "O O B-MISC O"},
		{"قصفت الطائرات عفرين", "O O B-PER", "O O B-LOC"},
		{"وقال حمص", "O B-PER", "O B-LOC"},
		{"أعلن الأحد أن", "O B-LOC O", "O O O"},
		{"في مدينة أريحا بريف إدلب", "O O B-LOC B-PER I-PER", "O O B-LOC B-LOC I-LOC"},
		{"رئيس بلدية طرابلس سامي الحلبي", "O O B-PER I-PER I-PER", "O O B-LOC B-PER I-PER"},
		{"وقال محمد سامي الحلبي", "O B-PER I-PER I-PER", "O B-PER I-PER I-PER"},
		{"أن القوات « أحكمت الطوق » على", "O O O B-MISC I-MISC O O", "O O O O O O O"},
	}
	for _, c := range cases {
		toks := tokens(c.words)
		tags := [][]string{strings.Fields(c.in)}
		r.newsRules([][]text.Token{toks}, tags)
		if got := strings.Join(tags[0], " "); got != c.want {
			t.Errorf("%s: got %s, want %s", c.words, got, c.want)
		}
	}
}

// A place head earlier in the article makes the bare name a place too.
func TestNewsRulesCarryPlaces(t *testing.T) {
	r := defaultRecognizer(t)
	sents := [][]text.Token{tokens("في محافظة الزعيم"), tokens("وصل الزعيم")}
	tags := [][]string{{"O", "O", "B-PER"}, {"O", "B-PER"}}
	r.newsRules(sents, tags)
	if !slices.Equal(tags[1], []string{"O", "B-LOC"}) {
		t.Errorf("got %v", tags)
	}
}

func tokens(words string) []text.Token {
	var out []text.Token
	for _, w := range strings.Fields(words) {
		out = append(out, TokenOf(w))
	}
	return out
}

// testdata/news.tsv: sentences written for marsad, each with the entities
// the recognizer must find ("TYPE<TAB>text"; "TYPE~<TAB>text": one of that
// type holds the text) or must not ("-<TAB>text").
func TestNewsSentences(t *testing.T) {
	f, err := os.Open("testdata/news.tsv")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	r := defaultRecognizer(t)
	sc := bufio.NewScanner(f)
	var doc string
	for sc.Scan() {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		typ, want, ok := strings.Cut(line, "\t")
		if !ok {
			doc = line
			continue
		}
		var got []string
		for _, e := range r.Extract(text.Read(doc)) {
			got = append(got, e.Type+":"+e.Text)
			if e.Start < 0 || e.End > len(doc) || doc[e.Start:e.End] != e.Text {
				t.Errorf("%s: bad span %+v", doc, e.Span)
			}
		}
		has := slices.Contains(got, typ+":"+want)
		if base, ok := strings.CutSuffix(typ, "~"); ok { // an entity of that type holds the text
			has = slices.ContainsFunc(got, func(s string) bool {
				return strings.HasPrefix(s, base+":") && strings.Contains(s, want)
			})
		}
		if typ == "-" {
			has = slices.ContainsFunc(got, func(s string) bool { return strings.HasSuffix(s, ":"+want) })
			if has {
				t.Errorf("%s: %q should be no entity; got %v", doc, want, got)
			}
			continue
		}
		if !has {
			t.Errorf("%s: want %s %q; got %v", doc, typ, want, got)
		}
	}
}
