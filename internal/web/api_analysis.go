package web

import (
	"bytes"
	"fmt"
	"net/http"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/report"
	"github.com/enablemap/enablemap/internal/service"
)

// apiAnalysis writes the whole analysis in the JSON output contract
// (docs/json.md), the same document 'enablemap report --format json' writes.
func (s *Server) apiAnalysis(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	a, ws, err := s.svc.Analyze(r.Context(), p.ID)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := report.JSON(&buf, report.Data{Analysis: a, Workspace: ws}); err != nil {
		return fmt.Errorf("analysis of project %d: %w", p.ID, err)
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	w.Header().Set("X-Content-Type-Options", "nosniff")
	_, err = w.Write(buf.Bytes())
	return err
}

// activityOut fills an activity's empty lists so JSON shows [] as the
// output contract promises.
func activityOut(a enablemap.Activity) enablemap.Activity {
	a.SalesTransitions = apiList(a.SalesTransitions)
	a.ResponseIDs = apiList(a.ResponseIDs)
	a.MaterialTypesNeeded = apiList(a.MaterialTypesNeeded)
	a.MaterialIDs = apiList(a.MaterialIDs)
	a.ServedBy = apiList(a.ServedBy)
	a.Reasons = apiList(a.Reasons)
	return a
}

func (s *Server) apiListActivities(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	q := r.URL.Query()
	acts, err := s.svc.Activities(r.Context(), p.ID, service.ActivityFilter{Stage: q.Get("stage"), Coverage: q.Get("coverage")})
	if err != nil {
		return err
	}
	out := make([]enablemap.Activity, 0, len(acts))
	for _, a := range acts {
		out = append(out, activityOut(a))
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) apiGetActivity(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	d, err := s.svc.Activity(r.Context(), p.ID, r.PathValue("activity"))
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, activityDetailOut(d))
	return nil
}

func (s *Server) apiHoles(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	holes, err := s.svc.Holes(r.Context(), p.ID)
	if err != nil {
		return err
	}
	out := make([]holeJSON, 0, len(holes))
	for _, h := range holes {
		hole := h.Hole
		hole.MaterialTypes = apiList(hole.MaterialTypes)
		hole.Reasons = apiList(hole.Reasons)
		items := make([]roadmapItemJSON, 0, len(h.Roadmap))
		for _, it := range h.Roadmap {
			items = append(items, roadmapOut(service.RoadmapView{Item: it, ActivityID: h.Activity.ID, ActivityName: h.Activity.Name}))
		}
		out = append(out, holeJSON{Hole: hole, Activity: activityOut(h.Activity), Roadmap: items})
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) apiFigures(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	a, _, err := s.svc.Analyze(r.Context(), p.ID)
	if err != nil {
		return err
	}
	f := a.Figures
	f.ByStage = apiList(f.ByStage)
	writeJSON(w, http.StatusOK, f)
	return nil
}

func (s *Server) apiWants(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	wants, err := s.svc.Wants(r.Context(), p.ID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, apiList(wants))
	return nil
}

func (s *Server) apiListDecisions(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	ds, err := s.svc.Decisions(r.Context(), p.ID)
	if err != nil {
		return err
	}
	out := make([]decisionJSON, 0, len(ds))
	for _, d := range ds {
		out = append(out, decisionOut(d))
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) apiCreateDecision(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	// base_seq, when given, is the newest decision the client had seen: a
	// newer decision on the same activity or material refuses this one.
	var req struct {
		decisionRequest
		BaseSeq *int64 `json:"base_seq"`
	}
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	d, err := service.DecisionRequest(req.decisionRequest).Decision()
	if err != nil {
		return err
	}
	base := int64(-1)
	if req.BaseSeq != nil {
		if *req.BaseSeq < 0 {
			return enablemap.FieldError("base_seq", "base_seq must be a decision number (0 or more)")
		}
		base = *req.BaseSeq
	}
	d, err = s.svc.DecideFrom(r.Context(), p.ID, d, base)
	if err != nil {
		return err
	}
	w.Header().Set("Location", fmt.Sprintf("%s/decisions/%d", apiProjectURL(p.ID), d.ID))
	writeJSON(w, http.StatusCreated, decisionOut(d))
	return nil
}

func (s *Server) apiDeleteDecision(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	id, err := apiPathID(r, "decision")
	if err != nil {
		return err
	}
	if err := s.svc.DeleteDecision(r.Context(), p.ID, id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}

func (s *Server) apiListRoadmap(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	items, err := s.svc.Roadmap(r.Context(), p.ID)
	if err != nil {
		return err
	}
	out := make([]roadmapItemJSON, 0, len(items))
	for _, it := range items {
		out = append(out, roadmapOut(it))
	}
	writeJSON(w, http.StatusOK, out)
	return nil
}

func (s *Server) apiGetRoadmapItem(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	id, err := apiPathID(r, "item")
	if err != nil {
		return err
	}
	v, err := s.svc.RoadmapItem(r.Context(), p.ID, id)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, roadmapOut(v))
	return nil
}

func (s *Server) apiCreateRoadmapItem(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	var req roadmapRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	if req.Version != 0 {
		return enablemap.FieldError("version", "a new road-map item has no version yet; leave it out")
	}
	it := req.domain()
	if err := s.svc.SaveRoadmapItem(r.Context(), p.ID, &it); err != nil {
		return err
	}
	v, err := s.svc.RoadmapItem(r.Context(), p.ID, it.ID)
	if err != nil {
		return err
	}
	w.Header().Set("Location", fmt.Sprintf("%s/roadmap/%d", apiProjectURL(p.ID), it.ID))
	writeJSON(w, http.StatusCreated, roadmapOut(v))
	return nil
}

// apiPutRoadmapItem replaces an item's fields. The version read with the
// item must be sent back: if someone changed the item since, the update is
// refused with 409 and their change stays.
func (s *Server) apiPutRoadmapItem(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	id, err := apiPathID(r, "item")
	if err != nil {
		return err
	}
	var req roadmapRequest
	if err := decodeJSON(w, r, &req); err != nil {
		return err
	}
	if req.Version <= 0 {
		return enablemap.FieldError("version", "give the version of the item you changed (from GET), so a concurrent change is not overwritten")
	}
	it := req.domain()
	it.ID = id
	if err := s.svc.SaveRoadmapItem(r.Context(), p.ID, &it); err != nil {
		return err
	}
	v, err := s.svc.RoadmapItem(r.Context(), p.ID, it.ID)
	if err != nil {
		return err
	}
	writeJSON(w, http.StatusOK, roadmapOut(v))
	return nil
}

func (s *Server) apiDeleteRoadmapItem(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	id, err := apiPathID(r, "item")
	if err != nil {
		return err
	}
	if err := s.svc.DeleteRoadmapItem(r.Context(), p.ID, id); err != nil {
		return err
	}
	w.WriteHeader(http.StatusNoContent)
	return nil
}
