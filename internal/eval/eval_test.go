package eval

import (
	"math"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

func TestParseGold(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		wantErr string
	}{
		{"valid", `{"buying_stages":["A"],"activities":[{"id":"A1","response_ids":["R1"]}],"wants":["R2"],"materials":[{"material_id":"M1","activity_ids":["A1"]}],"holes":["A1"]}`, ""},
		{"not json", `{`, "not a valid gold file"},
		{"duplicate activity", `{"activities":[{"id":"A1"},{"id":"A1"}]}`, "listed twice"},
		{"response in two activities", `{"activities":[{"id":"A1","response_ids":["R1"]},{"id":"A2","response_ids":["R1"]}]}`, "is in activities"},
		{"material names unknown activity", `{"activities":[{"id":"A1"}],"materials":[{"material_id":"M1","activity_ids":["A9"]}]}`, "unknown activity"},
		{"unknown hole", `{"activities":[{"id":"A1"}],"holes":["A9"]}`, "unknown activity"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGold([]byte(tt.in))
			switch {
			case tt.wantErr == "" && err != nil:
				t.Fatalf("ParseGold: %v", err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Fatalf("ParseGold error = %v, want one containing %q", err, tt.wantErr)
			case tt.wantErr != "" && enablemap.ErrorCode(err) != enablemap.EINVALID:
				t.Fatalf("error code = %q, want %q", enablemap.ErrorCode(err), enablemap.EINVALID)
			}
		})
	}
}

func TestScore(t *testing.T) {
	g := Gold{
		Activities: []GoldActivity{
			{ID: "G1", BuyingStage: "Validation", MarketingRelevant: true, ResponseIDs: []string{"R1", "R2", "R3"}},
			{ID: "G2", BuyingStage: "Consensus", MarketingRelevant: false, ResponseIDs: []string{"R4"}},
			{ID: "G3", BuyingStage: "Validation", MarketingRelevant: true, ResponseIDs: []string{"R5"}},
		},
		Wants: []string{"R6"},
		Materials: []GoldMaterial{
			{MaterialID: "M1", ActivityIDs: []string{"G1"}},
			{MaterialID: "M2", ActivityIDs: []string{"G3"}},
			{MaterialID: "M3"},
		},
		Holes: []string{"G3"},
	}
	a := enablemap.Analysis{
		Activities: []enablemap.Activity{
			{ID: "A-R1", BuyingStage: "Validation", MarketingRelevant: true, ResponseIDs: []string{"R1", "R2"}},
			{ID: "A-R3", BuyingStage: "validation", MarketingRelevant: true, ResponseIDs: []string{"R3", "R4"}},
			{ID: "A-R5", BuyingStage: "Consensus", MarketingRelevant: true, ResponseIDs: []string{"R5"}},
		},
		Wants: []string{"R6", "R7"},
		Materials: []enablemap.MaterialAnalysis{
			{MaterialID: "M1", Matches: []enablemap.Match{{ActivityID: "A-R1"}}},
			{MaterialID: "M2", SetAside: true},
			{MaterialID: "M3", SetAside: true},
		},
		Holes: []string{"A-R5", "A-R3"},
	}
	r := Score(a, g)
	// Pairs over R1..R5: predicted {R1R2, R3R4}, gold {R1R2, R1R3, R2R3}.
	checkPRF(t, "rollup", r.RollUp, 1, 2, 3)
	checkPRF(t, "wants", r.Wants, 1, 2, 1)
	// Stage: R1 R2 R3 right, R4 wrong (validation vs Consensus), R5 wrong.
	checkAcc(t, "stage", r.Stage, 3, 5)
	// Relevance: only R4 wrong.
	checkAcc(t, "relevance", r.Relevance, 4, 5)
	checkAcc(t, "top1", r.MaterialTop1, 1, 2)
	checkPRF(t, "set aside", r.SetAside, 1, 2, 1)
	// A-R5 maps to G3 (a hole), A-R3 to G1 (tie R3:G1, R4:G2 goes to G1).
	checkPRF(t, "holes", r.Holes, 1, 2, 1)
	md := r.Markdown()
	for _, want := range []string{"| roll-up F1 | 0.400 |", "| material top-1 accuracy | 0.500 |", "3 activities suggested for 3 gold activities"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown() lacks %q:\n%s", want, md)
		}
	}
}

func checkPRF(t *testing.T, name string, got PRF, tp, predicted, gold int) {
	t.Helper()
	if got.TP != tp || got.Predicted != predicted || got.Gold != gold {
		t.Errorf("%s = %+v, want tp %d predicted %d gold %d", name, got, tp, predicted, gold)
	}
	p, r := float64(tp)/float64(predicted), float64(tp)/float64(gold)
	if f := 2 * p * r / (p + r); math.Abs(got.F1-f) > 1e-9 {
		t.Errorf("%s F1 = %v, want %v", name, got.F1, f)
	}
}

func checkAcc(t *testing.T, name string, got Accuracy, right, total int) {
	t.Helper()
	if got.Right != right || got.Total != total {
		t.Errorf("%s = %+v, want %d of %d", name, got, right, total)
	}
}

func TestEvaluateSetsStagesFromGold(t *testing.T) {
	ws := enablemap.Workspace{Responses: []enablemap.Response{{ID: "R1", InterviewID: "I1", Activity: "send the case study"}}}
	g := Gold{BuyingStages: []string{"Look", "Buy"}, Activities: []GoldActivity{{ID: "G1", BuyingStage: "Look", ResponseIDs: []string{"R1"}}}}
	a, _ := Evaluate(ws, g)
	if len(a.BuyingStages) != 2 || a.BuyingStages[0] != "Look" {
		t.Errorf("buying stages = %v, want the gold file's", a.BuyingStages)
	}
}
