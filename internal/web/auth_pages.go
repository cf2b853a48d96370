package web

import (
	"crypto/rand"
	"encoding/base32"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/auth"
	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

// authRoutes registers sign-in, accounts, workspaces, links and the audit
// log. Their guards come from the same policyFor as every other route.
func (s *Server) authRoutes() {
	m := s.mux
	m.HandleFunc("GET /login", s.page(s.loginPage))
	m.HandleFunc("POST /login", s.loginPost)
	m.HandleFunc("GET /setup", s.page(s.setupPage))
	m.HandleFunc("POST /setup", s.setupPost)
	m.HandleFunc("POST /logout", s.logout)

	m.HandleFunc("GET /account", s.page(s.accountPage))
	m.HandleFunc("POST /account/password", s.changePassword)
	m.HandleFunc("POST /account/workspace", s.action(s.switchWorkspace))

	m.HandleFunc("GET /workspace", s.page(s.workspacePage))
	m.HandleFunc("POST /workspace/members", s.addMember)
	m.HandleFunc("POST /workspace/members/{uid}/role", s.action(s.setRole))
	m.HandleFunc("POST /workspace/members/{uid}/remove", s.action(s.removeMember))
	m.HandleFunc("POST /workspace/tokens", s.createToken)
	m.HandleFunc("POST /workspace/tokens/{tid}/revoke", s.action(s.revokeToken))
	m.HandleFunc("POST /workspace/new", s.action(s.newWorkspace))
	m.HandleFunc("POST /workspace/rename", s.action(s.renameWorkspace))
	m.HandleFunc("GET /workspace/audit", s.page(s.auditPage))

	m.HandleFunc("GET /projects/{id}/links", s.page(s.linksPage))
	m.HandleFunc("POST /projects/{id}/links", s.createLink)
	m.HandleFunc("POST /projects/{id}/links/{lid}/revoke", s.action(s.revokeLink))

	m.HandleFunc("GET /c/{token}", s.page(s.contributePage))
	m.HandleFunc("POST /c/{token}", s.contributePost)
}

type loginData struct {
	Page
	Email string
	Next  string
}

func (s *Server) loginPage(w http.ResponseWriter, r *http.Request) error {
	n, err := s.acct.CountUsers(r.Context())
	if err != nil {
		return err
	}
	if n == 0 {
		http.Redirect(w, r, "/setup", http.StatusSeeOther)
		return nil
	}
	if identityOf(r.Context()) != nil {
		http.Redirect(w, r, localPath(r.URL.Query().Get("next")), http.StatusSeeOther)
		return nil
	}
	s.render(w, r, http.StatusOK, "login", &loginData{Page: Page{Title: "Sign in", Bare: true}, Next: localPath(r.URL.Query().Get("next"))})
	return nil
}

func (s *Server) loginPost(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBody)
	if err := r.ParseForm(); err != nil {
		s.errorPage(w, r, &statusError{status: statusOf(err), err: enablemap.Errorf(enablemap.EINVALID, "the form could not be read: %v", err)})
		return
	}
	email, next := strings.TrimSpace(r.PostFormValue("email")), localPath(r.PostFormValue("next"))
	d := &loginData{Page: Page{Title: "Sign in", Bare: true}, Email: email, Next: next}
	u, err := s.login(r.Context(), email, r.PostFormValue("password"), s.clientAddress(r))
	var limited *errTooManyFailures
	switch {
	case errors.As(err, &limited):
		w.Header().Set("Retry-After", strconv.Itoa(int(max(limited.retryAfter.Seconds(), 1)+0.5)))
		d.Form = &formState{Status: http.StatusTooManyRequests, Message: limited.Error(), Target: "login"}
		s.render(w, r, http.StatusTooManyRequests, "login", d)
		return
	case enablemap.ErrorCode(err) == enablemap.EINVALID:
		d.Form = &formState{Status: http.StatusUnauthorized, Message: enablemap.ErrorMessage(err), Target: "login"}
		s.render(w, r, http.StatusUnauthorized, "login", d)
		return
	case err != nil:
		s.errorPage(w, r, err)
		return
	}
	ms, err := s.acct.Memberships(r.Context(), u.ID)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	var team int64
	if len(ms) > 0 {
		team = ms[0].TeamID
	}
	if err := s.startSession(w, r, u, team); err != nil {
		s.errorPage(w, r, err)
		return
	}
	http.Redirect(w, r, next, http.StatusSeeOther)
}

type setupData struct {
	Page
	Name, Email, Workspace string
}

func (s *Server) setupPage(w http.ResponseWriter, r *http.Request) error {
	n, err := s.acct.CountUsers(r.Context())
	if err != nil {
		return err
	}
	if n > 0 {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return nil
	}
	s.render(w, r, http.StatusOK, "setup", &setupData{Page: Page{Title: "Set up enablemap", Bare: true}, Workspace: "Marketing"})
	return nil
}

func (s *Server) setupPost(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBody)
	if err := r.ParseForm(); err != nil {
		s.errorPage(w, r, &statusError{status: statusOf(err), err: enablemap.Errorf(enablemap.EINVALID, "the form could not be read: %v", err)})
		return
	}
	f := r.PostForm
	d := &setupData{Page: Page{Title: "Set up enablemap", Bare: true}, Name: f.Get("name"), Email: f.Get("email"), Workspace: f.Get("workspace")}
	fail := func(err error) {
		var e *enablemap.Error
		if !errors.As(err, &e) {
			s.errorPage(w, r, err)
			return
		}
		d.Form = &formState{Status: statusOf(err), Message: e.Message, Field: e.Field, Target: "setup"}
		s.render(w, r, d.Form.Status, "setup", d)
	}
	pw := f.Get("password")
	if err := auth.CheckNewPassword(pw); err != nil {
		fail(enablemap.FieldError("password", "%s", capitalize(err.Error())+"."))
		return
	}
	if pw != f.Get("password2") {
		fail(enablemap.FieldError("password2", "The two passwords differ."))
		return
	}
	hash, err := s.sec.Hasher.Hash(r.Context(), pw)
	if err != nil {
		fail(err)
		return
	}
	u := enablemap.User{Email: d.Email, Name: d.Name, PasswordHash: hash}
	team, err := s.acct.Setup(r.Context(), &u, d.Workspace)
	if enablemap.ErrorCode(err) == enablemap.ECONFLICT && e2f(err) == "" {
		http.Redirect(w, r, "/login", http.StatusSeeOther)
		return
	}
	if err != nil {
		fail(err)
		return
	}
	if err := s.startSession(w, r, u, team.ID); err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.redirect(w, r, "/", fmt.Sprintf("Welcome, %s. You own the workspace %s; invite people on the Workspace page.", displayName(u), team.Name))
}

// e2f is the field an error names.
func e2f(err error) string {
	var e *enablemap.Error
	if errors.As(err, &e) {
		return e.Field
	}
	return ""
}

func displayName(u enablemap.User) string {
	if u.Name != "" {
		return u.Name
	}
	return u.Email
}

func capitalize(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	id := identityOf(r.Context())
	if id != nil && id.session != nil {
		if err := s.acct.DeleteSession(r.Context(), id.session.IDHash); err != nil {
			s.errorPage(w, r, err)
			return
		}
	}
	s.clearSessionCookie(w, r)
	s.redirect(w, r, "/login", "You are signed out.")
}

type accountData struct {
	Page
	Email string
	Name  string
}

func (s *Server) accountPage(w http.ResponseWriter, r *http.Request) error {
	id := identityOf(r.Context())
	if id.session == nil {
		return enablemap.Errorf(enablemap.EFORBIDDEN, "sign in to see your account")
	}
	s.render(w, r, http.StatusOK, "account", &accountData{Page: Page{Title: "Your account"}, Email: id.user.Email, Name: id.user.Name})
	return nil
}

func (s *Server) changePassword(w http.ResponseWriter, r *http.Request) {
	if !s.parseForm(w, r) {
		return
	}
	id := identityOf(r.Context())
	f := r.PostForm
	refuse := func(field, msg string) {
		st := &formState{Status: http.StatusUnprocessableEntity, Message: msg, Field: field, Target: "password"}
		s.render(w, r, st.Status, "account", &accountData{Page: Page{Title: "Your account", Form: st}, Email: id.user.Email, Name: id.user.Name})
	}
	if err := s.sec.Hasher.Verify(r.Context(), id.user.PasswordHash, f.Get("current")); err != nil {
		refuse("current", "The current password is wrong.")
		return
	}
	pw := f.Get("password")
	if err := auth.CheckNewPassword(pw); err != nil {
		refuse("password", capitalize(err.Error())+".")
		return
	}
	if pw != f.Get("password2") {
		refuse("password2", "The two new passwords differ.")
		return
	}
	hash, err := s.sec.Hasher.Hash(r.Context(), pw)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	if err := s.acct.SetPassword(r.Context(), id.user.ID, hash, id.session.IDHash); err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.redirect(w, r, "/account", "Password changed. Your other sessions were signed out.")
}

func (s *Server) switchWorkspace(r *http.Request) (string, string, error) {
	id := identityOf(r.Context())
	team, err := strconv.ParseInt(r.PostFormValue("team"), 10, 64)
	if err != nil {
		return "", "", enablemap.FieldError("team", "choose a workspace")
	}
	for _, m := range id.teams {
		if m.TeamID == team {
			if err := s.acct.SetSessionTeam(r.Context(), id.session.IDHash, team); err != nil {
				return "", "", err
			}
			return "/", "You are now in the workspace " + m.TeamName + ".", nil
		}
	}
	return "", "", enablemap.Errorf(enablemap.EFORBIDDEN, "You are not a member of that workspace.")
}

type workspaceData struct {
	Page
	Members []enablemap.Member
	Tokens  []enablemap.APIToken
	Roles   []auth.Role
	// Secret is a password or token shown once, right after it was made.
	Secret, SecretWhat string
	Me                 int64
}

func (s *Server) workspaceData(r *http.Request) (*workspaceData, error) {
	id := identityOf(r.Context())
	d := &workspaceData{Page: Page{Title: "Workspace " + id.team.Name, Section: "workspace"}, Roles: auth.Roles, Me: id.user.ID}
	var err error
	if d.Members, err = s.acct.Members(r.Context(), id.team.ID); err != nil {
		return nil, err
	}
	if d.Tokens, err = s.acct.APITokens(r.Context(), id.team.ID); err != nil {
		return nil, err
	}
	return d, nil
}

func (s *Server) workspacePage(w http.ResponseWriter, r *http.Request) error {
	d, err := s.workspaceData(r)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "workspace", d)
	return nil
}

// showSecret renders the workspace page with a secret shown this once; it
// is not redirected, so the secret never sits in a cookie or a URL.
func (s *Server) showSecret(w http.ResponseWriter, r *http.Request, what, secret, flash string) {
	d, err := s.workspaceData(r)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d.Secret, d.SecretWhat, d.Flash = secret, what, flash
	s.render(w, r, http.StatusOK, "workspace", d)
}

func (s *Server) refuseOn(w http.ResponseWriter, r *http.Request, target string, err error) {
	var e *enablemap.Error
	if !errors.As(err, &e) || (e.Code != enablemap.EINVALID && e.Code != enablemap.ECONFLICT) {
		s.errorPage(w, r, err)
		return
	}
	d, derr := s.workspaceData(r)
	if derr != nil {
		s.errorPage(w, r, derr)
		return
	}
	d.Form = &formState{Status: statusOf(err), Message: e.Message, Field: e.Field, Target: target, Values: r.PostForm}
	s.render(w, r, d.Form.Status, "workspace", d)
}

func (s *Server) addMember(w http.ResponseWriter, r *http.Request) {
	if !s.parseForm(w, r) {
		return
	}
	ctx := r.Context()
	id := identityOf(ctx)
	f := r.PostForm
	role, err := auth.ParseRole(f.Get("role"))
	if err != nil {
		s.refuseOn(w, r, "member", enablemap.FieldError("role", "%s", err.Error()))
		return
	}
	email := strings.TrimSpace(f.Get("email"))
	u, err := s.acct.UserByEmail(ctx, email)
	password := ""
	switch {
	case enablemap.ErrorCode(err) == enablemap.ENOTFOUND:
		password = auth.NewPassword()
		hash, herr := s.sec.Hasher.Hash(ctx, password)
		if herr != nil {
			s.errorPage(w, r, herr)
			return
		}
		u = enablemap.User{Email: email, Name: f.Get("name"), PasswordHash: hash}
		if err := s.acct.CreateUser(ctx, &u); err != nil {
			s.refuseOn(w, r, "member", err)
			return
		}
	case err != nil:
		s.errorPage(w, r, err)
		return
	}
	if err := s.acct.SetMember(ctx, id.team.ID, u.ID, string(role)); err != nil {
		s.refuseOn(w, r, "member", err)
		return
	}
	if err := s.auditTeam(r, "add member", u.Email, nil, map[string]string{"role": string(role)}); err != nil {
		s.errorPage(w, r, err)
		return
	}
	if password != "" {
		s.showSecret(w, r, "the first password of "+u.Email, password,
			fmt.Sprintf("Added %s as %s. Give them this password through a safe channel; they should change it on their account page.", u.Email, role))
		return
	}
	s.redirect(w, r, "/workspace", fmt.Sprintf("%s is now %s in %s.", u.Email, roleLabel(role), id.team.Name))
}

// auditTeam records a change to the workspace itself.
func (s *Server) auditTeam(r *http.Request, action, target string, before, after any) error {
	id := identityOf(r.Context())
	e := enablemap.AuditEntry{TeamID: id.team.ID, Actor: id.name(), Action: action, Target: target}
	var err error
	if e.Before, err = jsonText(before); err != nil {
		return err
	}
	if e.After, err = jsonText(after); err != nil {
		return err
	}
	return s.acct.AddAudit(r.Context(), &e)
}

func (s *Server) memberOf(r *http.Request) (enablemap.Member, error) {
	id := identityOf(r.Context())
	uid, err := strconv.ParseInt(r.PathValue("uid"), 10, 64)
	if err == nil {
		ms, err := s.acct.Members(r.Context(), id.team.ID)
		if err != nil {
			return enablemap.Member{}, err
		}
		for _, m := range ms {
			if m.UserID == uid {
				return m, nil
			}
		}
	}
	return enablemap.Member{}, enablemap.Errorf(enablemap.ENOTFOUND, "There is no such member of %s.", id.team.Name)
}

func (s *Server) setRole(r *http.Request) (string, string, error) {
	m, err := s.memberOf(r)
	if err != nil {
		return "", "", err
	}
	role, err := auth.ParseRole(r.PostFormValue("role"))
	if err != nil {
		return "", "", enablemap.FieldError("role", "%s", err.Error())
	}
	if err := s.acct.SetMember(r.Context(), m.TeamID, m.UserID, string(role)); err != nil {
		return "", "", err
	}
	if err := s.auditTeam(r, "change role", m.UserEmail, map[string]string{"role": m.Role}, map[string]string{"role": string(role)}); err != nil {
		return "", "", err
	}
	return "/workspace", fmt.Sprintf("%s is now %s.", m.UserEmail, roleLabel(role)), nil
}

func (s *Server) removeMember(r *http.Request) (string, string, error) {
	m, err := s.memberOf(r)
	if err != nil {
		return "", "", err
	}
	if err := s.acct.RemoveMember(r.Context(), m.TeamID, m.UserID); err != nil {
		return "", "", err
	}
	if err := s.auditTeam(r, "remove member", m.UserEmail, map[string]string{"role": m.Role}, nil); err != nil {
		return "", "", err
	}
	return "/workspace", m.UserEmail + " was removed from " + m.TeamName + ".", nil
}

func (s *Server) createToken(w http.ResponseWriter, r *http.Request) {
	if !s.parseForm(w, r) {
		return
	}
	id := identityOf(r.Context())
	role, err := auth.ParseRole(r.PostFormValue("role"))
	if err != nil {
		s.refuseOn(w, r, "token", enablemap.FieldError("role", "%s", err.Error()))
		return
	}
	secret, hash := auth.NewSecret(auth.APITokenPrefix)
	t := enablemap.APIToken{TeamID: id.team.ID, Name: r.PostFormValue("name"), Hash: hash, Role: string(role), CreatedBy: id.name(), CreatedAt: s.sec.Now()}
	if err := s.acct.CreateAPIToken(r.Context(), &t); err != nil {
		s.refuseOn(w, r, "token", err)
		return
	}
	if err := s.auditTeam(r, "create API token", t.Name, nil, map[string]string{"role": t.Role}); err != nil {
		s.errorPage(w, r, err)
		return
	}
	s.showSecret(w, r, "the API token "+t.Name, secret, "Token made. Copy it now: it is shown only this once.")
}

func (s *Server) revokeToken(r *http.Request) (string, string, error) {
	id := identityOf(r.Context())
	tid, err := strconv.ParseInt(r.PathValue("tid"), 10, 64)
	if err != nil {
		return "", "", enablemap.Errorf(enablemap.ENOTFOUND, "There is no such API token.")
	}
	if err := s.acct.RevokeAPIToken(r.Context(), id.team.ID, tid, s.sec.Now()); err != nil {
		return "", "", err
	}
	if err := s.auditTeam(r, "revoke API token", strconv.FormatInt(tid, 10), nil, nil); err != nil {
		return "", "", err
	}
	return "/workspace", "The token was revoked; programs using it are refused from now on.", nil
}

func (s *Server) newWorkspace(r *http.Request) (string, string, error) {
	id := identityOf(r.Context())
	t, err := s.acct.CreateTeam(r.Context(), r.PostFormValue("name"))
	if err != nil {
		return "", "", err
	}
	if err := s.acct.SetMember(r.Context(), t.ID, id.user.ID, string(auth.Owner)); err != nil {
		return "", "", err
	}
	if err := s.acct.SetSessionTeam(r.Context(), id.session.IDHash, t.ID); err != nil {
		return "", "", err
	}
	if err := s.acct.AddAudit(r.Context(), &enablemap.AuditEntry{TeamID: t.ID, Actor: id.name(), Action: "create workspace", Target: t.Name}); err != nil {
		return "", "", err
	}
	return "/", "Workspace " + t.Name + " made; you are its owner and are working in it now.", nil
}

type auditData struct {
	Page
	Entries []enablemap.AuditEntry
}

func (s *Server) auditPage(w http.ResponseWriter, r *http.Request) error {
	id := identityOf(r.Context())
	es, err := s.acct.Audit(r.Context(), id.team.ID, 500)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "audit", &auditData{Page: Page{Title: "Audit log", Section: "audit"}, Entries: es})
	return nil
}

// apiAuditEntry is the JSON form of an audit entry.
type apiAuditEntry struct {
	ID        int64     `json:"id"`
	ProjectID int64     `json:"project_id,omitempty"`
	Actor     string    `json:"actor"`
	Action    string    `json:"action"`
	Target    string    `json:"target"`
	Before    string    `json:"before,omitempty"`
	After     string    `json:"after,omitempty"`
	At        time.Time `json:"at"`
}

func (s *Server) apiAudit(w http.ResponseWriter, r *http.Request) error {
	id := identityOf(r.Context())
	limit := 500
	if v := r.URL.Query().Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 10000 {
			return apiBadRequest("limit", "limit %q is not a number from 1 to 10000", v)
		}
		limit = n
	}
	es, err := s.acct.Audit(r.Context(), id.team.ID, limit)
	if err != nil {
		return err
	}
	out := make([]apiAuditEntry, 0, len(es))
	for _, e := range es {
		out = append(out, apiAuditEntry{ID: e.ID, ProjectID: e.ProjectID, Actor: e.Actor, Action: e.Action, Target: e.Target, Before: e.Before, After: e.After, At: e.At})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// linkLifetime is how long a new contributor link works unless the editor
// chooses otherwise.
const linkLifetime = 14

type linksData struct {
	Page
	Links []linkView
	// NewURL is the address of a link just made, shown once.
	NewURL string
}

type linkView struct {
	enablemap.ContributorLink
	Status string
}

func (s *Server) linksData(r *http.Request, p enablemap.Project) (*linksData, error) {
	ls, err := s.acct.Links(r.Context(), p.ID)
	if err != nil {
		return nil, err
	}
	d := &linksData{Page: Page{Title: "Rep contributor links", Section: "links", Project: &p}}
	now := s.sec.Now()
	for _, l := range ls {
		v := linkView{ContributorLink: l, Status: "active"}
		switch {
		case !l.RevokedAt.IsZero():
			v.Status = "revoked"
		case now.After(l.ExpiresAt):
			v.Status = "expired"
		}
		d.Links = append(d.Links, v)
	}
	return d, nil
}

func (s *Server) linksPage(w http.ResponseWriter, r *http.Request) error {
	p, err := s.projectOf(r)
	if err != nil {
		return err
	}
	d, err := s.linksData(r, p)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "links", d)
	return nil
}

func (s *Server) createLink(w http.ResponseWriter, r *http.Request) {
	if !s.parseForm(w, r) {
		return
	}
	p, err := s.projectOf(r)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	id := identityOf(r.Context())
	days := linkLifetime
	if v := strings.TrimSpace(r.PostFormValue("days")); v != "" {
		if days, err = strconv.Atoi(v); err != nil || days < 1 || days > 90 {
			d, derr := s.linksData(r, p)
			if derr != nil {
				s.errorPage(w, r, derr)
				return
			}
			d.Form = &formState{Status: http.StatusUnprocessableEntity, Message: "Choose from 1 to 90 days.", Field: "days", Target: "link", Values: r.PostForm}
			s.render(w, r, d.Form.Status, "links", d)
			return
		}
	}
	secret, hash := auth.NewSecret(auth.LinkPrefix)
	now := s.sec.Now()
	l := enablemap.ContributorLink{ProjectID: p.ID, Hash: hash, Label: r.PostFormValue("label"), CreatedBy: id.name(),
		CreatedAt: now, ExpiresAt: now.Add(time.Duration(days) * 24 * time.Hour)}
	if err := s.acct.CreateLink(r.Context(), &l); err != nil {
		s.errorPage(w, r, err)
		return
	}
	if err := s.auditTeam(r, "create contributor link", fmt.Sprintf("link %d (%s) of project %s", l.ID, l.Label, p.Name), nil,
		map[string]any{"expires_at": l.ExpiresAt}); err != nil {
		s.errorPage(w, r, err)
		return
	}
	d, err := s.linksData(r, p)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	scheme := "http"
	if s.secure(r) {
		scheme = "https"
	}
	d.NewURL = scheme + "://" + r.Host + "/c/" + secret
	d.Flash = fmt.Sprintf("Link made; it works until %s. Copy it now: it is shown only this once.", l.ExpiresAt.Format("2 January 2006"))
	s.render(w, r, http.StatusOK, "links", d)
}

func (s *Server) revokeLink(r *http.Request) (string, string, error) {
	p, err := s.projectOf(r)
	if err != nil {
		return "", "", err
	}
	lid, err := strconv.ParseInt(r.PathValue("lid"), 10, 64)
	if err != nil {
		return "", "", enablemap.Errorf(enablemap.ENOTFOUND, "There is no such link.")
	}
	if err := s.acct.RevokeLink(r.Context(), p.ID, lid, s.sec.Now()); err != nil {
		return "", "", err
	}
	if err := s.auditTeam(r, "revoke contributor link", fmt.Sprintf("link %d of project %s", lid, p.Name), nil, nil); err != nil {
		return "", "", err
	}
	return projectPath(p, "/links"), "The link was revoked; it opens nothing from now on.", nil
}

// contributeData is all a contributor link shows: the project's name and
// its sales-stage transitions, never anything recorded in it.
type contributeData struct {
	Page
	ProjectName string
	Transitions []transitionRows
	Done        bool
	Values      map[string]string
	// Guide holds the questions of the project's own interview guide, if
	// it has one, less any that ask for wants.
	Guide []string
}

type transitionRows struct {
	Index    int
	From, To string
	Rows     []int
}

// contributorRows is how many activities a rep may give per transition:
// the method asks for five.
const contributorRows = 5

// linkOf finds the link of the path and its project, refusing unknown,
// revoked and expired links alike with 404 or 410.
func (s *Server) linkOf(r *http.Request) (enablemap.ContributorLink, enablemap.Project, error) {
	tok := r.PathValue("token")
	gone := enablemap.Errorf(enablemap.ENOTFOUND, "This link does not open anything. It may have been mistyped; ask whoever sent it for a new one.")
	if !auth.HasPrefix(tok, auth.LinkPrefix) {
		return enablemap.ContributorLink{}, enablemap.Project{}, gone
	}
	l, err := s.acct.LinkByHash(r.Context(), auth.HashSecret(tok))
	if enablemap.ErrorCode(err) == enablemap.ENOTFOUND {
		return l, enablemap.Project{}, gone
	}
	if err != nil {
		return l, enablemap.Project{}, err
	}
	if !l.RevokedAt.IsZero() || s.sec.Now().After(l.ExpiresAt) {
		return l, enablemap.Project{}, &statusError{status: http.StatusGone, err: enablemap.Errorf(enablemap.ENOTFOUND,
			"This link has expired or was withdrawn. Ask whoever sent it for a new one.")}
	}
	p, err := s.svc.Project(r.Context(), l.ProjectID)
	return l, p, err
}

func contributeOf(p enablemap.Project) *contributeData {
	d := &contributeData{Page: Page{Title: "Your sales activities", Bare: true}, ProjectName: p.Name, Values: map[string]string{}}
	for i := 0; i+1 < len(p.SalesStages); i++ {
		t := transitionRows{Index: i, From: p.SalesStages[i], To: p.SalesStages[i+1]}
		for j := range contributorRows {
			t.Rows = append(t.Rows, j)
		}
		d.Transitions = append(d.Transitions, t)
	}
	if len(p.Guide) > 0 {
		for _, sec := range service.ProjectGuide(p) {
			for _, q := range sec.Questions {
				if q.Warning == "" {
					d.Guide = append(d.Guide, q.Text)
				}
			}
		}
	}
	return d
}

func (s *Server) contributePage(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Referrer-Policy", "no-referrer")
	_, p, err := s.linkOf(r)
	if err != nil {
		return err
	}
	d := contributeOf(p)
	d.Done = r.URL.Query().Get("thanks") == "1"
	s.render(w, r, http.StatusOK, "contribute", d)
	return nil
}

// contributePost records a rep's own interview. It always makes a new
// interview with an id of its own, so a link can add but never read,
// change or replace what anyone else said.
func (s *Server) contributePost(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Referrer-Policy", "no-referrer")
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBody)
	if err := r.ParseForm(); err != nil {
		s.errorPage(w, r, &statusError{status: statusOf(err), err: enablemap.Errorf(enablemap.EINVALID, "the form could not be read: %v", err)})
		return
	}
	l, p, err := s.linkOf(r)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	f := r.PostForm
	d := contributeOf(p)
	for k := range f {
		d.Values[k] = f.Get(k)
	}
	var b [5]byte
	rand.Read(b[:])
	in := enablemap.Interview{
		ID:          fmt.Sprintf("LINK-%d-%s", l.ID, strings.ToLower(base32.StdEncoding.EncodeToString(b[:]))),
		Interviewee: f.Get("interviewee"), Role: f.Get("role"), Region: f.Get("region"),
		Date: s.sec.Now().UTC().Format("2006-01-02"), Interviewer: "contributor link", FromLink: true,
	}
	var rs []enablemap.Response
	for _, t := range d.Transitions {
		for _, j := range t.Rows {
			key := fmt.Sprintf("%d_%d", t.Index, j)
			rs = append(rs, enablemap.Response{FromStage: t.From, ToStage: t.To, Activity: f.Get("activity_" + key), Goal: f.Get("goal_" + key)})
		}
	}
	fail := func(err error) {
		var e *enablemap.Error
		if !errors.As(err, &e) || e.Code != enablemap.EINVALID {
			s.errorPage(w, r, err)
			return
		}
		d.Form = &formState{Status: http.StatusUnprocessableEntity, Message: e.Message, Field: e.Field, Target: "contribute"}
		s.render(w, r, d.Form.Status, "contribute", d)
	}
	empty := true
	for _, x := range rs {
		if strings.TrimSpace(x.Activity) != "" {
			empty = false
		}
	}
	if empty {
		fail(enablemap.FieldError("activity", "Write at least one activity."))
		return
	}
	team, err := s.acct.ProjectTeam(r.Context(), p.ID)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	ctx := service.WithActor(r.Context(), service.Actor{Name: "contributor link " + strconv.FormatInt(l.ID, 10) + " (" + l.Label + ")", TeamID: team})
	if _, _, err := s.svc.SaveInterview(ctx, p.ID, in, rs); err != nil {
		fail(err)
		return
	}
	if err := s.acct.CountLinkUse(r.Context(), l.ID); err != nil {
		s.errorPage(w, r, err)
		return
	}
	http.Redirect(w, r, "/c/"+r.PathValue("token")+"?thanks=1", http.StatusSeeOther)
}

// jsonText stores a value of the audit log as JSON; nil is empty.
func jsonText(v any) (string, error) {
	if v == nil {
		return "", nil
	}
	b, err := json.Marshal(v)
	return string(b), err
}

// parseForm reads a posted form for handlers that render their own answer,
// and shows an error page when it cannot.
func (s *Server) parseForm(w http.ResponseWriter, r *http.Request) bool {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBody)
	if err := r.ParseForm(); err != nil {
		s.errorPage(w, r, &statusError{status: statusOf(err), err: enablemap.Errorf(enablemap.EINVALID, "the form could not be read: %v", err)})
		return false
	}
	return true
}

func (s *Server) renameWorkspace(r *http.Request) (string, string, error) {
	id := identityOf(r.Context())
	name := strings.TrimSpace(r.PostFormValue("name"))
	if err := s.acct.RenameTeam(r.Context(), id.team.ID, name); err != nil {
		return "", "", err
	}
	if err := s.auditTeam(r, "rename workspace", name, map[string]string{"name": id.team.Name}, map[string]string{"name": name}); err != nil {
		return "", "", err
	}
	return "/workspace", "The workspace is now called " + name + ".", nil
}
