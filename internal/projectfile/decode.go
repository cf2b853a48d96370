package projectfile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// Limits on the values of a document, in characters. They match what the
// importer and the forms accept, with room for text edited afterwards.
const (
	maxIDLen   = 200
	maxTextLen = 100000
	maxErrors  = 100
)

var decisionKinds = map[enablemap.DecisionKind]bool{
	enablemap.ConfirmMatch: true, enablemap.RejectMatch: true, enablemap.SetAside: true,
	enablemap.KeepMaterial: true, enablemap.Rename: true, enablemap.Move: true,
	enablemap.Relevance: true, enablemap.Merge: true, enablemap.Split: true,
	enablemap.MoveResponse: true, enablemap.MarkWant: true, enablemap.Accept: true,
}

var roadmapStatuses = map[enablemap.RoadmapStatus]bool{
	enablemap.Planned: true, enablemap.InProgress: true, enablemap.Done: true,
}

// Decode reads a project document. It checks every value and returns an
// enablemap.Errors whose errors name the file and the JSON path of the value
// at fault (e.g. "interviews[3].responses[2].activity") and no workspace when
// anything is wrong. Database ids are left zero and decisions get Seq 1, 2, 3
// in document order; a store assigns its own on restore.
func Decode(name string, r io.Reader) (enablemap.Workspace, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxBytes+1))
	if err != nil {
		return enablemap.Workspace{}, fmt.Errorf("read %s: %w", name, err)
	}
	w := &walker{file: name}
	if len(data) > MaxBytes {
		w.fail("", "the file is larger than %d MiB", MaxBytes>>20)
		return enablemap.Workspace{}, w.errs
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var root any
	if err := dec.Decode(&root); err != nil {
		w.fail("", "%s", syntaxProblem(data, err))
		return enablemap.Workspace{}, w.errs
	}
	if _, err := dec.Token(); err != io.EOF {
		w.fail("", "there is more after the end of the JSON document")
		return enablemap.Workspace{}, w.errs
	}
	ws := w.document(root)
	if len(w.errs) > 0 {
		return enablemap.Workspace{}, w.errs
	}
	return ws, nil
}

// syntaxProblem turns a JSON decoding error into a message with a line and
// column, which encoding/json gives only as a byte offset.
func syntaxProblem(data []byte, err error) string {
	var se *json.SyntaxError
	if errors.As(err, &se) {
		line, col := position(data, se.Offset)
		return fmt.Sprintf("the file is not valid JSON: %v (line %d, column %d)", se, line, col)
	}
	if errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) {
		return "the file is empty or ends too early; it should be a JSON object"
	}
	return fmt.Sprintf("the file is not valid JSON: %v", err)
}

func position(data []byte, offset int64) (line, col int) {
	offset = min(max(offset, 0), int64(len(data)))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	return line, max(col, 1)
}

// walker checks a decoded JSON value against the document's shape, one path
// at a time, and gathers the errors.
type walker struct {
	file string
	errs enablemap.Errors
}

func (w *walker) fail(path, format string, args ...any) {
	if len(w.errs) > maxErrors {
		return
	}
	msg := fmt.Sprintf(format, args...)
	if len(w.errs) == maxErrors {
		path, msg = "", fmt.Sprintf("more than %d errors; stopped looking", maxErrors)
	}
	// Error prints the file, not the field, so the path leads the message.
	if path != "" {
		msg = path + ": " + msg
	}
	w.errs = append(w.errs, &enablemap.Error{Code: enablemap.EINVALID, File: w.file, Field: path, Message: msg})
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

func index(path string, i int) string { return fmt.Sprintf("%s[%d]", path, i) }

// object returns v as an object, reporting a wrong type and any key it does
// not know: a misspelt key would otherwise lose its value without a word.
func (w *walker) object(v any, path string, known ...string) (map[string]any, bool) {
	m, ok := v.(map[string]any)
	if !ok {
		w.fail(path, "should be an object, not %s", kindOf(v))
		return nil, false
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		if !contains(known, k) {
			w.fail(join(path, k), "unknown field")
		}
	}
	return m, true
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case bool:
		return "true or false"
	case json.Number:
		return "a number"
	case string:
		return "a string"
	case []any:
		return "a list"
	case map[string]any:
		return "an object"
	}
	return fmt.Sprintf("%T", v)
}

// str reads a string field; an absent or null field is "". One-line values
// (ids, names, stages) may not hold line breaks.
func (w *walker) str(m map[string]any, path, key string, required bool, maxLen int) string {
	p := join(path, key)
	v, present := m[key]
	if !present || v == nil {
		if required {
			w.fail(p, "is required")
		}
		return ""
	}
	s, ok := v.(string)
	if !ok {
		w.fail(p, "should be a string, not %s", kindOf(v))
		return ""
	}
	switch {
	case required && strings.TrimSpace(s) == "":
		w.fail(p, "is required")
		return ""
	case utf8.RuneCountInString(s) > maxLen:
		w.fail(p, "has %d characters; the limit is %d", utf8.RuneCountInString(s), maxLen)
		return ""
	case strings.ContainsRune(s, 0):
		w.fail(p, "holds a NUL character")
		return ""
	case maxLen == maxIDLen && strings.ContainsAny(s, "\r\n"):
		w.fail(p, "holds a line break; it must be on one line")
		return ""
	}
	return s
}

func (w *walker) boolean(m map[string]any, path, key string) bool {
	v, present := m[key]
	if !present || v == nil {
		return false
	}
	b, ok := v.(bool)
	if !ok {
		w.fail(join(path, key), "should be true or false, not %s", kindOf(v))
	}
	return b
}

// position reads a 1-based position; 0 means absent.
func (w *walker) position(m map[string]any, path, key string) int {
	v, present := m[key]
	if !present || v == nil {
		return 0
	}
	n, ok := v.(json.Number)
	if !ok {
		w.fail(join(path, key), "should be a number, not %s", kindOf(v))
		return 0
	}
	i, err := n.Int64()
	if err != nil || i < 1 || i > 1<<31-1 {
		w.fail(join(path, key), "should be a whole number from 1, not %s", n)
		return 0
	}
	return int(i)
}

// list reads an array field; absent or null is an empty list.
func (w *walker) list(m map[string]any, path, key string) []any {
	v, present := m[key]
	if !present || v == nil {
		return nil
	}
	l, ok := v.([]any)
	if !ok {
		w.fail(join(path, key), "should be a list, not %s", kindOf(v))
		return nil
	}
	return l
}

func (w *walker) strs(m map[string]any, path, key string) []string {
	p := join(path, key)
	var out []string
	for i, v := range w.list(m, path, key) {
		s, ok := v.(string)
		if !ok {
			w.fail(index(p, i), "should be a string, not %s", kindOf(v))
			continue
		}
		if utf8.RuneCountInString(s) > maxIDLen || strings.TrimSpace(s) == "" || strings.ContainsAny(s, "\x00\r\n") {
			w.fail(index(p, i), "should be a non-empty line of at most %d characters", maxIDLen)
			continue
		}
		out = append(out, s)
	}
	return out
}

// date reads a YYYY-MM-DD field or "".
func (w *walker) date(m map[string]any, path, key string) string {
	s := w.str(m, path, key, false, maxIDLen)
	if s == "" {
		return ""
	}
	if _, err := time.Parse("2006-01-02", s); err != nil {
		w.fail(join(path, key), "%q is not a date written YYYY-MM-DD", s)
		return ""
	}
	return s
}

func (w *walker) document(root any) enablemap.Workspace {
	m, ok := w.object(root, "", "format", "version", "project", "interviews", "glossary", "materials", "decisions", "roadmap")
	if !ok {
		return enablemap.Workspace{}
	}
	// Check what the document is before anything else: a file of another
	// kind or version would give a flood of misleading errors.
	if f, _ := m["format"].(string); f != Format {
		w.errs = nil
		w.fail("format", "should be %q; this is not an enablemap project file", Format)
		return enablemap.Workspace{}
	}
	if n, _ := m["version"].(json.Number); n.String() != fmt.Sprint(Version) {
		w.errs = nil
		if n == "" {
			w.fail("version", "is missing or not a number; this enablemap reads version %d", Version)
		} else {
			w.fail("version", "version %s is not supported; this enablemap reads version %d (a newer enablemap may have written the file)", n, Version)
		}
		return enablemap.Workspace{}
	}
	var ws enablemap.Workspace
	ws.Project = w.project(m["project"])
	w.interviews(m, &ws)
	w.glossary(m, &ws)
	w.materials(m, &ws)
	w.decisions(m, &ws)
	w.roadmap(m, &ws)
	return ws
}

// maxGuideLen bounds one question of the interview guide.
const maxGuideLen = 1000

func (w *walker) project(v any) enablemap.Project {
	const path = "project"
	m, ok := w.object(v, path, "name", "description", "archived", "sales_stages", "buying_stages", "guide")
	if !ok {
		return enablemap.Project{}
	}
	p := enablemap.Project{
		Name:         w.str(m, path, "name", true, maxIDLen),
		Description:  w.str(m, path, "description", false, maxTextLen),
		Archived:     w.boolean(m, path, "archived"),
		SalesStages:  w.strs(m, path, "sales_stages"),
		BuyingStages: w.strs(m, path, "buying_stages"),
	}
	for i, q := range w.list(m, path, "guide") {
		s, ok := q.(string)
		if !ok || strings.TrimSpace(s) == "" || utf8.RuneCountInString(s) > maxGuideLen {
			w.fail(index(join(path, "guide"), i), "should be a question of at most %d characters", maxGuideLen)
			continue
		}
		p.Guide = append(p.Guide, s)
	}
	for _, f := range []struct {
		key    string
		stages []string
	}{{"sales_stages", p.SalesStages}, {"buying_stages", p.BuyingStages}} {
		if err := enablemap.ValidateStages(join(path, f.key), f.stages); err != nil {
			var e *enablemap.Error
			if errors.As(err, &e) {
				w.fail(join(path, f.key), "%s", e.Message)
			}
		}
	}
	return p
}

// ordered is an item with a position that may be absent.
type ordered struct {
	pos  int
	path string
}

// placePositions gives items without a position one after every given
// position, in document order, and reports positions used twice.
func (w *walker) placePositions(items []ordered) []int {
	out := make([]int, len(items))
	used := map[int]string{}
	next := 0
	for _, it := range items {
		next = max(next, it.pos)
	}
	for i, it := range items {
		if it.pos == 0 {
			next++
			out[i] = next
			continue
		}
		if prev, dup := used[it.pos]; dup {
			w.fail(join(it.path, "position"), "position %d is also used by %s", it.pos, prev)
		}
		used[it.pos] = it.path
		out[i] = it.pos
	}
	return out
}

func (w *walker) interviews(root map[string]any, ws *enablemap.Workspace) {
	interviewIDs := map[string]string{}
	responseIDs := map[string]string{}
	var positions []ordered
	for i, v := range w.list(root, "", "interviews") {
		path := index("interviews", i)
		m, ok := w.object(v, path, "id", "interviewee", "role", "region", "date", "interviewer", "from_link", "responses")
		if !ok {
			continue
		}
		in := enablemap.Interview{
			ID:          w.str(m, path, "id", true, maxIDLen),
			Interviewee: w.str(m, path, "interviewee", false, maxIDLen),
			Role:        w.str(m, path, "role", false, maxIDLen),
			Region:      w.str(m, path, "region", false, maxIDLen),
			Date:        w.date(m, path, "date"),
			Interviewer: w.str(m, path, "interviewer", false, maxIDLen),
			FromLink:    w.boolean(m, path, "from_link"),
		}
		if prev, dup := interviewIDs[in.ID]; dup && in.ID != "" {
			w.fail(join(path, "id"), "interview id %q is also used by %s", in.ID, prev)
		}
		interviewIDs[in.ID] = path
		ws.Interviews = append(ws.Interviews, in)
		for j, rv := range w.list(m, path, "responses") {
			rpath := index(join(path, "responses"), j)
			rm, ok := w.object(rv, rpath, "id", "position", "from_stage", "to_stage", "activity", "goal", "notes")
			if !ok {
				continue
			}
			r := enablemap.Response{
				ID:          w.str(rm, rpath, "id", true, maxIDLen),
				InterviewID: in.ID,
				FromStage:   w.str(rm, rpath, "from_stage", true, maxIDLen),
				ToStage:     w.str(rm, rpath, "to_stage", true, maxIDLen),
				Activity:    w.str(rm, rpath, "activity", false, maxTextLen),
				Goal:        w.str(rm, rpath, "goal", false, maxTextLen),
				Notes:       w.str(rm, rpath, "notes", false, maxTextLen),
			}
			if prev, dup := responseIDs[r.ID]; dup && r.ID != "" {
				w.fail(join(rpath, "id"), "response id %q is also used by %s", r.ID, prev)
			}
			responseIDs[r.ID] = rpath
			positions = append(positions, ordered{pos: w.position(rm, rpath, "position"), path: rpath})
			ws.Responses = append(ws.Responses, r)
		}
	}
	for i, p := range w.placePositions(positions) {
		ws.Responses[i].Position = p
	}
	sort.SliceStable(ws.Responses, func(i, j int) bool { return ws.Responses[i].Position < ws.Responses[j].Position })
}

func (w *walker) glossary(root map[string]any, ws *enablemap.Workspace) {
	seen := map[string]string{}
	for i, v := range w.list(root, "", "glossary") {
		path := index("glossary", i)
		m, ok := w.object(v, path, "term", "meaning")
		if !ok {
			continue
		}
		g := enablemap.GlossaryTerm{Term: w.str(m, path, "term", true, maxIDLen), Meaning: w.str(m, path, "meaning", true, maxTextLen)}
		if prev, dup := seen[g.Term]; dup && g.Term != "" {
			w.fail(join(path, "term"), "term %q is also defined by %s", g.Term, prev)
		}
		seen[g.Term] = path
		ws.Glossary = append(ws.Glossary, g)
	}
}

func (w *walker) materials(root map[string]any, ws *enablemap.Workspace) {
	seen := map[string]string{}
	var positions []ordered
	for i, v := range w.list(root, "", "materials") {
		path := index("materials", i)
		m, ok := w.object(v, path, "id", "position", "title", "type", "description", "url", "owner", "updated", "tags")
		if !ok {
			continue
		}
		mat := enablemap.Material{
			ID:          w.str(m, path, "id", true, maxIDLen),
			Title:       w.str(m, path, "title", false, maxTextLen),
			Type:        w.str(m, path, "type", false, maxIDLen),
			Description: w.str(m, path, "description", false, maxTextLen),
			URL:         w.str(m, path, "url", false, maxTextLen),
			Owner:       w.str(m, path, "owner", false, maxIDLen),
			Updated:     w.date(m, path, "updated"),
			Tags:        w.strs(m, path, "tags"),
		}
		if prev, dup := seen[mat.ID]; dup && mat.ID != "" {
			w.fail(join(path, "id"), "material id %q is also used by %s", mat.ID, prev)
		}
		seen[mat.ID] = path
		positions = append(positions, ordered{pos: w.position(m, path, "position"), path: path})
		ws.Materials = append(ws.Materials, mat)
	}
	for i, p := range w.placePositions(positions) {
		ws.Materials[i].Position = p
	}
	sort.SliceStable(ws.Materials, func(i, j int) bool { return ws.Materials[i].Position < ws.Materials[j].Position })
}

func (w *walker) decisions(root map[string]any, ws *enablemap.Workspace) {
	for i, v := range w.list(root, "", "decisions") {
		path := index("decisions", i)
		m, ok := w.object(v, path, "kind", "response_id", "other_response_id", "material_id", "text", "reason", "author", "created_at")
		if !ok {
			continue
		}
		d := enablemap.Decision{
			Seq:             int64(len(ws.Decisions) + 1),
			Kind:            enablemap.DecisionKind(w.str(m, path, "kind", true, maxIDLen)),
			ResponseID:      w.str(m, path, "response_id", false, maxIDLen),
			OtherResponseID: w.str(m, path, "other_response_id", false, maxIDLen),
			MaterialID:      w.str(m, path, "material_id", false, maxIDLen),
			Text:            w.str(m, path, "text", false, maxTextLen),
			Reason:          w.str(m, path, "reason", false, maxTextLen),
			Author:          w.str(m, path, "author", false, maxIDLen),
		}
		if d.Kind != "" && !decisionKinds[d.Kind] {
			w.fail(join(path, "kind"), "unknown decision kind %q", d.Kind)
		}
		// Each kind needs the references it acts on.
		needs := map[string]bool{}
		switch d.Kind {
		case enablemap.ConfirmMatch, enablemap.RejectMatch:
			needs["response_id"], needs["material_id"] = true, true
		case enablemap.SetAside, enablemap.KeepMaterial:
			needs["material_id"] = true
		case enablemap.Merge, enablemap.MoveResponse:
			needs["response_id"], needs["other_response_id"] = true, true
		case enablemap.Rename, enablemap.Move, enablemap.Relevance, enablemap.Split, enablemap.MarkWant, enablemap.Accept:
			needs["response_id"] = true
		}
		for _, f := range []struct {
			key, val string
		}{{"response_id", d.ResponseID}, {"other_response_id", d.OtherResponseID}, {"material_id", d.MaterialID}} {
			if needs[f.key] && f.val == "" {
				w.fail(join(path, f.key), "is required for a %s decision", d.Kind)
			}
		}
		if s := w.str(m, path, "created_at", false, maxIDLen); s != "" {
			t, err := time.Parse(time.RFC3339, s)
			if err != nil {
				w.fail(join(path, "created_at"), "%q is not an RFC 3339 time such as 2024-03-01T09:30:00Z", s)
			}
			d.CreatedAt = t.UTC()
		}
		ws.Decisions = append(ws.Decisions, d)
	}
}

func (w *walker) roadmap(root map[string]any, ws *enablemap.Workspace) {
	for i, v := range w.list(root, "", "roadmap") {
		path := index("roadmap", i)
		m, ok := w.object(v, path, "response_id", "kind", "title", "owner", "due", "status")
		if !ok {
			continue
		}
		it := enablemap.RoadmapItem{
			ResponseID: w.str(m, path, "response_id", false, maxIDLen),
			Kind:       w.str(m, path, "kind", false, maxIDLen),
			Title:      w.str(m, path, "title", false, maxTextLen),
			Owner:      w.str(m, path, "owner", false, maxIDLen),
			Due:        w.date(m, path, "due"),
			Status:     enablemap.RoadmapStatus(w.str(m, path, "status", true, maxIDLen)),
		}
		if it.Status != "" && !roadmapStatuses[it.Status] {
			w.fail(join(path, "status"), "unknown status %q; use planned, in_progress or done", it.Status)
		}
		ws.Roadmap = append(ws.Roadmap, it)
	}
}
