package web

import (
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// apiPrefix is where the JSON API lives. The version is part of the path so
// a later incompatible API can be served next to this one.
const apiPrefix = "/api/v1"

// apiMaxJSONBody bounds a JSON request body. Interviews with many long answers
// are the largest JSON bodies and fit well inside it; files go through the
// import and restore routes, which have their own limit.
const apiMaxJSONBody = 1 << 20

// apiMaxFileBody bounds an uploaded file (import, restore): the importer's own
// limit plus room for the multipart envelope.
const apiMaxFileBody = 50<<20 + 1<<20

// apiRoute is one route of the JSON API.
type apiRoute struct {
	method  string
	path    string
	summary string
	handle  func(s *Server, w http.ResponseWriter, r *http.Request) error
}

// apiRoutes is the one table of the API's routes: registerAPI serves it and
// a test checks that openapi.json documents exactly these.
func apiRoutes() []apiRoute {
	const p = apiPrefix + "/projects/{project}"
	return []apiRoute{
		{"GET", apiPrefix + "/openapi.json", "the OpenAPI document", (*Server).apiOpenAPI},
		{"POST", apiPrefix + "/demo", "load the demo project", (*Server).apiLoadDemo},
		{"POST", apiPrefix + "/restore", "restore a project from a project file", (*Server).apiRestore},

		{"GET", apiPrefix + "/projects", "list projects", (*Server).apiListProjects},
		{"POST", apiPrefix + "/projects", "create a project", (*Server).apiCreateProject},
		{"GET", p, "get a project", (*Server).apiGetProject},
		{"PATCH", p, "update a project", (*Server).apiPatchProject},
		{"DELETE", p, "delete a project", (*Server).apiDeleteProject},
		{"POST", p + "/archive", "archive a project", (*Server).apiArchiveProject},
		{"POST", p + "/unarchive", "bring an archived project back", (*Server).apiUnarchiveProject},

		{"GET", p + "/interviews", "list interviews", (*Server).apiListInterviews},
		{"POST", p + "/interviews", "capture an interview", (*Server).apiCreateInterview},
		{"GET", p + "/interviews/{interview}", "get an interview with its responses", (*Server).apiGetInterview},
		{"PUT", p + "/interviews/{interview}", "capture or replace an interview", (*Server).apiPutInterview},
		{"DELETE", p + "/interviews/{interview}", "delete an interview", (*Server).apiDeleteInterview},
		{"POST", p + "/interviews/{interview}/review", "mark an interview reviewed, or back to review", (*Server).apiReviewInterview},
		{"POST", p + "/import", "import a CSV or XLSX file", (*Server).apiImport},

		{"GET", p + "/materials", "list materials", (*Server).apiListMaterials},
		{"GET", p + "/materials/{material}", "get a material and its matches", (*Server).apiGetMaterial},
		{"PUT", p + "/materials/{material}", "add or change a material", (*Server).apiPutMaterial},
		{"DELETE", p + "/materials/{material}", "delete a material", (*Server).apiDeleteMaterial},

		{"GET", p + "/glossary", "list glossary terms", (*Server).apiListGlossary},
		{"PUT", p + "/glossary/{term}", "add or change a glossary term", (*Server).apiPutGlossaryTerm},
		{"DELETE", p + "/glossary/{term}", "delete a glossary term", (*Server).apiDeleteGlossaryTerm},

		{"GET", p + "/analysis", "the whole analysis (JSON output contract)", (*Server).apiAnalysis},
		{"GET", p + "/activities", "list activities", (*Server).apiListActivities},
		{"GET", p + "/activities/{activity}", "get an activity with who said what", (*Server).apiGetActivity},
		{"GET", p + "/holes", "list holes, highest priority first", (*Server).apiHoles},
		{"GET", p + "/figures", "the figures of the analysis", (*Server).apiFigures},
		{"GET", p + "/wants", "list wants", (*Server).apiWants},

		{"GET", p + "/decisions", "list decisions", (*Server).apiListDecisions},
		{"POST", p + "/decisions", "record a decision", (*Server).apiCreateDecision},
		{"DELETE", p + "/decisions/{decision}", "undo a decision", (*Server).apiDeleteDecision},

		{"GET", p + "/roadmap", "list road-map items", (*Server).apiListRoadmap},
		{"POST", p + "/roadmap", "add a road-map item", (*Server).apiCreateRoadmapItem},
		{"GET", p + "/roadmap/{item}", "get a road-map item", (*Server).apiGetRoadmapItem},
		{"PUT", p + "/roadmap/{item}", "update a road-map item", (*Server).apiPutRoadmapItem},
		{"DELETE", p + "/roadmap/{item}", "delete a road-map item", (*Server).apiDeleteRoadmapItem},

		{"GET", p + "/report", "the analysis as a report file", (*Server).apiReport},
		{"GET", apiPrefix + "/audit", "the workspace's audit log, newest first (owners)", (*Server).apiAudit},
		{"GET", p + "/export", "the project as a project file", (*Server).apiExport},
	}
}

// registerAPI adds the API's routes to mux, and a catch-all under the prefix
// so that unknown API paths get a JSON error rather than the HTML 404 page.
func (s *Server) registerAPI(mux *router) {
	routes := apiRoutes()
	for _, rt := range routes {
		handle := rt.handle
		mux.HandleFunc(rt.method+" "+rt.path, func(w http.ResponseWriter, r *http.Request) {
			if err := handle(s, w, r); err != nil {
				s.writeError(w, r, err)
			}
		})
	}
	mux.HandleFunc(apiPrefix+"/", func(w http.ResponseWriter, r *http.Request) {
		var allowed []string
		for _, rt := range routes {
			if apiPathMatches(rt.path, r.URL.Path) {
				allowed = append(allowed, rt.method)
			}
		}
		if len(allowed) > 0 {
			w.Header().Set("Allow", strings.Join(allowed, ", "))
			s.writeError(w, r, &statusError{status: http.StatusMethodNotAllowed,
				err: enablemap.Errorf(enablemap.EINVALID, "%s is not allowed here; use %s", r.Method, strings.Join(allowed, ", "))})
			return
		}
		s.writeError(w, r, enablemap.Errorf(enablemap.ENOTFOUND, "no API route %s (see %s/openapi.json)", r.URL.Path, apiPrefix))
	})
}

// apiPathMatches reports whether a request path fits a route pattern whose
// {wildcards} each stand for one non-empty segment.
func apiPathMatches(pattern, path string) bool {
	ps := strings.Split(strings.Trim(pattern, "/"), "/")
	qs := strings.Split(strings.Trim(path, "/"), "/")
	if len(ps) != len(qs) {
		return false
	}
	for i := range ps {
		if strings.HasPrefix(ps[i], "{") {
			if qs[i] == "" {
				return false
			}
			continue
		}
		if ps[i] != qs[i] {
			return false
		}
	}
	return true
}

//go:embed openapi.json
var openAPIDocument []byte

func (s *Server) apiOpenAPI(w http.ResponseWriter, r *http.Request) error {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, err := w.Write(openAPIDocument)
	return err
}

// statusError gives an error a status of its own for the few failures that
// are about the request rather than its content: malformed JSON, an
// unsupported media type, a method not allowed.
type statusError struct {
	status int
	err    *enablemap.Error
}

func (e *statusError) Error() string { return e.err.Error() }
func (e *statusError) Unwrap() error { return e.err }

// apiBadRequest is an error about the shape of the request (status 400).
func apiBadRequest(field, format string, args ...any) error {
	return &statusError{status: http.StatusBadRequest, err: &enablemap.Error{Code: enablemap.EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}}
}

// statusOf maps an error to its HTTP status. It is the only place that does:
// invalid content is 422 (a request of the wrong shape is 400, a body too
// large 413), not_found 404, conflict 409, forbidden 403, unauthorized 401
// and anything else 500.
func statusOf(err error) int {
	if err == nil {
		return http.StatusOK
	}
	var se *statusError
	if errors.As(err, &se) {
		return se.status
	}
	var tooLarge *http.MaxBytesError
	if errors.As(err, &tooLarge) {
		return http.StatusRequestEntityTooLarge
	}
	switch enablemap.ErrorCode(err) {
	case enablemap.EINVALID:
		return http.StatusUnprocessableEntity
	case enablemap.ENOTFOUND:
		return http.StatusNotFound
	case enablemap.ECONFLICT:
		return http.StatusConflict
	case enablemap.EFORBIDDEN:
		return http.StatusForbidden
	case enablemap.EUNAUTH:
		return http.StatusUnauthorized
	}
	return http.StatusInternalServerError
}

// apiError is the JSON form of one error.
type apiError struct {
	Code    string `json:"code"`
	Message string `json:"message"`
	Field   string `json:"field,omitempty"`
	File    string `json:"file,omitempty"`
	Row     int    `json:"row,omitempty"`
	Column  string `json:"column,omitempty"`
}

// apiErrorBody is the JSON body of every error response. Errors lists every
// problem of an import; Error is then a summary.
type apiErrorBody struct {
	Error  apiError   `json:"error"`
	Errors []apiError `json:"errors,omitempty"`
}

func apiErrorOf(e *enablemap.Error) apiError {
	return apiError{Code: e.Code, Message: e.Error(), Field: e.Field, File: e.File, Row: e.Row, Column: e.Column}
}

// writeError writes err as a JSON error with the status statusOf gives it.
// Internal errors are logged here, once, and shown as a short message that
// reveals nothing of the server.
func (s *Server) writeError(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	var body apiErrorBody
	var list enablemap.Errors
	var one *enablemap.Error
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &list) && len(list) > 0:
		body.Errors = make([]apiError, 0, len(list))
		for _, e := range list {
			body.Errors = append(body.Errors, apiErrorOf(e))
		}
		body.Error = body.Errors[0]
		if len(list) > 1 {
			body.Error = apiError{Code: enablemap.EINVALID, File: list[0].File,
				Message: fmt.Sprintf("%d problems found, nothing was written; the first: %s", len(list), body.Errors[0].Message)}
		}
	case errors.As(err, &tooLarge):
		body.Error = apiError{Code: enablemap.EINVALID, Message: fmt.Sprintf("the request body is larger than %d bytes", tooLarge.Limit)}
	case status == http.StatusInternalServerError:
		if errors.Is(err, context.Canceled) && r.Context().Err() != nil {
			// The client went away; there is nobody to answer and nothing
			// went wrong on our side.
			return
		}
		s.apiLogger().Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		body.Error = apiError{Code: enablemap.EINTERNAL, Message: "internal error; the server log has the details"}
	case errors.As(err, &one):
		body.Error = apiErrorOf(one)
	default:
		body.Error = apiError{Code: enablemap.ErrorCode(err), Message: enablemap.ErrorMessage(err)}
	}
	writeJSON(w, status, body)
}

// apiLogger returns the server's logger, or the default one for a Server
// built without one.
func (s *Server) apiLogger() *slog.Logger {
	if s.logger != nil {
		return s.logger
	}
	return slog.Default()
}

// writeJSON writes v as indented JSON. Text is written as typed (no HTML
// escaping) as in the JSON output contract; nosniff keeps browsers from
// reading it as anything but JSON.
func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	// The status is written; a failed write means the client went away and
	// there is nobody left to tell.
	_ = enc.Encode(v)
}

// decodeJSON reads a JSON request body into v. It insists on the JSON media
// type (which browsers cannot send across origins without asking first),
// bounds the size, refuses unknown fields and trailing data, and names the
// field at fault.
func decodeJSON(w http.ResponseWriter, r *http.Request, v any) error {
	if mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type")); err != nil || mt != "application/json" {
		return &statusError{status: http.StatusUnsupportedMediaType,
			err: enablemap.Errorf(enablemap.EINVALID, "send the body as JSON with the header Content-Type: application/json")}
	}
	r.Body = http.MaxBytesReader(w, r.Body, apiMaxJSONBody)
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return apiJSONError(err)
	}
	if _, err := dec.Token(); !errors.Is(err, io.EOF) {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			return err
		}
		return apiBadRequest("", "the body holds more than one JSON value")
	}
	return nil
}

// apiJSONError turns a decoding error into a message a client can act on.
func apiJSONError(err error) error {
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	var tooLarge *http.MaxBytesError
	switch {
	case errors.As(err, &tooLarge):
		return err
	case errors.Is(err, io.EOF):
		return apiBadRequest("", "the body is empty; send a JSON object")
	case errors.Is(err, io.ErrUnexpectedEOF):
		return apiBadRequest("", "the JSON body ends too early")
	case errors.As(err, &syntax):
		return apiBadRequest("", "malformed JSON at byte %d: %s", syntax.Offset, syntax.Error())
	case errors.As(err, &typ):
		if typ.Field == "" {
			return apiBadRequest("", "the body must be a JSON %s, not %s", apiJSONKind(typ.Type.Kind().String()), typ.Value)
		}
		return apiBadRequest(typ.Field, "%s must be %s, not %s", typ.Field, apiJSONKind(typ.Type.Kind().String()), typ.Value)
	case strings.HasPrefix(err.Error(), "json: unknown field "):
		name, _ := strconv.Unquote(strings.TrimPrefix(err.Error(), "json: unknown field "))
		return apiBadRequest(name, "unknown field %q", name)
	}
	return apiBadRequest("", "cannot read the JSON body: %s", err)
}

// apiJSONKind names a Go kind as a JSON type.
func apiJSONKind(kind string) string {
	switch kind {
	case "string":
		return "a string"
	case "bool":
		return "true or false"
	case "slice", "array":
		return "an array"
	case "struct", "map":
		return "an object"
	case "int", "int64", "int32", "uint", "uint64", "float64":
		return "a number"
	}
	return kind
}
