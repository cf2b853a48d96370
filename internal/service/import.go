package service

import (
	"context"
	"fmt"
	"io"
	"strings"

	"github.com/enablemap/enablemap/internal/demo"
	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/importer"
	"github.com/enablemap/enablemap/internal/projectfile"
)

// Import kinds.
const (
	KindInterviews = "interviews"
	KindMaterials  = "materials"
	KindGlossary   = "glossary"
)

// Import reads a CSV or XLSX file of the given kind and writes it into a
// project in one transaction: a file with any error writes nothing.
func (s *Service) Import(ctx context.Context, projectID int64, kind, name string, r io.Reader, opts enablemap.ImportOptions) (enablemap.ImportResult, error) {
	res, err := s.importFile(ctx, projectID, kind, name, r, opts)
	if err != nil {
		return res, err
	}
	return res, s.audit(ctx, projectID, "import "+strings.ToLower(kind), name, nil, res)
}

func (s *Service) importFile(ctx context.Context, projectID int64, kind, name string, r io.Reader, opts enablemap.ImportOptions) (enablemap.ImportResult, error) {
	var res enablemap.ImportResult
	switch strings.ToLower(kind) {
	case KindInterviews:
		ivs, rs, err := importer.ReadInterviews(name, r)
		if err != nil {
			return res, err
		}
		return s.store.ImportInterviews(ctx, projectID, ivs, rs, opts)
	case KindMaterials:
		ms, err := importer.ReadMaterials(name, r)
		if err != nil {
			return res, err
		}
		return s.store.ImportMaterials(ctx, projectID, ms)
	case KindGlossary:
		ts, err := importer.ReadGlossary(name, r)
		if err != nil {
			return res, err
		}
		return s.store.ImportGlossary(ctx, projectID, ts)
	}
	return res, enablemap.FieldError("kind", "cannot import %q: choose interviews, materials or glossary", kind)
}

// ExportProject writes a whole project as one JSON document.
func (s *Service) ExportProject(ctx context.Context, projectID int64, w io.Writer) error {
	ws, err := s.store.Workspace(ctx, projectID)
	if err != nil {
		return err
	}
	return projectfile.Encode(w, ws)
}

// RestoreProject reads a project JSON document and stores it as a new
// project, named newName when that is not empty.
func (s *Service) RestoreProject(ctx context.Context, name string, r io.Reader, newName string) (enablemap.Project, error) {
	ws, err := projectfile.Decode(name, r)
	if err != nil {
		return enablemap.Project{}, err
	}
	if newName = strings.TrimSpace(newName); newName != "" {
		ws.Project.Name = newName
	}
	p, err := s.restore(ctx, ws)
	if err != nil {
		return p, err
	}
	return p, s.audit(ctx, p.ID, "restore project", p.Name, nil, p)
}

// DemoName is the name the demo project is stored under.
const DemoName = demo.ProjectName

// restore stores a workspace as a new project in the workspace a project
// made now goes into (targetTeam).
func (s *Service) restore(ctx context.Context, ws enablemap.Workspace) (enablemap.Project, error) {
	as, has := s.Accounts()
	if !has {
		return s.store.RestoreProject(ctx, ws)
	}
	team, err := s.targetTeam(ctx)
	if err != nil {
		return enablemap.Project{}, err
	}
	return as.RestoreTeamProject(ctx, team, ws)
}

// demoProject finds the demo of the workspace a project made now goes into.
func (s *Service) demoProject(ctx context.Context) (enablemap.Project, error) {
	as, has := s.Accounts()
	if !has {
		return s.store.ProjectByName(ctx, demo.ProjectName)
	}
	team, err := s.targetTeam(ctx)
	if err != nil {
		return enablemap.Project{}, err
	}
	return as.TeamProjectByName(ctx, team, demo.ProjectName)
}

// LoadDemo stores the built-in demo project in the caller's workspace (each
// workspace has its own). When it exists already it is returned as it is,
// unless reset is set, in which case it is replaced.
func (s *Service) LoadDemo(ctx context.Context, reset bool) (enablemap.Project, bool, error) {
	if p, err := s.demoProject(ctx); err == nil {
		if !reset {
			return p, false, nil
		}
		if err := s.store.DeleteProject(ctx, p.ID); err != nil {
			return p, false, fmt.Errorf("remove old demo: %w", err)
		}
	} else if enablemap.ErrorCode(err) != enablemap.ENOTFOUND {
		return p, false, err
	}
	ws, err := DemoWorkspace()
	if err != nil {
		return enablemap.Project{}, false, err
	}
	p, err := s.restore(ctx, ws)
	if err != nil {
		return p, false, err
	}
	if err := s.audit(ctx, p.ID, "load demo", p.Name, nil, nil); err != nil {
		return p, false, err
	}
	if err := s.seedDemo(ctx, p.ID); err != nil {
		return p, false, fmt.Errorf("demo decisions: %w", err)
	}
	return p, true, nil
}

// seedDemo makes a few decisions and road-map items in the demo, as an
// analyst would after a first look, so the pages show what decisions and a
// road map look like. They are ordinary decisions: undo them like any other.
func (s *Service) seedDemo(ctx context.Context, projectID int64) error {
	a, _, err := s.Analyze(ctx, projectID)
	if err != nil {
		return err
	}
	const who = "demo"
	// Accept the most needed activity and confirm its best material.
	for _, act := range a.Activities {
		if !act.MarketingRelevant || !act.Covered {
			continue
		}
		anchor := act.ResponseIDs[0]
		if _, err := s.Decide(ctx, projectID, enablemap.Decision{Kind: enablemap.Accept, ResponseID: anchor, Author: who}); err != nil {
			return err
		}
		for _, m := range a.Materials {
			if len(m.Matches) > 0 && m.Matches[0].ActivityID == act.ID && !m.SetAside {
				if _, err := s.Decide(ctx, projectID, enablemap.Decision{Kind: enablemap.ConfirmMatch, ResponseID: anchor, MaterialID: m.MaterialID, Author: who}); err != nil {
					return err
				}
				break
			}
		}
		break
	}
	// Confirm one set-aside suggestion with a reason of the analyst's own.
	for _, m := range a.Materials {
		if m.SetAside {
			if _, err := s.Decide(ctx, projectID, enablemap.Decision{Kind: enablemap.SetAside, MaterialID: m.MaterialID,
				Reason: "reviewed: not something a rep uses with a buyer", Author: who}); err != nil {
				return err
			}
			break
		}
	}
	// Plan material for the two holes of highest priority.
	statuses := []enablemap.RoadmapStatus{enablemap.InProgress, enablemap.Planned}
	for i, h := range a.HoleDetails {
		if i == len(statuses) {
			break
		}
		act, ok := a.ActivityByID(h.ActivityID)
		if !ok {
			continue
		}
		kind := "talk track"
		if len(h.MaterialTypes) > 0 {
			kind = h.MaterialTypes[0]
		}
		item := enablemap.RoadmapItem{ResponseID: act.ResponseIDs[0], Kind: kind, Title: kind + ": " + act.Name,
			Owner: "Product Marketing", Status: statuses[i]}
		if err := s.SaveRoadmapItem(ctx, projectID, &item); err != nil {
			return err
		}
	}
	return nil
}

// DemoWorkspace builds the demo project's workspace from the files built
// into the binary.
func DemoWorkspace() (enablemap.Workspace, error) {
	var ws enablemap.Workspace
	stages, _ := enablemap.BuyingStageTemplate(demo.BuyingTemplate)
	ws.Project = enablemap.Project{Name: demo.ProjectName, Description: demo.Description,
		SalesStages: append([]string(nil), demo.SalesStages...), BuyingStages: stages}
	var err error
	ws.Interviews, ws.Responses, err = importer.ReadInterviews("demo/interviews.csv", strings.NewReader(string(demo.Interviews())))
	if err != nil {
		return ws, fmt.Errorf("demo interviews: %w", err)
	}
	ws.Project.SalesStages, _ = enablemap.MergeSalesStages(ws.Project.SalesStages, ws.Responses)
	if ws.Materials, err = importer.ReadMaterials("demo/materials.csv", strings.NewReader(string(demo.Materials()))); err != nil {
		return ws, fmt.Errorf("demo materials: %w", err)
	}
	if ws.Glossary, err = importer.ReadGlossary("demo/glossary.csv", strings.NewReader(string(demo.Glossary()))); err != nil {
		return ws, fmt.Errorf("demo glossary: %w", err)
	}
	return ws, nil
}
