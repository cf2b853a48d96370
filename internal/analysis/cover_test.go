package analysis

import (
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// TestLinkMaterialsCoversPieces checks that an activity about a built-in
// activity is covered by the material of another activity about it, unless
// only its goal names the built-in activity.
func TestLinkMaterialsCoversPieces(t *testing.T) {
	comp := -1
	for i, c := range concepts {
		if c.canonical() && c.relevance > 0 {
			comp = i
			break
		}
	}
	if comp < 0 {
		t.Fatal("no relevant built-in activity")
	}
	act := func(id string, w float64) *actInfo {
		a := &actInfo{canon: comp, canonCount: 1}
		a.ID = id
		a.members = []*respInfo{{primary: comp, primaryW: w}}
		return a
	}
	tests := []struct {
		name        string
		labelWeight float64
		want        bool
	}{
		{"named in the activity text", 1.3, true},
		{"named by a weak cue", 0.8, true},
		{"named by the goal alone", 0.3, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &engine{opts: DefaultOptions()}
			served, piece := act("A-1", 1.3), act("A-2", tt.labelWeight)
			mats := []enablemap.MaterialAnalysis{{MaterialID: "M1", Title: "card", Matches: []enablemap.Match{{ActivityID: "A-1", Score: 0.5}}}}
			e.linkMaterials([]*actInfo{served, piece}, mats)
			if !served.Covered {
				t.Fatalf("served.Covered = false, want true")
			}
			if piece.Covered != tt.want {
				t.Errorf("piece.Covered = %v, want %v (reasons %q)", piece.Covered, tt.want, piece.Reasons)
			}
		})
	}
}

// TestLinkMaterialsCoversSingleRepPieces checks that an activity one rep
// named, whose words or goal name a built-in activity a material serves, is
// covered, and that one named by two reps, or only through a weak cue in the
// goal, stays a hole.
func TestLinkMaterialsCoversSingleRepPieces(t *testing.T) {
	comp := -1
	for i, c := range concepts {
		if c.canonical() && c.relevance > 0 {
			comp = i
			break
		}
	}
	resp := func(interview string, w float64) *respInfo {
		return &respInfo{r: enablemap.Response{InterviewID: interview}, primary: comp, primaryW: w}
	}
	tests := []struct {
		name    string
		members []*respInfo
		want    bool
	}{
		{"one rep, full cue in the goal", []*respInfo{resp("I1", 0.39)}, true},
		{"one rep, twice", []*respInfo{resp("I1", 0.39), resp("I1", 0.39)}, true},
		{"one rep, weak cue in the goal", []*respInfo{resp("I1", 0.24)}, false},
		{"two reps", []*respInfo{resp("I1", 0.39), resp("I2", 0.39)}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &engine{opts: DefaultOptions()}
			served := &actInfo{canon: comp, canonCount: 1, members: []*respInfo{resp("I3", 1.3)}}
			served.ID = "A-1"
			// The piece is not named after the built-in activity: its
			// responses name it only weakly.
			piece := &actInfo{canon: -1, members: tt.members}
			piece.ID, piece.MarketingRelevant = "A-2", true
			mats := []enablemap.MaterialAnalysis{{MaterialID: "M1", Title: "card", Matches: []enablemap.Match{{ActivityID: "A-1", Score: 0.5}}}}
			e.linkMaterials([]*actInfo{served, piece}, mats)
			if piece.Covered != tt.want {
				t.Errorf("piece.Covered = %v, want %v (reasons %q)", piece.Covered, tt.want, piece.Reasons)
			}
		})
	}
}

// TestLinkMaterialsCoversEveryMatch checks that a material covers every
// activity it is suggested for, not only its best match, and that a match
// under the threshold covers nothing.
func TestLinkMaterialsCoversEveryMatch(t *testing.T) {
	tests := []struct {
		name    string
		matches []enablemap.Match
		want    map[string]bool
	}{
		{"best match", []enablemap.Match{{ActivityID: "A-1", Score: 0.5}}, map[string]bool{"A-1": true, "A-2": false}},
		{"second match", []enablemap.Match{{ActivityID: "A-1", Score: 0.5}, {ActivityID: "A-2", Score: 0.3}}, map[string]bool{"A-1": true, "A-2": true}},
		{"second match under the threshold", []enablemap.Match{{ActivityID: "A-1", Score: 0.5}, {ActivityID: "A-2", Score: 0.05}}, map[string]bool{"A-1": true, "A-2": false}},
		{"confirmed under the threshold", []enablemap.Match{{ActivityID: "A-1", Score: 0.5}, {ActivityID: "A-2", Score: 0.05, State: enablemap.Confirmed}}, map[string]bool{"A-1": true, "A-2": true}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := &engine{opts: DefaultOptions()}
			acts := []*actInfo{{canon: -1}, {canon: -1}}
			acts[0].ID, acts[1].ID = "A-1", "A-2"
			for _, a := range acts {
				a.MarketingRelevant = true
			}
			e.linkMaterials(acts, []enablemap.MaterialAnalysis{{MaterialID: "M1", Title: "sheet", Matches: tt.matches}})
			for _, a := range acts {
				if a.Covered != tt.want[a.ID] {
					t.Errorf("%s.Covered = %v, want %v (reasons %q)", a.ID, a.Covered, tt.want[a.ID], a.Reasons)
				}
			}
			if got := acts[0].MaterialIDs; len(got) != 1 || got[0] != "M1" {
				t.Errorf("A-1 MaterialIDs = %v, want [M1]", got)
			}
			if got := acts[1].MaterialIDs; len(got) != 0 {
				t.Errorf("A-2 MaterialIDs = %v, want none (M1 is not its best match)", got)
			}
		})
	}
}
