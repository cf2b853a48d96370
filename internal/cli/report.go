package cli

import (
	"context"
	"io"
	"sort"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/report"
)

const reportHelp = `
Usage: enablemap report --project NAME --format FORMAT [--out FILE]

Writes a report of the project's analysis for people who were not in the room:
  html   a printable page: one-page summary for sales leadership, the map, figures,
         holes with the material kinds that would fill them, set-aside list, wants, road map
  pdf    the same page printed to PDF (needs Chromium; ENABLEMAP_CHROMIUM names it)
  xlsx   a workbook: Activities, Map, Materials, Holes, Road map, Wants, Interviews
  svg    the activity map as a picture (png: the same as a PNG image)
  md     Markdown: the map as a table, holes, set-aside list, wants, road map
  json   the analysis (the output contract in docs/json.md)
  csv    the activity table
With --format svg, --chart coverage|materials|needs|roadmap draws a chart instead of the map.

Example:
  enablemap report --project demo --format pdf --out demo-report.pdf
  enablemap report --project demo --format svg --chart coverage --out coverage.svg
`

// reportFormats maps each format to its renderer.
func reportFormats() map[string]func(context.Context, io.Writer, report.Data) error {
	plain := func(fn func(io.Writer, report.Data) error) func(context.Context, io.Writer, report.Data) error {
		return func(_ context.Context, w io.Writer, d report.Data) error { return fn(w, d) }
	}
	return map[string]func(context.Context, io.Writer, report.Data) error{
		"md":   plain(report.Markdown),
		"json": plain(report.JSON),
		"csv":  plain(report.ActivitiesCSV),
		"html": plain(report.HTML),
		"xlsx": plain(report.XLSX),
		"svg":  plain(report.MapSVG),
		"png":  plain(report.MapPNG),
		"pdf":  report.PDF,
	}
}

func runReport(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "report", reportHelp)
	project := projectFlag(fs)
	format := fs.String("format", "md", "report format")
	out := fs.String("out", "", "write to this file instead of standard output")
	chart := fs.String("chart", "", "with --format svg: coverage, materials, needs or roadmap")
	db := dbFlag(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	formats := reportFormats()
	if *chart != "" {
		kind, err := report.ParseChartKind(*chart)
		if err != nil {
			return err
		}
		if *format != "svg" {
			return enablemap.FieldError("--chart", "charts are drawn as SVG: add --format svg")
		}
		formats["svg"] = func(_ context.Context, w io.Writer, d report.Data) error { return report.ChartSVG(w, d, kind) }
	}
	render, ok := formats[*format]
	if !ok {
		var names []string
		for n := range formats {
			names = append(names, n)
		}
		sort.Strings(names)
		return enablemap.FieldError("--format", "format %q is not one of %s", *format, strings.Join(names, ", "))
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
	d := report.Data{Analysis: a, Workspace: ws, GeneratedAt: time.Now().UTC()}
	return writeOutput(env, *out, func(w io.Writer) error { return render(ctx, w, d) })
}
