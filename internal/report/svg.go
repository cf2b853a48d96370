package report

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"io"
	"math"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// ChartKind names a chart ChartSVG can draw.
type ChartKind string

const (
	// ChartCoverage: covered, holes and not marketing's per buying stage.
	ChartCoverage ChartKind = "coverage"
	// ChartMaterials: materials aligned with an activity against set aside.
	ChartMaterials ChartKind = "materials"
	// ChartNeeds: need scores of the most needed activities.
	ChartNeeds ChartKind = "needs"
	// ChartRoadmap: road-map items by status on a due-date line.
	ChartRoadmap ChartKind = "roadmap"
)

// ChartKinds lists the chart kinds in the order reports show them.
func ChartKinds() []ChartKind {
	return []ChartKind{ChartCoverage, ChartMaterials, ChartNeeds, ChartRoadmap}
}

// ParseChartKind reads a chart kind as a user typed it.
func ParseChartKind(s string) (ChartKind, error) {
	k := ChartKind(strings.ToLower(strings.TrimSpace(s)))
	for _, known := range ChartKinds() {
		if k == known {
			return k, nil
		}
	}
	names := make([]string, 0, 4)
	for _, known := range ChartKinds() {
		names = append(names, string(known))
	}
	return "", enablemap.FieldError("chart", "unknown chart %q: use one of %s", s, strings.Join(names, ", "))
}

const svgFonts = `'Go', 'Helvetica Neue', Helvetica, Arial, sans-serif`

// MapSVG draws the activity map: buying stages as columns, one card per
// activity with its need score, coloured, patterned and labelled by coverage,
// with a legend, the project name and the date.
func MapSVG(w io.Writer, d Data) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	if err := writeMapSVG(bw, d, "map"); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write SVG map: %w", err)
	}
	return nil
}

// ChartSVG draws one chart of the analysis as SVG.
func ChartSVG(w io.Writer, d Data, kind ChartKind) error {
	if _, err := ParseChartKind(string(kind)); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header)
	if err := writeChartSVG(bw, d, kind, string(kind)); err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write SVG chart %s: %w", kind, err)
	}
	return nil
}

// svg writes SVG elements. ids are prefixed so several drawings can sit
// inline in one HTML page without their patterns clashing.
type svg struct {
	w  *bufio.Writer
	id string
}

func esc(s string) string {
	var b strings.Builder
	// EscapeText also replaces runes XML forbids, so any input parses.
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

func num(f float64) string {
	return fmt.Sprintf("%.1f", math.Round(f*10)/10)
}

func (s *svg) f(format string, args ...any) { fmt.Fprintf(s.w, format, args...) }

func (s *svg) open(w, h float64, title, desc string) {
	s.f(`<svg xmlns="http://www.w3.org/2000/svg" width="%s" height="%s" viewBox="0 0 %s %s" role="img" aria-labelledby="%s-title %s-desc" font-family="%s">`+"\n",
		num(w), num(h), num(w), num(h), s.id, s.id, esc(svgFonts))
	s.f(`<title id="%s-title">%s</title>`+"\n", s.id, esc(title))
	s.f(`<desc id="%s-desc">%s</desc>`+"\n", s.id, esc(desc))
	// The hatch marks holes, the dash marks activities Marketing need not
	// serve: both survive grey printing and colour-blind eyes.
	hole := HoleCoverage.colours()
	s.f(`<defs><pattern id="%s-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">`+
		`<rect width="8" height="8" fill="%s"/><line x1="0" y1="0" x2="0" y2="8" stroke="%s" stroke-width="2.5" stroke-opacity="0.25"/></pattern></defs>`+"\n",
		s.id, hole.Fill, hole.Stroke)
	s.f(`<rect width="100%%" height="100%%" fill="#FFFFFF"/>` + "\n")
}

func (s *svg) close() { s.f("</svg>\n") }

func (s *svg) text(x, y, size float64, bold bool, fill, anchor, text string) {
	weight := ""
	if bold {
		weight = ` font-weight="bold"`
	}
	if anchor != "" && anchor != "start" {
		weight += ` text-anchor="` + anchor + `"`
	}
	s.f(`<text x="%s" y="%s" font-size="%s"%s fill="%s">%s</text>`+"\n", num(x), num(y), num(size), weight, fill, esc(text))
}

// swatch draws a rectangle in the style of a coverage kind.
func (s *svg) swatch(x, y, w, h, radius float64, c Coverage) {
	col := c.colours()
	fill := col.Fill
	dash := ""
	if c == HoleCoverage {
		fill = "url(#" + s.id + "-hatch)"
	}
	if c == NotMarketing {
		dash = ` stroke-dasharray="4 3"`
	}
	s.f(`<rect x="%s" y="%s" width="%s" height="%s" rx="%s" fill="%s" stroke="%s" stroke-width="1.5"%s/>`+"\n",
		num(x), num(y), num(w), num(h), num(radius), fill, col.Stroke, dash)
}

func (s *svg) legend(x, y float64, f *fonts, items []Coverage, label func(Coverage) string) {
	for _, c := range items {
		s.swatch(x, y-11, 20, 14, 3, c)
		t := label(c)
		s.text(x+26, y, mapMetaSize, false, "#333333", "", t)
		x += 26 + f.width(t, mapMetaSize, false) + 22
	}
}

func writeMapSVG(w *bufio.Writer, d Data, id string) error {
	f, err := newFonts(1)
	if err != nil {
		return fmt.Errorf("draw SVG map: %w", err)
	}
	defer f.close()
	ix := newIndex(&d)
	l := layoutMap(ix, f)
	s := &svg{w: w, id: id}
	s.open(l.W, l.H, l.Title, mapDescription(ix))
	s.text(mapMargin, mapMargin+mapTitleSize-4, mapTitleSize, true, "#1A1A1A", "", l.Title)
	s.text(mapMargin, mapMargin+mapTitleSize+8+mapSubSize-2, mapSubSize, false, "#555555", "", l.Subtitle)
	s.legend(mapMargin, l.LegendY, f, coverages, legendText)
	if l.Empty != "" {
		s.text(mapMargin, l.LegendY+50, 14, false, "#555555", "", l.Empty)
	}
	for _, col := range l.Columns {
		s.f(`<g class="stage">` + "\n")
		s.f(`<rect x="%s" y="%s" width="%s" height="%s" rx="6" fill="#F4F6F9" stroke="#D5DBE3"/>`+"\n",
			num(col.X), num(col.Y), num(col.W), num(col.HeadH+col.BodyH))
		s.f(`<rect x="%s" y="%s" width="%s" height="%s" rx="6" fill="#2F4A66"/>`+"\n",
			num(col.X), num(col.Y), num(col.W), num(col.HeadH))
		for i, line := range col.HeadLines {
			s.text(col.X+mapCardPad, col.Y+mapCardPad+14+float64(i)*18, mapHeadSize, true, "#FFFFFF", "", line)
		}
		s.text(col.X+mapCardPad, col.Y+col.HeadH-mapCardPad-1, mapMetaSize, false, "#D8E2EE", "", col.Count)
		for _, c := range col.Cards {
			card(s, c)
		}
		s.f("</g>\n")
	}
	s.close()
	return nil
}

func card(s *svg, c mapCard) {
	col := c.Cov.colours()
	s.f(`<g class="activity %s">`+"\n", c.Cov)
	s.f(`<title>%s</title>`+"\n", esc(strings.Join(c.Lines, " ")+" ("+c.ID+"): "+c.Meta))
	s.swatch(c.X+4, c.Y, c.W-8, c.H, 5, c.Cov)
	// A solid bar on the left edge repeats the coverage for a quick scan.
	s.f(`<rect x="%s" y="%s" width="5" height="%s" fill="%s"/>`+"\n", num(c.X+4), num(c.Y), num(c.H), col.Stroke)
	for i, line := range c.Lines {
		s.text(c.X+4+mapCardPad+4, c.Y+mapCardPad+12+float64(i)*mapLineH, mapCardSize, false, col.Text, "", line)
	}
	s.text(c.X+4+mapCardPad+4, c.Y+c.H-mapCardPad, mapMetaSize, c.Cov == HoleCoverage, col.Text, "", c.Meta)
	s.f("</g>\n")
}

func mapDescription(ix *index) string {
	var covered, holes, other int
	for _, a := range ix.d.Analysis.Activities {
		switch CoverageOf(a) {
		case Covered:
			covered++
		case HoleCoverage:
			holes++
		default:
			other++
		}
	}
	return fmt.Sprintf("%s on %s: %d covered, %s, %d not marketing's.",
		plural(len(ix.d.Analysis.Activities), "activity"), plural(len(ix.d.Analysis.BuyingStages), "buying stage"),
		covered, plural(holes, "hole"), other)
}

// Chart frame, in layout units.
const (
	chartW      = 760.0
	chartMargin = 20.0
	chartLabelW = 210.0
	chartBarH   = 22.0
	chartRowGap = 12.0
)

func writeChartSVG(w *bufio.Writer, d Data, kind ChartKind, id string) error {
	f, err := newFonts(1)
	if err != nil {
		return fmt.Errorf("draw SVG chart %s: %w", kind, err)
	}
	defer f.close()
	ix := newIndex(&d)
	s := &svg{w: w, id: id}
	switch kind {
	case ChartCoverage:
		coverageChart(s, f, ix)
	case ChartMaterials:
		materialsChart(s, f, ix)
	case ChartNeeds:
		needsChart(s, f, ix)
	case ChartRoadmap:
		roadmapChart(s, f, ix)
	}
	return nil
}

// barRow is one row of a horizontal stacked bar chart.
type barRow struct {
	Label string
	Segs  []barSeg
	Note  string // written after the bar
}

type barSeg struct {
	N   float64
	Cov Coverage
	Tag string // written inside the segment when it fits
}

// bars draws a titled horizontal bar chart. scaleMax is the value of a full
// bar; legend may be nil.
func bars(s *svg, f *fonts, title, subtitle string, rows []barRow, scaleMax float64, legend []Coverage, legendLabel func(Coverage) string, empty string) {
	type placed struct {
		lines []string
		y, h  float64
	}
	y := chartMargin + 50.0
	if legend != nil {
		y += 34
	}
	emptyY := y + 20
	var ps []placed
	for _, r := range rows {
		lines := f.wrap(r.Label, 12, false, chartLabelW-10, 2)
		h := max(chartBarH, float64(len(lines))*15+4)
		ps = append(ps, placed{lines: lines, y: y, h: h})
		y += h + chartRowGap
	}
	if len(rows) == 0 {
		y += 30
	}
	height := y + chartMargin
	s.open(chartW, height, title, subtitle)
	s.text(chartMargin, chartMargin+16, 17, true, "#1A1A1A", "", title)
	s.text(chartMargin, chartMargin+34, 12, false, "#555555", "", subtitle)
	if legend != nil {
		s.legend(chartMargin, chartMargin+62, f, legend, legendLabel)
	}
	if len(rows) == 0 {
		s.text(chartMargin, emptyY, 13, false, "#555555", "", empty)
		s.close()
		return
	}
	barX := chartMargin + chartLabelW
	barMax := chartW - barX - chartMargin - 130
	if scaleMax <= 0 {
		scaleMax = 1
	}
	for i, r := range rows {
		p := ps[i]
		// Labels sit centred on their bar.
		ly := p.y + (p.h-float64(len(p.lines))*15)/2 + 11.5
		for j, line := range p.lines {
			s.text(chartMargin, ly+float64(j)*15, 12, false, "#1A1A1A", "", line)
		}
		x := barX
		by := p.y + (p.h-chartBarH)/2
		for _, seg := range r.Segs {
			if seg.N <= 0 {
				continue
			}
			wd := seg.N / scaleMax * barMax
			s.swatch(x, by, wd, chartBarH, 2, seg.Cov)
			if seg.Tag != "" && f.width(seg.Tag, 11, true)+8 <= wd {
				s.text(x+wd/2, by+15, 11, true, seg.Cov.colours().Text, "middle", seg.Tag)
			}
			x += wd
		}
		if r.Note != "" {
			s.text(x+8, by+15, 12, false, "#333333", "", r.Note)
		}
	}
	s.close()
}

func coverageChart(s *svg, f *fonts, ix *index) {
	figs := ix.d.Analysis.Figures.ByStage
	if len(figs) == 0 {
		figs = stageFigures(ix)
	}
	var rows []barRow
	top := 0.0
	for _, sf := range figs {
		total := sf.Covered + sf.Holes + sf.Internal
		top = max(top, float64(total))
		note := fmt.Sprintf("%d of %d covered", sf.Covered, sf.Relevant)
		if sf.Relevant == 0 {
			note = "nothing for Marketing"
		}
		rows = append(rows, barRow{Label: sf.Stage, Note: note, Segs: []barSeg{
			{N: float64(sf.Covered), Cov: Covered, Tag: fmt.Sprint(sf.Covered)},
			{N: float64(sf.Holes), Cov: HoleCoverage, Tag: fmt.Sprint(sf.Holes)},
			{N: float64(sf.Internal), Cov: NotMarketing, Tag: fmt.Sprint(sf.Internal)},
		}})
	}
	bars(s, f, "Coverage per buying stage", "Activities per stage: covered by a material, holes, and activities Marketing need not serve",
		rows, top, coverages, legendText, "No buying stages yet.")
}

// stageFigures counts coverage per buying stage from the activities when
// the analysis carries no figures.
func stageFigures(ix *index) []enablemap.StageFigure {
	stages, cols := ix.byStage()
	out := make([]enablemap.StageFigure, 0, len(stages))
	for _, st := range stages {
		sf := enablemap.StageFigure{Stage: st}
		for _, a := range cols[st] {
			sf.Materials += len(a.MaterialIDs)
			switch CoverageOf(a) {
			case Covered:
				sf.Relevant++
				sf.Covered++
			case HoleCoverage:
				sf.Relevant++
				sf.Holes++
			default:
				sf.Internal++
			}
		}
		out = append(out, sf)
	}
	return out
}

func materialsChart(s *svg, f *fonts, ix *index) {
	aligned, aside := 0, 0
	for _, m := range ix.d.Analysis.Materials {
		if m.SetAside || len(m.Matches) == 0 {
			aside++
		} else {
			aligned++
		}
	}
	total := aligned + aside
	share := func(n int) string {
		if total == 0 {
			return "0"
		}
		return fmt.Sprintf("%d (%s)", n, percent(float64(n)/float64(total)))
	}
	var rows []barRow
	if total > 0 {
		rows = []barRow{
			{Label: "Aligned with an activity", Note: share(aligned), Segs: []barSeg{{N: float64(aligned), Cov: Covered, Tag: "aligned"}}},
			{Label: "Set aside: fits no activity", Note: share(aside), Segs: []barSeg{{N: float64(aside), Cov: NotMarketing, Tag: "set aside"}}},
		}
	}
	bars(s, f, "Materials aligned vs set aside", fmt.Sprintf("%s in the inventory", plural(total, "material")),
		rows, float64(max(aligned, aside)), nil, nil, "No materials yet.")
}

// topNeeds is how many activities the needs chart shows.
const topNeeds = 10

func needsChart(s *svg, f *fonts, ix *index) {
	acts := append([]enablemap.Activity(nil), ix.d.Analysis.Activities...)
	sortByNeed(acts)
	if len(acts) > topNeeds {
		acts = acts[:topNeeds]
	}
	top := 0.0
	for _, a := range acts {
		top = max(top, a.NeedScore)
	}
	rows := make([]barRow, 0, len(acts))
	for _, a := range acts {
		rows = append(rows, barRow{Label: a.Name, Note: fmt.Sprintf("%s · %s", score(a.NeedScore), CoverageOf(a).Label()),
			Segs: []barSeg{{N: max(a.NeedScore, 0), Cov: CoverageOf(a)}}})
	}
	bars(s, f, "Most needed activities", fmt.Sprintf("Need score of the top %d activities: more reps, roles and regions name them", len(acts)),
		rows, top, coverages, legendText, "No activities yet.")
}

// roadmapChart draws road-map items on a due-date line, one row each, with
// a marker whose shape and label give the status.
func roadmapChart(s *svg, f *fonts, ix *index) {
	items := ix.roadmap()
	counts := map[enablemap.RoadmapStatus]int{}
	var first, last time.Time
	for _, r := range items {
		counts[normStatus(r.Item.Status)]++
		if t, err := time.Parse("2006-01-02", r.Item.Due); err == nil {
			if first.IsZero() || t.Before(first) {
				first = t
			}
			if last.IsZero() || t.After(last) {
				last = t
			}
		}
	}
	title := "Road map by status and due date"
	sub := fmt.Sprintf("%d planned · %d in progress · %d done", counts[enablemap.Planned], counts[enablemap.InProgress], counts[enablemap.Done])
	rowH := 26.0
	top := chartMargin + 70
	height := top + float64(max(len(items), 1))*rowH + 40 + chartMargin
	s.open(chartW, height, title, sub)
	s.text(chartMargin, chartMargin+16, 17, true, "#1A1A1A", "", title)
	s.text(chartMargin, chartMargin+34, 12, false, "#555555", "", sub)
	// Legend: marker shapes with their names.
	lx := chartMargin
	for _, st := range []enablemap.RoadmapStatus{enablemap.Planned, enablemap.InProgress, enablemap.Done} {
		statusMarker(s, lx+7, chartMargin+57, st)
		s.text(lx+18, chartMargin+61, 11, false, "#333333", "", statusLabel(st))
		lx += 30 + f.width(statusLabel(st), 11, false) + 16
	}
	if len(items) == 0 {
		s.text(chartMargin, top+20, 13, false, "#555555", "", "No road-map items yet.")
		s.close()
		return
	}
	axisX := chartMargin + 250
	noDateX := chartW - chartMargin - 60
	axisW := noDateX - 40 - axisX
	span := last.Sub(first)
	if span <= 0 {
		span = 24 * time.Hour
	}
	// Half a month of room either side keeps markers off the edges.
	first = first.Add(-15 * 24 * time.Hour)
	span += 30 * 24 * time.Hour
	xOf := func(t time.Time) float64 { return axisX + float64(t.Sub(first))/float64(span)*axisW }
	axisY := top + float64(len(items))*rowH + 6
	s.f(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#888888"/>`+"\n", num(axisX), num(axisY), num(axisX+axisW), num(axisY))
	if !last.IsZero() {
		months := monthTicks(first, first.Add(span))
		for _, m := range months {
			x := xOf(m)
			s.f(`<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="#E1E5EA"/>`+"\n", num(x), num(top-6), num(x), num(axisY))
			s.text(x, axisY+16, 10.5, false, "#555555", "middle", m.Format("Jan 2006"))
		}
	}
	s.text(noDateX, axisY+16, 10.5, false, "#555555", "middle", "no date")
	for i, r := range items {
		y := top + float64(i)*rowH + rowH/2
		label := f.wrap(r.Item.Title, 12, false, 240, 1)
		if len(label) > 0 {
			s.text(chartMargin, y+4, 12, false, "#1A1A1A", "", label[0])
		}
		x := noDateX
		due := "no date"
		if t, err := time.Parse("2006-01-02", r.Item.Due); err == nil {
			x, due = xOf(t), r.Item.Due
		}
		s.f(`<g><title>%s</title>`, esc(fmt.Sprintf("%s: %s, due %s", r.Item.Title, statusLabel(r.Item.Status), due)))
		statusMarker(s, x, y, normStatus(r.Item.Status))
		s.f("</g>\n")
		anchor, tx := "start", x+10
		if x > axisX+axisW*0.7 {
			anchor, tx = "end", x-10
		}
		s.text(tx, y+4, 10.5, false, "#333333", anchor, statusLabel(r.Item.Status))
	}
	s.close()
}

func normStatus(st enablemap.RoadmapStatus) enablemap.RoadmapStatus {
	if st == "" {
		return enablemap.Planned
	}
	return st
}

// statusMarker: planned is an open circle, in progress a half-filled one,
// done a filled circle with a tick; shape alone tells them apart.
func statusMarker(s *svg, x, y float64, st enablemap.RoadmapStatus) {
	const r = 6.5
	col := "#1F5F99"
	switch st {
	case enablemap.Done:
		s.f(`<circle cx="%s" cy="%s" r="%s" fill="%s"/>`, num(x), num(y), num(r), col)
		s.f(`<path d="M%s %s l2.5 2.5 l4.5 -5" fill="none" stroke="#FFFFFF" stroke-width="1.8"/>`, num(x-3.5), num(y))
	case enablemap.InProgress:
		s.f(`<circle cx="%s" cy="%s" r="%s" fill="#FFFFFF" stroke="%s" stroke-width="1.8"/>`, num(x), num(y), num(r), col)
		s.f(`<path d="M%s %s a%s %s 0 0 1 0 %s z" fill="%s"/>`, num(x), num(y-r), num(r), num(r), num(2*r), col)
	default:
		s.f(`<circle cx="%s" cy="%s" r="%s" fill="#FFFFFF" stroke="%s" stroke-width="1.8"/>`, num(x), num(y), num(r), col)
	}
	s.f("\n")
}

// monthTicks returns month starts between a and b, thinned to at most 8.
func monthTicks(a, b time.Time) []time.Time {
	var out []time.Time
	m := time.Date(a.Year(), a.Month(), 1, 0, 0, 0, 0, time.UTC)
	if m.Before(a) {
		m = m.AddDate(0, 1, 0)
	}
	for ; !m.After(b); m = m.AddDate(0, 1, 0) {
		out = append(out, m)
	}
	step := (len(out) + 7) / 8
	if step <= 1 {
		return out
	}
	thin := make([]time.Time, 0, 8)
	for i := 0; i < len(out); i += step {
		thin = append(thin, out[i])
	}
	return thin
}
