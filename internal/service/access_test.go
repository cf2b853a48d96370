package service_test

import (
	"context"
	"fmt"
	"strings"
	"sync"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

// Two people open the same activity; the second to save is refused with a
// message naming the first, and the first's change is kept.
func TestDecideRefusesStaleBase(t *testing.T) {
	svc, p := apiDemoService(t)
	ctx := context.Background()
	a, ws, err := svc.Analyze(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Activities) < 2 || len(a.Materials) < 1 {
		t.Fatal("the demo has too few activities or materials")
	}
	base := service.LatestSeq(ws)
	act, other := a.Activities[0], a.Activities[1]
	ana := service.WithActor(ctx, service.Actor{Name: "Ana"})
	bob := service.WithActor(ctx, service.Actor{Name: "Bob"})

	first, err := svc.DecideFrom(ana, p.ID, enablemap.Decision{Kind: enablemap.Rename, ResponseID: act.ID, Text: "Ana's name"}, base)
	if err != nil {
		t.Fatalf("first save: %v", err)
	}
	if first.Author != "Ana" {
		t.Fatalf("author = %q, want the actor Ana", first.Author)
	}
	tests := []struct {
		name    string
		d       enablemap.Decision
		base    int64
		wantErr bool
	}{
		{"same activity, old base", enablemap.Decision{Kind: enablemap.Rename, ResponseID: act.ID, Text: "Bob's name"}, base, true},
		{"same activity through another member", enablemap.Decision{Kind: enablemap.Move, ResponseID: "A-" + act.ResponseIDs[len(act.ResponseIDs)-1], Text: p.BuyingStages[0]}, base, true},
		{"other activity, old base", enablemap.Decision{Kind: enablemap.Rename, ResponseID: other.ID, Text: "Other"}, base, false},
		{"same activity, current base", enablemap.Decision{Kind: enablemap.Relevance, ResponseID: act.ID, Text: "true", Reason: "r"}, first.Seq, false},
		{"no base given", enablemap.Decision{Kind: enablemap.Accept, ResponseID: act.ID}, -1, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := svc.DecideFrom(bob, p.ID, tt.d, tt.base)
			if !tt.wantErr {
				if err != nil {
					t.Fatalf("DecideFrom() = %v, want success", err)
				}
				return
			}
			apiWantCode(t, err, enablemap.ECONFLICT, "base_seq")
			if !strings.Contains(err.Error(), "Ana") {
				t.Fatalf("conflict message %q does not say who changed it", err)
			}
		})
	}
	// Material decisions conflict on the material.
	m := a.Materials[0].MaterialID
	mbase := service.LatestSeq(mustWS(t, svc, p.ID))
	if _, err := svc.DecideFrom(ana, p.ID, enablemap.Decision{Kind: enablemap.SetAside, MaterialID: m, Reason: "old"}, mbase); err != nil {
		t.Fatal(err)
	}
	_, err = svc.DecideFrom(bob, p.ID, enablemap.Decision{Kind: enablemap.KeepMaterial, MaterialID: m}, mbase)
	apiWantCode(t, err, enablemap.ECONFLICT, "base_seq")

	// Nothing was lost: Ana's rename is still the name.
	a2, _, err := svc.Analyze(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, x := range a2.Activities {
		if x.ID == act.ID && x.Name != "Ana's name" {
			t.Fatalf("activity name = %q, want Ana's name", x.Name)
		}
	}
}

func mustWS(t *testing.T, svc *service.Service, id int64) enablemap.Workspace {
	t.Helper()
	ws, err := svc.Workspace(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return ws
}

// Calls made for a workspace see its projects only, place new projects in
// it and leave an audit trail with before and after.
func TestWorkspaceScopeAndAudit(t *testing.T) {
	svc, demo := apiDemoService(t)
	ctx := context.Background()
	as, ok := svc.Accounts()
	if !ok {
		t.Fatal("the store keeps no accounts")
	}
	owner := enablemap.User{Email: "ana@example.com", Name: "Ana", PasswordHash: "h"}
	team, err := as.Setup(ctx, &owner, "Marketing")
	if err != nil {
		t.Fatal(err)
	}
	other, err := as.CreateTeam(ctx, "Other")
	if err != nil {
		t.Fatal(err)
	}
	inTeam := service.WithActor(ctx, service.Actor{UserID: owner.ID, Name: "Ana", TeamID: team.ID, Role: "owner"})
	inOther := service.WithActor(ctx, service.Actor{Name: "Zed", TeamID: other.ID, Role: "owner"})

	p, err := svc.CreateProject(inOther, service.NewProject{Name: "Elsewhere", SalesStages: []string{"A", "B"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		ctx  context.Context
		want []string
	}{{inTeam, []string{demo.Name}}, {inOther, []string{"Elsewhere"}}} {
		ps, err := svc.Projects(tt.ctx, true)
		if err != nil {
			t.Fatal(err)
		}
		var names []string
		for _, x := range ps {
			names = append(names, x.Name)
		}
		if strings.Join(names, ",") != strings.Join(tt.want, ",") {
			t.Fatalf("Projects() = %v, want %v", names, tt.want)
		}
	}
	a, _, err := svc.Analyze(ctx, demo.ID)
	if err != nil {
		t.Fatal(err)
	}
	act := a.Activities[0]
	if _, err := svc.Decide(inTeam, demo.ID, enablemap.Decision{Kind: enablemap.Rename, ResponseID: act.ID, Text: "First"}); err != nil {
		t.Fatal(err)
	}
	if _, err := svc.Decide(inTeam, demo.ID, enablemap.Decision{Kind: enablemap.Rename, ResponseID: act.ID, Text: "Second"}); err != nil {
		t.Fatal(err)
	}
	log, err := as.Audit(ctx, team.ID, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) != 2 || log[0].Actor != "Ana" || log[0].Action != "decide rename" ||
		!strings.Contains(log[0].Before, `"First"`) || !strings.Contains(log[0].After, `"Second"`) {
		t.Fatalf("audit log = %+v", log)
	}
	otherLog, err := as.Audit(ctx, other.ID, 10)
	if err != nil {
		t.Fatal(err)
	}
	if len(otherLog) != 1 || otherLog[0].Action != "create project" || otherLog[0].ProjectID != p.ID {
		t.Fatalf("other workspace's audit log = %+v", otherLog)
	}
}

// Saves racing on one base: the check runs in the recording transaction,
// so exactly one wins and every other is refused.
func TestConcurrentDecisionsOneWins(t *testing.T) {
	svc, p := apiDemoService(t)
	ctx := context.Background()
	a, ws, err := svc.Analyze(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	base := service.LatestSeq(ws)
	act := a.Activities[0]
	const n = 6
	errs := make([]error, n)
	var wg sync.WaitGroup
	for i := range n {
		wg.Add(1)
		go func() {
			defer wg.Done()
			who := service.WithActor(ctx, service.Actor{Name: fmt.Sprintf("person %d", i)})
			_, errs[i] = svc.DecideFrom(who, p.ID, enablemap.Decision{Kind: enablemap.Rename, ResponseID: act.ID, Text: fmt.Sprintf("name %d", i)}, base)
		}()
	}
	wg.Wait()
	won := 0
	for _, err := range errs {
		switch enablemap.ErrorCode(err) {
		case "":
			won++
		case enablemap.ECONFLICT:
		default:
			t.Fatalf("unexpected error: %v", err)
		}
	}
	if won != 1 {
		t.Fatalf("%d saves won, want exactly 1", won)
	}
}
