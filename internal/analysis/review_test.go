package analysis

import (
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// splitThreshold returns the lowest roll-up threshold, in steps of 0.01, at
// which R1 and R3 of the test workspace are no longer one activity.
func splitThreshold(t *testing.T, ws enablemap.Workspace) float64 {
	t.Helper()
	for th := 0.2; th < 3; th += 0.01 {
		a := AnalyzeWithOptions(ws, Options{RollUpThreshold: th})
		x, _ := a.ActivityOfResponse("R1")
		y, _ := a.ActivityOfResponse("R3")
		if x.ID != y.ID {
			return th
		}
	}
	t.Fatal("R1 and R3 never split")
	return 0
}

func TestReviewSuggestsNearMerge(t *testing.T) {
	ws := workspace()
	th := splitThreshold(t, ws)
	a := AnalyzeWithOptions(ws, Options{RollUpThreshold: th})
	x, _ := a.ActivityOfResponse("R1")
	y, _ := a.ActivityOfResponse("R3")
	var found *enablemap.ReviewItem
	for i, it := range a.Review {
		if it.Kind == enablemap.ReviewMerge && (it.ActivityID == x.ID && it.OtherActivityID == y.ID || it.ActivityID == y.ID && it.OtherActivityID == x.ID) {
			found = &a.Review[i]
		}
	}
	if found == nil {
		t.Fatalf("no merge suggested for %s and %s at threshold %.2f: %+v", x.ID, y.ID, th, a.Review)
	}
	if found.Score <= 0 || found.Score >= th {
		t.Errorf("score %.3f, want between 0 and the threshold %.2f", found.Score, th)
	}
	reasons := strings.Join(found.Reasons, "; ")
	for _, want := range []string{"roll-up threshold", "below the", "demo"} {
		if !strings.Contains(reasons, want) {
			t.Errorf("reasons %q do not say %q", reasons, want)
		}
	}

	// A user who accepts one of the two activities has checked it: the
	// suggestion goes.
	ws.Decisions = append(ws.Decisions, enablemap.Decision{Seq: 1, Kind: enablemap.Accept, ResponseID: "R1"})
	a = AnalyzeWithOptions(ws, Options{RollUpThreshold: th})
	for _, it := range a.Review {
		if it.ActivityID == x.ID || it.OtherActivityID == x.ID {
			t.Errorf("accepted activity %s still in the review: %+v", x.ID, it)
		}
	}
}

func TestReviewAtDefaults(t *testing.T) {
	a := Analyze(workspace())
	if a.Review == nil {
		t.Fatal("review is nil, want a list")
	}
	ids := map[string]bool{}
	for _, act := range a.Activities {
		ids[act.ID] = true
	}
	for _, it := range a.Review {
		if !ids[it.ActivityID] || !ids[it.OtherActivityID] || it.ActivityID == it.OtherActivityID {
			t.Errorf("review item names unknown or equal activities: %+v", it)
		}
		if len(it.Reasons) == 0 {
			t.Errorf("review item without reasons: %+v", it)
		}
	}
}
