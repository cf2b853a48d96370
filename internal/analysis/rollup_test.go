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
			ws := withOtherWork(withResponses(
				[2]string{"walk the controller through year one", tt.note1},
				[2]string{"show finance what they get back by spring", tt.note2}), 20)
			if got, _ := joined(ws, "R1", "R2"); got != tt.together {
				t.Errorf("R1 and R2 joined = %v, want %v", got, tt.together)
			}
		})
	}
}

// TestNotesInMatching: a piece named only in the notes on an activity's
// responses, without a word saying the rep uses it ("Harbor payback
// workbook, every time"), is matched to it; a note about something else
// matches nothing.
func TestNotesInMatching(t *testing.T) {
	for _, tt := range []struct {
		note string
		want bool
	}{
		{"Harbor payback workbook, every time", true},
		{"Lakeview parking map, every time", false},
	} {
		t.Run(tt.note, func(t *testing.T) {
			ws := withResponses(
				[2]string{"walk the controller through year one", tt.note},
				[2]string{"book the site visit with facilities", ""})
			ws.Materials = []enablemap.Material{
				{ID: "M1", Title: "Harbor payback workbook", Type: "Spreadsheet", Position: 1},
				{ID: "M2", Title: "Site visit checklist for facilities", Type: "Checklist", Position: 2},
			}
			m := material(Analyze(ws), "M1")
			got := false
			for _, mt := range m.Matches {
				a := activity(t, ws, mt.ActivityID)
				got = got || slices.Contains(a.ResponseIDs, "R1")
			}
			if got != tt.want {
				t.Errorf("M1 matched to R1's activity = %v (%+v), want %v", got, m.Matches, tt.want)
			}
		})
	}
}

// activity returns the analysed activity with the id.
func activity(t *testing.T, ws enablemap.Workspace, id string) enablemap.Activity {
	t.Helper()
	for _, a := range Analyze(ws).Activities {
		if a.ID == id {
			return a
		}
	}
	t.Fatalf("no activity %s", id)
	return enablemap.Activity{}
}

// withResponses returns a workspace of two sales stages with one response
// (activity, notes) per rep, R1 by I1, R2 by I2 and so on.
func withResponses(rs ...[2]string) enablemap.Workspace {
	ws := enablemap.Workspace{}
	ws.Project.SalesStages = []string{"Target", "Visit"}
	for i, r := range rs {
		ws.Responses = append(ws.Responses, enablemap.Response{ID: fmt.Sprintf("R%d", i+1), InterviewID: fmt.Sprintf("I%d", i+1), FromStage: "Target", ToStage: "Visit",
			Activity: r[0], Notes: r[1], Position: i + 1})
	}
	return ws
}

// withOtherWork adds other work to ws: pairs activities of two responses
// each, by five other reps (the two of a pair by different reps), that share
// no word with anything else.
func withOtherWork(ws enablemap.Workspace, pairs int) enablemap.Workspace {
	for i := 0; i < 2*pairs; i++ {
		ws.Responses = append(ws.Responses, enablemap.Response{ID: fmt.Sprintf("X%02d", i), InterviewID: fmt.Sprintf("I%d", 3+(i+i/pairs)%5), FromStage: "Target", ToStage: "Visit",
			Activity: fmt.Sprintf("alpha%d beta%d", i%pairs, i%pairs), Position: len(ws.Responses) + 1})
	}
	return ws
}

// joined reports whether one suggested activity holds responses a and b,
// and gives that activity's reasons.
func joined(ws enablemap.Workspace, a, b string) (bool, []string) {
	return joinedWith(ws, DefaultOptions(), a, b)
}

// joinedWith is joined with the engine's options.
func joinedWith(ws enablemap.Workspace, opts Options, a, b string) (bool, []string) {
	for _, act := range AnalyzeWithOptions(ws, opts).Activities {
		if slices.Contains(act.ResponseIDs, a) && slices.Contains(act.ResponseIDs, b) {
			return true, act.Reasons
		}
	}
	return false, nil
}
