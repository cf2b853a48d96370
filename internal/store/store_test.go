package store

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// storeCase is one behaviour, checked on a fresh database of each engine.
type storeCase struct {
	name string
	run  func(t *testing.T, db *DB, e engine, dsn string)
}

func TestStore(t *testing.T) {
	cases := []storeCase{
		{"engine and ping", testEnginePing},
		{"projects", testProjects},
		{"project validation", testProjectValidation},
		{"not found", testNotFound},
		{"import interviews upserts", testImportInterviewsUpsert},
		{"import adds stages in order of first appearance", testImportAddsStages},
		{"strict stages", testStrictStages},
		{"failed import writes nothing", testImportAtomic},
		{"save and delete interview", testSaveInterview},
		{"materials upsert", testMaterials},
		{"imports across batch boundaries", testBatchBoundaries},
		{"the public sample project", testSampleProject},
		{"glossary upsert", testGlossary},
		{"decisions", testDecisions},
		{"concurrent decisions get distinct seqs", testConcurrentDecisions},
		{"road map", testRoadmap},
		{"project version conflict", testProjectVersionConflict},
		{"stage removal refused", testStageRemoval},
		{"restore round trip", testRestore},
		{"backup", testBackup},
		{"reopen and concurrent open migrate once", testMigrateOnce},
	}
	forEachEngine(t, func(t *testing.T, e engine) {
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				t.Parallel()
				db, dsn := openFresh(t, e)
				c.run(t, db, e, dsn)
			})
		}
	})
}

func testEnginePing(t *testing.T, db *DB, e engine, _ string) {
	if got := db.Engine(); got != e.name {
		t.Errorf("Engine() = %q, want %q", got, e.name)
	}
	must(t, db.Ping(context.Background()))
	v, err := db.SchemaVersion(context.Background())
	must(t, err)
	ms, err := migrations(db.dialect)
	must(t, err)
	if want := ms[len(ms)-1].version; v != want {
		t.Errorf("SchemaVersion() = %d, want %d", v, want)
	}
}

func testProjects(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	a := newProject(t, db, "Veridia Health", "Prospecting", "Qualification")
	b := newProject(t, db, "acme")
	if a.ID == 0 || a.Version != 1 || a.CreatedAt.IsZero() || a.UpdatedAt.IsZero() {
		t.Fatalf("CreateProject left %+v, want ID, Version 1 and timestamps set", a)
	}
	got, err := db.Project(ctx, a.ID)
	must(t, err)
	if !reflect.DeepEqual(got, a) {
		t.Errorf("Project() = %+v, want %+v", got, a)
	}
	got, err = db.ProjectByName(ctx, "  VERIDIA health ")
	must(t, err)
	if got.ID != a.ID {
		t.Errorf("ProjectByName in other case found %d, want %d", got.ID, a.ID)
	}
	dup := enablemap.Project{Name: "veridia HEALTH"}
	wantCode(t, db.CreateProject(ctx, &dup), enablemap.ECONFLICT, "veridia HEALTH", "exists")

	b.Archived = true
	must(t, db.UpdateProject(ctx, &b))
	if b.Version != 2 {
		t.Errorf("after UpdateProject, Version = %d, want 2", b.Version)
	}
	list, err := db.Projects(ctx, false)
	must(t, err)
	if len(list) != 1 || list[0].ID != a.ID {
		t.Errorf("Projects(false) = %+v, want only %q", list, a.Name)
	}
	list, err = db.Projects(ctx, true)
	must(t, err)
	var names []string
	for _, p := range list {
		names = append(names, p.Name)
	}
	if want := []string{"acme", "Veridia Health"}; !slices.Equal(names, want) {
		t.Errorf("Projects(true) names = %q, want %q (by name, any case)", names, want)
	}

	a.Name, a.Description = "Veridia", "renamed"
	must(t, db.UpdateProject(ctx, &a))
	got, err = db.Project(ctx, a.ID)
	must(t, err)
	if !reflect.DeepEqual(got, a) {
		t.Errorf("after rename Project() = %+v, want %+v", got, a)
	}
	b.Name = "VERIDIA"
	wantCode(t, db.UpdateProject(ctx, &b), enablemap.ECONFLICT, "exists")

	must(t, db.DeleteProject(ctx, b.ID))
	_, err = db.Project(ctx, b.ID)
	wantCode(t, err, enablemap.ENOTFOUND)
	wantCode(t, db.DeleteProject(ctx, b.ID), enablemap.ENOTFOUND)
}

func testProjectValidation(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	for _, c := range []struct {
		name  string
		p     enablemap.Project
		field string
	}{
		{"empty name", enablemap.Project{Name: "  "}, "name"},
		{"sales stage twice", enablemap.Project{Name: "x", SalesStages: []string{"Demo", "demo"}}, "sales_stages"},
		{"empty buying stage", enablemap.Project{Name: "x", BuyingStages: []string{"Awareness", ""}}, "buying_stages"},
	} {
		t.Run(c.name, func(t *testing.T) {
			err := db.CreateProject(ctx, &c.p)
			wantCode(t, err, enablemap.EINVALID, c.field)
		})
	}
	list, err := db.Projects(ctx, true)
	must(t, err)
	if len(list) != 0 {
		t.Errorf("invalid projects were written: %+v", list)
	}
}

func testNotFound(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	const missing = 999999
	ins, rs := interviewData("", 1, 1)
	calls := map[string]func() error{
		"Project":       func() error { _, err := db.Project(ctx, missing); return err },
		"ProjectByName": func() error { _, err := db.ProjectByName(ctx, "nope"); return err },
		"UpdateProject": func() error { return db.UpdateProject(ctx, &enablemap.Project{ID: missing, Name: "x", Version: 1}) },
		"DeleteProject": func() error { return db.DeleteProject(ctx, missing) },
		"ImportInterviews": func() error {
			_, err := db.ImportInterviews(ctx, missing, ins, rs, enablemap.ImportOptions{})
			return err
		},
		"SaveInterview":   func() error { return db.SaveInterview(ctx, missing, ins[0], nil) },
		"DeleteInterview": func() error { return db.DeleteInterview(ctx, missing, ins[0].ID) },
		"ImportMaterials": func() error {
			_, err := db.ImportMaterials(ctx, missing, []enablemap.Material{{ID: "M1", Title: "t"}})
			return err
		},
		"DeleteMaterial": func() error { return db.DeleteMaterial(ctx, missing, "M1") },
		"ImportGlossary": func() error {
			_, err := db.ImportGlossary(ctx, missing, []enablemap.GlossaryTerm{{Term: "t", Meaning: "m"}})
			return err
		},
		"DeleteGlossaryTerm": func() error { return db.DeleteGlossaryTerm(ctx, missing, "t") },
		"AddDecision":        func() error { return db.AddDecision(ctx, missing, &enablemap.Decision{Kind: enablemap.Accept}) },
		"DeleteDecision":     func() error { return db.DeleteDecision(ctx, missing, 1) },
		"SaveRoadmapItem":    func() error { return db.SaveRoadmapItem(ctx, missing, &enablemap.RoadmapItem{Title: "t"}) },
		"DeleteRoadmapItem":  func() error { return db.DeleteRoadmapItem(ctx, missing, 1) },
		"Workspace":          func() error { _, err := db.Workspace(ctx, missing); return err },
	}
	for name, call := range calls {
		t.Run("project/"+name, func(t *testing.T) { wantCode(t, call(), enablemap.ENOTFOUND) })
	}

	// Things missing inside a project that exists.
	p := newProject(t, db, "p", "Prospecting", "Qualification", "Discovery")
	inner := map[string]func() error{
		"DeleteInterview":    func() error { return db.DeleteInterview(ctx, p.ID, "INT404") },
		"DeleteMaterial":     func() error { return db.DeleteMaterial(ctx, p.ID, "M404") },
		"DeleteGlossaryTerm": func() error { return db.DeleteGlossaryTerm(ctx, p.ID, "t404") },
		"DeleteDecision":     func() error { return db.DeleteDecision(ctx, p.ID, 404) },
		"SaveRoadmapItem": func() error {
			return db.SaveRoadmapItem(ctx, p.ID, &enablemap.RoadmapItem{ID: 404, Title: "t", Version: 1})
		},
		"DeleteRoadmapItem": func() error { return db.DeleteRoadmapItem(ctx, p.ID, 404) },
	}
	for name, call := range inner {
		t.Run("item/"+name, func(t *testing.T) { wantCode(t, call(), enablemap.ENOTFOUND, "404") })
	}

	// A decision or item of another project is not found through this one.
	q := newProject(t, db, "q")
	d := enablemap.Decision{Kind: enablemap.Accept, ResponseID: "R1"}
	must(t, db.AddDecision(ctx, q.ID, &d))
	wantCode(t, db.DeleteDecision(ctx, p.ID, d.ID), enablemap.ENOTFOUND)
	it := enablemap.RoadmapItem{Title: "talk track"}
	must(t, db.SaveRoadmapItem(ctx, q.ID, &it))
	wantCode(t, db.DeleteRoadmapItem(ctx, p.ID, it.ID), enablemap.ENOTFOUND)
}

func testImportInterviewsUpsert(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	p := newProject(t, db, "p", "Prospecting", "Qualification", "Discovery")
	ins, rs := interviewData("", 3, 4)

	res, err := db.ImportInterviews(ctx, p.ID, ins, rs, enablemap.ImportOptions{})
	must(t, err)
	if want := (enablemap.ImportResult{Created: 12, InterviewsCreated: 3}); !reflect.DeepEqual(res, want) {
		t.Errorf("first import = %+v, want %+v", res, want)
	}
	first, err := db.Workspace(ctx, p.ID)
	must(t, err)

	// The same ids again: nothing changes, nothing is duplicated.
	res, err = db.ImportInterviews(ctx, p.ID, ins, rs, enablemap.ImportOptions{})
	must(t, err)
	if want := (enablemap.ImportResult{Unchanged: 12}); !reflect.DeepEqual(res, want) {
		t.Errorf("same import again = %+v, want %+v", res, want)
	}
	again, err := db.Workspace(ctx, p.ID)
	must(t, err)
	if !reflect.DeepEqual(again, first) {
		t.Errorf("re-import changed the workspace:\n got %+v\nwant %+v", again, first)
	}

	// Two responses edited, one new, one interview's region changed; a
	// second file with only part of the data leaves the rest alone.
	ins2 := []enablemap.Interview{ins[1]}
	ins2[0].Region = "Far East"
	rs2 := []enablemap.Response{rs[5], rs[6], {ID: "NEW-1", InterviewID: ins[1].ID, FromStage: "qualification", ToStage: "discovery", Activity: "run the demo"}}
	rs2[0].Activity = "edited activity"
	rs2[1].Goal = "edited goal"
	res, err = db.ImportInterviews(ctx, p.ID, ins2, rs2, enablemap.ImportOptions{})
	must(t, err)
	if want := (enablemap.ImportResult{Created: 1, Updated: 2, InterviewsUpdated: 1}); !reflect.DeepEqual(res, want) {
		t.Errorf("partial import = %+v, want %+v", res, want)
	}
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	if len(ws.Interviews) != 3 || len(ws.Responses) != 13 {
		t.Fatalf("got %d interviews and %d responses, want 3 and 13", len(ws.Interviews), len(ws.Responses))
	}
	if ws.Interviews[1].Region != "Far East" {
		t.Errorf("interview region = %q, want the update", ws.Interviews[1].Region)
	}
	// Order is import order: edited rows keep their place, the new one is last.
	for i, r := range ws.Responses[:12] {
		if r.ID != rs[i].ID {
			t.Errorf("response %d is %q, want %q (import order)", i, r.ID, rs[i].ID)
		}
		if i > 0 && r.Position <= ws.Responses[i-1].Position {
			t.Errorf("positions not increasing at %d: %d after %d", i, r.Position, ws.Responses[i-1].Position)
		}
	}
	last := ws.Responses[12]
	if last.ID != "NEW-1" || last.FromStage != "Qualification" || last.ToStage != "Discovery" {
		t.Errorf("new response = %+v, want NEW-1 last, with the project's spelling of its stages", last)
	}
	if ws.Responses[5].Activity != "edited activity" || ws.Responses[6].Goal != "edited goal" {
		t.Errorf("updates not stored: %+v, %+v", ws.Responses[5], ws.Responses[6])
	}
	if ws.Project.Version != p.Version {
		t.Errorf("an import that added no stage changed the project version to %d", ws.Project.Version)
	}

	// Duplicated ids within one import are refused.
	_, err = db.ImportInterviews(ctx, p.ID, nil, []enablemap.Response{rs[0], rs[0]}, enablemap.ImportOptions{})
	wantCode(t, err, enablemap.EINVALID, rs[0].ID, "twice")
}

func testImportAddsStages(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	p := newProject(t, db, "p", "Prospecting")
	ins, rs := interviewData("", 1, 0)
	rs = []enablemap.Response{
		{ID: "R1", InterviewID: ins[0].ID, FromStage: "prospecting", ToStage: "Qualification", Activity: "a"},
		{ID: "R2", InterviewID: ins[0].ID, FromStage: "Discovery", ToStage: "Demo", Activity: "b"},
		{ID: "R3", InterviewID: ins[0].ID, FromStage: "QUALIFICATION", ToStage: "Discovery", Activity: "c"},
	}
	res, err := db.ImportInterviews(ctx, p.ID, ins, rs, enablemap.ImportOptions{})
	must(t, err)
	if want := []string{"Qualification", "Discovery", "Demo"}; !slices.Equal(res.StagesAdded, want) {
		t.Errorf("StagesAdded = %q, want %q", res.StagesAdded, want)
	}
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	if want := []string{"Prospecting", "Qualification", "Discovery", "Demo"}; !slices.Equal(ws.Project.SalesStages, want) {
		t.Errorf("SalesStages = %q, want %q", ws.Project.SalesStages, want)
	}
	if ws.Project.Version != p.Version+1 {
		t.Errorf("adding stages left version %d, want %d", ws.Project.Version, p.Version+1)
	}
	if r := ws.Responses[2]; r.FromStage != "Qualification" {
		t.Errorf("R3 from stage = %q, want the first spelling %q", r.FromStage, "Qualification")
	}
}

func testStrictStages(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	p := newProject(t, db, "p", "Prospecting", "Qualification")
	ins, _ := interviewData("", 1, 0)
	rs := []enablemap.Response{
		{ID: "R1", InterviewID: ins[0].ID, FromStage: "prospecting", ToStage: "qualification", Activity: "a"},
		{ID: "R2", InterviewID: ins[0].ID, FromStage: "Qualification", ToStage: "Negotiation", Activity: "b"},
	}
	_, err := db.ImportInterviews(ctx, p.ID, ins, rs, enablemap.ImportOptions{StrictStages: true})
	wantCode(t, err, enablemap.EINVALID, `"Negotiation"`, "R2")
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	if len(ws.Interviews)+len(ws.Responses) != 0 || !slices.Equal(ws.Project.SalesStages, p.SalesStages) || ws.Project.Version != p.Version {
		t.Errorf("a refused strict import wrote %d interviews, %d responses, stages %q, version %d",
			len(ws.Interviews), len(ws.Responses), ws.Project.SalesStages, ws.Project.Version)
	}
	// Known stages in another case pass strict mode.
	res, err := db.ImportInterviews(ctx, p.ID, ins, rs[:1], enablemap.ImportOptions{StrictStages: true})
	must(t, err)
	if res.Created != 1 || len(res.StagesAdded) != 0 {
		t.Errorf("strict import of known stages = %+v, want 1 created and no stages added", res)
	}
}

func testImportAtomic(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	p := newProject(t, db, "p", "Prospecting", "Qualification", "Discovery")
	ins, rs := interviewData("", 2, 3)
	_, err := db.ImportInterviews(ctx, p.ID, ins[:1], rs[:3], enablemap.ImportOptions{})
	must(t, err)
	before, err := db.Workspace(ctx, p.ID)
	must(t, err)

	// Good rows first, then a response whose interview exists nowhere, and
	// a new stage that would have been added.
	bad := append(append([]enablemap.Response(nil), rs[3:]...),
		enablemap.Response{ID: "ORPHAN", InterviewID: "INT404", FromStage: "Discovery", ToStage: "Contract", Activity: "x"})
	bad[0].Activity = "changed"
	_, err = db.ImportInterviews(ctx, p.ID, ins[1:], bad, enablemap.ImportOptions{})
	wantCode(t, err, enablemap.EINVALID, "ORPHAN", "INT404")
	after, err := db.Workspace(ctx, p.ID)
	must(t, err)
	if !reflect.DeepEqual(after, before) {
		t.Errorf("a failed import changed the workspace:\n got %+v\nwant %+v", after, before)
	}

	// Materials: one bad row refuses the whole import.
	_, err = db.ImportMaterials(ctx, p.ID, []enablemap.Material{{ID: "M1", Title: "ok"}, {ID: "M2"}})
	wantCode(t, err, enablemap.EINVALID, "M2", "title")
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	if len(ws.Materials) != 0 {
		t.Errorf("a refused material import wrote %+v", ws.Materials)
	}
}

func testSaveInterview(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	p := newProject(t, db, "p", "Prospecting", "Qualification", "Discovery")
	ins, rs := interviewData("", 2, 3)
	_, err := db.ImportInterviews(ctx, p.ID, ins, rs, enablemap.ImportOptions{})
	must(t, err)

	// Keep the first response (edited), drop the second and third, add one.
	in := ins[0]
	in.Interviewer = "Sam"
	keep := rs[0]
	keep.Notes = "edited in the form"
	added := enablemap.Response{ID: "INT001-9", FromStage: "prospecting", ToStage: "Qualification", Activity: "call the champion"}
	must(t, db.SaveInterview(ctx, p.ID, in, []enablemap.Response{keep, added}))
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	var ids []string
	for _, r := range ws.Responses {
		ids = append(ids, r.ID)
	}
	if want := []string{"INT001-1", "INT002-1", "INT002-2", "INT002-3", "INT001-9"}; !slices.Equal(ids, want) {
		t.Errorf("responses after SaveInterview = %q, want %q", ids, want)
	}
	if ws.Interviews[0].Interviewer != "Sam" || ws.Responses[0].Notes != "edited in the form" || ws.Responses[4].FromStage != "Prospecting" {
		t.Errorf("SaveInterview did not store the edits: %+v %+v %+v", ws.Interviews[0], ws.Responses[0], ws.Responses[4])
	}

	// A new interview through the form goes last.
	must(t, db.SaveInterview(ctx, p.ID, enablemap.Interview{ID: "NEW", Interviewee: "Kim"}, []enablemap.Response{
		{ID: "NEW-1", InterviewID: "NEW", FromStage: "Prospecting", ToStage: "Qualification", Activity: "a"}}))

	// Refused: another interview's response, an unknown stage.
	err = db.SaveInterview(ctx, p.ID, in, []enablemap.Response{{ID: "INT002-1", FromStage: "Prospecting", ToStage: "Discovery", Activity: "a"}})
	wantCode(t, err, enablemap.EINVALID, "INT002-1", "INT002")
	err = db.SaveInterview(ctx, p.ID, in, []enablemap.Response{{ID: "X", FromStage: "Prospecting", ToStage: "Closed", Activity: "a"}})
	wantCode(t, err, enablemap.EINVALID, `"Closed"`)

	must(t, db.DeleteInterview(ctx, p.ID, ins[1].ID))
	ws, err = db.Workspace(ctx, p.ID)
	must(t, err)
	if len(ws.Interviews) != 2 || ws.Interviews[1].ID != "NEW" || len(ws.Responses) != 3 {
		t.Errorf("after DeleteInterview: %d interviews (%+v), %d responses; want 2 and 3 (its responses go too)",
			len(ws.Interviews), ws.Interviews, len(ws.Responses))
	}
}

func testMaterials(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	p := newProject(t, db, "p")
	ms := []enablemap.Material{
		{ID: "M1", Title: "ROI calculator", Type: "Tool", Tags: []string{"roi", "finance"}, URL: "https://x/1", Owner: "PMM", Updated: "2023-01-02"},
		{ID: "M2", Title: "Logo pack", Type: "asset"},
		{ID: "M3", Title: "Security whitepaper", Type: "Whitepaper", Description: "HIPAA, SOC 2", Tags: []string{"security"}},
	}
	res, err := db.ImportMaterials(ctx, p.ID, ms)
	must(t, err)
	if want := (enablemap.ImportResult{Created: 3}); !reflect.DeepEqual(res, want) {
		t.Errorf("ImportMaterials = %+v, want %+v", res, want)
	}
	ms2 := []enablemap.Material{ms[2], ms[1], {ID: "M4", Title: "Email template"}}
	ms2[0].Tags = []string{"security", "it"}
	res, err = db.ImportMaterials(ctx, p.ID, ms2)
	must(t, err)
	if want := (enablemap.ImportResult{Created: 1, Updated: 1, Unchanged: 1}); !reflect.DeepEqual(res, want) {
		t.Errorf("second ImportMaterials = %+v, want %+v", res, want)
	}
	must(t, db.DeleteMaterial(ctx, p.ID, "M2"))
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	want := []enablemap.Material{ms[0], ms2[0], ms2[2]}
	for i := range want {
		want[i].Position = ws.Materials[i].Position
	}
	if !reflect.DeepEqual(ws.Materials, want) {
		t.Errorf("materials =\n %+v\nwant\n %+v", ws.Materials, want)
	}
	if ws.Materials[0].Position >= ws.Materials[1].Position || ws.Materials[1].Position >= ws.Materials[2].Position {
		t.Errorf("positions %d, %d, %d are not in import order", ws.Materials[0].Position, ws.Materials[1].Position, ws.Materials[2].Position)
	}
}

func testBatchBoundaries(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	p := newProject(t, db, "p", "Prospecting", "Qualification", "Discovery")
	// Sizes around batchRows, so that full and partial batches both occur.
	ins, rs := interviewData("", 7, batchRows/2+1)
	half := len(rs) / 2
	_, err := db.ImportInterviews(ctx, p.ID, ins[:4], rs[:half], enablemap.ImportOptions{})
	must(t, err)
	// The second import mixes updates of old rows and inserts of new ones,
	// and moves one old response into a new interview.
	rs[1].Activity = "updated"
	rs[2].InterviewID = ins[6].ID
	res, err := db.ImportInterviews(ctx, p.ID, ins, rs, enablemap.ImportOptions{})
	must(t, err)
	if want := (enablemap.ImportResult{Created: len(rs) - half, Updated: 2, Unchanged: half - 2, InterviewsCreated: 3}); !reflect.DeepEqual(res, want) {
		t.Errorf("second import = %+v, want %+v", res, want)
	}
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	if len(ws.Responses) != len(rs) {
		t.Fatalf("got %d responses, want %d", len(ws.Responses), len(rs))
	}
	for i := range rs {
		got := ws.Responses[i]
		got.Position = 0
		if got != rs[i] {
			t.Fatalf("response %d = %+v, want %+v", i, got, rs[i])
		}
	}

	ms := benchMaterials(3*batchRows + 7)
	res, err = db.ImportMaterials(ctx, p.ID, ms)
	must(t, err)
	if res.Created != len(ms) {
		t.Errorf("ImportMaterials created %d, want %d", res.Created, len(ms))
	}
	ws, err = db.Workspace(ctx, p.ID)
	must(t, err)
	for i := range ms {
		ms[i].Position = ws.Materials[i].Position
	}
	if !reflect.DeepEqual(ws.Materials, ms) {
		t.Errorf("materials differ from what was imported")
	}
}

func testGlossary(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	p := newProject(t, db, "p")
	terms := []enablemap.GlossaryTerm{{Term: "disco", Meaning: "discovery call"}, {Term: "SQL", Meaning: "sales-qualified lead"}}
	res, err := db.ImportGlossary(ctx, p.ID, terms)
	must(t, err)
	if res.Created != 2 {
		t.Errorf("ImportGlossary = %+v, want 2 created", res)
	}
	res, err = db.ImportGlossary(ctx, p.ID, []enablemap.GlossaryTerm{{Term: "sql", Meaning: "sales-qualified lead (handed to an AE)"}, terms[0]})
	must(t, err)
	if want := (enablemap.ImportResult{Updated: 1, Unchanged: 1}); !reflect.DeepEqual(res, want) {
		t.Errorf("re-import = %+v, want %+v (terms match in any case)", res, want)
	}
	_, err = db.ImportGlossary(ctx, p.ID, []enablemap.GlossaryTerm{{Term: "BANT", Meaning: "x"}, {Term: "bant", Meaning: "y"}})
	wantCode(t, err, enablemap.EINVALID, "twice")
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	want := []enablemap.GlossaryTerm{terms[0], {Term: "sql", Meaning: "sales-qualified lead (handed to an AE)"}}
	if !reflect.DeepEqual(ws.Glossary, want) {
		t.Errorf("glossary = %+v, want %+v", ws.Glossary, want)
	}
	must(t, db.DeleteGlossaryTerm(ctx, p.ID, "DISCO"))
	wantCode(t, db.DeleteGlossaryTerm(ctx, p.ID, "disco"), enablemap.ENOTFOUND)
}

func testDecisions(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	p := newProject(t, db, "p")
	var ds []enablemap.Decision
	for i, k := range []enablemap.DecisionKind{enablemap.Rename, enablemap.Move, enablemap.ConfirmMatch} {
		d := enablemap.Decision{Kind: k, ResponseID: fmt.Sprintf("R%d", i), MaterialID: "M1", Text: "Awareness", Reason: "why", Author: "ana"}
		before := time.Now().Add(-time.Second)
		must(t, db.AddDecision(ctx, p.ID, &d))
		if d.ID == 0 || d.Seq != int64(i+1) || d.CreatedAt.Before(before) {
			t.Errorf("AddDecision set ID %d, Seq %d, CreatedAt %v; want an id, seq %d, now", d.ID, d.Seq, d.CreatedAt, i+1)
		}
		ds = append(ds, d)
	}
	must(t, db.DeleteDecision(ctx, p.ID, ds[2].ID))
	d := enablemap.Decision{Kind: enablemap.Accept, ResponseID: "R9"}
	must(t, db.AddDecision(ctx, p.ID, &d))
	if d.Seq != 4 {
		t.Errorf("after deleting the last decision the next Seq = %d, want 4 (never reused)", d.Seq)
	}
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	if want := []enablemap.Decision{ds[0], ds[1], d}; !reflect.DeepEqual(ws.Decisions, want) {
		t.Errorf("decisions =\n %+v\nwant\n %+v", ws.Decisions, want)
	}
	wantCode(t, db.AddDecision(ctx, p.ID, &enablemap.Decision{}), enablemap.EINVALID, "kind")
}

func testConcurrentDecisions(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	p := newProject(t, db, "p")
	const n = 16
	var (
		wg   sync.WaitGroup
		errs = make(chan error, n)
	)
	for i := range n {
		wg.Go(func() {
			errs <- db.AddDecision(ctx, p.ID, &enablemap.Decision{Kind: enablemap.Accept, ResponseID: fmt.Sprintf("R%d", i)})
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		must(t, err)
	}
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	for i, d := range ws.Decisions {
		if d.Seq != int64(i+1) {
			t.Fatalf("decision %d has Seq %d, want %d (seqs 1..%d, no gaps or repeats)", i, d.Seq, i+1, n)
		}
	}
	if len(ws.Decisions) != n {
		t.Errorf("got %d decisions, want %d", len(ws.Decisions), n)
	}
}

func testRoadmap(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	p := newProject(t, db, "p")
	it := enablemap.RoadmapItem{ResponseID: "R7", Kind: "talk track", Title: "Talk track for the CFO call", Owner: "PMM", Due: "2024-06-30"}
	must(t, db.SaveRoadmapItem(ctx, p.ID, &it))
	if it.ID == 0 || it.Version != 1 || it.Status != enablemap.Planned || it.CreatedAt.IsZero() {
		t.Fatalf("created item = %+v, want id, version 1, status planned, timestamps", it)
	}
	// Two people load the item; both save; the second is refused.
	alice, bob := it, it
	alice.Status = enablemap.InProgress
	must(t, db.SaveRoadmapItem(ctx, p.ID, &alice))
	if alice.Version != 2 {
		t.Errorf("after update Version = %d, want 2", alice.Version)
	}
	bob.Owner = "Bob"
	wantCode(t, db.SaveRoadmapItem(ctx, p.ID, &bob), enablemap.ECONFLICT, "changed by someone else")
	if bob.Version != 1 {
		t.Errorf("a refused save changed the caller's item to version %d", bob.Version)
	}
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	if !reflect.DeepEqual(ws.Roadmap, []enablemap.RoadmapItem{alice}) {
		t.Errorf("road map = %+v, want alice's save intact %+v", ws.Roadmap, alice)
	}
	wantCode(t, db.SaveRoadmapItem(ctx, p.ID, &enablemap.RoadmapItem{Title: "x", Status: "someday"}), enablemap.EINVALID, "someday")
	wantCode(t, db.SaveRoadmapItem(ctx, p.ID, &enablemap.RoadmapItem{}), enablemap.EINVALID, "title")
	must(t, db.DeleteRoadmapItem(ctx, p.ID, it.ID))
	wantCode(t, db.DeleteRoadmapItem(ctx, p.ID, it.ID), enablemap.ENOTFOUND)
}

func testProjectVersionConflict(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	p := newProject(t, db, "p", "Prospecting")
	alice, err := db.Project(ctx, p.ID)
	must(t, err)
	bob, err := db.Project(ctx, p.ID)
	must(t, err)
	alice.Description = "alice's description"
	must(t, db.UpdateProject(ctx, &alice))
	bob.SalesStages = append(bob.SalesStages, "Demo")
	wantCode(t, db.UpdateProject(ctx, &bob), enablemap.ECONFLICT, "version 1", "now 2")
	got, err := db.Project(ctx, p.ID)
	must(t, err)
	if !reflect.DeepEqual(got, alice) {
		t.Errorf("after the refused save Project() = %+v, want alice's %+v", got, alice)
	}
	// Reloading and saving again works.
	got.SalesStages = append(got.SalesStages, "Demo")
	must(t, db.UpdateProject(ctx, &got))
	if got.Version != 3 || got.Description != "alice's description" {
		t.Errorf("after reload and save = %+v, want version 3 with both changes", got)
	}
}

func testStageRemoval(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	p := newProject(t, db, "p", "Prospecting", "Qualification", "Discovery", "Unused")
	ins, rs := interviewData("", 2, 2, "Prospecting", "Qualification", "Discovery")
	_, err := db.ImportInterviews(ctx, p.ID, ins, rs, enablemap.ImportOptions{})
	must(t, err)
	d := enablemap.Decision{Kind: enablemap.Move, ResponseID: rs[0].ID, Text: "consideration"}
	must(t, db.AddDecision(ctx, p.ID, &d))
	p, err = db.Project(ctx, p.ID)
	must(t, err)

	tryStages := func(sales, buying []string) error {
		q := p
		q.SalesStages, q.BuyingStages = sales, buying
		return db.UpdateProject(ctx, &q)
	}
	err = tryStages([]string{"Prospecting", "Discovery", "Unused"}, p.BuyingStages)
	wantCode(t, err, enablemap.EINVALID, `"Qualification"`, "responses use it")
	err = tryStages(p.SalesStages, []string{"Awareness", "Decision"})
	wantCode(t, err, enablemap.EINVALID, `"Consideration"`, "decision", rs[0].ID)
	got, err := db.Project(ctx, p.ID)
	must(t, err)
	if !reflect.DeepEqual(got, p) {
		t.Errorf("refused updates changed the project to %+v", got)
	}

	// Unused stages go; a change of case only renames the stage in the
	// responses too.
	p.SalesStages = []string{"PROSPECTING", "Qualification", "Discovery"}
	p.BuyingStages = []string{"Awareness", "Consideration"}
	must(t, db.UpdateProject(ctx, &p))
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	if !slices.Equal(ws.Project.SalesStages, p.SalesStages) || !slices.Equal(ws.Project.BuyingStages, p.BuyingStages) {
		t.Errorf("stages = %q / %q, want %q / %q", ws.Project.SalesStages, ws.Project.BuyingStages, p.SalesStages, p.BuyingStages)
	}
	for _, r := range ws.Responses {
		if r.FromStage == "Prospecting" || r.ToStage == "Prospecting" {
			t.Errorf("response %s still says %q after the stage was respelled", r.ID, "Prospecting")
		}
	}
}

// fullWorkspace fills a project with one of everything.
func fullWorkspace(t *testing.T, db *DB, name string) enablemap.Workspace {
	t.Helper()
	ctx := context.Background()
	p := newProject(t, db, name, "Prospecting", "Qualification", "Discovery")
	ins, rs := interviewData("", 3, 3)
	ins[2].FromLink, ins[2].Interviewer = true, "link"
	_, err := db.ImportInterviews(ctx, p.ID, ins, rs, enablemap.ImportOptions{})
	must(t, err)
	_, err = db.ImportMaterials(ctx, p.ID, []enablemap.Material{
		{ID: "M1", Title: "Case study", Type: "case study", Tags: []string{"peer", "roi"}},
		{ID: "M2", Title: "Swag order form", Type: "form"}})
	must(t, err)
	_, err = db.ImportGlossary(ctx, p.ID, []enablemap.GlossaryTerm{{Term: "disco", Meaning: "discovery call"}})
	must(t, err)
	for _, d := range []enablemap.Decision{
		{Kind: enablemap.Move, ResponseID: rs[0].ID, Text: "Awareness", Author: "ana"},
		{Kind: enablemap.SetAside, MaterialID: "M2", Reason: "not sales material", Author: "ben"},
		{Kind: enablemap.Merge, ResponseID: rs[1].ID, OtherResponseID: rs[4].ID, Author: "ana"},
	} {
		must(t, db.AddDecision(ctx, p.ID, &d))
	}
	must(t, db.DeleteDecision(ctx, p.ID, 2)) // leaves a gap in Seq that a restore keeps
	it := enablemap.RoadmapItem{ResponseID: rs[2].ID, Kind: "talk track", Title: "Pricing talk track", Due: "2024-09-01"}
	must(t, db.SaveRoadmapItem(ctx, p.ID, &it))
	it.Status = enablemap.Done
	must(t, db.SaveRoadmapItem(ctx, p.ID, &it))
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	return ws
}

// withoutIDs blanks what a restore or copy renumbers: database ids,
// versions and the project's own timestamps.
func withoutIDs(ws enablemap.Workspace) enablemap.Workspace {
	ws.Project.ID, ws.Project.Name, ws.Project.Version, ws.Project.CreatedAt, ws.Project.UpdatedAt = 0, "", 0, time.Time{}, time.Time{}
	ws.Decisions = slices.Clone(ws.Decisions)
	for i := range ws.Decisions {
		ws.Decisions[i].ID = 0
	}
	ws.Roadmap = slices.Clone(ws.Roadmap)
	for i := range ws.Roadmap {
		ws.Roadmap[i].ID, ws.Roadmap[i].Version = 0, 0
	}
	return ws
}

func testRestore(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	ws := fullWorkspace(t, db, "original")
	if len(ws.Decisions) != 2 || ws.Decisions[1].Seq != 3 {
		t.Fatalf("fixture decisions = %+v, want seqs 1 and 3", ws.Decisions)
	}

	_, err := db.RestoreProject(ctx, ws)
	wantCode(t, err, enablemap.ECONFLICT, "original")

	ws.Project.Name = "restored"
	p, err := db.RestoreProject(ctx, ws)
	must(t, err)
	if p.ID == ws.Project.ID || p.Name != "restored" || p.Version != 1 {
		t.Errorf("RestoreProject returned %+v, want a new project named restored at version 1", p)
	}
	got, err := db.Workspace(ctx, p.ID)
	must(t, err)
	if !reflect.DeepEqual(withoutIDs(got), withoutIDs(ws)) {
		t.Errorf("restored workspace differs:\n got %+v\nwant %+v", withoutIDs(got), withoutIDs(ws))
	}
	// The restored project numbers new decisions after the restored ones.
	d := enablemap.Decision{Kind: enablemap.Accept, ResponseID: "R1"}
	must(t, db.AddDecision(ctx, p.ID, &d))
	if d.Seq != 4 {
		t.Errorf("first new decision after restore has Seq %d, want 4", d.Seq)
	}

	// A restore that fails half-way writes nothing.
	bad := ws
	bad.Project.Name = "broken"
	bad.Responses = append(slices.Clone(ws.Responses), enablemap.Response{ID: "X", InterviewID: "nobody", FromStage: "a", ToStage: "b", Activity: "c"})
	_, err = db.RestoreProject(ctx, bad)
	wantCode(t, err, enablemap.EINVALID, "nobody")
	_, err = db.ProjectByName(ctx, "broken")
	wantCode(t, err, enablemap.ENOTFOUND)
}

func testBackup(t *testing.T, db *DB, e engine, _ string) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "backups", "copy.db")
	if e.name != "sqlite" {
		wantCode(t, db.Backup(ctx, path), enablemap.EINVALID, "pg_dump", "pg_restore")
		return
	}
	ws := fullWorkspace(t, db, "p")
	must(t, db.Backup(ctx, path))
	wantCode(t, db.Backup(ctx, path), enablemap.ECONFLICT, "exists")

	// The live database goes on; the copy keeps what it had.
	_, err := db.ImportGlossary(ctx, ws.Project.ID, []enablemap.GlossaryTerm{{Term: "after", Meaning: "the backup"}})
	must(t, err)

	cp, err := Open(ctx, path)
	must(t, err)
	defer cp.Close()
	got, err := cp.Workspace(ctx, ws.Project.ID)
	must(t, err)
	if !reflect.DeepEqual(got, ws) {
		t.Errorf("backup copy differs:\n got %+v\nwant %+v", got, ws)
	}
}

func testMigrateOnce(t *testing.T, db *DB, _ engine, dsn string) {
	ctx := context.Background()
	p := newProject(t, db, "kept")
	// Several processes (or replicas) opening the same database at once.
	const n = 6
	var wg sync.WaitGroup
	errs := make(chan error, n)
	for range n {
		wg.Go(func() {
			other, err := Open(ctx, dsn)
			if err == nil {
				err = other.Close()
			}
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		must(t, err)
	}
	var rows, distinct int
	must(t, db.db.QueryRowContext(ctx, "SELECT COUNT(*), COUNT(DISTINCT version) FROM schema_migrations").Scan(&rows, &distinct))
	ms, err := migrations(db.dialect)
	must(t, err)
	if rows != len(ms) || distinct != len(ms) {
		t.Errorf("schema_migrations has %d rows (%d versions), want %d", rows, distinct, len(ms))
	}
	got, err := db.Project(ctx, p.ID)
	must(t, err)
	if got.Name != "kept" {
		t.Errorf("reopening lost data: %+v", got)
	}
}

// TestConcurrentFirstMigration starts several stores on one empty
// PostgreSQL schema at the same moment, as replicas of a fresh deployment
// do: exactly one of them may create the tables.
func TestConcurrentFirstMigration(t *testing.T) {
	forEachEngine(t, func(t *testing.T, e engine) {
		dsn := e.newDSN(t)
		ctx := context.Background()
		const n = 8
		var (
			wg    sync.WaitGroup
			start = make(chan struct{})
			errs  = make(chan error, n)
		)
		for range n {
			wg.Go(func() {
				<-start
				db, err := Open(ctx, dsn)
				if err == nil {
					err = db.Close()
				}
				errs <- err
			})
		}
		close(start)
		wg.Wait()
		close(errs)
		for err := range errs {
			if err != nil {
				t.Errorf("concurrent Open: %v", err)
			}
		}
		db, err := Open(ctx, dsn)
		must(t, err)
		defer db.Close()
		var rows int
		must(t, db.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM schema_migrations").Scan(&rows))
		ms, err := migrations(db.dialect)
		must(t, err)
		if rows != len(ms) {
			t.Errorf("schema_migrations has %d rows, want %d", rows, len(ms))
		}
	})
}

func TestOpenRefusesBadDSN(t *testing.T) {
	for _, c := range []struct{ name, dsn, want string }{
		{"empty", "  ", "no database"},
		{"question mark", filepath.Join(t.TempDir(), "a?b.db"), "'?'"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := Open(context.Background(), c.dsn)
			wantCode(t, err, enablemap.EINVALID, c.want)
		})
	}
}

func TestReadMigrations(t *testing.T) {
	ms, err := migrations(sqliteDialect)
	must(t, err)
	for i, m := range ms {
		if m.version != i+1 {
			t.Errorf("migration %s has number %d, want %d (no gaps)", m.name, m.version, i+1)
		}
		if strings.Contains(m.sql, "{{") {
			t.Errorf("migration %s keeps an unreplaced marker", m.name)
		}
	}
	pg, err := migrations(postgresDialect)
	must(t, err)
	if !strings.Contains(pg[0].sql, "TIMESTAMPTZ") || strings.Contains(ms[0].sql, "TIMESTAMPTZ") {
		t.Errorf("dialect words not substituted as expected")
	}
}

func TestReadMigrationsRefusesBadFiles(t *testing.T) {
	for _, c := range []struct {
		name  string
		files fstest.MapFS
		want  string // "" for success
		order []int
	}{
		{"ordered by number", fstest.MapFS{
			"m/0010_later.sql": {Data: []byte("SELECT 10")}, "m/0002_b.sql": {Data: []byte("SELECT 2")},
			"m/README.md": {Data: []byte("not a migration")},
		}, "", []int{2, 10}},
		{"no number", fstest.MapFS{"m/users.sql": {Data: []byte("")}}, "must start with a positive number", nil},
		{"zero", fstest.MapFS{"m/0000_x.sql": {Data: []byte("")}}, "must start with a positive number", nil},
		{"same number twice", fstest.MapFS{"m/0002_a.sql": {Data: []byte("")}, "m/2_b.sql": {Data: []byte("")}}, "same number", nil},
	} {
		t.Run(c.name, func(t *testing.T) {
			ms, err := readMigrations(c.files, "m", sqliteDialect)
			if c.want != "" {
				if err == nil || !strings.Contains(err.Error(), c.want) {
					t.Fatalf("got error %v, want one saying %q", err, c.want)
				}
				return
			}
			must(t, err)
			var got []int
			for _, m := range ms {
				got = append(got, m.version)
			}
			if !slices.Equal(got, c.order) {
				t.Errorf("versions = %v, want %v", got, c.order)
			}
		})
	}
}

func TestOpenRefusesNewerSchema(t *testing.T) {
	forEachEngine(t, func(t *testing.T, e engine) {
		db, dsn := openFresh(t, e)
		ctx := context.Background()
		_, err := db.db.ExecContext(ctx, "INSERT INTO schema_migrations (version, name, applied_at) VALUES (9999, '9999_future.sql', $1)", time.Now().UTC())
		must(t, err)
		_, err = Open(ctx, dsn)
		if err == nil || !strings.Contains(err.Error(), "version 9999") || !strings.Contains(err.Error(), "newer enablemap") {
			t.Fatalf("Open of a database from a newer enablemap: got %v, want a refusal naming version 9999", err)
		}
	})
}
