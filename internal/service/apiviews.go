package service

import (
	"context"
	"sort"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// This file holds the computed views and small operations the JSON API needs
// beyond the plain service calls: look-ups of one item with a clear not-found
// error, activities joined with who said what, and the mapping of API
// requests onto domain values.

// ProjectPatch changes some fields of a project. Nil fields are left as they
// are. Version must be the version the caller read: a stale one is refused
// with ECONFLICT and nothing is written.
type ProjectPatch struct {
	Name         *string
	Description  *string
	SalesStages  *[]string
	BuyingStages *[]string
	Archived     *bool
	Version      int64
}

// PatchProject applies a patch to a project in one store transaction.
func (s *Service) PatchProject(ctx context.Context, projectID int64, patch ProjectPatch) (enablemap.Project, error) {
	if patch.Version <= 0 {
		return enablemap.Project{}, enablemap.FieldError("version", "give the version of the project you changed (from GET), so a concurrent change is not overwritten")
	}
	p, err := s.store.Project(ctx, projectID)
	if err != nil {
		return p, err
	}
	if patch.Name != nil {
		p.Name = *patch.Name
	}
	if patch.Description != nil {
		p.Description = strings.TrimSpace(*patch.Description)
	}
	if patch.SalesStages != nil {
		p.SalesStages = *patch.SalesStages
	}
	if patch.BuyingStages != nil {
		p.BuyingStages = *patch.BuyingStages
	}
	if patch.Archived != nil {
		p.Archived = *patch.Archived
	}
	// The store compares this version with the stored one inside its
	// transaction, so a change made between our read and our write is
	// refused rather than overwritten.
	p.Version = patch.Version
	if err := s.UpdateProject(ctx, &p); err != nil {
		return p, err
	}
	return p, nil
}

// SetArchived archives or restores a project whatever its version: the
// archived flag is the only field written from this call, and the store still
// refuses the write if the project changes between the read and the write.
func (s *Service) SetArchived(ctx context.Context, projectID int64, archived bool) (enablemap.Project, error) {
	p, err := s.store.Project(ctx, projectID)
	if err != nil {
		return p, err
	}
	if p.Archived == archived {
		return p, nil
	}
	return s.PatchProject(ctx, projectID, ProjectPatch{Archived: &archived, Version: p.Version})
}

// InterviewSummary is an interview with the number of responses it gave.
type InterviewSummary struct {
	Interview enablemap.Interview
	Responses int
}

// InterviewSummaries lists a project's interviews in import order with their
// response counts.
func (s *Service) InterviewSummaries(ctx context.Context, projectID int64) ([]InterviewSummary, error) {
	ws, err := s.store.Workspace(ctx, projectID)
	if err != nil {
		return nil, err
	}
	counts := map[string]int{}
	for _, r := range ws.Responses {
		counts[r.InterviewID]++
	}
	out := make([]InterviewSummary, 0, len(ws.Interviews))
	for _, in := range ws.Interviews {
		out = append(out, InterviewSummary{Interview: in, Responses: counts[in.ID]})
	}
	return out, nil
}

// Interview returns one interview and its responses in their order.
func (s *Service) Interview(ctx context.Context, projectID int64, interviewID string) (enablemap.Interview, []enablemap.Response, error) {
	ws, err := s.store.Workspace(ctx, projectID)
	if err != nil {
		return enablemap.Interview{}, nil, err
	}
	return interviewOf(ws, interviewID)
}

func interviewOf(ws enablemap.Workspace, interviewID string) (enablemap.Interview, []enablemap.Response, error) {
	for _, in := range ws.Interviews {
		if in.ID != interviewID {
			continue
		}
		rs := []enablemap.Response{}
		for _, r := range ws.Responses {
			if r.InterviewID == in.ID {
				rs = append(rs, r)
			}
		}
		sort.SliceStable(rs, func(i, j int) bool { return rs[i].Position < rs[j].Position })
		return in, rs, nil
	}
	return enablemap.Interview{}, nil, enablemap.Errorf(enablemap.ENOTFOUND, "no interview %q in project %q", interviewID, ws.Project.Name)
}

// MaterialDetail is a material with what the analysis concluded about it.
type MaterialDetail struct {
	Material enablemap.Material
	Analysis enablemap.MaterialAnalysis
}

// Material returns one material and its analysis.
func (s *Service) Material(ctx context.Context, projectID int64, materialID string) (MaterialDetail, error) {
	a, ws, err := s.Analyze(ctx, projectID)
	if err != nil {
		return MaterialDetail{}, err
	}
	for _, m := range ws.Materials {
		if m.ID != materialID {
			continue
		}
		d := MaterialDetail{Material: m, Analysis: enablemap.MaterialAnalysis{MaterialID: m.ID, Title: m.Title, Type: m.Type}}
		for _, ma := range a.Materials {
			if ma.MaterialID == m.ID {
				d.Analysis = ma
			}
		}
		return d, nil
	}
	return MaterialDetail{}, enablemap.Errorf(enablemap.ENOTFOUND, "no material %q in project %q", materialID, ws.Project.Name)
}

// Coverage filters for activities, as the reports name them.
const (
	CoverageCovered      = "covered"
	CoverageHole         = "hole"
	CoverageNotMarketing = "not_marketing"
)

// ActivityFilter narrows the activity list. Empty fields match everything.
type ActivityFilter struct {
	// Stage is a buying stage (case-insensitive); "none" selects the
	// activities not placed on any stage of the project.
	Stage string
	// Coverage is covered, hole or not_marketing.
	Coverage string
}

// Activities returns the analysis' activities that pass the filter, in the
// engine's order.
func (s *Service) Activities(ctx context.Context, projectID int64, f ActivityFilter) ([]enablemap.Activity, error) {
	f.Stage = strings.TrimSpace(f.Stage)
	f.Coverage = strings.ToLower(strings.TrimSpace(f.Coverage))
	switch f.Coverage {
	case "", CoverageCovered, CoverageHole, CoverageNotMarketing:
	default:
		return nil, enablemap.FieldError("coverage", "coverage %q is not covered, hole or not_marketing", f.Coverage)
	}
	a, ws, err := s.Analyze(ctx, projectID)
	if err != nil {
		return nil, err
	}
	stage := ""
	if f.Stage != "" && !strings.EqualFold(f.Stage, "none") {
		for _, st := range ws.Project.BuyingStages {
			if strings.EqualFold(st, f.Stage) {
				stage = st
			}
		}
		if stage == "" {
			return nil, enablemap.FieldError("stage", "%q is not a buying stage of this project (%s)", f.Stage, strings.Join(ws.Project.BuyingStages, ", "))
		}
	}
	known := map[string]bool{}
	for _, st := range ws.Project.BuyingStages {
		known[st] = true
	}
	out := []enablemap.Activity{}
	for _, act := range a.Activities {
		switch {
		case stage != "" && act.BuyingStage != stage:
			continue
		case f.Stage != "" && stage == "" && known[act.BuyingStage]:
			continue
		case f.Coverage != "" && coverageOf(act) != f.Coverage:
			continue
		}
		out = append(out, act)
	}
	return out, nil
}

// coverageOf classifies an activity the way the reports do.
func coverageOf(a enablemap.Activity) string {
	switch {
	case !a.MarketingRelevant:
		return CoverageNotMarketing
	case a.Covered:
		return CoverageCovered
	}
	return CoverageHole
}

// Statement is one response of an activity told as who said what.
type Statement struct {
	Response    enablemap.Response
	Interviewee string
	Role        string
	Region      string
}

// ActivityDetail is one activity with the evidence behind it: the responses
// rolled into it, the materials that serve it, its hole (when it is one), the
// decisions taken about it and the road-map items planned for it.
type ActivityDetail struct {
	Activity   enablemap.Activity
	Coverage   string
	Statements []Statement
	Materials  []enablemap.Material
	Hole       *enablemap.Hole
	Decisions  []enablemap.Decision
	Roadmap    []enablemap.RoadmapItem
}

// Activity returns one activity, named by its id ("A-R001") or by any of its
// responses.
func (s *Service) Activity(ctx context.Context, projectID int64, ref string) (ActivityDetail, error) {
	a, ws, err := s.Analyze(ctx, projectID)
	if err != nil {
		return ActivityDetail{}, err
	}
	ref = strings.TrimSpace(ref)
	act, ok := a.ActivityByID(ref)
	if !ok {
		act, ok = a.ActivityOfResponse(ResponseOfActivity(ref))
	}
	if !ok {
		return ActivityDetail{}, enablemap.Errorf(enablemap.ENOTFOUND, "no activity %q in project %q", ref, ws.Project.Name)
	}
	d := ActivityDetail{Activity: act, Coverage: coverageOf(act), Statements: []Statement{},
		Materials: []enablemap.Material{}, Decisions: []enablemap.Decision{}, Roadmap: []enablemap.RoadmapItem{}}
	responses := map[string]enablemap.Response{}
	for _, r := range ws.Responses {
		responses[r.ID] = r
	}
	interviews := map[string]enablemap.Interview{}
	for _, in := range ws.Interviews {
		interviews[in.ID] = in
	}
	members := map[string]bool{}
	for _, id := range act.ResponseIDs {
		members[id] = true
		r, ok := responses[id]
		if !ok {
			continue
		}
		in := interviews[r.InterviewID]
		d.Statements = append(d.Statements, Statement{Response: r, Interviewee: in.Interviewee, Role: in.Role, Region: in.Region})
	}
	serving := map[string]bool{}
	if act.Covered {
		for _, id := range act.ServedBy {
			serving[id] = true
		}
	}
	for _, m := range ws.Materials {
		if serving[m.ID] {
			d.Materials = append(d.Materials, m)
		}
	}
	for _, h := range a.HoleDetails {
		if h.ActivityID == act.ID {
			h := h
			d.Hole = &h
		}
	}
	for _, dec := range ws.Decisions {
		if members[dec.ResponseID] || members[dec.OtherResponseID] {
			d.Decisions = append(d.Decisions, dec)
		}
	}
	for _, it := range ws.Roadmap {
		if members[it.ResponseID] {
			d.Roadmap = append(d.Roadmap, it)
		}
	}
	return d, nil
}

// HoleView is one hole with the activity it is about and what is planned to
// fill it.
type HoleView struct {
	Hole     enablemap.Hole
	Activity enablemap.Activity
	Roadmap  []enablemap.RoadmapItem
}

// Holes lists the holes, highest priority first.
func (s *Service) Holes(ctx context.Context, projectID int64) ([]HoleView, error) {
	a, ws, err := s.Analyze(ctx, projectID)
	if err != nil {
		return nil, err
	}
	details := map[string]enablemap.Hole{}
	for _, h := range a.HoleDetails {
		details[h.ActivityID] = h
	}
	order := a.Holes
	if len(order) == 0 {
		for _, h := range a.HoleDetails {
			order = append(order, h.ActivityID)
		}
	}
	out := []HoleView{}
	seen := map[string]bool{}
	for i, id := range order {
		if seen[id] {
			continue
		}
		seen[id] = true
		act, ok := a.ActivityByID(id)
		if !ok {
			continue
		}
		h, ok := details[id]
		if !ok {
			h = enablemap.Hole{ActivityID: id, Priority: i + 1, MaterialTypes: act.MaterialTypesNeeded}
		}
		members := map[string]bool{}
		for _, r := range act.ResponseIDs {
			members[r] = true
		}
		v := HoleView{Hole: h, Activity: act, Roadmap: []enablemap.RoadmapItem{}}
		for _, it := range ws.Roadmap {
			if members[it.ResponseID] {
				v.Roadmap = append(v.Roadmap, it)
			}
		}
		out = append(out, v)
	}
	return out, nil
}

// RoadmapView is a road-map item with the activity it serves resolved by
// the current analysis; ActivityID and ActivityName are empty when the
// response that identifies it no longer sits in any activity.
type RoadmapView struct {
	Item         enablemap.RoadmapItem
	ActivityID   string
	ActivityName string
}

// Roadmap lists the road-map items in the store's order.
func (s *Service) Roadmap(ctx context.Context, projectID int64) ([]RoadmapView, error) {
	a, ws, err := s.Analyze(ctx, projectID)
	if err != nil {
		return nil, err
	}
	out := make([]RoadmapView, 0, len(ws.Roadmap))
	for _, it := range ws.Roadmap {
		out = append(out, roadmapView(a, it))
	}
	return out, nil
}

// RoadmapItem returns one road-map item.
func (s *Service) RoadmapItem(ctx context.Context, projectID, itemID int64) (RoadmapView, error) {
	a, ws, err := s.Analyze(ctx, projectID)
	if err != nil {
		return RoadmapView{}, err
	}
	for _, it := range ws.Roadmap {
		if it.ID == itemID {
			return roadmapView(a, it), nil
		}
	}
	return RoadmapView{}, enablemap.Errorf(enablemap.ENOTFOUND, "no road-map item %d in project %q", itemID, ws.Project.Name)
}

func roadmapView(a enablemap.Analysis, it enablemap.RoadmapItem) RoadmapView {
	v := RoadmapView{Item: it}
	if act, ok := a.ActivityOfResponse(it.ResponseID); ok {
		v.ActivityID, v.ActivityName = act.ID, act.Name
	}
	return v
}

// Decisions lists the decisions of a project in the order they apply.
func (s *Service) Decisions(ctx context.Context, projectID int64) ([]enablemap.Decision, error) {
	ws, err := s.store.Workspace(ctx, projectID)
	if err != nil {
		return nil, err
	}
	out := append([]enablemap.Decision{}, ws.Decisions...)
	sort.SliceStable(out, func(i, j int) bool { return out[i].Seq < out[j].Seq })
	return out, nil
}

// DecisionRequest is a decision as a client states it: the kind and the
// fields that kind uses, named as the service's validation names them, so
// an error's field is the field the client sent.
type DecisionRequest struct {
	Kind     string
	Activity string // activity id or response id; the response for split, move_response and mark_want
	Into     string // merge and move_response target
	Material string
	Name     string // rename
	Stage    string // move
	Value    string // relevance and mark_want: yes or no
	Reason   string
	Author   string
}

// textField names the request field that carries a kind's text.
var textField = map[enablemap.DecisionKind]string{
	enablemap.Rename:    "name",
	enablemap.Move:      "stage",
	enablemap.Relevance: "value",
	enablemap.MarkWant:  "value",
}

// Decision maps the request onto a domain decision. It refuses fields the
// kind does not use, so that a misplaced field is reported instead of being
// silently ignored; everything else is left to Decide's validation.
func (r DecisionRequest) Decision() (enablemap.Decision, error) {
	kind := enablemap.DecisionKind(strings.TrimSpace(r.Kind))
	d := enablemap.Decision{Kind: kind, ResponseID: r.Activity, OtherResponseID: r.Into,
		MaterialID: r.Material, Reason: r.Reason, Author: strings.TrimSpace(r.Author)}
	if kind == "" {
		return d, enablemap.FieldError("kind", "say what kind of decision this is (%s)", strings.Join(decisionKindNames(), ", "))
	}
	uses, ok := decisionFields[kind]
	if !ok {
		return d, enablemap.FieldError("kind", "unknown decision %q (choose %s)", kind, strings.Join(decisionKindNames(), ", "))
	}
	given := []struct{ name, value string }{
		{"activity", r.Activity}, {"into", r.Into}, {"material", r.Material},
		{"name", r.Name}, {"stage", r.Stage}, {"value", r.Value},
	}
	for _, g := range given {
		if strings.TrimSpace(g.value) != "" && !strings.Contains(uses, " "+g.name+" ") {
			return d, enablemap.FieldError(g.name, "a %s decision does not use %q", kind, g.name)
		}
	}
	switch textField[kind] {
	case "name":
		d.Text = r.Name
	case "stage":
		d.Text = r.Stage
	case "value":
		d.Text = r.Value
	}
	return d, nil
}

// decisionFields lists, space-delimited, the request fields each kind uses.
var decisionFields = map[enablemap.DecisionKind]string{
	enablemap.ConfirmMatch: " material activity ",
	enablemap.RejectMatch:  " material activity ",
	enablemap.SetAside:     " material ",
	enablemap.KeepMaterial: " material ",
	enablemap.Rename:       " activity name ",
	enablemap.Move:         " activity stage ",
	enablemap.Relevance:    " activity value ",
	enablemap.Merge:        " activity into ",
	enablemap.Split:        " activity ",
	enablemap.MoveResponse: " activity into ",
	enablemap.MarkWant:     " activity value ",
	enablemap.Accept:       " activity ",
}

// DecisionKinds lists every decision kind, sorted.
func DecisionKinds() []enablemap.DecisionKind {
	out := make([]enablemap.DecisionKind, 0, len(decisionFields))
	for k := range decisionFields {
		out = append(out, k)
	}
	sort.Slice(out, func(i, j int) bool { return out[i] < out[j] })
	return out
}

func decisionKindNames() []string {
	var out []string
	for _, k := range DecisionKinds() {
		out = append(out, string(k))
	}
	return out
}

// Wants lists the responses set apart as wants, with who said what filled
// in from the workspace when the engine left it out.
func (s *Service) Wants(ctx context.Context, projectID int64) ([]enablemap.Want, error) {
	a, ws, err := s.Analyze(ctx, projectID)
	if err != nil {
		return nil, err
	}
	responses := map[string]enablemap.Response{}
	for _, r := range ws.Responses {
		responses[r.ID] = r
	}
	interviewees := map[string]string{}
	for _, in := range ws.Interviews {
		interviewees[in.ID] = in.Interviewee
	}
	details := a.WantDetails
	if len(details) == 0 {
		for _, id := range a.Wants {
			details = append(details, enablemap.Want{ResponseID: id, State: enablemap.Suggested})
		}
	}
	out := make([]enablemap.Want, 0, len(details))
	for _, w := range details {
		r := responses[w.ResponseID]
		if w.Interviewee == "" {
			w.Interviewee = interviewees[r.InterviewID]
		}
		if w.Text == "" {
			w.Text = r.Activity
		}
		out = append(out, w)
	}
	return out, nil
}
