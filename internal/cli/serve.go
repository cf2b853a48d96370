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

	"github.com/enablemap/enablemap/internal/web"
)

const serveHelp = `
Usage: enablemap serve [--addr 127.0.0.1:8080] [--db DB] [--demo]

Runs the web application and the JSON API (/api/v1, described at
/api/v1/openapi.json). Several replicas may share one PostgreSQL database.
SIGINT or SIGTERM shuts the server down gracefully.

Environment: ENABLEMAP_ADDR, ENABLEMAP_DB, ENABLEMAP_LOG_FORMAT (text or json).

Example:
  enablemap serve --demo      # then open http://127.0.0.1:8080
`

func runServe(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "serve", serveHelp)
	addr := fs.String("addr", "", "address to listen on (default $ENABLEMAP_ADDR, else 127.0.0.1:8080)")
	demo := fs.Bool("demo", false, "load the demo project at start if it is missing")
	logFormat := fs.String("log-format", "", "text or json (default $ENABLEMAP_LOG_FORMAT, else text)")
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
	h, err := web.New(svc, web.Options{Logger: logger})
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
