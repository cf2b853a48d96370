package service_test

import (
	"bytes"
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
	"github.com/enablemap/enablemap/internal/store"
)

// twoTeams is a store with workspaces Red and Blue and an actor in each.
type twoTeams struct {
	svc             *service.Service
	as              enablemap.AccountStore
	red, blue       enablemap.Team
	inRed, inBlue   context.Context
	redViewer, none context.Context
}

func newTwoTeams(t *testing.T) twoTeams {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	owner := enablemap.User{Email: "ana@example.com", Name: "Ana", PasswordHash: "h"}
	red, err := db.Setup(ctx, &owner, "Red")
	if err != nil {
		t.Fatal(err)
	}
	blue, err := db.CreateTeam(ctx, "Blue")
	if err != nil {
		t.Fatal(err)
	}
	return twoTeams{
		svc: service.New(db), as: db, red: red, blue: blue,
		inRed:     service.WithActor(ctx, service.Actor{UserID: owner.ID, Name: "Ana", TeamID: red.ID, Role: "editor"}),
		inBlue:    service.WithActor(ctx, service.Actor{Name: "Bo", TeamID: blue.ID, Role: "owner"}),
		redViewer: service.WithActor(ctx, service.Actor{Name: "Vic", TeamID: red.ID, Role: "viewer"}),
		none:      ctx,
	}
}

func (tt twoTeams) teamOf(t *testing.T, p enablemap.Project) int64 {
	t.Helper()
	team, err := tt.as.ProjectTeam(context.Background(), p.ID)
	if err != nil {
		t.Fatal(err)
	}
	return team
}

// Two workspaces may name projects alike; each finds its own, and the
// command line, acting for the installation, is told to choose.
func TestProjectNamesPerWorkspace(t *testing.T) {
	tt := newTwoTeams(t)
	np := service.NewProject{Name: "Launch", SalesStages: []string{"Lead", "Won"}}
	red, err := tt.svc.CreateProject(tt.inRed, np)
	if err != nil {
		t.Fatal(err)
	}
	blue, err := tt.svc.CreateProject(tt.inBlue, np)
	if err != nil {
		t.Fatalf("the same name in another workspace: %v", err)
	}
	if tt.teamOf(t, red) != tt.red.ID || tt.teamOf(t, blue) != tt.blue.ID {
		t.Fatal("projects were not made in their actors' workspaces")
	}
	_, err = tt.svc.CreateProject(tt.inRed, service.NewProject{Name: "LAUNCH"})
	wantErr(t, err, enablemap.ECONFLICT, "exists already")

	for _, c := range []struct {
		name string
		ctx  context.Context
		ref  string
		want int64
		code string
	}{
		{"red by name", tt.inRed, "launch", red.ID, ""},
		{"blue by name", tt.inBlue, " Launch ", blue.ID, ""},
		{"red by its id", tt.inRed, itoa(red.ID), red.ID, ""},
		{"blue by red's id", tt.inBlue, itoa(red.ID), 0, enablemap.ENOTFOUND},
		{"installation by id", tt.none, itoa(blue.ID), blue.ID, ""},
		{"installation by a name two use", tt.none, "launch", 0, enablemap.ECONFLICT},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := tt.svc.ResolveProject(c.ctx, c.ref)
			if c.code != "" {
				wantErr(t, err, c.code)
				return
			}
			if err != nil || got.ID != c.want {
				t.Fatalf("ResolveProject(%q) = %d, %v; want %d", c.ref, got.ID, err, c.want)
			}
		})
	}
	_, err = tt.svc.ResolveProject(tt.none, "launch")
	for _, part := range []string{`workspace "Blue" (project id ` + itoa(blue.ID) + ")", `workspace "Red" (project id ` + itoa(red.ID) + ")", "--workspace NAME"} {
		if !strings.Contains(err.Error(), part) {
			t.Errorf("ambiguity error %q lacks %q", err, part)
		}
	}

	// A restore goes into the caller's workspace and checks the name there.
	var doc bytes.Buffer
	if err := tt.svc.ExportProject(tt.inRed, red.ID, &doc); err != nil {
		t.Fatal(err)
	}
	_, err = tt.svc.RestoreProject(tt.inBlue, "launch.json", bytes.NewReader(doc.Bytes()), "")
	wantErr(t, err, enablemap.ECONFLICT, "exists already")
	cp, err := tt.svc.RestoreProject(tt.inBlue, "launch.json", bytes.NewReader(doc.Bytes()), "Copy")
	if err != nil {
		t.Fatal(err)
	}
	if tt.teamOf(t, cp) != tt.blue.ID {
		t.Fatal("a restore did not land in the caller's workspace")
	}
}

// Every workspace loads a demo of its own.
func TestDemoPerWorkspace(t *testing.T) {
	tt := newTwoTeams(t)
	red, created, err := tt.svc.LoadDemo(tt.inRed, false)
	if err != nil || !created {
		t.Fatalf("red demo: created %v, %v", created, err)
	}
	blue, created, err := tt.svc.LoadDemo(tt.inBlue, false)
	if err != nil || !created {
		t.Fatalf("blue demo: created %v, %v", created, err)
	}
	if red.ID == blue.ID || tt.teamOf(t, red) != tt.red.ID || tt.teamOf(t, blue) != tt.blue.ID {
		t.Fatalf("demos %d and %d are not one per workspace", red.ID, blue.ID)
	}
	again, created, err := tt.svc.LoadDemo(tt.inRed, false)
	if err != nil || created || again.ID != red.ID {
		t.Fatalf("loading red's demo again = %d, created %v, %v; want %d as it was", again.ID, created, err, red.ID)
	}
	reset, created, err := tt.svc.LoadDemo(tt.inBlue, true)
	if err != nil || !created || reset.ID == blue.ID {
		t.Fatalf("resetting blue's demo = %d, created %v, %v", reset.ID, created, err)
	}
	if _, err := tt.svc.Project(tt.none, red.ID); err != nil {
		t.Fatalf("resetting blue's demo touched red's: %v", err)
	}
	for ctx, want := range map[context.Context]int64{tt.inRed: red.ID, tt.inBlue: reset.ID} {
		if got, err := tt.svc.ResolveProject(ctx, "demo"); err != nil || got.ID != want {
			t.Fatalf("ResolveProject(demo) = %d, %v; want %d", got.ID, err, want)
		}
	}
	_, err = tt.svc.ResolveProject(tt.none, "demo")
	wantErr(t, err, enablemap.ECONFLICT, "--workspace")
}

// Interviews from a contributor link are reviewed by editors, in the
// audit log; viewers cannot.
func TestReviewInterview(t *testing.T) {
	tt := newTwoTeams(t)
	p, err := tt.svc.CreateProject(tt.inRed, service.NewProject{Name: "Launch", SalesStages: []string{"Lead", "Won"}})
	if err != nil {
		t.Fatal(err)
	}
	in := enablemap.Interview{ID: "L1", Interviewee: "Rita Rep", Interviewer: "contributor link", FromLink: true}
	if _, _, err := tt.svc.SaveInterview(tt.inRed, p.ID, in, []enablemap.Response{{FromStage: "Lead", ToStage: "Won", Activity: "Call the buyer"}}); err != nil {
		t.Fatal(err)
	}
	_, err = tt.svc.ReviewInterview(tt.redViewer, p.ID, "L1", true)
	wantErr(t, err, enablemap.EFORBIDDEN)
	_, err = tt.svc.ReviewInterview(tt.inRed, p.ID, "nobody", true)
	wantErr(t, err, enablemap.ENOTFOUND)

	got, err := tt.svc.ReviewInterview(tt.inRed, p.ID, "L1", true)
	if err != nil {
		t.Fatal(err)
	}
	if got.ReviewedAt.IsZero() || got.ReviewedBy != "Ana" || !got.FromLink {
		t.Fatalf("reviewed interview = %+v, want reviewed by Ana and still from a link", got)
	}
	if ws := mustWS(t, tt.svc, p.ID); ws.Interviews[0].ReviewedBy != "Ana" {
		t.Fatalf("stored interview = %+v", ws.Interviews[0])
	}
	if _, err := tt.svc.ReviewInterview(tt.inRed, p.ID, "L1", false); err != nil {
		t.Fatal(err)
	}
	if ws := mustWS(t, tt.svc, p.ID); !ws.Interviews[0].ReviewedAt.IsZero() {
		t.Fatalf("interview back to review = %+v", ws.Interviews[0])
	}
	log, err := tt.as.Audit(context.Background(), tt.red.ID, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) < 2 || log[0].Action != "unreview interview" || log[1].Action != "review interview" ||
		log[1].Actor != "Ana" || !strings.Contains(log[1].Before, `"reviewed":false`) || !strings.Contains(log[1].After, `"reviewed_by":"Ana"`) {
		t.Fatalf("audit log = %+v", log[:min(len(log), 3)])
	}
	for _, e := range log {
		if strings.Contains(e.Target, "nobody") || e.Actor == "Vic" {
			t.Fatalf("a refused review left an audit entry: %+v", e)
		}
	}
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }

// wantErr checks an error's code and that its message holds every part.
func wantErr(t *testing.T, err error, code string, parts ...string) {
	t.Helper()
	if got := enablemap.ErrorCode(err); got != code {
		t.Fatalf("error code = %q (%v), want %q", got, err, code)
	}
	for _, part := range parts {
		if !strings.Contains(err.Error(), part) {
			t.Fatalf("error %q does not say %q", err, part)
		}
	}
}
