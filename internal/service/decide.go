package service

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// ResponseOfActivity turns an activity reference into the response that
// identifies it: an activity id "A-R001" names response "R001", and a bare
// response id names itself.
func ResponseOfActivity(ref string) string {
	return strings.TrimPrefix(strings.TrimSpace(ref), "A-")
}

// Decide validates a decision against the project and records it in one
// transaction. Activity references may be activity ids ("A-R001") or
// response ids.
func (s *Service) Decide(ctx context.Context, projectID int64, d enablemap.Decision) (enablemap.Decision, error) {
	return s.DecideFrom(ctx, projectID, d, -1)
}

// DecideFrom is Decide for someone who saw the project as of decision
// baseSeq: a decision about an activity or material that got a newer
// decision since is refused with ECONFLICT naming who made it. A negative
// baseSeq checks nothing.
func (s *Service) DecideFrom(ctx context.Context, projectID int64, d enablemap.Decision, baseSeq int64) (enablemap.Decision, error) {
	ws, err := s.store.Workspace(ctx, projectID)
	if err != nil {
		return d, err
	}
	d.ResponseID = ResponseOfActivity(d.ResponseID)
	d.OtherResponseID = ResponseOfActivity(d.OtherResponseID)
	d.MaterialID = strings.TrimSpace(d.MaterialID)
	d.Text = strings.TrimSpace(d.Text)
	d.Reason = strings.TrimSpace(d.Reason)
	if err := validateDecision(ws, &d); err != nil {
		return d, err
	}
	d.Author = AuthorOf(ctx, d.Author)
	var before *enablemap.Decision
	for i := range ws.Decisions {
		if decisionTarget(ws.Decisions[i]) == decisionTarget(d) && ws.Decisions[i].Kind == d.Kind {
			before = &ws.Decisions[i]
		}
	}
	action := "decide " + string(d.Kind)
	if cd, ok := s.store.(checkedDecider); ok {
		// The conflict check and the audit entry run in the transaction
		// that records the decision, so two saves on one base cannot both
		// pass and no decision is recorded without its entry.
		var members map[string]bool
		if baseSeq >= 0 {
			members = s.activityMembers(ws, d)
		}
		entry, err := s.auditEntry(ctx, projectID, action, decisionTarget(d), before, nil)
		if err != nil {
			return d, err
		}
		err = cd.AddDecisionChecked(ctx, projectID, &d, baseSeq,
			func(newer []enablemap.Decision) error { return conflictWith(d, newer, members) },
			func(saved enablemap.Decision) (*enablemap.AuditEntry, error) {
				if entry == nil {
					return nil, nil
				}
				e := *entry
				var err error
				e.After, err = auditJSON(saved)
				return &e, err
			})
		if err != nil {
			return d, fmt.Errorf("record %s decision: %w", d.Kind, err)
		}
		return d, nil
	}
	if err := s.checkBase(ws, d, baseSeq); err != nil {
		return d, err
	}
	if err := s.store.AddDecision(ctx, projectID, &d); err != nil {
		return d, fmt.Errorf("record %s decision: %w", d.Kind, err)
	}
	return d, s.audit(ctx, projectID, action, decisionTarget(d), before, d)
}

// DeleteDecision undoes a decision.
func (s *Service) DeleteDecision(ctx context.Context, projectID, decisionID int64) error {
	if err := s.store.DeleteDecision(ctx, projectID, decisionID); err != nil {
		return err
	}
	return s.audit(ctx, projectID, "undo decision", fmt.Sprintf("decision %d", decisionID), nil, nil)
}

func validateDecision(ws enablemap.Workspace, d *enablemap.Decision) error {
	responses := map[string]bool{}
	for _, r := range ws.Responses {
		responses[r.ID] = true
	}
	materials := map[string]bool{}
	for _, m := range ws.Materials {
		materials[m.ID] = true
	}
	needResponse := func(field, id string) error {
		if id == "" {
			return enablemap.FieldError(field, "name an activity (its id, e.g. A-R001) or one of its responses")
		}
		if !responses[id] {
			return enablemap.FieldError(field, "no activity A-%s and no response %s in project %q", id, id, ws.Project.Name)
		}
		return nil
	}
	needMaterial := func() error {
		if d.MaterialID == "" {
			return enablemap.FieldError("material", "name a material id")
		}
		if !materials[d.MaterialID] {
			return enablemap.FieldError("material", "no material %q in project %q", d.MaterialID, ws.Project.Name)
		}
		return nil
	}
	switch d.Kind {
	case enablemap.ConfirmMatch, enablemap.RejectMatch:
		if err := needMaterial(); err != nil {
			return err
		}
		return needResponse("activity", d.ResponseID)
	case enablemap.SetAside:
		if err := needMaterial(); err != nil {
			return err
		}
		if d.Reason == "" {
			return enablemap.FieldError("reason", "say why the material is set aside")
		}
		return nil
	case enablemap.KeepMaterial:
		return needMaterial()
	case enablemap.Rename:
		if d.Text == "" {
			return enablemap.FieldError("name", "the new name is empty")
		}
		if len(d.Text) > 300 {
			return enablemap.FieldError("name", "the new name is longer than 300 characters")
		}
		return needResponse("activity", d.ResponseID)
	case enablemap.Move:
		found := ""
		for _, st := range ws.Project.BuyingStages {
			if strings.EqualFold(st, d.Text) {
				found = st
			}
		}
		if found == "" {
			return enablemap.FieldError("stage", "%q is not a buying stage of this project (%s)", d.Text, strings.Join(ws.Project.BuyingStages, ", "))
		}
		d.Text = found
		return needResponse("activity", d.ResponseID)
	case enablemap.Relevance, enablemap.MarkWant:
		v, err := parseBool(d.Text)
		if err != nil {
			return enablemap.FieldError("value", "%s", err)
		}
		d.Text = fmt.Sprint(v)
		return needResponse("activity", d.ResponseID)
	case enablemap.Merge, enablemap.MoveResponse:
		if err := needResponse("activity", d.ResponseID); err != nil {
			return err
		}
		if err := needResponse("into", d.OtherResponseID); err != nil {
			return err
		}
		if d.ResponseID == d.OtherResponseID {
			return enablemap.FieldError("into", "an activity cannot be merged with itself")
		}
		return nil
	case enablemap.Split, enablemap.Accept:
		return needResponse("activity", d.ResponseID)
	}
	return enablemap.FieldError("kind", "unknown decision %q", d.Kind)
}

func parseBool(s string) (bool, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "true", "yes", "y", "1", "relevant", "on":
		return true, nil
	case "false", "no", "n", "0", "internal", "off":
		return false, nil
	}
	return false, fmt.Errorf("%q is not yes or no", s)
}

// SaveRoadmapItem validates and saves a road-map item.
func (s *Service) SaveRoadmapItem(ctx context.Context, projectID int64, it *enablemap.RoadmapItem) error {
	it.ResponseID = ResponseOfActivity(it.ResponseID)
	it.Kind = strings.TrimSpace(it.Kind)
	it.Title = strings.TrimSpace(it.Title)
	it.Owner = strings.TrimSpace(it.Owner)
	it.Due = strings.TrimSpace(it.Due)
	if it.Status == "" {
		it.Status = enablemap.Planned
	}
	switch it.Status {
	case enablemap.Planned, enablemap.InProgress, enablemap.Done:
	default:
		return enablemap.FieldError("status", "status %q is not planned, in_progress or done", it.Status)
	}
	if it.Title == "" {
		return enablemap.FieldError("title", "a road-map item needs a title")
	}
	if it.Kind == "" {
		return enablemap.FieldError("kind", "say what kind of material it is (talk track, case study...)")
	}
	if it.Due != "" {
		if _, err := time.Parse("2006-01-02", it.Due); err != nil {
			return enablemap.FieldError("due", "due date %q is not YYYY-MM-DD", it.Due)
		}
	}
	ws, err := s.store.Workspace(ctx, projectID)
	if err != nil {
		return err
	}
	found := false
	for _, r := range ws.Responses {
		if r.ID == it.ResponseID {
			found = true
			break
		}
	}
	if !found {
		return enablemap.FieldError("activity", "no activity %q in project %q", it.ResponseID, ws.Project.Name)
	}
	var before *enablemap.RoadmapItem
	for i := range ws.Roadmap {
		if ws.Roadmap[i].ID == it.ID && it.ID != 0 {
			before = &ws.Roadmap[i]
		}
	}
	if err := s.store.SaveRoadmapItem(ctx, projectID, it); err != nil {
		return err
	}
	return s.audit(ctx, projectID, "save road-map item", it.Title, before, it)
}

// DeleteRoadmapItem removes a road-map item.
func (s *Service) DeleteRoadmapItem(ctx context.Context, projectID, itemID int64) error {
	if err := s.store.DeleteRoadmapItem(ctx, projectID, itemID); err != nil {
		return err
	}
	return s.audit(ctx, projectID, "delete road-map item", fmt.Sprintf("item %d", itemID), nil, nil)
}
