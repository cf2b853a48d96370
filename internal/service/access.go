package service

import (
	"context"
	"encoding/json"
	"fmt"
	"slices"
	"strconv"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// Actor is who makes a call: a signed-in user, a program with an API token,
// or a sales rep through a contributor link. The web layer puts it in the
// request's context after checking who it is; the service scopes project
// lists to the actor's workspace and writes the audit log in its name.
type Actor struct {
	UserID int64  // 0 for API tokens and links
	Name   string // shown in the audit log and as the author of decisions
	TeamID int64  // the workspace the call is made in
	Role   string // owner, editor or viewer
}

type actorKey struct{}

// WithActor returns a context that carries a.
func WithActor(ctx context.Context, a Actor) context.Context {
	return context.WithValue(ctx, actorKey{}, a)
}

// ActorOf returns the actor of a call, if the caller named one. Calls
// without one (the command line, which runs with the database owner's
// rights) see every project and are logged as "cli" when a project has a
// workspace.
func ActorOf(ctx context.Context) (Actor, bool) {
	a, ok := ctx.Value(actorKey{}).(Actor)
	return a, ok
}

// Accounts returns the store's account side, when it has one.
func (s *Service) Accounts() (enablemap.AccountStore, bool) {
	as, ok := s.store.(enablemap.AccountStore)
	return as, ok
}

// targetTeam is the workspace a project made now goes into: the actor's;
// without one (the command line) the only workspace when there is exactly
// one; otherwise none (0), where it waits for the next first-run setup or
// for 'enablemap user adopt'.
func (s *Service) targetTeam(ctx context.Context) (int64, error) {
	as, has := s.Accounts()
	if !has {
		return 0, nil
	}
	if a, ok := ActorOf(ctx); ok {
		return a.TeamID, nil
	}
	teams, err := as.Teams(ctx)
	if err != nil {
		return 0, fmt.Errorf("find the workspace: %w", err)
	}
	if len(teams) != 1 {
		return 0, nil
	}
	return teams[0].ID, nil
}

// teamProjects lists the actor's workspace's projects; ok is false when the
// call is not scoped to a workspace.
func (s *Service) teamProjects(ctx context.Context, includeArchived bool) ([]enablemap.Project, bool, error) {
	a, ok := ActorOf(ctx)
	as, has := s.Accounts()
	if !ok || !has || a.TeamID == 0 {
		return nil, false, nil
	}
	ps, err := as.TeamProjects(ctx, a.TeamID, includeArchived)
	return ps, true, err
}

// audit records a change in the audit log of the project's workspace (or
// the actor's, for changes outside a project). before and after are stored
// as JSON; nil is stored as empty. The entry is written right after the
// change: the store offers no way to join the two in one transaction
// without each of its methods knowing about the log.
func (s *Service) audit(ctx context.Context, projectID int64, action, target string, before, after any) error {
	e, err := s.auditEntry(ctx, projectID, action, target, before, after)
	if err != nil || e == nil {
		return err
	}
	as, _ := s.Accounts()
	if err := as.AddAudit(ctx, e); err != nil {
		return fmt.Errorf("audit %s: %w", action, err)
	}
	return nil
}

func auditJSON(v any) (string, error) {
	if v == nil {
		return "", nil
	}
	b, err := json.Marshal(v)
	if string(b) == "null" {
		return "", err // a nil pointer: there was nothing before
	}
	return string(b), err
}

// AuthorOf names who makes a decision: a signed-in person is always
// themselves; a program with an API token may say on whose behalf it acts
// (the audit log still names the token), else it is the token.
func AuthorOf(ctx context.Context, given string) string {
	a, ok := ActorOf(ctx)
	switch {
	case !ok || a.Name == "":
		return given
	case a.UserID != 0 || given == "":
		return a.Name
	}
	return given
}

// decisionTarget names what a decision is about, for conflict checks and
// the audit log: the material for material decisions, else the activity.
func decisionTarget(d enablemap.Decision) string {
	switch d.Kind {
	case enablemap.SetAside, enablemap.KeepMaterial:
		return "material " + d.MaterialID
	case enablemap.ConfirmMatch, enablemap.RejectMatch:
		return "material " + d.MaterialID + " for activity A-" + d.ResponseID
	}
	return "activity A-" + d.ResponseID
}

// checkBase refuses a decision when the activity or material it is about
// got a newer decision than the one the person saw (baseSeq): a second
// person saving on an old page must not silently overwrite the first.
// baseSeq < 0 means the caller did not say, and nothing is checked.
func (s *Service) checkBase(ws enablemap.Workspace, d enablemap.Decision, baseSeq int64) error {
	if baseSeq < 0 {
		return nil
	}
	var newer []enablemap.Decision
	for _, old := range ws.Decisions {
		if old.Seq > baseSeq {
			newer = append(newer, old)
		}
	}
	return conflictWith(d, newer, s.activityMembers(ws, d))
}

// activityMembers is the set of responses the analysis puts with
// d.ResponseID now: a newer decision naming any of them touched the same
// activity.
func (s *Service) activityMembers(ws enablemap.Workspace, d enablemap.Decision) map[string]bool {
	members := map[string]bool{}
	if d.ResponseID == "" {
		return members
	}
	members[d.ResponseID] = true
	for _, act := range s.AnalyzeWorkspace(ws).Activities {
		if slices.Contains(act.ResponseIDs, d.ResponseID) {
			for _, id := range act.ResponseIDs {
				members[id] = true
			}
			break
		}
	}
	return members
}

// conflictWith returns the conflict of d with the newest of the newer
// decisions that touched its activity or material, or nil.
func conflictWith(d enablemap.Decision, newer []enablemap.Decision, members map[string]bool) error {
	materialOnly := d.Kind == enablemap.SetAside || d.Kind == enablemap.KeepMaterial
	for i := len(newer) - 1; i >= 0; i-- {
		old := newer[i]
		touched := d.MaterialID != "" && old.MaterialID == d.MaterialID
		if !materialOnly && old.MaterialID == "" && (members[old.ResponseID] || members[old.OtherResponseID]) {
			touched = true
		}
		if !touched {
			continue
		}
		who := old.Author
		if who == "" {
			who = "someone"
		}
		return &enablemap.Error{Code: enablemap.ECONFLICT, Field: "base_seq", Message: fmt.Sprintf(
			"%s changed this %s meanwhile (%s, decision %d at %s UTC); your change was not saved. Reload the page to see theirs, then decide again.",
			who, targetNoun(d), kindLabel(old.Kind), old.Seq, old.CreatedAt.Format("2006-01-02 15:04"))}
	}
	return nil
}

// checkedDecider is a store that checks for conflicts and writes the audit
// entry in the transaction that records a decision.
type checkedDecider interface {
	AddDecisionChecked(ctx context.Context, projectID int64, d *enablemap.Decision, baseSeq int64,
		check func(newer []enablemap.Decision) error, audit func(saved enablemap.Decision) (*enablemap.AuditEntry, error)) error
}

// auditEntry builds the audit entry of a change, or nil when nobody could
// read it (no accounts, or a project outside any workspace).
func (s *Service) auditEntry(ctx context.Context, projectID int64, action, target string, before, after any) (*enablemap.AuditEntry, error) {
	as, has := s.Accounts()
	if !has {
		return nil, nil
	}
	a, ok := ActorOf(ctx)
	e := enablemap.AuditEntry{ProjectID: projectID, Action: action, Target: target, Actor: a.Name, TeamID: a.TeamID}
	if !ok {
		e.Actor = "cli"
	}
	if projectID != 0 {
		team, err := as.ProjectTeam(ctx, projectID)
		if err != nil && enablemap.ErrorCode(err) != enablemap.ENOTFOUND {
			return nil, fmt.Errorf("audit %s: %w", action, err)
		}
		if team != 0 {
			e.TeamID = team
		}
	}
	if e.TeamID == 0 {
		return nil, nil
	}
	var err error
	if e.Before, err = auditJSON(before); err != nil {
		return nil, fmt.Errorf("audit %s: %w", action, err)
	}
	if e.After, err = auditJSON(after); err != nil {
		return nil, fmt.Errorf("audit %s: %w", action, err)
	}
	return &e, nil
}

func targetNoun(d enablemap.Decision) string {
	switch d.Kind {
	case enablemap.SetAside, enablemap.KeepMaterial, enablemap.ConfirmMatch, enablemap.RejectMatch:
		return "material"
	}
	return "activity"
}

func kindLabel(k enablemap.DecisionKind) string {
	switch k {
	case enablemap.ConfirmMatch:
		return "confirmed a match"
	case enablemap.RejectMatch:
		return "rejected a match"
	case enablemap.SetAside:
		return "set it aside"
	case enablemap.KeepMaterial:
		return "kept it"
	case enablemap.Rename:
		return "renamed it"
	case enablemap.Move:
		return "moved it"
	case enablemap.Relevance:
		return "changed its relevance"
	case enablemap.Merge:
		return "merged it"
	case enablemap.Split:
		return "split it"
	case enablemap.MoveResponse:
		return "moved a response"
	case enablemap.MarkWant:
		return "marked a want"
	case enablemap.Accept:
		return "accepted it"
	}
	return string(k)
}

// ParseBaseSeq reads the base_seq a form or request carries: empty means
// not given (-1).
func ParseBaseSeq(s string) (int64, error) {
	if s == "" {
		return -1, nil
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil || n < 0 {
		return -1, enablemap.FieldError("base_seq", "base_seq %q is not a decision number", s)
	}
	return n, nil
}

// LatestSeq returns the newest decision number of a workspace, the base
// a page hands to its forms.
func LatestSeq(ws enablemap.Workspace) int64 {
	var n int64
	for _, d := range ws.Decisions {
		n = max(n, d.Seq)
	}
	return n
}
