package report

import (
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// hostile holds text that breaks careless renderers: table pipes, line
// breaks, markup, a formula and non-ASCII letters.
const hostile = "Pipe | and\nnew line <script>alert(1)</script> & \"quotes\" café"

// handData is a small analysis written by hand, with every coverage kind, a
// set-aside material, a want, a road map and hostile text.
func handData() Data {
	ws := enablemap.Workspace{
		Project: enablemap.Project{
			ID: 1, Name: "Acme <Q3> research", Description: "Focus on mid-market",
			SalesStages:  []string{"Prospecting", "Discovery", "Proposal"},
			BuyingStages: []string{"Awareness", "Consideration", "Decision"},
		},
		Interviews: []enablemap.Interview{
			{ID: "I1", Interviewee: "Dana Whitfield", Role: "AE", Region: "East"},
			{ID: "I2", Interviewee: "Luis | Ortega", Role: "SDR", Region: "West"},
		},
		Responses: []enablemap.Response{
			{ID: "R1", InterviewID: "I1", FromStage: "Prospecting", ToStage: "Discovery", Activity: "Research the account", Goal: "Know their pains"},
			{ID: "R2", InterviewID: "I2", FromStage: "Prospecting", ToStage: "Discovery", Activity: "look up acct on LinkedIn", Goal: "find a trigger"},
			{ID: "R3", InterviewID: "I1", FromStage: "Discovery", ToStage: "Proposal", Activity: hostile, Goal: "=HYPERLINK(\"http://x\")"},
			{ID: "R4", InterviewID: "I2", FromStage: "Discovery", ToStage: "Proposal", Activity: "Build the ROI case", Goal: "justify spend"},
			{ID: "R5", InterviewID: "I2", FromStage: "Discovery", ToStage: "Proposal", Activity: "I wish marketing made better slides", Goal: ""},
			{ID: "R6", InterviewID: "I1", FromStage: "Proposal", ToStage: "", Activity: "Enter the deal in the CRM", Goal: "keep forecast right"},
		},
		Materials: []enablemap.Material{
			{ID: "M1", Title: "Account research checklist", Type: "Guide"},
			{ID: "M2", Title: "+Old price list", Type: "Sheet"},
		},
		Glossary: []enablemap.GlossaryTerm{{Term: "acct", Meaning: "account"}},
		Roadmap: []enablemap.RoadmapItem{
			{ID: 1, ResponseID: "R3", Kind: "talk track", Title: "Objection talk track", Owner: "PMM", Due: "2025-03-01", Status: enablemap.InProgress},
			{ID: 2, ResponseID: "R4", Kind: "calculator", Title: "ROI calculator", Owner: "", Due: "", Status: enablemap.Planned},
			{ID: 3, ResponseID: "R4", Kind: "how-to", Title: "-ROI how-to", Owner: "Enablement", Due: "2025-01-15", Status: enablemap.Done},
		},
	}
	an := enablemap.Analysis{
		Project:      ws.Project.Name,
		BuyingStages: ws.Project.BuyingStages,
		SalesStages:  ws.Project.SalesStages,
		Activities: []enablemap.Activity{
			{ID: "A1", Name: "Research the account", Goal: "Know their pains", BuyingStage: "Awareness",
				SalesTransitions: []string{"Prospecting -> Discovery"}, MarketingRelevant: true,
				NeedScore: 0.9, Reps: 2, Roles: 2, Regions: 2, ResponseIDs: []string{"R1", "R2"},
				MaterialTypesNeeded: []string{"checklist"}, MaterialIDs: []string{"M1"}, ServedBy: []string{"M1"}, Covered: true,
				Reasons: []string{"2 reps named it"}},
			{ID: "A2", Name: hostile, Goal: "=HYPERLINK(\"http://x\")", BuyingStage: "Consideration",
				MarketingRelevant: true, NeedScore: 0.5, Reps: 1, Roles: 1, Regions: 1,
				ResponseIDs: []string{"R3"}, MaterialTypesNeeded: []string{"talk track", "email template"},
				Reasons: []string{"no material matches"}},
			{ID: "A3", Name: "Build the ROI case", Goal: "justify spend", BuyingStage: "Decision",
				MarketingRelevant: true, NeedScore: 0.75, Reps: 1, Roles: 1, Regions: 1,
				ResponseIDs: []string{"R4"}, MaterialTypesNeeded: []string{"ROI calculator"}},
			{ID: "A4", Name: "Enter the deal in the CRM", Goal: "keep forecast right", BuyingStage: "",
				MarketingRelevant: false, RelevanceReason: "internal admin", NeedScore: 0.2, Reps: 1,
				Roles: 1, Regions: 1, ResponseIDs: []string{"R6"}},
		},
		Wants:       []string{"R5"},
		WantDetails: []enablemap.Want{{ResponseID: "R5", Reason: "asks Marketing for something"}},
		Materials: []enablemap.MaterialAnalysis{
			{MaterialID: "M1", Title: "Account research checklist", Type: "Guide",
				Matches: []enablemap.Match{{ActivityID: "A1", Score: 0.8, Reasons: []string{"shares 'account research'"}},
					{ActivityID: "A3", Score: 0.1}}},
			{MaterialID: "M2", Title: "+Old price list", Type: "Sheet", SetAside: true, SetAsideReason: "fits no activity"},
		},
		Holes: []string{"A3", "A2"},
		HoleDetails: []enablemap.Hole{
			{ActivityID: "A3", Priority: 1, MaterialTypes: []string{"ROI calculator"}, Reasons: []string{"need 0.75"}},
			{ActivityID: "A2", Priority: 2, MaterialTypes: []string{"talk track", "email template"}},
		},
		Review: []enablemap.ReviewItem{
			{Kind: enablemap.ReviewMerge, ActivityID: "A1", OtherActivityID: "A3", Score: 0.14, Reasons: []string{"their responses are nearly alike", "shared words: account"}},
			{Kind: enablemap.ReviewMove, ActivityID: "A1", OtherActivityID: "A3", ResponseID: "R2", Score: 0.11, Reasons: []string{"R2 is more like the responses of this activity"}},
		},
		Figures: enablemap.Figures{Responses: 6, Interviews: 2, Reps: 2, Activities: 4, RelevantActivities: 3,
			CoveredActivities: 1, Holes: 2, Wants: 1, Materials: 2, MaterialsAligned: 1, MaterialsSetAside: 1,
			AlignedShare: 0.5, ByStage: []enablemap.StageFigure{
				{Stage: "Awareness", Relevant: 1, Covered: 1, Materials: 1},
				{Stage: "Consideration", Relevant: 1, Holes: 1},
				{Stage: "Decision", Relevant: 1, Holes: 1},
			}},
	}
	return Data{Analysis: an, Workspace: ws, GeneratedAt: time.Date(2025, 2, 3, 10, 0, 0, 0, time.UTC)}
}

// emptyData is a project with nothing in it: every renderer must still work.
func emptyData() Data {
	return Data{Workspace: enablemap.Workspace{Project: enablemap.Project{Name: "Empty"}}}
}

// sampleDir is the public sample, relative to this package.
const sampleDir = "../../../shared/sample"

// sampleData builds a full-size analysis from the public sample's expert gold
// file, so renderers are tried on a realistic project. It skips when the
// sample is absent.
func sampleData(t testing.TB) Data {
	t.Helper()
	if _, err := os.Stat(filepath.Join(sampleDir, "gold.json")); err != nil {
		t.Skip("public sample not present: ", err)
	}
	ws := enablemap.Workspace{Project: enablemap.Project{ID: 1, Name: "Veridia Health"}}
	seenInterview := map[string]bool{}
	for i, r := range readCSV(t, "interviews.csv") {
		if !seenInterview[r["interview_id"]] {
			seenInterview[r["interview_id"]] = true
			ws.Interviews = append(ws.Interviews, enablemap.Interview{ID: r["interview_id"],
				Interviewee: r["interviewee"], Role: r["role"], Region: r["region"], Date: r["interview_date"]})
		}
		ws.Responses = append(ws.Responses, enablemap.Response{ID: r["response_id"], InterviewID: r["interview_id"],
			FromStage: r["from_stage"], ToStage: r["to_stage"], Activity: r["activity"], Goal: r["goal"],
			Notes: r["notes"], Position: i})
	}
	titles := map[string]enablemap.Material{}
	for i, r := range readCSV(t, "materials.csv") {
		m := enablemap.Material{ID: r["material_id"], Title: r["title"], Type: r["type"],
			Description: r["description"], Position: i}
		titles[m.ID] = m
		ws.Materials = append(ws.Materials, m)
	}
	for _, r := range readCSV(t, "glossary.csv") {
		ws.Glossary = append(ws.Glossary, enablemap.GlossaryTerm{Term: r["term"], Meaning: r["meaning"]})
	}

	var gold struct {
		BuyingStages []string `json:"buying_stages"`
		Activities   []struct {
			ID, Name, Goal      string
			BuyingStage         string   `json:"buying_stage"`
			MarketingRelevant   bool     `json:"marketing_relevant"`
			MaterialTypesNeeded []string `json:"material_types_needed"`
			ResponseIDs         []string `json:"response_ids"`
		}
		Wants     []string
		Materials []struct {
			MaterialID  string   `json:"material_id"`
			ActivityIDs []string `json:"activity_ids"`
			Note        string
		}
		Holes []string
	}
	raw, err := os.ReadFile(filepath.Join(sampleDir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(raw, &gold); err != nil {
		t.Fatalf("read gold.json: %v", err)
	}
	ws.Project.BuyingStages = gold.BuyingStages

	responses := map[string]enablemap.Response{}
	for _, r := range ws.Responses {
		responses[r.ID] = r
	}
	interviews := map[string]enablemap.Interview{}
	for _, in := range ws.Interviews {
		interviews[in.ID] = in
	}
	isHole := map[string]bool{}
	for _, h := range gold.Holes {
		isHole[h] = true
	}
	an := enablemap.Analysis{Project: ws.Project.Name, BuyingStages: gold.BuyingStages, Wants: gold.Wants, Holes: gold.Holes}
	byID := map[string]int{}
	for _, g := range gold.Activities {
		reps, roles, regions := map[string]bool{}, map[string]bool{}, map[string]bool{}
		for _, id := range g.ResponseIDs {
			in := interviews[responses[id].InterviewID]
			reps[in.ID], roles[in.Role], regions[in.Region] = true, true, true
		}
		byID[g.ID] = len(an.Activities)
		an.Activities = append(an.Activities, enablemap.Activity{ID: g.ID, Name: g.Name, Goal: g.Goal,
			BuyingStage: g.BuyingStage, MarketingRelevant: g.MarketingRelevant,
			NeedScore: float64(len(reps)) / float64(len(ws.Interviews)), Reps: len(reps), Roles: len(roles),
			Regions: len(regions), ResponseIDs: g.ResponseIDs, MaterialTypesNeeded: g.MaterialTypesNeeded,
			Covered: g.MarketingRelevant && !isHole[g.ID], Reasons: []string{"named by reps in the expert roll-up"}})
	}
	for _, g := range gold.Materials {
		m := titles[g.MaterialID]
		ma := enablemap.MaterialAnalysis{MaterialID: g.MaterialID, Title: m.Title, Type: m.Type}
		for i, aid := range g.ActivityIDs {
			ma.Matches = append(ma.Matches, enablemap.Match{ActivityID: aid, Score: 1 - 0.1*float64(i), Reasons: []string{g.Note}})
			if i == 0 {
				an.Activities[byID[aid]].MaterialIDs = append(an.Activities[byID[aid]].MaterialIDs, g.MaterialID)
			}
			an.Activities[byID[aid]].ServedBy = append(an.Activities[byID[aid]].ServedBy, g.MaterialID)
		}
		if len(g.ActivityIDs) == 0 {
			ma.SetAside, ma.SetAsideReason = true, g.Note
			an.Figures.MaterialsSetAside++
		} else {
			an.Figures.MaterialsAligned++
		}
		an.Materials = append(an.Materials, ma)
	}
	for i, h := range gold.Holes {
		a := an.Activities[byID[h]]
		an.HoleDetails = append(an.HoleDetails, enablemap.Hole{ActivityID: h, Priority: i + 1,
			MaterialTypes: a.MaterialTypesNeeded, Reasons: []string{"no material serves it"}})
	}
	f := &an.Figures
	f.Responses, f.Interviews, f.Reps, f.Activities = len(ws.Responses), len(ws.Interviews), len(ws.Interviews), len(an.Activities)
	f.Holes, f.Wants, f.Materials = len(gold.Holes), len(gold.Wants), len(ws.Materials)
	f.AlignedShare = float64(f.MaterialsAligned) / float64(f.Materials)
	for _, s := range gold.BuyingStages {
		sf := enablemap.StageFigure{Stage: s}
		for _, a := range an.Activities {
			if a.BuyingStage != s {
				continue
			}
			sf.Materials += len(a.MaterialIDs)
			switch CoverageOf(a) {
			case Covered:
				sf.Relevant++
				sf.Covered++
			case HoleCoverage:
				sf.Relevant++
				sf.Holes++
			default:
				sf.Internal++
			}
		}
		f.RelevantActivities += sf.Relevant
		f.CoveredActivities += sf.Covered
		f.ByStage = append(f.ByStage, sf)
	}
	// A road map for the first three holes, one per status.
	statuses := []enablemap.RoadmapStatus{enablemap.Done, enablemap.InProgress, enablemap.Planned}
	for i, h := range gold.Holes[:min(3, len(gold.Holes))] {
		a := an.Activities[byID[h]]
		kind := "talk track"
		if len(a.MaterialTypesNeeded) > 0 {
			kind = a.MaterialTypesNeeded[0]
		}
		ws.Roadmap = append(ws.Roadmap, enablemap.RoadmapItem{ID: int64(i + 1), ResponseID: a.ResponseIDs[0],
			Kind: kind, Title: "New " + kind, Owner: "PMM", Due: time.Date(2025, time.Month(3+i), 1, 0, 0, 0, 0, time.UTC).Format("2006-01-02"),
			Status: statuses[i]})
	}
	return Data{Analysis: an, Workspace: ws, GeneratedAt: time.Date(2025, 2, 3, 10, 0, 0, 0, time.UTC)}
}

func readCSV(t testing.TB, name string) []map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(sampleDir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatalf("read %s: %v", name, err)
	}
	var out []map[string]string
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, h := range recs[0] {
			row[strings.TrimPrefix(h, "\ufeff")] = rec[i]
		}
		out = append(out, row)
	}
	return out
}
