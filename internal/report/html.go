package report

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

//go:embed templates/report.html
var templateFS embed.FS

// reportTemplate is parsed when the package loads, so a broken template
// fails every test and every start rather than the first report.
var reportTemplate = template.Must(template.New("report.html").Funcs(template.FuncMap{
	"join":   strings.Join,
	"status": statusLabel,
}).ParseFS(templateFS, "templates/report.html"))

// topHoles is how many holes the leadership summary lists.
const topHoles = 5

// HTML writes a printable, self-contained report: inline CSS with a print
// stylesheet, inline SVG, no JavaScript and no external resources. The first
// page is a summary for sales leadership; the map follows on a landscape
// page, then figures, holes, materials, set-aside materials, wants and the
// road map.
func HTML(w io.Writer, d Data) error {
	page, err := htmlPageOf(d)
	if err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	if err := reportTemplate.Execute(bw, page); err != nil {
		return fmt.Errorf("write HTML report: %w", err)
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write HTML report: %w", err)
	}
	return nil
}

type htmlPage struct {
	Project, Date, Description, Lede string
	Tiles                            []htmlTile
	TopHoles, Holes                  []htmlHole
	MoreHoles                        int
	FigureRows                       []htmlTile
	Stages                           []enablemap.StageFigure
	Aligned, SetAside                []htmlMaterial
	Wants                            []enablemap.Want
	Roadmap                          []roadmapRow
	// Drawings are our own SVG, every text in them escaped by esc.
	MapSVG, CoverageSVG, NeedsSVG, MaterialsSVG, RoadmapSVG template.HTML
}

type htmlTile struct {
	Value, Label string
	Alert        bool
}

type htmlHole struct {
	Name, Stage, Need, Reps, Goal string
	Kinds, Reasons                []string
}

type htmlMaterial struct {
	ID, Title, Type, Activity, Stage, Score, Reason string
	Reasons                                         []string
}

func htmlPageOf(d Data) (htmlPage, error) {
	ix := newIndex(&d)
	f := d.Analysis.Figures
	p := htmlPage{
		Project:     ix.projectName(),
		Date:        ix.date(),
		Description: strings.TrimSpace(d.Workspace.Project.Description),
		Stages:      f.ByStage,
		Wants:       ix.wants(),
		Roadmap:     ix.roadmap(),
	}
	p.Lede = fmt.Sprintf("%s named %s they must do to move a buyer forward. Marketing should serve %d of them: ",
		plural(f.Reps, "rep"), plural(f.Activities, "activity"), f.RelevantActivities)
	if f.Holes == 0 {
		p.Lede += "every one has a material. "
	} else {
		p.Lede += fmt.Sprintf("%s a material, %s none. ", verb(f.CoveredActivities, "", "has", "have"),
			verb(f.Holes, "hole", "has", "have"))
	}
	p.Lede += fmt.Sprintf("%d of %s (%s) serve an activity; %d fit none.",
		f.MaterialsAligned, plural(f.Materials, "material"), percent(f.AlignedShare), f.MaterialsSetAside)
	p.Tiles = []htmlTile{
		{Value: fmt.Sprint(f.Reps), Label: "reps interviewed"},
		{Value: fmt.Sprint(f.Activities), Label: "activities (needs)"},
		{Value: fmt.Sprint(f.Holes), Label: "holes to fill", Alert: f.Holes > 0},
		{Value: percent(f.AlignedShare), Label: "of materials serve an activity"},
		{Value: fmt.Sprint(f.MaterialsSetAside), Label: "materials set aside"},
	}
	p.FigureRows = []htmlTile{
		{Value: fmt.Sprint(f.Interviews), Label: "Interviews"},
		{Value: fmt.Sprint(f.Reps), Label: "Reps interviewed"},
		{Value: fmt.Sprint(f.Responses), Label: "Responses"},
		{Value: fmt.Sprint(f.Activities), Label: "Activities (needs)"},
		{Value: fmt.Sprint(f.RelevantActivities), Label: "Marketing-relevant activities"},
		{Value: fmt.Sprint(f.CoveredActivities), Label: "Covered by a material"},
		{Value: fmt.Sprint(f.Holes), Label: "Holes"},
		{Value: fmt.Sprint(f.Wants), Label: "Wants set apart"},
		{Value: fmt.Sprint(f.Materials), Label: "Materials"},
		{Value: fmt.Sprintf("%d (%s)", f.MaterialsAligned, percent(f.AlignedShare)), Label: "Materials aligned with an activity"},
		{Value: fmt.Sprint(f.MaterialsSetAside), Label: "Materials set aside"},
	}
	for _, id := range d.Analysis.Holes {
		a := ix.activities[id]
		p.Holes = append(p.Holes, htmlHole{Name: ix.activityName(id), Stage: orNoStage(a.BuyingStage),
			Need: score(a.NeedScore), Reps: plural(a.Reps, "rep"), Goal: a.Goal,
			Kinds: ix.holeKinds(id), Reasons: ix.holeReasons(id)})
	}
	p.TopHoles = p.Holes[:min(topHoles, len(p.Holes))]
	p.MoreHoles = len(p.Holes) - len(p.TopHoles)
	for _, m := range d.Analysis.Materials {
		hm := htmlMaterial{ID: m.MaterialID, Title: m.Title, Type: m.Type}
		if m.SetAside || len(m.Matches) == 0 {
			hm.Reason = strings.TrimSpace(m.SetAsideReason)
			if hm.Reason == "" {
				hm.Reason = "it fits no activity reps named"
			}
			p.SetAside = append(p.SetAside, hm)
			continue
		}
		best := m.Matches[0]
		hm.Activity, hm.Stage = ix.activityName(best.ActivityID), ix.activities[best.ActivityID].BuyingStage
		hm.Score, hm.Reasons = score(best.Score), best.Reasons
		p.Aligned = append(p.Aligned, hm)
	}

	drawings := []struct {
		dst  *template.HTML
		draw func(*bufio.Writer) error
	}{
		{&p.MapSVG, func(w *bufio.Writer) error { return writeMapSVG(w, d, "svg-map") }},
		{&p.CoverageSVG, func(w *bufio.Writer) error { return writeChartSVG(w, d, ChartCoverage, "svg-coverage") }},
		{&p.NeedsSVG, func(w *bufio.Writer) error { return writeChartSVG(w, d, ChartNeeds, "svg-needs") }},
		{&p.MaterialsSVG, func(w *bufio.Writer) error { return writeChartSVG(w, d, ChartMaterials, "svg-materials") }},
		{&p.RoadmapSVG, func(w *bufio.Writer) error { return writeChartSVG(w, d, ChartRoadmap, "svg-roadmap") }},
	}
	for _, dr := range drawings {
		var buf bytes.Buffer
		bw := bufio.NewWriter(&buf)
		if err := dr.draw(bw); err != nil {
			return htmlPage{}, fmt.Errorf("write HTML report: %w", err)
		}
		if err := bw.Flush(); err != nil {
			return htmlPage{}, fmt.Errorf("write HTML report: %w", err)
		}
		*dr.dst = template.HTML(buf.String()) // #nosec: generated by our SVG writer, text escaped
	}
	return p, nil
}

func orNoStage(s string) string {
	if strings.TrimSpace(s) == "" {
		return "no buying stage"
	}
	return s
}

// verb counts a noun with its verb: "1 hole has", "2 holes have"; an empty
// noun gives "1 has", "2 have".
func verb(n int, noun, one, many string) string {
	if noun == "" {
		if n == 1 {
			return "1 " + one
		}
		return fmt.Sprintf("%d %s", n, many)
	}
	if n == 1 {
		return plural(n, noun) + " " + one
	}
	return plural(n, noun) + " " + many
}
