package analysis

import (
	"fmt"
	"slices"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// TestNotesInTheRollUp: two responses in different words whose notes name
// the same tool are joined; with notes about different things, or none,
// they are not.
func TestNotesInTheRollUp(t *testing.T) {
	for _, tt := range []struct {
		name         string
		note1, note2 string
		together     bool
	}{
		{"the same tool", "uses the Harbor payback workbook", "the Harbor payback workbook again, fills it in live", true},
		{"different things", "uses the Harbor payback workbook", "prints the Lakeview parking map", false},
		{"no notes", "", "", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			ws := enablemap.Workspace{}
			ws.Project.SalesStages = []string{"Target", "Visit"}
			add := func(id, iv, text, note string) {
				ws.Responses = append(ws.Responses, enablemap.Response{ID: id, InterviewID: iv, FromStage: "Target", ToStage: "Visit", Activity: text, Notes: note, Position: len(ws.Responses) + 1})
			}
			add("R1", "I1", "walk the controller through year one", tt.note1)
			add("R2", "I2", "show finance what they get back by spring", tt.note2)
			for i := 0; i < 40; i++ {
				add(fmt.Sprintf("X%02d", i), fmt.Sprintf("I%d", 3+i%5), fmt.Sprintf("alpha%d beta%d", i%20, i%20), "")
			}
			got := false
			for _, a := range Analyze(ws).Activities {
				if slices.Contains(a.ResponseIDs, "R1") && slices.Contains(a.ResponseIDs, "R2") {
					got = true
				}
			}
			if got != tt.together {
				t.Errorf("R1 and R2 joined = %v, want %v", got, tt.together)
			}
		})
	}
}
