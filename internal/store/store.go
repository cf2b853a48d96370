// Package store keeps enablemap projects in SQLite (the default, one file, no
// server) or PostgreSQL (for teams and several replicas), behind the one
// enablemap.Store interface. Every method is one transaction; the SQL is
// shared by both engines and the few differences sit in dialect.go.
package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"

	_ "github.com/jackc/pgx/v5/stdlib" // registers the "pgx" driver
	_ "modernc.org/sqlite"             // registers the "sqlite" driver
)

// DB is an open store.
type DB struct {
	db      *sql.DB
	dialect dialect
	now     func() time.Time
}

var _ enablemap.Store = (*DB)(nil)

// sqlitePragmas are applied by the driver to every new connection.
// _txlock=immediate takes the write lock when a write transaction begins
// rather than at its first write, so concurrent read-modify-write
// transactions wait on busy_timeout instead of failing with SQLITE_BUSY.
const sqlitePragmas = "_pragma=busy_timeout(5000)&_pragma=journal_mode(WAL)&_pragma=foreign_keys(ON)&_pragma=synchronous(NORMAL)&_txlock=immediate"

// IsPostgres reports whether dsn names a PostgreSQL database rather than an
// SQLite file.
func IsPostgres(dsn string) bool {
	return strings.HasPrefix(dsn, "postgres://") || strings.HasPrefix(dsn, "postgresql://")
}

// Open opens the store named by dsn and brings its schema up to date. A dsn
// starting with postgres:// or postgresql:// is a PostgreSQL connection URL;
// anything else is the path of an SQLite file, created (with its directory)
// if missing.
func Open(ctx context.Context, dsn string) (*DB, error) {
	if strings.TrimSpace(dsn) == "" {
		return nil, enablemap.FieldError("db", "no database given: name an SQLite file or a postgres:// URL")
	}
	var (
		s   = &DB{now: func() time.Time { return time.Now().UTC().Truncate(time.Microsecond) }}
		err error
	)
	if IsPostgres(dsn) {
		s.dialect = postgresDialect
		if _, perr := url.Parse(dsn); perr != nil {
			return nil, enablemap.FieldError("db", "the PostgreSQL URL is not valid: %v", perr)
		}
		s.db, err = sql.Open("pgx", dsn)
	} else {
		s.dialect = sqliteDialect
		if strings.Contains(dsn, "?") {
			return nil, enablemap.FieldError("db", "the SQLite file name %q must not contain '?'", dsn)
		}
		if dir := filepath.Dir(dsn); dir != "" {
			if err := os.MkdirAll(dir, 0o750); err != nil {
				return nil, fmt.Errorf("create the database directory: %w", err)
			}
		}
		s.db, err = sql.Open("sqlite", dsn+"?"+sqlitePragmas)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s database: %w", s.dialect.name, err)
	}
	// Keep a few connections for a busy server instead of database/sql's
	// two, which would reconnect (and, on SQLite, re-run the pragmas) at
	// every burst of requests.
	s.db.SetMaxIdleConns(8)
	s.db.SetConnMaxIdleTime(5 * time.Minute)
	if err := s.connect(ctx); err != nil {
		s.db.Close()
		return nil, fmt.Errorf("connect to the %s database: %w", s.dialect.name, err)
	}
	if err := s.migrate(ctx); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

// connect opens the first connection, waiting out (for as long as
// busy_timeout would) another process that is setting up the same new
// SQLite file.
func (s *DB) connect(ctx context.Context) error {
	deadline := time.Now().Add(5 * time.Second)
	for wait := 10 * time.Millisecond; ; wait = min(2*wait, 200*time.Millisecond) {
		err := s.db.PingContext(ctx)
		if err == nil || !s.dialect.busyOnConnect(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
	}
}

// Close closes the database.
func (s *DB) Close() error { return s.db.Close() }

// Engine returns "sqlite" or "postgres".
func (s *DB) Engine() string { return s.dialect.name }

// Ping checks that the database answers, for health checks.
func (s *DB) Ping(ctx context.Context) error {
	var one int
	if err := s.db.QueryRowContext(ctx, "SELECT 1").Scan(&one); err != nil {
		return fmt.Errorf("ping %s database: %w", s.dialect.name, err)
	}
	return nil
}

// Backup writes a consistent copy of a live SQLite database to path, which
// must not exist yet. The copy is a plain SQLite file: open it with Open. A
// PostgreSQL database is backed up with pg_dump instead, and Backup says so.
func (s *DB) Backup(ctx context.Context, path string) error {
	return s.dialect.backup(ctx, s.db, path)
}

// vacuumInto copies an SQLite database to a new file. VACUUM INTO reads one
// snapshot, so writers may go on meanwhile, and writes a compact file with
// no WAL beside it.
func vacuumInto(ctx context.Context, db *sql.DB, path string) error {
	if strings.TrimSpace(path) == "" {
		return enablemap.FieldError("file", "name the backup file")
	}
	if _, err := os.Stat(path); err == nil {
		return enablemap.Errorf(enablemap.ECONFLICT, "backup file %s already exists; choose a new name", path)
	} else if !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("check backup file: %w", err)
	}
	if dir := filepath.Dir(path); dir != "" {
		if err := os.MkdirAll(dir, 0o750); err != nil {
			return fmt.Errorf("create the backup directory: %w", err)
		}
	}
	if _, err := db.ExecContext(ctx, "VACUUM INTO $1", path); err != nil {
		return fmt.Errorf("back up to %s: %w", path, err)
	}
	return nil
}

// write runs fn in a write transaction and commits if fn succeeds.
func (s *DB) write(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return s.conflictOnUnique(err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("commit: %w", s.conflictOnUnique(err))
	}
	return nil
}

// read runs fn in a read-only transaction that sees one snapshot.
func (s *DB) read(ctx context.Context, fn func(tx *sql.Tx) error) error {
	tx, err := s.db.BeginTx(ctx, s.dialect.readTx)
	if err != nil {
		return fmt.Errorf("begin transaction: %w", err)
	}
	defer tx.Rollback()
	if err := fn(tx); err != nil {
		return err
	}
	return tx.Commit()
}

// conflictOnUnique turns a unique-constraint failure that slipped past the
// checks (two PostgreSQL transactions inserting the same key at once) into a
// conflict the user can retry.
func (s *DB) conflictOnUnique(err error) error {
	var e *enablemap.Error
	if errors.As(err, &e) || !s.dialect.isUniqueViolation(err) {
		return err
	}
	return &enablemap.Error{Code: enablemap.ECONFLICT, Message: "another change to the same data was saved at the same time; try again"}
}

func notFound(format string, args ...any) error {
	return enablemap.Errorf(enablemap.ENOTFOUND, format, args...)
}
