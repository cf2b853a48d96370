// Package service is the one layer the CLI, the web pages and the JSON API
// call: it validates input, runs the store's transactions and the analysis
// engine, and keeps no state that must be shared between replicas (the
// analysis cache is keyed by the content of the workspace, so a replica can
// never serve a stale analysis).
package service

import (
	"context"
	"crypto/sha256"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"sync"

	"github.com/enablemap/enablemap/internal/analysis"
	"github.com/enablemap/enablemap/internal/enablemap"
)

// Service holds the store and a small cache of analyses.
type Service struct {
	store enablemap.Store

	mu    sync.Mutex
	cache map[[32]byte]enablemap.Analysis
	order [][32]byte // insertion order, for eviction
}

// cacheSize bounds the number of analyses kept in memory.
const cacheSize = 16

// New returns a Service over a store.
func New(st enablemap.Store) *Service {
	return &Service{store: st, cache: map[[32]byte]enablemap.Analysis{}}
}

// Store returns the underlying store.
func (s *Service) Store() enablemap.Store { return s.store }

// NewProject is what it takes to create a project.
type NewProject struct {
	Name        string
	Description string
	// BuyingTemplate names a built-in template (gartner, classic, acd); it is
	// ignored when BuyingStages is set. Empty means gartner.
	BuyingTemplate string
	BuyingStages   []string
	SalesStages    []string
}

// CreateProject validates and creates a project.
func (s *Service) CreateProject(ctx context.Context, np NewProject) (enablemap.Project, error) {
	p := enablemap.Project{
		Name:        strings.TrimSpace(np.Name),
		Description: strings.TrimSpace(np.Description),
		SalesStages: trimAll(np.SalesStages),
	}
	if p.Name == "" {
		return p, enablemap.FieldError("name", "a project needs a name")
	}
	if len(p.Name) > 200 {
		return p, enablemap.FieldError("name", "the name is longer than 200 characters")
	}
	if len(np.BuyingStages) > 0 {
		p.BuyingStages = trimAll(np.BuyingStages)
	} else {
		tmpl := np.BuyingTemplate
		if tmpl == "" {
			tmpl = "gartner"
		}
		stages, ok := enablemap.BuyingStageTemplate(tmpl)
		if !ok {
			return p, enablemap.FieldError("buying_stages", "unknown buying-stage template %q (choose %s, or give a list of stages)",
				tmpl, strings.Join(enablemap.BuyingStageTemplateNames(), ", "))
		}
		p.BuyingStages = stages
	}
	if err := enablemap.ValidateStages("buying_stages", p.BuyingStages); err != nil {
		return p, err
	}
	if err := enablemap.ValidateStages("sales_stages", p.SalesStages); err != nil {
		return p, err
	}
	team, err := s.targetTeam(ctx)
	if err != nil {
		return p, err
	}
	if as, ok := s.Accounts(); ok {
		err = as.CreateTeamProject(ctx, team, &p)
	} else {
		err = s.store.CreateProject(ctx, &p)
	}
	if err != nil {
		return p, fmt.Errorf("create project %q: %w", p.Name, err)
	}
	return p, s.audit(ctx, p.ID, "create project", p.Name, nil, p)
}

// ResolveProject finds a project by numeric id or by name. A call made in a
// workspace (see Actor) finds that workspace's projects only; the command
// line, which acts for the whole installation, finds a name in any
// workspace, and a name several workspaces use is a conflict that lists
// them.
func (s *Service) ResolveProject(ctx context.Context, ref string) (enablemap.Project, error) {
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return enablemap.Project{}, enablemap.FieldError("project", "name a project (its name or id)")
	}
	a, scoped := ActorOf(ctx)
	as, has := s.Accounts()
	scoped = scoped && has
	if id, err := strconv.ParseInt(ref, 10, 64); err == nil {
		p, err := s.store.Project(ctx, id)
		if err == nil && scoped {
			// Another workspace's project is no business of this one.
			if team, terr := as.ProjectTeam(ctx, id); terr != nil {
				return p, terr
			} else if team != a.TeamID {
				err = enablemap.Errorf(enablemap.ENOTFOUND, "project %d not found", id)
			}
		}
		if err == nil {
			return p, nil
		} else if enablemap.ErrorCode(err) != enablemap.ENOTFOUND {
			return p, err
		}
	}
	byName := func(name string) (enablemap.Project, error) {
		if !has {
			return s.store.ProjectByName(ctx, name)
		}
		if scoped {
			return as.TeamProjectByName(ctx, a.TeamID, name)
		}
		found, err := as.ProjectsByName(ctx, name)
		switch {
		case err != nil:
			return enablemap.Project{}, err
		case len(found) == 1:
			return found[0].Project, nil
		case len(found) > 1:
			return enablemap.Project{}, ambiguous(name, found)
		}
		return enablemap.Project{}, enablemap.Errorf(enablemap.ENOTFOUND, "no project named %q", name)
	}
	p, err := byName(ref)
	if enablemap.ErrorCode(err) == enablemap.ENOTFOUND && strings.EqualFold(ref, "demo") {
		p, err = byName(DemoName)
	}
	if enablemap.ErrorCode(err) == enablemap.ENOTFOUND {
		return p, enablemap.Errorf(enablemap.ENOTFOUND, "no project named %q (see 'enablemap project list')", ref)
	}
	return p, err
}

// ambiguous is the conflict of a name that projects of several workspaces
// have, for callers that act for the whole installation (the command line).
func ambiguous(name string, found []enablemap.TeamProject) error {
	places := make([]string, len(found))
	for i, f := range found {
		where := "no workspace"
		if f.TeamID != 0 {
			where = fmt.Sprintf("workspace %q", f.TeamName)
		}
		places[i] = fmt.Sprintf("%s (project id %d)", where, f.Project.ID)
	}
	return &enablemap.Error{Code: enablemap.ECONFLICT, Field: "project", Message: fmt.Sprintf(
		"%d projects are named %q: in %s; give the project id instead, or the workspace with --workspace NAME",
		len(found), name, strings.Join(places, ", "))}
}

// Project returns a project by id.
func (s *Service) Project(ctx context.Context, id int64) (enablemap.Project, error) {
	return s.store.Project(ctx, id)
}

// Projects lists projects.
func (s *Service) Projects(ctx context.Context, includeArchived bool) ([]enablemap.Project, error) {
	if ps, scoped, err := s.teamProjects(ctx, includeArchived); scoped {
		return ps, err
	}
	return s.store.Projects(ctx, includeArchived)
}

// UpdateProject validates and saves a project's name, description, stages
// and archived flag; p.Version must be current.
func (s *Service) UpdateProject(ctx context.Context, p *enablemap.Project) error {
	p.Name = strings.TrimSpace(p.Name)
	if p.Name == "" {
		return enablemap.FieldError("name", "a project needs a name")
	}
	p.SalesStages = trimAll(p.SalesStages)
	p.BuyingStages = trimAll(p.BuyingStages)
	if len(p.BuyingStages) == 0 {
		return enablemap.FieldError("buying_stages", "a project needs at least one buying stage")
	}
	if err := enablemap.ValidateStages("buying_stages", p.BuyingStages); err != nil {
		return err
	}
	if err := enablemap.ValidateStages("sales_stages", p.SalesStages); err != nil {
		return err
	}
	before, err := s.store.Project(ctx, p.ID)
	if err != nil {
		return err
	}
	if err := s.store.UpdateProject(ctx, p); err != nil {
		return err
	}
	return s.audit(ctx, p.ID, "update project", p.Name, before, p)
}

// DeleteProject removes a project and everything in it.
func (s *Service) DeleteProject(ctx context.Context, id int64) error {
	before, err := s.store.Project(ctx, id)
	if err != nil {
		return err
	}
	if err := s.store.DeleteProject(ctx, id); err != nil {
		return err
	}
	return s.audit(ctx, 0, "delete project", before.Name, before, nil)
}

// Workspace loads everything in a project.
func (s *Service) Workspace(ctx context.Context, projectID int64) (enablemap.Workspace, error) {
	return s.store.Workspace(ctx, projectID)
}

// Analyze loads a project and analyses it. The result is cached by the
// content of the workspace.
func (s *Service) Analyze(ctx context.Context, projectID int64) (enablemap.Analysis, enablemap.Workspace, error) {
	ws, err := s.store.Workspace(ctx, projectID)
	if err != nil {
		return enablemap.Analysis{}, ws, err
	}
	return s.AnalyzeWorkspace(ws), ws, nil
}

// AnalyzeWorkspace analyses a workspace that need not be stored.
func (s *Service) AnalyzeWorkspace(ws enablemap.Workspace) enablemap.Analysis {
	key, err := fingerprint(ws)
	if err != nil {
		return analysis.Analyze(ws)
	}
	s.mu.Lock()
	a, ok := s.cache[key]
	s.mu.Unlock()
	if ok {
		return a
	}
	a = analysis.Analyze(ws)
	s.mu.Lock()
	if _, ok := s.cache[key]; !ok {
		s.cache[key] = a
		s.order = append(s.order, key)
		if len(s.order) > cacheSize {
			delete(s.cache, s.order[0])
			s.order = s.order[1:]
		}
	}
	s.mu.Unlock()
	return a
}

// fingerprint hashes what the analysis depends on. Road-map items and
// timestamps are left out: the engine does not read them.
func fingerprint(ws enablemap.Workspace) ([32]byte, error) {
	h := sha256.New()
	enc := json.NewEncoder(h)
	parts := []any{ws.Project.Name, ws.Project.SalesStages, ws.Project.BuyingStages,
		ws.Interviews, ws.Responses, ws.Materials, ws.Glossary}
	for _, p := range parts {
		if err := enc.Encode(p); err != nil {
			return [32]byte{}, err
		}
	}
	for _, d := range ws.Decisions {
		if err := enc.Encode([]any{d.Seq, d.Kind, d.ResponseID, d.OtherResponseID, d.MaterialID, d.Text, d.Reason}); err != nil {
			return [32]byte{}, err
		}
	}
	var key [32]byte
	copy(key[:], h.Sum(nil))
	return key, nil
}

func trimAll(in []string) []string {
	var out []string
	for _, s := range in {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
