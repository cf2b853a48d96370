package web

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

type guideData struct {
	Page
	Sections []service.GuideSection
	Custom   bool   // the project has its own guide
	Text     string // the guide as editable text
	Check    string
	Checked  []service.GuideQuestion
	Avoid    []service.GuideQuestion
}

// avoidExamples are questions the guide page shows as what not to ask.
var avoidExamples = []string{
	"What materials would you like Marketing to make?",
	"What do you want from marketing?",
}

func (s *Server) guidePage(w http.ResponseWriter, r *http.Request) error {
	p, err := s.projectOf(r)
	if err != nil {
		return err
	}
	d := &guideData{Page: Page{Title: "Interview guide", Section: "guide", Project: &p}, Sections: service.ProjectGuide(p), Custom: len(p.Guide) > 0}
	d.Text = service.GuideText(d.Sections)
	d.Avoid = service.CheckGuide(strings.Join(avoidExamples, "\n"))
	if c := r.URL.Query().Get("check"); strings.TrimSpace(c) != "" {
		d.Check = truncate(c, 20000)
		d.Checked = service.CheckGuide(d.Check)
	}
	s.render(w, r, http.StatusOK, "guide", d)
	return nil
}

// saveGuide stores the guide edited on the guide page; an empty guide (or
// the reset button) restores the default.
func (s *Server) saveGuide(r *http.Request) (string, string, error) {
	p, err := s.projectOf(r)
	if err != nil {
		return "", "", err
	}
	if err := versionOf(r, &p); err != nil {
		return "", "", err
	}
	text := r.PostFormValue("guide")
	if r.PostFormValue("op") == "reset" {
		text = ""
	}
	p, err = s.svc.SaveGuide(r.Context(), p.ID, text, p.Version)
	if err != nil {
		return "", "", err
	}
	if len(p.Guide) == 0 {
		return projectPath(p, "/guide"), "The default guide is back.", nil
	}
	return projectPath(p, "/guide"), "Interview guide saved.", nil
}

type interviewsData struct {
	Page
	List service.InterviewList
}

func (s *Server) interviewsPage(w http.ResponseWriter, r *http.Request) error {
	p, err := s.projectOf(r)
	if err != nil {
		return err
	}
	ws, err := s.svc.Workspace(r.Context(), p.ID)
	if err != nil {
		return err
	}
	d := &interviewsData{Page: Page{Title: "Interviews", Section: "interviews", Project: &ws.Project}, List: service.InterviewCounts(ws)}
	s.render(w, r, http.StatusOK, "interviews", d)
	return nil
}

// minRows is how many activity rows each transition shows: the method asks
// for five activities.
const minRows = 5

type captureData struct {
	Page
	Interview enablemap.Interview
	New       bool
	Sections  []captureSection
}

type captureSection struct {
	Index      int
	Transition service.Transition
	Rows       []captureRow
}

type captureRow struct {
	N        int // position among the posted rows, which error fields name
	Response enablemap.Response
	Error    string
}

func newCaptureData(p enablemap.Project, in enablemap.Interview, isNew bool, responses []enablemap.Response, extra map[service.Transition]int, rowErr map[int]string) *captureData {
	title := "New interview"
	if !isNew {
		title = "Interview with " + in.Interviewee
	}
	d := &captureData{Page: Page{Title: title, Section: "interviews", Project: &p}, Interview: in, New: isNew}
	n := 0
	for i, sec := range service.CaptureSections(p.SalesStages, responses, minRows, extra) {
		cs := captureSection{Index: i, Transition: sec.Transition}
		for _, resp := range sec.Rows {
			cs.Rows = append(cs.Rows, captureRow{N: n, Response: resp, Error: rowErr[n]})
			n++
		}
		d.Sections = append(d.Sections, cs)
	}
	return d
}

func (s *Server) newInterviewPage(w http.ResponseWriter, r *http.Request) error {
	p, err := s.projectOf(r)
	if err != nil {
		return err
	}
	in := enablemap.Interview{Date: time.Now().Format("2006-01-02")}
	s.render(w, r, http.StatusOK, "capture", newCaptureData(p, in, true, nil, nil, nil))
	return nil
}

func (s *Server) editInterviewPage(w http.ResponseWriter, r *http.Request) error {
	p, err := s.projectOf(r)
	if err != nil {
		return err
	}
	in, responses, err := s.svc.Interview(r.Context(), p.ID, r.PathValue("iid"))
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "capture", newCaptureData(p, in, false, responses, nil, nil))
	return nil
}

// postedInterview reads the capture form: the interview fields and one
// response per row, empty rows included so that error positions match.
func postedInterview(r *http.Request) (enablemap.Interview, []enablemap.Response, error) {
	f := r.PostForm
	in := enablemap.Interview{
		ID:          f.Get("id"),
		Interviewee: f.Get("interviewee"),
		Role:        f.Get("role"),
		Region:      f.Get("region"),
		Date:        f.Get("date"),
		Interviewer: f.Get("interviewer"),
	}
	cols := [][]string{f["from"], f["to"], f["rid"], f["activity"], f["goal"], f["notes"]}
	for _, c := range cols[1:] {
		if len(c) != len(cols[0]) {
			return in, nil, enablemap.Errorf(enablemap.EINVALID, "the form's rows are incomplete; reload the page")
		}
	}
	var rs []enablemap.Response
	for i := range cols[0] {
		rs = append(rs, enablemap.Response{FromStage: cols[0][i], ToStage: cols[1][i], ID: cols[2][i],
			Activity: cols[3][i], Goal: cols[4][i], Notes: cols[5][i]})
	}
	return in, rs, nil
}

// autosaveHeader marks a save sent by the page's script, which wants JSON
// back and stays on the form.
const autosaveHeader = "X-Enablemap-Autosave"

type autosaveReply struct {
	ID      string   `json:"id"`
	Rows    []string `json:"rows,omitempty"` // response id per posted row, "" for empty rows
	Message string   `json:"message"`
	Field   string   `json:"field,omitempty"`
}

func (s *Server) saveInterview(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBody)
	if err := r.ParseForm(); err != nil {
		s.errorPage(w, r, enablemap.Errorf(enablemap.EINVALID, "the form could not be read: %v", err))
		return
	}
	p, err := s.projectOf(r)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	in, rows, err := postedInterview(r)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	isNew := in.ID == ""
	if add := r.PostFormValue("addrow"); add != "" {
		// Without the script, "Add row" comes here: show the form again
		// with one more row, saving nothing yet.
		extra := map[service.Transition]int{}
		if i, err := strconv.Atoi(add); err == nil {
			secs := service.CaptureSections(p.SalesStages, rows, minRows, nil)
			if i >= 0 && i < len(secs) {
				extra[secs[i].Transition] = 1
			}
		}
		s.render(w, r, http.StatusOK, "capture", newCaptureData(p, in, isNew, rows, extra, nil))
		return
	}
	if isNew && strings.TrimSpace(in.Interviewee) != "" {
		ws, err := s.svc.Workspace(r.Context(), p.ID)
		if err != nil {
			s.errorPage(w, r, err)
			return
		}
		in.ID = service.UniqueInterviewID(ws, in.Interviewee, in.Date)
	}
	saved, kept, err := s.svc.SaveInterview(r.Context(), p.ID, in, rows)
	autosave := r.Header.Get(autosaveHeader) != ""
	if err != nil {
		code := enablemap.ErrorCode(err)
		if code != enablemap.EINVALID && code != enablemap.ECONFLICT {
			s.errorPage(w, r, err)
			return
		}
		var e *enablemap.Error
		errors.As(err, &e)
		if autosave {
			writeJSONReply(w, statusOf(err), autosaveReply{Message: e.Error(), Field: e.Field})
			return
		}
		rowErr := map[int]string{}
		st := &formState{Status: statusOf(err), Message: e.Message, Field: e.Field, Target: "interview", Values: r.PostForm}
		if strings.HasPrefix(e.Field, "responses[") {
			if n, err := strconv.Atoi(strings.TrimPrefix(strings.SplitN(e.Field, "]", 2)[0], "responses[")); err == nil {
				rowErr[n] = e.Message
			}
		}
		if isNew {
			in.ID = ""
		}
		d := newCaptureData(p, in, isNew, rows, nil, rowErr)
		d.Form = st
		s.render(w, r, st.Status, "capture", d)
		return
	}
	if autosave {
		reply := autosaveReply{ID: saved.ID, Message: "Saved at " + time.Now().Format("15:04:05")}
		k := 0
		for _, row := range rows {
			id := ""
			if strings.TrimSpace(row.Activity+row.Goal+row.Notes) != "" && k < len(kept) {
				id = kept[k].ID
				k++
			}
			reply.Rows = append(reply.Rows, id)
		}
		writeJSONReply(w, http.StatusOK, reply)
		return
	}
	s.redirect(w, r, projectPath(p, "/interviews/"+saved.ID), fmt.Sprintf("Interview with %s saved (%s).", saved.Interviewee, plural(len(kept), "activity")))
}

func (s *Server) deleteInterview(r *http.Request) (string, string, error) {
	p, err := s.projectOf(r)
	if err != nil {
		return "", "", err
	}
	id := r.PathValue("iid")
	if err := s.svc.DeleteInterview(r.Context(), p.ID, id); err != nil {
		return "", "", err
	}
	return projectPath(p, "/interviews"), fmt.Sprintf("Interview %s deleted.", id), nil
}

// reviewInterview marks an interview reviewed ("reviewed" = true) or back
// to review, and returns to the page the button was on.
func (s *Server) reviewInterview(r *http.Request) (string, string, error) {
	p, err := s.projectOf(r)
	if err != nil {
		return "", "", err
	}
	reviewed, err := strconv.ParseBool(r.FormValue("reviewed"))
	if err != nil {
		return "", "", enablemap.FieldError("reviewed", "say whether the interview is reviewed (true or false)")
	}
	in, err := s.svc.ReviewInterview(r.Context(), p.ID, r.PathValue("iid"), reviewed)
	if err != nil {
		return "", "", err
	}
	msg := fmt.Sprintf("Interview with %s marked reviewed.", in.Interviewee)
	if !reviewed {
		msg = fmt.Sprintf("Interview with %s is back to review.", in.Interviewee)
	}
	return backOf(r, projectPath(p, "/interviews")), msg, nil
}

// writeJSONReply is the small JSON answer of the capture form's script.
func writeJSONReply(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	json.NewEncoder(w).Encode(v)
}
