package store

import (
	"context"
	"database/sql"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// AddDecisionChecked records d as AddDecision does, in one transaction
// that also (with the project's row locked, so concurrent saves queue):
// hands the decisions newer than baseSeq to check, which may refuse the
// save (a conflict); and writes the audit entry that audit makes of the
// saved decision, so the change and its record commit together. A negative
// baseSeq skips the check; a nil audit writes no entry.
func (s *DB) AddDecisionChecked(ctx context.Context, projectID int64, d *enablemap.Decision, baseSeq int64,
	check func(newer []enablemap.Decision) error, audit func(saved enablemap.Decision) (*enablemap.AuditEntry, error)) error {
	if strings.TrimSpace(string(d.Kind)) == "" {
		return enablemap.FieldError("kind", "a decision needs a kind")
	}
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := s.loadProject(ctx, tx, projectID, true); err != nil {
			return err
		}
		if baseSeq >= 0 && check != nil {
			all, err := loadDecisions(ctx, tx, projectID)
			if err != nil {
				return err
			}
			var newer []enablemap.Decision
			for _, x := range all {
				if x.Seq > baseSeq {
					newer = append(newer, x)
				}
			}
			if err := check(newer); err != nil {
				return err
			}
		}
		created := *d
		created.CreatedAt = s.now()
		if err := insertDecision(ctx, tx, projectID, &created); err != nil {
			return err
		}
		if audit != nil {
			e, err := audit(created)
			if err != nil {
				return err
			}
			if e != nil {
				if e.At.IsZero() {
					e.At = created.CreatedAt
				}
				if err := insertAudit(ctx, tx, e); err != nil {
					return err
				}
			}
		}
		*d = created
		return nil
	})
}
