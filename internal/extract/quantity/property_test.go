package quantity

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/model"
	"github.com/marsad/marsad/internal/text"
)

// Properties over whole families rather than sentences: every bound phrase
// and every form of a bound verb, before any number and noun, gives a figure
// open on the right side and never an exact value; every figure survives a
// trip through the contract's JSON.

func TestBoundNeverReadsExact(t *testing.T) {
	rnd := rand.New(rand.NewPCG(3, 4))
	nouns := []string{"شخصا", "مقاتلا", "مدنيا", "جنديا", "طفلا"}
	n := 0
	for _, p := range before {
		if p.b != atLeast && p.b != atMost || strings.HasPrefix(p.toks[0], "و") || strings.HasPrefix(p.toks[0], "ب") ||
			strings.HasPrefix(p.toks[0], "ل") || strings.HasPrefix(p.toks[0], "ف") {
			continue
		}
		num := 10 + rnd.IntN(900)
		s := fmt.Sprintf("قال المسؤول إن %s %d %s قتلوا.", strings.Join(p.toks, " "), num, nouns[rnd.IntN(len(nouns))])
		checkBound(t, s, p.b)
		n++
	}
	for verb, b := range boundVerbs {
		num := 10 + rnd.IntN(900)
		prep := ""
		switch need := boundPreps[verb]; {
		case strings.HasPrefix(need, "علي"):
			prep = " على"
		case need == "عن ":
			prep = " عن"
		}
		checkBound(t, fmt.Sprintf("بقي في المدينة مقاتلون %s عددهم%s %d مقاتل.", verb, prep, num), b)
		checkBound(t, fmt.Sprintf("بقي في المدينة مقاتلون لم %s عددهم%s %d مقاتل.", verb, prep, num), flip(b))
		n += 2
	}
	if n < 80 {
		t.Fatalf("only %d sentences generated", n)
	}
}

func checkBound(t *testing.T, s string, b bound) {
	t.Helper()
	qs := Extract(text.Read(text.Normalize(s)))
	if len(qs) != 1 {
		t.Errorf("%s: %d quantities", s, len(qs))
		return
	}
	q := qs[0]
	switch {
	case q.Min != nil && q.Max != nil:
		t.Errorf("%s: read as [%v, %v], a bound never has both sides", s, *q.Min, *q.Max)
	case b == atLeast && q.Min == nil:
		t.Errorf("%s: want a lower bound, got max %v", s, q.Max)
	case b == atMost && q.Max == nil:
		t.Errorf("%s: want an upper bound, got min %v", s, q.Min)
	}
}

func TestQuantitiesSurviveTheContract(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, file := range files {
		for _, c := range readFixtures(t, file) {
			for _, q := range Extract(text.Read(text.Normalize(c.sentence))) {
				b, err := json.Marshal(q)
				if err != nil {
					t.Fatal(err)
				}
				var back model.Quantity
				if err := json.Unmarshal(b, &back); err != nil {
					t.Fatal(err)
				}
				if !reflect.DeepEqual(q, back) {
					t.Errorf("%s: %+v came back as %+v", c.sentence, q, back)
				}
			}
		}
	}
}
