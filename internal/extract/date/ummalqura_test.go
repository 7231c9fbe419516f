package date

import "testing"

// Months whose first day the Saudi authorities announced, where the Umm
// al-Qura calendar and the announcement agreed.
func TestUmmAlQuraStart(t *testing.T) {
	for _, c := range []struct {
		y, m int
		want string
	}{
		{1435, 1, "2013-11-04"}, {1435, 9, "2014-06-28"}, {1436, 9, "2015-06-18"}, {1437, 9, "2016-06-06"},
		{1438, 9, "2017-05-27"}, {1438, 10, "2017-06-25"}, {1439, 1, "2017-09-21"}, {1440, 1, "2018-09-11"},
		{1440, 9, "2019-05-06"}, {1440, 10, "2019-06-04"}, {1441, 1, "2019-08-31"}, {1441, 9, "2020-04-24"},
	} {
		got, ok := ummAlQuraStart(c.y, c.m)
		if !ok || got.String() != c.want {
			t.Errorf("1 of month %d of %d AH: got %v (%v), want %s", c.m, c.y, got, ok, c.want)
		}
	}
	if _, ok := ummAlQuraStart(1300, 1); ok {
		t.Error("1300 AH: the rule was not in use; want the tabular calendar")
	}
}
