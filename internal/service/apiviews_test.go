package service_test

import (
	"context"
	"errors"
	"path/filepath"
	"slices"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
	"github.com/enablemap/enablemap/internal/store"
)

// apiDemoService opens a real store in a temporary directory with the demo
// project loaded, less the decisions and road-map items the demo starts
// with, so that tests count only their own.
func apiDemoService(t *testing.T) (*service.Service, enablemap.Project) {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	svc := service.New(db)
	p, _, err := svc.LoadDemo(ctx, false)
	if err != nil {
		t.Fatalf("load demo: %v", err)
	}
	ws, err := svc.Workspace(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range ws.Decisions {
		if err := svc.DeleteDecision(ctx, p.ID, d.ID); err != nil {
			t.Fatal(err)
		}
	}
	for _, it := range ws.Roadmap {
		if err := svc.DeleteRoadmapItem(ctx, p.ID, it.ID); err != nil {
			t.Fatal(err)
		}
	}
	return svc, p
}

func apiWantCode(t *testing.T, err error, code, field string) {
	t.Helper()
	if got := enablemap.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
	if field == "" {
		return
	}
	var e *enablemap.Error
	if !errors.As(err, &e) {
		t.Fatalf("error %v is not an *enablemap.Error", err)
	}
	if e.Field != field {
		t.Fatalf("error %v names field %q, want %q", err, e.Field, field)
	}
}

func TestPatchProject(t *testing.T) {
	ctx := context.Background()
	svc, p := apiDemoService(t)
	name := "Renamed demo"
	got, err := svc.PatchProject(ctx, p.ID, service.ProjectPatch{Name: &name, Version: p.Version})
	if err != nil {
		t.Fatalf("patch: %v", err)
	}
	if got.Name != name || got.Version != p.Version+1 {
		t.Fatalf("patched project = %q v%d, want %q v%d", got.Name, got.Version, name, p.Version+1)
	}
	if !slices.Equal(got.SalesStages, p.SalesStages) || got.Description != p.Description {
		t.Fatalf("patch changed fields it was not given: %+v", got)
	}

	t.Run("stale version is a conflict and writes nothing", func(t *testing.T) {
		other := "Lost update"
		_, err := svc.PatchProject(ctx, p.ID, service.ProjectPatch{Name: &other, Version: p.Version})
		apiWantCode(t, err, enablemap.ECONFLICT, "")
		stored, err := svc.Project(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		if stored.Name != name || stored.Version != got.Version {
			t.Fatalf("after a stale patch the project is %q v%d, want %q v%d", stored.Name, stored.Version, name, got.Version)
		}
	})
	t.Run("version is required", func(t *testing.T) {
		_, err := svc.PatchProject(ctx, p.ID, service.ProjectPatch{Name: &name})
		apiWantCode(t, err, enablemap.EINVALID, "version")
	})
	t.Run("validation of the service applies", func(t *testing.T) {
		empty := " "
		_, err := svc.PatchProject(ctx, p.ID, service.ProjectPatch{Name: &empty, Version: got.Version})
		apiWantCode(t, err, enablemap.EINVALID, "name")
	})
}

func TestSetArchived(t *testing.T) {
	ctx := context.Background()
	svc, p := apiDemoService(t)
	for _, archived := range []bool{true, true, false} {
		got, err := svc.SetArchived(ctx, p.ID, archived)
		if err != nil {
			t.Fatalf("set archived %v: %v", archived, err)
		}
		if got.Archived != archived {
			t.Fatalf("archived = %v, want %v", got.Archived, archived)
		}
		active, err := svc.Projects(ctx, false)
		if err != nil {
			t.Fatal(err)
		}
		if listed := len(active) == 1; listed == archived {
			t.Fatalf("archived=%v but listed among active projects: %v", archived, listed)
		}
	}
}

func TestInterviewViews(t *testing.T) {
	ctx := context.Background()
	svc, p := apiDemoService(t)
	ws, err := svc.Workspace(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	sums, err := svc.InterviewSummaries(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != len(ws.Interviews) {
		t.Fatalf("got %d summaries, want %d", len(sums), len(ws.Interviews))
	}
	total := 0
	for _, s := range sums {
		total += s.Responses
		in, rs, err := svc.Interview(ctx, p.ID, s.Interview.ID)
		if err != nil {
			t.Fatalf("interview %s: %v", s.Interview.ID, err)
		}
		if in != s.Interview || len(rs) != s.Responses {
			t.Fatalf("interview %s: got %+v with %d responses, want %+v with %d", s.Interview.ID, in, len(rs), s.Interview, s.Responses)
		}
		for i, r := range rs {
			if r.InterviewID != in.ID {
				t.Fatalf("response %s of interview %s belongs to %s", r.ID, in.ID, r.InterviewID)
			}
			if i > 0 && rs[i-1].Position > r.Position {
				t.Fatalf("responses of %s out of order at %s", in.ID, r.ID)
			}
		}
	}
	if total != len(ws.Responses) {
		t.Fatalf("summaries count %d responses, want %d", total, len(ws.Responses))
	}
	_, _, err = svc.Interview(ctx, p.ID, "NO-SUCH")
	apiWantCode(t, err, enablemap.ENOTFOUND, "")
}

func TestMaterialView(t *testing.T) {
	ctx := context.Background()
	svc, p := apiDemoService(t)
	a, ws, err := svc.Analyze(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, m := range ws.Materials[:5] {
		d, err := svc.Material(ctx, p.ID, m.ID)
		if err != nil {
			t.Fatalf("material %s: %v", m.ID, err)
		}
		if d.Material.ID != m.ID || d.Analysis.MaterialID != m.ID {
			t.Fatalf("material %s: got %s with analysis of %s", m.ID, d.Material.ID, d.Analysis.MaterialID)
		}
		i := slices.IndexFunc(a.Materials, func(ma enablemap.MaterialAnalysis) bool { return ma.MaterialID == m.ID })
		if i < 0 || len(a.Materials[i].Matches) != len(d.Analysis.Matches) {
			t.Fatalf("material %s: analysis differs from the project's", m.ID)
		}
	}
	_, err = svc.Material(ctx, p.ID, "NO-SUCH")
	apiWantCode(t, err, enablemap.ENOTFOUND, "")
}

func TestActivities(t *testing.T) {
	ctx := context.Background()
	svc, p := apiDemoService(t)
	a, _, err := svc.Analyze(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	all, err := svc.Activities(ctx, p.ID, service.ActivityFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != len(a.Activities) {
		t.Fatalf("unfiltered: %d activities, want %d", len(all), len(a.Activities))
	}
	t.Run("stages partition the map", func(t *testing.T) {
		n := 0
		for _, st := range append(append([]string{}, p.BuyingStages...), "none") {
			acts, err := svc.Activities(ctx, p.ID, service.ActivityFilter{Stage: st})
			if err != nil {
				t.Fatalf("stage %q: %v", st, err)
			}
			for _, act := range acts {
				if st != "none" && act.BuyingStage != st {
					t.Fatalf("stage %q filter let through %s on %q", st, act.ID, act.BuyingStage)
				}
				if st == "none" && slices.Contains(p.BuyingStages, act.BuyingStage) {
					t.Fatalf("stage none let through %s on %q", act.ID, act.BuyingStage)
				}
			}
			n += len(acts)
		}
		if n != len(a.Activities) {
			t.Fatalf("stages hold %d activities together, want %d", n, len(a.Activities))
		}
	})
	t.Run("stage is matched in any case", func(t *testing.T) {
		upper, err := svc.Activities(ctx, p.ID, service.ActivityFilter{Stage: "VALIDATION"})
		if err != nil {
			t.Fatal(err)
		}
		exact, _ := svc.Activities(ctx, p.ID, service.ActivityFilter{Stage: "Validation"})
		if len(upper) != len(exact) || len(exact) == 0 {
			t.Fatalf("VALIDATION gave %d, Validation %d", len(upper), len(exact))
		}
	})
	t.Run("coverage", func(t *testing.T) {
		holes, err := svc.Activities(ctx, p.ID, service.ActivityFilter{Coverage: "hole"})
		if err != nil {
			t.Fatal(err)
		}
		if len(holes) != a.Figures.Holes {
			t.Fatalf("coverage=hole gave %d, figures say %d holes", len(holes), a.Figures.Holes)
		}
		covered, _ := svc.Activities(ctx, p.ID, service.ActivityFilter{Coverage: "covered"})
		if len(covered) != a.Figures.CoveredActivities {
			t.Fatalf("coverage=covered gave %d, figures say %d", len(covered), a.Figures.CoveredActivities)
		}
	})
	for _, tc := range []struct {
		name  string
		f     service.ActivityFilter
		field string
	}{
		{"unknown coverage", service.ActivityFilter{Coverage: "partial"}, "coverage"},
		{"unknown stage", service.ActivityFilter{Stage: "Negotiation"}, "stage"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := svc.Activities(ctx, p.ID, tc.f)
			apiWantCode(t, err, enablemap.EINVALID, tc.field)
		})
	}
}

func TestActivityDetail(t *testing.T) {
	ctx := context.Background()
	svc, p := apiDemoService(t)
	a, _, err := svc.Analyze(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	act := a.Activities[0]
	for _, i := range []int{0, len(a.Activities) - 1} {
		act := a.Activities[i]
		last := act.ResponseIDs[len(act.ResponseIDs)-1]
		for _, ref := range []string{act.ID, last} {
			d, err := svc.Activity(ctx, p.ID, ref)
			if err != nil {
				t.Fatalf("activity %q: %v", ref, err)
			}
			if d.Activity.ID != act.ID {
				t.Fatalf("ref %q found %s, want %s", ref, d.Activity.ID, act.ID)
			}
			if len(d.Statements) != len(act.ResponseIDs) {
				t.Fatalf("%s: %d statements, want %d", act.ID, len(d.Statements), len(act.ResponseIDs))
			}
			for _, st := range d.Statements {
				if st.Interviewee == "" || st.Response.Activity == "" {
					t.Fatalf("%s: statement without who or what: %+v", act.ID, st)
				}
			}
			want := 0
			if act.Covered {
				want = len(act.ServedBy)
			}
			if len(d.Materials) != want {
				t.Fatalf("%s: %d materials, want %d (served by %v)", act.ID, len(d.Materials), want, act.ServedBy)
			}
		}
	}

	t.Run("decisions and road map about it", func(t *testing.T) {
		dec, err := svc.Decide(ctx, p.ID, enablemap.Decision{Kind: enablemap.Accept, ResponseID: act.ID})
		if err != nil {
			t.Fatal(err)
		}
		it := enablemap.RoadmapItem{ResponseID: act.ID, Kind: "talk track", Title: "Talk track"}
		if err := svc.SaveRoadmapItem(ctx, p.ID, &it); err != nil {
			t.Fatal(err)
		}
		d, err := svc.Activity(ctx, p.ID, act.ID)
		if err != nil {
			t.Fatal(err)
		}
		if len(d.Decisions) != 1 || d.Decisions[0].ID != dec.ID {
			t.Fatalf("decisions = %+v, want the accept decision %d", d.Decisions, dec.ID)
		}
		if len(d.Roadmap) != 1 || d.Roadmap[0].ID != it.ID {
			t.Fatalf("road map = %+v, want item %d", d.Roadmap, it.ID)
		}
	})

	_, err = svc.Activity(ctx, p.ID, "A-NOPE")
	apiWantCode(t, err, enablemap.ENOTFOUND, "")
}

func TestHoles(t *testing.T) {
	ctx := context.Background()
	svc, p := apiDemoService(t)
	a, _, err := svc.Analyze(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	holes, err := svc.Holes(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(holes) != len(a.Holes) || len(holes) == 0 {
		t.Fatalf("got %d holes, want %d", len(holes), len(a.Holes))
	}
	for i, h := range holes {
		if h.Hole.ActivityID != a.Holes[i] || h.Activity.ID != a.Holes[i] {
			t.Fatalf("hole %d is %s/%s, want %s", i, h.Hole.ActivityID, h.Activity.ID, a.Holes[i])
		}
		if !h.Activity.MarketingRelevant || h.Activity.Covered {
			t.Fatalf("hole %s is relevant=%v covered=%v", h.Activity.ID, h.Activity.MarketingRelevant, h.Activity.Covered)
		}
	}
	it := enablemap.RoadmapItem{ResponseID: holes[0].Activity.ResponseIDs[0], Kind: "talk track", Title: "Fill the first hole"}
	if err := svc.SaveRoadmapItem(ctx, p.ID, &it); err != nil {
		t.Fatal(err)
	}
	holes, _ = svc.Holes(ctx, p.ID)
	if len(holes[0].Roadmap) != 1 || holes[0].Roadmap[0].ID != it.ID {
		t.Fatalf("first hole's road map = %+v, want item %d", holes[0].Roadmap, it.ID)
	}
}

func TestRoadmapViews(t *testing.T) {
	ctx := context.Background()
	svc, p := apiDemoService(t)
	a, _, err := svc.Analyze(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	act := a.Activities[2]
	it := enablemap.RoadmapItem{ResponseID: act.ResponseIDs[0], Kind: "how-to", Title: "How to"}
	if err := svc.SaveRoadmapItem(ctx, p.ID, &it); err != nil {
		t.Fatal(err)
	}
	v, err := svc.RoadmapItem(ctx, p.ID, it.ID)
	if err != nil {
		t.Fatal(err)
	}
	if v.ActivityID != act.ID || v.ActivityName != act.Name || v.Item.Title != "How to" {
		t.Fatalf("view = %+v, want activity %s %q", v, act.ID, act.Name)
	}
	all, err := svc.Roadmap(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(all) != 1 || all[0] != v {
		t.Fatalf("road map = %+v, want [%+v]", all, v)
	}
	_, err = svc.RoadmapItem(ctx, p.ID, it.ID+100)
	apiWantCode(t, err, enablemap.ENOTFOUND, "")
}

func TestDecisionsInOrder(t *testing.T) {
	ctx := context.Background()
	svc, p := apiDemoService(t)
	a, _, err := svc.Analyze(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, act := range a.Activities[:3] {
		if _, err := svc.Decide(ctx, p.ID, enablemap.Decision{Kind: enablemap.Accept, ResponseID: act.ID}); err != nil {
			t.Fatal(err)
		}
	}
	ds, err := svc.Decisions(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(ds) != 3 {
		t.Fatalf("got %d decisions, want 3", len(ds))
	}
	for i := 1; i < len(ds); i++ {
		if ds[i-1].Seq >= ds[i].Seq {
			t.Fatalf("decisions out of order: %d then %d", ds[i-1].Seq, ds[i].Seq)
		}
	}
}

func TestDecisionRequest(t *testing.T) {
	for _, tc := range []struct {
		name  string
		req   service.DecisionRequest
		want  enablemap.Decision
		field string // the field named by the error; "" when none
	}{
		{"rename carries the name", service.DecisionRequest{Kind: "rename", Activity: "A-R001", Name: "Discovery call"},
			enablemap.Decision{Kind: enablemap.Rename, ResponseID: "A-R001", Text: "Discovery call"}, ""},
		{"move carries the stage", service.DecisionRequest{Kind: "move", Activity: "R001", Stage: "Validation"},
			enablemap.Decision{Kind: enablemap.Move, ResponseID: "R001", Text: "Validation"}, ""},
		{"relevance carries the value", service.DecisionRequest{Kind: "relevance", Activity: "R001", Value: "no", Reason: "internal"},
			enablemap.Decision{Kind: enablemap.Relevance, ResponseID: "R001", Text: "no", Reason: "internal"}, ""},
		{"merge", service.DecisionRequest{Kind: "merge", Activity: "R001", Into: "R002", Author: " ana "},
			enablemap.Decision{Kind: enablemap.Merge, ResponseID: "R001", OtherResponseID: "R002", Author: "ana"}, ""},
		{"set aside", service.DecisionRequest{Kind: "set_aside", Material: "M001", Reason: "outdated"},
			enablemap.Decision{Kind: enablemap.SetAside, MaterialID: "M001", Reason: "outdated"}, ""},
		{"a field the kind does not use", service.DecisionRequest{Kind: "move", Activity: "R001", Name: "x"}, enablemap.Decision{}, "name"},
		{"a material on a rename", service.DecisionRequest{Kind: "rename", Activity: "R001", Name: "x", Material: "M001"}, enablemap.Decision{}, "material"},
		{"no kind", service.DecisionRequest{Activity: "R001"}, enablemap.Decision{}, "kind"},
		{"unknown kind", service.DecisionRequest{Kind: "approve"}, enablemap.Decision{}, "kind"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := tc.req.Decision()
			if tc.field != "" {
				apiWantCode(t, err, enablemap.EINVALID, tc.field)
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got != tc.want {
				t.Fatalf("got %+v, want %+v", got, tc.want)
			}
		})
	}
	if n := len(service.DecisionKinds()); n != 12 {
		t.Fatalf("DecisionKinds lists %d kinds, want the 12 of the domain", n)
	}
}

func TestWants(t *testing.T) {
	ctx := context.Background()
	svc, p := apiDemoService(t)
	a, _, err := svc.Analyze(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	wants, err := svc.Wants(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(wants) != len(a.Wants) {
		t.Fatalf("got %d wants, want %d", len(wants), len(a.Wants))
	}
	for _, w := range wants {
		if w.Interviewee == "" || w.Text == "" {
			t.Fatalf("want without who or what: %+v", w)
		}
	}
}
