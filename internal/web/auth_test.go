package web

import (
	"context"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/enablemap/enablemap/internal/auth"
	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

// accessEnv is the demo in the owner's workspace, with an editor and a
// viewer there, and the owner of another workspace with a project of its
// own.
type accessEnv struct {
	*testEnv
	callers map[string]*testSession // owner, editor, viewer, outsider; "anonymous" is nil
	tokens  map[string]string       // API tokens by role
	vals    map[string]string       // path wildcard values
}

func newAccessEnv(t *testing.T) *accessEnv {
	t.Helper()
	e := newTestEnv(t)
	ctx := context.Background()
	acct := e.srv.acct
	ae := &accessEnv{testEnv: e, callers: map[string]*testSession{"owner": e.sess}, tokens: map[string]string{}}
	for _, role := range []string{"editor", "viewer"} {
		u := addMember(t, acct, role+"@example.com", role, e.team.ID)
		ae.callers[role] = newSession(t, acct, u, e.team.ID)
		ae.tokens[role] = newToken(t, acct, e.team.ID, role)
	}
	ae.tokens["owner"] = newToken(t, acct, e.team.ID, "owner")
	other, err := acct.CreateTeam(ctx, "Elsewhere")
	if err != nil {
		t.Fatal(err)
	}
	out := addMember(t, acct, "outsider@example.com", "owner", other.ID)
	ae.callers["outsider"] = newSession(t, acct, out, other.ID)
	ae.tokens["outsider"] = newToken(t, acct, other.ID, "owner")

	a, ws := e.analysis(t)
	secret, hash := auth.NewSecret(auth.LinkPrefix)
	link := enablemap.ContributorLink{ProjectID: e.demo.ID, Hash: hash, Label: "EMEA", CreatedAt: time.Now(), ExpiresAt: time.Now().Add(time.Hour)}
	if err := acct.CreateLink(ctx, &link); err != nil {
		t.Fatal(err)
	}
	toks, err := acct.APITokens(ctx, e.team.ID)
	if err != nil {
		t.Fatal(err)
	}
	id := fmt.Sprint(e.demo.ID)
	ae.vals = map[string]string{
		"id": id, "project": id, "iid": ws.Interviews[0].ID, "interview": ws.Interviews[0].ID,
		"aid": a.Activities[0].ID, "activity": a.Activities[0].ID, "did": fmt.Sprint(ws.Decisions[0].ID), "decision": fmt.Sprint(ws.Decisions[0].ID),
		"rid": fmt.Sprint(ws.Roadmap[0].ID), "item": fmt.Sprint(ws.Roadmap[0].ID), "material": ws.Materials[0].ID, "term": "x",
		"lid": fmt.Sprint(link.ID), "uid": fmt.Sprint(ae.callers["viewer"].user.ID), "tid": fmt.Sprint(toks[0].ID),
		"token": secret, "hash": "x", "name": "app.css", "file": "report.md", "$": "",
	}
	return ae
}

var wildcard = regexp.MustCompile(`\{([a-z$]+)\}`)

// request builds a request for a route pattern with the env's values.
func (ae *accessEnv) request(pattern string) *http.Request {
	method, path, found := strings.Cut(pattern, " ")
	if !found {
		method, path = http.MethodGet, pattern+"no-such-page"
	}
	path = wildcard.ReplaceAllStringFunc(path, func(w string) string { return ae.vals[w[1:len(w)-1]] })
	return httptest.NewRequest(method, path, strings.NewReader(""))
}

// Every route, for every kind of caller, gets what it should: the route
// list comes from the server's own registrations, so a new route is
// checked without anyone adding it here. Handlers are replaced by stubs so
// that the guards are tested without side effects; TestAccessRealHandlers
// checks the same guards in front of the real handlers.
func TestAccessEveryRoute(t *testing.T) {
	ae := newAccessEnv(t)
	patterns := ae.srv.Patterns()
	if len(patterns) < 60 {
		t.Fatalf("only %d routes registered", len(patterns))
	}
	stub := &router{ServeMux: http.NewServeMux(), guard: ae.srv.guard}
	for _, p := range patterns {
		stub.Handle(p, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "reached") }))
	}
	h := ae.srv.identify(stub)

	// What each caller may do, written out rather than derived from the
	// server's policy: public routes, owner-only routes, routes for
	// editors even to read, and otherwise reading for members and changing
	// for editors.
	public := map[string]bool{"GET /healthz": true, "GET /assets/{hash}/{name}": true, "GET /login": true, "POST /login": true,
		"GET /setup": true, "POST /setup": true, "GET /c/{token}": true, "POST /c/{token}": true}
	ownerOnly := func(p string) bool {
		return strings.Contains(p, " /workspace") || p == "GET /api/v1/audit" || p == "POST /projects/{id}/delete" || p == "DELETE /api/v1/projects/{project}"
	}
	need := func(p string) string {
		method, path, _ := strings.Cut(p, " ")
		switch {
		case ownerOnly(p):
			return "owner"
		case strings.HasPrefix(path, "/account"), path == "/logout":
			return "viewer" // one's own account
		case strings.Contains(path, "/links"):
			return "editor"
		case strings.HasPrefix(p, "/") || method == "GET":
			return "viewer"
		}
		return "editor"
	}
	rank := map[string]int{"viewer": 1, "editor": 2, "owner": 3}
	for _, p := range patterns {
		isAPI := strings.Contains(p, " /api/") || strings.HasPrefix(p, "/api/")
		inProject := strings.Contains(p, "{id}") || strings.Contains(p, "{project}")
		for _, who := range []string{"owner", "editor", "viewer", "outsider", "anonymous"} {
			want := "reached"
			switch {
			case public[p]:
			case who == "anonymous" && isAPI:
				want = "401"
			case who == "anonymous":
				want = "login"
			case who == "outsider" && inProject:
				want = "404"
			case who == "outsider":
				// The owner of another workspace, acting there.
			case rank[who] < rank[need(p)]:
				want = "403"
			}
			t.Run(p+" as "+who, func(t *testing.T) {
				for _, via := range []string{"session", "token"} {
					if via == "token" && (!isAPI || who == "anonymous" || public[p]) {
						continue
					}
					req := ae.request(p)
					if via == "token" {
						req.Header.Set("Authorization", "Bearer "+ae.tokens[who])
					} else {
						ae.callers[who].authorize(req)
					}
					rec := httptest.NewRecorder()
					h.ServeHTTP(rec, req)
					got := fmt.Sprint(rec.Code)
					switch {
					case rec.Code == 200 && rec.Body.String() == "reached":
						got = "reached"
					case rec.Code == http.StatusSeeOther && strings.HasPrefix(rec.Header().Get("Location"), "/login"):
						got = "login"
					}
					if got != want {
						t.Errorf("via %s: got %s (%d %s), want %s", via, got, rec.Code, excerpt(rec.Body.String()), want)
					}
				}
			})
		}
	}
}

// A page route that is not for API tokens refuses them, and a bad token is
// refused everywhere.
func TestTokensOnlyForTheAPI(t *testing.T) {
	ae := newAccessEnv(t)
	tests := []struct {
		name, path, auth string
		want             int
	}{
		{"page with a token", fmt.Sprintf("/projects/%d", ae.demo.ID), "Bearer " + ae.tokens["owner"], http.StatusUnauthorized},
		{"API with a token", fmt.Sprintf("/api/v1/projects/%d", ae.demo.ID), "Bearer " + ae.tokens["viewer"], http.StatusOK},
		{"API with a made-up token", "/api/v1/projects", "Bearer emt_" + strings.Repeat("A", 43), http.StatusUnauthorized},
		{"API with basic auth", "/api/v1/projects", "Basic YTpi", http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			req := httptest.NewRequest("GET", tt.path, nil)
			req.Header.Set("Authorization", tt.auth)
			rec := httptest.NewRecorder()
			ae.srv.ServeHTTP(rec, req)
			if rec.Code != tt.want {
				t.Fatalf("got %d %s, want %d", rec.Code, excerpt(rec.Body.String()), tt.want)
			}
		})
	}
	// A revoked token stops working at once.
	toks, _ := ae.srv.acct.APITokens(context.Background(), ae.team.ID)
	for _, tk := range toks {
		if err := ae.srv.acct.RevokeAPIToken(context.Background(), ae.team.ID, tk.ID, time.Now()); err != nil {
			t.Fatal(err)
		}
	}
	req := httptest.NewRequest("GET", "/api/v1/projects", nil)
	req.Header.Set("Authorization", "Bearer "+ae.tokens["owner"])
	rec := httptest.NewRecorder()
	ae.srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusUnauthorized || !strings.Contains(rec.Body.String(), "revoked") {
		t.Fatalf("revoked token: got %d %s", rec.Code, rec.Body)
	}
}

// The guards in front of the real handlers: a viewer cannot decide, an
// outsider cannot see the project, a visitor is sent to sign in, and state
// changes need the CSRF token.
func TestAccessRealHandlers(t *testing.T) {
	ae := newAccessEnv(t)
	p := fmt.Sprintf("/projects/%d", ae.demo.ID)
	a, _ := ae.analysis(t)
	form := url.Values{"kind": {"rename"}, "activity": {a.Activities[0].ID}, "name": {"Renamed"}, "back": {p + "/rollup"}}
	post := func(who string, csrf bool) *httptest.ResponseRecorder {
		req := httptest.NewRequest("POST", p+"/decisions", strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		if s := ae.callers[who]; s != nil {
			req.AddCookie(s.cookie)
			if csrf {
				req.Header.Set(csrfHeader, s.csrf)
			}
		}
		rec := httptest.NewRecorder()
		ae.srv.ServeHTTP(rec, req)
		return rec
	}
	tests := []struct {
		who  string
		csrf bool
		want int
		text string
	}{
		{"viewer", true, http.StatusForbidden, "Only editors and owners may do this"},
		{"outsider", true, http.StatusNotFound, "There is no project"},
		{"anonymous", false, http.StatusSeeOther, ""},
		{"editor", false, http.StatusForbidden, "This form has expired or came from another site"},
		{"editor", true, http.StatusSeeOther, ""},
	}
	for _, tt := range tests {
		t.Run(fmt.Sprintf("%s csrf=%v", tt.who, tt.csrf), func(t *testing.T) {
			rec := post(tt.who, tt.csrf)
			if rec.Code != tt.want || !strings.Contains(html.UnescapeString(rec.Body.String()), tt.text) {
				t.Fatalf("got %d %s, want %d with %q", rec.Code, excerpt(rec.Body.String()), tt.want, tt.text)
			}
		})
	}
	// The CSRF token may also come as a form field, as the pages send it.
	rec := ae.do("GET", p+"/rollup", nil)
	if !strings.Contains(rec.Body.String(), `name="csrf" value="`+ae.sess.csrf+`"`) || !strings.Contains(rec.Body.String(), `name="base_seq"`) {
		t.Fatal("the roll-up page's forms lack the CSRF token or base_seq")
	}
	f2 := url.Values{"kind": {"accept"}, "activity": {a.Activities[1].ID}, csrfField: {ae.sess.csrf}}
	req := httptest.NewRequest("POST", p+"/decisions", strings.NewReader(f2.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.AddCookie(ae.sess.cookie)
	rec = httptest.NewRecorder()
	ae.srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("form with the csrf field: got %d %s", rec.Code, excerpt(rec.Body.String()))
	}
	// The projects list shows the current workspace's projects only.
	if _, err := ae.svc.CreateProject(service.WithActor(context.Background(), service.Actor{Name: "z", TeamID: ae.callers["outsider"].user.ID + 1000}), service.NewProject{Name: "Nobody's"}); err == nil {
		t.Log("a project for a workspace that does not exist was made")
	}
	list := ae.do("GET", "/", nil).Body.String()
	if !strings.Contains(list, html.EscapeString(ae.demo.Name)) {
		t.Fatal("the owner's projects list lacks the demo")
	}
	req = httptest.NewRequest("GET", "/", nil)
	ae.callers["outsider"].authorize(req)
	rec = httptest.NewRecorder()
	ae.srv.ServeHTTP(rec, req)
	if strings.Contains(rec.Body.String(), html.EscapeString(ae.demo.Name)) {
		t.Fatal("another workspace's projects list shows the demo")
	}
}
