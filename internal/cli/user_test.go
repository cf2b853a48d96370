package cli

import (
	"bytes"
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/auth"
	"github.com/enablemap/enablemap/internal/store"
)

// runIn is run with standard input.
func runIn(t *testing.T, db, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	env := &Env{Stdin: strings.NewReader(stdin), Stdout: &out, Stderr: &errOut, Getenv: func(k string) string {
		if k == "ENABLEMAP_DB" {
			return db
		}
		return ""
	}}
	code := Main(context.Background(), args, env)
	return code, out.String(), errOut.String()
}

func TestUserCommand(t *testing.T) {
	db := filepath.Join(t.TempDir(), "u.db")
	mustRun(t, db, "demo")

	tests := []struct {
		name     string
		stdin    string
		args     []string
		code     int
		contains string
	}{
		{"the first account must be an owner", "", []string{"user", "add", "eve@example.com", "--role", "viewer"}, 1, "first account must be an owner"},
		{"first owner, password generated", "", []string{"user", "add", "ana@example.com", "--name", "Ana", "--role", "owner"}, 0, "password: "},
		{"a member with a piped password", "a piped password\n", []string{"user", "add", "bob@example.com", "--role", "viewer", "--workspace", "marketing"}, 0, "created bob@example.com, viewer in Marketing"},
		{"too short a password", "short\n", []string{"user", "add", "cy@example.com", "--workspace", "Marketing"}, 1, "at least 10"},
		{"a new workspace needs its owner first", "", []string{"user", "add", "bob@example.com", "--role", "editor", "--workspace", "Field"}, 1, "adding its owner first"},
		{"an existing user joins another workspace", "", []string{"user", "add", "bob@example.com", "--role", "owner", "--workspace", "Field"}, 0, "added bob@example.com, owner in Field"},
		{"unknown role", "", []string{"user", "add", "x@example.com", "--role", "admin", "--workspace", "Field"}, 1, "unknown role"},
		{"list", "", []string{"user", "list"}, 0, "Field (owner), Marketing (viewer)"},
		{"passwd from stdin", "another good password\n", []string{"user", "passwd", "BOB@example.com"}, 0, "new password set for bob@example.com"},
		{"passwd of nobody", "", []string{"user", "passwd", "nobody@example.com"}, 1, "no user"},
		{"unknown subcommand", "", []string{"user", "delete", "x"}, 2, "unknown subcommand"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runIn(t, db, tt.stdin, tt.args...)
			if code != tt.code || !strings.Contains(out+errOut, tt.contains) {
				t.Fatalf("exit %d, output %q %q; want exit %d mentioning %q", code, out, errOut, tt.code, tt.contains)
			}
		})
	}

	// The passwords work, and the demo made before setup belongs to the
	// first workspace.
	st, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer st.Close()
	ctx := context.Background()
	bob, err := st.UserByEmail(ctx, "bob@example.com")
	if err != nil {
		t.Fatal(err)
	}
	if err := auth.NewHasher(auth.DefaultParams, 1).Verify(ctx, bob.PasswordHash, "another good password"); err != nil {
		t.Fatalf("the new password does not verify: %v", err)
	}
	team, err := st.TeamByName(ctx, "Marketing")
	if err != nil {
		t.Fatal(err)
	}
	ps, err := st.TeamProjects(ctx, team.ID, true)
	if err != nil || len(ps) != 1 {
		t.Fatalf("Marketing holds %d projects (%v), want the demo", len(ps), err)
	}
}
