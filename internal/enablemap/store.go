package enablemap

import (
	"context"
	"time"
)

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

// Accounts. The research a project holds is confidential to the company that
// made it: people sign in, belong to workspaces with a role each, and every
// change is recorded. Everything here lives in the database, never in one
// server's memory, so that several replicas behind a load balancer share
// sessions, login limits and links.
//
// In code a workspace of people is a Team, because Workspace already names
// everything the analysis of one project reads; users see "workspace".

// Team is a workspace: a group of people and the projects they share.
type Team struct {
	ID        int64
	Name      string
	CreatedAt time.Time
}

// User is a person who signs in with an email address and a password.
type User struct {
	ID           int64
	Email        string // unique, in any case
	Name         string
	PasswordHash string // argon2id PHC string
	CreatedAt    time.Time
	UpdatedAt    time.Time
}

// Member is a user's role in a team: "owner", "editor" or "viewer".
type Member struct {
	TeamID    int64
	TeamName  string
	UserID    int64
	UserEmail string
	UserName  string
	Role      string
}

// Session is a signed-in browser. Only the hash of the session id the
// cookie carries is stored.
type Session struct {
	IDHash    string
	UserID    int64
	TeamID    int64  // the workspace the user is looking at
	CSRF      string // the token forms and fetch calls must echo
	CreatedAt time.Time
	LastSeen  time.Time
	ExpiresAt time.Time // absolute end, whatever the activity
}

// APIToken lets a program call /api/v1 for one team with one role. Only
// the hash of the token is stored; it is shown once, when made.
type APIToken struct {
	ID        int64
	TeamID    int64
	Name      string
	Hash      string
	Role      string
	CreatedBy string
	CreatedAt time.Time
	LastUsed  time.Time // zero when never used
	RevokedAt time.Time // zero while valid
}

// ContributorLink lets a sales rep without an account record their own
// interview in one project. Only the hash of its token is stored.
type ContributorLink struct {
	ID        int64
	ProjectID int64
	Hash      string
	Label     string // whom it was made for, e.g. "EMEA AEs"
	CreatedBy string
	CreatedAt time.Time
	ExpiresAt time.Time
	RevokedAt time.Time // zero while valid
	Uses      int       // interviews recorded through it
}

// AuditEntry records one change: who made it, what, when, and for edits the
// state before and after (as JSON or text).
type AuditEntry struct {
	ID        int64
	TeamID    int64
	ProjectID int64 // 0 for changes outside a project
	Actor     string
	Action    string
	Target    string
	Before    string
	After     string
	At        time.Time
}

// TeamProject is a project with the workspace it belongs to (TeamID 0 and
// no TeamName for none).
type TeamProject struct {
	Project  Project
	TeamID   int64
	TeamName string
}

// LoginFailures counts failed sign-ins within a window, per account and per
// address, with the oldest failure of each that still counts (for
// Retry-After).
type LoginFailures struct {
	Account       int
	Address       int
	OldestAccount time.Time
	OldestAddress time.Time
}

// AccountStore keeps users, teams, sessions, tokens, links, login failures
// and the audit log. As with Store, every method is one transaction and not
// found is ENOTFOUND.
type AccountStore interface {
	CountUsers(ctx context.Context) (int, error)
	// Setup creates the first user as owner of a new team and moves every
	// project that has no team into it. It is refused with ECONFLICT once
	// any user exists, so two first visitors cannot both become owner.
	Setup(ctx context.Context, u *User, teamName string) (Team, error)
	CreateUser(ctx context.Context, u *User) error
	User(ctx context.Context, id int64) (User, error)
	UserByEmail(ctx context.Context, email string) (User, error)
	Users(ctx context.Context) ([]User, error)
	// SetPassword replaces a user's password hash and ends their sessions
	// except the one whose hash is keep.
	SetPassword(ctx context.Context, userID int64, hash, keep string) error

	CreateTeam(ctx context.Context, name string) (Team, error)
	Team(ctx context.Context, id int64) (Team, error)
	TeamByName(ctx context.Context, name string) (Team, error)
	RenameTeam(ctx context.Context, id int64, name string) error
	// Teams lists every workspace by name.
	Teams(ctx context.Context) ([]Team, error)
	// SetMember adds a user to a team or changes their role; removing or
	// demoting the last owner is refused.
	SetMember(ctx context.Context, teamID, userID int64, role string) error
	RemoveMember(ctx context.Context, teamID, userID int64) error
	Members(ctx context.Context, teamID int64) ([]Member, error)
	// Memberships lists the teams of a user, by team name.
	Memberships(ctx context.Context, userID int64) ([]Member, error)

	// ProjectTeam returns the team of a project, 0 when it has none.
	ProjectTeam(ctx context.Context, projectID int64) (int64, error)
	SetProjectTeam(ctx context.Context, projectID, teamID int64) error
	// AdoptProjects moves every project without a team into one and says
	// how many moved.
	AdoptProjects(ctx context.Context, teamID int64) (int, error)
	TeamProjects(ctx context.Context, teamID int64, includeArchived bool) ([]Project, error)

	// Project names are unique within a workspace, not across the
	// installation. In these methods team 0 means the projects that belong
	// to no workspace.
	//
	// CreateTeamProject creates a project in a team, checking its name there.
	CreateTeamProject(ctx context.Context, teamID int64, p *Project) error
	// TeamProjectByName finds a team's project by name, in any case.
	TeamProjectByName(ctx context.Context, teamID int64, name string) (Project, error)
	// ProjectsByName finds the projects of every team that have a name, by
	// team name, for callers that act for the whole installation.
	ProjectsByName(ctx context.Context, name string) ([]TeamProject, error)
	// RestoreTeamProject is RestoreProject into a team.
	RestoreTeamProject(ctx context.Context, teamID int64, ws Workspace) (Project, error)

	// SetInterviewReviewed marks an interview reviewed by someone at a time,
	// or not reviewed when at is zero, and writes the audit entry audit
	// makes in the same transaction (none when audit is nil).
	SetInterviewReviewed(ctx context.Context, projectID int64, interviewID, by string, at time.Time, audit *AuditEntry) (Interview, error)

	CreateSession(ctx context.Context, s Session) error
	SessionByHash(ctx context.Context, hash string) (Session, error)
	// TouchSession records activity; SetSessionTeam switches workspace.
	TouchSession(ctx context.Context, hash string, at time.Time) error
	SetSessionTeam(ctx context.Context, hash string, teamID int64) error
	DeleteSession(ctx context.Context, hash string) error
	DeleteExpiredSessions(ctx context.Context, now time.Time) (int, error)

	RecordLoginFailure(ctx context.Context, account, address string, at time.Time) error
	LoginFailures(ctx context.Context, account, address string, since time.Time) (LoginFailures, error)
	ClearLoginFailures(ctx context.Context, account string) error

	CreateAPIToken(ctx context.Context, t *APIToken) error
	APITokenByHash(ctx context.Context, hash string) (APIToken, error)
	APITokens(ctx context.Context, teamID int64) ([]APIToken, error)
	RevokeAPIToken(ctx context.Context, teamID, id int64, at time.Time) error
	TouchAPIToken(ctx context.Context, id int64, at time.Time) error

	CreateLink(ctx context.Context, l *ContributorLink) error
	LinkByHash(ctx context.Context, hash string) (ContributorLink, error)
	Links(ctx context.Context, projectID int64) ([]ContributorLink, error)
	RevokeLink(ctx context.Context, projectID, id int64, at time.Time) error
	// CountLinkUse adds one to a link's uses after an interview was
	// recorded through it.
	CountLinkUse(ctx context.Context, id int64) error

	AddAudit(ctx context.Context, e *AuditEntry) error
	// Audit lists a team's entries, newest first, at most limit.
	Audit(ctx context.Context, teamID int64, limit int) ([]AuditEntry, error)
}
