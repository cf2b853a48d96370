package auth

import "fmt"

// Role is what a member may do in a workspace.
type Role string

const (
	// Viewer reads projects and exports them.
	Viewer Role = "viewer"
	// Editor changes everything in projects: interviews, decisions, road
	// map, imports, contributor links.
	Editor Role = "editor"
	// Owner also manages members, API tokens, workspace settings and reads
	// the audit log.
	Owner Role = "owner"
)

// Roles lists the roles from least to most powerful.
var Roles = []Role{Viewer, Editor, Owner}

func (r Role) rank() int {
	switch r {
	case Viewer:
		return 1
	case Editor:
		return 2
	case Owner:
		return 3
	}
	return 0
}

// Valid reports whether r is a known role.
func (r Role) Valid() bool { return r.rank() > 0 }

// AtLeast reports whether r grants everything min grants. An unknown role
// grants nothing.
func (r Role) AtLeast(min Role) bool { return r.rank() > 0 && r.rank() >= min.rank() }

// ParseRole reads a role name.
func ParseRole(s string) (Role, error) {
	r := Role(s)
	if !r.Valid() {
		return "", fmt.Errorf("unknown role %q (choose owner, editor or viewer)", s)
	}
	return r, nil
}
