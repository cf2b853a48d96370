package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

const projectColumns = `id, name, description, sales_stages, buying_stages, guide, archived, created_at, updated_at, version`

type rowScanner interface{ Scan(dest ...any) error }

func scanProject(row rowScanner) (enablemap.Project, error) {
	var (
		p                    enablemap.Project
		sales, buying, guide string
	)
	if err := row.Scan(&p.ID, &p.Name, &p.Description, &sales, &buying, &guide, &p.Archived, &p.CreatedAt, &p.UpdatedAt, &p.Version); err != nil {
		return p, err
	}
	p.CreatedAt, p.UpdatedAt = p.CreatedAt.UTC(), p.UpdatedAt.UTC()
	var err error
	if p.SalesStages, err = decodeList(sales); err != nil {
		return p, fmt.Errorf("project %d: sales stages: %w", p.ID, err)
	}
	if p.BuyingStages, err = decodeList(buying); err != nil {
		return p, fmt.Errorf("project %d: buying stages: %w", p.ID, err)
	}
	if p.Guide, err = decodeList(guide); err != nil {
		return p, fmt.Errorf("project %d: guide: %w", p.ID, err)
	}
	return p, nil
}

// encodeList stores an ordered list of strings as a JSON array.
func encodeList(list []string) string {
	if len(list) == 0 {
		return "[]"
	}
	b, _ := json.Marshal(list) // a []string always encodes
	return string(b)
}

// decodeList reads what encodeList wrote; an empty list is nil.
func decodeList(s string) ([]string, error) {
	var list []string
	if err := json.Unmarshal([]byte(s), &list); err != nil {
		return nil, err
	}
	if len(list) == 0 {
		return nil, nil
	}
	return list, nil
}

// nameKey folds a project name for uniqueness and look-up.
func nameKey(name string) string { return strings.ToLower(strings.TrimSpace(name)) }

func validateProject(p *enablemap.Project) error {
	p.Name = strings.TrimSpace(p.Name)
	if p.Name == "" {
		return enablemap.FieldError("name", "a project needs a name")
	}
	if err := enablemap.ValidateStages("sales_stages", p.SalesStages); err != nil {
		return err
	}
	return enablemap.ValidateStages("buying_stages", p.BuyingStages)
}

// loadProject reads a project in tx; lock takes its row lock for the rest of
// a write transaction, so that writes to one project queue up on PostgreSQL.
func (s *DB) loadProject(ctx context.Context, tx *sql.Tx, id int64, lock bool) (enablemap.Project, error) {
	q := "SELECT " + projectColumns + " FROM projects WHERE id = $1"
	if lock {
		q += s.dialect.forUpdate
	}
	p, err := scanProject(tx.QueryRowContext(ctx, q, id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, notFound("project %d not found", id)
	}
	if err != nil {
		return p, fmt.Errorf("load project %d: %w", id, err)
	}
	return p, nil
}

// nameTaken reports whether another project than id has the name in a
// team (0: the projects of no team). Names are unique per team only.
func nameTaken(ctx context.Context, tx *sql.Tx, teamID int64, name string, id int64) error {
	var other int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM projects WHERE COALESCE(team_id, 0) = $1 AND name_key = $2 AND id <> $3",
		teamID, nameKey(name), id).Scan(&other)
	switch {
	case errors.Is(err, sql.ErrNoRows):
		return nil
	case err != nil:
		return fmt.Errorf("check project name: %w", err)
	}
	return &enablemap.Error{Code: enablemap.ECONFLICT, Field: "name", Message: fmt.Sprintf("a project named %q exists already", name)}
}

// nullTeam stores team 0 as NULL: the project belongs to no team.
func nullTeam(teamID int64) sql.NullInt64 {
	return sql.NullInt64{Int64: teamID, Valid: teamID != 0}
}

// projectTeam reads the team of a project in tx, 0 for none.
func projectTeam(ctx context.Context, tx *sql.Tx, projectID int64) (int64, error) {
	var team sql.NullInt64
	err := tx.QueryRowContext(ctx, "SELECT team_id FROM projects WHERE id = $1", projectID).Scan(&team)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, notFound("project %d not found", projectID)
	}
	if err != nil {
		return 0, fmt.Errorf("load project %d: %w", projectID, err)
	}
	return team.Int64, nil
}

// CreateProject creates p, in no team, and sets its ID, Version and
// timestamps.
func (s *DB) CreateProject(ctx context.Context, p *enablemap.Project) error {
	return s.CreateTeamProject(ctx, 0, p)
}

// CreateTeamProject creates p in a team (0: none) and sets its ID, Version
// and timestamps. The name must be free in that team only.
func (s *DB) CreateTeamProject(ctx context.Context, teamID int64, p *enablemap.Project) error {
	if err := validateProject(p); err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if teamID != 0 {
			if err := s.lockTeam(ctx, tx, teamID); err != nil {
				return err
			}
		}
		return s.insertProject(ctx, tx, teamID, p)
	})
}

func (s *DB) insertProject(ctx context.Context, tx *sql.Tx, teamID int64, p *enablemap.Project) error {
	if err := nameTaken(ctx, tx, teamID, p.Name, 0); err != nil {
		return err
	}
	now := s.now()
	if p.CreatedAt.IsZero() {
		p.CreatedAt = now
	}
	p.CreatedAt = p.CreatedAt.UTC()
	p.UpdatedAt, p.Version = now, 1
	err := tx.QueryRowContext(ctx, `INSERT INTO projects (name, name_key, description, sales_stages, buying_stages, guide, archived, created_at, updated_at, version, team_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
		p.Name, nameKey(p.Name), p.Description, encodeList(p.SalesStages), encodeList(p.BuyingStages), encodeList(p.Guide), p.Archived,
		p.CreatedAt, p.UpdatedAt, p.Version, nullTeam(teamID)).Scan(&p.ID)
	if err != nil {
		return fmt.Errorf("insert project: %w", err)
	}
	return nil
}

// Project returns the project with the given id.
func (s *DB) Project(ctx context.Context, id int64) (enablemap.Project, error) {
	var p enablemap.Project
	err := s.read(ctx, func(tx *sql.Tx) (err error) {
		p, err = s.loadProject(ctx, tx, id, false)
		return err
	})
	return p, err
}

// ProjectByName returns the project with the given name, in any case,
// whatever its team. A name that several teams use is a conflict that lists
// them: the caller must say which (TeamProjectByName, or the id).
func (s *DB) ProjectByName(ctx context.Context, name string) (enablemap.Project, error) {
	found, err := s.ProjectsByName(ctx, name)
	if err != nil {
		return enablemap.Project{}, err
	}
	switch len(found) {
	case 0:
		return enablemap.Project{}, notFound("no project named %q", strings.TrimSpace(name))
	case 1:
		return found[0].Project, nil
	}
	return enablemap.Project{}, ambiguousName(name, found)
}

// ambiguousName is the conflict of a project name found in several
// workspaces: it lists them with the project ids.
func ambiguousName(name string, found []enablemap.TeamProject) error {
	places := make([]string, len(found))
	for i, f := range found {
		where := "no workspace"
		if f.TeamID != 0 {
			where = fmt.Sprintf("workspace %q", f.TeamName)
		}
		places[i] = fmt.Sprintf("%s (project id %d)", where, f.Project.ID)
	}
	return &enablemap.Error{Code: enablemap.ECONFLICT, Field: "project", Message: fmt.Sprintf(
		"%d projects are named %q, in %s; name the project by its id, or say which workspace",
		len(found), strings.TrimSpace(name), strings.Join(places, ", "))}
}

// TeamProjectByName returns a team's project by name, in any case; team 0
// looks among the projects of no team.
func (s *DB) TeamProjectByName(ctx context.Context, teamID int64, name string) (enablemap.Project, error) {
	p, err := scanProject(s.db.QueryRowContext(ctx, "SELECT "+projectColumns+" FROM projects WHERE COALESCE(team_id, 0) = $1 AND name_key = $2",
		teamID, nameKey(name)))
	if errors.Is(err, sql.ErrNoRows) {
		return p, notFound("no project named %q", strings.TrimSpace(name))
	}
	if err != nil {
		return p, fmt.Errorf("load project %q: %w", strings.TrimSpace(name), err)
	}
	return p, nil
}

// ProjectsByName finds the projects of every team that have a name, by
// team name (the projects of no team first).
func (s *DB) ProjectsByName(ctx context.Context, name string) ([]enablemap.TeamProject, error) {
	cols := "p." + strings.ReplaceAll(projectColumns, ", ", ", p.")
	rows, err := s.db.QueryContext(ctx, "SELECT "+cols+`, COALESCE(p.team_id, 0), COALESCE(t.name, '')
FROM projects p LEFT JOIN teams t ON t.id = p.team_id WHERE p.name_key = $1 ORDER BY COALESCE(t.name_key, ''), p.id`, nameKey(name))
	if err != nil {
		return nil, fmt.Errorf("find projects named %q: %w", strings.TrimSpace(name), err)
	}
	defer rows.Close()
	var out []enablemap.TeamProject
	for rows.Next() {
		var tp enablemap.TeamProject
		tp.Project, err = scanProject(teamScanner{rows, &tp})
		if err != nil {
			return nil, fmt.Errorf("find projects named %q: %w", strings.TrimSpace(name), err)
		}
		out = append(out, tp)
	}
	return out, rows.Err()
}

// teamScanner reads a project row followed by its team id and name.
type teamScanner struct {
	row rowScanner
	tp  *enablemap.TeamProject
}

func (t teamScanner) Scan(dest ...any) error {
	return t.row.Scan(append(dest, &t.tp.TeamID, &t.tp.TeamName)...)
}

// Projects lists projects by name; archived ones only if includeArchived.
func (s *DB) Projects(ctx context.Context, includeArchived bool) ([]enablemap.Project, error) {
	var out []enablemap.Project
	err := s.read(ctx, func(tx *sql.Tx) error {
		q := "SELECT " + projectColumns + " FROM projects"
		if !includeArchived {
			q += " WHERE NOT archived"
		}
		rows, err := tx.QueryContext(ctx, q+" ORDER BY name_key, id")
		if err != nil {
			return fmt.Errorf("list projects: %w", err)
		}
		defer rows.Close()
		for rows.Next() {
			p, err := scanProject(rows)
			if err != nil {
				return fmt.Errorf("list projects: %w", err)
			}
			out = append(out, p)
		}
		return rows.Err()
	})
	return out, err
}

// UpdateProject saves name, description, stages and the archived flag if
// p.Version is the stored one; it then sets p.Version and p.UpdatedAt. A
// sales stage still used by a response, or a buying stage still named by a
// move decision, cannot be removed. Changing only the case of a sales stage
// renames it in the responses too.
func (s *DB) UpdateProject(ctx context.Context, p *enablemap.Project) error {
	if err := validateProject(p); err != nil {
		return err
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		old, err := s.loadProject(ctx, tx, p.ID, true)
		if err != nil {
			return err
		}
		if old.Version != p.Version {
			return staleProject(old, p.Version)
		}
		team, err := projectTeam(ctx, tx, p.ID)
		if err != nil {
			return err
		}
		if err := nameTaken(ctx, tx, team, p.Name, p.ID); err != nil {
			return err
		}
		if err := checkSalesStageRemoval(ctx, tx, p.ID, old.SalesStages, p.SalesStages); err != nil {
			return err
		}
		if err := checkBuyingStageRemoval(ctx, tx, p.ID, old.BuyingStages, p.BuyingStages); err != nil {
			return err
		}
		now := s.now()
		_, err = tx.ExecContext(ctx, `UPDATE projects SET name = $1, name_key = $2, description = $3, sales_stages = $4,
    buying_stages = $5, guide = $6, archived = $7, updated_at = $8, version = version + 1
WHERE id = $9`,
			p.Name, nameKey(p.Name), p.Description, encodeList(p.SalesStages), encodeList(p.BuyingStages), encodeList(p.Guide), p.Archived, now, p.ID)
		if err != nil {
			return fmt.Errorf("update project %d: %w", p.ID, err)
		}
		p.CreatedAt, p.UpdatedAt, p.Version = old.CreatedAt, now, old.Version+1
		return nil
	})
}

func staleProject(stored enablemap.Project, version int64) error {
	return enablemap.Errorf(enablemap.ECONFLICT,
		"project %q was changed by someone else since you loaded it (your version %d, now %d); reload it and make your change again",
		stored.Name, version, stored.Version)
}

// stageIndex maps case-folded stage names to their spelling.
func stageIndex(stages []string) map[string]string {
	m := make(map[string]string, len(stages))
	for _, st := range stages {
		m[strings.ToLower(strings.TrimSpace(st))] = st
	}
	return m
}

func checkSalesStageRemoval(ctx context.Context, tx *sql.Tx, projectID int64, old, new []string) error {
	kept := stageIndex(new)
	for _, st := range old {
		if respelled, ok := kept[strings.ToLower(strings.TrimSpace(st))]; ok {
			if respelled != st {
				for _, col := range []string{"from_stage", "to_stage"} {
					if _, err := tx.ExecContext(ctx, "UPDATE responses SET "+col+" = $1 WHERE project_id = $2 AND "+col+" = $3",
						respelled, projectID, st); err != nil {
						return fmt.Errorf("rename sales stage %q: %w", st, err)
					}
				}
			}
			continue
		}
		var (
			n     int
			first sql.NullString
		)
		err := tx.QueryRowContext(ctx, `SELECT COUNT(*), MIN(id) FROM responses
WHERE project_id = $1 AND (from_stage = $2 OR to_stage = $2)`, projectID, st).Scan(&n, &first)
		if err != nil {
			return fmt.Errorf("check sales stage %q: %w", st, err)
		}
		if n > 0 {
			return enablemap.FieldError("sales_stages",
				"sales stage %q cannot be removed: %d responses use it (e.g. response %s); move them to another stage or delete them first",
				st, n, first.String)
		}
	}
	return nil
}

func checkBuyingStageRemoval(ctx context.Context, tx *sql.Tx, projectID int64, old, new []string) error {
	kept := stageIndex(new)
	var removed []string
	for _, st := range old {
		if _, ok := kept[strings.ToLower(strings.TrimSpace(st))]; !ok {
			removed = append(removed, st)
		}
	}
	if len(removed) == 0 {
		return nil
	}
	rows, err := tx.QueryContext(ctx, "SELECT seq, response_id, text FROM decisions WHERE project_id = $1 AND kind = $2 ORDER BY seq",
		projectID, string(enablemap.Move))
	if err != nil {
		return fmt.Errorf("check buying stages: %w", err)
	}
	defer rows.Close()
	type use struct {
		n    int
		seq  int64
		resp string
	}
	uses := map[string]*use{}
	for rows.Next() {
		var (
			seq        int64
			resp, text string
		)
		if err := rows.Scan(&seq, &resp, &text); err != nil {
			return fmt.Errorf("check buying stages: %w", err)
		}
		k := strings.ToLower(strings.TrimSpace(text))
		if uses[k] == nil {
			uses[k] = &use{seq: seq, resp: resp}
		}
		uses[k].n++
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("check buying stages: %w", err)
	}
	for _, st := range removed {
		if u := uses[strings.ToLower(strings.TrimSpace(st))]; u != nil {
			return enablemap.FieldError("buying_stages",
				"buying stage %q cannot be removed: %d decisions place activities on it (e.g. decision %d, the activity of response %s); move those activities to another stage or delete the decisions first",
				st, u.n, u.seq, u.resp)
		}
	}
	return nil
}

// DeleteProject deletes a project and everything in it.
func (s *DB) DeleteProject(ctx context.Context, id int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		res, err := tx.ExecContext(ctx, "DELETE FROM projects WHERE id = $1", id)
		if err != nil {
			return fmt.Errorf("delete project %d: %w", id, err)
		}
		return mustAffect(res, notFound("project %d not found", id))
	})
}

// mustAffect returns missing when a statement touched no row.
func mustAffect(res sql.Result, missing error) error {
	n, err := res.RowsAffected()
	if err != nil {
		return fmt.Errorf("rows affected: %w", err)
	}
	if n == 0 {
		return missing
	}
	return nil
}
