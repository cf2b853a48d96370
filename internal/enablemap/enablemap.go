// Package enablemap holds the domain of the sales-activity research method:
// projects, interviews and their responses, materials, glossary terms, the
// decisions a user makes about suggestions, road-map items and the result of an
// analysis. It has no I/O and imports nothing else of the project.
package enablemap

import (
	"strings"
	"time"
)

// Project is a focus project: one research effort with its own stages,
// interviews, materials and decisions.
type Project struct {
	ID           int64
	Name         string
	Description  string
	SalesStages  []string // ordered
	BuyingStages []string // ordered
	// Guide holds the questions of the interview guide, in order; empty
	// means the default guide built from the sales stages.
	Guide     []string
	Archived  bool
	CreatedAt time.Time
	UpdatedAt time.Time
	Version   int64 // optimistic concurrency; incremented on every update
}

// Interview is one conversation with one sales rep.
type Interview struct {
	ID          string // interview_id from the import, or generated
	Interviewee string
	Role        string
	Region      string
	Date        string // YYYY-MM-DD as given
	Interviewer string
	FromLink    bool // recorded by the rep through a contributor link
	// ReviewedAt is when an editor checked an interview recorded through a
	// link (zero until then), ReviewedBy who did.
	ReviewedAt time.Time
	ReviewedBy string
}

// Response is one activity a rep named for one sales-stage transition.
type Response struct {
	ID          string // response_id from the import, or generated
	InterviewID string
	FromStage   string
	ToStage     string
	Activity    string
	Goal        string
	Notes       string
	Position    int // order of the response within the project (import order)
}

// Material is one item of the content inventory of the focus project.
type Material struct {
	ID          string
	Title       string
	Type        string
	Description string
	URL         string
	Owner       string
	Updated     string
	Tags        []string
	Position    int // import order
}

// GlossaryTerm translates sales lingo into common terms.
type GlossaryTerm struct {
	Term    string // may hold variants separated by " / ", e.g. "qual / qual call"
	Meaning string
}

// Variants returns the spellings of a glossary term: "qual / qual call"
// yields "qual" and "qual call".
func (g GlossaryTerm) Variants() []string {
	var out []string
	for _, v := range strings.Split(g.Term, "/") {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}

// State is the state of a suggestion.
type State string

const (
	Suggested State = "suggested"
	Confirmed State = "confirmed"
	Rejected  State = "rejected"
)

// DecisionKind names what a decision does.
type DecisionKind string

const (
	// ConfirmMatch ties a material to the activity containing ResponseID.
	ConfirmMatch DecisionKind = "confirm_match"
	// RejectMatch forbids matching a material to the activity containing ResponseID.
	RejectMatch DecisionKind = "reject_match"
	// SetAside sets a material aside (Text holds the reason).
	SetAside DecisionKind = "set_aside"
	// KeepMaterial undoes a SetAside for a material.
	KeepMaterial DecisionKind = "keep_material"
	// Rename names the activity containing ResponseID (Text holds the name).
	Rename DecisionKind = "rename"
	// Move places the activity containing ResponseID on a buying stage (Text).
	Move DecisionKind = "move"
	// Relevance marks the activity containing ResponseID as marketing relevant
	// or not (Text is "true" or "false"; Reason says why).
	Relevance DecisionKind = "relevance"
	// Merge joins the activities containing ResponseID and OtherResponseID.
	Merge DecisionKind = "merge"
	// Split takes ResponseID out of its activity into one of its own.
	Split DecisionKind = "split"
	// MoveResponse moves ResponseID into the activity containing OtherResponseID.
	MoveResponse DecisionKind = "move_response"
	// MarkWant marks ResponseID as a want (Text "true") or as a need ("false").
	MarkWant DecisionKind = "mark_want"
	// Accept confirms the suggested activity containing ResponseID as it stands.
	Accept DecisionKind = "accept"
)

// Decision is a choice a user made about a suggestion. Activities are found
// through one of their member responses, so a decision survives re-import and
// re-analysis even when the roll-up changes around it. Decisions are applied
// in Seq order; a later decision beats an earlier one.
type Decision struct {
	ID              int64
	Seq             int64
	Kind            DecisionKind
	ResponseID      string // the response that identifies the activity
	OtherResponseID string // merge / move_response target
	MaterialID      string
	Text            string // new name, stage, relevance value, want value
	Reason          string
	Author          string
	CreatedAt       time.Time
}

// RoadmapStatus is the progress of a road-map item.
type RoadmapStatus string

const (
	Planned    RoadmapStatus = "planned"
	InProgress RoadmapStatus = "in_progress"
	Done       RoadmapStatus = "done"
)

// RoadmapItem is a piece of material Marketing plans to make to fill a hole.
type RoadmapItem struct {
	ID         int64
	ResponseID string // identifies the activity (hole) it serves
	Kind       string // material kind: talk track, how-to, case study...
	Title      string
	Owner      string
	Due        string // YYYY-MM-DD or empty
	Status     RoadmapStatus
	Version    int64
	CreatedAt  time.Time
	UpdatedAt  time.Time
}

// Workspace is everything the analysis of one project needs.
type Workspace struct {
	Project    Project
	Interviews []Interview
	Responses  []Response
	Materials  []Material
	Glossary   []GlossaryTerm
	Decisions  []Decision
	Roadmap    []RoadmapItem
}
