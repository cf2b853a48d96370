package web

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"mime/multipart"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/report"
	"github.com/enablemap/enablemap/internal/service"
	"github.com/enablemap/enablemap/internal/store"
)

// apiFixture is a server over a real store in a temporary directory with
// the demo project loaded.
type apiFixture struct {
	srv  *Server
	svc  *service.Service
	demo enablemap.Project
	vars map[string]string // values captured by earlier steps, used as {{name}}
	// token is an owner's API token every request carries.
	token string
}

func newAPIFixture(t *testing.T) *apiFixture {
	t.Helper()
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatalf("open store: %v", err)
	}
	t.Cleanup(func() { db.Close() })
	svc := service.New(db)
	p, _, err := svc.LoadDemo(ctx, false)
	if err != nil {
		t.Fatalf("load demo: %v", err)
	}
	srv, err := New(svc, testOptions())
	if err != nil {
		t.Fatalf("new server: %v", err)
	}
	_, team := setupOwner(t, srv.acct, "owner@example.com", "Marketing")
	return &apiFixture{srv: srv, svc: svc, demo: p, vars: map[string]string{"p": fmt.Sprint(p.ID)},
		token: newToken(t, srv.acct, team.ID, "owner")}
}

// apiStep is one request of a scenario and what its answer must hold.
type apiStep struct {
	name   string
	method string
	path   string // {{name}} is replaced by a captured value
	body   string // sent as application/json unless ctype says otherwise
	ctype  string
	status int
	// contains lists substrings of the answer body.
	contains []string
	// errField, when set, is the field the JSON error must name.
	errField string
	check    func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder)
}

func (f *apiFixture) expand(s string) string {
	for k, v := range f.vars {
		s = strings.ReplaceAll(s, "{{"+k+"}}", v)
	}
	return s
}

// do sends one request and checks the answer against openapi.json.
func (f *apiFixture) do(t *testing.T, method, path, ctype string, body []byte) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(method, path, bytes.NewReader(body))
	if ctype != "" {
		req.Header.Set("Content-Type", ctype)
	}
	req.Header.Set("Authorization", "Bearer "+f.token)
	rec := httptest.NewRecorder()
	f.srv.ServeHTTP(rec, req)
	checkAgainstOpenAPI(t, httptest.NewRequest(method, path, nil), rec)
	return rec
}

// run plays steps in order on one fixture: later steps see what earlier
// ones wrote.
func (f *apiFixture) run(t *testing.T, steps []apiStep) {
	t.Helper()
	for _, st := range steps {
		ok := t.Run(st.name, func(t *testing.T) {
			ctype := st.ctype
			if ctype == "" && st.body != "" {
				ctype = "application/json"
			}
			rec := f.do(t, st.method, f.expand(st.path), ctype, []byte(f.expand(st.body)))
			body := rec.Body.String()
			if rec.Code != st.status {
				t.Fatalf("%s %s: status %d, want %d; body: %s", st.method, st.path, rec.Code, st.status, body)
			}
			for _, want := range st.contains {
				if !strings.Contains(body, f.expand(want)) {
					t.Fatalf("%s %s: body lacks %q; body: %s", st.method, st.path, want, body)
				}
			}
			if rec.Code >= 400 {
				checkErrorBody(t, rec, st.errField)
			}
			if st.check != nil {
				st.check(t, f, rec)
			}
		})
		if !ok {
			// Later steps build on this one.
			t.FailNow()
		}
	}
}

// checkErrorBody checks the error format every failed request shares.
func checkErrorBody(t *testing.T, rec *httptest.ResponseRecorder, field string) {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, "application/json") {
		t.Fatalf("error Content-Type = %q, want JSON", ct)
	}
	var body apiErrorBody
	if err := json.Unmarshal(rec.Body.Bytes(), &body); err != nil {
		t.Fatalf("error body is not JSON: %v: %s", err, rec.Body)
	}
	if body.Error.Code == "" || body.Error.Message == "" {
		t.Fatalf("error body lacks code or message: %s", rec.Body)
	}
	if field != "" && body.Error.Field != field {
		t.Fatalf("error names field %q, want %q: %s", body.Error.Field, field, rec.Body)
	}
}

func decodeBody[T any](t *testing.T, rec *httptest.ResponseRecorder) T {
	t.Helper()
	var v T
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("decode %T: %v: %s", v, err, rec.Body)
	}
	return v
}

// capture stores a field of the JSON answer under a name for later steps.
func capture(name, field string) func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
	return func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
		m := decodeBody[map[string]any](t, rec)
		v, ok := m[field]
		if !ok {
			t.Fatalf("answer has no %q: %s", field, rec.Body)
		}
		f.vars[name] = fmt.Sprint(v)
	}
}

func TestAPIReadRoutes(t *testing.T) {
	f := newAPIFixture(t)
	ctx := context.Background()
	a, ws, err := f.svc.Analyze(ctx, f.demo.ID)
	if err != nil {
		t.Fatal(err)
	}
	// An activity of several responses, reachable by any of them.
	var multi enablemap.Activity
	for _, act := range a.Activities {
		if len(act.ResponseIDs) > 1 {
			multi = act
			break
		}
	}
	f.vars["act"] = multi.ID
	f.vars["resp"] = multi.ResponseIDs[len(multi.ResponseIDs)-1]
	f.vars["iv"] = ws.Interviews[0].ID
	f.vars["ivname"] = ws.Interviews[0].Interviewee
	f.vars["mat"] = ws.Materials[0].ID
	f.vars["term"] = ws.Glossary[0].Term

	f.run(t, []apiStep{
		{name: "list projects", method: "GET", path: "/api/v1/projects", status: 200, contains: []string{service.DemoName, `"version": 1`}},
		{name: "list projects with a bad flag", method: "GET", path: "/api/v1/projects?archived=maybe", status: 400, errField: "archived"},
		{name: "project by id", method: "GET", path: "/api/v1/projects/{{p}}", status: 200, contains: []string{`"buying_stages"`, `"sales_stages"`},
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				got := decodeBody[projectJSON](t, rec)
				if got.ID != f.demo.ID || got.Name != f.demo.Name || !reflect.DeepEqual(got.BuyingStages, f.demo.BuyingStages) {
					t.Fatalf("project = %+v, want %+v", got, f.demo)
				}
			}},
		{name: "project by name", method: "GET", path: "/api/v1/projects/demo", status: 200, contains: []string{service.DemoName}},
		{name: "missing project", method: "GET", path: "/api/v1/projects/99999/interviews", status: 404, contains: []string{`"not_found"`}},
		{name: "interviews", method: "GET", path: "/api/v1/projects/{{p}}/interviews", status: 200, contains: []string{`"response_count"`, "{{iv}}"},
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				got := decodeBody[[]interviewSummaryJSON](t, rec)
				total := 0
				for _, in := range got {
					total += in.ResponseCount
				}
				if len(got) != len(ws.Interviews) || total != len(ws.Responses) {
					t.Fatalf("%d interviews with %d responses, want %d with %d", len(got), total, len(ws.Interviews), len(ws.Responses))
				}
			}},
		{name: "one interview", method: "GET", path: "/api/v1/projects/{{p}}/interviews/{{iv}}", status: 200, contains: []string{"{{ivname}}", `"responses"`, `"from_stage"`}},
		{name: "missing interview", method: "GET", path: "/api/v1/projects/{{p}}/interviews/NOPE", status: 404},
		{name: "materials", method: "GET", path: "/api/v1/projects/{{p}}/materials", status: 200, contains: []string{`"material_id": "{{mat}}"`},
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				if got := decodeBody[[]materialJSON](t, rec); len(got) != len(ws.Materials) {
					t.Fatalf("%d materials, want %d", len(got), len(ws.Materials))
				}
			}},
		{name: "one material", method: "GET", path: "/api/v1/projects/{{p}}/materials/{{mat}}", status: 200, contains: []string{`"analysis"`, `"matches"`}},
		{name: "missing material", method: "GET", path: "/api/v1/projects/{{p}}/materials/NOPE", status: 404},
		{name: "glossary", method: "GET", path: "/api/v1/projects/{{p}}/glossary", status: 200, contains: []string{`"term": "{{term}}"`}},
		{name: "analysis is the JSON output contract", method: "GET", path: "/api/v1/projects/{{p}}/analysis", status: 200,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				var want bytes.Buffer
				if err := report.JSON(&want, report.Data{Analysis: a, Workspace: ws}); err != nil {
					t.Fatal(err)
				}
				if !bytes.Equal(rec.Body.Bytes(), want.Bytes()) {
					t.Fatalf("analysis differs from report.JSON (%d bytes, want %d)", rec.Body.Len(), want.Len())
				}
			}},
		{name: "activities", method: "GET", path: "/api/v1/projects/{{p}}/activities", status: 200,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				if got := decodeBody[[]enablemap.Activity](t, rec); !reflect.DeepEqual(got, normalizedActivities(a.Activities)) {
					t.Fatalf("activities differ from the analysis")
				}
			}},
		{name: "activities that are holes", method: "GET", path: "/api/v1/projects/{{p}}/activities?coverage=hole", status: 200,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				got := decodeBody[[]enablemap.Activity](t, rec)
				if len(got) != a.Figures.Holes {
					t.Fatalf("%d holes, want %d", len(got), a.Figures.Holes)
				}
			}},
		{name: "activities on a stage", method: "GET", path: "/api/v1/projects/{{p}}/activities?stage=validation", status: 200,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				for _, act := range decodeBody[[]enablemap.Activity](t, rec) {
					if act.BuyingStage != "Validation" {
						t.Fatalf("%s on %q in the Validation list", act.ID, act.BuyingStage)
					}
				}
			}},
		{name: "activities with a bad filter", method: "GET", path: "/api/v1/projects/{{p}}/activities?coverage=partly", status: 422, errField: "coverage"},
		{name: "one activity", method: "GET", path: "/api/v1/projects/{{p}}/activities/{{act}}", status: 200, contains: []string{`"id": "{{act}}"`, `"statements"`, `"coverage"`},
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				got := decodeBody[activityDetailJSON](t, rec)
				if len(got.Statements) != len(multi.ResponseIDs) {
					t.Fatalf("%d statements, want %d", len(got.Statements), len(multi.ResponseIDs))
				}
			}},
		{name: "activity by one of its responses", method: "GET", path: "/api/v1/projects/{{p}}/activities/{{resp}}", status: 200, contains: []string{`"id": "{{act}}"`}},
		{name: "missing activity", method: "GET", path: "/api/v1/projects/{{p}}/activities/A-NOPE", status: 404},
		{name: "holes in priority order", method: "GET", path: "/api/v1/projects/{{p}}/holes", status: 200,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				var ids []string
				for _, h := range decodeBody[[]holeJSON](t, rec) {
					ids = append(ids, h.ActivityID)
					if h.Activity.ID != h.ActivityID {
						t.Fatalf("hole %s carries activity %s", h.ActivityID, h.Activity.ID)
					}
				}
				if !reflect.DeepEqual(ids, a.Holes) {
					t.Fatalf("holes %v, want %v", ids, a.Holes)
				}
			}},
		{name: "figures", method: "GET", path: "/api/v1/projects/{{p}}/figures", status: 200,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				if got := decodeBody[enablemap.Figures](t, rec); !reflect.DeepEqual(got, a.Figures) {
					t.Fatalf("figures %+v, want %+v", got, a.Figures)
				}
			}},
		{name: "wants", method: "GET", path: "/api/v1/projects/{{p}}/wants", status: 200,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				if got := decodeBody[[]enablemap.Want](t, rec); len(got) != len(a.Wants) {
					t.Fatalf("%d wants, want %d", len(got), len(a.Wants))
				}
			}},
		{name: "the demo's first decisions", method: "GET", path: "/api/v1/projects/{{p}}/decisions", status: 200, contains: []string{`"kind": "accept"`, `"author": "demo"`}},
		{name: "the demo road map", method: "GET", path: "/api/v1/projects/{{p}}/roadmap", status: 200, contains: []string{`"status": "in_progress"`}},
		{name: "missing road-map item", method: "GET", path: "/api/v1/projects/{{p}}/roadmap/4242", status: 404},
		{name: "road-map id that is no number", method: "GET", path: "/api/v1/projects/{{p}}/roadmap/abc", status: 404},
		{name: "OpenAPI document", method: "GET", path: "/api/v1/openapi.json", status: 200, contains: []string{`"openapi"`}},
		{name: "unknown API path", method: "GET", path: "/api/v1/nothing/here", status: 404, contains: []string{`"not_found"`}},
		{name: "method not allowed", method: "PUT", path: "/api/v1/projects", body: "{}", status: 405,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				if got := rec.Header().Get("Allow"); got != "GET, POST" {
					t.Fatalf("Allow = %q, want %q", got, "GET, POST")
				}
			}},
	})
}

// normalizedActivities is the analysis' activities as JSON shows them:
// empty lists as [] rather than null.
func normalizedActivities(acts []enablemap.Activity) []enablemap.Activity {
	out := make([]enablemap.Activity, 0, len(acts))
	for _, a := range acts {
		out = append(out, activityOut(a))
	}
	return out
}

func TestAPIReports(t *testing.T) {
	f := newAPIFixture(t)
	for _, tc := range []struct {
		format, ctype, ext string
		magic              string // how the file starts
	}{
		{"", "application/json", ".json", "{"},
		{"json", "application/json", ".json", "{"},
		{"md", "text/markdown", ".md", "# "},
		{"csv", "text/csv", ".csv", ""},
		{"xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx", "PK"},
		{"html", "text/html", ".html", "<!"},
		{"svg", "image/svg+xml", "-map.svg", "<?xml"},
		{"png", "image/png", "-map.png", "\x89PNG"},
		{"chart-coverage", "image/svg+xml", "-coverage.svg", "<?xml"},
		{"chart-materials", "image/svg+xml", "-materials.svg", "<?xml"},
		{"chart-needs", "image/svg+xml", "-needs.svg", "<?xml"},
		{"chart-roadmap", "image/svg+xml", "-roadmap.svg", "<?xml"},
	} {
		t.Run("format "+tc.format, func(t *testing.T) {
			rec := f.do(t, "GET", fmt.Sprintf("/api/v1/projects/%d/report?format=%s", f.demo.ID, tc.format), "", nil)
			if rec.Code != 200 {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if ct := rec.Header().Get("Content-Type"); !strings.HasPrefix(ct, tc.ctype) {
				t.Fatalf("Content-Type = %q, want %q", ct, tc.ctype)
			}
			if cd := rec.Header().Get("Content-Disposition"); !strings.HasPrefix(cd, "attachment") || !strings.Contains(cd, tc.ext) {
				t.Fatalf("Content-Disposition = %q, want an attachment ending %s", cd, tc.ext)
			}
			if rec.Body.Len() == 0 || !strings.HasPrefix(rec.Body.String(), tc.magic) {
				t.Fatalf("body starts %q, want %q", rec.Body.String()[:min(rec.Body.Len(), 20)], tc.magic)
			}
		})
	}
	f.run(t, []apiStep{
		{name: "unknown format", method: "GET", path: "/api/v1/projects/{{p}}/report?format=doc", status: 400, errField: "format"},
	})
	t.Run("format pdf", func(t *testing.T) {
		if testing.Short() {
			t.Skip("PDF starts a browser")
		}
		rec := f.do(t, "GET", fmt.Sprintf("/api/v1/projects/%d/report?format=pdf", f.demo.ID), "", nil)
		if _, err := report.FindBrowser(); err != nil {
			// Without Chromium the answer says so instead of hiding it.
			if rec.Code != http.StatusNotImplemented || !strings.Contains(rec.Body.String(), "html") {
				t.Fatalf("no browser: status %d, want 501 pointing at html: %s", rec.Code, rec.Body)
			}
			return
		}
		if rec.Code != 200 || !strings.HasPrefix(rec.Body.String(), "%PDF") {
			t.Fatalf("status %d, body starts %q; want a PDF", rec.Code, rec.Body.String()[:min(rec.Body.Len(), 20)])
		}
	})
}

func TestAPIProjects(t *testing.T) {
	f := newAPIFixture(t)
	f.run(t, []apiStep{
		{name: "create", method: "POST", path: "/api/v1/projects", status: 201,
			body:     `{"name": "Q3 launch", "description": "new line", "sales_stages": ["Lead", "Won"]}`,
			contains: []string{`"name": "Q3 launch"`, `"Problem identification"`, `"version": 1`},
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				capture("q3", "id")(t, f, rec)
				if got, want := rec.Header().Get("Location"), "/api/v1/projects/"+f.vars["q3"]; got != want {
					t.Fatalf("Location = %q, want %q", got, want)
				}
			}},
		{name: "create with a template", method: "POST", path: "/api/v1/projects", status: 201,
			body: `{"name": "ACD", "buying_template": "acd"}`, contains: []string{`"Awareness"`}},
		{name: "create with a name in use", method: "POST", path: "/api/v1/projects", status: 409, body: `{"name": "q3 LAUNCH"}`},
		{name: "create without a name", method: "POST", path: "/api/v1/projects", status: 422, body: `{"name": " "}`, errField: "name"},
		{name: "create with an unknown template", method: "POST", path: "/api/v1/projects", status: 422, body: `{"name": "X", "buying_template": "aida"}`, errField: "buying_stages"},
		{name: "unknown field", method: "POST", path: "/api/v1/projects", status: 400, body: `{"nam": "x"}`, errField: "nam"},
		{name: "wrong type", method: "POST", path: "/api/v1/projects", status: 400, body: `{"name": 3}`, errField: "name"},
		{name: "malformed JSON", method: "POST", path: "/api/v1/projects", status: 400, body: `{"name": `},
		{name: "two JSON values", method: "POST", path: "/api/v1/projects", status: 400, body: `{"name": "a"} {"name": "b"}`},
		{name: "empty body", method: "POST", path: "/api/v1/projects", status: 400, ctype: "application/json"},
		{name: "not JSON", method: "POST", path: "/api/v1/projects", status: 415, body: `name=x`, ctype: "application/x-www-form-urlencoded"},
		{name: "body too large", method: "POST", path: "/api/v1/projects", status: 413,
			body: `{"name": "x", "description": "` + strings.Repeat("a", apiMaxJSONBody) + `"}`},
		{name: "patch", method: "PATCH", path: "/api/v1/projects/{{q3}}", status: 200,
			body: `{"description": "first edit", "version": 1}`, contains: []string{`"first edit"`, `"version": 2`, `"name": "Q3 launch"`}},
		{name: "patch with a stale version", method: "PATCH", path: "/api/v1/projects/{{q3}}", status: 409,
			body: `{"description": "lost edit", "version": 1}`, contains: []string{`"conflict"`}},
		{name: "nothing lost after the conflict", method: "GET", path: "/api/v1/projects/{{q3}}", status: 200,
			contains: []string{`"first edit"`, `"version": 2`}},
		{name: "patch without a version", method: "PATCH", path: "/api/v1/projects/{{q3}}", status: 422, body: `{"description": "x"}`, errField: "version"},
		{name: "patch stages", method: "PATCH", path: "/api/v1/projects/{{q3}}", status: 200,
			body: `{"sales_stages": ["Lead", "Qualified", "Won"], "version": 2}`, contains: []string{`"Qualified"`, `"version": 3`}},
		{name: "patch with a duplicate stage", method: "PATCH", path: "/api/v1/projects/{{q3}}", status: 422,
			body: `{"buying_stages": ["A", "a"], "version": 3}`, errField: "buying_stages"},
		{name: "archive", method: "POST", path: "/api/v1/projects/{{q3}}/archive", status: 200, contains: []string{`"archived": true`}},
		{name: "archived projects are not listed", method: "GET", path: "/api/v1/projects", status: 200,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				if strings.Contains(rec.Body.String(), "Q3 launch") {
					t.Fatalf("archived project listed: %s", rec.Body)
				}
			}},
		{name: "unless asked for", method: "GET", path: "/api/v1/projects?archived=true", status: 200, contains: []string{"Q3 launch"}},
		{name: "unarchive", method: "POST", path: "/api/v1/projects/{{q3}}/unarchive", status: 200, contains: []string{`"archived": false`}},
		{name: "delete", method: "DELETE", path: "/api/v1/projects/{{q3}}", status: 204},
		{name: "deleted", method: "GET", path: "/api/v1/projects/{{q3}}", status: 404},
		{name: "delete again", method: "DELETE", path: "/api/v1/projects/{{q3}}", status: 404},
	})
}

func TestAPIInterviews(t *testing.T) {
	f := newAPIFixture(t)
	stage := func(i int) string { return f.demo.SalesStages[i] }
	f.vars["from"], f.vars["to"] = stage(0), stage(1)
	f.run(t, []apiStep{
		{name: "capture", method: "POST", path: "/api/v1/projects/{{p}}/interviews", status: 201,
			body: `{"interviewee": "Sam Lee", "role": "AE", "interview_date": "2025-04-01", "responses": [
				{"from_stage": "{{from}}", "to_stage": "{{to}}", "activity": "call the plant manager", "goal": "get the meeting"},
				{"from_stage": "", "to_stage": "", "activity": "", "goal": ""}]}`,
			contains: []string{`"interview_id": "INT-sam-lee-20250401"`, `"response_id": "INT-sam-lee-20250401-1"`, `"call the plant manager"`},
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				if got := decodeBody[interviewDetailJSON](t, rec); len(got.Responses) != 1 {
					t.Fatalf("%d responses stored, want 1 (the empty row is dropped)", len(got.Responses))
				}
				if loc := rec.Header().Get("Location"); !strings.HasSuffix(loc, "/interviews/INT-sam-lee-20250401") {
					t.Fatalf("Location = %q", loc)
				}
			}},
		{name: "read it back", method: "GET", path: "/api/v1/projects/{{p}}/interviews/INT-sam-lee-20250401", status: 200, contains: []string{`"role": "AE"`}},
		{name: "replace under a given id", method: "PUT", path: "/api/v1/projects/{{p}}/interviews/INT-sam-lee-20250401", status: 200,
			body: `{"interviewee": "Sam Lee", "responses": [
				{"from_stage": "{{from}}", "to_stage": "{{to}}", "activity": "first"},
				{"from_stage": "{{from}}", "to_stage": "{{to}}", "activity": "second"}]}`,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				got := decodeBody[interviewDetailJSON](t, rec)
				if len(got.Responses) != 2 || got.Responses[0].Activity != "first" || got.Role != "" {
					t.Fatalf("replaced interview = %+v", got)
				}
			}},
		{name: "ids in body and path differ", method: "PUT", path: "/api/v1/projects/{{p}}/interviews/INT-X", status: 422,
			body: `{"interview_id": "INT-Y", "interviewee": "Sam"}`, errField: "interview_id"},
		{name: "no interviewee", method: "POST", path: "/api/v1/projects/{{p}}/interviews", status: 422, body: `{"responses": []}`, errField: "interviewee"},
		{name: "unknown stage", method: "POST", path: "/api/v1/projects/{{p}}/interviews", status: 422,
			body: `{"interviewee": "Sam", "responses": [{"from_stage": "Mars", "to_stage": "{{to}}", "activity": "x"}]}`, errField: "responses[0].stage"},
		{name: "bad date", method: "POST", path: "/api/v1/projects/{{p}}/interviews", status: 422,
			body: `{"interview_id": "INT-Z", "interviewee": "Sam", "interview_date": "04/01/2025"}`, errField: "interview_date"},
		{name: "delete", method: "DELETE", path: "/api/v1/projects/{{p}}/interviews/INT-sam-lee-20250401", status: 204},
		{name: "deleted", method: "GET", path: "/api/v1/projects/{{p}}/interviews/INT-sam-lee-20250401", status: 404},
		{name: "delete a missing one", method: "DELETE", path: "/api/v1/projects/{{p}}/interviews/INT-sam-lee-20250401", status: 404},
	})
}

func TestAPIImport(t *testing.T) {
	f := newAPIFixture(t)
	ctx := context.Background()
	before, err := f.svc.Workspace(ctx, f.demo.ID)
	if err != nil {
		t.Fatal(err)
	}
	f.vars["from"], f.vars["to"] = f.demo.SalesStages[0], f.demo.SalesStages[1]
	badInterviews := "interview_id,interviewee,from_stage,to_stage,activity\n" +
		"NEW1,Pat,{{from}},{{to}},book the site visit\n" +
		"NEW1,Pat,{{from}},,send the case study\n"
	f.run(t, []apiStep{
		{name: "glossary as the raw body", method: "POST", path: "/api/v1/projects/{{p}}/import?kind=glossary&name=terms.csv", ctype: "text/csv",
			body: "term,meaning\nQBR,quarterly business review\n", status: 200,
			contains: []string{`"kind": "glossary"`, `"file": "terms.csv"`, `"created": 1`}},
		{name: "a bad row writes nothing", method: "POST", path: "/api/v1/projects/{{p}}/import?kind=interviews&name=new.csv", ctype: "text/csv",
			body: badInterviews, status: 422,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				got := decodeBody[apiErrorBody](t, rec)
				if len(got.Errors) != 1 {
					t.Fatalf("%d errors, want 1: %s", len(got.Errors), rec.Body)
				}
				e := got.Errors[0]
				if e.File != "new.csv" || e.Row != 3 || e.Column != "to_stage" || e.Code != "invalid" {
					t.Fatalf("error = %+v, want new.csv row 3 column to_stage", e)
				}
				after, err := f.svc.Workspace(ctx, f.demo.ID)
				if err != nil {
					t.Fatal(err)
				}
				if len(after.Interviews) != len(before.Interviews) || len(after.Responses) != len(before.Responses) {
					t.Fatalf("a refused import wrote: %d interviews, %d responses; want %d, %d",
						len(after.Interviews), len(after.Responses), len(before.Interviews), len(before.Responses))
				}
			}},
		{name: "no kind", method: "POST", path: "/api/v1/projects/{{p}}/import", ctype: "text/csv", body: "term,meaning\nA,b\n", status: 422, errField: "kind"},
		{name: "unknown kind", method: "POST", path: "/api/v1/projects/{{p}}/import?kind=slides", ctype: "text/csv", body: "a\n", status: 422, errField: "kind"},
		{name: "bad strict flag", method: "POST", path: "/api/v1/projects/{{p}}/import?kind=interviews&strict_stages=perhaps", ctype: "text/csv", body: "a\n", status: 400, errField: "strict_stages"},
	})

	t.Run("multipart upload", func(t *testing.T) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		if err := mw.WriteField("kind", "materials"); err != nil {
			t.Fatal(err)
		}
		fw, err := mw.CreateFormFile("file", `C:\Users\ana\new-materials.csv`)
		if err != nil {
			t.Fatal(err)
		}
		fmt.Fprint(fw, "material_id,title,type\nM900,Plant tour checklist,Checklist\nM901,ROI calculator,Tool\n")
		mw.Close()
		rec := f.do(t, "POST", fmt.Sprintf("/api/v1/projects/%d/import", f.demo.ID), mw.FormDataContentType(), buf.Bytes())
		if rec.Code != 200 {
			t.Fatalf("status %d: %s", rec.Code, rec.Body)
		}
		got := decodeBody[importResultJSON](t, rec)
		if got.Kind != "materials" || got.File != "new-materials.csv" || got.Created != 2 {
			t.Fatalf("result = %+v, want 2 materials created from new-materials.csv", got)
		}
	})
	t.Run("multipart without a file", func(t *testing.T) {
		var buf bytes.Buffer
		mw := multipart.NewWriter(&buf)
		_ = mw.WriteField("kind", "materials")
		mw.Close()
		rec := f.do(t, "POST", fmt.Sprintf("/api/v1/projects/%d/import", f.demo.ID), mw.FormDataContentType(), buf.Bytes())
		if rec.Code != 400 {
			t.Fatalf("status %d, want 400: %s", rec.Code, rec.Body)
		}
		checkErrorBody(t, rec, "file")
	})
}

func TestAPIMaterialsAndGlossary(t *testing.T) {
	f := newAPIFixture(t)
	f.run(t, []apiStep{
		{name: "add a material", method: "PUT", path: "/api/v1/projects/{{p}}/materials/M900", status: 200,
			body:     `{"title": "Plant tour checklist", "type": "Checklist", "tags": ["tour", "site"]}`,
			contains: []string{`"material_id": "M900"`, `"analysis"`, `"tour"`}},
		{name: "change it", method: "PUT", path: "/api/v1/projects/{{p}}/materials/M900", status: 200,
			body: `{"material_id": "M900", "title": "Site tour checklist"}`, contains: []string{`"Site tour checklist"`}},
		{name: "listed once", method: "GET", path: "/api/v1/projects/{{p}}/materials", status: 200,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				if n := strings.Count(rec.Body.String(), `"M900"`); n != 1 {
					t.Fatalf("M900 listed %d times", n)
				}
			}},
		{name: "no title", method: "PUT", path: "/api/v1/projects/{{p}}/materials/M900", status: 422, body: `{"title": ""}`, errField: "title"},
		{name: "ids differ", method: "PUT", path: "/api/v1/projects/{{p}}/materials/M900", status: 422, body: `{"material_id": "M901", "title": "x"}`, errField: "material_id"},
		{name: "bad id", method: "PUT", path: "/api/v1/projects/{{p}}/materials/-bad", status: 422, body: `{"title": "x"}`, errField: "material_id"},
		{name: "delete the material", method: "DELETE", path: "/api/v1/projects/{{p}}/materials/M900", status: 204},
		{name: "material deleted", method: "GET", path: "/api/v1/projects/{{p}}/materials/M900", status: 404},

		{name: "add a term", method: "PUT", path: "/api/v1/projects/{{p}}/glossary/QBR", status: 200,
			body: `{"meaning": "quarterly business review"}`, contains: []string{`"term": "QBR"`}},
		{name: "a term with a slash", method: "PUT", path: "/api/v1/projects/{{p}}/glossary/qual%20%2F%20qual%20call", status: 200,
			body: `{"meaning": "qualification call"}`, contains: []string{`"term": "qual / qual call"`}},
		{name: "terms listed", method: "GET", path: "/api/v1/projects/{{p}}/glossary", status: 200,
			contains: []string{`"quarterly business review"`, `"qual / qual call"`}},
		{name: "no meaning", method: "PUT", path: "/api/v1/projects/{{p}}/glossary/QBR", status: 422, body: `{"meaning": ""}`, errField: "meaning"},
		{name: "delete the slashed term", method: "DELETE", path: "/api/v1/projects/{{p}}/glossary/qual%20%2F%20qual%20call", status: 204},
		{name: "delete a term", method: "DELETE", path: "/api/v1/projects/{{p}}/glossary/QBR", status: 204},
		{name: "delete a missing term", method: "DELETE", path: "/api/v1/projects/{{p}}/glossary/QBR", status: 404},
	})
}

func TestAPIDecisions(t *testing.T) {
	f := newAPIFixture(t)
	a, ws, err := f.svc.Analyze(context.Background(), f.demo.ID)
	if err != nil {
		t.Fatal(err)
	}
	// The last activities: the demo's own first decisions touch the first.
	f.vars["act"] = a.Activities[len(a.Activities)-1].ID
	f.vars["other"] = a.Activities[len(a.Activities)-2].ID
	f.vars["mat"] = ws.Materials[0].ID
	f.run(t, []apiStep{
		{name: "rename", method: "POST", path: "/api/v1/projects/{{p}}/decisions", status: 201,
			body:     `{"kind": "rename", "activity": "{{act}}", "name": "Discovery of the maintenance programme", "author": "ana"}`,
			contains: []string{`"kind": "rename"`, `"name": "Discovery of the maintenance programme"`, `"author": "ana"`},
			check:    capture("d1", "id")},
		{name: "the rename beats the suggestion", method: "GET", path: "/api/v1/projects/{{p}}/activities/{{act}}", status: 200,
			contains: []string{`"name": "Discovery of the maintenance programme"`, `"name_state": "confirmed"`, `"decisions"`}},
		{name: "move to a stage the project lacks", method: "POST", path: "/api/v1/projects/{{p}}/decisions", status: 422,
			body: `{"kind": "move", "activity": "{{act}}", "stage": "Nowhere"}`, errField: "stage"},
		{name: "a field the kind does not use", method: "POST", path: "/api/v1/projects/{{p}}/decisions", status: 422,
			body: `{"kind": "move", "activity": "{{act}}", "name": "x"}`, errField: "name"},
		{name: "a missing material", method: "POST", path: "/api/v1/projects/{{p}}/decisions", status: 422,
			body: `{"kind": "confirm_match", "activity": "{{act}}", "material": "M-NOPE"}`, errField: "material"},
		{name: "merge with itself", method: "POST", path: "/api/v1/projects/{{p}}/decisions", status: 422,
			body: `{"kind": "merge", "activity": "{{act}}", "into": "{{act}}"}`, errField: "into"},
		{name: "set aside without a reason", method: "POST", path: "/api/v1/projects/{{p}}/decisions", status: 422,
			body: `{"kind": "set_aside", "material": "{{mat}}"}`, errField: "reason"},
		{name: "unknown kind", method: "POST", path: "/api/v1/projects/{{p}}/decisions", status: 422, body: `{"kind": "approve"}`, errField: "kind"},
		{name: "relevance", method: "POST", path: "/api/v1/projects/{{p}}/decisions", status: 201,
			body: `{"kind": "relevance", "activity": "{{other}}", "value": "no", "reason": "done by field service"}`, contains: []string{`"value": "false"`}},
		{name: "listed in order", method: "GET", path: "/api/v1/projects/{{p}}/decisions", status: 200,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				got := decodeBody[[]decisionJSON](t, rec)
				n := len(got)
				if n < 2 || got[n-2].Kind != "rename" || got[n-1].Kind != "relevance" {
					t.Fatalf("decisions = %+v", got)
				}
			}},
		{name: "undo", method: "DELETE", path: "/api/v1/projects/{{p}}/decisions/{{d1}}", status: 204},
		{name: "the suggestion is back", method: "GET", path: "/api/v1/projects/{{p}}/activities/{{act}}", status: 200,
			contains: []string{`"name_state": "suggested"`}},
		{name: "undo again", method: "DELETE", path: "/api/v1/projects/{{p}}/decisions/{{d1}}", status: 404},
	})
}

func TestAPIRoadmap(t *testing.T) {
	f := newAPIFixture(t)
	a, _, err := f.svc.Analyze(context.Background(), f.demo.ID)
	if err != nil {
		t.Fatal(err)
	}
	f.vars["hole"] = a.Holes[0]
	item := func(status string, version int) string {
		return fmt.Sprintf(`{"activity": "{{hole}}", "kind": "talk track", "title": "Discovery talk track", "owner": "PMM", "due": "2026-12-15", "status": %q, "version": %d}`, status, version)
	}
	f.run(t, []apiStep{
		{name: "add", method: "POST", path: "/api/v1/projects/{{p}}/roadmap", status: 201,
			body:     `{"activity": "{{hole}}", "kind": "talk track", "title": "Discovery talk track", "due": "2026-12-15"}`,
			contains: []string{`"activity_id": "{{hole}}"`, `"status": "planned"`, `"version": 1`},
			check:    capture("item", "id")},
		{name: "shown with its hole", method: "GET", path: "/api/v1/projects/{{p}}/holes", status: 200, contains: []string{`"Discovery talk track"`}},
		{name: "add for a missing activity", method: "POST", path: "/api/v1/projects/{{p}}/roadmap", status: 422,
			body: `{"activity": "A-NOPE", "kind": "talk track", "title": "x"}`, errField: "activity"},
		{name: "add with a version", method: "POST", path: "/api/v1/projects/{{p}}/roadmap", status: 422,
			body: `{"activity": "{{hole}}", "kind": "talk track", "title": "x", "version": 3}`, errField: "version"},
		{name: "add with a bad date", method: "POST", path: "/api/v1/projects/{{p}}/roadmap", status: 422,
			body: `{"activity": "{{hole}}", "kind": "talk track", "title": "x", "due": "soon"}`, errField: "due"},
		{name: "update", method: "PUT", path: "/api/v1/projects/{{p}}/roadmap/{{item}}", status: 200,
			body: item("in_progress", 1), contains: []string{`"status": "in_progress"`, `"version": 2`, `"owner": "PMM"`}},
		{name: "update with a stale version", method: "PUT", path: "/api/v1/projects/{{p}}/roadmap/{{item}}", status: 409,
			body: item("done", 1), contains: []string{`"conflict"`}},
		{name: "nothing lost after the conflict", method: "GET", path: "/api/v1/projects/{{p}}/roadmap/{{item}}", status: 200,
			contains: []string{`"status": "in_progress"`, `"version": 2`}},
		{name: "update without a version", method: "PUT", path: "/api/v1/projects/{{p}}/roadmap/{{item}}", status: 422,
			body: `{"activity": "{{hole}}", "kind": "talk track", "title": "x"}`, errField: "version"},
		{name: "update with a bad status", method: "PUT", path: "/api/v1/projects/{{p}}/roadmap/{{item}}", status: 422,
			body: item("someday", 2), errField: "status"},
		{name: "update a missing item", method: "PUT", path: "/api/v1/projects/{{p}}/roadmap/4242", status: 404, body: item("done", 1)},
		{name: "listed", method: "GET", path: "/api/v1/projects/{{p}}/roadmap", status: 200, contains: []string{`"id": {{item}}`}},
		{name: "delete", method: "DELETE", path: "/api/v1/projects/{{p}}/roadmap/{{item}}", status: 204},
		{name: "deleted", method: "GET", path: "/api/v1/projects/{{p}}/roadmap/{{item}}", status: 404},
	})
}

func TestAPIExportRestoreDemo(t *testing.T) {
	f := newAPIFixture(t)
	rec := f.do(t, "GET", fmt.Sprintf("/api/v1/projects/%d/export", f.demo.ID), "", nil)
	if rec.Code != 200 {
		t.Fatalf("export: status %d: %s", rec.Code, rec.Body)
	}
	if cd := rec.Header().Get("Content-Disposition"); !strings.Contains(cd, ".enablemap.json") {
		t.Fatalf("export Content-Disposition = %q", cd)
	}
	file := rec.Body.String()
	if !json.Valid([]byte(file)) {
		t.Fatalf("the project file is not JSON")
	}
	f.vars["file"] = file
	f.run(t, []apiStep{
		{name: "restore under a new name", method: "POST", path: "/api/v1/restore?name=Copy%20of%20demo", body: file, status: 201,
			contains: []string{`"name": "Copy of demo"`}, check: capture("copy", "id")},
		{name: "the copy holds the interviews", method: "GET", path: "/api/v1/projects/{{copy}}/interviews", status: 200,
			check: func(t *testing.T, f *apiFixture, rec *httptest.ResponseRecorder) {
				ws, err := f.svc.Workspace(context.Background(), f.demo.ID)
				if err != nil {
					t.Fatal(err)
				}
				if got := decodeBody[[]interviewSummaryJSON](t, rec); len(got) != len(ws.Interviews) {
					t.Fatalf("copy has %d interviews, want %d", len(got), len(ws.Interviews))
				}
			}},
		{name: "restore under a name in use", method: "POST", path: "/api/v1/restore", body: file, status: 409},
		{name: "restore something else", method: "POST", path: "/api/v1/restore?name=X", body: `{"hello": "world"}`, status: 422},
		{name: "demo exists already", method: "POST", path: "/api/v1/demo", status: 200, contains: []string{`"created": false`}},
		{name: "demo reset", method: "POST", path: "/api/v1/demo?reset=true", status: 201, contains: []string{`"created": true`}},
	})
}

func TestStatusOf(t *testing.T) {
	for _, tc := range []struct {
		err  error
		want int
	}{
		{nil, 200},
		{enablemap.FieldError("name", "empty"), 422},
		{enablemap.Errors{{Code: enablemap.EINVALID, File: "a.csv", Row: 2}}, 422},
		{fmt.Errorf("wrapped: %w", enablemap.Errorf(enablemap.ENOTFOUND, "gone")), 404},
		{enablemap.Errorf(enablemap.ECONFLICT, "stale"), 409},
		{enablemap.Errorf(enablemap.EFORBIDDEN, "no"), 403},
		{enablemap.Errorf(enablemap.EUNAUTH, "who"), 401},
		{enablemap.Errorf(enablemap.EINTERNAL, "boom"), 500},
		{fmt.Errorf("disk on fire"), 500},
		{apiBadRequest("x", "bad"), 400},
		{fmt.Errorf("read: %w", &http.MaxBytesError{Limit: 10}), 413},
	} {
		if got := statusOf(tc.err); got != tc.want {
			t.Errorf("statusOf(%v) = %d, want %d", tc.err, got, tc.want)
		}
	}
}

func TestInternalErrorsAreHidden(t *testing.T) {
	f := newAPIFixture(t)
	var logs bytes.Buffer
	f.srv.logger = slog.New(slog.NewTextHandler(&logs, nil))
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("GET", "/api/v1/projects", nil)
	f.srv.writeError(rec, req, fmt.Errorf("query projects: %w", fmt.Errorf("database is locked at /var/lib/secret.db")))
	if rec.Code != 500 {
		t.Fatalf("status %d, want 500", rec.Code)
	}
	if strings.Contains(rec.Body.String(), "secret") {
		t.Fatalf("internal detail leaked: %s", rec.Body)
	}
	checkErrorBody(t, rec, "")
	if n := strings.Count(logs.String(), "secret.db"); n != 1 {
		t.Fatalf("the internal error was logged %d times, want once: %s", n, logs.String())
	}
}

// BenchmarkAPI measures the routes a client calls most, on the demo
// project; the analysis is cached between requests as in a running server.
func BenchmarkAPI(b *testing.B) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(b.TempDir(), "t.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	svc := service.New(db)
	p, _, err := svc.LoadDemo(ctx, false)
	if err != nil {
		b.Fatal(err)
	}
	srv, err := New(svc, testOptions())
	if err != nil {
		b.Fatal(err)
	}
	_, team := setupOwner(b, srv.acct, "owner@example.com", "Marketing")
	token := newToken(b, srv.acct, team.ID, "viewer")
	for _, path := range []string{"/projects", "/projects/%d/analysis", "/projects/%d/activities", "/projects/%d/activities/A-R001", "/projects/%d/holes", "/projects/%d/interviews/INT01"} {
		if strings.Contains(path, "%d") {
			path = fmt.Sprintf(path, p.ID)
		}
		b.Run(strings.ReplaceAll(path, "/", "_"), func(b *testing.B) {
			for b.Loop() {
				rec := httptest.NewRecorder()
				req := httptest.NewRequest("GET", "/api/v1"+path, nil)
				req.Header.Set("Authorization", "Bearer "+token)
				srv.ServeHTTP(rec, req)
				if rec.Code != 200 {
					b.Fatalf("status %d: %s", rec.Code, rec.Body)
				}
			}
		})
	}
}

// TestAPIConcurrentUpdatesOneWins sends the same version from several
// clients at once: exactly one update is written, every other gets 409, and
// the stored project is the winner's.
func TestAPIConcurrentUpdatesOneWins(t *testing.T) {
	f := newAPIFixture(t)
	const clients = 8
	codes := make([]int, clients)
	var wg sync.WaitGroup
	for i := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			body := fmt.Sprintf(`{"description": "edit %d", "version": %d}`, i, f.demo.Version)
			req := httptest.NewRequest("PATCH", fmt.Sprintf("/api/v1/projects/%d", f.demo.ID), strings.NewReader(body))
			req.Header.Set("Content-Type", "application/json")
			req.Header.Set("Authorization", "Bearer "+f.token)
			rec := httptest.NewRecorder()
			f.srv.ServeHTTP(rec, req)
			codes[i] = rec.Code
		}()
	}
	wg.Wait()
	winner := -1
	for i, code := range codes {
		switch code {
		case http.StatusOK:
			if winner >= 0 {
				t.Fatalf("clients %d and %d both wrote", winner, i)
			}
			winner = i
		case http.StatusConflict:
		default:
			t.Fatalf("client %d got status %d, want 200 or 409", i, code)
		}
	}
	if winner < 0 {
		t.Fatalf("no client wrote: %v", codes)
	}
	p, err := f.svc.Project(context.Background(), f.demo.ID)
	if err != nil {
		t.Fatal(err)
	}
	if want := fmt.Sprintf("edit %d", winner); p.Description != want || p.Version != f.demo.Version+1 {
		t.Fatalf("stored %q v%d, want %q v%d", p.Description, p.Version, want, f.demo.Version+1)
	}
}
