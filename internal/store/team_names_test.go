package store

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// Project names are unique per workspace: two workspaces may each hold a
// project of the same name (and each its own demo), and each finds its own.
func TestProjectNamesPerTeam(t *testing.T) {
	forEachEngine(t, func(t *testing.T, e engine) {
		ctx := context.Background()
		db, _ := openFresh(t, e)
		owner := enablemap.User{Email: "ana@example.com", PasswordHash: "h"}
		red, err := db.Setup(ctx, &owner, "Red")
		must(t, err)
		blue, err := db.CreateTeam(ctx, "Blue")
		must(t, err)

		pr := enablemap.Project{Name: "Q3 launch", Description: "red", BuyingStages: []string{"Awareness"}}
		must(t, db.CreateTeamProject(ctx, red.ID, &pr))
		pb := enablemap.Project{Name: "q3 LAUNCH", Description: "blue", BuyingStages: []string{"Awareness"}}
		must(t, db.CreateTeamProject(ctx, blue.ID, &pb))
		again := enablemap.Project{Name: "Q3 Launch", BuyingStages: []string{"Awareness"}}
		wantCode(t, db.CreateTeamProject(ctx, red.ID, &again), enablemap.ECONFLICT, "exists already")
		wantCode(t, db.CreateTeamProject(ctx, 999999, &again), enablemap.ENOTFOUND)

		for _, tt := range []struct {
			team int64
			want string
		}{{red.ID, "red"}, {blue.ID, "blue"}} {
			got, err := db.TeamProjectByName(ctx, tt.team, " q3 launch ")
			must(t, err)
			if got.Description != tt.want {
				t.Errorf("TeamProjectByName(%d) = %q, want the %s one", tt.team, got.Description, tt.want)
			}
		}
		_, err = db.TeamProjectByName(ctx, 0, "Q3 launch")
		wantCode(t, err, enablemap.ENOTFOUND)

		found, err := db.ProjectsByName(ctx, "Q3 LAUNCH")
		must(t, err)
		if len(found) != 2 || found[0].TeamName != "Blue" || found[1].TeamName != "Red" || found[0].Project.ID != pb.ID {
			t.Fatalf("ProjectsByName = %+v, want Blue's then Red's", found)
		}
		_, err = db.ProjectByName(ctx, "q3 launch")
		wantCode(t, err, enablemap.ECONFLICT, `workspace "Blue" (project id`, `workspace "Red"`)

		// Renaming checks the project's own workspace only.
		other := enablemap.Project{Name: "Other", BuyingStages: []string{"Awareness"}}
		must(t, db.CreateTeamProject(ctx, blue.ID, &other))
		other.Name = "Q3 launch"
		wantCode(t, db.UpdateProject(ctx, &other), enablemap.ECONFLICT, "exists already")
		pr.Name = "Other"
		must(t, db.UpdateProject(ctx, &pr))

		// Each workspace restores its own demo under the same name.
		ws := fullWorkspace(t, db, "Demo")
		if team, err := db.ProjectTeam(ctx, ws.Project.ID); err != nil || team != 0 {
			t.Fatalf("a project made by CreateProject is in team %d (%v), want none", team, err)
		}
		for _, team := range []int64{red.ID, blue.ID} {
			p, err := db.RestoreTeamProject(ctx, team, ws)
			must(t, err)
			if got, err := db.ProjectTeam(ctx, p.ID); err != nil || got != team {
				t.Fatalf("restored demo is in team %d (%v), want %d", got, err, team)
			}
		}
		_, err = db.RestoreTeamProject(ctx, red.ID, ws)
		wantCode(t, err, enablemap.ECONFLICT, "exists already")
		found, err = db.ProjectsByName(ctx, "demo")
		must(t, err)
		if len(found) != 3 || found[0].TeamID != 0 || found[0].TeamName != "" {
			t.Fatalf("ProjectsByName(demo) = %+v, want the teamless one first, then two", found)
		}
		_, err = db.ProjectByName(ctx, "demo")
		wantCode(t, err, enablemap.ECONFLICT, "no workspace (project id")

		// Moving or adopting a project into a workspace that has its name
		// is refused with the names, and nothing moves.
		wantCode(t, db.SetProjectTeam(ctx, ws.Project.ID, red.ID), enablemap.ECONFLICT, `"Demo" cannot move`)
		solo := newProject(t, db, "Solo", "A", "B")
		_, err = db.AdoptProjects(ctx, blue.ID)
		wantCode(t, err, enablemap.ECONFLICT, `"Demo"`)
		if team, _ := db.ProjectTeam(ctx, solo.ID); team != 0 {
			t.Fatalf("a refused adoption moved Solo into team %d", team)
		}
		must(t, db.DeleteProject(ctx, ws.Project.ID))
		n, err := db.AdoptProjects(ctx, blue.ID)
		must(t, err)
		if n != 1 {
			t.Fatalf("AdoptProjects moved %d projects, want 1", n)
		}
		// The index itself holds where the checks are skipped.
		_, err = db.db.ExecContext(ctx, "UPDATE projects SET name_key = $1 WHERE id = $2", "q3 launch", other.ID)
		if err == nil || !db.dialect.isUniqueViolation(err) {
			t.Fatalf("a duplicate name in one workspace was stored by SQL: %v", err)
		}
	})
}

func TestInterviewReview(t *testing.T) {
	forEachEngine(t, func(t *testing.T, e engine) {
		ctx := context.Background()
		db, _ := openFresh(t, e)
		owner := enablemap.User{Email: "ana@example.com", PasswordHash: "h"}
		team, err := db.Setup(ctx, &owner, "Red")
		must(t, err)
		ws := fullWorkspace(t, db, "Reviewed")
		p := ws.Project
		linked := ws.Interviews[2]
		if !linked.FromLink || !linked.ReviewedAt.IsZero() {
			t.Fatalf("fixture interview %+v: want one from a link, not reviewed", linked)
		}
		at := time.Date(2026, 3, 4, 5, 6, 7, 0, time.UTC)
		entry := &enablemap.AuditEntry{TeamID: team.ID, ProjectID: p.ID, Actor: "Ana", Action: "review interview", Target: linked.ID}
		got, err := db.SetInterviewReviewed(ctx, p.ID, linked.ID, "Ana", at, entry)
		must(t, err)
		if !got.ReviewedAt.Equal(at) || got.ReviewedBy != "Ana" || got.Interviewee != linked.Interviewee {
			t.Fatalf("SetInterviewReviewed returned %+v", got)
		}
		after, err := db.Workspace(ctx, p.ID)
		must(t, err)
		if in := after.Interviews[2]; !in.ReviewedAt.Equal(at) || in.ReviewedBy != "Ana" {
			t.Fatalf("stored interview %+v, want reviewed by Ana at %v", in, at)
		}
		log, err := db.Audit(ctx, team.ID, 10)
		must(t, err)
		if len(log) != 1 || log[0].Action != "review interview" || entry.ID == 0 {
			t.Fatalf("audit log = %+v, want the one review entry", log)
		}

		// A restore keeps the review; a re-import of the interview does
		// not undo it.
		after.Project.Name = "Copy"
		cp, err := db.RestoreProject(ctx, after)
		must(t, err)
		copied, err := db.Workspace(ctx, cp.ID)
		must(t, err)
		if in := copied.Interviews[2]; !in.ReviewedAt.Equal(at) || in.ReviewedBy != "Ana" {
			t.Fatalf("restored interview %+v lost its review", in)
		}
		_, err = db.ImportInterviews(ctx, p.ID, after.Interviews, after.Responses, enablemap.ImportOptions{})
		must(t, err)
		// Editing it in a form that knows nothing of links keeps both.
		edited := linked
		edited.FromLink, edited.ReviewedAt, edited.ReviewedBy, edited.Role = false, time.Time{}, "", "AE"
		var rs []enablemap.Response
		for _, r := range after.Responses {
			if r.InterviewID == linked.ID {
				rs = append(rs, r)
			}
		}
		must(t, db.SaveInterview(ctx, p.ID, edited, rs))
		again, err := db.Workspace(ctx, p.ID)
		must(t, err)
		if in := again.Interviews[2]; !in.FromLink || !in.ReviewedAt.Equal(at) || in.Role != "AE" {
			t.Fatalf("edited interview %+v lost its link or review", in)
		}

		// Back to review; an unknown interview changes nothing, not even
		// the log.
		got, err = db.SetInterviewReviewed(ctx, p.ID, linked.ID, "Ana", time.Time{}, nil)
		must(t, err)
		if !got.ReviewedAt.IsZero() || got.ReviewedBy != "" {
			t.Fatalf("unreviewed interview = %+v", got)
		}
		failed := &enablemap.AuditEntry{TeamID: team.ID, ProjectID: p.ID, Actor: "Ana", Action: "review interview", Target: "nobody"}
		_, err = db.SetInterviewReviewed(ctx, p.ID, "nobody", "Ana", at, failed)
		wantCode(t, err, enablemap.ENOTFOUND, "nobody")
		_, err = db.SetInterviewReviewed(ctx, 999999, linked.ID, "Ana", at, failed)
		wantCode(t, err, enablemap.ENOTFOUND)
		log, err = db.Audit(ctx, team.ID, 10)
		must(t, err)
		for _, e := range log {
			if strings.Contains(e.Target, "nobody") {
				t.Fatalf("a failed review left an audit entry: %+v", e)
			}
		}
	})
}
