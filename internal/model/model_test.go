package model

import (
	"encoding/json"
	"strings"
	"testing"
)

// A vague duration («عدة عقود») is written with "value": null and its
// grain; a time with a value keeps it; both read back the same.
func TestTimeValueNull(t *testing.T) {
	for _, c := range []struct {
		t    Time
		want string
	}{
		{Time{Type: "duration", Grain: "decade"}, `"value":null`},
		{Time{Type: "duration", Value: "P30Y", Grain: "year"}, `"value":"P30Y"`},
	} {
		raw, err := json.Marshal(c.t)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(raw), c.want) || strings.Count(string(raw), `"value"`) != 1 {
			t.Errorf("%+v: %s, want %s once", c.t, raw, c.want)
		}
		var back Time
		if err := json.Unmarshal(raw, &back); err != nil || back != c.t {
			t.Errorf("%s read back as %+v (%v)", raw, back, err)
		}
	}
}
