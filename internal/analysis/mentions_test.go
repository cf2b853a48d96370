package analysis

import (
	"slices"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

func TestNoteMentions(t *testing.T) {
	library := []enablemap.Material{
		{ID: "M1", Title: "Repair or replace? Decision worksheet"},
		{ID: "M2", Title: "Beating the low bid: scope comparison worksheet"},
		{ID: "M3", Title: "Deficiency repair quote template"},
		{ID: "M4", Title: "2024 Utility Rebate Guide"},
		{ID: "M5", Title: "2022 Utility Rebate Guide"},
		{ID: "M6", Title: "Pricing guide - east"},
		{ID: "M7", Title: "Pricing guide - west"},
		{ID: "M8", Title: "Groveport Schools: chiller replacement, 22% lower energy use"},
	}
	tests := []struct {
		note string
		want string // material id, or "" for no mention
	}{
		{"Uses the repair-or-replace worksheet", "M1"},
		{"sends the 2024 rebate guide; amounts changed in Jan", "M4"},
		{"Uses the 2022 rebate guide, the new one is wrong", "M5"},
		// The word that says the piece is used is not a title word: "use"
		// in "energy use" does not make the case study a candidate.
		{"Uses the replace worksheet", "M1"},
		{"No repair-or-replace worksheet; uses his own slides", ""},
		{"Builds her own repair or replace worksheet", ""},
		{"2-3 days per repair or replace worksheet", ""}, // names it, but not as used
		{"Uses the pricing guide", ""},                   // two pricing guides: which?
		{"Uses the worksheet", ""},                       // one word is no name
		{"", ""},
	}
	for _, tt := range tests {
		t.Run(tt.note, func(t *testing.T) {
			e := &engine{norm: newNormalizer(nil)}
			ri := &respInfo{r: enablemap.Response{ID: "R1", Notes: tt.note}}
			e.resp = []*respInfo{ri}
			got := e.noteMentions(library)
			var ids []string
			for id := range got {
				ids = append(ids, id)
			}
			switch {
			case tt.want == "" && len(ids) > 0:
				t.Errorf("mentions %v, want none", ids)
			case tt.want != "" && !slices.Equal(ids, []string{tt.want}):
				t.Errorf("mentions %v, want [%s]", ids, tt.want)
			case tt.want != "" && !e.mentioned[ri]:
				t.Errorf("response not marked as naming a material")
			}
		})
	}
}

func TestMadeByReps(t *testing.T) {
	tests := []struct {
		notes []string
		named bool // the first member's note names a library piece
		want  bool
	}{
		{[]string{"Formats it himself in Excel"}, false, true},
		{[]string{"No talk track, she wings it", ""}, false, true},
		{[]string{"there's no data center version", "", ""}, false, false}, // one of three
		{[]string{"writes his own follow-up emails", "makes the slides herself", ""}, false, true},
		{[]string{"Uses the calculator but adds the disposal line by hand"}, true, false},
		{[]string{"Most pick the middle tier"}, false, false},
		{[]string{"their own IT team hosts it"}, false, false}, // the buyer's own, not the rep's
	}
	for _, tt := range tests {
		t.Run(strings.Join(tt.notes, " | "), func(t *testing.T) {
			e := &engine{mentioned: map[*respInfo]bool{}}
			a := &actInfo{}
			for _, n := range tt.notes {
				a.members = append(a.members, &respInfo{r: enablemap.Response{Notes: n}})
			}
			if tt.named {
				e.mentioned[a.members[0]] = true
			}
			if got := e.madeByReps(a) != nil; got != tt.want {
				t.Errorf("made by reps = %v, want %v", got, tt.want)
			}
		})
	}
}

// TestNotesInAnalysis checks both uses of the notes end to end: a material
// a rep names is matched to that rep's activity with the note as its first
// reason, and an activity whose reps make their own piece is a hole even
// when a material shares its words.
func TestNotesInAnalysis(t *testing.T) {
	ws := workspace()
	ws.Responses = append(ws.Responses,
		enablemap.Response{ID: "R7", InterviewID: "I1", FromStage: "Demo", ToStage: "Proposal", Activity: "walk the CFO through the payback", Goal: "get the budget approved", Notes: "Uses the payback worksheet", Position: 7},
		enablemap.Response{ID: "R8", InterviewID: "I2", FromStage: "Demo", ToStage: "Proposal", Activity: "send the security questionnaire answers", Goal: "clear the security review", Notes: "Writes them from scratch every time", Position: 8},
	)
	ws.Materials = append(ws.Materials,
		enablemap.Material{ID: "M4", Title: "Payback worksheet (Excel)", Type: "Tool", Description: "Months to payback from hours saved.", Position: 4},
		enablemap.Material{ID: "M5", Title: "Security questionnaire answers 2023", Type: "Document", Position: 5},
	)
	a := Analyze(ws)
	payback, _ := a.ActivityOfResponse("R7")
	m := material(a, "M4")
	if m.SetAside || len(m.Matches) == 0 || m.Matches[0].ActivityID != payback.ID {
		t.Fatalf("M4 = %+v, want matched to %s", m, payback.ID)
	}
	if r := m.Matches[0].Reasons; len(r) == 0 || !strings.Contains(r[0], "named in the notes of response R7") {
		t.Errorf("M4 reasons = %q, want the note first", r)
	}
	sec, _ := a.ActivityOfResponse("R8")
	if sec.Covered || !slices.Contains(a.Holes, sec.ID) {
		t.Errorf("security activity covered=%v holes=%v, want a hole: %q", sec.Covered, a.Holes, sec.Reasons)
	}
	if !slices.ContainsFunc(sec.Reasons, func(r string) bool { return strings.Contains(r, "make their own") }) {
		t.Errorf("security activity reasons = %q, want the reps' word", sec.Reasons)
	}
	for _, h := range a.HoleDetails {
		if h.ActivityID == sec.ID && (len(h.Reasons) == 0 || !strings.Contains(h.Reasons[0], "make their own")) {
			t.Errorf("hole reasons = %q, want the reps' word first", h.Reasons)
		}
	}
	if m := material(a, "M5"); m.SetAside || len(m.Matches) == 0 || m.Matches[0].ActivityID != sec.ID {
		t.Errorf("M5 = %+v, want still matched to %s (it shares its words)", m, sec.ID)
	}
}
