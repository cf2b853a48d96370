package web

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

// apiProject resolves the {project} path value: a numeric id or a name.
func (s *Server) apiProject(r *http.Request) (enablemap.Project, error) {
	ref := r.PathValue("project")
	p, err := s.svc.ResolveProject(r.Context(), ref)
	if enablemap.ErrorCode(err) == enablemap.ENOTFOUND {
		return p, enablemap.Errorf(enablemap.ENOTFOUND, "no project with id or name %q (see GET %s/projects)", ref, apiPrefix)
	}
	return p, err
}

// apiProjectURL is the API address of a project, for Location headers.
func apiProjectURL(id int64) string {
	return fmt.Sprintf("%s/projects/%d", apiPrefix, id)
}

// apiQueryBool reads a yes/no query parameter; absent means false.
func apiQueryBool(r *http.Request, name string) (bool, error) {
	v := strings.TrimSpace(r.URL.Query().Get(name))
	if v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, apiBadRequest(name, "query parameter %s=%q is not true or false", name, v)
	}
	return b, nil
}

// apiPathID reads a numeric path value.
func apiPathID(r *http.Request, name string) (int64, error) {
	v := r.PathValue(name)
	id, err := strconv.ParseInt(v, 10, 64)
	if err != nil || id <= 0 {
		return 0, enablemap.Errorf(enablemap.ENOTFOUND, "%s %q is not a number; %s ids are numbers", name, v, name)
	}
	return id, nil
}

func (s *Server) apiListProjects(w http.ResponseWriter, r *http.Request) error {
	archived, err := apiQueryBool(r, "archived")
	if err != nil {
		return err
	}
	ps, err := s.svc.Projects(r.Context(), archived)
	if err != nil {
		return err
	}
	out := make([]projectJSON, 0, len(ps))
	for _, p := range ps {
		out = append(out, projectOut(p))
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) apiCreateProject(w http.ResponseWriter, r *http.Request) error {
	var req projectCreateRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	p, err := s.svc.CreateProject(r.Context(), service.NewProject{Name: req.Name, Description: req.Description,
		BuyingTemplate: req.BuyingTemplate, BuyingStages: req.BuyingStages, SalesStages: req.SalesStages})
	if err != nil {
		return err
	}
	w.Header().Set("Location", apiProjectURL(p.ID))
	writeJSON(w, http.StatusCreated, projectOut(p))
	return nil
}

func (s *Server) apiGetProject(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, projectOut(p))
	return nil
}

func (s *Server) apiPatchProject(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	var req projectPatchRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	p, err = s.svc.PatchProject(r.Context(), p.ID, service.ProjectPatch{Name: req.Name, Description: req.Description,
		SalesStages: req.SalesStages, BuyingStages: req.BuyingStages, Archived: req.Archived, Version: req.Version})
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, projectOut(p))
	return nil
}

func (s *Server) apiDeleteProject(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	if err := s.svc.DeleteProject(r.Context(), p.ID); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (s *Server) apiArchiveProject(w http.ResponseWriter, r *http.Request) error {
	return s.apiSetArchived(w, r, true)
}

func (s *Server) apiUnarchiveProject(w http.ResponseWriter, r *http.Request) error {
	return s.apiSetArchived(w, r, false)
}

func (s *Server) apiSetArchived(w http.ResponseWriter, r *http.Request, archived bool) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	p, err = s.svc.SetArchived(r.Context(), p.ID, archived)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, projectOut(p))
	return nil
}

func (s *Server) apiLoadDemo(w http.ResponseWriter, r *http.Request) error {
	reset, err := apiQueryBool(r, "reset")
	if err != nil {
		return err
	}
	p, created, err := s.svc.LoadDemo(r.Context(), reset)
	if err != nil {
		return err
	}
	status := http.StatusOK
	if created {
		status = http.StatusCreated
	}
	w.Header().Set("Location", apiProjectURL(p.ID))
	writeJSON(w, status, demoJSON{Project: projectOut(p), Created: created})
	return nil
}
