package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/importer"
	"github.com/enablemap/enablemap/internal/report"
	"github.com/enablemap/enablemap/internal/service"
)

const analyzeHelp = `
Usage: enablemap analyze --interviews FILE [--materials FILE] [--glossary FILE] [--buying-stages T|FILE] [--format json|md|csv]
       enablemap analyze --project NAME [--format json|md|csv]

Rolls the interview responses up into activities in common terms, sets wants apart,
suggests each activity's buying stage and marketing relevance, matches every material
to its activities (or sets it aside), scores needs and lists the holes.

With files, nothing is stored: the analysis is printed and forgotten (without
--materials, every marketing-relevant activity is a hole). With --project,
the stored project is analysed, and the decisions you made (enablemap decide) beat
the suggestions.

Files are CSV or XLSX (see docs/import.md). --buying-stages is a template (gartner,
classic, acd) or a file with one stage per line; the default is gartner.

Examples:
  enablemap analyze --interviews interviews.csv --materials materials.csv --glossary glossary.csv --format md
  enablemap analyze --project "Q3 platform launch" --format json --out analysis.json
`

func runAnalyze(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "analyze", analyzeHelp)
	interviews := fs.String("interviews", "", "interviews file (CSV or XLSX)")
	materials := fs.String("materials", "", "materials file (CSV or XLSX)")
	glossary := fs.String("glossary", "", "glossary file (CSV or XLSX)")
	buying := fs.String("buying-stages", "gartner", "buying-stage template (gartner, classic, acd) or a file with one stage per line")
	format := fs.String("format", "md", "output format: json, md or csv")
	out := fs.String("out", "", "write to this file instead of standard output")
	name := fs.String("name", "", "with files: the title of the analysis (default: the interviews file's name)")
	project := projectFlag(fs)
	db := dbFlag(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	render, err := renderer(*format, "json", "md", "csv")
	if err != nil {
		return err
	}
	var data report.Data
	switch {
	case *project.project != "":
		if *interviews != "" || *materials != "" || *glossary != "" {
			return enablemap.FieldError("--project", "give either --project or files, not both")
		}
		svc, st, err := open(ctx, env, *db)
		if err != nil {
			return err
		}
		defer st.Close()
		p, err := resolve(ctx, svc, project)
		if err != nil {
			return err
		}
		a, ws, err := svc.Analyze(ctx, p.ID)
		if err != nil {
			return err
		}
		data = report.Data{Analysis: a, Workspace: ws, GeneratedAt: time.Now().UTC()}
	default:
		if *interviews == "" {
			return enablemap.FieldError("--interviews", "name the interviews file with --interviews (or a stored project with --project)")
		}
		ws, err := loadFiles(*interviews, *materials, *glossary, *buying)
		if err != nil {
			return err
		}
		if *name != "" {
			ws.Project.Name = *name
		}
		if *materials == "" {
			fmt.Fprintln(env.Stderr, "note: no --materials given, so every marketing-relevant activity counts as a hole")
		}
		data = report.Data{Analysis: service.New(nil).AnalyzeWorkspace(ws), Workspace: ws, GeneratedAt: time.Now().UTC()}
	}
	return writeOutput(env, *out, func(w io.Writer) error { return render(w, data) })
}

// loadFiles builds an unsaved workspace from files.
func loadFiles(interviews, materials, glossary, buying string) (enablemap.Workspace, error) {
	var ws enablemap.Workspace
	stages, err := buyingStages(buying)
	if err != nil {
		return ws, err
	}
	ws.Project = enablemap.Project{Name: "Analysis of " + baseName(interviews), BuyingStages: stages}
	ws.Interviews, ws.Responses, err = importer.ReadInterviewsFile(interviews)
	if err != nil {
		return ws, err
	}
	ws.Project.SalesStages, _ = enablemap.MergeSalesStages(nil, ws.Responses)
	if materials != "" {
		ws.Materials, err = importer.ReadMaterialsFile(materials)
		if err != nil {
			return ws, err
		}
	}
	if glossary != "" {
		ws.Glossary, err = importer.ReadGlossaryFile(glossary)
		if err != nil {
			return ws, err
		}
	}
	return ws, nil
}

// buyingStages reads a template name or a stage-list file.
func buyingStages(v string) ([]string, error) {
	if v == "" {
		v = "gartner"
	}
	if stages, ok := enablemap.BuyingStageTemplate(v); ok {
		return stages, nil
	}
	b, err := os.ReadFile(v)
	if err != nil {
		if os.IsNotExist(err) {
			return nil, enablemap.FieldError("--buying-stages", "%q is neither a template (%s) nor a file", v, strings.Join(enablemap.BuyingStageTemplateNames(), ", "))
		}
		return nil, fmt.Errorf("read buying stages: %w", err)
	}
	stages, err := enablemap.ParseStageList(string(b))
	if err != nil {
		return nil, &enablemap.Error{Code: enablemap.EINVALID, File: v, Message: enablemap.ErrorMessage(err)}
	}
	return stages, nil
}

func baseName(path string) string {
	i := strings.LastIndexAny(path, `/\`)
	return path[i+1:]
}

// renderer returns the report function for a format among the allowed ones.
func renderer(format string, allowed ...string) (func(io.Writer, report.Data) error, error) {
	ok := false
	for _, a := range allowed {
		if a == format {
			ok = true
		}
	}
	fns := map[string]func(io.Writer, report.Data) error{
		"json": report.JSON,
		"md":   report.Markdown,
		"csv":  report.ActivitiesCSV,
	}
	fn := fns[format]
	if !ok || fn == nil {
		return nil, enablemap.FieldError("--format", "format %q is not one of %s", format, strings.Join(allowed, ", "))
	}
	return fn, nil
}

// writeOutput writes to a file (atomically: a temporary file renamed into
// place) or to standard output.
func writeOutput(env *Env, path string, fn func(io.Writer) error) error {
	if path == "" || path == "-" {
		w := bufio.NewWriter(env.Stdout)
		if err := fn(w); err != nil {
			return err
		}
		return w.Flush()
	}
	tmp, err := os.CreateTemp(dirOf(path), ".enablemap-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	w := bufio.NewWriter(tmp)
	if err := fn(w); err != nil {
		tmp.Close()
		return err
	}
	if err := w.Flush(); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	fmt.Fprintf(env.Stderr, "wrote %s\n", path)
	return nil
}

func dirOf(path string) string {
	i := strings.LastIndexAny(path, `/\`)
	if i < 0 {
		return "."
	}
	return path[:i+1]
}
