package main

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

func TestStripHead(t *testing.T) {
	cases := []struct{ in, want string }{
		{"ولاية الخرطوم", "الخرطوم"},
		{"محافظة مبارك الكبير", "مبارك الكبير"},
		{"منطقة مكة المكرمة", "مكة المكرمة"},
		{"المنطقة الشرقية", ""}, // the article makes it the name itself
		{"حلب", ""},
		{"محافظة", ""},
	}
	for _, c := range cases {
		got, ok := stripHead(c.in)
		if got != c.want || ok != (c.want != "") {
			t.Errorf("stripHead(%q) = %q, %v; want %q", c.in, got, ok, c.want)
		}
	}
}

func TestNamesOf(t *testing.T) {
	ours := adminNames{
		added:  map[string][]string{"LB-AS": {"محافظة الشمال"}},
		struck: map[string]bool{"SA-06\tيشيد": true},
	}
	cases := []struct {
		a    area
		want []string
	}{
		{area{code: "SD-KH", names: []string{"ولاية الخرطوم", "الخرطوم"}}, []string{"ولاية الخرطوم", "الخرطوم"}},
		{area{code: "SA-06", names: []string{"منطقة حائل", "يشيد"}}, []string{"منطقة حائل", "حائل"}},
		{area{code: "KW-KU", names: []string{"محافظة العاصمة"}}, []string{"محافظة العاصمة"}}, // العاصمة alone is no name
		{area{code: "LB-AS", names: []string{"الشمال"}}, []string{"محافظة الشمال"}},
		{area{code: "X-1", names: []string{"  جبل   لبنان "}}, []string{"جبل لبنان"}},
	}
	for _, c := range cases {
		if got := namesOf(&c.a, ours); !slices.Equal(got, c.want) {
			t.Errorf("namesOf(%s %v) = %q, want %q", c.a.code, c.a.names, got, c.want)
		}
	}
}

func TestSameArea(t *testing.T) {
	cases := []struct {
		name   string
		others []string
		want   bool
	}{
		{"Aleppo", []string{"Aleppo Governorate"}, true},
		{"Ha'il", []string{"Ha'il Region"}, true},
		{"Rabat-Salé-Kénitra", []string{"Oriental"}, false}, // Morocco's codes before and after 2015
		{"Qazvin", []string{"Qom Province"}, false},
		{"Amanat Al Asimah", []string{"Sana'a"}, false},
		{"Qom", []string{"Province"}, true}, // nothing to compare: kept
	}
	for _, c := range cases {
		if got := sameArea(c.name, c.others); got != c.want {
			t.Errorf("sameArea(%q, %q) = %v, want %v", c.name, c.others, got, c.want)
		}
	}
}

func TestClean(t *testing.T) {
	cases := []struct{ in, want string }{
		{"بُرَيدَة", "بريدة"},
		{"حفر الباطن\u200e", "حفر الباطن"},
		{"القاهـرة", "القاهرة"},
		{" حلب ", "حلب"},
	}
	for _, c := range cases {
		if got := clean(c.in); got != c.want || !isArabic(got) {
			t.Errorf("clean(%q) = %q (Arabic: %v), want %q", c.in, got, isArabic(got), c.want)
		}
	}
	if isArabic("کرمانشاه") {
		t.Error("a name with a Persian letter is not Arabic")
	}
}

func TestPlausible(t *testing.T) {
	cs := &cities{
		seats:    map[string]place{"LB.06": {id: "gn:1", lat: "33.56", lon: "35.37"}},
		capitals: map[string]place{"LB": {id: "gn:2", lat: "33.89", lon: "35.49"}},
	}
	south := &area{country: "LB", admin: "LB.06"}
	if plausible(34.41, -81.20, south, cs) {
		t.Error("a point in America is not Lebanon's South Governorate")
	}
	if !plausible(33.27, 35.20, south, cs) {
		t.Error("Tyre is in the South Governorate")
	}
	if !plausible(34.43, 35.84, &area{country: "LB"}, cs) {
		t.Error("with no seat, a point near the capital is plausible")
	}
}

func TestReadAdminNames(t *testing.T) {
	ours, err := readAdminNames("admin_names.tsv")
	if err != nil {
		t.Fatal(err)
	}
	if len(ours.added) == 0 || len(ours.struck) == 0 {
		t.Fatalf("admin_names.tsv: %d added, %d struck", len(ours.added), len(ours.struck))
	}
	bad := filepath.Join(t.TempDir(), "bad.tsv")
	if err := os.WriteFile(bad, []byte("LB-AS\t*\tالشمال\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := readAdminNames(bad); err == nil {
		t.Error("an operation other than + or - is an error")
	}
}
