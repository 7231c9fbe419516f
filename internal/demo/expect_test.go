package demo

import (
	"encoding/json"
	"testing"
)

// expectation is the shape of expect.json (see README.md).
type expectation struct {
	Articles []struct {
		ID, Label, Form, File, Outlet, Published, URL, Story string
		Figures                                              []figure
		Times                                                []struct{ Span, Type, Value, Grain string }
		NotQuantities                                        []string `json:"not_quantities"`
	}
	Stories []struct {
		ID, Title string
		Documents []string
		Period    struct{ From, To string }
	}
	Duplicates  []struct{ Document, Original string }
	Comparisons []struct {
		Story, Topic, Unit, Place, Verdict, Why string
		Claims                                  []struct{ Document, Figure string }
	}
}

// figure is one labelled quantity, with its bounds as the contract's table
// gives them and who states it.
type figure struct {
	Key, Span          string
	Occurrence         int
	Value, Min, Max    *float64
	Approx, Scaled     bool
	Unit, Noun, Metric string
	Speaker            *string
	Role               string
	Via                []string
	StatedUpdate       bool `json:"stated_update"`
	Note               string
}

func loadExpect(t *testing.T) expectation {
	t.Helper()
	var e expectation
	if err := json.Unmarshal(Expect, &e); err != nil {
		t.Fatalf("expect.json: %v", err)
	}
	if len(e.Articles) == 0 || len(e.Stories) == 0 || len(e.Comparisons) == 0 {
		t.Fatal("expect.json: no articles, stories or comparisons")
	}
	return e
}
