package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

var _ enablemap.AccountStore = (*DB)(nil)

// emailKey folds an email address for uniqueness and look-up.
func emailKey(email string) string { return strings.ToLower(strings.TrimSpace(email)) }

func validRole(role string) error {
	switch role {
	case "owner", "editor", "viewer":
		return nil
	}
	return enablemap.FieldError("role", "unknown role %q (choose owner, editor or viewer)", role)
}

// nullTime stores a zero time as NULL.
func nullTime(t time.Time) sql.NullTime {
	if t.IsZero() {
		return sql.NullTime{}
	}
	return sql.NullTime{Time: t.UTC(), Valid: true}
}

func fromNull(t sql.NullTime) time.Time {
	if !t.Valid {
		return time.Time{}
	}
	return t.Time.UTC()
}

// CountUsers returns how many accounts exist.
func (s *DB) CountUsers(ctx context.Context) (int, error) {
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM users").Scan(&n); err != nil {
		return 0, fmt.Errorf("count users: %w", err)
	}
	return n, nil
}

// Setup creates the first owner, their team, and adopts the projects made
// before accounts existed.
func (s *DB) Setup(ctx context.Context, u *enablemap.User, teamName string) (enablemap.Team, error) {
	var team enablemap.Team
	err := s.write(ctx, func(tx *sql.Tx) error {
		// On PostgreSQL two first visitors could both see no users; the
		// lock on the table makes the second wait and then find one.
		if s.dialect.name == "postgres" {
			if _, err := tx.ExecContext(ctx, "LOCK TABLE users IN EXCLUSIVE MODE"); err != nil {
				return fmt.Errorf("lock users: %w", err)
			}
		}
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM users").Scan(&n); err != nil {
			return fmt.Errorf("count users: %w", err)
		}
		if n > 0 {
			return enablemap.Errorf(enablemap.ECONFLICT, "enablemap is set up already; sign in instead")
		}
		if err := s.insertUser(ctx, tx, u); err != nil {
			return err
		}
		var err error
		if team, err = s.insertTeam(ctx, tx, teamName); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "INSERT INTO members (team_id, user_id, role) VALUES ($1, $2, 'owner')", team.ID, u.ID); err != nil {
			return fmt.Errorf("add owner: %w", err)
		}
		if _, err := tx.ExecContext(ctx, "UPDATE projects SET team_id = $1 WHERE team_id IS NULL", team.ID); err != nil {
			return fmt.Errorf("adopt projects: %w", err)
		}
		return nil
	})
	return team, err
}

func validateUser(u *enablemap.User) error {
	u.Email = strings.TrimSpace(u.Email)
	u.Name = strings.TrimSpace(u.Name)
	at := strings.LastIndex(u.Email, "@")
	if u.Email == "" || at < 1 || at == len(u.Email)-1 || strings.ContainsAny(u.Email, " \t\r\n<>\"") || len(u.Email) > 254 {
		return enablemap.FieldError("email", "give a valid email address, e.g. ana@example.com")
	}
	if len(u.Name) > 200 {
		return enablemap.FieldError("name", "the name is longer than 200 characters")
	}
	if u.PasswordHash == "" {
		return enablemap.FieldError("password", "a user needs a password")
	}
	return nil
}

func (s *DB) insertUser(ctx context.Context, tx *sql.Tx, u *enablemap.User) error {
	if err := validateUser(u); err != nil {
		return err
	}
	var other int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM users WHERE email_key = $1", emailKey(u.Email)).Scan(&other)
	if err == nil {
		return &enablemap.Error{Code: enablemap.ECONFLICT, Field: "email", Message: fmt.Sprintf("a user with email %s exists already", u.Email)}
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return fmt.Errorf("check email: %w", err)
	}
	now := s.now()
	u.CreatedAt, u.UpdatedAt = now, now
	if err := tx.QueryRowContext(ctx, `INSERT INTO users (email, email_key, name, password_hash, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, u.Email, emailKey(u.Email), u.Name, u.PasswordHash, now, now).Scan(&u.ID); err != nil {
		return fmt.Errorf("insert user: %w", err)
	}
	return nil
}

// CreateUser creates an account and sets u.ID.
func (s *DB) CreateUser(ctx context.Context, u *enablemap.User) error {
	return s.write(ctx, func(tx *sql.Tx) error { return s.insertUser(ctx, tx, u) })
}

const userColumns = "id, email, name, password_hash, created_at, updated_at"

func scanUser(row rowScanner) (enablemap.User, error) {
	var u enablemap.User
	err := row.Scan(&u.ID, &u.Email, &u.Name, &u.PasswordHash, &u.CreatedAt, &u.UpdatedAt)
	u.CreatedAt, u.UpdatedAt = u.CreatedAt.UTC(), u.UpdatedAt.UTC()
	return u, err
}

// User returns an account by id.
func (s *DB) User(ctx context.Context, id int64) (enablemap.User, error) {
	u, err := scanUser(s.db.QueryRowContext(ctx, "SELECT "+userColumns+" FROM users WHERE id = $1", id))
	if errors.Is(err, sql.ErrNoRows) {
		return u, notFound("no user %d", id)
	}
	if err != nil {
		return u, fmt.Errorf("load user %d: %w", id, err)
	}
	return u, nil
}

// UserByEmail returns an account by email address, in any case.
func (s *DB) UserByEmail(ctx context.Context, email string) (enablemap.User, error) {
	u, err := scanUser(s.db.QueryRowContext(ctx, "SELECT "+userColumns+" FROM users WHERE email_key = $1", emailKey(email)))
	if errors.Is(err, sql.ErrNoRows) {
		return u, notFound("no user with email %s", strings.TrimSpace(email))
	}
	if err != nil {
		return u, fmt.Errorf("load user: %w", err)
	}
	return u, nil
}

// Users lists every account by email.
func (s *DB) Users(ctx context.Context) ([]enablemap.User, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+userColumns+" FROM users ORDER BY email_key")
	if err != nil {
		return nil, fmt.Errorf("list users: %w", err)
	}
	defer rows.Close()
	var out []enablemap.User
	for rows.Next() {
		u, err := scanUser(rows)
		if err != nil {
			return nil, fmt.Errorf("list users: %w", err)
		}
		out = append(out, u)
	}
	return out, rows.Err()
}

// SetPassword replaces a password hash and ends the user's other sessions,
// so a changed password locks out whoever knew the old one.
func (s *DB) SetPassword(ctx context.Context, userID int64, hash, keep string) error {
	if hash == "" {
		return enablemap.FieldError("password", "a user needs a password")
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3", hash, s.now(), userID)
		if err != nil {
			return fmt.Errorf("set password: %w", err)
		}
		if err := mustAffect(res, notFound("no user %d", userID)); err != nil {
			return err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM sessions WHERE user_id = $1 AND id_hash <> $2", userID, keep); err != nil {
			return fmt.Errorf("end other sessions: %w", err)
		}
		return nil
	})
}

func (s *DB) insertTeam(ctx context.Context, tx *sql.Tx, name string) (enablemap.Team, error) {
	t := enablemap.Team{Name: strings.TrimSpace(name), CreatedAt: s.now()}
	if t.Name == "" {
		return t, enablemap.FieldError("workspace", "a workspace needs a name")
	}
	if len(t.Name) > 200 {
		return t, enablemap.FieldError("workspace", "the workspace name is longer than 200 characters")
	}
	var other int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM teams WHERE name_key = $1", nameKey(t.Name)).Scan(&other)
	if err == nil {
		return t, &enablemap.Error{Code: enablemap.ECONFLICT, Field: "workspace", Message: fmt.Sprintf("a workspace named %q exists already", t.Name)}
	}
	if !errors.Is(err, sql.ErrNoRows) {
		return t, fmt.Errorf("check workspace name: %w", err)
	}
	if err := tx.QueryRowContext(ctx, "INSERT INTO teams (name, name_key, created_at) VALUES ($1, $2, $3) RETURNING id",
		t.Name, nameKey(t.Name), t.CreatedAt).Scan(&t.ID); err != nil {
		return t, fmt.Errorf("insert workspace: %w", err)
	}
	return t, nil
}

// CreateTeam creates a workspace.
func (s *DB) CreateTeam(ctx context.Context, name string) (enablemap.Team, error) {
	var t enablemap.Team
	err := s.write(ctx, func(tx *sql.Tx) error {
		var err error
		t, err = s.insertTeam(ctx, tx, name)
		return err
	})
	return t, err
}

func scanTeam(row rowScanner) (enablemap.Team, error) {
	var t enablemap.Team
	err := row.Scan(&t.ID, &t.Name, &t.CreatedAt)
	t.CreatedAt = t.CreatedAt.UTC()
	return t, err
}

// Team returns a workspace by id.
func (s *DB) Team(ctx context.Context, id int64) (enablemap.Team, error) {
	t, err := scanTeam(s.db.QueryRowContext(ctx, "SELECT id, name, created_at FROM teams WHERE id = $1", id))
	if errors.Is(err, sql.ErrNoRows) {
		return t, notFound("no workspace %d", id)
	}
	if err != nil {
		return t, fmt.Errorf("load workspace %d: %w", id, err)
	}
	return t, nil
}

// TeamByName returns a workspace by name, in any case.
func (s *DB) TeamByName(ctx context.Context, name string) (enablemap.Team, error) {
	t, err := scanTeam(s.db.QueryRowContext(ctx, "SELECT id, name, created_at FROM teams WHERE name_key = $1", nameKey(name)))
	if errors.Is(err, sql.ErrNoRows) {
		return t, notFound("no workspace named %q", strings.TrimSpace(name))
	}
	if err != nil {
		return t, fmt.Errorf("load workspace: %w", err)
	}
	return t, nil
}

// RenameTeam renames a workspace; names stay unique in any case.
func (s *DB) RenameTeam(ctx context.Context, id int64, name string) error {
	name = strings.TrimSpace(name)
	if name == "" {
		return enablemap.FieldError("workspace", "a workspace needs a name")
	}
	if len(name) > 200 {
		return enablemap.FieldError("workspace", "the workspace name is longer than 200 characters")
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := s.lockTeam(ctx, tx, id); err != nil {
			return err
		}
		var other int64
		err := tx.QueryRowContext(ctx, "SELECT id FROM teams WHERE name_key = $1 AND id <> $2", nameKey(name), id).Scan(&other)
		if err == nil {
			return &enablemap.Error{Code: enablemap.ECONFLICT, Field: "workspace", Message: fmt.Sprintf("a workspace named %q exists already", name)}
		}
		if !errors.Is(err, sql.ErrNoRows) {
			return fmt.Errorf("check workspace name: %w", err)
		}
		if _, err := tx.ExecContext(ctx, "UPDATE teams SET name = $1, name_key = $2 WHERE id = $3", name, nameKey(name), id); err != nil {
			return fmt.Errorf("rename workspace: %w", err)
		}
		return nil
	})
}

// Teams lists every workspace by name.
func (s *DB) Teams(ctx context.Context) ([]enablemap.Team, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT id, name, created_at FROM teams ORDER BY name_key")
	if err != nil {
		return nil, fmt.Errorf("list workspaces: %w", err)
	}
	defer rows.Close()
	var out []enablemap.Team
	for rows.Next() {
		t, err := scanTeam(rows)
		if err != nil {
			return nil, fmt.Errorf("list workspaces: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// SetMember adds a member or changes their role.
func (s *DB) SetMember(ctx context.Context, teamID, userID int64, role string) error {
	if err := validRole(role); err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := s.lockTeam(ctx, tx, teamID); err != nil {
			return err
		}
		var old string
		err := tx.QueryRowContext(ctx, "SELECT role FROM members WHERE team_id = $1 AND user_id = $2", teamID, userID).Scan(&old)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			if _, err := tx.ExecContext(ctx, "INSERT INTO members (team_id, user_id, role) VALUES ($1, $2, $3)", teamID, userID, role); err != nil {
				return fmt.Errorf("add member: %w", err)
			}
			return nil
		case err != nil:
			return fmt.Errorf("load member: %w", err)
		}
		if old == "owner" && role != "owner" {
			if err := lastOwner(ctx, tx, teamID); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, "UPDATE members SET role = $1 WHERE team_id = $2 AND user_id = $3", role, teamID, userID); err != nil {
			return fmt.Errorf("change role: %w", err)
		}
		return nil
	})
}

// lockTeam checks the team exists and, on PostgreSQL, serialises changes
// to its members so that two owners cannot demote each other at once.
func (s *DB) lockTeam(ctx context.Context, tx *sql.Tx, teamID int64) error {
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM teams WHERE id = $1"+s.dialect.forUpdate, teamID).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return notFound("no workspace %d", teamID)
	}
	if err != nil {
		return fmt.Errorf("load workspace %d: %w", teamID, err)
	}
	return nil
}

func lastOwner(ctx context.Context, tx *sql.Tx, teamID int64) error {
	var owners int
	if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM members WHERE team_id = $1 AND role = 'owner'", teamID).Scan(&owners); err != nil {
		return fmt.Errorf("count owners: %w", err)
	}
	if owners <= 1 {
		return enablemap.Errorf(enablemap.EINVALID, "a workspace needs at least one owner: make someone else owner first")
	}
	return nil
}

// RemoveMember takes a user out of a team.
func (s *DB) RemoveMember(ctx context.Context, teamID, userID int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := s.lockTeam(ctx, tx, teamID); err != nil {
			return err
		}
		var role string
		err := tx.QueryRowContext(ctx, "SELECT role FROM members WHERE team_id = $1 AND user_id = $2", teamID, userID).Scan(&role)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("user %d is not a member of workspace %d", userID, teamID)
		}
		if err != nil {
			return fmt.Errorf("load member: %w", err)
		}
		if role == "owner" {
			if err := lastOwner(ctx, tx, teamID); err != nil {
				return err
			}
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM members WHERE team_id = $1 AND user_id = $2", teamID, userID); err != nil {
			return fmt.Errorf("remove member: %w", err)
		}
		return nil
	})
}

const memberQuery = `SELECT m.team_id, t.name, m.user_id, u.email, u.name, m.role
FROM members m JOIN teams t ON t.id = m.team_id JOIN users u ON u.id = m.user_id `

func (s *DB) members(ctx context.Context, where, order string, arg int64) ([]enablemap.Member, error) {
	rows, err := s.db.QueryContext(ctx, memberQuery+where+order, arg)
	if err != nil {
		return nil, fmt.Errorf("list members: %w", err)
	}
	defer rows.Close()
	var out []enablemap.Member
	for rows.Next() {
		var m enablemap.Member
		if err := rows.Scan(&m.TeamID, &m.TeamName, &m.UserID, &m.UserEmail, &m.UserName, &m.Role); err != nil {
			return nil, fmt.Errorf("list members: %w", err)
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// Members lists a team's members by email.
func (s *DB) Members(ctx context.Context, teamID int64) ([]enablemap.Member, error) {
	return s.members(ctx, "WHERE m.team_id = $1", " ORDER BY u.email_key", teamID)
}

// Memberships lists a user's teams by name.
func (s *DB) Memberships(ctx context.Context, userID int64) ([]enablemap.Member, error) {
	return s.members(ctx, "WHERE m.user_id = $1", " ORDER BY t.name_key", userID)
}

// ProjectTeam returns the team of a project, 0 when it has none.
func (s *DB) ProjectTeam(ctx context.Context, projectID int64) (int64, error) {
	var team sql.NullInt64
	err := s.db.QueryRowContext(ctx, "SELECT team_id FROM projects WHERE id = $1", projectID).Scan(&team)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, notFound("project %d not found", projectID)
	}
	if err != nil {
		return 0, fmt.Errorf("load project %d: %w", projectID, err)
	}
	return team.Int64, nil
}

// SetProjectTeam puts a project into a team.
func (s *DB) SetProjectTeam(ctx context.Context, projectID, teamID int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := s.lockTeam(ctx, tx, teamID); err != nil {
			return err
		}
		var name string
		err := tx.QueryRowContext(ctx, "SELECT name FROM projects WHERE id = $1"+s.dialect.forUpdate, projectID).Scan(&name)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("project %d not found", projectID)
		}
		if err != nil {
			return fmt.Errorf("load project %d: %w", projectID, err)
		}
		if err := nameTaken(ctx, tx, teamID, name, projectID); err != nil {
			return &enablemap.Error{Code: enablemap.ECONFLICT, Field: "name", Message: fmt.Sprintf(
				"project %q cannot move into this workspace: it has a project of that name already; rename one of them first", name)}
		}
		res, err := tx.ExecContext(ctx, "UPDATE projects SET team_id = $1 WHERE id = $2", teamID, projectID)
		if err != nil {
			return fmt.Errorf("move project %d: %w", projectID, err)
		}
		return mustAffect(res, notFound("project %d not found", projectID))
	})
}

// AdoptProjects moves the projects that have no team into one.
func (s *DB) AdoptProjects(ctx context.Context, teamID int64) (int, error) {
	var n int64
	err := s.write(ctx, func(tx *sql.Tx) error {
		if err := s.lockTeam(ctx, tx, teamID); err != nil {
			return err
		}
		if err := adoptClashes(ctx, tx, teamID); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "UPDATE projects SET team_id = $1 WHERE team_id IS NULL", teamID)
		if err != nil {
			return fmt.Errorf("adopt projects: %w", err)
		}
		n, err = res.RowsAffected()
		return err
	})
	return int(n), err
}

// adoptClashes refuses to adopt projects of no team whose names the team
// uses already, naming them all, rather than let the unique index fail on
// the first.
func adoptClashes(ctx context.Context, tx *sql.Tx, teamID int64) error {
	rows, err := tx.QueryContext(ctx, `SELECT p.name FROM projects p
WHERE p.team_id IS NULL AND EXISTS (SELECT 1 FROM projects q WHERE q.team_id = $1 AND q.name_key = p.name_key)
ORDER BY p.name_key`, teamID)
	if err != nil {
		return fmt.Errorf("check project names: %w", err)
	}
	defer rows.Close()
	var names []string
	for rows.Next() {
		var n string
		if err := rows.Scan(&n); err != nil {
			return fmt.Errorf("check project names: %w", err)
		}
		names = append(names, fmt.Sprintf("%q", n))
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("check project names: %w", err)
	}
	if len(names) > 0 {
		return &enablemap.Error{Code: enablemap.ECONFLICT, Field: "workspace", Message: fmt.Sprintf(
			"the workspace has projects named %s already; rename the projects of no workspace (enablemap project update ID --name NEW) and adopt again",
			strings.Join(names, ", "))}
	}
	return nil
}

// TeamProjects lists a team's projects by name.
func (s *DB) TeamProjects(ctx context.Context, teamID int64, includeArchived bool) ([]enablemap.Project, error) {
	q := "SELECT " + projectColumns + " FROM projects WHERE team_id = $1"
	if !includeArchived {
		q += " AND NOT archived"
	}
	rows, err := s.db.QueryContext(ctx, q+" ORDER BY name_key", teamID)
	if err != nil {
		return nil, fmt.Errorf("list projects: %w", err)
	}
	defer rows.Close()
	var out []enablemap.Project
	for rows.Next() {
		p, err := scanProject(rows)
		if err != nil {
			return nil, fmt.Errorf("list projects: %w", err)
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// CreateSession stores a new session.
func (s *DB) CreateSession(ctx context.Context, se enablemap.Session) error {
	_, err := s.db.ExecContext(ctx, `INSERT INTO sessions (id_hash, user_id, team_id, csrf, created_at, last_seen, expires_at)
VALUES ($1, $2, $3, $4, $5, $6, $7)`, se.IDHash, se.UserID, se.TeamID, se.CSRF, se.CreatedAt.UTC(), se.LastSeen.UTC(), se.ExpiresAt.UTC())
	if err != nil {
		return fmt.Errorf("create session: %w", err)
	}
	return nil
}

// SessionByHash returns a session by the hash of its id.
func (s *DB) SessionByHash(ctx context.Context, hash string) (enablemap.Session, error) {
	var se enablemap.Session
	err := s.db.QueryRowContext(ctx, `SELECT id_hash, user_id, team_id, csrf, created_at, last_seen, expires_at
FROM sessions WHERE id_hash = $1`, hash).Scan(&se.IDHash, &se.UserID, &se.TeamID, &se.CSRF, &se.CreatedAt, &se.LastSeen, &se.ExpiresAt)
	if errors.Is(err, sql.ErrNoRows) {
		return se, notFound("no such session")
	}
	if err != nil {
		return se, fmt.Errorf("load session: %w", err)
	}
	se.CreatedAt, se.LastSeen, se.ExpiresAt = se.CreatedAt.UTC(), se.LastSeen.UTC(), se.ExpiresAt.UTC()
	return se, nil
}

// TouchSession records activity on a session.
func (s *DB) TouchSession(ctx context.Context, hash string, at time.Time) error {
	if _, err := s.db.ExecContext(ctx, "UPDATE sessions SET last_seen = $1 WHERE id_hash = $2", at.UTC(), hash); err != nil {
		return fmt.Errorf("touch session: %w", err)
	}
	return nil
}

// SetSessionTeam switches the workspace a session looks at.
func (s *DB) SetSessionTeam(ctx context.Context, hash string, teamID int64) error {
	res, err := s.db.ExecContext(ctx, "UPDATE sessions SET team_id = $1 WHERE id_hash = $2", teamID, hash)
	if err != nil {
		return fmt.Errorf("switch workspace: %w", err)
	}
	return mustAffect(res, notFound("no such session"))
}

// DeleteSession ends a session.
func (s *DB) DeleteSession(ctx context.Context, hash string) error {
	if _, err := s.db.ExecContext(ctx, "DELETE FROM sessions WHERE id_hash = $1", hash); err != nil {
		return fmt.Errorf("delete session: %w", err)
	}
	return nil
}

// DeleteExpiredSessions removes sessions past their absolute end.
func (s *DB) DeleteExpiredSessions(ctx context.Context, now time.Time) (int, error) {
	res, err := s.db.ExecContext(ctx, "DELETE FROM sessions WHERE expires_at < $1", now.UTC())
	if err != nil {
		return 0, fmt.Errorf("delete expired sessions: %w", err)
	}
	n, _ := res.RowsAffected()
	return int(n), nil
}

// loginFailureKeep is how long failures are kept: longer than any window
// the server uses, short enough that the table stays small.
const loginFailureKeep = 24 * time.Hour

// RecordLoginFailure stores a failed sign-in and drops failures older than
// a day.
func (s *DB) RecordLoginFailure(ctx context.Context, account, address string, at time.Time) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := tx.ExecContext(ctx, "INSERT INTO login_failures (account, address, at) VALUES ($1, $2, $3)",
			emailKey(account), address, at.UTC()); err != nil {
			return fmt.Errorf("record login failure: %w", err)
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM login_failures WHERE at < $1", at.Add(-loginFailureKeep).UTC()); err != nil {
			return fmt.Errorf("prune login failures: %w", err)
		}
		return nil
	})
}

// LoginFailures counts failures since a time, per account and per address.
func (s *DB) LoginFailures(ctx context.Context, account, address string, since time.Time) (enablemap.LoginFailures, error) {
	var f enablemap.LoginFailures
	err := s.read(ctx, func(tx *sql.Tx) error {
		var err error
		if f.Account, f.OldestAccount, err = countFailures(ctx, tx, "account", emailKey(account), since); err != nil {
			return err
		}
		f.Address, f.OldestAddress, err = countFailures(ctx, tx, "address", address, since)
		return err
	})
	return f, err
}

// countFailures counts the failures of one key since a time and finds the
// oldest of them (read as a row rather than MIN, which SQLite returns as
// text).
func countFailures(ctx context.Context, tx *sql.Tx, column, key string, since time.Time) (int, time.Time, error) {
	var (
		n      int
		oldest time.Time
	)
	if err := tx.QueryRowContext(ctx, "SELECT COUNT(*) FROM login_failures WHERE "+column+" = $1 AND at >= $2", key, since.UTC()).Scan(&n); err != nil {
		return 0, oldest, fmt.Errorf("count login failures: %w", err)
	}
	if n == 0 {
		return 0, oldest, nil
	}
	if err := tx.QueryRowContext(ctx, "SELECT at FROM login_failures WHERE "+column+" = $1 AND at >= $2 ORDER BY at LIMIT 1", key, since.UTC()).Scan(&oldest); err != nil {
		return 0, oldest, fmt.Errorf("find oldest login failure: %w", err)
	}
	return n, oldest.UTC(), nil
}

// ClearLoginFailures forgets an account's failures after a good sign-in.
func (s *DB) ClearLoginFailures(ctx context.Context, account string) error {
	if _, err := s.db.ExecContext(ctx, "DELETE FROM login_failures WHERE account = $1", emailKey(account)); err != nil {
		return fmt.Errorf("clear login failures: %w", err)
	}
	return nil
}

// CreateAPIToken stores a token and sets its ID.
func (s *DB) CreateAPIToken(ctx context.Context, t *enablemap.APIToken) error {
	if err := validRole(t.Role); err != nil {
		return err
	}
	t.Name = strings.TrimSpace(t.Name)
	if t.Name == "" {
		return enablemap.FieldError("name", "name the token after the program that uses it")
	}
	if len(t.Name) > 200 {
		return enablemap.FieldError("name", "the name is longer than 200 characters")
	}
	if t.CreatedAt.IsZero() {
		t.CreatedAt = s.now()
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if err := s.lockTeam(ctx, tx, t.TeamID); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `INSERT INTO api_tokens (team_id, name, hash, role, created_by, created_at)
VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, t.TeamID, t.Name, t.Hash, t.Role, t.CreatedBy, t.CreatedAt.UTC()).Scan(&t.ID)
	})
}

const tokenColumns = "id, team_id, name, hash, role, created_by, created_at, last_used, revoked_at"

func scanToken(row rowScanner) (enablemap.APIToken, error) {
	var (
		t             enablemap.APIToken
		used, revoked sql.NullTime
	)
	err := row.Scan(&t.ID, &t.TeamID, &t.Name, &t.Hash, &t.Role, &t.CreatedBy, &t.CreatedAt, &used, &revoked)
	t.CreatedAt, t.LastUsed, t.RevokedAt = t.CreatedAt.UTC(), fromNull(used), fromNull(revoked)
	return t, err
}

// APITokenByHash returns a token by its hash, revoked or not.
func (s *DB) APITokenByHash(ctx context.Context, hash string) (enablemap.APIToken, error) {
	t, err := scanToken(s.db.QueryRowContext(ctx, "SELECT "+tokenColumns+" FROM api_tokens WHERE hash = $1", hash))
	if errors.Is(err, sql.ErrNoRows) {
		return t, notFound("no such API token")
	}
	if err != nil {
		return t, fmt.Errorf("load API token: %w", err)
	}
	return t, nil
}

// APITokens lists a team's tokens, newest first.
func (s *DB) APITokens(ctx context.Context, teamID int64) ([]enablemap.APIToken, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+tokenColumns+" FROM api_tokens WHERE team_id = $1 ORDER BY id DESC", teamID)
	if err != nil {
		return nil, fmt.Errorf("list API tokens: %w", err)
	}
	defer rows.Close()
	var out []enablemap.APIToken
	for rows.Next() {
		t, err := scanToken(rows)
		if err != nil {
			return nil, fmt.Errorf("list API tokens: %w", err)
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// RevokeAPIToken revokes a team's token; revoking twice keeps the first time.
func (s *DB) RevokeAPIToken(ctx context.Context, teamID, id int64, at time.Time) error {
	res, err := s.db.ExecContext(ctx, "UPDATE api_tokens SET revoked_at = COALESCE(revoked_at, $1) WHERE team_id = $2 AND id = $3", at.UTC(), teamID, id)
	if err != nil {
		return fmt.Errorf("revoke API token: %w", err)
	}
	return mustAffect(res, notFound("no API token %d in this workspace", id))
}

// TouchAPIToken records when a token was last used.
func (s *DB) TouchAPIToken(ctx context.Context, id int64, at time.Time) error {
	if _, err := s.db.ExecContext(ctx, "UPDATE api_tokens SET last_used = $1 WHERE id = $2", at.UTC(), id); err != nil {
		return fmt.Errorf("touch API token: %w", err)
	}
	return nil
}

// CreateLink stores a contributor link and sets its ID.
func (s *DB) CreateLink(ctx context.Context, l *enablemap.ContributorLink) error {
	l.Label = strings.TrimSpace(l.Label)
	if len(l.Label) > 200 {
		return enablemap.FieldError("label", "the label is longer than 200 characters")
	}
	if l.CreatedAt.IsZero() {
		l.CreatedAt = s.now()
	}
	if !l.ExpiresAt.After(l.CreatedAt) {
		return enablemap.FieldError("days", "a link must expire after it is made")
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := s.loadProject(ctx, tx, l.ProjectID, true); err != nil {
			return err
		}
		return tx.QueryRowContext(ctx, `INSERT INTO contributor_links (project_id, hash, label, created_by, created_at, expires_at)
VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`, l.ProjectID, l.Hash, l.Label, l.CreatedBy, l.CreatedAt.UTC(), l.ExpiresAt.UTC()).Scan(&l.ID)
	})
}

const linkColumns = "id, project_id, hash, label, created_by, created_at, expires_at, revoked_at, uses"

func scanLink(row rowScanner) (enablemap.ContributorLink, error) {
	var (
		l       enablemap.ContributorLink
		revoked sql.NullTime
	)
	err := row.Scan(&l.ID, &l.ProjectID, &l.Hash, &l.Label, &l.CreatedBy, &l.CreatedAt, &l.ExpiresAt, &revoked, &l.Uses)
	l.CreatedAt, l.ExpiresAt, l.RevokedAt = l.CreatedAt.UTC(), l.ExpiresAt.UTC(), fromNull(revoked)
	return l, err
}

// LinkByHash returns a link by the hash of its token.
func (s *DB) LinkByHash(ctx context.Context, hash string) (enablemap.ContributorLink, error) {
	l, err := scanLink(s.db.QueryRowContext(ctx, "SELECT "+linkColumns+" FROM contributor_links WHERE hash = $1", hash))
	if errors.Is(err, sql.ErrNoRows) {
		return l, notFound("no such link")
	}
	if err != nil {
		return l, fmt.Errorf("load link: %w", err)
	}
	return l, nil
}

// Links lists a project's links, newest first.
func (s *DB) Links(ctx context.Context, projectID int64) ([]enablemap.ContributorLink, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+linkColumns+" FROM contributor_links WHERE project_id = $1 ORDER BY id DESC", projectID)
	if err != nil {
		return nil, fmt.Errorf("list links: %w", err)
	}
	defer rows.Close()
	var out []enablemap.ContributorLink
	for rows.Next() {
		l, err := scanLink(rows)
		if err != nil {
			return nil, fmt.Errorf("list links: %w", err)
		}
		out = append(out, l)
	}
	return out, rows.Err()
}

// RevokeLink revokes a project's link.
func (s *DB) RevokeLink(ctx context.Context, projectID, id int64, at time.Time) error {
	res, err := s.db.ExecContext(ctx, "UPDATE contributor_links SET revoked_at = COALESCE(revoked_at, $1) WHERE project_id = $2 AND id = $3", at.UTC(), projectID, id)
	if err != nil {
		return fmt.Errorf("revoke link: %w", err)
	}
	return mustAffect(res, notFound("no link %d in this project", id))
}

// CountLinkUse adds one to a link's uses.
func (s *DB) CountLinkUse(ctx context.Context, id int64) error {
	res, err := s.db.ExecContext(ctx, "UPDATE contributor_links SET uses = uses + 1 WHERE id = $1", id)
	if err != nil {
		return fmt.Errorf("count link use: %w", err)
	}
	return mustAffect(res, notFound("no link %d", id))
}

// AddAudit appends an entry to the audit log.
func (s *DB) AddAudit(ctx context.Context, e *enablemap.AuditEntry) error {
	if e.At.IsZero() {
		e.At = s.now()
	}
	return s.write(ctx, func(tx *sql.Tx) error { return insertAudit(ctx, tx, e) })
}

func insertAudit(ctx context.Context, tx *sql.Tx, e *enablemap.AuditEntry) error {
	if err := tx.QueryRowContext(ctx, `INSERT INTO audit_log (team_id, project_id, actor, action, target, before, after, at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`, e.TeamID, e.ProjectID, e.Actor, e.Action, e.Target, e.Before, e.After, e.At.UTC()).Scan(&e.ID); err != nil {
		return fmt.Errorf("write audit log: %w", err)
	}
	return nil
}

// Audit lists a team's audit entries, newest first.
func (s *DB) Audit(ctx context.Context, teamID int64, limit int) ([]enablemap.AuditEntry, error) {
	if limit <= 0 || limit > 10000 {
		limit = 10000
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, team_id, project_id, actor, action, target, before, after, at
FROM audit_log WHERE team_id = $1 ORDER BY id DESC LIMIT $2`, teamID, limit)
	if err != nil {
		return nil, fmt.Errorf("read audit log: %w", err)
	}
	defer rows.Close()
	var out []enablemap.AuditEntry
	for rows.Next() {
		var e enablemap.AuditEntry
		if err := rows.Scan(&e.ID, &e.TeamID, &e.ProjectID, &e.Actor, &e.Action, &e.Target, &e.Before, &e.After, &e.At); err != nil {
			return nil, fmt.Errorf("read audit log: %w", err)
		}
		e.At = e.At.UTC()
		out = append(out, e)
	}
	return out, rows.Err()
}
