package web

import (
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

func (s *Server) apiListInterviews(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	sums, err := s.svc.InterviewSummaries(r.Context(), p.ID)
	if err != nil {
		return err
	}
	out := make([]interviewSummaryJSON, 0, len(sums))
	for _, sum := range sums {
		out = append(out, interviewSummaryJSON{interviewJSON: interviewOut(sum.Interview), ResponseCount: sum.Responses})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) apiGetInterview(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	in, rs, err := s.svc.Interview(r.Context(), p.ID, r.PathValue("interview"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, interviewDetailOut(in, rs))
	return nil
}

// apiReviewInterview marks an interview reviewed or back to review.
func (s *Server) apiReviewInterview(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	var req reviewRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	if req.Reviewed == nil {
		return apiBadRequest("reviewed", "say reviewed: true to mark the interview reviewed, or false to put it back to review")
	}
	id := r.PathValue("interview")
	if _, err := s.svc.ReviewInterview(r.Context(), p.ID, id, *req.Reviewed); err != nil {
		return err
	}
	in, rs, err := s.svc.Interview(r.Context(), p.ID, id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, interviewDetailOut(in, rs))
	return nil
}

// apiCreateInterview captures an interview whose id is in the body or, when
// left out, made from the interviewee and the date.
func (s *Server) apiCreateInterview(w http.ResponseWriter, r *http.Request) error {
	return s.apiSaveInterview(w, r, "", http.StatusCreated)
}

// apiPutInterview captures an interview under the id in the path, replacing
// the interview and all its responses when it exists.
func (s *Server) apiPutInterview(w http.ResponseWriter, r *http.Request) error {
	return s.apiSaveInterview(w, r, r.PathValue("interview"), http.StatusOK)
}

func (s *Server) apiSaveInterview(w http.ResponseWriter, r *http.Request, id string, status int) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	var req interviewRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	if id != "" {
		if req.ID != "" && req.ID != id {
			return enablemap.FieldError("interview_id", "the body names interview %q but the path names %q", req.ID, id)
		}
		req.ID = id
	}
	in, rs := req.domain()
	in, _, err = s.svc.SaveInterview(r.Context(), p.ID, in, rs)
	if err != nil {
		return err
	}
	// Read it back so the answer shows what was stored (positions included).
	in, stored, err := s.svc.Interview(r.Context(), p.ID, in.ID)
	if err != nil {
		return err
	}
	w.Header().Set("Location", fmt.Sprintf("%s/interviews/%s", apiProjectURL(p.ID), url.PathEscape(in.ID)))
	writeJSON(w, status, interviewDetailOut(in, stored))
	return nil
}

func (s *Server) apiDeleteInterview(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	if err := s.svc.DeleteInterview(r.Context(), p.ID, r.PathValue("interview")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

// importResultJSON is what an import wrote, with the file it read.
type importResultJSON struct {
	Kind string `json:"kind"`
	File string `json:"file"`
	enablemap.ImportResult
}

// apiImport reads one CSV or XLSX file, sent either as the "file" part of a
// multipart form or as the raw body, and writes it in one transaction.
func (s *Server) apiImport(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	kind, name := strings.TrimSpace(q.Get("kind")), apiFileName(q.Get("name"))
	strict, err := apiQueryBool(r, "strict_stages")
	if err != nil {
		return err
	}
	r.Body = http.MaxBytesReader(w, r.Body, apiMaxFileBody)
	var body io.Reader = r.Body
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt == "multipart/form-data" {
		mr, err := r.MultipartReader()
		if err != nil {
			return apiBadRequest("file", "cannot read the multipart form: %s", err)
		}
		// Parts are read as they stream in, so a kind given as a form field
		// must come before the file.
		for found := false; !found; {
			part, err := mr.NextPart()
			if err == io.EOF {
				return apiBadRequest("file", "the form has no part named \"file\"")
			}
			if err != nil {
				return apiBadRequest("file", "cannot read the multipart form: %s", err)
			}
			switch part.FormName() {
			case "kind":
				v, err := io.ReadAll(io.LimitReader(part, 100))
				if err != nil {
					return apiBadRequest("kind", "cannot read the kind field: %s", err)
				}
				kind = strings.TrimSpace(string(v))
			case "file":
				if name == "" {
					name = apiFileName(part.FileName())
				}
				body, found = part, true
			}
		}
	}
	if kind == "" {
		return enablemap.FieldError("kind", "say what the file holds: ?kind=interviews, materials or glossary")
	}
	if name == "" {
		// The importer tells XLSX from CSV by content; the name only has to
		// read well in error messages.
		name = strings.ToLower(kind) + ".csv"
		if strings.Contains(mt, "spreadsheetml") {
			name = strings.ToLower(kind) + ".xlsx"
		}
	}
	res, err := s.svc.Import(r.Context(), p.ID, kind, name, body, enablemap.ImportOptions{StrictStages: strict})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, importResultJSON{Kind: strings.ToLower(kind), File: name, ImportResult: res})
	return nil
}

// fileName keeps the last element of a client's file name: the name is only
// used to tell CSV from XLSX and to name the file in errors.
func apiFileName(name string) string {
	name = strings.TrimSpace(strings.ReplaceAll(name, `\`, "/"))
	if name == "" {
		return ""
	}
	return path.Base(name)
}

func (s *Server) apiListMaterials(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	ws, err := s.svc.Workspace(r.Context(), p.ID)
	if err != nil {
		return err
	}
	out := make([]materialJSON, 0, len(ws.Materials))
	for _, m := range ws.Materials {
		out = append(out, materialOut(m))
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) apiGetMaterial(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	d, err := s.svc.Material(r.Context(), p.ID, r.PathValue("material"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, materialDetailOut(d))
	return nil
}

func materialDetailOut(d service.MaterialDetail) materialDetailJSON {
	a := d.Analysis
	a.Matches = apiList(a.Matches)
	for i := range a.Matches {
		a.Matches[i].Reasons = apiList(a.Matches[i].Reasons)
	}
	return materialDetailJSON{materialJSON: materialOut(d.Material), Analysis: a}
}

func (s *Server) apiPutMaterial(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	var req materialRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	id := r.PathValue("material")
	if req.ID != "" && req.ID != id {
		return enablemap.FieldError("material_id", "the body names material %q but the path names %q", req.ID, id)
	}
	m := enablemap.Material{ID: id, Title: req.Title, Type: req.Type, Description: req.Description,
		URL: req.URL, Owner: req.Owner, Updated: req.Updated, Tags: req.Tags}
	if err := s.svc.SaveMaterial(r.Context(), p.ID, m); err != nil {
		return err
	}
	d, err := s.svc.Material(r.Context(), p.ID, id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, materialDetailOut(d))
	return nil
}

func (s *Server) apiDeleteMaterial(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	if err := s.svc.DeleteMaterial(r.Context(), p.ID, r.PathValue("material")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (s *Server) apiListGlossary(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	ws, err := s.svc.Workspace(r.Context(), p.ID)
	if err != nil {
		return err
	}
	out := make([]glossaryJSON, 0, len(ws.Glossary))
	for _, g := range ws.Glossary {
		out = append(out, glossaryJSON{Term: g.Term, Meaning: g.Meaning})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

// apiPutGlossaryTerm adds or changes the term named in the path. A term
// holding a slash ("qual / qual call") is sent with the slash escaped as %2F.
func (s *Server) apiPutGlossaryTerm(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	var req glossaryRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	term := r.PathValue("term")
	if req.Term != "" && !strings.EqualFold(strings.TrimSpace(req.Term), strings.TrimSpace(term)) {
		return enablemap.FieldError("term", "the body names term %q but the path names %q", req.Term, term)
	}
	g := enablemap.GlossaryTerm{Term: term, Meaning: req.Meaning}
	if err := s.svc.SaveGlossaryTerm(r.Context(), p.ID, g); err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, glossaryJSON{Term: strings.TrimSpace(g.Term), Meaning: strings.TrimSpace(g.Meaning)})
	return nil
}

func (s *Server) apiDeleteGlossaryTerm(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	if err := s.svc.DeleteGlossaryTerm(r.Context(), p.ID, r.PathValue("term")); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
