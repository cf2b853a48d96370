package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// AddDecision records d and sets its ID, Seq (the project's next) and
// CreatedAt.
func (s *DB) AddDecision(ctx context.Context, projectID int64, d *enablemap.Decision) error {
	if strings.TrimSpace(string(d.Kind)) == "" {
		return enablemap.FieldError("kind", "a decision needs a kind")
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := s.loadProject(ctx, tx, projectID, true); err != nil {
			return err
		}
		created := *d
		created.CreatedAt = s.now()
		if err := insertDecision(ctx, tx, projectID, &created); err != nil {
			return err
		}
		*d = created
		return nil
	})
}

// insertDecision takes the project's next Seq unless d.Seq is set (a
// restore), in which case the counter is raised to it.
func insertDecision(ctx context.Context, tx *sql.Tx, projectID int64, d *enablemap.Decision) error {
	if d.Seq == 0 {
		err := tx.QueryRowContext(ctx, "UPDATE projects SET decision_seq = decision_seq + 1 WHERE id = $1 RETURNING decision_seq", projectID).Scan(&d.Seq)
		if err != nil {
			return fmt.Errorf("number the decision: %w", err)
		}
	} else if _, err := tx.ExecContext(ctx, "UPDATE projects SET decision_seq = $1 WHERE id = $2 AND decision_seq < $1", d.Seq, projectID); err != nil {
		return fmt.Errorf("number the decision: %w", err)
	}
	err := tx.QueryRowContext(ctx, `INSERT INTO decisions (project_id, seq, kind, response_id, other_response_id, material_id, text, reason, author, created_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
		projectID, d.Seq, string(d.Kind), d.ResponseID, d.OtherResponseID, d.MaterialID, d.Text, d.Reason, d.Author, d.CreatedAt.UTC()).Scan(&d.ID)
	if err != nil {
		return fmt.Errorf("insert decision: %w", err)
	}
	return nil
}

// DeleteDecision deletes one decision (an undo). Its Seq is not reused.
func (s *DB) DeleteDecision(ctx context.Context, projectID, decisionID int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := s.loadProject(ctx, tx, projectID, true); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "DELETE FROM decisions WHERE project_id = $1 AND id = $2", projectID, decisionID)
		if err != nil {
			return fmt.Errorf("delete decision %d: %w", decisionID, err)
		}
		return mustAffect(res, notFound("decision %d not found", decisionID))
	})
}

func loadDecisions(ctx context.Context, tx *sql.Tx, projectID int64) ([]enablemap.Decision, error) {
	return queryAll(ctx, tx, "load decisions", func(row rowScanner) (enablemap.Decision, error) {
		var (
			d    enablemap.Decision
			kind string
		)
		err := row.Scan(&d.ID, &d.Seq, &kind, &d.ResponseID, &d.OtherResponseID, &d.MaterialID, &d.Text, &d.Reason, &d.Author, &d.CreatedAt)
		d.Kind, d.CreatedAt = enablemap.DecisionKind(kind), d.CreatedAt.UTC()
		return d, err
	}, `SELECT id, seq, kind, response_id, other_response_id, material_id, text, reason, author, created_at
FROM decisions WHERE project_id = $1 ORDER BY seq`, projectID)
}

func validateRoadmapItem(item *enablemap.RoadmapItem) error {
	item.Title = strings.TrimSpace(item.Title)
	if item.Title == "" {
		return enablemap.FieldError("title", "a road-map item needs a title")
	}
	switch item.Status {
	case "":
		item.Status = enablemap.Planned
	case enablemap.Planned, enablemap.InProgress, enablemap.Done:
	default:
		return enablemap.FieldError("status", "status %q is not one of %s, %s, %s", item.Status, enablemap.Planned, enablemap.InProgress, enablemap.Done)
	}
	return nil
}

// SaveRoadmapItem creates an item (ID 0) or updates it if item.Version is
// the stored one; it sets ID, Version and the timestamps.
func (s *DB) SaveRoadmapItem(ctx context.Context, projectID int64, item *enablemap.RoadmapItem) error {
	saved := *item
	if err := validateRoadmapItem(&saved); err != nil {
		return err
	}
	err := s.write(ctx, func(tx *sql.Tx) error {
		if _, err := s.loadProject(ctx, tx, projectID, true); err != nil {
			return err
		}
		now := s.now()
		if saved.ID == 0 {
			saved.CreatedAt, saved.UpdatedAt, saved.Version = now, now, 1
			return insertRoadmapItem(ctx, tx, projectID, &saved)
		}
		var stored int64
		err := tx.QueryRowContext(ctx, "SELECT version FROM roadmap_items WHERE project_id = $1 AND id = $2", projectID, saved.ID).Scan(&stored)
		if errors.Is(err, sql.ErrNoRows) {
			return notFound("road-map item %d not found", saved.ID)
		}
		if err != nil {
			return fmt.Errorf("load road-map item %d: %w", saved.ID, err)
		}
		if stored != saved.Version {
			return enablemap.Errorf(enablemap.ECONFLICT,
				"road-map item %q was changed by someone else since you loaded it (your version %d, now %d); reload it and make your change again",
				saved.Title, saved.Version, stored)
		}
		// The version condition repeats the check above so that the update
		// is safe on its own, whatever the isolation level.
		res, err := tx.ExecContext(ctx, `UPDATE roadmap_items SET response_id = $1, kind = $2, title = $3, owner = $4, due = $5, status = $6,
    updated_at = $7, version = version + 1
WHERE project_id = $8 AND id = $9 AND version = $10`,
			saved.ResponseID, saved.Kind, saved.Title, saved.Owner, saved.Due, string(saved.Status), now, projectID, saved.ID, saved.Version)
		if err != nil {
			return fmt.Errorf("update road-map item %d: %w", saved.ID, err)
		}
		if err := mustAffect(res, enablemap.Errorf(enablemap.ECONFLICT, "road-map item %q was changed by someone else; reload it", saved.Title)); err != nil {
			return err
		}
		if err := tx.QueryRowContext(ctx, "SELECT created_at FROM roadmap_items WHERE id = $1", saved.ID).Scan(&saved.CreatedAt); err != nil {
			return fmt.Errorf("load road-map item %d: %w", saved.ID, err)
		}
		saved.CreatedAt, saved.UpdatedAt, saved.Version = saved.CreatedAt.UTC(), now, saved.Version+1
		return nil
	})
	if err != nil {
		return err
	}
	*item = saved
	return nil
}

func insertRoadmapItem(ctx context.Context, tx *sql.Tx, projectID int64, item *enablemap.RoadmapItem) error {
	err := tx.QueryRowContext(ctx, `INSERT INTO roadmap_items (project_id, response_id, kind, title, owner, due, status, version, created_at, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
		projectID, item.ResponseID, item.Kind, item.Title, item.Owner, item.Due, string(item.Status), item.Version,
		item.CreatedAt.UTC(), item.UpdatedAt.UTC()).Scan(&item.ID)
	if err != nil {
		return fmt.Errorf("insert road-map item: %w", err)
	}
	return nil
}

// DeleteRoadmapItem deletes one road-map item.
func (s *DB) DeleteRoadmapItem(ctx context.Context, projectID, itemID int64) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := s.loadProject(ctx, tx, projectID, true); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "DELETE FROM roadmap_items WHERE project_id = $1 AND id = $2", projectID, itemID)
		if err != nil {
			return fmt.Errorf("delete road-map item %d: %w", itemID, err)
		}
		return mustAffect(res, notFound("road-map item %d not found", itemID))
	})
}

func loadRoadmap(ctx context.Context, tx *sql.Tx, projectID int64) ([]enablemap.RoadmapItem, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, response_id, kind, title, owner, due, status, version, created_at, updated_at
FROM roadmap_items WHERE project_id = $1 ORDER BY id`, projectID)
	if err != nil {
		return nil, fmt.Errorf("load road map: %w", err)
	}
	defer rows.Close()
	var out []enablemap.RoadmapItem
	for rows.Next() {
		var (
			it     enablemap.RoadmapItem
			status string
		)
		if err := rows.Scan(&it.ID, &it.ResponseID, &it.Kind, &it.Title, &it.Owner, &it.Due, &status, &it.Version, &it.CreatedAt, &it.UpdatedAt); err != nil {
			return nil, fmt.Errorf("load road map: %w", err)
		}
		it.Status, it.CreatedAt, it.UpdatedAt = enablemap.RoadmapStatus(status), it.CreatedAt.UTC(), it.UpdatedAt.UTC()
		out = append(out, it)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load road map: %w", err)
	}
	return out, nil
}
