package web

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/report"
	"github.com/enablemap/enablemap/internal/service"
)

// maxImportBody caps an uploaded file: 50 MiB holds hundreds of thousands
// of rows.
const maxImportBody = 50 << 20

type importData struct {
	Page
	Kinds  []importKind
	Errors []*enablemap.Error
	More   int // errors left off the list
}

type importKind struct {
	Name, Label, Columns string
}

var importKinds = []importKind{
	{service.KindInterviews, "Interviews", "response_id, interview_id, interviewee, role, region, interview_date, from_stage, to_stage, activity, goal, notes"},
	{service.KindMaterials, "Materials", "material_id, title, type, description, url, owner, updated, tags"},
	{service.KindGlossary, "Glossary", "term, meaning"},
}

// maxShownErrors bounds the error list of a refused import.
const maxShownErrors = 200

func (s *Server) importPage(w http.ResponseWriter, r *http.Request) error {
	p, err := s.projectOf(r)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "import", &importData{Page: Page{Title: "Import", Section: "import", Project: &p}, Kinds: importKinds})
	return nil
}

// importFile reads an uploaded CSV or XLSX through the same validation as
// the command line: a file with any error writes nothing and the page lists
// every error with its row and column.
func (s *Server) importFile(w http.ResponseWriter, r *http.Request) {
	p, err := s.projectOf(r)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	d := &importData{Page: Page{Title: "Import", Section: "import", Project: &p}, Kinds: importKinds}
	fail := func(err error) {
		code := enablemap.ErrorCode(err)
		if code != enablemap.EINVALID && code != enablemap.ECONFLICT && statusOf(err) != http.StatusRequestEntityTooLarge {
			s.errorPage(w, r, err)
			return
		}
		var list enablemap.Errors
		var one *enablemap.Error
		switch {
		case errors.As(err, &list):
			d.Errors = list
		case errors.As(err, &one):
			d.Errors = []*enablemap.Error{one}
		default:
			d.Errors = []*enablemap.Error{{Code: enablemap.EINVALID, Field: "file", Message: fmt.Sprintf("the file is larger than %d MiB", maxImportBody>>20)}}
		}
		if len(d.Errors) > maxShownErrors {
			d.More = len(d.Errors) - maxShownErrors
			d.Errors = d.Errors[:maxShownErrors]
		}
		d.Form = &formState{Status: statusOf(err), Target: "import", Message: "Nothing was imported: fix the file and upload it again.", Values: r.PostForm}
		s.render(w, r, d.Form.Status, "import", d)
	}
	r.Body = http.MaxBytesReader(w, r.Body, maxImportBody)
	if err := r.ParseMultipartForm(8 << 20); err != nil {
		var tooLarge *http.MaxBytesError
		if errors.As(err, &tooLarge) {
			fail(&statusError{status: http.StatusRequestEntityTooLarge, err: enablemap.FieldError("file", "the file is larger than %d MiB", maxImportBody>>20)})
			return
		}
		fail(enablemap.FieldError("file", "the upload could not be read: %v", err))
		return
	}
	defer r.MultipartForm.RemoveAll()
	kind := r.FormValue("kind")
	file, hdr, err := r.FormFile("file")
	if err != nil {
		fail(enablemap.FieldError("file", "choose a CSV or XLSX file to import"))
		return
	}
	defer file.Close()
	opts := enablemap.ImportOptions{StrictStages: r.FormValue("strict") == "on"}
	res, err := s.svc.Import(r.Context(), p.ID, kind, hdr.Filename, file, opts)
	if err != nil {
		fail(err)
		return
	}
	msg := fmt.Sprintf("Imported %s (%s): %d created, %d updated, %d unchanged.", hdr.Filename, kind, res.Created, res.Updated, res.Unchanged)
	if len(res.StagesAdded) > 0 {
		msg += " Sales stages added: " + strings.Join(res.StagesAdded, ", ") + "."
	}
	s.redirect(w, r, projectPath(p, "/import"), msg)
}

// export is one file the export and report pages offer.
type export struct {
	File, Label, Type string
	write             func(ctx context.Context, w io.Writer, d report.Data) error
	// Inline files are shown by the browser (pictures, the printable
	// report) rather than saved.
	Inline bool
	// Listed files appear on the export page; charts appear on the report page.
	Listed bool
}

var exports = []export{
	{"report.html", "Printable report (HTML)", "text/html; charset=utf-8", plain(report.HTML), true, true},
	{"report.pdf", "Report (PDF)", "application/pdf", report.PDF, false, true},
	{"report.xlsx", "Workbook (XLSX)", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", plain(report.XLSX), false, true},
	{"map.svg", "Activity map (SVG)", "image/svg+xml", plain(report.MapSVG), true, true},
	{"map.png", "Activity map (PNG)", "image/png", plain(report.MapPNG), true, true},
	{"report.md", "Report (Markdown)", "text/markdown; charset=utf-8", plain(report.Markdown), false, true},
	{"analysis.json", "Analysis (JSON, the output contract)", "application/json", plain(report.JSON), false, true},
	{"activities.csv", "Activities (CSV)", "text/csv; charset=utf-8", plain(report.ActivitiesCSV), false, true},
	{"chart-coverage.svg", "Coverage per buying stage", "image/svg+xml", chart(report.ChartCoverage), true, false},
	{"chart-materials.svg", "Materials aligned and set aside", "image/svg+xml", chart(report.ChartMaterials), true, false},
	{"chart-needs.svg", "Need scores of the top activities", "image/svg+xml", chart(report.ChartNeeds), true, false},
	{"chart-roadmap.svg", "Road map by status and due date", "image/svg+xml", chart(report.ChartRoadmap), true, false},
}

// listedExports are the files the export page lists.
func listedExports() []export {
	var out []export
	for _, e := range exports {
		if e.Listed {
			out = append(out, e)
		}
	}
	return out
}

// reportCSP lets the self-contained printable report use its own inline
// styles; it has no scripts and loads nothing.
const reportCSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'"

// projectFile is the export of the whole project, which restores it.
const projectFile = "project.json"

type exportData struct {
	Page
	Exports     []export
	ProjectFile string
}

func (s *Server) exportPage(w http.ResponseWriter, r *http.Request) error {
	p, err := s.projectOf(r)
	if err != nil {
		return err
	}
	s.render(w, r, http.StatusOK, "export", &exportData{Page: Page{Title: "Export", Section: "export", Project: &p}, Exports: listedExports(), ProjectFile: projectFile})
	return nil
}

func (s *Server) exportFile(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("file")
	p, err := s.projectOf(r)
	if err != nil {
		s.errorPage(w, r, err)
		return
	}
	var (
		buf         bytes.Buffer
		ctype       string
		disposition = "attachment"
	)
	if name == projectFile {
		if err := s.svc.ExportProject(r.Context(), p.ID, &buf); err != nil {
			s.errorPage(w, r, err)
			return
		}
		ctype = "application/json"
	} else {
		var ex *export
		for i := range exports {
			if exports[i].File == name {
				ex = &exports[i]
			}
		}
		if ex == nil {
			s.errorPage(w, r, enablemap.Errorf(enablemap.ENOTFOUND, "No export %q: see the export page for the formats.", name))
			return
		}
		a, ws, err := s.svc.Analyze(r.Context(), p.ID)
		if err != nil {
			s.errorPage(w, r, err)
			return
		}
		if err := ex.write(r.Context(), &buf, report.Data{Analysis: a, Workspace: ws, GeneratedAt: time.Now().UTC()}); err != nil {
			s.errorPage(w, r, fmt.Errorf("export %s: %w", name, err))
			return
		}
		ctype = ex.Type
		if ex.Inline {
			disposition = "inline"
		}
		if name == "report.html" {
			w.Header().Set("Content-Security-Policy", reportCSP)
		}
	}
	if r.URL.Query().Get("download") != "" {
		disposition = "attachment"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Content-Disposition", fmt.Sprintf("%s; filename=%q", disposition, fileSlug(p.Name)+"-"+name))
	w.Header().Set("Cache-Control", "no-store")
	w.Write(buf.Bytes())
}

// fileSlug makes a project name safe for a file name.
func fileSlug(name string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	out := strings.Trim(b.String(), "-")
	if out == "" {
		return "project"
	}
	return out
}
