package web

import (
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/report"
	"github.com/enablemap/enablemap/internal/service"
)

type rollupData struct {
	Page
	service.RollupView
	Figures enablemap.Figures
}

func (s *Server) rollupPage(w http.ResponseWriter, r *http.Request) error {
	a, ws, err := s.analysisOf(r)
	if err != nil {
		return err
	}
	s.renderRollup(w, r, a, ws)
	return nil
}

// renderRollup renders the roll-up of an analysis; apart from the handler
// so it can be tested without a store.
func (s *Server) renderRollup(w http.ResponseWriter, r *http.Request, a enablemap.Analysis, ws enablemap.Workspace) {
	d := &rollupData{Page: Page{Title: "Roll-up", Section: "rollup", Project: &ws.Project, BaseSeq: baseSeqOf(ws)}, RollupView: service.BuildRollup(a, ws), Figures: a.Figures}
	s.render(w, r, http.StatusOK, "rollup", d)
}

type glossaryData struct {
	Page
	Terms []enablemap.GlossaryTerm
}

func (s *Server) glossaryPage(w http.ResponseWriter, r *http.Request) error {
	p, err := s.projectOf(r)
	if err != nil {
		return err
	}
	ws, err := s.svc.Workspace(r.Context(), p.ID)
	if err != nil {
		return err
	}
	d := &glossaryData{Page: Page{Title: "Glossary", Section: "glossary", Project: &ws.Project, BaseSeq: baseSeqOf(ws)}, Terms: ws.Glossary}
	s.render(w, r, http.StatusOK, "glossary", d)
	return nil
}

func (s *Server) saveGlossaryTerm(r *http.Request) (string, string, error) {
	p, err := s.projectOf(r)
	if err != nil {
		return "", "", err
	}
	t := enablemap.GlossaryTerm{Term: r.PostFormValue("term"), Meaning: r.PostFormValue("meaning")}
	if err := s.svc.SaveGlossaryTerm(r.Context(), p.ID, t); err != nil {
		return "", "", err
	}
	// A term typed differently from the one edited replaces it.
	if orig := strings.TrimSpace(r.PostFormValue("original")); orig != "" && !strings.EqualFold(orig, strings.TrimSpace(t.Term)) {
		if err := s.svc.DeleteGlossaryTerm(r.Context(), p.ID, orig); err != nil && enablemap.ErrorCode(err) != enablemap.ENOTFOUND {
			return "", "", err
		}
	}
	return backOf(r, projectPath(p, "/glossary")), fmt.Sprintf("Glossary term %q saved; the roll-up now reads it.", strings.TrimSpace(t.Term)), nil
}

func (s *Server) deleteGlossaryTerm(r *http.Request) (string, string, error) {
	p, err := s.projectOf(r)
	if err != nil {
		return "", "", err
	}
	term := r.PostFormValue("term")
	if err := s.svc.DeleteGlossaryTerm(r.Context(), p.ID, term); err != nil {
		return "", "", err
	}
	return backOf(r, projectPath(p, "/glossary")), fmt.Sprintf("Glossary term %q deleted.", term), nil
}

type decisionRow struct {
	Decision enablemap.Decision
	Summary  string
}

type decisionsData struct {
	Page
	Rows []decisionRow
}

func (s *Server) decisionsPage(w http.ResponseWriter, r *http.Request) error {
	a, ws, err := s.analysisOf(r)
	if err != nil {
		return err
	}
	d := &decisionsData{Page: Page{Title: "Decisions", Section: "decisions", Project: &ws.Project, BaseSeq: baseSeqOf(ws)}}
	for i := len(ws.Decisions) - 1; i >= 0; i-- {
		dec := ws.Decisions[i]
		d.Rows = append(d.Rows, decisionRow{Decision: dec, Summary: service.DecisionSummary(a, ws, dec)})
	}
	s.render(w, r, http.StatusOK, "decisions", d)
	return nil
}

// decide records one decision from any page's form: the form names the
// kind and the activity, material or text it needs.
func (s *Server) decide(r *http.Request) (string, string, error) {
	a, ws, err := s.analysisOf(r)
	if err != nil {
		return "", "", err
	}
	p := ws.Project
	f := r.PostForm
	d := enablemap.Decision{
		Kind:            enablemap.DecisionKind(f.Get("kind")),
		ResponseID:      f.Get("activity"),
		OtherResponseID: f.Get("into"),
		MaterialID:      f.Get("material"),
		Text:            f.Get("text"),
		Reason:          f.Get("reason"),
		Author:          "web",
	}
	if d.Kind == enablemap.Rename {
		d.Text = f.Get("name")
	}
	// The activity chooser of the materials page offers names; accept a
	// name typed in full as well as an id.
	for _, ref := range []*string{&d.ResponseID, &d.OtherResponseID} {
		if *ref != "" {
			*ref = activityRef(a, *ref)
		}
	}
	base, err := service.ParseBaseSeq(f.Get("base_seq"))
	if err != nil {
		return "", "", err
	}
	saved, err := s.svc.DecideFrom(r.Context(), p.ID, d, base)
	if err != nil {
		return "", "", err
	}
	return backOf(r, projectPath(p, "/rollup")), service.DecisionSummary(a, ws, saved) + ".", nil
}

// activityRef turns what a chooser posted into an activity reference: an id
// stays as it is, the exact name of an activity becomes its id.
func activityRef(a enablemap.Analysis, v string) string {
	v = strings.TrimSpace(v)
	if _, ok := a.ActivityByID(v); ok {
		return v
	}
	for _, act := range a.Activities {
		if strings.EqualFold(act.Name, v) {
			return act.ID
		}
	}
	return v
}

func (s *Server) undoDecision(r *http.Request) (string, string, error) {
	p, err := s.projectOf(r)
	if err != nil {
		return "", "", err
	}
	id, err := strconv.ParseInt(r.PathValue("did"), 10, 64)
	if err != nil {
		return "", "", enablemap.Errorf(enablemap.ENOTFOUND, "no decision %q", r.PathValue("did"))
	}
	if err := s.svc.DeleteDecision(r.Context(), p.ID, id); err != nil {
		return "", "", err
	}
	return backOf(r, projectPath(p, "/decisions")), "Decision undone; the suggestion stands again.", nil
}

type mapData struct {
	Page
	service.MapView
	Stages    []string
	Coverages []report.Coverage
}

func (s *Server) mapPage(w http.ResponseWriter, r *http.Request) error {
	a, ws, err := s.analysisOf(r)
	if err != nil {
		return err
	}
	s.renderMap(w, r, a, ws)
	return nil
}

// renderMap renders the map of an analysis; apart from the handler so it
// can be measured without a store.
func (s *Server) renderMap(w http.ResponseWriter, r *http.Request, a enablemap.Analysis, ws enablemap.Workspace) {
	q := r.URL.Query()
	f := service.MapFilter{Role: q.Get("role"), Region: q.Get("region"), Relevance: q.Get("relevance")}
	d := &mapData{Page: Page{Title: "Activity map", Section: "map", Project: &ws.Project, BaseSeq: baseSeqOf(ws)}, MapView: service.BuildMap(a, ws, f),
		Stages: a.BuyingStages, Coverages: []report.Coverage{report.Covered, report.HoleCoverage, report.NotMarketing}}
	s.render(w, r, http.StatusOK, "map", d)
}

type activityData struct {
	Page
	service.ActivityPage
	Stages    []string
	Summaries map[int64]string
}

func (s *Server) activityPage(w http.ResponseWriter, r *http.Request) error {
	a, ws, err := s.analysisOf(r)
	if err != nil {
		return err
	}
	return s.renderActivity(w, r, a, ws, r.PathValue("aid"))
}

// renderActivity renders the page of one activity of an analysis; apart
// from the handler so it can be tested without a store.
func (s *Server) renderActivity(w http.ResponseWriter, r *http.Request, a enablemap.Analysis, ws enablemap.Workspace, id string) error {
	v, err := service.BuildActivityPage(a, ws, id)
	if err != nil {
		return err
	}
	d := &activityData{Page: Page{Title: v.Activity.Name, Section: "map", Project: &ws.Project, BaseSeq: baseSeqOf(ws)}, ActivityPage: v, Stages: a.BuyingStages, Summaries: map[int64]string{}}
	for _, dec := range v.Decisions {
		d.Summaries[dec.ID] = service.DecisionSummary(a, ws, dec)
	}
	s.render(w, r, http.StatusOK, "activity", d)
	return nil
}

// materialsPerPage bounds the materials shown at once: a content library
// of thousands of items stays quick to load and to scan.
const materialsPerPage = 100

type materialsData struct {
	Page
	service.MaterialsView
	Options  []service.ActivityOption
	PageNum  int
	Pages    int
	First    int
	Last     int
	PrevURL  string
	NextURL  string
	Statuses []string
}

func (s *Server) materialsPage(w http.ResponseWriter, r *http.Request) error {
	a, ws, err := s.analysisOf(r)
	if err != nil {
		return err
	}
	s.renderMaterials(w, r, a, ws)
	return nil
}

// renderMaterials renders the materials analysis, one page of rows at a time.
func (s *Server) renderMaterials(w http.ResponseWriter, r *http.Request, a enablemap.Analysis, ws enablemap.Workspace) {
	q := r.URL.Query()
	f := service.MaterialFilter{Show: q.Get("show"), Type: q.Get("type"), Stage: q.Get("stage")}
	v := service.BuildMaterials(a, ws, f)
	d := &materialsData{Page: Page{Title: "Materials analysis", Section: "materials", Project: &ws.Project, BaseSeq: baseSeqOf(ws)}, MaterialsView: v,
		Options: service.ActivityOptions(a), Statuses: []string{"aligned", "unmatched", "set_aside"}}
	d.Pages = (len(v.Rows) + materialsPerPage - 1) / materialsPerPage
	d.PageNum, _ = strconv.Atoi(q.Get("page"))
	d.PageNum = min(max(d.PageNum, 1), max(d.Pages, 1))
	start := (d.PageNum - 1) * materialsPerPage
	end := min(start+materialsPerPage, len(v.Rows))
	d.Rows = v.Rows[start:end]
	d.First, d.Last = start+1, end
	pageURL := func(n int) string {
		q2 := url.Values{}
		for k, vs := range q {
			q2[k] = slices.Clone(vs)
		}
		q2.Set("page", strconv.Itoa(n))
		return projectPath(ws.Project, "/materials?"+q2.Encode())
	}
	if d.PageNum > 1 {
		d.PrevURL = pageURL(d.PageNum - 1)
	}
	if d.PageNum < d.Pages {
		d.NextURL = pageURL(d.PageNum + 1)
	}
	s.render(w, r, http.StatusOK, "materials", d)
}

// baseSeqOf is the decision number a page is made from, for its forms.
func baseSeqOf(ws enablemap.Workspace) string {
	return strconv.FormatInt(service.LatestSeq(ws), 10)
}
