package analysis

import (
	"slices"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

func TestCompetitorIn(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Battlecard - Keystone Outdoor", "Keystone"},
		{"Competitive battle card: Repcon", "Repcon"},
		{"PayGlide - competitive notes (DRAFT)", "PayGlide"},
		{"Atlas C9 vs Corvanta Vx5: same patient, side by side", "Corvanta"},
		{"How to win against the incumbent", ""},
		{"Battlecard - 2024 update", ""},
	}
	for _, tt := range tests {
		if got := competitorIn(tt.title); got != tt.want {
			t.Errorf("competitorIn(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestCompetitorNames(t *testing.T) {
	mats := []enablemap.Material{
		{ID: "M1", Title: "Battlecard - Keystone Outdoor", Type: "Battlecard"},
		{ID: "M2", Title: "Pricing objections", Type: "Battlecard", Description: "How to answer pricing pushback."},
		{ID: "M3", Title: "Brightway Digital", Type: "PDF", Tags: []string{"competitive"}},
		{ID: "M4", Title: "Battlecard - Northgate Media", Type: "Battlecard"},
		{ID: "M5", Title: "Media kit", Type: "PDF", Description: "Markets, formats and rates."},
		{ID: "M6", Title: "Battlecard - Pactwell", Type: "Battlecard"},
		{ID: "M7", Title: "pactwell_vs_us_FINAL_v7.pptx", Type: "pptx"},
	}
	responses := []enablemap.Response{
		{ID: "R1", Activity: "Keystone walks in with a bundle 15% under us"},
		{ID: "R2", Activity: "walk the pricing line by line"},
		{ID: "R3", Activity: "show them brightway's loop is 10 spots"},
		{ID: "R4", Activity: "send the media kit"},
		{ID: "R5", Activity: "book the discovery call"},
		{ID: "R6", Activity: "pull avails for the quote"},
		{ID: "R7", Activity: "pactwell is almost always in already - set traps on search"},
	}
	got := competitorNames(mats, responses)
	// Keystone, Brightway and Pactwell are named by reps (a file name
	// written in lowercase is no prose); "Pricing" is a word the library
	// writes in lowercase; no rep names Northgate.
	want := []string{"keystone", "brightway", "pactwell"}
	if !slices.Equal(got, want) {
		t.Errorf("competitorNames = %q, want %q", got, want)
	}
}

// A rep who names a competitor the library has a battlecard for positions
// against the competition, and the battlecard serves that work.
func TestCompetitorNamedByRep(t *testing.T) {
	ws := enablemap.Workspace{
		Interviews: []enablemap.Interview{{ID: "I1", Interviewee: "A", Role: "AE"}, {ID: "I2", Interviewee: "B", Role: "AE"}},
		Responses: []enablemap.Response{
			{ID: "R1", InterviewID: "I1", FromStage: "Proposal", ToStage: "Contract", Activity: "Keystone walks in with a 3 market bundle 15% under us. I go face by face", Position: 1},
			{ID: "R2", InterviewID: "I2", FromStage: "Creative", ToStage: "Posting", Activity: "check the files against the digital spec before posting", Position: 2},
			{ID: "R3", InterviewID: "I2", FromStage: "Prospecting", ToStage: "Discovery", Activity: "cold call the car dealers on the north side", Position: 3},
		},
		Materials: []enablemap.Material{
			{ID: "M1", Title: "Battlecard - Keystone Outdoor", Type: "Battlecard", Description: "Their faces, bundle discounting habits, landmines.", Position: 1},
		},
	}
	a := Analyze(ws)
	act, ok := a.ActivityOfResponse("R1")
	if !ok {
		t.Fatal("no activity for R1")
	}
	if act.Name != "Position against competitors and alternatives" {
		t.Errorf("R1's activity is named %q, want it named after competitive positioning", act.Name)
	}
	if m := material(a, "M1"); len(m.Matches) == 0 || m.Matches[0].ActivityID != act.ID {
		t.Errorf("the battlecard's matches = %+v, want %s first", m.Matches, act.ID)
	}
	// Without the battlecard the engine does not know Keystone.
	ws.Materials = nil
	b := Analyze(ws)
	if act, _ := b.ActivityOfResponse("R1"); act.Name == "Position against competitors and alternatives" {
		t.Errorf("without the battlecard, R1's activity is still named after competitive positioning")
	}
}
