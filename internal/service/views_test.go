package service

import (
	"reflect"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/report"
)

func TestDetectWantQuestion(t *testing.T) {
	tests := []struct {
		q    string
		want bool
	}{
		{"What materials would you like?", true},
		{"What do you want from marketing?", true},
		{"What materials would you like Marketing to make?", true},
		{"Which content would help you close more deals?", true},
		{"Should marketing create more case studies?", true},
		{"If you could have any tool, what would it be?", true},
		{"What’s missing from the sales kit?", true},
		{"What is your wish list for next year?", true},
		{"What five activities do you have to do to get a buyer from Discovery to Proposal?", false},
		{"What do you do first?", false},
		{"Who is involved, on the buyer's side and on ours?", false},
		{"What do you send or show?", false},
		{"What are you trying to accomplish with the buyer during this activity?", false},
		{"What did you send the buyer after the demo?", false},
	}
	for _, tt := range tests {
		t.Run(tt.q, func(t *testing.T) {
			warning, suggestion, got := DetectWantQuestion(tt.q)
			if got != tt.want {
				t.Fatalf("DetectWantQuestion(%q) = %v, want %v", tt.q, got, tt.want)
			}
			if got && (warning == "" || suggestion == "") {
				t.Errorf("warning %q, suggestion %q: both must be set", warning, suggestion)
			}
			if got {
				if _, _, again := DetectWantQuestion(suggestion); again {
					t.Errorf("the suggested rewording %q itself asks for wants", suggestion)
				}
			}
		})
	}
}

func TestDefaultGuideAsksForActivities(t *testing.T) {
	p := enablemap.Project{SalesStages: []string{"Lead", "Discovery", "Proposal"}}
	g := DefaultGuide(p)
	if len(g) != 3 {
		t.Fatalf("got %d sections, want 2 transitions and the per-activity section", len(g))
	}
	if got, want := g[0].Questions[0].Text, "What five activities do you have to do to get a buyer from Lead to Discovery?"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	for _, s := range g {
		for _, q := range s.Questions {
			if _, _, bad := DetectWantQuestion(q.Text); bad {
				t.Errorf("default question %q is flagged as asking for wants", q.Text)
			}
		}
	}
	last := g[len(g)-1].Questions[0].Text
	if !strings.Contains(last, "trying to accomplish with the buyer") {
		t.Errorf("last question %q does not ask for the goal", last)
	}
}

func TestCheckGuide(t *testing.T) {
	got := CheckGuide("# my guide\nWhat do you do first?\n\n  What do you want from marketing?  \r\n")
	if len(got) != 2 {
		t.Fatalf("got %d questions, want 2: %+v", len(got), got)
	}
	if got[0].Warning != "" || got[1].Warning == "" {
		t.Errorf("got warnings %q and %q, want only the second", got[0].Warning, got[1].Warning)
	}
	if got[1].Text != "What do you want from marketing?" {
		t.Errorf("got text %q, want it trimmed", got[1].Text)
	}
}

func TestEditStages(t *testing.T) {
	base := []string{"A", "B", "C"}
	tests := []struct {
		name    string
		op      string
		index   int
		text    string
		want    []string
		wantErr string
	}{
		{"add", "add", -1, " D ", []string{"A", "B", "C", "D"}, ""},
		{"add empty", "add", -1, "", nil, "type the name"},
		{"add duplicate", "add", -1, "b", nil, "listed twice"},
		{"rename", "rename", 1, "Bee", []string{"A", "Bee", "C"}, ""},
		{"rename empty", "rename", 1, " ", nil, "is empty"},
		{"up", "up", 2, "", []string{"A", "C", "B"}, ""},
		{"up first stays", "up", 0, "", []string{"A", "B", "C"}, ""},
		{"down", "down", 0, "", []string{"B", "A", "C"}, ""},
		{"down last stays", "down", 2, "", []string{"A", "B", "C"}, ""},
		{"remove", "remove", 1, "", []string{"A", "C"}, ""},
		{"remove out of range", "remove", 3, "", nil, "no stage number 4"},
		{"unknown", "shuffle", 0, "", nil, "unknown stage edit"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := EditStages("sales_stages", base, tt.op, tt.index, tt.text)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("got error %v, want one containing %q", err, tt.wantErr)
				}
				var e *enablemap.Error
				if !errorsAs(err, &e) || e.Field != "sales_stages" {
					t.Errorf("got %#v, want a field error on sales_stages", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	if !reflect.DeepEqual(base, []string{"A", "B", "C"}) {
		t.Errorf("EditStages changed its input: %q", base)
	}
}

func errorsAs(err error, e **enablemap.Error) bool {
	x, ok := err.(*enablemap.Error)
	if ok {
		*e = x
	}
	return ok
}

// viewsWorkspace is a small project: two reps, three activities, three
// materials, one want.
func viewsWorkspace() (enablemap.Analysis, enablemap.Workspace) {
	ws := enablemap.Workspace{
		Project: enablemap.Project{Name: "P", SalesStages: []string{"Lead", "Demo", "Close"}, BuyingStages: []string{"Explore", "Select"}},
		Interviews: []enablemap.Interview{
			{ID: "I1", Interviewee: "Ann", Role: "AE", Region: "North"},
			{ID: "I2", Interviewee: "Bob", Role: "SDR", Region: "South"},
		},
		Responses: []enablemap.Response{
			{ID: "R1", InterviewID: "I1", FromStage: "Lead", ToStage: "Demo", Activity: "send the ROI sheet"},
			{ID: "R2", InterviewID: "I1", FromStage: "Demo", ToStage: "Close", Activity: "update CRM"},
			{ID: "R3", InterviewID: "I2", FromStage: "Lead", ToStage: "Demo", Activity: "email the ROI calculator"},
			{ID: "R4", InterviewID: "I2", FromStage: "Lead", ToStage: "Close", Activity: "ask for references"},
			{ID: "R5", InterviewID: "I2", FromStage: "Lead", ToStage: "Demo", Activity: "I wish marketing had better slides"},
		},
		Materials: []enablemap.Material{
			{ID: "M1", Title: "ROI calculator", Type: "Tool"},
			{ID: "M2", Title: "Logo pack", Type: "Brand"},
			{ID: "M3", Title: "Old brochure", Type: "brochure"},
		},
		Roadmap: []enablemap.RoadmapItem{
			{ID: 1, ResponseID: "R4", Title: "Reference program", Status: enablemap.InProgress, Due: "2030-02-01"},
			{ID: 2, ResponseID: "R4", Title: "Reference talk track", Status: enablemap.Planned},
			{ID: 3, ResponseID: "R9", Title: "Orphan", Status: enablemap.Done, Due: "2030-01-01"},
		},
	}
	a := enablemap.Analysis{
		BuyingStages: ws.Project.BuyingStages,
		Activities: []enablemap.Activity{
			{ID: "A-R1", Name: "Send the ROI calculator", BuyingStage: "Explore", MarketingRelevant: true, Covered: true, NeedScore: 0.8, ResponseIDs: []string{"R1", "R3"}},
			{ID: "A-R2", Name: "Update the CRM", BuyingStage: "Select", NeedScore: 0.2, ResponseIDs: []string{"R2"}},
			{ID: "A-R4", Name: "Give references", BuyingStage: "", MarketingRelevant: true, NeedScore: 0.5, ResponseIDs: []string{"R4"}},
		},
		Wants:       []string{"R5"},
		WantDetails: []enablemap.Want{{ResponseID: "R5", Reason: "a wish"}},
		Materials: []enablemap.MaterialAnalysis{
			{MaterialID: "M1", Matches: []enablemap.Match{{ActivityID: "A-R1", Score: 0.9}, {ActivityID: "A-R4", Score: 0.2}}},
			{MaterialID: "M2", SetAside: true, SetAsideReason: "brand asset"},
			{MaterialID: "M3"},
		},
		Holes:       []string{"A-R4"},
		HoleDetails: []enablemap.Hole{{ActivityID: "A-R4", Priority: 1, MaterialTypes: []string{"reference program"}}},
		Figures:     enablemap.Figures{ByStage: []enablemap.StageFigure{{Stage: "Explore", Relevant: 3, Covered: 2}}},
	}
	return a, ws
}

func TestInterviewCounts(t *testing.T) {
	_, ws := viewsWorkspace()
	l := InterviewCounts(ws)
	wantT := []Transition{{"Lead", "Demo"}, {"Demo", "Close"}, {"Lead", "Close"}}
	if !reflect.DeepEqual(l.Transitions, wantT) {
		t.Fatalf("got transitions %v, want %v", l.Transitions, wantT)
	}
	if got, want := l.Rows[0].PerTransition, []int{1, 1, 0}; !reflect.DeepEqual(got, want) {
		t.Errorf("Ann: got %v, want %v", got, want)
	}
	if got, want := l.Rows[1].PerTransition, []int{2, 0, 1}; !reflect.DeepEqual(got, want) {
		t.Errorf("Bob: got %v, want %v", got, want)
	}
	if got, want := l.Totals, []int{3, 1, 1}; !reflect.DeepEqual(got, want) || l.Total != 5 {
		t.Errorf("got totals %v (%d), want %v (5)", got, l.Total, want)
	}
}

func TestCaptureSections(t *testing.T) {
	_, ws := viewsWorkspace()
	var bob []enablemap.Response
	for _, r := range ws.Responses {
		if r.InterviewID == "I2" {
			bob = append(bob, r)
		}
	}
	secs := CaptureSections(ws.Project.SalesStages, bob, 5, map[Transition]int{{"Demo", "Close"}: 1})
	var got []string
	for _, s := range secs {
		got = append(got, s.Transition.String()+":"+strings.Repeat("x", len(s.Rows)))
	}
	want := []string{"Lead -> Demo:xxxxx", "Demo -> Close:xxxxxx", "Lead -> Close:xxxxx"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("got %q, want %q", got, want)
	}
	if secs[0].Rows[0].ID != "R3" || secs[0].Rows[1].ID != "R5" || secs[0].Rows[2].ID != "" {
		t.Errorf("rows of the first section: got %+v, want R3, R5, then empty rows", secs[0].Rows[:3])
	}
	if r := secs[1].Rows[5]; r.FromStage != "Demo" || r.ToStage != "Close" {
		t.Errorf("an added row carries its transition: got %+v", r)
	}
}

func TestUniqueInterviewID(t *testing.T) {
	ws := enablemap.Workspace{Interviews: []enablemap.Interview{{ID: "INT-ann-lee-20240102"}, {ID: "INT-ann-lee-20240102-2"}}}
	tests := []struct{ name, date, want string }{
		{"Bob", "2024-01-02", "INT-bob-20240102"},
		{"Ann Lee", "2024-01-02", "INT-ann-lee-20240102-3"},
		{"Zoë", "", "INT-zo"},
	}
	for _, tt := range tests {
		if got := UniqueInterviewID(ws, tt.name, tt.date); got != tt.want {
			t.Errorf("UniqueInterviewID(%q, %q) = %q, want %q", tt.name, tt.date, got, tt.want)
		}
	}
}

func TestBuildMap(t *testing.T) {
	a, ws := viewsWorkspace()
	tests := []struct {
		name   string
		f      MapFilter
		want   map[string][]string // column -> activity ids
		shown  int
		holeOf string
	}{
		{"all", MapFilter{}, map[string][]string{"Explore": {"A-R1"}, "Select": {"A-R2"}, NotPlaced: {"A-R4"}}, 3, "A-R4"},
		{"relevant", MapFilter{Relevance: "relevant"}, map[string][]string{"Explore": {"A-R1"}, "Select": nil, NotPlaced: {"A-R4"}}, 2, "A-R4"},
		{"internal", MapFilter{Relevance: "internal"}, map[string][]string{"Explore": nil, "Select": {"A-R2"}}, 1, ""},
		{"role SDR", MapFilter{Role: "sdr"}, map[string][]string{"Explore": {"A-R1"}, "Select": nil, NotPlaced: {"A-R4"}}, 2, "A-R4"},
		{"region North", MapFilter{Region: "North"}, map[string][]string{"Explore": {"A-R1"}, "Select": {"A-R2"}}, 2, ""},
		{"role and region apart", MapFilter{Role: "SDR", Region: "North"}, map[string][]string{"Explore": {"A-R1"}, "Select": nil}, 1, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			v := BuildMap(a, ws, tt.f)
			got := map[string][]string{}
			for _, c := range v.Columns {
				var ids []string
				for _, card := range c.Cards {
					ids = append(ids, card.Activity.ID)
					if card.Activity.ID == tt.holeOf && (card.Coverage != report.HoleCoverage || card.HoleRank != 1) {
						t.Errorf("card %s: got %s rank %d, want hole rank 1", card.Activity.ID, card.Coverage, card.HoleRank)
					}
				}
				got[c.Stage] = ids
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if v.Shown != tt.shown || v.Total != 3 {
				t.Errorf("got shown %d of %d, want %d of 3", v.Shown, v.Total, tt.shown)
			}
		})
	}
	v := BuildMap(a, ws, MapFilter{})
	if !reflect.DeepEqual(v.Roles, []string{"AE", "SDR"}) || !reflect.DeepEqual(v.Regions, []string{"North", "South"}) {
		t.Errorf("got roles %v regions %v", v.Roles, v.Regions)
	}
}

func TestBuildMaterials(t *testing.T) {
	a, ws := viewsWorkspace()
	tests := []struct {
		f    MaterialFilter
		want []string
	}{
		{MaterialFilter{}, []string{"M1", "M2", "M3"}},
		{MaterialFilter{Show: "aligned"}, []string{"M1"}},
		{MaterialFilter{Show: "set_aside"}, []string{"M2"}},
		{MaterialFilter{Show: "unmatched"}, []string{"M3"}},
		{MaterialFilter{Type: "BROCHURE"}, []string{"M3"}},
		{MaterialFilter{Stage: "Explore"}, []string{"M1"}},
		{MaterialFilter{Stage: "Select"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.f.Show+tt.f.Type+tt.f.Stage, func(t *testing.T) {
			v := BuildMaterials(a, ws, tt.f)
			var got []string
			for _, r := range v.Rows {
				got = append(got, r.Material.ID)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if v.Total != 3 || v.Counts["aligned"] != 1 || v.Counts["set_aside"] != 1 || v.Counts["unmatched"] != 1 {
				t.Errorf("got total %d counts %v", v.Total, v.Counts)
			}
		})
	}
	v := BuildMaterials(a, ws, MaterialFilter{})
	if got := v.Rows[0].Matches[1].Activity.Name; got != "Give references" {
		t.Errorf("second match of M1: got %q, want the activity's name", got)
	}
	if v.ByStage[0].Percent != 67 {
		t.Errorf("coverage of Explore: got %d%%, want 67%%", v.ByStage[0].Percent)
	}
	if !reflect.DeepEqual(v.Types, []string{"Brand", "brochure", "Tool"}) {
		t.Errorf("got types %q", v.Types)
	}
}

func TestBuildRollupAndHoles(t *testing.T) {
	a, ws := viewsWorkspace()
	r := BuildRollup(a, ws)
	var order []string
	for _, act := range r.Activities {
		order = append(order, act.Activity.ID)
	}
	if !reflect.DeepEqual(order, []string{"A-R1", "A-R4", "A-R2"}) {
		t.Errorf("got order %v, want highest need first", order)
	}
	if m := r.Activities[0].Members; len(m) != 2 || m[1].Interview.Interviewee != "Bob" || m[1].Response.Activity != "email the ROI calculator" {
		t.Errorf("got members %+v, want who said what", m)
	}
	if len(r.Wants) != 1 || r.Wants[0].Want.Interviewee != "Bob" || r.Wants[0].Want.Text != "I wish marketing had better slides" {
		t.Errorf("got wants %+v, want Bob's wish filled in", r.Wants)
	}
	holes := BuildHoles(a, ws)
	if len(holes) != 1 || holes[0].Activity.Name != "Give references" || len(holes[0].Roadmap) != 2 {
		t.Fatalf("got holes %+v", holes)
	}
}

func TestBuildActivityPage(t *testing.T) {
	a, ws := viewsWorkspace()
	ws.Decisions = []enablemap.Decision{{ID: 7, Kind: enablemap.Accept, ResponseID: "R3"}, {ID: 8, Kind: enablemap.Accept, ResponseID: "R2"}}
	for _, ref := range []string{"A-R1", "R3"} {
		d, err := BuildActivityPage(a, ws, ref)
		if err != nil {
			t.Fatalf("%s: %v", ref, err)
		}
		if d.Activity.ID != "A-R1" || len(d.Materials) != 1 || d.Materials[0].Material.Title != "ROI calculator" {
			t.Errorf("%s: got %+v", ref, d)
		}
		if len(d.Decisions) != 1 || d.Decisions[0].ID != 7 {
			t.Errorf("%s: got decisions %+v, want only the one naming a member", ref, d.Decisions)
		}
	}
	if _, err := BuildActivityPage(a, ws, "A-nope"); enablemap.ErrorCode(err) != enablemap.ENOTFOUND {
		t.Errorf("got %v, want not found", err)
	}
}

func TestPlacesToCheckViews(t *testing.T) {
	a, ws := viewsWorkspace()
	a.Review = []enablemap.ReviewItem{
		{Kind: enablemap.ReviewMove, ActivityID: "A-R1", OtherActivityID: "A-R4", ResponseID: "R3", Score: 0.3},
		{Kind: enablemap.ReviewMerge, ActivityID: "A-R2", OtherActivityID: "A-R4", Score: 0.2},
		{Kind: enablemap.ReviewMerge, ActivityID: "A-R1", OtherActivityID: "A-R2", Score: 0.1},
	}
	r := BuildRollup(a, ws)
	if len(r.Checks) != 3 {
		t.Fatalf("got %d checks, want 3", len(r.Checks))
	}
	move := r.Checks[0]
	if !move.IsMove() || move.Activity.Name != "Send the ROI calculator" || move.Other.Name != "Give references" ||
		move.Member.Response.Activity != "email the ROI calculator" || move.Member.Interview.Interviewee != "Bob" {
		t.Errorf("got the move %+v, want both activities and who said the response", move)
	}
	if m := r.Checks[1]; m.IsMove() || m.Activity.ID != "A-R2" || m.Other.ID != "A-R4" || m.Member.Response.ID != "" {
		t.Errorf("got the merge %+v, in the analysis' order with no member", m)
	}
	turned := ReviewCheck{Item: enablemap.ReviewItem{Kind: enablemap.ReviewMerge, ActivityID: "A-R4", OtherActivityID: "A-R2"}}
	if r.Checks[1].Key() != turned.Key() || r.Checks[1].Key() == r.Checks[2].Key() || move.Key() == r.Checks[1].Key() {
		t.Errorf("keys %q %q %q %q: want one per check, the same whichever way a merge is turned", move.Key(), r.Checks[1].Key(), r.Checks[2].Key(), turned.Key())
	}

	ids := func(cs []ReviewCheck) (out []string) {
		for _, c := range cs {
			out = append(out, c.Item.Kind+":"+c.Activity.ID+">"+c.Other.ID)
		}
		return out
	}
	tests := []struct {
		id                   string
		merges, movesOut, in []string
	}{
		{"A-R1", []string{"merge:A-R1>A-R2"}, []string{"move:A-R1>A-R4"}, nil},
		{"A-R2", []string{"merge:A-R2>A-R4", "merge:A-R2>A-R1"}, nil, nil},
		{"A-R4", []string{"merge:A-R4>A-R2"}, nil, []string{"move:A-R1>A-R4"}},
	}
	for _, tt := range tests {
		d, err := BuildActivityPage(a, ws, tt.id)
		if err != nil {
			t.Fatal(err)
		}
		if got := ids(d.Merges()); !reflect.DeepEqual(got, tt.merges) {
			t.Errorf("%s: merges %v, want %v (this activity first)", tt.id, got, tt.merges)
		}
		if got := ids(d.MovesOut()); !reflect.DeepEqual(got, tt.movesOut) {
			t.Errorf("%s: moves out %v, want %v", tt.id, got, tt.movesOut)
		}
		if got := ids(d.MovesIn()); !reflect.DeepEqual(got, tt.in) {
			t.Errorf("%s: moves in %v, want %v", tt.id, got, tt.in)
		}
	}
	a.Review = nil
	if r := BuildRollup(a, ws); r.Checks != nil {
		t.Errorf("got checks %+v with no review", r.Checks)
	}
}

func TestBuildRoadmap(t *testing.T) {
	a, ws := viewsWorkspace()
	v := BuildRoadmap(a, ws)
	names := func(gs []RoadmapGroup) map[string][]string {
		out := map[string][]string{}
		for _, g := range gs {
			for _, it := range g.Items {
				out[g.Name] = append(out[g.Name], it.Item.Title)
			}
		}
		return out
	}
	if got, want := names(v.ByStage), map[string][]string{NotPlaced: {"Orphan", "Reference program", "Reference talk track"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("by stage: got %v, want %v", got, want)
	}
	if got, want := names(v.ByStatus), map[string][]string{"planned": {"Reference talk track"}, "in_progress": {"Reference program"}, "done": {"Orphan"}}; !reflect.DeepEqual(got, want) {
		t.Errorf("by status: got %v, want %v", got, want)
	}
	if v.Total != 3 {
		t.Errorf("got total %d, want 3", v.Total)
	}
}

func TestDecisionSummary(t *testing.T) {
	a, ws := viewsWorkspace()
	tests := []struct {
		d    enablemap.Decision
		want string
	}{
		{enablemap.Decision{Kind: enablemap.ConfirmMatch, MaterialID: "M1", ResponseID: "R3"}, `Confirmed "ROI calculator" serves "Send the ROI calculator"`},
		{enablemap.Decision{Kind: enablemap.SetAside, MaterialID: "M2", Reason: "brand"}, `Set "Logo pack" aside: brand`},
		{enablemap.Decision{Kind: enablemap.Move, ResponseID: "R2", Text: "Explore"}, `Moved "Update the CRM" to Explore`},
		{enablemap.Decision{Kind: enablemap.MarkWant, ResponseID: "R5", Text: "false"}, `Marked response R5 as a need after all`},
		{enablemap.Decision{Kind: enablemap.Accept, ResponseID: "R77"}, `Accepted response R77`},
	}
	for _, tt := range tests {
		if got := DecisionSummary(a, ws, tt.d); got != tt.want {
			t.Errorf("got %q, want %q", got, tt.want)
		}
	}
}

func TestTypeKeyFoldsSpellings(t *testing.T) {
	tests := []struct{ a, b string }{
		{"One Pager", "one-pager"},
		{"One pager", "ONE PAGER"},
		{"Battle Card", "Battlecard"},
		{"Case Studies", "case studies"},
		{"Email Templates", "email template"},
	}
	for _, tt := range tests {
		if typeKey(tt.a) != typeKey(tt.b) {
			t.Errorf("typeKey(%q) = %q, typeKey(%q) = %q: want the same", tt.a, typeKey(tt.a), tt.b, typeKey(tt.b))
		}
	}
	if typeKey("Webinar") == typeKey("Whitepaper") {
		t.Error("different types fold together")
	}
}
