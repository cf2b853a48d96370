package cli

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/projectfile"
)

// run runs the command line with a database in dir and returns its exit
// code, standard output and standard error.
func run(t *testing.T, db string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(""), Stdout: &out, Stderr: &errOut, Getenv: func(k string) string {
		switch k {
		case "ENABLEMAP_DB":
			return db
		case "HOME":
			return filepath.Dir(db)
		}
		return ""
	}}
	code := Main(context.Background(), args, env)
	return code, out.String(), errOut.String()
}

func mustRun(t *testing.T, db string, args ...string) string {
	t.Helper()
	code, out, errOut := run(t, db, args...)
	if code != 0 {
		t.Fatalf("enablemap %s: exit %d\nstdout: %s\nstderr: %s", strings.Join(args, " "), code, out, errOut)
	}
	return out
}

func writeFile(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

const interviewsCSV = "response_id,interview_id,interviewee,role,region,interview_date,from_stage,to_stage,activity,goal,notes\r\n" +
	"R1,I1,Ann Lee,AE,West,2025-01-10,Lead,Qualified,Send the customer case study to the champion,show them a peer succeeded,\r\n" +
	"R2,I1,Ann Lee,AE,West,2025-01-10,Qualified,Proposal,Build the ROI business case with the CFO,justify the spend,\r\n" +
	"R3,I2,Bo Chan,SDR,East,2025-01-11,Lead,Qualified,email the case study about a similar customer,prove it works for peers,\r\n" +
	"R4,I2,Bo Chan,SDR,East,2025-01-11,Qualified,Proposal,update the CRM opportunity fields,keep the forecast right,\r\n" +
	"R5,I2,Bo Chan,SDR,East,2025-01-11,Qualified,Proposal,I wish marketing would give us better slides,,\r\n"

const materialsCSV = "material_id,title,type,description,url,owner,updated,tags\n" +
	"M1,How Acme cut costs: customer case study,Case study,A peer customer story with results,https://x/m1,PMM,2024-05-01,case study;customer\n" +
	"M2,Company logo pack,Logos,,https://x/m2,Brand,2023-01-01,brand\n"

func TestCLIJourney(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "em.db")
	ivs := writeFile(t, dir, "interviews.csv", interviewsCSV)
	mats := writeFile(t, dir, "materials.csv", materialsCSV)

	out := mustRun(t, db, "project", "create", "Q3 launch", "--buying-stages", "acd", "--sales-stages", "Lead,Qualified,Proposal")
	if !strings.Contains(out, "Awareness > Consideration > Decision") {
		t.Errorf("create output lacks the acd stages: %s", out)
	}
	mustRun(t, db, "import", "interviews", ivs, "--project", "Q3 launch")
	out = mustRun(t, db, "import", "interviews", ivs, "--project", "Q3 launch")
	if !strings.Contains(out, "0 created") {
		t.Errorf("second import created rows: %s", out)
	}
	mustRun(t, db, "import", "materials", mats, "--project", "Q3 launch")

	a := analyzeJSON(t, db, "Q3 launch")
	if got := len(a.Wants); got != 1 || a.Wants[0] != "R5" {
		t.Errorf("wants = %v, want [R5]", a.Wants)
	}
	act, ok := a.ActivityOfResponse("R1")
	if !ok {
		t.Fatalf("R1 is in no activity: %+v", a.Activities)
	}

	mustRun(t, db, "decide", "rename", "--project", "Q3 launch", "--activity", act.ID, "--name", "Share a peer case study")
	mustRun(t, db, "decide", "move", "--project", "Q3 launch", "--activity", "R1", "--stage", "decision")
	mustRun(t, db, "decide", "set-aside", "--project", "Q3 launch", "--material", "M1", "--reason", "out of date")
	a = analyzeJSON(t, db, "Q3 launch")
	act, _ = a.ActivityOfResponse("R1")
	if act.Name != "Share a peer case study" || act.BuyingStage != "Decision" {
		t.Errorf("decisions not applied: name %q stage %q", act.Name, act.BuyingStage)
	}
	for _, m := range a.Materials {
		if m.MaterialID == "M1" && !m.SetAside {
			t.Errorf("M1 not set aside after the decision")
		}
	}
	// A decision survives re-import.
	mustRun(t, db, "import", "interviews", ivs, "--project", "Q3 launch")
	a = analyzeJSON(t, db, "Q3 launch")
	if act, _ = a.ActivityOfResponse("R1"); act.Name != "Share a peer case study" {
		t.Errorf("rename lost on re-import: %q", act.Name)
	}

	mustRun(t, db, "roadmap", "add", "--project", "Q3 launch", "--activity", "R1", "--kind", "case study", "--title", "New peer story", "--due", "2026-01-31")
	if out = mustRun(t, db, "roadmap", "list", "--project", "Q3 launch"); !strings.Contains(out, "New peer story") {
		t.Errorf("roadmap list: %s", out)
	}

	md := mustRun(t, db, "analyze", "--project", "Q3 launch", "--format", "md")
	if !strings.Contains(md, "Share a peer case study") {
		t.Errorf("markdown report lacks the renamed activity")
	}

	// Export, restore under another name, export again: the same document but for the name.
	exp1 := filepath.Join(dir, "q3.json")
	mustRun(t, db, "export", "--project", "Q3 launch", "--out", exp1)
	mustRun(t, db, "import", "project", exp1, "--name", "Q3 copy")
	exp2 := filepath.Join(dir, "q3copy.json")
	mustRun(t, db, "export", "--project", "Q3 copy", "--out", exp2)
	b1, _ := os.ReadFile(exp1)
	b2, _ := os.ReadFile(exp2)
	if got := strings.Replace(string(b2), `"Q3 copy"`, `"Q3 launch"`, 1); got != string(b1) {
		t.Errorf("export after restore differs from the original export")
	}

	backup := filepath.Join(dir, "backup.db")
	mustRun(t, db, "backup", backup)
	if out = mustRun(t, backup, "project", "list"); !strings.Contains(out, "Q3 copy") {
		t.Errorf("backup lacks the projects: %s", out)
	}
}

func analyzeJSON(t *testing.T, db, project string) enablemap.Analysis {
	t.Helper()
	out := mustRun(t, db, "analyze", "--project", project, "--format", "json")
	var a enablemap.Analysis
	if err := json.Unmarshal([]byte(out), &a); err != nil {
		t.Fatalf("analysis is not JSON: %v\n%s", err, out)
	}
	return a
}

func TestCLIErrors(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "em.db")
	mustRun(t, db, "project", "create", "P", "--sales-stages", "Lead,Qualified,Proposal")
	bad := writeFile(t, dir, "bad.csv", "interview_id,interviewee,from_stage,to_stage,activity\nI1,Ann,Lead,Qualified,call them\nI1,Ann,Lead,Qualified,\n")
	tests := []struct {
		name     string
		args     []string
		code     int
		contains []string
	}{
		{"missing value names file, row and column", []string{"import", "interviews", bad, "--project", "P"}, 1, []string{"bad.csv", "row 3", "activity"}},
		{"missing column", []string{"import", "materials", bad, "--project", "P"}, 1, []string{"bad.csv", "material_id"}},
		{"unknown project", []string{"analyze", "--project", "nope"}, 1, []string{"no project named \"nope\""}},
		{"unknown format", []string{"analyze", "--project", "P", "--format", "pdf"}, 1, []string{"--format"}},
		{"unknown command", []string{"frobnicate"}, 2, []string{"unknown command"}},
		{"unknown template", []string{"project", "create", "Q", "--buying-stages", "nope"}, 1, []string{"neither a template"}},
		{"decide needs flags", []string{"decide", "rename", "--project", "P"}, 1, []string{"--activity"}},
		{"decide unknown response", []string{"decide", "rename", "--project", "P", "--activity", "R9", "--name", "x"}, 1, []string{"no activity A-R9 and no response R9"}},
		{"strict stages", []string{"import", "interviews", writeFile(t, dir, "s.csv", "interview_id,interviewee,from_stage,to_stage,activity\nI1,Ann,Lead,Closing,call them\n"), "--project", "P", "--strict-stages"}, 1, []string{"Closing"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := run(t, db, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tt.code, out, errOut)
			}
			for _, c := range tt.contains {
				if !strings.Contains(errOut, c) {
					t.Errorf("stderr %q lacks %q", errOut, c)
				}
			}
		})
	}
	// Nothing was written by the failed imports.
	if out := mustRun(t, db, "project", "show", "P"); !strings.Contains(out, "interviews 0, responses 0") {
		t.Errorf("a failed import wrote something: %s", out)
	}
}

func TestCLIOneShotAnalyze(t *testing.T) {
	dir := t.TempDir()
	ivs := writeFile(t, dir, "interviews.csv", interviewsCSV)
	mats := writeFile(t, dir, "materials.csv", materialsCSV)
	for _, format := range []string{"json", "md", "csv"} {
		t.Run(format, func(t *testing.T) {
			out := mustRun(t, filepath.Join(dir, "unused.db"), "analyze", "--interviews", ivs, "--materials", mats, "--format", format)
			if !strings.Contains(out, "R1") && format != "md" {
				t.Errorf("%s output lacks response R1:\n%s", format, out)
			}
			if len(out) == 0 {
				t.Error("empty output")
			}
		})
	}
	if _, err := os.Stat(filepath.Join(dir, "unused.db")); err == nil {
		t.Error("one-shot analyze created a database")
	}
}

func TestHelpOnEveryCommand(t *testing.T) {
	for _, c := range commands() {
		t.Run(c.name, func(t *testing.T) {
			code, _, errOut := run(t, filepath.Join(t.TempDir(), "x.db"), c.name, "--help")
			if code != 0 {
				t.Errorf("exit %d", code)
			}
			if !strings.Contains(errOut, "Usage: enablemap "+c.name) && !strings.Contains(errOut, "Usage: enablemap") {
				t.Errorf("help lacks a usage line: %s", errOut)
			}
			if !strings.Contains(strings.ToLower(errOut), "example") && c.name != "version" {
				t.Errorf("help of %s has no example", c.name)
			}
		})
	}
}

// TestHelpOnEverySubcommand checks that "enablemap GROUP SUB --help" explains
// that subcommand, with its usage and an example, not only its group.
func TestHelpOnEverySubcommand(t *testing.T) {
	subs := []string{
		"decide confirm", "decide reject", "decide set-aside", "decide keep", "decide rename",
		"decide move", "decide relevance", "decide merge", "decide split", "decide move-response",
		"decide want", "decide accept", "decide list", "decide undo",
		"project create", "project list", "project show", "project update", "project archive",
		"project unarchive", "project delete",
		"roadmap add", "roadmap list", "roadmap update", "roadmap delete",
		"user add", "user list", "user passwd", "user adopt",
	}
	for _, sub := range subs {
		t.Run(sub, func(t *testing.T) {
			args := append(strings.Fields(sub), "--help")
			code, _, errOut := run(t, filepath.Join(t.TempDir(), "x.db"), args...)
			if code != 0 {
				t.Errorf("exit %d", code)
			}
			if !strings.HasPrefix(errOut, "Usage: enablemap "+sub) {
				t.Errorf("help does not start with its own usage line:\n%s", errOut)
			}
			if !strings.Contains(errOut, "Example:\n  enablemap "+sub) {
				t.Errorf("help has no example of %s:\n%s", sub, errOut)
			}
		})
	}
}

func TestReportFormats(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "em.db")
	mustRun(t, db, "demo")
	tests := []struct {
		format, chart string
		magic         string // how the file starts
	}{
		{"md", "", "# "},
		{"json", "", "{"},
		{"csv", "", "id,"},
		{"html", "", "<!DOCTYPE html>"},
		{"xlsx", "", "PK"},
		{"svg", "", "<svg"},
		{"svg", "coverage", "<svg"},
		{"png", "", "\x89PNG"},
	}
	for _, tt := range tests {
		t.Run(tt.format+tt.chart, func(t *testing.T) {
			out := filepath.Join(dir, "r."+tt.format+tt.chart)
			args := []string{"report", "--project", "demo", "--format", tt.format, "--out", out}
			if tt.chart != "" {
				args = append(args, "--chart", tt.chart)
			}
			mustRun(t, db, args...)
			b, err := os.ReadFile(out)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.HasPrefix(strings.TrimLeft(string(b), " \n"), tt.magic) && !strings.Contains(string(b[:min(len(b), 200)]), tt.magic) {
				t.Errorf("%s report starts %q, want %q", tt.format, b[:min(len(b), 40)], tt.magic)
			}
		})
	}
	if code, _, errOut := run(t, db, "report", "--project", "demo", "--format", "md", "--chart", "coverage"); code != 1 || !strings.Contains(errOut, "--format svg") {
		t.Errorf("--chart without svg: exit %d, %s", code, errOut)
	}
}

func TestImportPlacesNewStagesByTransition(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "em.db")
	mustRun(t, db, "project", "create", "P")
	csv := writeFile(t, dir, "i.csv", "interview_id,interviewee,from_stage,to_stage,activity\n"+
		"I1,Ann,Qualification,Discovery,run the discovery call\n"+
		"I1,Ann,Discovery,Demo,show the demo\n"+
		"I1,Ann,Prospecting,Qualification,cold call the account\n")
	out := mustRun(t, db, "import", "interviews", csv, "--project", "P")
	if !strings.Contains(out, "sales stages added: Qualification, Discovery, Demo, Prospecting") {
		t.Errorf("added stages not reported in order of first appearance: %s", out)
	}
	if out = mustRun(t, db, "project", "show", "P"); !strings.Contains(out, "Prospecting > Qualification > Discovery > Demo") {
		t.Errorf("stages not placed by their transitions: %s", out)
	}
}

func TestGlobalDBFlagAndEmptyProject(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "global.db")
	// --db before the command applies to it; ENABLEMAP_DB points elsewhere.
	mustRun(t, filepath.Join(dir, "other.db"), "--db", db, "project", "create", "Empty")
	if out := mustRun(t, filepath.Join(dir, "other.db"), "--db="+db, "project", "list"); !strings.Contains(out, "Empty") {
		t.Errorf("--db before the command was ignored: %s", out)
	}
	if code, _, errOut := run(t, db, "--db"); code != 2 || !strings.Contains(errOut, "--db needs a value") {
		t.Errorf("--db without a value: exit %d, %s", code, errOut)
	}
	md := mustRun(t, db, "analyze", "--project", "Empty", "--format", "md")
	if !strings.Contains(md, "no activities yet: import interviews first") {
		t.Errorf("an empty project's report does not say to import interviews:\n%s", md)
	}
	out := mustRun(t, db, "decide", "list", "--project", "Empty")
	if !strings.Contains(out, "no decisions yet") {
		t.Errorf("decide list: %s", out)
	}
}

func TestRestorePlacesNewStagesByTransition(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "em.db")
	ws := enablemap.Workspace{
		Project:    enablemap.Project{Name: "R", BuyingStages: []string{"Awareness", "Decision"}},
		Interviews: []enablemap.Interview{{ID: "I1", Interviewee: "Ann"}},
		Responses: []enablemap.Response{
			{ID: "R1", InterviewID: "I1", FromStage: "Qualification", ToStage: "Discovery", Activity: "run discovery", Position: 1},
			{ID: "R2", InterviewID: "I1", FromStage: "Prospecting", ToStage: "Qualification", Activity: "cold call", Position: 2},
		},
	}
	var buf bytes.Buffer
	if err := projectfile.Encode(&buf, ws); err != nil {
		t.Fatal(err)
	}
	file := writeFile(t, dir, "r.json", buf.String())
	mustRun(t, db, "import", "project", file)
	if out := mustRun(t, db, "project", "show", "R"); !strings.Contains(out, "Prospecting > Qualification > Discovery") {
		t.Errorf("restored stages not placed by their transitions: %s", out)
	}
}
