package analysis

import (
	"math"
	"testing"
)

// A word most responses use is the company's subject: its cues count less.
// In a small project no word is.
func TestSubjectWords(t *testing.T) {
	resp := func(stems ...string) *respInfo {
		ri := &respInfo{}
		for _, s := range stems {
			ri.actTerms = append(ri.actTerms, term{stem: s, w: 1})
		}
		return ri
	}
	var rs []*respInfo
	for i := 0; i < 40; i++ {
		switch {
		case i < 20:
			rs = append(rs, resp("audit", "invoic", "audit")) // counted once per response
		case i < 24:
			rs = append(rs, resp("demo"))
		default:
			rs = append(rs, resp("proposal"))
		}
	}
	got := subjectWords(rs)
	if f, ok := got["audit"]; !ok || math.Abs(f-subjectShare/0.5) > 1e-9 {
		t.Errorf("audit in half the responses: factor %v (%v), want %v", f, ok, subjectShare/0.5)
	}
	if _, ok := got["demo"]; ok {
		t.Errorf("demo in a tenth of the responses is not the subject: %v", got)
	}
	if f := got["proposal"]; f <= 0 || f >= 1 {
		t.Errorf("proposal in 40%% of the responses: factor %v, want in (0, 1)", f)
	}
	if small := subjectWords(rs[:5]); len(small) != 0 {
		t.Errorf("five responses have a subject: %v", small)
	}
}
