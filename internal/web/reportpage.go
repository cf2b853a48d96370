package web

import (
	"net/http"

	"github.com/enablemap/enablemap/internal/enablemap"
)

type reportPageData struct {
	Page
	Figures enablemap.Figures
	Charts  []export
	Files   []export
}

// reportPage shows the pictures for sales leadership (the map and the
// charts) and offers the report in every format.
func (s *Server) reportPage(w http.ResponseWriter, r *http.Request) error {
	p, err := s.projectOf(r)
	if err != nil {
		return err
	}
	a, _, err := s.svc.Analyze(r.Context(), p.ID)
	if err != nil {
		return err
	}
	d := &reportPageData{Page: Page{Title: "Report", Section: "report", Project: &p}, Figures: a.Figures}
	for _, e := range exports {
		if e.Listed {
			d.Files = append(d.Files, e)
		} else {
			d.Charts = append(d.Charts, e)
		}
	}
	s.render(w, r, http.StatusOK, "report", d)
	return nil
}
