package service

import (
	"context"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// maxText bounds free-text fields typed into forms.
const maxText = 10000

var idPattern = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$`)

// SaveInterview validates an interview captured in a form and replaces it,
// with all its responses, in one transaction. Responses without an id get
// one derived from the interview id and their order; empty rows are dropped.
func (s *Service) SaveInterview(ctx context.Context, projectID int64, in enablemap.Interview, responses []enablemap.Response) (enablemap.Interview, []enablemap.Response, error) {
	p, err := s.store.Project(ctx, projectID)
	if err != nil {
		return in, nil, err
	}
	in.ID = strings.TrimSpace(in.ID)
	in.Interviewee = strings.TrimSpace(in.Interviewee)
	in.Role = strings.TrimSpace(in.Role)
	in.Region = strings.TrimSpace(in.Region)
	in.Date = strings.TrimSpace(in.Date)
	in.Interviewer = strings.TrimSpace(in.Interviewer)
	if in.Interviewee == "" {
		return in, nil, enablemap.FieldError("interviewee", "say who was interviewed")
	}
	if in.ID == "" {
		in.ID = "INT-" + slug(in.Interviewee) + "-" + strings.ReplaceAll(in.Date, "-", "")
		in.ID = strings.TrimRight(in.ID, "-")
	}
	if !idPattern.MatchString(in.ID) {
		return in, nil, enablemap.FieldError("interview_id", "interview id %q may hold only letters, digits and . _ : -", in.ID)
	}
	if in.Date != "" {
		if _, err := time.Parse("2006-01-02", in.Date); err != nil {
			return in, nil, enablemap.FieldError("interview_date", "date %q is not YYYY-MM-DD", in.Date)
		}
	}
	stages := map[string]bool{}
	for _, st := range p.SalesStages {
		stages[st] = true
	}
	var kept []enablemap.Response
	used := map[string]bool{}
	for i, r := range responses {
		r.Activity = strings.TrimSpace(r.Activity)
		r.Goal = strings.TrimSpace(r.Goal)
		r.Notes = strings.TrimSpace(r.Notes)
		r.FromStage = strings.TrimSpace(r.FromStage)
		r.ToStage = strings.TrimSpace(r.ToStage)
		r.ID = strings.TrimSpace(r.ID)
		if r.Activity == "" && r.Goal == "" && r.Notes == "" {
			continue
		}
		field := fmt.Sprintf("responses[%d]", i)
		if r.Activity == "" {
			return in, nil, enablemap.FieldError(field+".activity", "an activity is empty but its goal or notes are not")
		}
		for name, v := range map[string]string{"activity": r.Activity, "goal": r.Goal, "notes": r.Notes} {
			if len(v) > maxText {
				return in, nil, enablemap.FieldError(field+"."+name, "longer than %d characters", maxText)
			}
		}
		if !stages[r.FromStage] || !stages[r.ToStage] {
			return in, nil, enablemap.FieldError(field+".stage", "stages %q to %q are not sales stages of this project", r.FromStage, r.ToStage)
		}
		r.InterviewID = in.ID
		kept = append(kept, r)
	}
	for _, r := range kept {
		if r.ID != "" {
			used[r.ID] = true
		}
	}
	n := 0
	for i := range kept {
		if kept[i].ID != "" {
			continue
		}
		for {
			n++
			id := fmt.Sprintf("%s-%d", in.ID, n)
			if !used[id] {
				kept[i].ID = id
				used[id] = true
				break
			}
		}
	}
	if err := s.store.SaveInterview(ctx, projectID, in, kept); err != nil {
		return in, nil, fmt.Errorf("save interview %q: %w", in.ID, err)
	}
	return in, kept, s.audit(ctx, projectID, "save interview", in.ID, nil, map[string]any{"interview": in, "responses": kept})
}

// DeleteInterview removes an interview and its responses.
func (s *Service) DeleteInterview(ctx context.Context, projectID int64, interviewID string) error {
	if err := s.store.DeleteInterview(ctx, projectID, interviewID); err != nil {
		return err
	}
	return s.audit(ctx, projectID, "delete interview", interviewID, nil, nil)
}

// SaveGlossaryTerm adds or changes one glossary term.
func (s *Service) SaveGlossaryTerm(ctx context.Context, projectID int64, t enablemap.GlossaryTerm) error {
	t.Term = strings.TrimSpace(t.Term)
	t.Meaning = strings.TrimSpace(t.Meaning)
	if t.Term == "" {
		return enablemap.FieldError("term", "the term is empty")
	}
	if t.Meaning == "" {
		return enablemap.FieldError("meaning", "say what %q means in common terms", t.Term)
	}
	if len(t.Term) > 200 || len(t.Meaning) > 2000 {
		return enablemap.FieldError("meaning", "term or meaning too long")
	}
	if _, err := s.store.ImportGlossary(ctx, projectID, []enablemap.GlossaryTerm{t}); err != nil {
		return err
	}
	return s.audit(ctx, projectID, "save glossary term", t.Term, nil, t)
}

// DeleteGlossaryTerm removes a glossary term.
func (s *Service) DeleteGlossaryTerm(ctx context.Context, projectID int64, term string) error {
	if err := s.store.DeleteGlossaryTerm(ctx, projectID, term); err != nil {
		return err
	}
	return s.audit(ctx, projectID, "delete glossary term", term, nil, nil)
}

// SaveMaterial adds or changes one material.
func (s *Service) SaveMaterial(ctx context.Context, projectID int64, m enablemap.Material) error {
	m.ID = strings.TrimSpace(m.ID)
	m.Title = strings.TrimSpace(m.Title)
	if !idPattern.MatchString(m.ID) {
		return enablemap.FieldError("material_id", "material id %q may hold only letters, digits and . _ : -", m.ID)
	}
	if m.Title == "" {
		return enablemap.FieldError("title", "a material needs a title")
	}
	if len(m.Description) > maxText {
		return enablemap.FieldError("description", "longer than %d characters", maxText)
	}
	if _, err := s.store.ImportMaterials(ctx, projectID, []enablemap.Material{m}); err != nil {
		return err
	}
	return s.audit(ctx, projectID, "save material", m.ID, nil, m)
}

// DeleteMaterial removes a material.
func (s *Service) DeleteMaterial(ctx context.Context, projectID int64, id string) error {
	if err := s.store.DeleteMaterial(ctx, projectID, id); err != nil {
		return err
	}
	return s.audit(ctx, projectID, "delete material", id, nil, nil)
}

func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimRight(b.String(), "-")
	if len(out) > 40 {
		out = out[:40]
	}
	if out == "" {
		out = "rep"
	}
	return out
}
