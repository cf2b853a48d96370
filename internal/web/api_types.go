package web

import (
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

// The JSON forms of the domain values. Field names follow the columns of the
// import files (interview_id, from_stage, material_id...) so a client that
// knows the files knows the API; lists are [] when empty, never null.

type projectJSON struct {
	ID           int64     `json:"id"`
	Name         string    `json:"name"`
	Description  string    `json:"description"`
	SalesStages  []string  `json:"sales_stages"`
	BuyingStages []string  `json:"buying_stages"`
	Archived     bool      `json:"archived"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
	Version      int64     `json:"version"`
}

func projectOut(p enablemap.Project) projectJSON {
	return projectJSON{ID: p.ID, Name: p.Name, Description: p.Description,
		SalesStages: apiList(p.SalesStages), BuyingStages: apiList(p.BuyingStages),
		Archived: p.Archived, CreatedAt: p.CreatedAt, UpdatedAt: p.UpdatedAt, Version: p.Version}
}

type projectCreateRequest struct {
	Name           string   `json:"name"`
	Description    string   `json:"description"`
	BuyingTemplate string   `json:"buying_template"`
	BuyingStages   []string `json:"buying_stages"`
	SalesStages    []string `json:"sales_stages"`
}

type projectPatchRequest struct {
	Name         *string   `json:"name"`
	Description  *string   `json:"description"`
	SalesStages  *[]string `json:"sales_stages"`
	BuyingStages *[]string `json:"buying_stages"`
	Archived     *bool     `json:"archived"`
	Version      int64     `json:"version"`
}

type interviewJSON struct {
	ID          string `json:"interview_id"`
	Interviewee string `json:"interviewee"`
	Role        string `json:"role"`
	Region      string `json:"region"`
	Date        string `json:"interview_date"`
	Interviewer string `json:"interviewer"`
	FromLink    bool   `json:"from_link"`
	Reviewed    bool   `json:"reviewed"`
	ReviewedBy  string `json:"reviewed_by,omitempty"`
	// ReviewedAt is a pointer so that it is left out while not reviewed.
	ReviewedAt *time.Time `json:"reviewed_at,omitempty"`
}

func interviewOut(in enablemap.Interview) interviewJSON {
	out := interviewJSON{ID: in.ID, Interviewee: in.Interviewee, Role: in.Role, Region: in.Region,
		Date: in.Date, Interviewer: in.Interviewer, FromLink: in.FromLink}
	if !in.ReviewedAt.IsZero() {
		at := in.ReviewedAt.UTC()
		out.Reviewed, out.ReviewedBy, out.ReviewedAt = true, in.ReviewedBy, &at
	}
	return out
}

// reviewRequest is the body of POST .../interviews/{interview}/review.
type reviewRequest struct {
	Reviewed *bool `json:"reviewed"`
}

type interviewSummaryJSON struct {
	interviewJSON
	ResponseCount int `json:"response_count"`
}

type interviewDetailJSON struct {
	interviewJSON
	Responses []responseJSON `json:"responses"`
}

type responseJSON struct {
	ID          string `json:"response_id"`
	InterviewID string `json:"interview_id"`
	FromStage   string `json:"from_stage"`
	ToStage     string `json:"to_stage"`
	Activity    string `json:"activity"`
	Goal        string `json:"goal"`
	Notes       string `json:"notes"`
	Position    int    `json:"position"`
}

func responseOut(r enablemap.Response) responseJSON {
	return responseJSON{ID: r.ID, InterviewID: r.InterviewID, FromStage: r.FromStage, ToStage: r.ToStage,
		Activity: r.Activity, Goal: r.Goal, Notes: r.Notes, Position: r.Position}
}

func interviewDetailOut(in enablemap.Interview, rs []enablemap.Response) interviewDetailJSON {
	out := interviewDetailJSON{interviewJSON: interviewOut(in), Responses: make([]responseJSON, 0, len(rs))}
	for _, r := range rs {
		out.Responses = append(out.Responses, responseOut(r))
	}
	return out
}

// interviewRequest is an interview as captured in a form: the interview and
// all its responses, which replace the stored ones.
type interviewRequest struct {
	ID          string                  `json:"interview_id"`
	Interviewee string                  `json:"interviewee"`
	Role        string                  `json:"role"`
	Region      string                  `json:"region"`
	Date        string                  `json:"interview_date"`
	Interviewer string                  `json:"interviewer"`
	Responses   []interviewResponseItem `json:"responses"`
}

type interviewResponseItem struct {
	ID        string `json:"response_id"`
	FromStage string `json:"from_stage"`
	ToStage   string `json:"to_stage"`
	Activity  string `json:"activity"`
	Goal      string `json:"goal"`
	Notes     string `json:"notes"`
}

func (req interviewRequest) domain() (enablemap.Interview, []enablemap.Response) {
	in := enablemap.Interview{ID: req.ID, Interviewee: req.Interviewee, Role: req.Role,
		Region: req.Region, Date: req.Date, Interviewer: req.Interviewer}
	rs := make([]enablemap.Response, 0, len(req.Responses))
	for _, r := range req.Responses {
		rs = append(rs, enablemap.Response{ID: r.ID, FromStage: r.FromStage, ToStage: r.ToStage,
			Activity: r.Activity, Goal: r.Goal, Notes: r.Notes})
	}
	return in, rs
}

type materialJSON struct {
	ID          string   `json:"material_id"`
	Title       string   `json:"title"`
	Type        string   `json:"type"`
	Description string   `json:"description"`
	URL         string   `json:"url"`
	Owner       string   `json:"owner"`
	Updated     string   `json:"updated"`
	Tags        []string `json:"tags"`
	Position    int      `json:"position"`
}

func materialOut(m enablemap.Material) materialJSON {
	return materialJSON{ID: m.ID, Title: m.Title, Type: m.Type, Description: m.Description, URL: m.URL,
		Owner: m.Owner, Updated: m.Updated, Tags: apiList(m.Tags), Position: m.Position}
}

type materialDetailJSON struct {
	materialJSON
	Analysis enablemap.MaterialAnalysis `json:"analysis"`
}

type materialRequest struct {
	ID          string   `json:"material_id"`
	Title       string   `json:"title"`
	Type        string   `json:"type"`
	Description string   `json:"description"`
	URL         string   `json:"url"`
	Owner       string   `json:"owner"`
	Updated     string   `json:"updated"`
	Tags        []string `json:"tags"`
}

type glossaryJSON struct {
	Term    string `json:"term"`
	Meaning string `json:"meaning"`
}

type glossaryRequest struct {
	Term    string `json:"term"`
	Meaning string `json:"meaning"`
}

// statementJSON is one response of an activity with who said it.
type statementJSON struct {
	responseJSON
	Interviewee string `json:"interviewee"`
	Role        string `json:"role"`
	Region      string `json:"region"`
}

type activityDetailJSON struct {
	enablemap.Activity
	Coverage   string            `json:"coverage"`
	Statements []statementJSON   `json:"statements"`
	Materials  []materialJSON    `json:"materials"`
	Hole       *enablemap.Hole   `json:"hole"`
	Decisions  []decisionJSON    `json:"decisions"`
	Roadmap    []roadmapItemJSON `json:"roadmap"`
}

func activityDetailOut(d service.ActivityDetail) activityDetailJSON {
	act := d.Activity
	act.SalesTransitions = apiList(act.SalesTransitions)
	act.ResponseIDs = apiList(act.ResponseIDs)
	act.MaterialTypesNeeded = apiList(act.MaterialTypesNeeded)
	act.MaterialIDs = apiList(act.MaterialIDs)
	act.ServedBy = apiList(act.ServedBy)
	act.Reasons = apiList(act.Reasons)
	out := activityDetailJSON{Activity: act, Coverage: d.Coverage, Hole: d.Hole,
		Statements: make([]statementJSON, 0, len(d.Statements)), Materials: make([]materialJSON, 0, len(d.Materials)),
		Decisions: make([]decisionJSON, 0, len(d.Decisions)), Roadmap: make([]roadmapItemJSON, 0, len(d.Roadmap))}
	for _, st := range d.Statements {
		out.Statements = append(out.Statements, statementJSON{responseJSON: responseOut(st.Response),
			Interviewee: st.Interviewee, Role: st.Role, Region: st.Region})
	}
	for _, m := range d.Materials {
		out.Materials = append(out.Materials, materialOut(m))
	}
	for _, dec := range d.Decisions {
		out.Decisions = append(out.Decisions, decisionOut(dec))
	}
	for _, it := range d.Roadmap {
		out.Roadmap = append(out.Roadmap, roadmapOut(service.RoadmapView{Item: it, ActivityID: act.ID, ActivityName: act.Name}))
	}
	return out
}

type holeJSON struct {
	enablemap.Hole
	Activity enablemap.Activity `json:"activity"`
	Roadmap  []roadmapItemJSON  `json:"roadmap"`
}

type decisionJSON struct {
	ID        int64     `json:"id"`
	Seq       int64     `json:"seq"`
	Kind      string    `json:"kind"`
	Activity  string    `json:"activity,omitempty"`
	Into      string    `json:"into,omitempty"`
	Material  string    `json:"material,omitempty"`
	Name      string    `json:"name,omitempty"`
	Stage     string    `json:"stage,omitempty"`
	Value     string    `json:"value,omitempty"`
	Reason    string    `json:"reason,omitempty"`
	Author    string    `json:"author,omitempty"`
	CreatedAt time.Time `json:"created_at"`
}

// decisionOut writes a decision with the same field names a client sends,
// so a listed decision reads like the request that made it.
func decisionOut(d enablemap.Decision) decisionJSON {
	out := decisionJSON{ID: d.ID, Seq: d.Seq, Kind: string(d.Kind), Activity: d.ResponseID, Into: d.OtherResponseID,
		Material: d.MaterialID, Reason: d.Reason, Author: d.Author, CreatedAt: d.CreatedAt}
	switch d.Kind {
	case enablemap.Rename:
		out.Name = d.Text
	case enablemap.Move:
		out.Stage = d.Text
	default:
		out.Value = d.Text
	}
	return out
}

type decisionRequest struct {
	Kind     string `json:"kind"`
	Activity string `json:"activity"`
	Into     string `json:"into"`
	Material string `json:"material"`
	Name     string `json:"name"`
	Stage    string `json:"stage"`
	Value    string `json:"value"`
	Reason   string `json:"reason"`
	Author   string `json:"author"`
}

type roadmapItemJSON struct {
	ID           int64     `json:"id"`
	Activity     string    `json:"activity"`
	ActivityID   string    `json:"activity_id"`
	ActivityName string    `json:"activity_name"`
	Kind         string    `json:"kind"`
	Title        string    `json:"title"`
	Owner        string    `json:"owner"`
	Due          string    `json:"due"`
	Status       string    `json:"status"`
	Version      int64     `json:"version"`
	CreatedAt    time.Time `json:"created_at"`
	UpdatedAt    time.Time `json:"updated_at"`
}

func roadmapOut(v service.RoadmapView) roadmapItemJSON {
	it := v.Item
	return roadmapItemJSON{ID: it.ID, Activity: it.ResponseID, ActivityID: v.ActivityID, ActivityName: v.ActivityName,
		Kind: it.Kind, Title: it.Title, Owner: it.Owner, Due: it.Due, Status: string(it.Status),
		Version: it.Version, CreatedAt: it.CreatedAt, UpdatedAt: it.UpdatedAt}
}

type roadmapRequest struct {
	Activity string `json:"activity"`
	Kind     string `json:"kind"`
	Title    string `json:"title"`
	Owner    string `json:"owner"`
	Due      string `json:"due"`
	Status   string `json:"status"`
	Version  int64  `json:"version"`
}

func (req roadmapRequest) domain() enablemap.RoadmapItem {
	return enablemap.RoadmapItem{ResponseID: req.Activity, Kind: req.Kind, Title: req.Title, Owner: req.Owner,
		Due: req.Due, Status: enablemap.RoadmapStatus(req.Status), Version: req.Version}
}

type demoJSON struct {
	Project projectJSON `json:"project"`
	Created bool        `json:"created"`
}

// list turns nil into an empty list so JSON shows [] rather than null.
func apiList[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
