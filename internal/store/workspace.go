package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// Workspace loads a project and everything in it from one snapshot:
// interviews, responses, materials and glossary in import order, decisions in
// Seq order, the road map in creation order.
func (s *DB) Workspace(ctx context.Context, projectID int64) (enablemap.Workspace, error) {
	var ws enablemap.Workspace
	err := s.read(ctx, func(tx *sql.Tx) (err error) {
		if ws.Project, err = s.loadProject(ctx, tx, projectID, false); err != nil {
			return err
		}
		if ws.Interviews, err = loadInterviews(ctx, tx, projectID); err != nil {
			return err
		}
		if ws.Responses, err = loadResponses(ctx, tx, projectID); err != nil {
			return err
		}
		if ws.Materials, err = loadMaterials(ctx, tx, projectID); err != nil {
			return err
		}
		if ws.Glossary, _, err = loadGlossary(ctx, tx, projectID); err != nil {
			return err
		}
		if ws.Decisions, err = loadDecisions(ctx, tx, projectID); err != nil {
			return err
		}
		ws.Roadmap, err = loadRoadmap(ctx, tx, projectID)
		return err
	})
	if err != nil {
		return enablemap.Workspace{}, err
	}
	return ws, nil
}

// queryAll runs a query and scans every row with scan; what names the rows
// in errors ("load interviews: ...").
func queryAll[T any](ctx context.Context, tx *sql.Tx, what string, scan func(rowScanner) (T, error), query string, args ...any) ([]T, error) {
	rows, err := tx.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	defer rows.Close()
	var out []T
	for rows.Next() {
		v, err := scan(rows)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", what, err)
		}
		out = append(out, v)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", what, err)
	}
	return out, nil
}

func loadInterviews(ctx context.Context, tx *sql.Tx, projectID int64) ([]enablemap.Interview, error) {
	return queryAll(ctx, tx, "load interviews", func(row rowScanner) (enablemap.Interview, error) {
		var (
			in       enablemap.Interview
			reviewed sql.NullTime
		)
		err := row.Scan(&in.ID, &in.Interviewee, &in.Role, &in.Region, &in.Date, &in.Interviewer, &in.FromLink, &reviewed, &in.ReviewedBy)
		in.ReviewedAt = fromNull(reviewed)
		return in, err
	}, `SELECT id, interviewee, role, region, interview_date, interviewer, from_link, reviewed_at, reviewed_by
FROM interviews WHERE project_id = $1 ORDER BY position`, projectID)
}

func loadResponses(ctx context.Context, tx *sql.Tx, projectID int64) ([]enablemap.Response, error) {
	return queryAll(ctx, tx, "load responses", func(row rowScanner) (enablemap.Response, error) {
		var (
			r   enablemap.Response
			pos int64
		)
		err := row.Scan(&r.ID, &r.InterviewID, &r.FromStage, &r.ToStage, &r.Activity, &r.Goal, &r.Notes, &pos)
		r.Position = int(pos)
		return r, err
	}, `SELECT id, interview_id, from_stage, to_stage, activity, goal, notes, position
FROM responses WHERE project_id = $1 ORDER BY position`, projectID)
}

// RestoreProject writes ws as a new project in one transaction: interviews,
// responses, materials and glossary in the order given, decisions with their
// Seq, Author and CreatedAt, the road map with its timestamps. Database ids
// and versions are new. Sales stages the responses name but the project
// lacks are added, as an import would. The project belongs to no team.
func (s *DB) RestoreProject(ctx context.Context, ws enablemap.Workspace) (enablemap.Project, error) {
	return s.RestoreTeamProject(ctx, 0, ws)
}

// RestoreTeamProject is RestoreProject into a team (0: none); the name
// must be free in that team only.
func (s *DB) RestoreTeamProject(ctx context.Context, teamID int64, ws enablemap.Workspace) (enablemap.Project, error) {
	p := ws.Project
	p.ID, p.Version = 0, 0
	if err := validateProject(&p); err != nil {
		return enablemap.Project{}, err
	}
	if err := validateWorkspace(ws); err != nil {
		return enablemap.Project{}, err
	}
	stages := newStageFixer(p, false)
	responses := make([]enablemap.Response, len(ws.Responses))
	for i, r := range ws.Responses {
		field := fmt.Sprintf("responses[%d]", i)
		var err error
		if r.FromStage, err = stages.fix(field+".from_stage", r.ID, r.FromStage, p.Name); err != nil {
			return enablemap.Project{}, err
		}
		if r.ToStage, err = stages.fix(field+".to_stage", r.ID, r.ToStage, p.Name); err != nil {
			return enablemap.Project{}, err
		}
		responses[i] = r
	}
	if len(stages.added) > 0 {
		// Placed by their transitions, as an import places them.
		p.SalesStages, _ = enablemap.MergeSalesStages(p.SalesStages, responses)
	}

	err := s.write(ctx, func(tx *sql.Tx) error {
		if teamID != 0 {
			if err := s.lockTeam(ctx, tx, teamID); err != nil {
				return err
			}
		}
		if err := s.insertProject(ctx, tx, teamID, &p); err != nil {
			return err
		}
		w, err := newInterviewWriter(ctx, tx, p.ID)
		if err != nil {
			return err
		}
		defer w.close()
		for i, in := range ws.Interviews {
			if err := w.insertInterview(ctx, in, int64(i+1)); err != nil {
				return err
			}
		}
		for i, r := range responses {
			if err := w.insertResponse(ctx, r, int64(i+1)); err != nil {
				return err
			}
		}
		if err := w.finish(ctx); err != nil {
			return err
		}
		materials := newMaterialBatch(tx)
		for i, m := range ws.Materials {
			if err := materials.add(ctx, p.ID, m.ID, m.Title, m.Type, m.Description, m.URL, m.Owner, m.Updated, encodeList(m.Tags), i+1); err != nil {
				return err
			}
		}
		if err := materials.flush(ctx); err != nil {
			return err
		}
		for i, g := range ws.Glossary {
			if _, err := tx.ExecContext(ctx, "INSERT INTO glossary_terms (project_id, term_key, term, meaning, position) VALUES ($1, $2, $3, $4, $5)",
				p.ID, termKey(g.Term), g.Term, g.Meaning, i+1); err != nil {
				return fmt.Errorf("insert glossary term %q: %w", g.Term, err)
			}
		}
		now := s.now()
		// Decisions without a Seq follow the numbered ones, in the order given.
		var lastSeq int64
		for _, d := range ws.Decisions {
			lastSeq = max(lastSeq, d.Seq)
		}
		for _, d := range ws.Decisions {
			if d.Seq == 0 {
				lastSeq++
				d.Seq = lastSeq
			}
			if d.CreatedAt.IsZero() {
				d.CreatedAt = now
			}
			if err := insertDecision(ctx, tx, p.ID, &d); err != nil {
				return err
			}
		}
		for _, it := range ws.Roadmap {
			if it.Status == "" {
				it.Status = enablemap.Planned
			}
			if it.CreatedAt.IsZero() {
				it.CreatedAt = now
			}
			if it.UpdatedAt.IsZero() {
				it.UpdatedAt = it.CreatedAt
			}
			it.Version = 1
			if err := insertRoadmapItem(ctx, tx, p.ID, &it); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return enablemap.Project{}, err
	}
	return p, nil
}

// validateWorkspace checks what RestoreProject writes, before it begins.
func validateWorkspace(ws enablemap.Workspace) error {
	interviews := map[string]bool{}
	for i, in := range ws.Interviews {
		field := fmt.Sprintf("interviews[%d]", i)
		if err := validateInterview(field, in); err != nil {
			return err
		}
		if interviews[in.ID] {
			return enablemap.FieldError(field+".id", "interview %q appears twice", in.ID)
		}
		interviews[in.ID] = true
	}
	responses := map[string]bool{}
	for i, r := range ws.Responses {
		field := fmt.Sprintf("responses[%d]", i)
		if err := validateResponse(field, r); err != nil {
			return err
		}
		if responses[r.ID] {
			return enablemap.FieldError(field+".id", "response %q appears twice", r.ID)
		}
		if !interviews[r.InterviewID] {
			return enablemap.FieldError(field+".interview_id", "response %q names interview %q, which is not in the project", r.ID, r.InterviewID)
		}
		responses[r.ID] = true
	}
	materials := map[string]bool{}
	for i, m := range ws.Materials {
		field := fmt.Sprintf("materials[%d]", i)
		switch {
		case strings.TrimSpace(m.ID) == "":
			return enablemap.FieldError(field+".id", "material %q has no id", m.Title)
		case strings.TrimSpace(m.Title) == "":
			return enablemap.FieldError(field+".title", "material %q has no title", m.ID)
		case materials[m.ID]:
			return enablemap.FieldError(field+".id", "material %q appears twice", m.ID)
		}
		materials[m.ID] = true
	}
	terms := map[string]bool{}
	for i, g := range ws.Glossary {
		field := fmt.Sprintf("glossary[%d]", i)
		k := termKey(g.Term)
		switch {
		case k == "":
			return enablemap.FieldError(field+".term", "a glossary term is empty")
		case terms[k]:
			return enablemap.FieldError(field+".term", "glossary term %q appears twice", g.Term)
		}
		terms[k] = true
	}
	seqs := map[int64]bool{}
	for i, d := range ws.Decisions {
		field := fmt.Sprintf("decisions[%d]", i)
		switch {
		case strings.TrimSpace(string(d.Kind)) == "":
			return enablemap.FieldError(field+".kind", "a decision needs a kind")
		case d.Seq < 0:
			return enablemap.FieldError(field+".seq", "decision seq %d is negative", d.Seq)
		case d.Seq > 0 && seqs[d.Seq]:
			return enablemap.FieldError(field+".seq", "two decisions have seq %d", d.Seq)
		}
		seqs[d.Seq] = true
	}
	for i := range ws.Roadmap {
		it := ws.Roadmap[i]
		if err := validateRoadmapItem(&it); err != nil {
			var e *enablemap.Error
			if errors.As(err, &e) {
				e.Field = fmt.Sprintf("roadmap[%d].%s", i, e.Field)
			}
			return err
		}
	}
	return nil
}
