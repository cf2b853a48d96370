package web

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/service"
	"github.com/enablemap/enablemap/internal/store"
)

// postgresDSN returns a DSN of a fresh PostgreSQL schema for this test, or
// skips (fails, with ENABLEMAP_REQUIRE_POSTGRES=1) when no server is named.
func postgresDSN(t *testing.T) string {
	t.Helper()
	base := os.Getenv("ENABLEMAP_TEST_POSTGRES")
	if base == "" {
		how := "set ENABLEMAP_TEST_POSTGRES to a DSN, e.g. 'postgres://postgres@127.0.0.1:5432/test?sslmode=disable'"
		if os.Getenv("ENABLEMAP_REQUIRE_POSTGRES") == "1" {
			t.Fatal("ENABLEMAP_REQUIRE_POSTGRES=1 but ENABLEMAP_TEST_POSTGRES is unset: " + how)
		}
		t.Skip("replica test skipped: " + how + " to run it")
	}
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close()
	var b [6]byte
	rand.Read(b[:])
	schema := "web_" + hex.EncodeToString(b[:])
	if _, err := admin.Exec("CREATE SCHEMA " + schema); err != nil {
		t.Fatalf("create schema: %v", err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", base)
		if err != nil {
			return
		}
		defer admin.Close()
		admin.Exec("DROP SCHEMA " + schema + " CASCADE")
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// replica is one server process: its own store connection pool, service
// (with its own analysis cache) and web server.
func replica(t *testing.T, dsn string) *Server {
	t.Helper()
	db, err := store.Open(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	srv, err := New(service.New(db), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	return srv
}

// browser keeps one session cookie and sends requests to whichever
// replica a load balancer would pick.
type browser struct {
	t      *testing.T
	cookie *http.Cookie
	csrf   string
}

func (b *browser) send(srv *Server, method, path string, form url.Values) *httptest.ResponseRecorder {
	b.t.Helper()
	var req *http.Request
	if form != nil {
		if b.csrf != "" {
			form.Set(csrfField, b.csrf)
		}
		req = httptest.NewRequest(method, path, strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	} else {
		req = httptest.NewRequest(method, path, nil)
	}
	if b.cookie != nil {
		req.AddCookie(b.cookie)
	}
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	if c := sessionOf(rec); c != nil {
		b.cookie = c
	}
	if m := regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindStringSubmatch(rec.Body.String()); m != nil {
		b.csrf = m[1]
	}
	return rec
}

// Two replicas on one PostgreSQL database share sessions, login limits and
// contributor links: nothing that must be shared lives in one process.
func TestReplicasShareState(t *testing.T) {
	dsn := postgresDSN(t)
	a, b := replica(t, dsn), replica(t, dsn)
	ana := &browser{t: t}

	// Set up on A, then carry on on B with the same cookie.
	rec := ana.send(a, "POST", "/setup", url.Values{"name": {"Ana"}, "email": {"ana@example.com"},
		"password": {testPassword}, "password2": {testPassword}, "workspace": {"Marketing"}})
	if rec.Code != http.StatusSeeOther || ana.cookie == nil {
		t.Fatalf("setup on A: got %d", rec.Code)
	}
	if rec := ana.send(b, "GET", "/", nil); rec.Code != 200 || !strings.Contains(rec.Body.String(), "Sign out") {
		t.Fatalf("the session made on A, on B: got %d", rec.Code)
	}
	rec = ana.send(b, "POST", "/projects", url.Values{"name": {"Field sales"}, "template": {"acd"}, "sales_stages": {"Lead\nDemo\nWon"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("create a project on B with A's session: got %d %s", rec.Code, excerpt(rec.Body.String()))
	}
	project := rec.Header().Get("Location")
	if rec := ana.send(a, "GET", project, nil); rec.Code != 200 {
		t.Fatalf("the project made on B, on A: got %d", rec.Code)
	}

	// A contributor link made on A works on B.
	rec = ana.send(a, "POST", project+"/links", url.Values{"label": {"EMEA"}})
	m := regexp.MustCompile(`(/c/emc_[A-Za-z0-9_-]{43})`).FindStringSubmatch(rec.Body.String())
	if m == nil {
		t.Fatalf("make a link on A: got %d", rec.Code)
	}
	rep := &browser{t: t}
	if rec := rep.send(b, "GET", m[1], nil); rec.Code != 200 {
		t.Fatalf("open A's link on B: got %d", rec.Code)
	}
	rec = rep.send(b, "POST", m[1], url.Values{"interviewee": {"Rita"}, "activity_0_0": {"send the agenda"}})
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("contribute on B: got %d %s", rec.Code, excerpt(rec.Body.String()))
	}
	if rec := ana.send(a, "GET", project+"/interviews", nil); !strings.Contains(rec.Body.String(), "Rita") {
		t.Fatal("the contribution made on B does not show on A")
	}

	// Sign out on B ends the session on A too.
	if rec := ana.send(b, "POST", "/logout", url.Values{}); rec.Code != http.StatusSeeOther {
		t.Fatalf("sign out on B: got %d", rec.Code)
	}
	if rec := (&browser{t: t, cookie: ana.cookie}).send(a, "GET", "/", nil); rec.Code != http.StatusSeeOther {
		t.Fatalf("the session signed out on B still works on A: %d", rec.Code)
	}

	// Failed sign-ins are counted across both: 3 on A and 2 on B lock the
	// account on either.
	for i := range 5 {
		srv := a
		if i%2 == 1 {
			srv = b
		}
		if rec := serveLogin(srv, "ana@example.com", "wrong password", fmt.Sprintf("10.3.0.%d", i)); rec.Code != http.StatusUnauthorized {
			t.Fatalf("failure %d: got %d", i+1, rec.Code)
		}
	}
	for name, srv := range map[string]*Server{"A": a, "B": b} {
		if rec := serveLogin(srv, "ana@example.com", testPassword, "10.3.1.1"); rec.Code != http.StatusTooManyRequests {
			t.Fatalf("after 5 failures over both replicas, sign in on %s: got %d, want 429", name, rec.Code)
		}
	}
}
