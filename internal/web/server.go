// Package web serves the enablemap web application (server-rendered pages)
// and the JSON API under /api/v1, both over the service layer.
package web

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"strings"
	"sync"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

// Options tune the server.
type Options struct {
	// Logger receives request logs and internal errors; nil discards them.
	Logger *slog.Logger
	// Security tunes sign-in, sessions and login limits.
	Security SecurityOptions
}

// Server is the HTTP handler of the web application and the API.
type Server struct {
	svc    *service.Service
	logger *slog.Logger
	pages  *pageSet
	assets *assetSet
	mux    *router
	acct   enablemap.AccountStore
	sec    SecurityOptions
	// dummyHash is a password hash made once, checked when a sign-in names
	// an unknown email.
	dummyOnce sync.Once
	dummyHash string
	// handler is mux wrapped in the middleware every request goes through.
	handler http.Handler
}

// New parses the templates and assets built into the binary and returns the
// server; a broken template fails here rather than on the first request.
func New(svc *service.Service, opts Options) (*Server, error) {
	if svc == nil {
		return nil, fmt.Errorf("web: no service")
	}
	logger := opts.Logger
	if logger == nil {
		logger = slog.New(slog.DiscardHandler)
	}
	assets, err := loadAssets()
	if err != nil {
		return nil, fmt.Errorf("web: load assets: %w", err)
	}
	pages, err := parsePages(assets)
	if err != nil {
		return nil, fmt.Errorf("web: parse templates: %w", err)
	}
	acct, ok := svc.Accounts()
	if !ok {
		return nil, fmt.Errorf("web: the store keeps no accounts, so nobody could sign in")
	}
	s := &Server{svc: svc, logger: logger, pages: pages, assets: assets, acct: acct, sec: opts.Security.withDefaults()}
	s.mux = &router{ServeMux: http.NewServeMux(), guard: s.guard}
	s.authRoutes()
	s.routes()
	s.registerAPI(s.mux)
	// Browsers send Origin or Sec-Fetch-Site with every form post: a
	// cross-site post is refused, so a page elsewhere cannot make a
	// signed-in user's browser change a project. Clients without those
	// headers (curl, scripts) pass.
	// identify then finds who sends each request; the guard of each route
	// decides what they may do.
	s.handler = s.logRequests(securityHeaders(http.NewCrossOriginProtection().Handler(s.identify(s.mux))))
	return s, nil
}

// ServeHTTP serves one request.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.handler.ServeHTTP(w, r)
}

// routes registers the pages. The API registers its own routes.
func (s *Server) routes() {
	m := s.mux
	m.HandleFunc("GET /healthz", s.healthz)
	m.HandleFunc("GET /assets/{hash}/{name}", s.serveAsset)

	m.HandleFunc("GET /{$}", s.page(s.projectsPage))
	m.HandleFunc("POST /projects", s.action(s.createProject))
	m.HandleFunc("POST /demo", s.action(s.loadDemo))
	m.HandleFunc("GET /projects/{id}", s.page(s.overviewPage))
	m.HandleFunc("POST /projects/{id}/archive", s.action(s.archiveProject))
	m.HandleFunc("POST /projects/{id}/delete", s.action(s.deleteProject))
	m.HandleFunc("GET /projects/{id}/settings", s.page(s.settingsPage))
	m.HandleFunc("POST /projects/{id}/settings", s.action(s.saveSettings))
	m.HandleFunc("POST /projects/{id}/stages", s.action(s.editStages))

	m.HandleFunc("GET /projects/{id}/guide", s.page(s.guidePage))
	m.HandleFunc("POST /projects/{id}/guide", s.action(s.saveGuide))
	m.HandleFunc("GET /projects/{id}/interviews", s.page(s.interviewsPage))
	m.HandleFunc("GET /projects/{id}/interviews/new", s.page(s.newInterviewPage))
	m.HandleFunc("GET /projects/{id}/interviews/{iid}", s.page(s.editInterviewPage))
	m.HandleFunc("POST /projects/{id}/interviews", s.saveInterview)
	m.HandleFunc("POST /projects/{id}/interviews/{iid}/delete", s.action(s.deleteInterview))
	m.HandleFunc("POST /projects/{id}/interviews/{iid}/review", s.action(s.reviewInterview))

	m.HandleFunc("GET /projects/{id}/rollup", s.page(s.rollupPage))
	m.HandleFunc("GET /projects/{id}/glossary", s.page(s.glossaryPage))
	m.HandleFunc("POST /projects/{id}/glossary", s.action(s.saveGlossaryTerm))
	m.HandleFunc("POST /projects/{id}/glossary/delete", s.action(s.deleteGlossaryTerm))
	m.HandleFunc("GET /projects/{id}/decisions", s.page(s.decisionsPage))
	m.HandleFunc("POST /projects/{id}/decisions", s.action(s.decide))
	m.HandleFunc("POST /projects/{id}/decisions/{did}/undo", s.action(s.undoDecision))

	m.HandleFunc("GET /projects/{id}/map", s.page(s.mapPage))
	m.HandleFunc("GET /projects/{id}/activities/{aid}", s.page(s.activityPage))
	m.HandleFunc("GET /projects/{id}/materials", s.page(s.materialsPage))

	m.HandleFunc("GET /projects/{id}/holes", s.page(s.holesPage))
	m.HandleFunc("GET /projects/{id}/roadmap", s.page(s.roadmapPage))
	m.HandleFunc("POST /projects/{id}/roadmap", s.action(s.saveRoadmapItem))
	m.HandleFunc("POST /projects/{id}/roadmap/{rid}/delete", s.action(s.deleteRoadmapItem))

	m.HandleFunc("GET /projects/{id}/import", s.page(s.importPage))
	m.HandleFunc("POST /projects/{id}/import", s.importFile)
	m.HandleFunc("GET /projects/{id}/report", s.page(s.reportPage))
	m.HandleFunc("GET /projects/{id}/export", s.page(s.exportPage))
	m.HandleFunc("GET /projects/{id}/export/{file}", s.exportFile)

	m.HandleFunc("/", s.notFound)
}

// pinger is what a store offers for health checks.
type pinger interface {
	Ping(ctx context.Context) error
}

// healthz answers 200 when the store answers, for load balancers.
func (s *Server) healthz(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	if p, ok := s.svc.Store().(pinger); ok {
		ctx, cancel := context.WithTimeout(r.Context(), 2*time.Second)
		defer cancel()
		if err := p.Ping(ctx); err != nil {
			s.logger.Error("health check failed", "err", err)
			w.WriteHeader(http.StatusServiceUnavailable)
			fmt.Fprintln(w, "store unavailable")
			return
		}
	}
	fmt.Fprintln(w, "ok")
}

// statusRecorder remembers the status and size of a response for the log.
type statusRecorder struct {
	http.ResponseWriter
	status int
	bytes  int
}

func (r *statusRecorder) WriteHeader(code int) {
	if r.status == 0 {
		r.status = code
	}
	r.ResponseWriter.WriteHeader(code)
}

func (r *statusRecorder) Write(b []byte) (int, error) {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	n, err := r.ResponseWriter.Write(b)
	r.bytes += n
	return n, err
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (r *statusRecorder) Unwrap() http.ResponseWriter { return r.ResponseWriter }

// logRequests writes one structured log line per request.
func (s *Server) logRequests(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		start := time.Now()
		rec := &statusRecorder{ResponseWriter: w}
		next.ServeHTTP(rec, r)
		if rec.status == 0 {
			rec.status = http.StatusOK
		}
		level := slog.LevelInfo
		if rec.status >= 500 {
			level = slog.LevelWarn
		}
		s.logger.LogAttrs(r.Context(), level, "request",
			slog.String("method", r.Method),
			slog.String("path", redactPath(r.URL.Path)),
			slog.Int("status", rec.status),
			slog.Int("bytes", rec.bytes),
			slog.Duration("duration", time.Since(start)),
		)
	})
}

// securityHeaders sets the headers every response carries. Pages get their
// Content-Security-Policy when rendered.
func securityHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("Referrer-Policy", "same-origin")
		h.Set("X-Frame-Options", "DENY")
		next.ServeHTTP(w, r)
	})
}

// redactPath keeps contributor-link tokens out of the logs: whoever reads
// the logs must not be able to open the links.
func redactPath(p string) string {
	if strings.HasPrefix(p, "/c/") {
		return "/c/[link]"
	}
	return p
}
