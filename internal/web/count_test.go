package web

import "testing"

func TestArabicCount(t *testing.T) {
	cases := []struct {
		noun string
		n    int
		want string
	}{
		{"outlets", 1, "مصدر واحد"},
		{"outlets", 2, "مصدران"},
		{"outlets", 3, "3 مصادر"},
		{"outlets", 10, "10 مصادر"},
		{"outlets", 11, "11 مصدرا"},
		{"articles", 2, "مقالان"},
		{"articles", 25, "25 مقالا"},
		{"events", 1, "حدث واحد"},
		{"sources", 4, "4 مصادر مستقلة"},
	}
	for _, c := range cases {
		if got := arabicCount(c.noun, c.n); got != c.want {
			t.Errorf("arabicCount(%q, %d) = %q, want %q", c.noun, c.n, got, c.want)
		}
	}
}
