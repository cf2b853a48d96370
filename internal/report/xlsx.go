package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/xuri/excelize/v2"
)

// XLSX writes the analysis as a workbook with the sheets Activities, Map,
// Materials, Holes, Road map, Wants, To check and Interviews. Every sheet has a bold,
// filled header row that stays frozen, an autofilter and column widths that
// fit their content; text cells go through SafeCell.
func XLSX(w io.Writer, d Data) error {
	f := excelize.NewFile()
	defer f.Close()
	x := &xlsxWriter{f: f, ix: newIndex(&d)}
	if err := x.styles(); err != nil {
		return fmt.Errorf("write XLSX report: %w", err)
	}
	sheets := []struct {
		name  string
		write func(string) error
	}{
		{"Activities", x.activities},
		{"Map", x.activityMap},
		{"Materials", x.materials},
		{"Holes", x.holes},
		{"Road map", x.roadmap},
		{"Wants", x.wants},
		{"To check", x.review},
		{"Interviews", x.interviews},
	}
	for i, s := range sheets {
		var err error
		if i == 0 {
			// A new workbook has one sheet; rename it rather than leave it empty.
			err = f.SetSheetName(f.GetSheetName(0), s.name)
		} else {
			_, err = f.NewSheet(s.name)
		}
		if err == nil {
			err = s.write(s.name)
		}
		if err != nil {
			return fmt.Errorf("write XLSX sheet %s: %w", s.name, err)
		}
	}
	f.SetActiveSheet(0)
	if err := f.Write(w); err != nil {
		return fmt.Errorf("write XLSX report: %w", err)
	}
	return nil
}

type xlsxWriter struct {
	f        *excelize.File
	ix       *index
	header   int
	coverage map[Coverage]int
}

func (x *xlsxWriter) styles() error {
	var err error
	x.header, err = x.f.NewStyle(&excelize.Style{
		Font:      &excelize.Font{Bold: true, Color: "#FFFFFF"},
		Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"#2F4A66"}},
		Alignment: &excelize.Alignment{Vertical: "center"},
	})
	if err != nil {
		return err
	}
	x.coverage = map[Coverage]int{}
	for _, c := range coverages {
		col := c.colours()
		st := &excelize.Style{
			Font:      &excelize.Font{Color: col.Text, Bold: c == HoleCoverage},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{col.Fill}},
			Alignment: &excelize.Alignment{Vertical: "top", WrapText: true},
			Border: []excelize.Border{
				{Type: "left", Color: col.Stroke, Style: 1}, {Type: "right", Color: col.Stroke, Style: 1},
				{Type: "top", Color: col.Stroke, Style: 1}, {Type: "bottom", Color: col.Stroke, Style: 1},
			},
		}
		if x.coverage[c], err = x.f.NewStyle(st); err != nil {
			return err
		}
	}
	return nil
}

// table writes a header and rows, then styles, filters and freezes the
// header and sizes the columns.
func (x *xlsxWriter) table(sheet string, header []string, rows [][]any) error {
	hdr := make([]any, len(header))
	widths := make([]int, len(header))
	for i, h := range header {
		hdr[i] = SafeCell(h)
		widths[i] = utf8.RuneCountInString(h) + 4 // room for the filter button
	}
	if err := x.f.SetSheetRow(sheet, "A1", &hdr); err != nil {
		return err
	}
	for r, row := range rows {
		vals := make([]any, len(row))
		for i, v := range row {
			if s, ok := v.(string); ok {
				v = SafeCell(s)
				if i < len(widths) {
					widths[i] = max(widths[i], utf8.RuneCountInString(s)+2)
				}
			} else if i < len(widths) {
				widths[i] = max(widths[i], len(fmt.Sprint(v))+2)
			}
			vals[i] = v
		}
		cellRef, err := excelize.CoordinatesToCellName(1, r+2)
		if err != nil {
			return err
		}
		if err := x.f.SetSheetRow(sheet, cellRef, &vals); err != nil {
			return err
		}
	}
	last, err := excelize.ColumnNumberToName(len(header))
	if err != nil {
		return err
	}
	if err := x.f.SetCellStyle(sheet, "A1", last+"1", x.header); err != nil {
		return err
	}
	if err := x.f.AutoFilter(sheet, fmt.Sprintf("A1:%s%d", last, len(rows)+1), nil); err != nil {
		return err
	}
	if err := x.f.SetPanes(sheet, &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	for i, wdt := range widths {
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		// Long free text is capped; the cell still holds all of it.
		if err := x.f.SetColWidth(sheet, col, col, float64(min(max(wdt, 8), 60))); err != nil {
			return err
		}
	}
	return nil
}

func (x *xlsxWriter) activities(sheet string) error {
	return x.table(sheet, activityHeader, activityRows(x.ix.d))
}

// activityMap lays the map out as on paper: one column per buying stage,
// the most needed activity first, each cell filled by its coverage and
// labelled with it.
func (x *xlsxWriter) activityMap(sheet string) error {
	stages, cols := x.ix.byStage()
	if len(stages) == 0 {
		// A project without buying stages still gets a sheet with a header.
		stages = []string{unplaced}
	}
	depth := 0
	for _, s := range stages {
		depth = max(depth, len(cols[s]))
	}
	rows := make([][]any, depth)
	for i := range rows {
		rows[i] = make([]any, len(stages))
		for j, s := range stages {
			rows[i][j] = ""
			if i < len(cols[s]) {
				a := cols[s][i]
				rows[i][j] = fmt.Sprintf("%s (need %s, %s)", a.Name, score(a.NeedScore), CoverageOf(a).Label())
			}
		}
	}
	if err := x.table(sheet, stages, rows); err != nil {
		return err
	}
	for j, s := range stages {
		col, err := excelize.ColumnNumberToName(j + 1)
		if err != nil {
			return err
		}
		if err := x.f.SetColWidth(sheet, col, col, 34); err != nil {
			return err
		}
		for i, a := range cols[s] {
			ref := fmt.Sprintf("%s%d", col, i+2)
			if err := x.f.SetCellStyle(sheet, ref, ref, x.coverage[CoverageOf(a)]); err != nil {
				return err
			}
		}
	}
	return nil
}

func (x *xlsxWriter) materials(sheet string) error {
	header := []string{"material_id", "title", "type", "set_aside", "set_aside_reason", "activity_id",
		"activity", "buying_stage", "score", "reasons", "other_matches"}
	rows := make([][]any, 0, len(x.ix.d.Analysis.Materials))
	for _, m := range x.ix.d.Analysis.Materials {
		row := []any{m.MaterialID, m.Title, m.Type, m.SetAside, m.SetAsideReason, "", "", "", "", "", ""}
		if len(m.Matches) > 0 && !m.SetAside {
			best := m.Matches[0]
			row[5], row[6] = best.ActivityID, x.ix.activityName(best.ActivityID)
			row[7], row[8] = x.ix.activities[best.ActivityID].BuyingStage, best.Score
			row[9] = strings.Join(best.Reasons, listSep)
			var others []string
			for _, o := range m.Matches[1:] {
				others = append(others, fmt.Sprintf("%s (%s)", o.ActivityID, score(o.Score)))
			}
			row[10] = strings.Join(others, listSep)
		}
		rows = append(rows, row)
	}
	return x.table(sheet, header, rows)
}

func (x *xlsxWriter) holes(sheet string) error {
	header := []string{"priority", "activity_id", "activity", "buying_stage", "need_score", "reps",
		"material_types", "reasons"}
	rows := make([][]any, 0, len(x.ix.d.Analysis.Holes))
	for i, id := range x.ix.d.Analysis.Holes {
		a := x.ix.activities[id]
		rows = append(rows, []any{i + 1, id, x.ix.activityName(id), a.BuyingStage, a.NeedScore, a.Reps,
			strings.Join(x.ix.holeKinds(id), listSep), strings.Join(x.ix.holeReasons(id), listSep)})
	}
	return x.table(sheet, header, rows)
}

func (x *xlsxWriter) roadmap(sheet string) error {
	header := []string{"due", "title", "kind", "activity", "owner", "status", "response_id"}
	items := x.ix.roadmap()
	rows := make([][]any, 0, len(items))
	for _, r := range items {
		rows = append(rows, []any{r.Item.Due, r.Item.Title, r.Item.Kind, r.Activity, r.Item.Owner,
			statusLabel(r.Item.Status), r.Item.ResponseID})
	}
	return x.table(sheet, header, rows)
}

func (x *xlsxWriter) wants(sheet string) error {
	header := []string{"response_id", "interviewee", "text", "reason", "state"}
	wants := x.ix.wants()
	rows := make([][]any, 0, len(wants))
	for _, w := range wants {
		rows = append(rows, []any{w.ResponseID, w.Interviewee, w.Text, w.Reason, string(w.State)})
	}
	return x.table(sheet, header, rows)
}

// review lists the places to check in the roll-up, most likely first.
func (x *xlsxWriter) review(sheet string) error {
	header := []string{"kind", "activity_id", "activity", "other_activity_id", "other_activity", "response_id", "said", "score", "reasons"}
	items := x.ix.d.Analysis.Review
	rows := make([][]any, 0, len(items))
	for _, it := range items {
		kind, said := "may be one activity", ""
		if it.Kind == enablemap.ReviewMove {
			kind = "response may belong to the other"
			said = x.ix.responses[it.ResponseID].Activity
		}
		rows = append(rows, []any{kind, it.ActivityID, x.ix.activityName(it.ActivityID), it.OtherActivityID,
			x.ix.activityName(it.OtherActivityID), it.ResponseID, said, it.Score, strings.Join(it.Reasons, listSep)})
	}
	return x.table(sheet, header, rows)
}

// interviews lists every response with who said it and where it went:
// the activity it was rolled into, or "want".
func (x *xlsxWriter) interviews(sheet string) error {
	header := []string{"interview_id", "interviewee", "role", "region", "date", "response_id",
		"from_stage", "to_stage", "activity_said", "goal_said", "activity_id", "activity"}
	isWant := map[string]bool{}
	for _, id := range x.ix.d.Analysis.Wants {
		isWant[id] = true
	}
	rows := make([][]any, 0, len(x.ix.d.Workspace.Responses))
	for _, r := range x.ix.d.Workspace.Responses {
		in := x.ix.interviews[r.InterviewID]
		actID, actName := "", ""
		if a, ok := x.ix.d.Analysis.ActivityOfResponse(r.ID); ok {
			actID, actName = a.ID, a.Name
		} else if isWant[r.ID] {
			actName = "(want)"
		}
		rows = append(rows, []any{r.InterviewID, in.Interviewee, in.Role, in.Region, in.Date, r.ID,
			r.FromStage, r.ToStage, r.Activity, r.Goal, actID, actName})
	}
	return x.table(sheet, header, rows)
}
