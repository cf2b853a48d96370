package service

import (
	"context"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// reviewState is what the audit log records of an interview's review.
type reviewState struct {
	Reviewed   bool      `json:"reviewed"`
	ReviewedBy string    `json:"reviewed_by,omitempty"`
	ReviewedAt time.Time `json:"reviewed_at,omitzero"`
}

func reviewOf(in enablemap.Interview) reviewState {
	return reviewState{Reviewed: !in.ReviewedAt.IsZero(), ReviewedBy: in.ReviewedBy, ReviewedAt: in.ReviewedAt}
}

// reviewer is a store that marks interviews reviewed.
type reviewer interface {
	SetInterviewReviewed(ctx context.Context, projectID int64, interviewID, by string, at time.Time, audit *enablemap.AuditEntry) (enablemap.Interview, error)
}

// ReviewInterview marks an interview reviewed (or, with reviewed false,
// back to review) in the caller's name, and records it in the audit log in
// the same transaction. Interviews recorded through a contributor link wait
// for this; others may be marked too. Viewers may not.
func (s *Service) ReviewInterview(ctx context.Context, projectID int64, interviewID string, reviewed bool) (enablemap.Interview, error) {
	interviewID = strings.TrimSpace(interviewID)
	if a, ok := ActorOf(ctx); ok && a.Role == "viewer" {
		return enablemap.Interview{}, enablemap.Errorf(enablemap.EFORBIDDEN, "only editors and owners may review interviews")
	}
	rv, ok := s.store.(reviewer)
	if !ok {
		return enablemap.Interview{}, enablemap.Errorf(enablemap.EINTERNAL, "this store cannot record reviews")
	}
	ws, err := s.store.Workspace(ctx, projectID)
	if err != nil {
		return enablemap.Interview{}, err
	}
	var before *enablemap.Interview
	for i := range ws.Interviews {
		if ws.Interviews[i].ID == interviewID {
			before = &ws.Interviews[i]
		}
	}
	if before == nil {
		return enablemap.Interview{}, enablemap.Errorf(enablemap.ENOTFOUND, "interview %q not found", interviewID)
	}
	by, at := "cli", time.Time{}
	if a, ok := ActorOf(ctx); ok && a.Name != "" {
		by = a.Name
	}
	action := "unreview interview"
	if reviewed {
		at, action = time.Now().UTC().Truncate(time.Second), "review interview"
	}
	after := reviewState{Reviewed: reviewed}
	if reviewed {
		after.ReviewedBy, after.ReviewedAt = by, at
	}
	entry, err := s.auditEntry(ctx, projectID, action, "interview "+interviewID+" ("+before.Interviewee+")", reviewOf(*before), after)
	if err != nil {
		return enablemap.Interview{}, err
	}
	return rv.SetInterviewReviewed(ctx, projectID, interviewID, by, at, entry)
}
