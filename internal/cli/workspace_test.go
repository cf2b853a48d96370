package cli

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// Project names are unique per workspace; the command line, acting for the
// whole installation, asks which one a name means when several have it.
func TestProjectNameInSeveralWorkspaces(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "w.db")
	glossary := filepath.Join(dir, "glossary.csv")
	if err := os.WriteFile(glossary, []byte("term,meaning\ndisco,discovery call\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name     string
		args     []string
		code     int
		contains []string
	}{
		{"red owner", []string{"user", "add", "ana@example.com", "--role", "owner", "--workspace", "Red"}, 0, []string{"Red"}},
		{"blue owner", []string{"user", "add", "bo@example.com", "--role", "owner", "--workspace", "Blue"}, 0, []string{"Blue"}},
		{"create in red", []string{"project", "create", "Launch", "--workspace", "red", "--sales-stages", "Lead,Won"}, 0, []string{`created project "Launch"`}},
		{"create in blue", []string{"project", "create", "launch", "--workspace", "Blue", "--sales-stages", "Lead,Won"}, 0, []string{`created project "launch"`}},
		{"twice in blue", []string{"project", "create", "LAUNCH", "--workspace", "Blue"}, 1, []string{"exists already"}},
		{"list names the workspaces", []string{"project", "list"}, 0, []string{"WORKSPACE", "Red", "Blue"}},
		{"list one workspace", []string{"project", "list", "--workspace", "Red"}, 0, []string{"Launch", "Red"}},
		{"an ambiguous name", []string{"project", "show", "Launch"}, 1, []string{`2 projects are named "Launch"`, `workspace "Blue" (project id 2)`, `workspace "Red" (project id 1)`, "--workspace NAME"}},
		{"by workspace", []string{"project", "show", "Launch", "--workspace", "Blue"}, 0, []string{`project "launch" (id 2)`}},
		{"by id", []string{"project", "show", "1"}, 0, []string{`project "Launch" (id 1)`}},
		{"an unknown workspace", []string{"project", "show", "Launch", "--workspace", "Green"}, 1, []string{`no workspace named "Green"`}},
		{"a demo in red", []string{"demo", "--workspace", "Red"}, 0, []string{"loaded the demo project"}},
		{"a demo in blue", []string{"demo", "--workspace", "Blue"}, 0, []string{"loaded the demo project"}},
		{"red's demo again", []string{"demo", "--workspace", "Red"}, 0, []string{"is already in"}},
		{"--project is ambiguous too", []string{"analyze", "--project", "demo", "--format", "json"}, 1, []string{"projects are named", "--workspace NAME"}},
		{"--project with --workspace", []string{"roadmap", "list", "--project", "demo", "--workspace", "Blue"}, 0, nil},
		{"import into a workspace's project", []string{"import", "glossary", glossary, "--project", "Launch", "--workspace", "Red"}, 0, []string{`into "Launch"`}},
	}
	for _, st := range steps {
		t.Run(st.name, func(t *testing.T) {
			code, out, errOut := runIn(t, db, "a good long password\n", st.args...)
			if code != st.code {
				t.Fatalf("exit %d (%q %q), want %d", code, out, errOut, st.code)
			}
			for _, part := range st.contains {
				if !strings.Contains(out+errOut, part) {
					t.Errorf("output %q %q lacks %q", out, errOut, part)
				}
			}
		})
	}
}
