package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os/signal"
	"syscall"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/web"
)

const serveHelp = `
Usage: enablemap serve [--addr 127.0.0.1:8080] [--db DB] [--demo]

Runs the web application and the JSON API (/api/v1, described at
/api/v1/openapi.json). Several replicas may share one PostgreSQL database.
SIGINT or SIGTERM shuts the server down gracefully.

On the first visit, with no accounts yet, every page leads to a setup page
that creates the first owner (or run 'enablemap user add EMAIL --role owner').
Cookies are marked Secure when a request comes over TLS; behind a TLS proxy,
pass --trust-proxy (the proxy sets X-Forwarded-Proto and X-Forwarded-For) or
--secure-cookies. See docs/security.md.

Environment: ENABLEMAP_ADDR, ENABLEMAP_DB, ENABLEMAP_LOG_FORMAT (text or json),
ENABLEMAP_TRUST_PROXY=1, ENABLEMAP_SECURE_COOKIES=1.

Example:
  enablemap serve --demo      # then open http://127.0.0.1:8080
`

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "serve", serveHelp)
	addr := fs.String("addr", "", "address to listen on (default $ENABLEMAP_ADDR, else 127.0.0.1:8080)")
	demo := fs.Bool("demo", false, "load the demo project at start if it is missing")
	logFormat := fs.String("log-format", "", "text or json (default $ENABLEMAP_LOG_FORMAT, else text)")
	trustProxy := fs.Bool("trust-proxy", false, "believe X-Forwarded-Proto and X-Forwarded-For from the reverse proxy in front (default $ENABLEMAP_TRUST_PROXY)")
	secureCookies := fs.Bool("secure-cookies", false, "mark cookies Secure even on plain HTTP, for a TLS proxy that does not say so (default $ENABLEMAP_SECURE_COOKIES)")
	db := dbFlag(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *addr == "" {
		*addr = env.Getenv("ENABLEMAP_ADDR")
	}
	if *addr == "" {
		*addr = "127.0.0.1:8080"
	}
	if *logFormat == "" {
		*logFormat = env.Getenv("ENABLEMAP_LOG_FORMAT")
	}
	var logger *slog.Logger
	if *logFormat == "json" {
		logger = slog.New(slog.NewJSONHandler(env.Stderr, nil))
	} else {
		logger = slog.New(slog.NewTextHandler(env.Stderr, nil))
	}

	ctx, stop := signal.NotifyContext(ctx, syscall.SIGINT, syscall.SIGTERM)
	defer stop()

	svc, st, err := open(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if *demo {
		p, created, err := svc.LoadDemo(ctx, false)
		if err != nil {
			return fmt.Errorf("load demo: %w", err)
		}
		logger.Info("demo project", "name", p.Name, "id", p.ID, "loaded", created)
	}
	sec := web.SecurityOptions{
		TrustProxy:    *trustProxy || env.Getenv("ENABLEMAP_TRUST_PROXY") == "1",
		SecureCookies: *secureCookies || env.Getenv("ENABLEMAP_SECURE_COOKIES") == "1",
	}
	h, err := web.New(svc, web.Options{Logger: logger, Security: sec})
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return fmt.Errorf("listen on %s: %w", *addr, err)
	}
	srv := &http.Server{
		Handler:           h,
		ReadHeaderTimeout: 10 * time.Second,
		ReadTimeout:       5 * time.Minute, // large uploads
		WriteTimeout:      5 * time.Minute, // PDF reports
		IdleTimeout:       2 * time.Minute,
		ErrorLog:          slog.NewLogLogger(logger.Handler(), slog.LevelWarn),
	}
	logger.Info("serving", "url", "http://"+ln.Addr().String(), "db", st.Engine())
	fmt.Fprintf(env.Stdout, "enablemap is serving on http://%s\n", ln.Addr())
	if acct, ok := svc.Accounts(); ok {
		if n, err := acct.CountUsers(ctx); err == nil && n == 0 {
			fmt.Fprintf(env.Stdout, "no accounts yet: open http://%s to create the first owner\n", ln.Addr())
		}
		go sweepSessions(ctx, acct, logger)
	}
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	logger.Info("shutting down")
	shutdownCtx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdownCtx); err != nil {
		return fmt.Errorf("shutdown: %w", err)
	}
	if err := <-errc; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	logger.Info("stopped")
	return nil
}

// sweepSessions deletes sessions past their end now and then; they are
// refused when used anyway, this only keeps the table small. Every replica
// may run it: deleting twice does no harm.
func sweepSessions(ctx context.Context, acct enablemap.AccountStore, logger *slog.Logger) {
	t := time.NewTicker(time.Hour)
	defer t.Stop()
	for {
		if n, err := acct.DeleteExpiredSessions(ctx, time.Now()); err != nil && ctx.Err() == nil {
			logger.Warn("delete expired sessions", "err", err)
		} else if n > 0 {
			logger.Info("deleted expired sessions", "count", n)
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
