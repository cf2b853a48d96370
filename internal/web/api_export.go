package web

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"mime"
	"net/http"
	"sort"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/report"
)

// apiReportFormat is one file format the analysis can be downloaded in.
type apiReportFormat struct {
	render      func(context.Context, io.Writer, report.Data) error
	contentType string
	extension   string
}

// plain adapts a renderer that needs no context.
func plain(fn func(io.Writer, report.Data) error) func(context.Context, io.Writer, report.Data) error {
	return func(_ context.Context, w io.Writer, d report.Data) error { return fn(w, d) }
}

// chart adapts one kind of SVG chart.
func chart(kind report.ChartKind) func(context.Context, io.Writer, report.Data) error {
	return func(_ context.Context, w io.Writer, d report.Data) error { return report.ChartSVG(w, d, kind) }
}

// apiReportFormats lists the renderers of internal/report by the name a
// client asks for in ?format=.
var apiReportFormats = map[string]apiReportFormat{
	"json":            {plain(report.JSON), "application/json; charset=utf-8", ".json"},
	"md":              {plain(report.Markdown), "text/markdown; charset=utf-8", ".md"},
	"csv":             {plain(report.ActivitiesCSV), "text/csv; charset=utf-8", ".csv"},
	"xlsx":            {plain(report.XLSX), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"},
	"html":            {plain(report.HTML), "text/html; charset=utf-8", ".html"},
	"pdf":             {report.PDF, "application/pdf", ".pdf"},
	"svg":             {plain(report.MapSVG), "image/svg+xml", "-map.svg"},
	"png":             {plain(report.MapPNG), "image/png", "-map.png"},
	"chart-coverage":  {chart(report.ChartCoverage), "image/svg+xml", "-coverage.svg"},
	"chart-materials": {chart(report.ChartMaterials), "image/svg+xml", "-materials.svg"},
	"chart-needs":     {chart(report.ChartNeeds), "image/svg+xml", "-needs.svg"},
	"chart-roadmap":   {chart(report.ChartRoadmap), "image/svg+xml", "-roadmap.svg"},
}

func apiReportFormatNames() []string {
	names := make([]string, 0, len(apiReportFormats))
	for n := range apiReportFormats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// apiReport renders the analysis in the asked format as a download. The
// report is rendered into memory first so that a failure is reported as an
// error rather than as a truncated file.
func (s *Server) apiReport(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	name := strings.ToLower(strings.TrimSpace(r.URL.Query().Get("format")))
	if name == "" {
		name = "json"
	}
	f, ok := apiReportFormats[name]
	if !ok {
		return apiBadRequest("format", "format %q is not one of %s", name, strings.Join(apiReportFormatNames(), ", "))
	}
	if name == "pdf" {
		// Without a browser on the server PDF cannot be made; say so rather
		// than hide it as an internal error.
		if _, err := report.FindBrowser(); err != nil {
			return &statusError{status: http.StatusNotImplemented, err: enablemap.Errorf(enablemap.EINTERNAL,
				"this server cannot make PDF files (it has no Chromium); download format=html and print it from a browser")}
		}
	}
	a, ws, err := s.svc.Analyze(r.Context(), p.ID)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := f.render(r.Context(), &buf, report.Data{Analysis: a, Workspace: ws, GeneratedAt: time.Now().UTC()}); err != nil {
		return fmt.Errorf("render %s report of project %d: %w", name, p.ID, err)
	}
	apiSendFile(w, f.contentType, apiFileSlug(p.Name)+"-analysis"+f.extension, buf.Bytes())
	return nil
}

// apiExport writes the whole project as a project file, which POST
// /api/v1/restore reads back.
func (s *Server) apiExport(w http.ResponseWriter, r *http.Request) error {
	p, err := s.apiProject(r)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	if err := s.svc.ExportProject(r.Context(), p.ID, &buf); err != nil {
		return err
	}
	apiSendFile(w, "application/json; charset=utf-8", apiFileSlug(p.Name)+".enablemap.json", buf.Bytes())
	return nil
}

// apiRestore stores a project file as a new project, named ?name= when
// given. The file is the raw body or the "file" part of a multipart form.
func (s *Server) apiRestore(w http.ResponseWriter, r *http.Request) error {
	newName := r.URL.Query().Get("name")
	r.Body = http.MaxBytesReader(w, r.Body, apiMaxFileBody)
	var body io.Reader = r.Body
	file := "project.json"
	mt, _, _ := mime.ParseMediaType(r.Header.Get("Content-Type"))
	if mt == "multipart/form-data" {
		mr, err := r.MultipartReader()
		if err != nil {
			return apiBadRequest("file", "cannot read the multipart form: %s", err)
		}
		for found := false; !found; {
			part, err := mr.NextPart()
			if err == io.EOF {
				return apiBadRequest("file", "the form has no part named \"file\"")
			}
			if err != nil {
				return apiBadRequest("file", "cannot read the multipart form: %s", err)
			}
			if part.FormName() == "file" {
				if n := apiFileName(part.FileName()); n != "" {
					file = n
				}
				body, found = part, true
			}
		}
	}
	p, err := s.svc.RestoreProject(r.Context(), file, body, newName)
	if err != nil {
		return err
	}
	w.Header().Set("Location", apiProjectURL(p.ID))
	writeJSON(w, http.StatusCreated, projectOut(p))
	return nil
}

// apiSendFile writes a download.
func apiSendFile(w http.ResponseWriter, contentType, name string, data []byte) {
	w.Header().Set("Content-Type", contentType)
	w.Header().Set("X-Content-Type-Options", "nosniff")
	w.Header().Set("Content-Disposition", mime.FormatMediaType("attachment", map[string]string{"filename": name}))
	w.Header().Set("Content-Length", fmt.Sprint(len(data)))
	// The headers are sent; a failed write means the client went away.
	_, _ = w.Write(data)
}

// apiFileSlug makes a project name safe and readable as a file name.
func apiFileSlug(name string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(name) {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			b.WriteRune(r)
			dash = false
		case !dash && b.Len() > 0:
			b.WriteByte('-')
			dash = true
		}
	}
	out := strings.TrimRight(b.String(), "-")
	if len(out) > 60 {
		out = strings.TrimRight(out[:60], "-")
	}
	if out == "" {
		out = "project"
	}
	return out
}
