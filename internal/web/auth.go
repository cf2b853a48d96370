package web

import (
	"context"
	"crypto/subtle"
	"errors"
	"fmt"
	"math"
	"mime"
	"net"
	"net/http"
	"net/url"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/auth"
	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

// SecurityOptions tune sign-in, sessions and login limits. The zero value
// is what the product uses.
type SecurityOptions struct {
	// Hasher hashes passwords; nil means argon2id with t=3, m=64 MiB, p=2,
	// at most two hashes at once.
	Hasher *auth.Hasher
	// SecureCookies marks cookies Secure even on plain HTTP (for a TLS
	// proxy that does not say so). Cookies are Secure anyway when the
	// request came over TLS, or with TrustProxy and X-Forwarded-Proto https.
	SecureCookies bool
	// TrustProxy believes X-Forwarded-Proto and X-Forwarded-For, which only a
	// reverse proxy in front of every replica may set.
	TrustProxy bool
	// IdleTimeout ends a session nobody used for this long (default 8 h);
	// Lifetime ends any session this long after sign-in (default 7 days).
	IdleTimeout time.Duration
	Lifetime    time.Duration
	// AccountFailures and AddressFailures are how many failed sign-ins per
	// account and per client address are allowed within FailureWindow
	// (defaults 5, 20 and 15 minutes).
	AccountFailures int
	AddressFailures int
	FailureWindow   time.Duration
	// Now is the clock (tests move it); nil is time.Now.
	Now func() time.Time
}

func (o SecurityOptions) withDefaults() SecurityOptions {
	if o.Hasher == nil {
		o.Hasher = auth.NewHasher(auth.DefaultParams, 2)
	}
	if o.IdleTimeout <= 0 {
		o.IdleTimeout = 8 * time.Hour
	}
	if o.Lifetime <= 0 {
		o.Lifetime = 7 * 24 * time.Hour
	}
	if o.AccountFailures <= 0 {
		o.AccountFailures = 5
	}
	if o.AddressFailures <= 0 {
		o.AddressFailures = 20
	}
	if o.FailureWindow <= 0 {
		o.FailureWindow = 15 * time.Minute
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	return o
}

const (
	sessionCookie = "enablemap_session"
	csrfField     = "csrf"
	csrfHeader    = "X-CSRF-Token"
	// touchEvery limits writes: a session's last use is recorded at most
	// once a minute, which is precise enough for an idle timeout of hours.
	touchEvery = time.Minute
)

// identity is who a request comes from, found by identify.
type identity struct {
	user    enablemap.User      // zero for API tokens
	session *enablemap.Session  // nil for API tokens
	token   *enablemap.APIToken // nil for sessions
	team    enablemap.Team      // the workspace the request acts in
	role    auth.Role           // the role in that workspace, "" for none
	teams   []enablemap.Member  // every workspace of the user
}

func (id *identity) name() string {
	if id.token != nil {
		return "API token " + id.token.Name
	}
	if id.user.Name != "" {
		return id.user.Name + " <" + id.user.Email + ">"
	}
	return id.user.Email
}

type identityKey struct{}

func identityOf(ctx context.Context) *identity {
	id, _ := ctx.Value(identityKey{}).(*identity)
	return id
}

// accounts is the server's account store.
func (s *Server) accounts() enablemap.AccountStore { return s.acct }

// identify finds who sends the request (a session cookie or a bearer
// token) and puts them in its context; it refuses nothing except a bearer
// token that is not valid. Each route's guard decides what is allowed.
func (s *Server) identify(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if strings.HasPrefix(r.URL.Path, "/assets/") || r.URL.Path == "/healthz" {
			next.ServeHTTP(w, r)
			return
		}
		id, err := s.identityFor(w, r)
		if err != nil {
			if enablemap.ErrorCode(err) == enablemap.EUNAUTH {
				w.Header().Set("WWW-Authenticate", `Bearer realm="enablemap"`)
				s.writeError(w, r, err)
				return
			}
			s.logger.Error("identify request", "path", r.URL.Path, "err", err)
			s.writeError(w, r, err)
			return
		}
		if id != nil {
			ctx := context.WithValue(r.Context(), identityKey{}, id)
			ctx = service.WithActor(ctx, service.Actor{UserID: id.user.ID, Name: id.name(), TeamID: id.team.ID, Role: string(id.role)})
			r = r.WithContext(ctx)
		}
		next.ServeHTTP(w, r)
	})
}

func (s *Server) identityFor(w http.ResponseWriter, r *http.Request) (*identity, error) {
	ctx := r.Context()
	now := s.sec.Now()
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, tok, _ := strings.Cut(h, " ")
		tok = strings.TrimSpace(tok)
		if !strings.EqualFold(scheme, "Bearer") || !auth.HasPrefix(tok, auth.APITokenPrefix) {
			return nil, enablemap.Errorf(enablemap.EUNAUTH, "the Authorization header must be 'Bearer emt_...' with an API token (make one on the Workspace page)")
		}
		t, err := s.acct.APITokenByHash(ctx, auth.HashSecret(tok))
		if enablemap.ErrorCode(err) == enablemap.ENOTFOUND || (err == nil && !t.RevokedAt.IsZero()) {
			return nil, enablemap.Errorf(enablemap.EUNAUTH, "the API token is not valid or was revoked")
		}
		if err != nil {
			return nil, err
		}
		team, err := s.acct.Team(ctx, t.TeamID)
		if err != nil {
			return nil, err
		}
		if now.Sub(t.LastUsed) > touchEvery {
			if err := s.acct.TouchAPIToken(ctx, t.ID, now); err != nil {
				return nil, err
			}
		}
		return &identity{token: &t, team: team, role: auth.Role(t.Role)}, nil
	}
	c, err := r.Cookie(sessionCookie)
	if err != nil || !auth.HasPrefix(c.Value, auth.SessionPrefix) {
		return nil, nil
	}
	se, err := s.acct.SessionByHash(ctx, auth.HashSecret(c.Value))
	if enablemap.ErrorCode(err) == enablemap.ENOTFOUND {
		s.clearSessionCookie(w, r)
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	if now.After(se.ExpiresAt) || now.Sub(se.LastSeen) > s.sec.IdleTimeout {
		if err := s.acct.DeleteSession(ctx, se.IDHash); err != nil {
			return nil, err
		}
		s.clearSessionCookie(w, r)
		return nil, nil
	}
	u, err := s.acct.User(ctx, se.UserID)
	if err != nil {
		return nil, err
	}
	id := &identity{user: u, session: &se}
	if id.teams, err = s.acct.Memberships(ctx, u.ID); err != nil {
		return nil, err
	}
	for _, m := range id.teams {
		if m.TeamID == se.TeamID {
			id.team, id.role = enablemap.Team{ID: m.TeamID, Name: m.TeamName}, auth.Role(m.Role)
		}
	}
	if id.role == "" && len(id.teams) > 0 {
		// Removed from the workspace the session was in: move to another.
		m := id.teams[0]
		id.team, id.role = enablemap.Team{ID: m.TeamID, Name: m.TeamName}, auth.Role(m.Role)
		if err := s.acct.SetSessionTeam(ctx, se.IDHash, m.TeamID); err != nil {
			return nil, err
		}
	}
	if now.Sub(se.LastSeen) > touchEvery {
		if err := s.acct.TouchSession(ctx, se.IDHash, now); err != nil {
			return nil, err
		}
	}
	return id, nil
}

// secure reports whether cookies must be marked Secure for this request.
func (s *Server) secure(r *http.Request) bool {
	return s.sec.SecureCookies || r.TLS != nil ||
		(s.sec.TrustProxy && strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https"))
}

func (s *Server) setSessionCookie(w http.ResponseWriter, r *http.Request, secret string, expires time.Time) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: secret, Path: "/", Expires: expires,
		HttpOnly: true, Secure: s.secure(r), SameSite: http.SameSiteLaxMode})
}

func (s *Server) clearSessionCookie(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1,
		HttpOnly: true, Secure: s.secure(r), SameSite: http.SameSiteLaxMode})
}

// startSession signs a user in: a new session id every time, so an id
// planted before sign-in is worth nothing after.
func (s *Server) startSession(w http.ResponseWriter, r *http.Request, u enablemap.User, teamID int64) error {
	ctx := r.Context()
	if c, err := r.Cookie(sessionCookie); err == nil && c.Value != "" {
		if err := s.acct.DeleteSession(ctx, auth.HashSecret(c.Value)); err != nil {
			return err
		}
	}
	secret, hash := auth.NewSecret(auth.SessionPrefix)
	csrf, _ := auth.NewSecret("")
	now := s.sec.Now().UTC()
	se := enablemap.Session{IDHash: hash, UserID: u.ID, TeamID: teamID, CSRF: csrf, CreatedAt: now, LastSeen: now,
		ExpiresAt: now.Add(s.sec.Lifetime)}
	if err := s.acct.CreateSession(ctx, se); err != nil {
		return err
	}
	s.setSessionCookie(w, r, secret, se.ExpiresAt)
	return nil
}

// policy is what a route requires, derived from its pattern once, at
// registration, so that no route can be added without one.
type policy struct {
	public  bool      // anyone, signed in or not
	min     auth.Role // the least role in the current workspace
	project string    // the path wildcard naming a project, "" for none
	api     bool      // under /api/v1: JSON errors, bearer tokens accepted
}

// publicRoutes are reachable without signing in; each handles its own
// checks (setup only while there are no users, links by their token).
var publicRoutes = map[string]bool{
	"GET /healthz": true, "GET /assets/{hash}/{name}": true,
	"GET /login": true, "POST /login": true, "GET /setup": true, "POST /setup": true,
	"GET /c/{token}": true, "POST /c/{token}": true,
}

func policyFor(pattern string) policy {
	method, path, found := strings.Cut(pattern, " ")
	if !found {
		method, path = "", pattern
	}
	p := policy{public: publicRoutes[pattern], api: strings.HasPrefix(path, apiPrefix+"/"), min: auth.Viewer}
	switch {
	case strings.HasPrefix(path, "/workspace"), path == apiPrefix+"/audit",
		pattern == "POST /projects/{id}/delete", pattern == "DELETE "+apiPrefix+"/projects/{project}":
		// Members, tokens, the audit log, and deleting a whole project.
		p.min = auth.Owner
	case strings.HasPrefix(path, "/account"), path == "/logout":
		p.min = auth.Viewer
	case strings.Contains(path, "/links"):
		// Who may let outsiders in is an editor's call, even to look.
		p.min = auth.Editor
	case method == "" || method == http.MethodGet || method == http.MethodHead:
		p.min = auth.Viewer
	default:
		p.min = auth.Editor
	}
	switch {
	case strings.Contains(path, "/projects/{id}"):
		p.project = "id"
	case strings.Contains(path, "/projects/{project}"):
		p.project = "project"
	}
	return p
}

// router is the server's ServeMux with every handler wrapped in the guard
// of its pattern; it remembers the patterns so tests can walk them all.
type router struct {
	*http.ServeMux
	guard    func(pattern string, h http.Handler) http.Handler
	patterns []string
}

func (m *router) Handle(pattern string, h http.Handler) {
	m.patterns = append(m.patterns, pattern)
	m.ServeMux.Handle(pattern, m.guard(pattern, h))
}

func (m *router) HandleFunc(pattern string, h func(http.ResponseWriter, *http.Request)) {
	m.Handle(pattern, http.HandlerFunc(h))
}

// ServeHTTP serves a request by its route. A page's address typed or
// pasted with a slash at its end ("/projects/1/map/") has no route of its
// own: a GET or HEAD of it is sent to the address without the slash when
// that one exists, where it would otherwise find no page ("/" is the route
// of the page that says there is none).
func (m *router) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := r.URL.Path
	if (r.Method == http.MethodGet || r.Method == http.MethodHead) && len(p) > 1 && strings.HasSuffix(p, "/") {
		if _, pattern := m.ServeMux.Handler(r); pattern == "" || pattern == "/" {
			trimmed := r.Clone(r.Context())
			trimmed.URL.Path, trimmed.URL.RawPath = strings.TrimRight(p, "/"), ""
			if _, pattern := m.ServeMux.Handler(trimmed); pattern != "" && pattern != "/" && trimmed.URL.Path != "" {
				http.Redirect(w, r, trimmed.URL.RequestURI(), http.StatusMovedPermanently)
				return
			}
		}
	}
	m.ServeMux.ServeHTTP(w, r)
}

// Patterns lists every registered route pattern, in registration order.
func (s *Server) Patterns() []string { return append([]string(nil), s.mux.patterns...) }

// guard enforces a route's policy before its handler runs: signed in, the
// role, the project in the current workspace, and the CSRF token of
// state-changing requests made with a session.
func (s *Server) guard(pattern string, h http.Handler) http.Handler {
	pol := policyFor(pattern)
	if pol.public {
		return h
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		id := identityOf(r.Context())
		if id == nil {
			s.unauthenticated(w, r, pol)
			return
		}
		if id.token != nil && !pol.api {
			s.deny(w, r, pol, http.StatusUnauthorized, enablemap.Errorf(enablemap.EUNAUTH, "API tokens work only for %s; sign in to use the pages", apiPrefix))
			return
		}
		if id.session != nil && !safeMethod(r.Method) {
			if err := s.checkCSRF(w, r, id, pol); err != nil {
				s.deny(w, r, pol, statusOf(err), err)
				return
			}
		}
		if !id.role.AtLeast(pol.min) {
			what := map[auth.Role]string{auth.Viewer: "members of this workspace", auth.Editor: "editors and owners", auth.Owner: "owners of this workspace"}[pol.min]
			s.deny(w, r, pol, http.StatusForbidden, enablemap.Errorf(enablemap.EFORBIDDEN,
				"Only %s may do this; you are %s in %s.", what, roleLabel(id.role), id.team.Name))
			return
		}
		if pol.project != "" {
			if err := s.checkProject(r, id, pol); err != nil {
				s.deny(w, r, pol, statusOf(err), err)
				return
			}
		}
		h.ServeHTTP(w, r)
	})
}

func roleLabel(r auth.Role) string {
	if r == "" {
		return "not a member"
	}
	return "a " + string(r)
}

func safeMethod(m string) bool {
	return m == http.MethodGet || m == http.MethodHead || m == http.MethodOptions
}

// checkProject answers 404, as for a project that does not exist, when the
// project of the path belongs to another workspace: its name is nobody
// else's business.
func (s *Server) checkProject(r *http.Request, id *identity, pol policy) error {
	ref := r.PathValue(pol.project)
	var pid int64
	if pol.project == "id" {
		n, err := strconv.ParseInt(ref, 10, 64)
		if err != nil || n <= 0 {
			return nil // the handler says there is no such project
		}
		pid = n
	} else {
		// The service resolves a name or id within the caller's workspace
		// only, so a project of another one is not found, as one that does
		// not exist.
		p, err := s.svc.ResolveProject(r.Context(), ref)
		if err != nil {
			if enablemap.ErrorCode(err) == enablemap.ENOTFOUND {
				return notFoundProject(ref, pol)
			}
			return err
		}
		pid = p.ID
	}
	team, err := s.acct.ProjectTeam(r.Context(), pid)
	if enablemap.ErrorCode(err) == enablemap.ENOTFOUND {
		return nil
	}
	if err != nil {
		return err
	}
	if team != id.team.ID {
		return notFoundProject(ref, pol)
	}
	return nil
}

// notFoundProject is the answer for a project the caller may not see.
func notFoundProject(ref string, pol policy) error {
	if pol.api {
		return enablemap.Errorf(enablemap.ENOTFOUND, "no project with id or name %q (see GET %s/projects)", ref, apiPrefix)
	}
	return enablemap.Errorf(enablemap.ENOTFOUND, "There is no project %q.", ref)
}

// checkCSRF requires the session's token in the X-CSRF-Token header or the
// csrf form field. Bearer-token calls never get here: a browser cannot
// send them on its own.
func (s *Server) checkCSRF(w http.ResponseWriter, r *http.Request, id *identity, pol policy) error {
	got := r.Header.Get(csrfHeader)
	if got == "" && !pol.api {
		mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
		if mt == "multipart/form-data" {
			r.Body = http.MaxBytesReader(w, r.Body, maxImportBody+1<<20)
			if err := r.ParseMultipartForm(8 << 20); err != nil {
				var tooLarge *http.MaxBytesError
				if errors.As(err, &tooLarge) {
					return &statusError{status: http.StatusRequestEntityTooLarge,
						err: enablemap.FieldError("file", "the file is larger than %d MiB; split it or import fewer rows at once", maxImportBody>>20)}
				}
				return enablemap.FieldError("file", "the upload could not be read: %v", err)
			}
		} else {
			r.Body = http.MaxBytesReader(w, r.Body, maxFormBody)
			if err := r.ParseForm(); err != nil {
				return &statusError{status: statusOf(err), err: enablemap.Errorf(enablemap.EINVALID, "the form could not be read: %v", err)}
			}
		}
		got = r.PostFormValue(csrfField)
	}
	if got == "" || subtle.ConstantTimeCompare([]byte(got), []byte(id.session.CSRF)) != 1 {
		msg := "This form has expired or came from another site. Reload the page and try again."
		if pol.api {
			msg = "a request signed in with a session must carry the session's CSRF token in the " + csrfHeader + " header (or use an API token)"
		}
		return enablemap.Errorf(enablemap.EFORBIDDEN, "%s", msg)
	}
	return nil
}

// deny answers a refused request: JSON for the API, a page otherwise.
func (s *Server) deny(w http.ResponseWriter, r *http.Request, pol policy, status int, err error) {
	var se *statusError
	if !errors.As(err, &se) {
		var e *enablemap.Error
		if !errors.As(err, &e) {
			e = enablemap.Errorf(enablemap.EINTERNAL, "%v", err)
		}
		err = &statusError{status: status, err: e}
	}
	if pol.api {
		s.writeError(w, r, err)
		return
	}
	s.errorPage(w, r, err)
}

// unauthenticated sends a visitor to the setup page while there are no
// users, else to sign in; the API answers 401.
func (s *Server) unauthenticated(w http.ResponseWriter, r *http.Request, pol policy) {
	n, err := s.acct.CountUsers(r.Context())
	if err != nil {
		s.deny(w, r, pol, http.StatusInternalServerError, err)
		return
	}
	if pol.api {
		msg := "sign in or send 'Authorization: Bearer <API token>' (owners make tokens on the Workspace page)"
		if n == 0 {
			msg = "enablemap is not set up yet: open it in a browser to create the first owner"
		}
		w.Header().Set("WWW-Authenticate", `Bearer realm="enablemap"`)
		s.writeError(w, r, enablemap.Errorf(enablemap.EUNAUTH, "%s", msg))
		return
	}
	if n == 0 {
		http.Redirect(w, r, "/setup", http.StatusSeeOther)
		return
	}
	to := "/login"
	if r.Method == http.MethodGet && r.URL.Path != "/" {
		to += "?next=" + url.QueryEscape(r.URL.RequestURI())
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// localPath accepts only a path on this site as a place to go after
// signing in, never another host.
func localPath(p string) string {
	if p == "" || !strings.HasPrefix(p, "/") || strings.HasPrefix(p, "//") || strings.ContainsAny(p, "\\\r\n") {
		return "/"
	}
	return p
}

// clientAddress is the address login limits count by: the peer, or with
// TrustProxy the address the proxy in front saw (the last X-Forwarded-For
// entry, which the proxy appended itself).
func (s *Server) clientAddress(r *http.Request) string {
	if s.sec.TrustProxy {
		if xff := r.Header.Get("X-Forwarded-For"); xff != "" {
			parts := strings.Split(xff, ",")
			if a := strings.TrimSpace(parts[len(parts)-1]); a != "" {
				return a
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// errTooManyFailures is a login refused by the rate limit, with when to try
// again.
type errTooManyFailures struct {
	retryAfter time.Duration
	account    bool
}

func (e *errTooManyFailures) Error() string {
	mins := int(math.Ceil(e.retryAfter.Minutes()))
	who := "from your address"
	if e.account {
		who = "for this account"
	}
	return fmt.Sprintf("Too many failed sign-ins %s. Try again in %s, or ask an owner to reset the password.", who, plural(max(mins, 1), "minute"))
}

// login checks a password under the rate limits shared by every replica
// (the failures live in the database).
func (s *Server) login(ctx context.Context, email, password, address string) (enablemap.User, error) {
	now := s.sec.Now()
	f, err := s.acct.LoginFailures(ctx, email, address, now.Add(-s.sec.FailureWindow))
	if err != nil {
		return enablemap.User{}, err
	}
	if f.Account >= s.sec.AccountFailures {
		return enablemap.User{}, &errTooManyFailures{retryAfter: f.OldestAccount.Add(s.sec.FailureWindow).Sub(now), account: true}
	}
	if f.Address >= s.sec.AddressFailures {
		return enablemap.User{}, &errTooManyFailures{retryAfter: f.OldestAddress.Add(s.sec.FailureWindow).Sub(now)}
	}
	u, err := s.acct.UserByEmail(ctx, email)
	switch {
	case enablemap.ErrorCode(err) == enablemap.ENOTFOUND:
		// Verify against a hash anyway, so that a wrong email takes as
		// long as a wrong password and does not reveal who has an account.
		s.dummyOnce.Do(func() { s.dummyHash, _ = s.sec.Hasher.Hash(ctx, "not a password of anyone") })
		s.sec.Hasher.Verify(ctx, s.dummyHash, password)
		err = auth.ErrMismatch
	case err != nil:
		return u, err
	default:
		err = s.sec.Hasher.Verify(ctx, u.PasswordHash, password)
	}
	if errors.Is(err, auth.ErrMismatch) {
		if rerr := s.acct.RecordLoginFailure(ctx, email, address, now); rerr != nil {
			return u, rerr
		}
		return u, enablemap.FieldError("password", "Wrong email or password.")
	}
	if err != nil {
		return u, err
	}
	if err := s.acct.ClearLoginFailures(ctx, email); err != nil {
		return u, err
	}
	if s.sec.Hasher.NeedsRehash(u.PasswordHash) {
		if h, err := s.sec.Hasher.Hash(ctx, password); err == nil {
			if err := s.acct.SetPassword(ctx, u.ID, h, "-"); err != nil {
				return u, err
			}
		}
	}
	return u, nil
}

// csrfInput is the hidden field every post form carries.
func csrfInput(token string) string {
	return `<input type="hidden" name="` + csrfField + `" value="` + token + `">`
}

// postForm finds the opening tags of forms that post.
var postForm = regexp.MustCompile(`(?i)<form\b[^>]*\bmethod="post"[^>]*>`)

// addFormTokens puts the session's CSRF token into every form that posts,
// and the decision number the page was made from into forms that record
// decisions, so that no template can forget either.
func addFormTokens(html []byte, csrf, baseSeq string) []byte {
	if csrf == "" && baseSeq == "" {
		return html
	}
	return postForm.ReplaceAllFunc(html, func(tag []byte) []byte {
		out := append([]byte(nil), tag...)
		if csrf != "" {
			out = append(out, csrfInput(csrf)...)
		}
		if baseSeq != "" && decisionForm.Match(tag) {
			out = append(out, `<input type="hidden" name="base_seq" value="`+baseSeq+`">`...)
		}
		return out
	})
}

var decisionForm = regexp.MustCompile(`action="/projects/\d+/decisions"`)
