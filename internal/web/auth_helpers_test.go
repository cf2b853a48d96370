package web

import (
	"context"
	"net/http"
	"testing"
	"time"

	"github.com/enablemap/enablemap/internal/auth"
	"github.com/enablemap/enablemap/internal/enablemap"
)

// testPassword is every test user's password.
const testPassword = "correct horse battery"

// testHasher hashes with cheap parameters: tests sign in hundreds of times.
var testHasher = auth.NewHasher(auth.TestParams, 4)

func testOptions() Options {
	return Options{Security: SecurityOptions{Hasher: testHasher}}
}

// testSession is a signed-in browser: its cookie and CSRF token.
type testSession struct {
	user   enablemap.User
	cookie *http.Cookie
	csrf   string
}

// authorize makes req come from the session, with the CSRF header a page
// script would send.
func (s *testSession) authorize(req *http.Request) {
	if s == nil {
		return
	}
	req.AddCookie(s.cookie)
	req.Header.Set(csrfHeader, s.csrf)
}

func testHash(t testing.TB) string {
	t.Helper()
	h, err := testHasher.Hash(context.Background(), testPassword)
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// setupOwner makes the first owner, as the setup page would; projects made
// so far move into their workspace.
func setupOwner(t testing.TB, acct enablemap.AccountStore, email, team string) (enablemap.User, enablemap.Team) {
	t.Helper()
	u := enablemap.User{Email: email, Name: "Owner " + email, PasswordHash: testHash(t)}
	tm, err := acct.Setup(context.Background(), &u, team)
	if err != nil {
		t.Fatalf("setup: %v", err)
	}
	return u, tm
}

// addMember makes a user with a role in a team.
func addMember(t testing.TB, acct enablemap.AccountStore, email, role string, teamID int64) enablemap.User {
	t.Helper()
	u := enablemap.User{Email: email, Name: role + " " + email, PasswordHash: testHash(t)}
	if err := acct.CreateUser(context.Background(), &u); err != nil {
		t.Fatalf("create user %s: %v", email, err)
	}
	if err := acct.SetMember(context.Background(), teamID, u.ID, role); err != nil {
		t.Fatalf("add %s as %s: %v", email, role, err)
	}
	return u
}

// newSession signs a user in by storing a session, as /login does.
func newSession(t testing.TB, acct enablemap.AccountStore, u enablemap.User, teamID int64) *testSession {
	t.Helper()
	secret, hash := auth.NewSecret(auth.SessionPrefix)
	csrf, _ := auth.NewSecret("")
	now := time.Now().UTC()
	if err := acct.CreateSession(context.Background(), enablemap.Session{IDHash: hash, UserID: u.ID, TeamID: teamID, CSRF: csrf,
		CreatedAt: now, LastSeen: now, ExpiresAt: now.Add(time.Hour)}); err != nil {
		t.Fatalf("create session: %v", err)
	}
	return &testSession{user: u, cookie: &http.Cookie{Name: sessionCookie, Value: secret}, csrf: csrf}
}

// newToken makes an API token with a role in a team and returns it.
func newToken(t testing.TB, acct enablemap.AccountStore, teamID int64, role string) string {
	t.Helper()
	secret, hash := auth.NewSecret(auth.APITokenPrefix)
	if err := acct.CreateAPIToken(context.Background(), &enablemap.APIToken{TeamID: teamID, Name: "test " + role, Hash: hash, Role: role}); err != nil {
		t.Fatalf("create token: %v", err)
	}
	return secret
}
