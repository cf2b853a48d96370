package store

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// The one store test suite runs every case against SQLite and, when
// ENABLEMAP_TEST_POSTGRES holds a DSN, against PostgreSQL, each case on a
// fresh database (an SQLite file in t.TempDir, or a PostgreSQL schema of its
// own that is dropped afterwards).

const (
	postgresEnv        = "ENABLEMAP_TEST_POSTGRES"
	requirePostgresEnv = "ENABLEMAP_REQUIRE_POSTGRES"
)

// engine makes fresh, empty databases of one kind.
type engine struct {
	name string
	// newDSN returns the DSN of a fresh, empty database that is removed
	// when the test ends.
	newDSN func(t testing.TB) string
}

func sqliteEngine() engine {
	return engine{name: "sqlite", newDSN: func(t testing.TB) string {
		return filepath.Join(t.TempDir(), "data", "enablemap.db")
	}}
}

// postgresEngine returns the PostgreSQL engine, or skips (fails, when
// ENABLEMAP_REQUIRE_POSTGRES=1) if no server is configured.
func postgresEngine(t testing.TB) engine {
	base := os.Getenv(postgresEnv)
	if base == "" {
		how := "set " + postgresEnv + " to a DSN, e.g. " + postgresEnv + "='postgres://postgres@127.0.0.1:5432/test?sslmode=disable'"
		if os.Getenv(requirePostgresEnv) == "1" {
			t.Fatal(requirePostgresEnv + "=1 but " + postgresEnv + " is unset: " + how)
		}
		t.Skip("PostgreSQL tests skipped: " + how + " to run them")
	}
	return engine{name: "postgres", newDSN: func(t testing.TB) string { return newPostgresSchema(t, base) }}
}

// newPostgresSchema creates a schema of its own for one test and returns a
// DSN whose search_path points at it.
func newPostgresSchema(t testing.TB, base string) string {
	t.Helper()
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatalf("open %s: %v", postgresEnv, err)
	}
	defer admin.Close()
	var b [6]byte
	rand.Read(b[:])
	schema := "t_" + hex.EncodeToString(b[:])
	ctx := context.Background()
	if _, err := admin.ExecContext(ctx, "CREATE SCHEMA "+schema); err != nil {
		t.Fatalf("create schema %s: %v", schema, err)
	}
	t.Cleanup(func() {
		admin, err := sql.Open("pgx", base)
		if err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
			return
		}
		defer admin.Close()
		if _, err := admin.ExecContext(context.Background(), "DROP SCHEMA "+schema+" CASCADE"); err != nil {
			t.Errorf("drop schema %s: %v", schema, err)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s: %v", postgresEnv, err)
	}
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}

// forEachEngine runs fn as a subtest per engine.
func forEachEngine(t *testing.T, fn func(t *testing.T, e engine)) {
	t.Run("sqlite", func(t *testing.T) { fn(t, sqliteEngine()) })
	t.Run("postgres", func(t *testing.T) { fn(t, postgresEngine(t)) })
}

// openFresh opens a fresh database of engine e, closed when the test ends.
func openFresh(t testing.TB, e engine) (*DB, string) {
	t.Helper()
	dsn := e.newDSN(t)
	db, err := Open(context.Background(), dsn)
	if err != nil {
		t.Fatalf("Open(%s): %v", e.name, err)
	}
	t.Cleanup(func() { db.Close() })
	return db, dsn
}

// wantCode fails unless err is an *enablemap.Error with code and a message
// containing every one of parts.
func wantCode(t *testing.T, err error, code string, parts ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want code %s", code)
	}
	var e *enablemap.Error
	if !errors.As(err, &e) {
		t.Fatalf("got %T %v, want an *enablemap.Error with code %s", err, err, code)
	}
	if e.Code != code {
		t.Fatalf("got code %s (%v), want %s", e.Code, err, code)
	}
	for _, p := range parts {
		if !strings.Contains(err.Error(), p) {
			t.Errorf("got message %q, want it to mention %q", err.Error(), p)
		}
	}
}

func must(t testing.TB, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

func newProject(t testing.TB, db *DB, name string, sales ...string) enablemap.Project {
	t.Helper()
	p := enablemap.Project{Name: name, Description: "test project", SalesStages: sales,
		BuyingStages: []string{"Awareness", "Consideration", "Decision"}}
	if err := db.CreateProject(context.Background(), &p); err != nil {
		t.Fatalf("CreateProject(%q): %v", name, err)
	}
	return p
}

// interviewData makes n interviews with per responses each, named with
// prefix so that several calls do not collide, over the given stages.
func interviewData(prefix string, n, per int, stages ...string) ([]enablemap.Interview, []enablemap.Response) {
	if len(stages) < 2 {
		stages = []string{"Prospecting", "Qualification", "Discovery"}
	}
	var (
		ins []enablemap.Interview
		rs  []enablemap.Response
	)
	for i := 1; i <= n; i++ {
		in := enablemap.Interview{
			ID: fmt.Sprintf("%sINT%03d", prefix, i), Interviewee: fmt.Sprintf("Rep %d", i),
			Role: "Account Executive", Region: []string{"North", "South", "West"}[i%3], Date: "2024-02-06",
		}
		ins = append(ins, in)
		for j := 1; j <= per; j++ {
			k := (i + j) % (len(stages) - 1)
			rs = append(rs, enablemap.Response{
				ID: fmt.Sprintf("%s-%d", in.ID, j), InterviewID: in.ID,
				FromStage: stages[k], ToStage: stages[k+1],
				Activity: fmt.Sprintf("send the buyer a case study of a peer company (%d)", j),
				Goal:     "show that companies like theirs got results", Notes: "",
			})
		}
	}
	return ins, rs
}
