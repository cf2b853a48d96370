package web

import (
	"bytes"
	"context"
	"fmt"
	"html"
	"html/template"
	"io"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
	"github.com/enablemap/enablemap/internal/store"
)

// testEnv is a server on a real store in a temporary directory with the
// demo project loaded.
type testEnv struct {
	srv  *Server
	svc  *service.Service
	demo enablemap.Project
	// sess is the owner's session every request is sent with.
	sess *testSession
	team enablemap.Team
}

func newTestEnv(t testing.TB) *testEnv {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	svc := service.New(db)
	demo, _, err := svc.LoadDemo(ctx, false)
	if err != nil {
		t.Fatal(err)
	}
	srv, err := New(svc, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	owner, team := setupOwner(t, srv.acct, "owner@example.com", "Marketing")
	return &testEnv{srv: srv, svc: svc, demo: demo, sess: newSession(t, srv.acct, owner, team.ID), team: team}
}

// do sends one request straight to the handler, form-encoded when form is
// not nil, with the given cookies.
func (e *testEnv) do(method, path string, form url.Values, cookies ...*http.Cookie) *httptest.ResponseRecorder {
	var body io.Reader
	if form != nil {
		body = strings.NewReader(form.Encode())
	}
	req := httptest.NewRequest(method, path, body)
	if form != nil {
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	}
	for _, c := range cookies {
		if c.Name != sessionCookie {
			req.AddCookie(c)
		}
	}
	e.sess.authorize(req)
	rec := httptest.NewRecorder()
	e.srv.ServeHTTP(rec, req)
	return rec
}

// follow sends a request and, when it redirects, gets the page it points to
// with the flash cookie, as a browser would.
func (e *testEnv) follow(t *testing.T, method, path string, form url.Values) (*httptest.ResponseRecorder, *httptest.ResponseRecorder) {
	t.Helper()
	first := e.do(method, path, form)
	if first.Code != http.StatusSeeOther {
		return first, nil
	}
	loc := first.Header().Get("Location")
	if !strings.HasPrefix(loc, "/") {
		t.Fatalf("redirect to %q leaves the site", loc)
	}
	return first, e.do(http.MethodGet, loc, nil, first.Result().Cookies()...)
}

// asOwner makes service calls as the owner, in their workspace.
func (e *testEnv) asOwner(ctx context.Context) context.Context {
	return service.WithActor(ctx, service.Actor{UserID: e.sess.user.ID, Name: e.sess.user.Name, TeamID: e.team.ID, Role: "owner"})
}

func (e *testEnv) analysis(t testing.TB) (enablemap.Analysis, enablemap.Workspace) {
	t.Helper()
	a, ws, err := e.svc.Analyze(context.Background(), e.demo.ID)
	if err != nil {
		t.Fatal(err)
	}
	return a, ws
}

func TestPages(t *testing.T) {
	e := newTestEnv(t)
	a, ws := e.analysis(t)
	if len(a.Activities) == 0 || len(ws.Interviews) == 0 || len(a.Materials) == 0 {
		t.Fatalf("the demo project is empty: %d activities, %d interviews, %d materials", len(a.Activities), len(ws.Interviews), len(a.Materials))
	}
	p := fmt.Sprintf("/projects/%d", e.demo.ID)
	act := a.Activities[0]
	iv := ws.Interviews[0]
	// An activity the reps' notes make a hole, though a material fits its
	// words: the page shows that material as a candidate.
	var own enablemap.Activity
	for _, x := range a.Activities {
		for _, r := range x.Reasons {
			if strings.Contains(r, "make their own") {
				own = x
			}
		}
	}
	if own.ID == "" {
		t.Fatal("the demo has no activity whose reps make their own piece")
	}
	tests := []struct {
		name   string
		path   string
		status int
		want   []string
	}{
		{"projects", "/", 200, []string{"<title>Projects", e.demo.Name, "New project", "gartner", "Create project"}},
		{"overview", p, 200, []string{"The method, step by step", "1. Interview reps", "Top holes"}},
		{"settings", p + "/settings", 200, []string{"Sales stages", "Buying stages", ws.Project.SalesStages[0], "Move " + ws.Project.SalesStages[1] + " up"}},
		{"guide", p + "/guide", 200, []string{"What five activities do you have to do to get a buyer from " + ws.Project.SalesStages[0] + " to " + ws.Project.SalesStages[1] + "?", "What do you do first?", "What are you trying to accomplish with the buyer during this activity?", "Questions to avoid", "Warning:"}},
		{"guide check", p + "/guide?check=" + url.QueryEscape("What materials would you like?\nWhat do you do first?"), 200, []string{"Try: ", "Asks about activities"}},
		{"interviews", p + "/interviews", 200, []string{iv.Interviewee, "All interviews", "Capture an interview"}},
		{"new interview", p + "/interviews/new", 200, []string{"New interview", `name="interviewee"`, "+ Add row", `name="activity"`}},
		{"edit interview", p + "/interviews/" + iv.ID, 200, []string{"Interview with " + iv.Interviewee, iv.ID, "Delete this interview"}},
		{"missing interview", p + "/interviews/nope", 404, []string{"nope"}},
		{"rollup", p + "/rollup", 200, []string{"Roll-up", template.HTMLEscapeString(act.Name), "Who said what", "Wants heard", "This is a need after all", "Places to check", "Merge them"}},
		{"glossary", p + "/glossary", 200, []string{"Add a term", ws.Glossary[0].Term}},
		{"decisions", p + "/decisions", 200, []string{"Every choice made about a suggestion"}},
		{"map", p + "/map", 200, []string{"Legend:", "not marketing&#39;s", "HOLE", a.BuyingStages[0], "Move"}},
		{"map filtered", p + "/map?relevance=internal", 200, []string{"not marketing&#39;s", "shown"}},
		{"activity", p + "/activities/" + act.ID, 200, []string{template.HTMLEscapeString(act.Name), "Who said what", "Materials matched", "Decide"}},
		{"activity by response", p + "/activities/" + act.ResponseIDs[0], 200, []string{template.HTMLEscapeString(act.Name)}},
		{"activity the reps make their own for", p + "/activities/" + own.ID, 200, []string{"candidate", "the reps say they make their own"}},
		{"missing activity", p + "/activities/A-nope", 404, []string{"A-nope"}},
		{"materials", p + "/materials", 200, []string{"Coverage per buying stage", "Aligned", "Set aside", html.EscapeString(a.Materials[0].Title)}},
		{"materials set aside", p + "/materials?show=set_aside", 200, []string{"Keep it"}},
		{"holes", p + "/holes", 200, []string{"Add a road-map item", "Would be served by"}},
		{"roadmap", p + "/roadmap", 200, []string{"Group by"}},
		{"roadmap by status", p + "/roadmap?group=status", 200, []string{"Group by"}},
		{"import", p + "/import", 200, []string{"What is in the file?", `enctype="multipart/form-data"`}},
		{"export", p + "/export", 200, []string{"analysis.json", "report.md", "activities.csv", "project.json"}},
		{"missing project", "/projects/999999/map", 404, []string{"not found"}},
		{"bad project id", "/projects/abc", 404, []string{"abc"}},
		{"unknown page", "/nowhere", 404, []string{"There is no page at /nowhere"}},
		{"health", "/healthz", 200, []string{"ok"}},
		{"unknown page with a slash", "/nowhere/", 404, []string{"There is no page at /nowhere/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rec := e.do(http.MethodGet, tt.path, nil)
			if rec.Code != tt.status {
				t.Fatalf("GET %s: got status %d, want %d\n%s", tt.path, rec.Code, tt.status, rec.Body.String())
			}
			body := rec.Body.String()
			for _, w := range tt.want {
				if !strings.Contains(strings.ToLower(body), strings.ToLower(w)) {
					t.Errorf("GET %s: the page lacks %q", tt.path, w)
				}
			}
			if strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
				if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self'") {
					t.Errorf("got CSP %q, want scripts from this site only", csp)
				}
				if strings.Contains(body, "<script>") || strings.Contains(body, " style=") || strings.Contains(body, " onclick=") {
					t.Errorf("GET %s: the page has inline script or style", tt.path)
				}
			}
		})
	}
}

// TestTrailingSlash checks that a page's address with a slash at its end
// leads to the page, its query kept, and that other methods are not moved.
func TestTrailingSlash(t *testing.T) {
	e := newTestEnv(t)
	p := fmt.Sprintf("/projects/%d", e.demo.ID)
	tests := []struct {
		method, path string
		status       int
		location     string
	}{
		{http.MethodGet, p + "/", http.StatusMovedPermanently, p},
		{http.MethodGet, p + "/map/?relevance=internal", http.StatusMovedPermanently, p + "/map?relevance=internal"},
		{http.MethodHead, p + "/holes/", http.StatusMovedPermanently, p + "/holes"},
		{http.MethodGet, "/nowhere/", http.StatusNotFound, ""},
		{http.MethodGet, "/projects/999999/", http.StatusMovedPermanently, "/projects/999999"},
		{http.MethodGet, "/", http.StatusOK, ""},
	}
	for _, tt := range tests {
		rec := e.do(tt.method, tt.path, nil)
		if rec.Code != tt.status {
			t.Errorf("%s %s: got status %d, want %d", tt.method, tt.path, rec.Code, tt.status)
			continue
		}
		if tt.location != "" {
			if got := rec.Header().Get("Location"); got != tt.location {
				t.Errorf("%s %s: sent to %q, want %q", tt.method, tt.path, got, tt.location)
			}
		}
	}
	// The page it leads to is the page.
	if rec := e.do(http.MethodGet, p, nil); rec.Code != http.StatusOK {
		t.Fatalf("GET %s: status %d", p, rec.Code)
	}
	// A form posted to an address with a slash is not moved: a redirect
	// would turn it into a GET and lose what was posted.
	if rec := e.do(http.MethodPost, p+"/archive/", url.Values{}); rec.Code == http.StatusMovedPermanently {
		t.Errorf("POST %s/archive/: moved, want it left alone", p)
	}
}

func TestActions(t *testing.T) {
	e := newTestEnv(t)
	a, _ := e.analysis(t)
	p := fmt.Sprintf("/projects/%d", e.demo.ID)
	act := a.Activities[0]
	var mat enablemap.MaterialAnalysis
	for _, m := range a.Materials {
		if !m.SetAside {
			mat = m
			break
		}
	}
	tests := []struct {
		name   string
		path   string
		form   url.Values
		status int    // of the first response
		want   string // in the page shown next (after the redirect, or the refused form)
	}{
		{"create project", "/projects", url.Values{"name": {"EMEA AEs"}, "template": {"acd"}, "sales_stages": {"Lead\nDemo\nWon"}, "back": {"/"}},
			303, `Project &#34;EMEA AEs&#34; created`},
		{"create project without name", "/projects", url.Values{"name": {" "}, "template": {"gartner"}, "target": {"create"}, "back": {"/"}},
			422, "a project needs a name"},
		{"create project with custom stages", "/projects", url.Values{"name": {"Custom"}, "template": {"custom"}, "buying_stages": {"Look\nBuy"}, "back": {"/"}},
			303, "created"},
		{"create project twice", "/projects", url.Values{"name": {"EMEA AEs"}, "template": {"acd"}, "target": {"create"}, "back": {"/"}},
			409, "EMEA AEs"},
		{"accept", p + "/decisions", url.Values{"kind": {"accept"}, "activity": {act.ID}, "back": {p + "/rollup"}},
			303, "Accepted"},
		{"rename", p + "/decisions", url.Values{"kind": {"rename"}, "activity": {act.ID}, "name": {"Run the discovery call"}, "back": {p + "/rollup"}},
			303, "Run the discovery call"},
		{"rename empty", p + "/decisions", url.Values{"kind": {"rename"}, "activity": {act.ID}, "name": {""}, "back": {p + "/rollup"}, "target": {"act-" + act.ID}},
			422, "the new name is empty"},
		{"move", p + "/decisions", url.Values{"kind": {"move"}, "activity": {act.ID}, "text": {a.BuyingStages[len(a.BuyingStages)-1]}, "back": {p + "/map"}},
			303, "Moved"},
		{"move to unknown stage", p + "/decisions", url.Values{"kind": {"move"}, "activity": {act.ID}, "text": {"Nowhere"}, "back": {p + "/map"}, "target": {"move-" + act.ID}},
			422, "is not a buying stage"},
		{"confirm match", p + "/decisions", url.Values{"kind": {"confirm_match"}, "material": {mat.MaterialID}, "activity": {act.ID}, "back": {p + "/materials"}},
			303, "Confirmed"},
		{"set aside without reason", p + "/decisions", url.Values{"kind": {"set_aside"}, "material": {mat.MaterialID}, "back": {p + "/materials"}, "target": {"mat-" + mat.MaterialID}},
			422, "say why the material is set aside"},
		{"set aside", p + "/decisions", url.Values{"kind": {"set_aside"}, "material": {mat.MaterialID}, "reason": {"out of date"}, "back": {p + "/materials"}},
			303, "aside: out of date"},
		{"unknown decision", p + "/decisions", url.Values{"kind": {"shuffle"}, "back": {p + "/rollup"}},
			422, "Unknown decision"},
		{"open redirect refused", p + "/decisions", url.Values{"kind": {"accept"}, "activity": {act.ID}, "back": {"//evil.example/x"}},
			303, "Roll-up"},
		{"glossary add", p + "/glossary", url.Values{"term": {"POV"}, "meaning": {"proof of value"}, "back": {p + "/glossary"}},
			303, "proof of value"},
		{"glossary without meaning", p + "/glossary", url.Values{"term": {"POV"}, "target": {"new"}, "back": {p + "/glossary"}},
			422, "say what"},
		{"glossary delete", p + "/glossary/delete", url.Values{"term": {"POV"}, "back": {p + "/glossary"}},
			303, "deleted"},
		{"roadmap add", p + "/roadmap", url.Values{"activity": {act.ID}, "kind": {"talk track"}, "title": {"Discovery talk track"}, "owner": {"PMM"}, "due": {"2030-03-01"}, "status": {"planned"}, "back": {p + "/holes"}},
			303, "Discovery talk track"},
		{"roadmap bad date", p + "/roadmap", url.Values{"activity": {act.ID}, "kind": {"talk track"}, "title": {"X"}, "due": {"March"}, "back": {p + "/holes"}, "target": {"hole-" + act.ID}},
			422, "is not YYYY-MM-DD"},
		{"add sales stage", p + "/stages", url.Values{"list": {"sales_stages"}, "op": {"add"}, "name": {"Renewal"}, "version": {fmt.Sprint(e.demo.Version)}, "back": {p + "/settings"}},
			303, `Stage &#34;Renewal&#34; added`},
		{"stale version", p + "/stages", url.Values{"list": {"sales_stages"}, "op": {"add"}, "name": {"Other"}, "version": {fmt.Sprint(e.demo.Version)}, "back": {p + "/settings"}, "target": {"sales_stages"}},
			409, "changed by someone else"},
		{"remove a stage in use", p + "/stages", url.Values{"list": {"sales_stages"}, "op": {"remove:0"}, "version": {fmt.Sprint(e.demo.Version + 1)}, "back": {p + "/settings"}, "target": {"sales_stages"}},
			422, "cannot be removed"},
		{"delete project with wrong name", p + "/delete", url.Values{"confirm": {"nope"}, "back": {p + "/settings"}, "target": {"delete"}},
			422, "to delete it"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			first, next := e.follow(t, http.MethodPost, tt.path, tt.form)
			if first.Code != tt.status {
				t.Fatalf("POST %s: got status %d, want %d\n%s", tt.path, first.Code, tt.status, first.Body.String())
			}
			page := first
			if next != nil {
				page = next
				if next.Code != http.StatusOK {
					t.Fatalf("after the redirect to %s: got %d", first.Header().Get("Location"), next.Code)
				}
			}
			if !strings.Contains(page.Body.String(), tt.want) {
				t.Errorf("POST %s: the next page lacks %q\n%s", tt.path, tt.want, excerpt(page.Body.String()))
			}
		})
	}
}

func excerpt(s string) string {
	if i := strings.Index(s, "<main"); i >= 0 {
		s = s[i:]
	}
	if len(s) > 1500 {
		s = s[:1500]
	}
	return s
}

func TestRefusedFormKeepsInputAndShowsFieldError(t *testing.T) {
	e := newTestEnv(t)
	rec := e.do(http.MethodPost, "/projects", url.Values{"name": {"Ok"}, "description": {"kept text"}, "template": {"custom"}, "buying_stages": {"A\na"}, "target": {"create"}, "back": {"/"}})
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("got %d, want 422", rec.Code)
	}
	body := rec.Body.String()
	for _, want := range []string{`value="kept text"`, `class="field-error"`, "listed twice", `value="custom" checked`} {
		if !strings.Contains(body, want) {
			t.Errorf("the refused form lacks %q", want)
		}
	}
	projects, _ := e.svc.Projects(context.Background(), true)
	if len(projects) != 1 {
		t.Errorf("got %d projects, want only the demo: a refused form writes nothing", len(projects))
	}
}

func TestFlashShowsOnce(t *testing.T) {
	e := newTestEnv(t)
	first, next := e.follow(t, http.MethodPost, "/demo", url.Values{})
	if first.Code != http.StatusSeeOther || !strings.Contains(next.Body.String(), "already loaded") {
		t.Fatalf("got %d and %q", first.Code, excerpt(next.Body.String()))
	}
	var cleared bool
	for _, c := range next.Result().Cookies() {
		if c.Name == flashCookie && c.MaxAge < 0 {
			cleared = true
		}
	}
	if !cleared {
		t.Error("the page that showed the flash did not clear it")
	}
}

func TestCaptureInterview(t *testing.T) {
	e := newTestEnv(t)
	ctx := context.Background()
	p, err := e.svc.CreateProject(e.asOwner(ctx), service.NewProject{Name: "Cap", SalesStages: []string{"Lead", "Demo", "Won"}})
	if err != nil {
		t.Fatal(err)
	}
	path := fmt.Sprintf("/projects/%d/interviews", p.ID)
	rows := func(activities ...string) url.Values {
		f := url.Values{"interviewee": {"Dana Reyes"}, "role": {"AE"}, "region": {"West"}, "date": {"2024-05-06"}, "interviewer": {"Sam"}}
		for i, a := range activities {
			from, to := "Lead", "Demo"
			if i >= 2 {
				from, to = "Demo", "Won"
			}
			f["from"] = append(f["from"], from)
			f["to"] = append(f["to"], to)
			f["rid"] = append(f["rid"], "")
			f["activity"] = append(f["activity"], a)
			f["goal"] = append(f["goal"], "")
			f["notes"] = append(f["notes"], "")
		}
		return f
	}

	t.Run("add row without script", func(t *testing.T) {
		f := rows("call", "")
		f.Set("addrow", "0")
		rec := e.do(http.MethodPost, path, f)
		if rec.Code != 200 || strings.Count(rec.Body.String(), `name="activity"`) != 5+1+5 {
			t.Fatalf("got %d with %d rows, want the form with 11 rows", rec.Code, strings.Count(rec.Body.String(), `name="activity"`))
		}
		if ws, _ := e.svc.Workspace(ctx, p.ID); len(ws.Interviews) != 0 {
			t.Error("adding a row saved the interview")
		}
	})

	t.Run("goal without activity", func(t *testing.T) {
		f := rows("call the champion", "")
		f["goal"][1] = "a goal without activity"
		rec := e.do(http.MethodPost, path, f)
		if rec.Code != http.StatusUnprocessableEntity {
			t.Fatalf("got %d, want 422", rec.Code)
		}
		body := rec.Body.String()
		if !strings.Contains(body, `<tr class="has-error">`) || !strings.Contains(body, "an activity is empty") || !strings.Contains(body, "a goal without activity") {
			t.Errorf("the refused form does not mark row 2 or lost its text:\n%s", excerpt(body))
		}
	})

	var id string
	t.Run("save", func(t *testing.T) {
		first, next := e.follow(t, http.MethodPost, path, rows("send the agenda", "", "build the ROI case"))
		if first.Code != http.StatusSeeOther {
			t.Fatalf("got %d, want 303\n%s", first.Code, excerpt(first.Body.String()))
		}
		id = strings.TrimPrefix(first.Header().Get("Location"), path+"/")
		if !strings.Contains(next.Body.String(), "Interview with Dana Reyes saved (2 activities)") {
			t.Errorf("no flash: %s", excerpt(next.Body.String()))
		}
		ws, _ := e.svc.Workspace(ctx, p.ID)
		if len(ws.Interviews) != 1 || ws.Interviews[0].ID != id || len(ws.Responses) != 2 || ws.Responses[1].FromStage != "Demo" {
			t.Fatalf("stored %+v %+v", ws.Interviews, ws.Responses)
		}
	})

	t.Run("a second rep of the same name and day is a new interview", func(t *testing.T) {
		first, _ := e.follow(t, http.MethodPost, path, rows("other"))
		if first.Code != http.StatusSeeOther || strings.HasSuffix(first.Header().Get("Location"), "/"+id) {
			t.Fatalf("got %d to %s, want a new interview", first.Code, first.Header().Get("Location"))
		}
		ws, _ := e.svc.Workspace(ctx, p.ID)
		if len(ws.Interviews) != 2 {
			t.Errorf("got %d interviews, want 2", len(ws.Interviews))
		}
	})

	t.Run("autosave answers JSON with the ids", func(t *testing.T) {
		f := rows("send the agenda", "", "build the ROI case")
		f.Set("id", id)
		req := httptest.NewRequest(http.MethodPost, path, strings.NewReader(f.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.Header.Set(autosaveHeader, "1")
		e.sess.authorize(req)
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, req)
		body := rec.Body.String()
		if rec.Code != 200 || !strings.Contains(body, `"id":"`+id+`"`) || !strings.Contains(body, `"rows":["`+id+`-1","","`+id+`-2"]`) {
			t.Errorf("got %d %s", rec.Code, body)
		}
	})

	t.Run("list counts per transition", func(t *testing.T) {
		body := e.do(http.MethodGet, path, nil).Body.String()
		if !strings.Contains(body, "Lead → Demo") || !strings.Contains(body, "Demo → Won") || !strings.Contains(body, "Dana Reyes") {
			t.Errorf("list: %s", excerpt(body))
		}
	})

	t.Run("delete", func(t *testing.T) {
		first, next := e.follow(t, http.MethodPost, path+"/"+id+"/delete", url.Values{})
		if first.Code != http.StatusSeeOther || !strings.Contains(next.Body.String(), "deleted") {
			t.Fatalf("got %d", first.Code)
		}
		if rec := e.do(http.MethodGet, path+"/"+id, nil); rec.Code != 404 {
			t.Errorf("deleted interview: got %d, want 404", rec.Code)
		}
	})
}

func multipartBody(t *testing.T, fields map[string]string, file, content string) (*bytes.Buffer, string) {
	t.Helper()
	var buf bytes.Buffer
	mw := multipart.NewWriter(&buf)
	for k, v := range fields {
		mw.WriteField(k, v)
	}
	if file != "" {
		fw, err := mw.CreateFormFile("file", file)
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(fw, content)
	}
	mw.Close()
	return &buf, mw.FormDataContentType()
}

func TestImport(t *testing.T) {
	e := newTestEnv(t)
	ctx := context.Background()
	p, err := e.svc.CreateProject(e.asOwner(ctx), service.NewProject{Name: "Imp", SalesStages: []string{"Lead", "Demo"}})
	if err != nil {
		t.Fatal(err)
	}
	path := fmt.Sprintf("/projects/%d/import", p.ID)
	post := func(kind, name, content string) *httptest.ResponseRecorder {
		body, ctype := multipartBody(t, map[string]string{"kind": kind}, name, content)
		req := httptest.NewRequest(http.MethodPost, path, body)
		req.Header.Set("Content-Type", ctype)
		e.sess.authorize(req)
		rec := httptest.NewRecorder()
		e.srv.ServeHTTP(rec, req)
		return rec
	}
	good := "material_id,title,type\nM1,ROI calculator,tool\nM2,Case study: Acme,case study\n"
	bad := "material_id,title,type\nM1,ROI calculator,tool\nM 2,,case study\n"

	rec := post("materials", "bad.csv", bad)
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("bad file: got %d, want 422", rec.Code)
	}
	body := rec.Body.String()
	for _, want := range []string{"Nothing was imported", "bad.csv", "<td class=\"num\">3</td>"} {
		if !strings.Contains(body, want) {
			t.Errorf("the error list lacks %q:\n%s", want, excerpt(body))
		}
	}
	if ws, _ := e.svc.Workspace(ctx, p.ID); len(ws.Materials) != 0 {
		t.Fatalf("a refused file wrote %d materials", len(ws.Materials))
	}

	rec = post("materials", "good.csv", good)
	if rec.Code != http.StatusSeeOther {
		t.Fatalf("good file: got %d\n%s", rec.Code, excerpt(rec.Body.String()))
	}
	next := e.do(http.MethodGet, rec.Header().Get("Location"), nil, rec.Result().Cookies()...)
	if !strings.Contains(next.Body.String(), "Imported good.csv (materials): 2 created, 0 updated, 0 unchanged.") {
		t.Errorf("no result counts: %s", excerpt(next.Body.String()))
	}

	if rec := post("materials", "", ""); rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "choose a CSV or XLSX file") {
		t.Errorf("no file: got %d", rec.Code)
	}
	if rec := post("recipes", "x.csv", good); rec.Code != http.StatusUnprocessableEntity || !strings.Contains(rec.Body.String(), "cannot import") {
		t.Errorf("unknown kind: got %d", rec.Code)
	}
}

func TestExports(t *testing.T) {
	e := newTestEnv(t)
	p := fmt.Sprintf("/projects/%d/export/", e.demo.ID)
	tests := []struct {
		file, ctype, start, disposition string
	}{
		{"analysis.json", "application/json", "{", "attachment"},
		{"report.md", "text/markdown", "#", "attachment"},
		{"activities.csv", "text/csv", "id,", "attachment"},
		{"report.xlsx", "application/vnd.openxmlformats", "PK", "attachment"},
		{"report.html", "text/html", "<!DOCTYPE html>", "inline"},
		{"map.svg", "image/svg+xml", "<", "inline"},
		{"map.svg?download=1", "image/svg+xml", "<", "attachment"},
		{"map.png", "image/png", "\x89PNG", "inline"},
		{"chart-coverage.svg", "image/svg+xml", "<", "inline"},
		{"chart-materials.svg", "image/svg+xml", "<", "inline"},
		{"chart-needs.svg", "image/svg+xml", "<", "inline"},
		{"chart-roadmap.svg", "image/svg+xml", "<", "inline"},
		{"project.json", "application/json", "{", "attachment"},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			rec := e.do(http.MethodGet, p+tt.file, nil)
			if rec.Code != 200 {
				t.Fatalf("got %d: %s", rec.Code, excerpt(rec.Body.String()))
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("got Content-Type %q, want %q", ct, tt.ctype)
			}
			name, _, _ := strings.Cut(tt.file, "?")
			if cd := rec.Header().Get("Content-Disposition"); !strings.HasPrefix(cd, tt.disposition) || !strings.Contains(cd, name) {
				t.Errorf("got Content-Disposition %q, want %s", cd, tt.disposition)
			}
			if !strings.HasPrefix(strings.TrimLeft(rec.Body.String(), "\ufeff \n"), tt.start) {
				t.Errorf("body starts %q, want %q", excerpt(rec.Body.String())[:min(20, rec.Body.Len())], tt.start)
			}
		})
	}
	// The printable report styles itself inline and runs no script.
	rec := e.do(http.MethodGet, p+"report.html", nil)
	if csp := rec.Header().Get("Content-Security-Policy"); !strings.Contains(csp, "default-src 'none'") || strings.Contains(csp, "script-src") {
		t.Errorf("report.html CSP = %q", csp)
	}
	if rec := e.do(http.MethodGet, p+"secrets.txt", nil); rec.Code != 404 {
		t.Errorf("unknown export: got %d, want 404", rec.Code)
	}
}

func TestReportPage(t *testing.T) {
	e := newTestEnv(t)
	p := fmt.Sprintf("/projects/%d", e.demo.ID)
	rec := e.do(http.MethodGet, p+"/report", nil)
	if rec.Code != 200 {
		t.Fatalf("got %d", rec.Code)
	}
	body := rec.Body.String()
	for _, want := range []string{
		`<img src="` + p + `/export/map.svg"`,
		p + "/export/chart-coverage.svg",
		p + "/export/chart-roadmap.svg",
		p + "/export/report.pdf",
		p + "/export/report.html",
		"Coverage per buying stage",
		`aria-current="page">Report`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("report page lacks %q", want)
		}
	}
}

func TestAssetsAndHeaders(t *testing.T) {
	e := newTestEnv(t)
	page := e.do(http.MethodGet, "/", nil).Body.String()
	for _, name := range []string{"app.css", "app.js"} {
		u, err := e.srv.assets.url(name)
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(page, u) {
			t.Errorf("the page does not link %s", u)
		}
		rec := e.do(http.MethodGet, u, nil)
		if rec.Code != 200 || !strings.Contains(rec.Header().Get("Cache-Control"), "immutable") {
			t.Errorf("%s: got %d %q", u, rec.Code, rec.Header().Get("Cache-Control"))
		}
		stale := e.do(http.MethodGet, "/assets/000000000000/"+name, nil)
		if stale.Code != 200 || strings.Contains(stale.Header().Get("Cache-Control"), "immutable") {
			t.Errorf("an old hash of %s: got %d %q, want the file, not cached for ever", name, stale.Code, stale.Header().Get("Cache-Control"))
		}
	}
	rec := e.do(http.MethodGet, "/", nil)
	if rec.Header().Get("X-Content-Type-Options") != "nosniff" || rec.Header().Get("X-Frame-Options") != "DENY" {
		t.Errorf("security headers missing: %v", rec.Header())
	}
	req := httptest.NewRequest(http.MethodPost, "/projects", strings.NewReader("name=x"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	req.Header.Set("Sec-Fetch-Site", "cross-site")
	e.sess.authorize(req)
	cross := httptest.NewRecorder()
	e.srv.ServeHTTP(cross, req)
	if cross.Code != http.StatusForbidden {
		t.Errorf("cross-site form post: got %d, want 403", cross.Code)
	}
}

func TestArchiveAndUnarchive(t *testing.T) {
	e := newTestEnv(t)
	path := fmt.Sprintf("/projects/%d/archive", e.demo.ID)
	first, next := e.follow(t, http.MethodPost, path, url.Values{"archived": {"true"}, "version": {fmt.Sprint(e.demo.Version)}, "back": {"/"}})
	if first.Code != 303 || !strings.Contains(next.Body.String(), "Archived projects (1)") {
		t.Fatalf("archive: got %d\n%s", first.Code, excerpt(next.Body.String()))
	}
	_, next = e.follow(t, http.MethodPost, path, url.Values{"archived": {"false"}, "version": {fmt.Sprint(e.demo.Version + 1)}, "back": {"/"}})
	if strings.Contains(next.Body.String(), "Archived projects") || !strings.Contains(next.Body.String(), "is active again") {
		t.Errorf("unarchive: %s", excerpt(next.Body.String()))
	}
}

func TestUndoDecision(t *testing.T) {
	e := newTestEnv(t)
	a, _ := e.analysis(t)
	p := fmt.Sprintf("/projects/%d", e.demo.ID)
	act := a.Activities[0]
	e.follow(t, http.MethodPost, p+"/decisions", url.Values{"kind": {"rename"}, "activity": {act.ID}, "name": {"Renamed once"}, "back": {p + "/rollup"}})
	page := e.do(http.MethodGet, p+"/decisions", nil).Body.String()
	if !strings.Contains(page, "Renamed once") {
		t.Fatalf("decision history lacks the rename: %s", excerpt(page))
	}
	_, ws := e.analysis(t)
	last := ws.Decisions[len(ws.Decisions)-1]
	if last.Text != "Renamed once" {
		t.Fatalf("the last decision is %+v, want the rename", last)
	}
	undo := fmt.Sprintf("%s/decisions/%d/undo", p, last.ID)
	first, next := e.follow(t, http.MethodPost, undo, url.Values{"back": {p + "/decisions"}})
	if first.Code != 303 || !strings.Contains(next.Body.String(), "Decision undone") || strings.Contains(next.Body.String(), "Renamed once") {
		t.Errorf("undo: got %d %s", first.Code, excerpt(next.Body.String()))
	}
}

func TestGuideEditing(t *testing.T) {
	e := newTestEnv(t)
	p := fmt.Sprintf("/projects/%d", e.demo.ID)
	version := func() string {
		t.Helper()
		cur, err := e.svc.Project(context.Background(), e.demo.ID)
		if err != nil {
			t.Fatal(err)
		}
		return fmt.Sprint(cur.Version)
	}
	tests := []struct {
		name   string
		form   url.Values
		stale  bool
		status int
		want   string
	}{
		{"save own guide", url.Values{"guide": {"# Intro\nWhat do you do first with a new lead?"}}, false, 303, "What do you do first with a new lead?"},
		{"a want question is flagged", url.Values{"guide": {"# Intro\nWhat materials would you like?"}}, false, 303, "Warning:"},
		{"stale version refused", url.Values{"guide": {"# X\nWhat do you do?"}, "target": {"guide"}}, true, 409, "changed by someone else"},
		{"heading only refused", url.Values{"guide": {"# X"}, "target": {"guide"}}, false, 422, "no questions"},
		{"back to the default", url.Values{"op": {"reset"}}, false, 303, "The default guide is back."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.form.Set("version", version())
			if tt.stale {
				tt.form.Set("version", "1")
			}
			first, next := e.follow(t, http.MethodPost, p+"/guide", tt.form)
			if first.Code != tt.status {
				t.Fatalf("got status %d, want %d\n%s", first.Code, tt.status, excerpt(first.Body.String()))
			}
			page := first
			if next != nil {
				page = next
			}
			if !strings.Contains(page.Body.String(), tt.want) {
				t.Errorf("the next page lacks %q\n%s", tt.want, excerpt(page.Body.String()))
			}
		})
	}
}

var (
	decisionFormRe = regexp.MustCompile(`(?s)<form method="post" action="/projects/\d+/decisions"[^>]*>(.*?)</form>`)
	hiddenInputRe  = regexp.MustCompile(`<input type="hidden" name="([^"]*)" value="([^"]*)">`)
)

// checkForm returns the fields the form of a place to check posts: the one
// of the given kind whose target is the check's.
func checkForm(t *testing.T, page string, c service.ReviewCheck, kind string) url.Values {
	t.Helper()
	for _, m := range decisionFormRe.FindAllStringSubmatch(page, -1) {
		f := url.Values{}
		for _, in := range hiddenInputRe.FindAllStringSubmatch(m[1], -1) {
			f.Add(in[1], html.UnescapeString(in[2]))
		}
		if f.Get("kind") == kind && f.Get("target") == "check-"+c.Key() {
			return f
		}
	}
	t.Fatalf("no %s form for the place to check %+v", kind, c.Item)
	return nil
}

// checkItem returns the list item of a place to check on a page, or "".
func checkItem(page string, c service.ReviewCheck) string {
	i := strings.Index(page, `value="check-`+html.EscapeString(c.Key())+`"`)
	if i < 0 {
		return ""
	}
	start := strings.LastIndex(page[:i], `<li class="check">`)
	end := strings.Index(page[i:], "</li>")
	if start < 0 || end < 0 {
		return ""
	}
	return page[start : i+end]
}

// The demo's analysis has activities that may be one: the roll-up lists
// them under "Places to check", and one click merges them or keeps one as
// it is, after which the suggestion is gone.
func TestPlacesToCheck(t *testing.T) {
	e := newTestEnv(t)
	a, _ := e.analysis(t)
	p := fmt.Sprintf("/projects/%d", e.demo.ID)
	var merges []enablemap.ReviewItem
	for _, it := range a.Review {
		if it.Kind == enablemap.ReviewMerge {
			merges = append(merges, it)
		}
	}
	if len(merges) < 2 {
		t.Fatalf("the demo analysis has %d activities that may be one, want at least 2 (review: %+v)", len(merges), a.Review)
	}
	first := service.ReviewCheck{Item: merges[0]}
	rollup := e.do(http.MethodGet, p+"/rollup", nil).Body.String()
	for _, want := range []string{`<a href="#checks">Places to check (` + fmt.Sprint(len(a.Review)) + `)</a>`,
		`<section class="card checks" id="checks" aria-labelledby="checks-h">`, `<h2 id="checks-h">Places to check (` + fmt.Sprint(len(a.Review)) + `)</h2>`,
		"accepting an activity marks it checked"} {
		if !strings.Contains(rollup, want) {
			t.Errorf("the roll-up lacks %q", want)
		}
	}
	actA, _ := a.ActivityByID(first.Item.ActivityID)
	actB, _ := a.ActivityByID(first.Item.OtherActivityID)
	li := checkItem(rollup, first)
	for _, want := range []string{"May be one activity: <a href=\"#" + actA.ID + "\">" + template.HTMLEscapeString(actA.Name) + "</a> and <a href=\"#" + actB.ID + "\">",
		"Why?", html.EscapeString(first.Item.Reasons[0]),
		`Merge them<span class="sr-only">: ` + template.HTMLEscapeString(actA.Name) + " and " + template.HTMLEscapeString(actB.Name) + "</span>",
		"Keep “" + template.HTMLEscapeString(actA.Name) + "” as it is"} {
		if !strings.Contains(li, want) {
			t.Errorf("the first place to check lacks %q\n%s", want, li)
		}
	}
	merge := checkForm(t, rollup, first, "merge")
	if merge.Get("activity") != actA.ID || merge.Get("into") != actB.ID || merge.Get("back") != p+"/rollup#checks" {
		t.Errorf("the merge form posts %v", merge)
	}
	if keep := checkForm(t, rollup, first, "accept"); keep.Get("activity") != actA.ID {
		t.Errorf("the keep form posts %v, want to accept %s", keep, actA.ID)
	}

	// The page of the second activity names the first, and merges into it.
	page := e.do(http.MethodGet, p+"/activities/"+actB.ID, nil).Body.String()
	if !strings.Contains(page, "May be the same as <a href=\""+p+"/activities/"+actA.ID+"\">") {
		t.Errorf("the page of %s lacks its place to check\n%s", actB.ID, excerpt(page))
	}
	if f := checkForm(t, page, first, "merge"); f.Get("activity") != actB.ID || f.Get("into") != actA.ID {
		t.Errorf("the merge form of the activity page posts %v", f)
	}

	// A refused action shows its error next to the check it came from.
	bad := url.Values{}
	for k, v := range merge {
		bad[k] = v
	}
	bad.Set("into", "A-nope")
	rec := e.do(http.MethodPost, p+"/decisions", bad)
	if rec.Code != http.StatusUnprocessableEntity {
		t.Fatalf("merging into a missing activity: got %d", rec.Code)
	}
	if li := checkItem(rec.Body.String(), first); !strings.Contains(li, `class="field-error"`) || !strings.Contains(li, "no activity A-nope") {
		t.Errorf("the refused merge's error is not next to its check:\n%s", li)
	}

	// "Merge them" puts both activities' responses into one.
	res, next := e.follow(t, http.MethodPost, p+"/decisions", merge)
	if res.Code != http.StatusSeeOther {
		t.Fatalf("merge: got %d %s", res.Code, excerpt(res.Body.String()))
	}
	if !strings.Contains(next.Body.String(), "Merged") {
		t.Errorf("after the merge the page says %s", excerpt(next.Body.String()))
	}
	a2, _ := e.analysis(t)
	ma, _ := a2.ActivityOfResponse(actA.ResponseIDs[0])
	mb, _ := a2.ActivityOfResponse(actB.ResponseIDs[0])
	if ma.ID == "" || ma.ID != mb.ID {
		t.Fatalf("after the merge, %s is in %q and %s in %q, want one activity", actA.ResponseIDs[0], ma.ID, actB.ResponseIDs[0], mb.ID)
	}
	for _, it := range a2.Review {
		if it.ActivityID == ma.ID || it.OtherActivityID == ma.ID {
			t.Errorf("the merged activity is still to check: %+v", it)
		}
	}
	if strings.Contains(next.Body.String(), `value="check-`+first.Key()+`"`) {
		t.Error("the roll-up still shows the merged place to check")
	}

	// "Keep ... as it is" accepts the activity, and its suggestions go.
	if len(a2.Review) == 0 {
		t.Fatal("no place to check is left after one merge")
	}
	second := service.ReviewCheck{Item: a2.Review[0]}
	rollup = e.do(http.MethodGet, p+"/rollup", nil).Body.String()
	keep := checkForm(t, rollup, second, "accept")
	res, next = e.follow(t, http.MethodPost, p+"/decisions", keep)
	if res.Code != http.StatusSeeOther {
		t.Fatalf("keep: got %d %s", res.Code, excerpt(res.Body.String()))
	}
	if !strings.Contains(next.Body.String(), "Accepted") {
		t.Errorf("after keeping the page says %s", excerpt(next.Body.String()))
	}
	a3, _ := e.analysis(t)
	if kept, _ := a3.ActivityByID(second.Item.ActivityID); kept.State != enablemap.Confirmed {
		t.Errorf("the kept activity %s is %q, want confirmed", second.Item.ActivityID, kept.State)
	}
	for _, it := range a3.Review {
		if it.ActivityID == second.Item.ActivityID || it.OtherActivityID == second.Item.ActivityID {
			t.Errorf("the kept activity is still to check: %+v", it)
		}
	}
	if checkItem(next.Body.String(), second) != "" {
		t.Error("the roll-up still shows the kept place to check")
	}
}

// A response that may belong to another activity: the roll-up and both
// activity pages show it, and "Move it" moves it. The demo has none, so the
// test uses the first evaluation study whose analysis has one.
func TestPlacesToCheckMove(t *testing.T) {
	e := newTestEnv(t)
	ctx := e.asOwner(context.Background())
	var (
		proj enablemap.Project
		a    enablemap.Analysis
		move enablemap.ReviewItem
	)
	for _, set := range []string{"haulmark", "corvala", "kestrel"} {
		dir := filepath.Join("..", "eval", "testdata", set)
		p, err := e.svc.CreateProject(ctx, service.NewProject{Name: set, BuyingTemplate: "classic"})
		if err != nil {
			t.Fatal(err)
		}
		for _, kind := range []string{service.KindInterviews, service.KindGlossary} {
			b, err := os.ReadFile(filepath.Join(dir, kind+".csv"))
			if err != nil {
				t.Fatal(err)
			}
			if _, err := e.svc.Import(ctx, p.ID, kind, kind+".csv", bytes.NewReader(b), enablemap.ImportOptions{}); err != nil {
				t.Fatalf("%s: %v", dir, err)
			}
		}
		an, _, err := e.svc.Analyze(ctx, p.ID)
		if err != nil {
			t.Fatal(err)
		}
		for _, it := range an.Review {
			if it.Kind == enablemap.ReviewMove {
				proj, a, move = p, an, it
				break
			}
		}
		if move.Kind != "" {
			break
		}
	}
	if move.Kind == "" {
		t.Fatal("no evaluation study's analysis has a response that may belong elsewhere")
	}
	c := service.ReviewCheck{Item: move}
	from, _ := a.ActivityByID(move.ActivityID)
	to, _ := a.ActivityByID(move.OtherActivityID)
	p := fmt.Sprintf("/projects/%d", proj.ID)

	rollup := e.do(http.MethodGet, p+"/rollup", nil).Body.String()
	li := checkItem(rollup, c)
	for _, want := range []string{"Response " + move.ResponseID + " (",
		"may belong to <a href=\"#" + to.ID + "\">" + template.HTMLEscapeString(to.Name) + "</a> rather than <a href=\"#" + from.ID + "\">",
		`Move it<span class="sr-only">: response ` + move.ResponseID + " to " + template.HTMLEscapeString(to.Name) + "</span>",
		`Keep it here<span class="sr-only">`} {
		if !strings.Contains(li, want) {
			t.Errorf("the place to check lacks %q\n%s", want, li)
		}
	}
	mv := checkForm(t, rollup, c, "move_response")
	if mv.Get("activity") != move.ResponseID || mv.Get("into") != to.ID {
		t.Errorf("the move form posts %v", mv)
	}
	if keep := checkForm(t, rollup, c, "accept"); keep.Get("activity") != from.ID {
		t.Errorf("the keep form posts %v, want to accept %s", keep, from.ID)
	}
	for id, want := range map[string]string{from.ID: "Responses that may belong elsewhere", to.ID: "Responses of other activities that may belong here"} {
		rec := e.do(http.MethodGet, p+"/activities/"+id, nil)
		page := rec.Body.String()
		if !strings.Contains(page, want) || checkItem(page, c) == "" {
			t.Errorf("the page of %s lacks %q with the check", id, want)
		}
		checkLabels(t, page)
	}
	checkLabels(t, rollup)

	res, next := e.follow(t, http.MethodPost, p+"/decisions", mv)
	if res.Code != http.StatusSeeOther {
		t.Fatalf("move: got %d %s", res.Code, excerpt(res.Body.String()))
	}
	if !strings.Contains(next.Body.String(), "Moved response "+move.ResponseID) {
		t.Errorf("after the move the page says %s", excerpt(next.Body.String()))
	}
	a2, _, err := e.svc.Analyze(ctx, proj.ID)
	if err != nil {
		t.Fatal(err)
	}
	now, _ := a2.ActivityOfResponse(move.ResponseID)
	if other, _ := a2.ActivityOfResponse(to.ResponseIDs[0]); now.ID == "" || now.ID != other.ID {
		t.Errorf("after the move, %s is in %q, want with %s in %q", move.ResponseID, now.ID, to.ResponseIDs[0], other.ID)
	}
	for _, it := range a2.Review {
		if it.ResponseID == move.ResponseID {
			t.Errorf("the moved response is still to check: %+v", it)
		}
	}
}

// Places to check are drawn from any names and texts, escaped, with an
// accessible name on every button, on the roll-up and on both activities'
// pages.
func TestPlacesToCheckRender(t *testing.T) {
	srv := newTestEnv(t).srv
	ws := enablemap.Workspace{Project: enablemap.Project{ID: 7, Name: "P", BuyingStages: []string{"Look", "Buy"}},
		Interviews: []enablemap.Interview{{ID: "I1", Interviewee: "Dana " + xss}},
		Responses: []enablemap.Response{{ID: "R1", InterviewID: "I1", Activity: "send the deck " + xss}, {ID: "R2", InterviewID: "I1", Activity: "demo"},
			{ID: "R3", InterviewID: "I1", Activity: "trial"}}}
	a := enablemap.Analysis{BuyingStages: ws.Project.BuyingStages,
		Activities: []enablemap.Activity{
			{ID: "A-R1", Name: "Pitch " + xss, ResponseIDs: []string{"R1", "R2"}},
			{ID: "A-R3", Name: "Run a trial", ResponseIDs: []string{"R3"}}},
		Review: []enablemap.ReviewItem{
			{Kind: enablemap.ReviewMove, ActivityID: "A-R1", OtherActivityID: "A-R3", ResponseID: "R1", Score: 0.2, Reasons: []string{"shared words: " + xss}},
			{Kind: enablemap.ReviewMerge, ActivityID: "A-R1", OtherActivityID: "A-R3", Score: 0.1, Reasons: []string{"nearly alike"}}}}
	pages := map[string]func(*httptest.ResponseRecorder, *http.Request){
		"/projects/7/rollup": func(w *httptest.ResponseRecorder, r *http.Request) { srv.renderRollup(w, r, a, ws) },
		"/projects/7/activities/A-R1": func(w *httptest.ResponseRecorder, r *http.Request) {
			srv.renderActivity(w, r, a, ws, "A-R1")
		},
		"/projects/7/activities/A-R3": func(w *httptest.ResponseRecorder, r *http.Request) {
			srv.renderActivity(w, r, a, ws, "A-R3")
		},
	}
	wants := map[string][]string{
		"/projects/7/rollup": {"Places to check (2)", "Response R1 (Dana &lt;script&gt;", "rather than <a href=\"#A-R1\">Pitch &lt;script&gt;",
			"May be one activity:", "Keep it here<span", "Keep “Pitch &lt;script&gt;"},
		"/projects/7/activities/A-R1": {"Places to check (2)", "May be the same as <a href=\"/projects/7/activities/A-R3\">Run a trial</a>",
			"Responses that may belong elsewhere", "may belong to <a href=\"/projects/7/activities/A-R3\">Run a trial</a>.", "Keep this one as it is<span class=\"sr-only\">"},
		"/projects/7/activities/A-R3": {"May be the same as <a href=\"/projects/7/activities/A-R1\">Pitch &lt;script&gt;",
			"Responses of other activities that may belong here", ", now in <a href=\"/projects/7/activities/A-R1\">", "may belong here.",
			"Move it here<span", "Keep it in “Pitch &lt;script&gt;"},
	}
	button := regexp.MustCompile(`(?s)<button[^>]*>(.*?)</button>`)
	for path, render := range pages {
		t.Run(path, func(t *testing.T) {
			w := httptest.NewRecorder()
			render(w, httptest.NewRequest(http.MethodGet, path, nil))
			body := w.Body.String()
			if w.Code != http.StatusOK {
				t.Fatalf("got %d: %s", w.Code, body)
			}
			for _, want := range wants[path] {
				if !strings.Contains(body, want) {
					t.Errorf("the page lacks %q", want)
				}
			}
			for _, raw := range []string{`<script>alert`, `<img src=x`} {
				if strings.Contains(body, raw) {
					t.Errorf("the page holds %q unescaped", raw)
				}
			}
			checks := body[strings.Index(body, `id="checks"`):]
			checks = checks[:strings.Index(checks, "</section>")]
			for _, m := range button.FindAllStringSubmatch(checks, -1) {
				if !strings.Contains(m[1], `class="sr-only"`) && !strings.Contains(m[1], "“") {
					t.Errorf("the button %q does not say what it acts on", m[1])
				}
			}
			checkLabels(t, body)
		})
	}
}
