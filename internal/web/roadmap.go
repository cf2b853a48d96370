package web

import (
	"fmt"
	"net/http"
	"strconv"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

type holesData struct {
	Page
	Holes    []service.HoleRow
	Statuses []enablemap.RoadmapStatus
}

func (s *Server) holesPage(w http.ResponseWriter, r *http.Request) error {
	a, ws, err := s.analysisOf(r)
	if err != nil {
		return err
	}
	d := &holesData{Page: Page{Title: "Holes", Section: "holes", Project: &ws.Project}, Holes: service.BuildHoles(a, ws), Statuses: service.RoadmapStatuses}
	s.render(w, r, http.StatusOK, "holes", d)
	return nil
}

type roadmapData struct {
	Page
	service.RoadmapBoard
	GroupBy  string
	Groups   []service.RoadmapGroup
	Statuses []enablemap.RoadmapStatus
}

func (s *Server) roadmapPage(w http.ResponseWriter, r *http.Request) error {
	a, ws, err := s.analysisOf(r)
	if err != nil {
		return err
	}
	d := &roadmapData{Page: Page{Title: "Road map", Section: "roadmap", Project: &ws.Project}, RoadmapBoard: service.BuildRoadmap(a, ws),
		GroupBy: "stage", Statuses: service.RoadmapStatuses}
	d.Groups = d.ByStage
	if r.URL.Query().Get("group") == "status" {
		d.GroupBy, d.Groups = "status", d.ByStatus
	}
	s.render(w, r, http.StatusOK, "roadmap", d)
	return nil
}

// saveRoadmapItem creates an item (no id) or saves an edited one; the
// version the form was loaded with guards against overwriting a change made
// meanwhile.
func (s *Server) saveRoadmapItem(r *http.Request) (string, string, error) {
	p, err := s.projectOf(r)
	if err != nil {
		return "", "", err
	}
	f := r.PostForm
	it := enablemap.RoadmapItem{
		ResponseID: f.Get("activity"),
		Kind:       f.Get("kind"),
		Title:      f.Get("title"),
		Owner:      f.Get("owner"),
		Due:        f.Get("due"),
		Status:     enablemap.RoadmapStatus(f.Get("status")),
	}
	if id := f.Get("item"); id != "" {
		if it.ID, err = strconv.ParseInt(id, 10, 64); err != nil {
			return "", "", enablemap.FieldError("item", "no road-map item %q", id)
		}
		if it.Version, err = strconv.ParseInt(f.Get("version"), 10, 64); err != nil {
			return "", "", enablemap.FieldError("version", "the form lacks the item's version; reload the page")
		}
	}
	created := it.ID == 0
	if err := s.svc.SaveRoadmapItem(r.Context(), p.ID, &it); err != nil {
		return "", "", err
	}
	if created {
		return backOf(r, projectPath(p, "/roadmap")), fmt.Sprintf("Road-map item %q added (%s).", it.Title, statusLabel(it.Status)), nil
	}
	return backOf(r, projectPath(p, "/roadmap")), fmt.Sprintf("Road-map item %q saved: %s.", it.Title, statusLabel(it.Status)), nil
}

func (s *Server) deleteRoadmapItem(r *http.Request) (string, string, error) {
	p, err := s.projectOf(r)
	if err != nil {
		return "", "", err
	}
	id, err := strconv.ParseInt(r.PathValue("rid"), 10, 64)
	if err != nil {
		return "", "", enablemap.Errorf(enablemap.ENOTFOUND, "no road-map item %q", r.PathValue("rid"))
	}
	if err := s.svc.DeleteRoadmapItem(r.Context(), p.ID, id); err != nil {
		return "", "", err
	}
	return backOf(r, projectPath(p, "/roadmap")), "Road-map item deleted.", nil
}
