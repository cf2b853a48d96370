package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// progressKey carries a func(rowsWritten int) through a context; imports
// call it as they go. Nothing in the product sets it: it lets the crash test
// stop an import at a known point inside its transaction.
type progressKey struct{}

func reportProgress(ctx context.Context, n int) {
	if f, ok := ctx.Value(progressKey{}).(func(int)); ok {
		f(n)
	}
}

func validateInterview(field string, in enablemap.Interview) error {
	if strings.TrimSpace(in.ID) == "" {
		return enablemap.FieldError(field+".id", "interview of %q has no id", in.Interviewee)
	}
	return nil
}

func validateResponse(field string, r enablemap.Response) error {
	switch {
	case strings.TrimSpace(r.ID) == "":
		return enablemap.FieldError(field+".id", "a response (activity %q) has no id", r.Activity)
	case strings.TrimSpace(r.InterviewID) == "":
		return enablemap.FieldError(field+".interview_id", "response %q names no interview", r.ID)
	case strings.TrimSpace(r.FromStage) == "":
		return enablemap.FieldError(field+".from_stage", "response %q has no from stage", r.ID)
	case strings.TrimSpace(r.ToStage) == "":
		return enablemap.FieldError(field+".to_stage", "response %q has no to stage", r.ID)
	case strings.TrimSpace(r.Activity) == "":
		return enablemap.FieldError(field+".activity", "response %q has no activity", r.ID)
	}
	return nil
}

// stored rows of one project, for upserts: what exists, and where new rows go.
type storedInterviews struct {
	byID    map[string]enablemap.Interview
	lastPos int64
}

type storedResponses struct {
	byID    map[string]enablemap.Response
	lastPos int64
}

func loadInterviewMap(ctx context.Context, tx *sql.Tx, projectID int64) (storedInterviews, error) {
	out := storedInterviews{byID: map[string]enablemap.Interview{}}
	rows, err := tx.QueryContext(ctx, `SELECT id, interviewee, role, region, interview_date, interviewer, from_link, position
FROM interviews WHERE project_id = $1`, projectID)
	if err != nil {
		return out, fmt.Errorf("load interviews: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var (
			in  enablemap.Interview
			pos int64
		)
		if err := rows.Scan(&in.ID, &in.Interviewee, &in.Role, &in.Region, &in.Date, &in.Interviewer, &in.FromLink, &pos); err != nil {
			return out, fmt.Errorf("load interviews: %w", err)
		}
		out.byID[in.ID] = in
		out.lastPos = max(out.lastPos, pos)
	}
	return out, rows.Err()
}

func loadResponseMap(ctx context.Context, tx *sql.Tx, projectID int64) (storedResponses, error) {
	out := storedResponses{byID: map[string]enablemap.Response{}}
	rows, err := tx.QueryContext(ctx, `SELECT id, interview_id, from_stage, to_stage, activity, goal, notes, position
FROM responses WHERE project_id = $1`, projectID)
	if err != nil {
		return out, fmt.Errorf("load responses: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var r enablemap.Response
		var pos int64
		if err := rows.Scan(&r.ID, &r.InterviewID, &r.FromStage, &r.ToStage, &r.Activity, &r.Goal, &r.Notes, &pos); err != nil {
			return out, fmt.Errorf("load responses: %w", err)
		}
		r.Position = int(pos)
		out.byID[r.ID] = r
		out.lastPos = max(out.lastPos, pos)
	}
	return out, rows.Err()
}

// stageFixer resolves the sales stages responses name against a project's
// list, in any case, and collects the missing ones unless strict.
type stageFixer struct {
	known  map[string]string
	strict bool
	added  []string
}

func newStageFixer(p enablemap.Project, strict bool) *stageFixer {
	return &stageFixer{known: stageIndex(p.SalesStages), strict: strict}
}

// fix returns the project's spelling of stage, adding it if allowed.
func (f *stageFixer) fix(field, responseID, stage, project string) (string, error) {
	stage = strings.TrimSpace(stage)
	key := strings.ToLower(stage)
	if st, ok := f.known[key]; ok {
		return st, nil
	}
	if f.strict {
		return "", enablemap.FieldError(field,
			"response %q names sales stage %q, which project %q does not have; add the stage to the project first, or import without strict stages",
			responseID, stage, project)
	}
	if len(stage) > 200 {
		return "", enablemap.FieldError(field, "response %q names a sales stage longer than 200 characters", responseID)
	}
	f.known[key] = stage
	f.added = append(f.added, stage)
	return stage, nil
}

// saveStages saves the stages a write added to the project, each placed
// where the responses' transitions put it (see enablemap.MergeSalesStages).
func (s *DB) saveStages(ctx context.Context, tx *sql.Tx, p enablemap.Project, added []string, responses []enablemap.Response) error {
	if len(added) == 0 {
		return nil
	}
	stages, _ := enablemap.MergeSalesStages(p.SalesStages, responses)
	_, err := tx.ExecContext(ctx, "UPDATE projects SET sales_stages = $1, updated_at = $2, version = version + 1 WHERE id = $3",
		encodeList(stages), s.now(), p.ID)
	if err != nil {
		return fmt.Errorf("add sales stages: %w", err)
	}
	return nil
}

// ImportInterviews upserts interviews and responses by id. New rows are
// appended in the order given; existing rows keep their place. Responses may
// name interviews of the same import or already stored ones. Sales stages
// are matched to the project's in any case; missing ones are added (in
// order of first appearance, each placed where the transitions put it), or
// refused with opts.StrictStages.
func (s *DB) ImportInterviews(ctx context.Context, projectID int64, interviews []enablemap.Interview, responses []enablemap.Response, opts enablemap.ImportOptions) (enablemap.ImportResult, error) {
	var res enablemap.ImportResult
	batchInterviews := map[string]bool{}
	for i, in := range interviews {
		field := fmt.Sprintf("interviews[%d]", i)
		if err := validateInterview(field, in); err != nil {
			return res, err
		}
		if batchInterviews[in.ID] {
			return res, enablemap.FieldError(field+".id", "interview %q appears twice in the import", in.ID)
		}
		batchInterviews[in.ID] = true
	}
	batchResponses := map[string]bool{}
	for i, r := range responses {
		field := fmt.Sprintf("responses[%d]", i)
		if err := validateResponse(field, r); err != nil {
			return res, err
		}
		if batchResponses[r.ID] {
			return res, enablemap.FieldError(field+".id", "response %q appears twice in the import", r.ID)
		}
		batchResponses[r.ID] = true
	}

	err := s.write(ctx, func(tx *sql.Tx) error {
		res = enablemap.ImportResult{}
		p, err := s.loadProject(ctx, tx, projectID, true)
		if err != nil {
			return err
		}
		oldInterviews, err := loadInterviewMap(ctx, tx, projectID)
		if err != nil {
			return err
		}
		oldResponses, err := loadResponseMap(ctx, tx, projectID)
		if err != nil {
			return err
		}
		stages := newStageFixer(p, opts.StrictStages)
		fixed := make([]enablemap.Response, len(responses))
		for i, r := range responses {
			field := fmt.Sprintf("responses[%d]", i)
			if _, ok := oldInterviews.byID[r.InterviewID]; !ok && !batchInterviews[r.InterviewID] {
				return enablemap.FieldError(field+".interview_id", "response %q names interview %q, which is neither in the import nor in project %q",
					r.ID, r.InterviewID, p.Name)
			}
			if r.FromStage, err = stages.fix(field+".from_stage", r.ID, r.FromStage, p.Name); err != nil {
				return err
			}
			if r.ToStage, err = stages.fix(field+".to_stage", r.ID, r.ToStage, p.Name); err != nil {
				return err
			}
			fixed[i] = r
		}
		if err := s.saveStages(ctx, tx, p, stages.added, fixed); err != nil {
			return err
		}
		res.StagesAdded = stages.added

		w, err := newInterviewWriter(ctx, tx, projectID)
		if err != nil {
			return err
		}
		defer w.close()
		for _, in := range interviews {
			old, exists := oldInterviews.byID[in.ID]
			switch {
			case !exists:
				oldInterviews.lastPos++
				if err := w.insertInterview(ctx, in, oldInterviews.lastPos); err != nil {
					return err
				}
				res.InterviewsCreated++
			case old != in:
				if err := w.updateInterview(ctx, in); err != nil {
					return err
				}
				res.InterviewsUpdated++
			}
		}
		for i, r := range fixed {
			old, exists := oldResponses.byID[r.ID]
			switch {
			case !exists:
				oldResponses.lastPos++
				if err := w.insertResponse(ctx, r, oldResponses.lastPos); err != nil {
					return err
				}
				res.Created++
			case !sameResponse(old, r):
				if err := w.updateResponse(ctx, r); err != nil {
					return err
				}
				res.Updated++
			default:
				res.Unchanged++
			}
			if (i+1)%1000 == 0 {
				reportProgress(ctx, i+1)
			}
		}
		return w.finish(ctx)
	})
	if err != nil {
		return enablemap.ImportResult{}, err
	}
	return res, nil
}

// sameResponse compares what an import writes; Position is the store's.
func sameResponse(a, b enablemap.Response) bool {
	a.Position, b.Position = 0, 0
	return a == b
}

// interviewWriter writes interviews and responses: inserts in batches,
// updates through statements prepared once per transaction.
type interviewWriter struct {
	interviews, responses     *batchInsert
	updInterview, updResponse *sql.Stmt
	projectID                 int64
}

func newInterviewWriter(ctx context.Context, tx *sql.Tx, projectID int64) (*interviewWriter, error) {
	w := &interviewWriter{
		projectID: projectID,
		interviews: newBatchInsert(tx, "interviews",
			"project_id", "id", "interviewee", "role", "region", "interview_date", "interviewer", "from_link", "position",
			"reviewed_at", "reviewed_by"),
		responses: newBatchInsert(tx, "responses",
			"project_id", "id", "interview_id", "from_stage", "to_stage", "activity", "goal", "notes", "position"),
	}
	var err error
	w.updInterview, err = tx.PrepareContext(ctx, `UPDATE interviews SET interviewee = $3, role = $4, region = $5, interview_date = $6, interviewer = $7, from_link = $8
WHERE project_id = $1 AND id = $2`)
	if err != nil {
		return nil, fmt.Errorf("prepare: %w", err)
	}
	w.updResponse, err = tx.PrepareContext(ctx, `UPDATE responses SET interview_id = $3, from_stage = $4, to_stage = $5, activity = $6, goal = $7, notes = $8
WHERE project_id = $1 AND id = $2`)
	if err != nil {
		w.close()
		return nil, fmt.Errorf("prepare: %w", err)
	}
	return w, nil
}

func (w *interviewWriter) close() {
	for _, st := range []*sql.Stmt{w.updInterview, w.updResponse} {
		if st != nil {
			st.Close()
		}
	}
}

// finish writes the rows still queued; a write is complete only after it.
func (w *interviewWriter) finish(ctx context.Context) error {
	if err := w.interviews.flush(ctx); err != nil {
		return err
	}
	return w.responses.flush(ctx)
}

func (w *interviewWriter) insertInterview(ctx context.Context, in enablemap.Interview, pos int64) error {
	return w.interviews.add(ctx, w.projectID, in.ID, in.Interviewee, in.Role, in.Region, in.Date, in.Interviewer, in.FromLink, pos,
		nullTime(in.ReviewedAt), in.ReviewedBy)
}

func (w *interviewWriter) updateInterview(ctx context.Context, in enablemap.Interview) error {
	if _, err := w.updInterview.ExecContext(ctx, w.projectID, in.ID, in.Interviewee, in.Role, in.Region, in.Date, in.Interviewer, in.FromLink); err != nil {
		return fmt.Errorf("update interview %q: %w", in.ID, err)
	}
	return nil
}

func (w *interviewWriter) insertResponse(ctx context.Context, r enablemap.Response, pos int64) error {
	// A response's interview must be in the table before the response.
	if err := w.interviews.flush(ctx); err != nil {
		return err
	}
	return w.responses.add(ctx, w.projectID, r.ID, r.InterviewID, r.FromStage, r.ToStage, r.Activity, r.Goal, r.Notes, pos)
}

func (w *interviewWriter) updateResponse(ctx context.Context, r enablemap.Response) error {
	if err := w.interviews.flush(ctx); err != nil { // it may move to a new interview
		return err
	}
	if _, err := w.updResponse.ExecContext(ctx, w.projectID, r.ID, r.InterviewID, r.FromStage, r.ToStage, r.Activity, r.Goal, r.Notes); err != nil {
		return fmt.Errorf("update response %q: %w", r.ID, err)
	}
	return nil
}

// SaveInterview replaces one interview and all its responses: listed
// responses are upserted, the interview's other responses deleted. The
// stages must be the project's already (in any case), and a response id
// that belongs to another interview is refused rather than moved.
func (s *DB) SaveInterview(ctx context.Context, projectID int64, in enablemap.Interview, responses []enablemap.Response) error {
	if err := validateInterview("interview", in); err != nil {
		return err
	}
	responses = append([]enablemap.Response(nil), responses...) // the caller's slice stays as it was
	seen := map[string]bool{}
	for i := range responses {
		field := fmt.Sprintf("responses[%d]", i)
		if responses[i].InterviewID == "" {
			responses[i].InterviewID = in.ID
		}
		if err := validateResponse(field, responses[i]); err != nil {
			return err
		}
		if responses[i].InterviewID != in.ID {
			return enablemap.FieldError(field+".interview_id", "response %q names interview %q, not %q", responses[i].ID, responses[i].InterviewID, in.ID)
		}
		if seen[responses[i].ID] {
			return enablemap.FieldError(field+".id", "response %q is listed twice", responses[i].ID)
		}
		seen[responses[i].ID] = true
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		p, err := s.loadProject(ctx, tx, projectID, true)
		if err != nil {
			return err
		}
		oldInterviews, err := loadInterviewMap(ctx, tx, projectID)
		if err != nil {
			return err
		}
		oldResponses, err := loadResponseMap(ctx, tx, projectID)
		if err != nil {
			return err
		}
		stages := newStageFixer(p, true)
		fixed := make([]enablemap.Response, len(responses))
		for i, r := range responses {
			field := fmt.Sprintf("responses[%d]", i)
			if old, ok := oldResponses.byID[r.ID]; ok && old.InterviewID != in.ID {
				return enablemap.FieldError(field+".id", "response id %q belongs to interview %q already", r.ID, old.InterviewID)
			}
			if r.FromStage, err = stages.fix(field+".from_stage", r.ID, r.FromStage, p.Name); err != nil {
				return err
			}
			if r.ToStage, err = stages.fix(field+".to_stage", r.ID, r.ToStage, p.Name); err != nil {
				return err
			}
			fixed[i] = r
		}
		w, err := newInterviewWriter(ctx, tx, projectID)
		if err != nil {
			return err
		}
		defer w.close()
		if old, ok := oldInterviews.byID[in.ID]; ok && old.FromLink {
			// Editing an interview a rep recorded through a link does not
			// change where it came from, nor its review.
			in.FromLink = true
		}
		if old, ok := oldInterviews.byID[in.ID]; !ok {
			if err := w.insertInterview(ctx, in, oldInterviews.lastPos+1); err != nil {
				return err
			}
		} else if old != in {
			if err := w.updateInterview(ctx, in); err != nil {
				return err
			}
		}
		for _, old := range oldResponses.byID {
			if old.InterviewID == in.ID && !seen[old.ID] {
				if _, err := tx.ExecContext(ctx, "DELETE FROM responses WHERE project_id = $1 AND id = $2", projectID, old.ID); err != nil {
					return fmt.Errorf("delete response %q: %w", old.ID, err)
				}
			}
		}
		for _, r := range fixed {
			old, ok := oldResponses.byID[r.ID]
			switch {
			case !ok:
				oldResponses.lastPos++
				err = w.insertResponse(ctx, r, oldResponses.lastPos)
			case !sameResponse(old, r):
				err = w.updateResponse(ctx, r)
			}
			if err != nil {
				return err
			}
		}
		return w.finish(ctx)
	})
}

// DeleteInterview deletes an interview and its responses.
func (s *DB) DeleteInterview(ctx context.Context, projectID int64, interviewID string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := s.loadProject(ctx, tx, projectID, true); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "DELETE FROM interviews WHERE project_id = $1 AND id = $2", projectID, interviewID)
		if err != nil {
			return fmt.Errorf("delete interview %q: %w", interviewID, err)
		}
		return mustAffect(res, notFound("interview %q not found", interviewID))
	})
}

// SetInterviewReviewed marks an interview reviewed (at not zero) or back to
// review (at zero), and writes audit, if any, in the same transaction so
// the change and its record commit together. It returns the interview as
// stored afterwards.
func (s *DB) SetInterviewReviewed(ctx context.Context, projectID int64, interviewID, by string, at time.Time, audit *enablemap.AuditEntry) (enablemap.Interview, error) {
	var saved enablemap.Interview
	if at.IsZero() {
		by = ""
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		if _, err := s.loadProject(ctx, tx, projectID, true); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "UPDATE interviews SET reviewed_at = $1, reviewed_by = $2 WHERE project_id = $3 AND id = $4",
			nullTime(at), strings.TrimSpace(by), projectID, interviewID)
		if err != nil {
			return fmt.Errorf("mark interview %q reviewed: %w", interviewID, err)
		}
		if err := mustAffect(res, notFound("interview %q not found", interviewID)); err != nil {
			return err
		}
		var reviewed sql.NullTime
		if err := tx.QueryRowContext(ctx, `SELECT id, interviewee, role, region, interview_date, interviewer, from_link, reviewed_at, reviewed_by
FROM interviews WHERE project_id = $1 AND id = $2`, projectID, interviewID).Scan(&saved.ID, &saved.Interviewee, &saved.Role, &saved.Region,
			&saved.Date, &saved.Interviewer, &saved.FromLink, &reviewed, &saved.ReviewedBy); err != nil {
			return fmt.Errorf("load interview %q: %w", interviewID, err)
		}
		saved.ReviewedAt = fromNull(reviewed)
		if audit != nil {
			if audit.At.IsZero() {
				audit.At = s.now()
			}
			return insertAudit(ctx, tx, audit)
		}
		return nil
	})
	return saved, err
}
