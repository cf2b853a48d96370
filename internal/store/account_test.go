package store

import (
	"context"
	"testing"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

func TestAccounts(t *testing.T) {
	forEachEngine(t, func(t *testing.T, e engine) {
		ctx := context.Background()
		db, _ := openFresh(t, e)
		old := newProject(t, db, "Before accounts", "Lead", "Won")

		n, err := db.CountUsers(ctx)
		must(t, err)
		if n != 0 {
			t.Fatalf("CountUsers on a new store = %d, want 0", n)
		}
		owner := enablemap.User{Email: " Ana@Example.com ", Name: "Ana", PasswordHash: "$argon2id$x"}
		team, err := db.Setup(ctx, &owner, "Acme marketing")
		must(t, err)
		if owner.ID == 0 || team.ID == 0 || owner.Email != "Ana@Example.com" {
			t.Fatalf("Setup gave user %+v, team %+v", owner, team)
		}
		second := enablemap.User{Email: "eve@example.com", PasswordHash: "h"}
		_, err = db.Setup(ctx, &second, "Other")
		wantCode(t, err, enablemap.ECONFLICT, "set up already")
		if got, err := db.ProjectTeam(ctx, old.ID); err != nil || got != team.ID {
			t.Fatalf("ProjectTeam of an adopted project = %d, %v; want %d", got, err, team.ID)
		}

		// Email is unique in any case and validated.
		dup := enablemap.User{Email: "ANA@example.COM", PasswordHash: "h"}
		wantCode(t, db.CreateUser(ctx, &dup), enablemap.ECONFLICT, "exists already")
		bad := enablemap.User{Email: "not an email", PasswordHash: "h"}
		wantCode(t, db.CreateUser(ctx, &bad), enablemap.EINVALID, "email")
		bob := enablemap.User{Email: "bob@example.com", Name: "Bob", PasswordHash: "h"}
		must(t, db.CreateUser(ctx, &bob))
		if u, err := db.UserByEmail(ctx, "BOB@example.com"); err != nil || u.ID != bob.ID {
			t.Fatalf("UserByEmail = %+v, %v", u, err)
		}
		_, err = db.UserByEmail(ctx, "nobody@example.com")
		wantCode(t, err, enablemap.ENOTFOUND)

		// Roles, and the last owner stays.
		wantCode(t, db.SetMember(ctx, team.ID, bob.ID, "admin"), enablemap.EINVALID, "role")
		must(t, db.SetMember(ctx, team.ID, bob.ID, "viewer"))
		wantCode(t, db.SetMember(ctx, team.ID, owner.ID, "editor"), enablemap.EINVALID, "at least one owner")
		wantCode(t, db.RemoveMember(ctx, team.ID, owner.ID), enablemap.EINVALID, "at least one owner")
		must(t, db.SetMember(ctx, team.ID, bob.ID, "owner"))
		must(t, db.SetMember(ctx, team.ID, owner.ID, "editor"))
		members, err := db.Members(ctx, team.ID)
		must(t, err)
		if len(members) != 2 || members[0].UserEmail != "Ana@Example.com" || members[0].Role != "editor" || members[1].Role != "owner" {
			t.Fatalf("Members = %+v", members)
		}
		other, err := db.CreateTeam(ctx, "Field marketing")
		must(t, err)
		_, err = db.CreateTeam(ctx, "field MARKETING")
		wantCode(t, err, enablemap.ECONFLICT)
		must(t, db.SetMember(ctx, other.ID, owner.ID, "viewer"))
		ms, err := db.Memberships(ctx, owner.ID)
		must(t, err)
		if len(ms) != 2 || ms[0].TeamName != "Acme marketing" || ms[1].TeamName != "Field marketing" {
			t.Fatalf("Memberships = %+v", ms)
		}

		// Projects per team.
		p2 := newProject(t, db, "Field project", "Lead", "Won")
		must(t, db.SetProjectTeam(ctx, p2.ID, other.ID))
		ps, err := db.TeamProjects(ctx, other.ID, false)
		must(t, err)
		if len(ps) != 1 || ps[0].ID != p2.ID {
			t.Fatalf("TeamProjects = %+v", ps)
		}

		// Sessions: stored hashed, switched, ended with a password change.
		now := time.Date(2026, 3, 1, 9, 0, 0, 0, time.UTC)
		for _, h := range []string{"s1", "s2"} {
			must(t, db.CreateSession(ctx, enablemap.Session{IDHash: h, UserID: owner.ID, TeamID: team.ID, CSRF: "c-" + h,
				CreatedAt: now, LastSeen: now, ExpiresAt: now.Add(time.Hour)}))
		}
		must(t, db.SetSessionTeam(ctx, "s1", other.ID))
		must(t, db.TouchSession(ctx, "s1", now.Add(time.Minute)))
		se, err := db.SessionByHash(ctx, "s1")
		must(t, err)
		if se.TeamID != other.ID || se.CSRF != "c-s1" || !se.LastSeen.Equal(now.Add(time.Minute)) || !se.ExpiresAt.Equal(now.Add(time.Hour)) {
			t.Fatalf("SessionByHash = %+v", se)
		}
		must(t, db.SetPassword(ctx, owner.ID, "newhash", "s1"))
		_, err = db.SessionByHash(ctx, "s2")
		wantCode(t, err, enablemap.ENOTFOUND)
		if n, err := db.DeleteExpiredSessions(ctx, now.Add(2*time.Hour)); err != nil || n != 1 {
			t.Fatalf("DeleteExpiredSessions = %d, %v; want 1", n, err)
		}

		// Login failures, per account (in any case) and per address.
		for i := range 3 {
			must(t, db.RecordLoginFailure(ctx, "Ana@example.com", "10.0.0.1", now.Add(time.Duration(i)*time.Minute)))
		}
		must(t, db.RecordLoginFailure(ctx, "x@example.com", "10.0.0.1", now.Add(5*time.Minute)))
		f, err := db.LoginFailures(ctx, "ana@EXAMPLE.com", "10.0.0.1", now.Add(30*time.Second))
		must(t, err)
		if f.Account != 2 || f.Address != 3 || !f.OldestAccount.Equal(now.Add(time.Minute)) || !f.OldestAddress.Equal(now.Add(time.Minute)) {
			t.Fatalf("LoginFailures = %+v", f)
		}
		must(t, db.ClearLoginFailures(ctx, "ANA@example.com"))
		f, err = db.LoginFailures(ctx, "ana@example.com", "10.0.0.9", now)
		must(t, err)
		if f.Account != 0 || f.Address != 0 || !f.OldestAccount.IsZero() {
			t.Fatalf("LoginFailures after clearing = %+v", f)
		}

		// API tokens.
		tok := enablemap.APIToken{TeamID: team.ID, Name: "CI", Hash: "th", Role: "viewer", CreatedBy: "Ana"}
		must(t, db.CreateAPIToken(ctx, &tok))
		wantCode(t, db.RevokeAPIToken(ctx, other.ID, tok.ID, now), enablemap.ENOTFOUND)
		must(t, db.TouchAPIToken(ctx, tok.ID, now))
		must(t, db.RevokeAPIToken(ctx, team.ID, tok.ID, now))
		got, err := db.APITokenByHash(ctx, "th")
		must(t, err)
		if !got.RevokedAt.Equal(now) || !got.LastUsed.Equal(now) || got.Role != "viewer" {
			t.Fatalf("APITokenByHash = %+v", got)
		}

		// Contributor links.
		l := enablemap.ContributorLink{ProjectID: old.ID, Hash: "lh", Label: "EMEA", CreatedAt: now, ExpiresAt: now.Add(24 * time.Hour)}
		must(t, db.CreateLink(ctx, &l))
		must(t, db.CountLinkUse(ctx, l.ID))
		wantCode(t, db.RevokeLink(ctx, p2.ID, l.ID, now), enablemap.ENOTFOUND)
		must(t, db.RevokeLink(ctx, old.ID, l.ID, now.Add(time.Minute)))
		gl, err := db.LinkByHash(ctx, "lh")
		must(t, err)
		if gl.Uses != 1 || !gl.RevokedAt.Equal(now.Add(time.Minute)) || gl.Label != "EMEA" {
			t.Fatalf("LinkByHash = %+v", gl)
		}
		expired := enablemap.ContributorLink{ProjectID: old.ID, Hash: "lh2", CreatedAt: now, ExpiresAt: now}
		wantCode(t, db.CreateLink(ctx, &expired), enablemap.EINVALID, "expire")

		// Audit log, newest first, per team.
		for i, a := range []string{"first", "second"} {
			must(t, db.AddAudit(ctx, &enablemap.AuditEntry{TeamID: team.ID, ProjectID: old.ID, Actor: "Ana", Action: a,
				Before: `{"n":` + string(rune('0'+i)) + `}`, At: now}))
		}
		must(t, db.AddAudit(ctx, &enablemap.AuditEntry{TeamID: other.ID, Actor: "Ana", Action: "elsewhere"}))
		log, err := db.Audit(ctx, team.ID, 10)
		must(t, err)
		if len(log) != 2 || log[0].Action != "second" || log[1].Before != `{"n":0}` {
			t.Fatalf("Audit = %+v", log)
		}
	})
}
