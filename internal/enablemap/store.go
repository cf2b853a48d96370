package enablemap

import "context"

// ImportResult counts what an import wrote. For interviews, Created, Updated
// and Unchanged count responses (the rows of an interview file) and the
// Interviews fields count the interviews themselves.
type ImportResult struct {
	Created           int      `json:"created"`
	Updated           int      `json:"updated"`
	StagesAdded       []string `json:"stages_added,omitempty"`
	Unchanged         int      `json:"unchanged"`
	InterviewsCreated int      `json:"interviews_created,omitempty"`
	InterviewsUpdated int      `json:"interviews_updated,omitempty"`
}

// ImportOptions tune an interview import.
type ImportOptions struct {
	// StrictStages refuses sales stages the project does not have instead of
	// adding them in order of first appearance.
	StrictStages bool
}

// Store keeps projects and everything in them. Every method is one
// transaction: it writes everything or nothing. Not found is an *Error with
// code ENOTFOUND; a stale Version is ECONFLICT.
type Store interface {
	CreateProject(ctx context.Context, p *Project) error
	Project(ctx context.Context, id int64) (Project, error)
	// ProjectByName finds a project by name, in any case.
	ProjectByName(ctx context.Context, name string) (Project, error)
	Projects(ctx context.Context, includeArchived bool) ([]Project, error)
	// UpdateProject saves name, description, stages and archived flag if
	// p.Version is current, and increments p.Version. Removing a sales stage
	// that a response uses, or a buying stage that a move decision names, is
	// refused with an EINVALID error naming it.
	UpdateProject(ctx context.Context, p *Project) error
	DeleteProject(ctx context.Context, id int64) error

	// ImportInterviews upserts interviews and responses by id. Sales stages
	// the project lacks are added in order of first appearance
	// (ImportResult.StagesAdded), or refused with opts.StrictStages.
	ImportInterviews(ctx context.Context, projectID int64, interviews []Interview, responses []Response, opts ImportOptions) (ImportResult, error)
	// SaveInterview replaces one interview and all its responses.
	SaveInterview(ctx context.Context, projectID int64, in Interview, responses []Response) error
	DeleteInterview(ctx context.Context, projectID int64, interviewID string) error
	ImportMaterials(ctx context.Context, projectID int64, materials []Material) (ImportResult, error)
	DeleteMaterial(ctx context.Context, projectID int64, materialID string) error
	// ImportGlossary upserts terms by term, in any case.
	ImportGlossary(ctx context.Context, projectID int64, terms []GlossaryTerm) (ImportResult, error)
	DeleteGlossaryTerm(ctx context.Context, projectID int64, term string) error

	// AddDecision records a decision and sets d.ID, d.Seq and d.CreatedAt.
	AddDecision(ctx context.Context, projectID int64, d *Decision) error
	DeleteDecision(ctx context.Context, projectID, decisionID int64) error

	// SaveRoadmapItem creates (ID 0) or updates an item; an update with a
	// stale Version is refused with ECONFLICT.
	SaveRoadmapItem(ctx context.Context, projectID int64, item *RoadmapItem) error
	DeleteRoadmapItem(ctx context.Context, projectID, itemID int64) error

	// Workspace loads everything the analysis of a project needs, in import order.
	Workspace(ctx context.Context, projectID int64) (Workspace, error)

	// RestoreProject writes a whole workspace (project, interviews,
	// responses, glossary, materials, decisions with their Seq, Author and
	// CreatedAt, road map) as a new project and returns it. A name in use is
	// ECONFLICT.
	RestoreProject(ctx context.Context, ws Workspace) (Project, error)

	// Ping checks that the database answers, for health checks.
	Ping(ctx context.Context) error

	Close() error
}
