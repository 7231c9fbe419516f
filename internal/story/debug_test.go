package story

import "testing"

func TestDebugScores(t *testing.T) {
	c := loadGroupCase(t, "testdata/group/three-events.json")
	as, ts := c.analyses(t)
	g := New(DefaultOptions())
	for i, a := range as {
		id := g.Add(a, ts[i])
		t.Logf("%s -> %s best %.3f", a.ID, id, g.docs[i].score)
	}
}
