package web

import (
	"encoding/json"
	"fmt"
	"mime"
	"net/http"
	"net/http/httptest"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
)

var pathParam = regexp.MustCompile(`\{(\w+)\}`)

// openAPIMethods are the operation keys of an OpenAPI path item.
var openAPIMethods = []string{"get", "put", "post", "delete", "patch", "head", "options", "trace"}

func loadOpenAPI(t *testing.T) map[string]any {
	t.Helper()
	var doc map[string]any
	if err := json.Unmarshal(openAPIDocument, &doc); err != nil {
		t.Fatalf("openapi.json is not valid JSON: %v", err)
	}
	return doc
}

// TestOpenAPIListsExactlyTheRoutes checks the document against the route
// table in both directions, so a route cannot be added or removed without
// the document following.
func TestOpenAPIListsExactlyTheRoutes(t *testing.T) {
	doc := loadOpenAPI(t)
	paths, ok := doc["paths"].(map[string]any)
	if !ok {
		t.Fatalf("openapi.json has no paths object")
	}
	var documented []string
	for path, item := range paths {
		for method := range item.(map[string]any) {
			if slices.Contains(openAPIMethods, method) {
				documented = append(documented, strings.ToUpper(method)+" "+path)
			}
		}
	}
	var served []string
	for _, rt := range apiRoutes() {
		served = append(served, rt.method+" "+rt.path)
	}
	slices.Sort(documented)
	slices.Sort(served)
	if dup := slices.Compact(slices.Clone(served)); len(dup) != len(served) {
		t.Fatalf("the route table lists a route twice")
	}
	for _, r := range served {
		if !slices.Contains(documented, r) {
			t.Errorf("route %s is not in openapi.json", r)
		}
	}
	for _, d := range documented {
		if !slices.Contains(served, d) {
			t.Errorf("openapi.json lists %s, which is not served", d)
		}
	}
}

// TestAPIRoutesAreRegistered asks a ServeMux set up by registerAPI which
// pattern serves each route, with sample values in the wildcards.
func TestAPIRoutesAreRegistered(t *testing.T) {
	mux := &router{ServeMux: http.NewServeMux(), guard: func(_ string, h http.Handler) http.Handler { return h }}
	(&Server{}).registerAPI(mux)
	for _, rt := range apiRoutes() {
		path := pathParam.ReplaceAllString(rt.path, "x1")
		req := httptest.NewRequest(rt.method, path, nil)
		if _, pattern := mux.Handler(req); pattern != rt.method+" "+rt.path {
			t.Errorf("%s %s is served by pattern %q", rt.method, path, pattern)
		}
	}
}

func TestOpenAPIBasics(t *testing.T) {
	doc := loadOpenAPI(t)
	if v, _ := doc["openapi"].(string); !strings.HasPrefix(v, "3.") {
		t.Fatalf("openapi = %q, want 3.x", v)
	}
	info, _ := doc["info"].(map[string]any)
	if info["title"] == nil || info["version"] == nil {
		t.Fatalf("info lacks title or version: %v", info)
	}
	components, _ := doc["components"].(map[string]any)
	parameters, _ := components["parameters"].(map[string]any)

	opIDs := map[string]string{}
	for path, item := range doc["paths"].(map[string]any) {
		for method, raw := range item.(map[string]any) {
			if !slices.Contains(openAPIMethods, method) {
				continue
			}
			name := strings.ToUpper(method) + " " + path
			op := raw.(map[string]any)
			id, _ := op["operationId"].(string)
			if id == "" {
				t.Errorf("%s has no operationId", name)
			} else if other, ok := opIDs[id]; ok {
				t.Errorf("%s and %s share operationId %q", name, other, id)
			}
			opIDs[id] = name
			if rs, _ := op["responses"].(map[string]any); len(rs) == 0 {
				t.Errorf("%s lists no responses", name)
			}
			// Every wildcard of the path must be declared as a required
			// path parameter.
			declared := map[string]bool{}
			params, _ := op["parameters"].([]any)
			for _, p := range params {
				pm := p.(map[string]any)
				if ref, ok := pm["$ref"].(string); ok {
					pm, _ = parameters[strings.TrimPrefix(ref, "#/components/parameters/")].(map[string]any)
				}
				if pm["in"] == "path" && pm["required"] == true {
					declared[pm["name"].(string)] = true
				}
			}
			for _, m := range pathParam.FindAllStringSubmatch(path, -1) {
				if !declared[m[1]] {
					t.Errorf("%s does not declare path parameter %q", name, m[1])
				}
			}
			if body, ok := op["requestBody"].(map[string]any); ok {
				if content, _ := body["content"].(map[string]any); len(content) == 0 {
					t.Errorf("%s has a request body without content", name)
				}
			}
		}
	}

	// Every $ref must point at something in the document.
	var walk func(v any)
	walk = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if ref, ok := v["$ref"].(string); ok {
				if resolve(doc, ref) == nil {
					t.Errorf("$ref %q points at nothing", ref)
				}
			}
			for _, x := range v {
				walk(x)
			}
		case []any:
			for _, x := range v {
				walk(x)
			}
		}
	}
	walk(doc)
}

// resolve follows a local JSON pointer ("#/components/schemas/Project").
func resolve(doc map[string]any, ref string) any {
	if !strings.HasPrefix(ref, "#/") {
		return nil
	}
	var cur any = doc
	for _, part := range strings.Split(strings.TrimPrefix(ref, "#/"), "/") {
		m, ok := cur.(map[string]any)
		if !ok {
			return nil
		}
		cur = m[strings.ReplaceAll(strings.ReplaceAll(part, "~1", "/"), "~0", "~")]
	}
	return cur
}

// openAPIDoc is the parsed document, shared by the scenario tests.
var openAPIDoc = sync.OnceValues(func() (map[string]any, error) {
	var doc map[string]any
	err := json.Unmarshal(openAPIDocument, &doc)
	return doc, err
})

// checkAgainstOpenAPI checks a JSON answer against the schema the document
// gives for its route and status, so the document cannot drift from what
// the handlers write.
func checkAgainstOpenAPI(t *testing.T, req *http.Request, rec *httptest.ResponseRecorder) {
	t.Helper()
	doc, err := openAPIDoc()
	if err != nil {
		t.Fatalf("openapi.json: %v", err)
	}
	mux := &router{ServeMux: http.NewServeMux(), guard: func(_ string, h http.Handler) http.Handler { return h }}
	(&Server{}).registerAPI(mux)
	_, pattern := mux.Handler(req)
	method, path, ok := strings.Cut(pattern, " ")
	if !ok {
		return // the catch-all, which the document does not describe
	}
	op, _ := resolvePath(doc, "paths", path, strings.ToLower(method)).(map[string]any)
	if op == nil {
		t.Fatalf("%s is not in openapi.json", pattern)
	}
	resp, _ := resolvePath(op, "responses", strconv.Itoa(rec.Code)).(map[string]any)
	if ref, ok := resp["$ref"].(string); ok {
		resp, _ = resolve(doc, ref).(map[string]any)
	}
	if resp == nil {
		t.Fatalf("%s: status %d is not documented", pattern, rec.Code)
	}
	ct, _, _ := mime.ParseMediaType(rec.Header().Get("Content-Type"))
	content, _ := resp["content"].(map[string]any)
	if len(content) == 0 {
		if rec.Body.Len() > 0 {
			t.Fatalf("%s: status %d documents no body but one was sent", pattern, rec.Code)
		}
		return
	}
	media, _ := content[ct].(map[string]any)
	if media == nil {
		t.Fatalf("%s: status %d documents no %s content", pattern, rec.Code, ct)
	}
	if ct != "application/json" {
		return
	}
	var v any
	if err := json.Unmarshal(rec.Body.Bytes(), &v); err != nil {
		t.Fatalf("%s: answer is not JSON: %v", pattern, err)
	}
	if err := matchSchema(doc, media["schema"], v, "$"); err != nil {
		t.Fatalf("%s: answer does not fit openapi.json: %v", pattern, err)
	}
}

func resolvePath(v any, keys ...string) any {
	for _, k := range keys {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// matchSchema checks a JSON value against the subset of JSON Schema the
// document uses: $ref, allOf, oneOf, type, properties, required, items and
// enum. Objects must not hold properties the schema does not name.
func matchSchema(doc map[string]any, schema any, v any, at string) error {
	s, _ := schema.(map[string]any)
	if s == nil {
		return nil
	}
	if ref, ok := s["$ref"].(string); ok {
		return matchSchema(doc, resolve(doc, ref), v, at)
	}
	if parts, ok := s["oneOf"].([]any); ok {
		var errs []string
		for _, p := range parts {
			err := matchSchema(doc, p, v, at)
			if err == nil {
				return nil
			}
			errs = append(errs, err.Error())
		}
		return fmt.Errorf("%s fits none of oneOf: %s", at, strings.Join(errs, "; "))
	}
	if parts, ok := s["allOf"].([]any); ok {
		// The parts together name the allowed properties.
		merged := map[string]any{"type": "object", "properties": map[string]any{}}
		var required []any
		for _, p := range parts {
			ps := p.(map[string]any)
			if ref, ok := ps["$ref"].(string); ok {
				ps = resolve(doc, ref).(map[string]any)
			}
			for k, prop := range ps["properties"].(map[string]any) {
				merged["properties"].(map[string]any)[k] = prop
			}
			if r, ok := ps["required"].([]any); ok {
				required = append(required, r...)
			}
		}
		merged["required"] = required
		return matchSchema(doc, merged, v, at)
	}
	if enum, ok := s["enum"].([]any); ok && !slices.Contains(enum, v) {
		return fmt.Errorf("%s = %v is not one of %v", at, v, enum)
	}
	switch s["type"] {
	case "null":
		if v != nil {
			return fmt.Errorf("%s is %T, want null", at, v)
		}
	case "string":
		if _, ok := v.(string); !ok {
			return fmt.Errorf("%s is %T, want a string", at, v)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			return fmt.Errorf("%s is %T, want a boolean", at, v)
		}
	case "number":
		if _, ok := v.(float64); !ok {
			return fmt.Errorf("%s is %T, want a number", at, v)
		}
	case "integer":
		if f, ok := v.(float64); !ok || f != float64(int64(f)) {
			return fmt.Errorf("%s is %v, want an integer", at, v)
		}
	case "array":
		items, ok := v.([]any)
		if !ok {
			return fmt.Errorf("%s is %T, want an array", at, v)
		}
		for i, x := range items {
			if err := matchSchema(doc, s["items"], x, fmt.Sprintf("%s[%d]", at, i)); err != nil {
				return err
			}
		}
	case "object":
		obj, ok := v.(map[string]any)
		if !ok {
			return fmt.Errorf("%s is %T, want an object", at, v)
		}
		props, _ := s["properties"].(map[string]any)
		if props == nil {
			return nil // a free-form object
		}
		for _, r := range s["required"].([]any) {
			if _, ok := obj[r.(string)]; !ok {
				return fmt.Errorf("%s lacks required %q", at, r)
			}
		}
		for k, x := range obj {
			p, ok := props[k]
			if !ok {
				return fmt.Errorf("%s has %q, which the schema does not name", at, k)
			}
			if err := matchSchema(doc, p, x, at+"."+k); err != nil {
				return err
			}
		}
	}
	return nil
}
