package text

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	cases := []struct{ in, want string }{
		{"الْمُقَاتِلِينَ", "المقاتلين"},
		{"المقاتـــلين", "المقاتلين"},
		{"أحمد إبراهيم آمال ٱلله", "احمد ابراهيم امال الله"},
		{"مستشفى", "مستشفي"},
		{"الرقة", "الرقه"},
		{"٣٬٠٠٠ و١٫٥ و۲۵۰", "3,000 و1.5 و250"},
		{"٩٧٪", "97%"},
		{"Reuters AFP", "reuters afp"},
		{"کردستان ی", "كردستان ي"},
	}
	for _, c := range cases {
		if got := Fold(c.in); got != c.want {
			t.Errorf("Fold(%q) = %q, want %q\n% x\n% x", c.in, got, c.want, got, c.want)
		}
	}
}

func TestFoldMapPointsBackToOriginal(t *testing.T) {
	in := "قال الْمُتَحَدِّث ٢٥٠ مقاتـلا"
	f, off := FoldMap(in)
	if len(off) != len(f)+1 {
		t.Fatalf("offset map has %d entries for %d bytes", len(off), len(f))
	}
	i := strings.Index(f, "المتحدث")
	j := i + len("المتحدث")
	if got := in[off[i]:off[j]]; got != "الْمُتَحَدِّث" && got != "الْمُتَحَدِّثِ" {
		// the map ends at the last kept rune, the trailing haraka is outside
		t.Errorf("mapped back to %q", got)
	}
	k := strings.Index(f, "250")
	if got := in[off[k]:off[k+3]]; got != "٢٥٠" {
		t.Errorf("digits mapped back to %q", got)
	}
}

func TestNormalize(t *testing.T) {
	cases := []struct{ in, want string }{
		{"a\r\nb\rc", "a\nb\nc"},
		{"\uFEFFقال\u200Fت", "قالت"},
		{"ﺍﻟﻤﻘﺎﺗﻠﻴﻦ", "المقاتلين"},
		{"نحو\u00A0300", "نحو 300"},
		{"مُقَاتِل", "مُقَاتِل"}, // harakat stay in the text
		{"bad\xffbyte", "bad\uFFFDbyte"},
	}
	for _, c := range cases {
		if got := Normalize(c.in); got != c.want {
			t.Errorf("Normalize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestAnalyze(t *testing.T) {
	cases := []struct{ word, prefix, base, suffix string }{
		{"والمقاتلين", "وال", "مقاتلين", ""},
		{"ومقاتلين", "و", "مقاتلين", ""},
		{"للمقاتلين", "لل", "مقاتلين", ""},
		{"بالرقه", "بال", "رقه", ""},
		{"وبالرقه", "وبال", "رقه", ""},
		{"الرقه", "ال", "رقه", ""},
		{"بغداد", "", "بغداد", ""},
		{"لبنان", "", "لبنان", ""},
		{"وزير", "", "وزير", ""},
		{"وزارته", "", "وزاره", "ه"},
		{"قواتها", "", "قوات", "ها"},
		{"فرانس", "", "فرانس", ""},
		{"واضاف", "و", "اضاف", ""},
		{"والي", "", "والي", ""},
		{"وكالات", "", "وكالات", ""},
		{"تصريحاته", "", "تصريحات", "ه"},
		{"الاب", "ال", "اب", ""},
		{"قال", "", "قال", ""},
	}
	for _, c := range cases {
		a := Analyze(c.word)
		if a.Prefix != c.prefix || a.Base != c.base || a.Suffix != c.suffix {
			t.Errorf("Analyze(%q) = %+v, want %q+%q+%q", c.word, a, c.prefix, c.base, c.suffix)
		}
	}
}

func TestHamzaAlefIsNoArticle(t *testing.T) {
	cases := []struct{ word, prefix, base string }{
		{"ألوية", "", "الويه"},
		{"وألوية", "و", "الويه"},
		{"إلى", "", "الي"},
		{"الألوية", "ال", "الويه"},
		{"والأسد", "وال", "اسد"},
	}
	for _, c := range cases {
		toks := Tokenize(c.word)
		if len(toks) != 1 || toks[0].Prefix != c.prefix || toks[0].Base != c.base {
			t.Errorf("Tokenize(%q) = %+v, want %q+%q", c.word, toks, c.prefix, c.base)
		}
	}
}

func TestForms(t *testing.T) {
	cases := []struct {
		word string
		want []string
	}{
		{"بالرقه", []string{"بالرقه", "الرقه", "رقه"}},
		{"للمقاتلين", []string{"للمقاتلين", "لمقاتلين", "المقاتلين", "مقاتلين"}},
		{"وبغداد", []string{"وبغداد", "بغداد", "غداد"}},
		{"قال", []string{"قال"}},
	}
	for _, c := range cases {
		if got := Forms(c.word); !reflect.DeepEqual(got, c.want) {
			t.Errorf("Forms(%q) = %q, want %q", c.word, got, c.want)
		}
	}
}

func TestTokenize(t *testing.T) {
	in := "قال «المرصد» إن بـ3 آلاف و300 مقاتل (٢٥٠٫٥) غادروا F-16 أمس."
	var got []string
	for _, tk := range Tokenize(in) {
		if in[tk.Start:tk.End] != tk.Text {
			t.Fatalf("token %q does not match its offsets", tk.Text)
		}
		got = append(got, tk.Kind.String()+":"+tk.Text)
	}
	want := []string{"word:قال", "punct:«", "word:المرصد", "punct:»", "word:إن", "word:بـ", "number:3",
		"word:آلاف", "word:و", "number:300", "word:مقاتل", "punct:(", "number:٢٥٠٫٥", "punct:)",
		"word:غادروا", "latin:F", "punct:-", "number:16", "word:أمس", "punct:."}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Tokenize:\n got %q\nwant %q", got, want)
	}
}

func TestNumberSeparators(t *testing.T) {
	cases := map[string]string{"3,000 ": "3,000", "3.000.": "3.000", "1,5 مليون": "1,5", "٣٬٠٠٠": "٣٬٠٠٠", "20،": "20"}
	for in, want := range cases {
		toks := Tokenize(in)
		if len(toks) == 0 || toks[0].Text != want {
			t.Errorf("Tokenize(%q)[0] = %+v, want %q", in, toks, want)
		}
	}
}

func TestSentences(t *testing.T) {
	cases := []struct {
		name, in string
		want     []string
	}{
		{"arabic marks", "هل انتهت المعركة؟ نعم. قال ذلك، ثم غادر؛ وانتهى",
			[]string{"هل انتهت المعركة؟", "نعم.", "قال ذلك، ثم غادر؛ وانتهى"}},
		{"abbreviations", "قالت د.ب.أ إن 1.5 مليون نزحوا. وأكدت أ.ف.ب ذلك.",
			[]string{"قالت د.ب.أ إن 1.5 مليون نزحوا.", "وأكدت أ.ف.ب ذلك."}},
		{"closing quote", "وقال: «انتهى كل شيء.» ثم غادر.",
			[]string{"وقال: «انتهى كل شيء.»", "ثم غادر."}},
		{"straight quote", `وقال: "انتهى." ثم غادر.`,
			[]string{`وقال: "انتهى."`, "ثم غادر."}},
		{"paragraphs", "العنوان\n\nالفقرة الأولى. والثانية\nالسطر", []string{"العنوان", "الفقرة الأولى.", "والثانية", "السطر"}},
		{"ellipsis", "انتظروا... ثم رحلوا", []string{"انتظروا...", "ثم رحلوا"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got []string
			for _, s := range Sentences(c.in) {
				got = append(got, c.in[s.Start:s.End])
			}
			if !reflect.DeepEqual(got, c.want) {
				t.Errorf("got %q\nwant %q", got, c.want)
			}
		})
	}
}

func TestSentenceParagraphs(t *testing.T) {
	in := "قال. رد.\n\nذهب.\nعاد."
	var paras []int
	for _, s := range Sentences(in) {
		paras = append(paras, s.Paragraph)
	}
	if want := []int{0, 0, 1, 2}; !reflect.DeepEqual(paras, want) {
		t.Errorf("paragraphs %v, want %v", paras, want)
	}
}

func TestTermsMatchVariants(t *testing.T) {
	query := Terms("المقاتلين")
	for _, doc := range []string{"والمقاتلين", "ومقاتلين", "الْمُقَاتِلِينَ", "ﺍﻟﻤﻘﺎﺗﻠﻴﻦ", "المقاتـــلين", "للمقاتلين"} {
		got := Terms(Normalize(doc))
		if !reflect.DeepEqual(got, query) {
			t.Errorf("Terms(%q) = %q, query gives %q", doc, got, query)
		}
	}
	if a, b := Terms("٢٥٠"), Terms("250"); !reflect.DeepEqual(a, b) {
		t.Errorf("digits: %q vs %q", a, b)
	}
}

func TestDocSentenceOf(t *testing.T) {
	d := Read("قال المرصد. وأضاف المتحدث.")
	if len(d.Sentences) != 2 {
		t.Fatalf("sentences: %d", len(d.Sentences))
	}
	for i, tk := range d.Tokens {
		want := 0
		if tk.Start >= d.Sentences[1].Start {
			want = 1
		}
		if got := d.SentenceOf(i); got != want {
			t.Errorf("token %q in sentence %d, want %d", tk.Text, got, want)
		}
	}
	from, to := d.SentenceTokens(1)
	if d.Tokens[from].Text != "وأضاف" || to != len(d.Tokens) {
		t.Errorf("sentence 1 tokens [%d,%d)", from, to)
	}
}

func FuzzTokenize(f *testing.F) {
	for _, s := range []string{"قال «المرصد» إن بـ3 آلاف", "٣٬٠٠٠.", "1,5,", "\xff\xfe", "وال", "F-16"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		end := 0
		for _, tk := range Tokenize(s) {
			if tk.Start < end || tk.End <= tk.Start || tk.End > len(s) {
				t.Fatalf("bad offsets %d-%d (prev end %d, len %d)", tk.Start, tk.End, end, len(s))
			}
			if s[tk.Start:tk.End] != tk.Text {
				t.Fatalf("text %q does not match offsets", tk.Text)
			}
			end = tk.End
		}
		_ = Terms(s)
	})
}

func FuzzSentences(f *testing.F) {
	for _, s := range []string{"أ. ب.\n\nج؟", "«انتهى.» ثم", "...", "د.ب.أ", `"x." y`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prev := 0
		for _, sent := range Sentences(s) {
			if sent.Start < prev || sent.End <= sent.Start || sent.End > len(s) {
				t.Fatalf("bad sentence %d-%d (prev %d, len %d)", sent.Start, sent.End, prev, len(s))
			}
			if utf8.ValidString(s) && !utf8.ValidString(s[sent.Start:sent.End]) {
				t.Fatalf("sentence cuts a rune")
			}
			prev = sent.End
		}
	})
}

func FuzzFoldMap(f *testing.F) {
	f.Add("الْمُقَاتِلِينَ ٢٥٠")
	f.Fuzz(func(t *testing.T, s string) {
		folded, off := FoldMap(s)
		if len(off) != len(folded)+1 || off[len(folded)] != len(s) {
			t.Fatalf("map length %d for %d bytes", len(off), len(folded))
		}
		for i := 1; i < len(off); i++ {
			if off[i] < off[i-1] || off[i] > len(s) {
				t.Fatalf("map not monotonic at %d", i)
			}
		}
	})
}

func BenchmarkRead(b *testing.B) {
	para := "قال المتحدث باسم قوات سوريا الديمقراطية طلال سلو لوكالة فرانس برس إن نحو 250 إلى 300 من المقاتلين الأجانب ما زالوا داخل الرقة، وأضاف أن «المعركة ستنتهي خلال أيام». "
	doc := strings.Repeat(para+"\n", 50)
	b.SetBytes(int64(len(doc)))
	for b.Loop() {
		Read(doc)
	}
}
