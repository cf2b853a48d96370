package web

import (
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

type projectsData struct {
	Page
	Projects  []enablemap.Project
	Archived  []enablemap.Project
	Templates []templateChoice
	DemoName  string
	HasDemo   bool
}

type templateChoice struct {
	Name   string
	Stages string
}

func (s *Server) projectsPage(w http.ResponseWriter, r *http.Request) error {
	all, err := s.svc.Projects(r.Context(), true)
	if err != nil {
		return err
	}
	d := &projectsData{Page: Page{Title: "Projects", Section: "projects"}, DemoName: service.DemoName}
	for _, p := range all {
		if p.Name == service.DemoName {
			d.HasDemo = true
		}
		if p.Archived {
			d.Archived = append(d.Archived, p)
		} else {
			d.Projects = append(d.Projects, p)
		}
	}
	for _, n := range enablemap.BuyingStageTemplateNames() {
		st, _ := enablemap.BuyingStageTemplate(n)
		d.Templates = append(d.Templates, templateChoice{Name: n, Stages: strings.Join(st, " → ")})
	}
	s.render(w, r, http.StatusOK, "projects", d)
	return nil
}

func (s *Server) createProject(r *http.Request) (string, string, error) {
	np := service.NewProject{
		Name:           r.PostFormValue("name"),
		Description:    r.PostFormValue("description"),
		BuyingTemplate: r.PostFormValue("template"),
	}
	if np.BuyingTemplate == "custom" {
		np.BuyingTemplate = ""
		stages, err := enablemap.ParseStageList(r.PostFormValue("buying_stages"))
		if err != nil {
			return "", "", fieldOf(err, "buying_stages")
		}
		np.BuyingStages = stages
	}
	if strings.TrimSpace(r.PostFormValue("sales_stages")) != "" {
		stages, err := enablemap.ParseStageList(r.PostFormValue("sales_stages"))
		if err != nil {
			return "", "", fieldOf(err, "sales_stages")
		}
		np.SalesStages = stages
	}
	p, err := s.svc.CreateProject(r.Context(), np)
	if err != nil {
		return "", "", fieldOf(err, "name")
	}
	return projectPath(p, ""), fmt.Sprintf("Project %q created. Next: write the interview guide and capture interviews.", p.Name), nil
}

// fieldOf names the field of an error that names none, so the page can
// show it next to the right input.
func fieldOf(err error, field string) error {
	var e *enablemap.Error
	if errors.As(err, &e) && e.Field == "" && e.File == "" {
		c := *e
		c.Field = field
		return &c
	}
	return err
}

func (s *Server) loadDemo(r *http.Request) (string, string, error) {
	p, created, err := s.svc.LoadDemo(r.Context(), false)
	if err != nil {
		return "", "", err
	}
	if !created {
		return projectPath(p, ""), "The demo project was already loaded.", nil
	}
	return projectPath(p, ""), "Demo project loaded: every page now has data to look at.", nil
}

func (s *Server) archiveProject(r *http.Request) (string, string, error) {
	p, err := s.projectOf(r)
	if err != nil {
		return "", "", err
	}
	if v, err := strconv.ParseInt(r.PostFormValue("version"), 10, 64); err == nil {
		p.Version = v
	}
	p.Archived = r.PostFormValue("archived") == "true"
	if err := s.svc.UpdateProject(r.Context(), &p); err != nil {
		return "", "", err
	}
	if p.Archived {
		return backOf(r, "/"), fmt.Sprintf("Project %q archived. It is listed under Archived projects.", p.Name), nil
	}
	return backOf(r, "/"), fmt.Sprintf("Project %q is active again.", p.Name), nil
}

func (s *Server) deleteProject(r *http.Request) (string, string, error) {
	p, err := s.projectOf(r)
	if err != nil {
		return "", "", err
	}
	if strings.TrimSpace(r.PostFormValue("confirm")) != p.Name {
		return "", "", enablemap.FieldError("confirm", "type the project's name, %q, to delete it", p.Name)
	}
	if err := s.svc.DeleteProject(r.Context(), p.ID); err != nil {
		return "", "", err
	}
	return "/", fmt.Sprintf("Project %q deleted.", p.Name), nil
}

type overviewData struct {
	Page
	Figures    enablemap.Figures
	Interviews int
	Glossary   int
	Decisions  int
	Roadmap    int
	Holes      []service.HoleRow
	Steps      []step
}

// step is one step of the method with how far the project has come.
type step struct {
	Title, Text, Link, Action string
	Done                      bool
}

func (s *Server) overviewPage(w http.ResponseWriter, r *http.Request) error {
	a, ws, err := s.analysisOf(r)
	if err != nil {
		return err
	}
	p := ws.Project
	d := &overviewData{Page: Page{Title: p.Name, Section: "overview", Project: &p}, Figures: a.Figures,
		Interviews: len(ws.Interviews), Glossary: len(ws.Glossary), Decisions: len(ws.Decisions), Roadmap: len(ws.Roadmap)}
	holes := service.BuildHoles(a, ws)
	if len(holes) > 5 {
		holes = holes[:5]
	}
	d.Holes = holes
	d.Steps = []step{
		{Title: "1. Interview reps", Text: fmt.Sprintf("%s, %s captured.", plural(len(ws.Interviews), "interview"), plural(len(ws.Responses), "response")),
			Link: projectPath(p, "/interviews"), Action: "Capture an interview", Done: len(ws.Interviews) > 0},
		{Title: "2. Goals of each activity", Text: "Asked per activity in the interview: what is the rep trying to accomplish with the buyer?",
			Link: projectPath(p, "/guide"), Action: "Read the interview guide", Done: len(ws.Responses) > 0},
		{Title: "3. Activity map", Text: fmt.Sprintf("%s rolled up, %d relevant to Marketing, %s set apart.", plural(len(a.Activities), "activity"), a.Figures.RelevantActivities, plural(len(a.Wants), "want")),
			Link: projectPath(p, "/rollup"), Action: "Review the roll-up", Done: len(ws.Decisions) > 0},
		{Title: "4. Materials analysis", Text: fmt.Sprintf("%d of %s aligned, %d set aside, %s.", a.Figures.MaterialsAligned, plural(a.Figures.Materials, "material"), a.Figures.MaterialsSetAside, plural(len(a.Holes), "hole")),
			Link: projectPath(p, "/materials"), Action: "Analyse the materials", Done: len(ws.Roadmap) > 0},
	}
	s.render(w, r, http.StatusOK, "overview", d)
	return nil
}

type settingsData struct {
	Page
	Lists []stageList
}

type stageList struct {
	Field, Title, Help string
	Stages             []string
}

func (s *Server) settingsPage(w http.ResponseWriter, r *http.Request) error {
	p, err := s.projectOf(r)
	if err != nil {
		return err
	}
	d := &settingsData{Page: Page{Title: "Settings", Section: "settings", Project: &p}, Lists: []stageList{
		{Field: "sales_stages", Title: "Sales stages", Help: "The seller's stages, in order. Interviews ask about the move from each stage to the next.", Stages: p.SalesStages},
		{Field: "buying_stages", Title: "Buying stages", Help: "The customer's buying cycle, in order. Activities are placed on these, not on the sales stages.", Stages: p.BuyingStages},
	}}
	s.render(w, r, http.StatusOK, "settings", d)
	return nil
}

func (s *Server) saveSettings(r *http.Request) (string, string, error) {
	p, err := s.projectOf(r)
	if err != nil {
		return "", "", err
	}
	if err := versionOf(r, &p); err != nil {
		return "", "", err
	}
	p.Name = r.PostFormValue("name")
	p.Description = strings.TrimSpace(r.PostFormValue("description"))
	if err := s.svc.UpdateProject(r.Context(), &p); err != nil {
		return "", "", err
	}
	return projectPath(p, "/settings"), "Project saved.", nil
}

// versionOf takes the version the form was loaded with, so a change made
// meanwhile by someone else is refused rather than overwritten.
func versionOf(r *http.Request, p *enablemap.Project) error {
	v, err := strconv.ParseInt(r.PostFormValue("version"), 10, 64)
	if err != nil {
		return enablemap.FieldError("version", "the form lacks the project's version; reload the page")
	}
	p.Version = v
	return nil
}

func (s *Server) editStages(r *http.Request) (string, string, error) {
	p, err := s.projectOf(r)
	if err != nil {
		return "", "", err
	}
	if err := versionOf(r, &p); err != nil {
		return "", "", err
	}
	field := r.PostFormValue("list")
	op, idx := r.PostFormValue("op"), -1
	// Row buttons post "up:2", "remove:0"...: one form per list, one button per action.
	if o, i, ok := strings.Cut(op, ":"); ok {
		op = o
		idx, _ = strconv.Atoi(i)
	}
	name := r.PostFormValue("name")
	if op == "rename" {
		name = r.PostFormValue("name_" + strconv.Itoa(idx))
	}
	var stages *[]string
	switch field {
	case "sales_stages":
		stages = &p.SalesStages
	case "buying_stages":
		stages = &p.BuyingStages
	default:
		return "", "", enablemap.FieldError("list", "no stage list %q", field)
	}
	out, err := service.EditStages(field, *stages, op, idx, name)
	if err != nil {
		return "", "", err
	}
	old := append([]string(nil), *stages...)
	*stages = out
	if err := s.svc.UpdateProject(r.Context(), &p); err != nil {
		return "", "", err
	}
	return projectPath(p, "/settings"), stageMessage(op, old, idx, name), nil
}

func stageMessage(op string, old []string, idx int, name string) string {
	at := func() string {
		if idx >= 0 && idx < len(old) {
			return old[idx]
		}
		return ""
	}
	switch op {
	case "add":
		return fmt.Sprintf("Stage %q added.", strings.TrimSpace(name))
	case "rename":
		return fmt.Sprintf("Stage %q renamed to %q.", at(), strings.TrimSpace(name))
	case "remove":
		return fmt.Sprintf("Stage %q removed.", at())
	}
	return fmt.Sprintf("Stage %q moved %s.", at(), op)
}
