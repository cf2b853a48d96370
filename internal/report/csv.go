package report

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// SafeCell neutralises formula injection: spreadsheet programs run a cell
// that starts with = + - @ (or a tab or carriage return that hides one) as a
// formula, so such a cell gets a leading apostrophe and is shown as text.
// Every spreadsheet writer of the package passes its text through it.
func SafeCell(s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '=', '+', '-', '@', '\t', '\r':
		return "'" + s
	}
	return s
}

// listSep joins list values inside one spreadsheet cell.
const listSep = "; "

// activityHeader is the column order of the activity table, shared by the CSV
// and the XLSX Activities sheet.
var activityHeader = []string{
	"id", "name", "goal", "buying_stage", "marketing_relevant", "need_score", "reps", "roles",
	"regions", "covered", "material_ids", "material_types_needed", "response_ids", "reasons",
}

// activityRows returns the activity table in analysis order, values raw
// (not yet made safe) so each writer can type its cells.
func activityRows(d *Data) [][]any {
	rows := make([][]any, 0, len(d.Analysis.Activities))
	for _, a := range d.Analysis.Activities {
		rows = append(rows, []any{
			a.ID, a.Name, a.Goal, a.BuyingStage, a.MarketingRelevant, a.NeedScore, a.Reps, a.Roles,
			a.Regions, a.Covered, strings.Join(a.MaterialIDs, listSep),
			strings.Join(a.MaterialTypesNeeded, listSep), strings.Join(a.ResponseIDs, listSep),
			strings.Join(a.Reasons, listSep),
		})
	}
	return rows
}

// ActivitiesCSV writes the activity table as CSV (RFC 4180, comma separated,
// header first, lists joined with "; ").
func ActivitiesCSV(w io.Writer, d Data) error {
	cw := csv.NewWriter(w)
	if err := cw.Write(activityHeader); err != nil {
		return fmt.Errorf("write activities CSV: %w", err)
	}
	for _, row := range activityRows(&d) {
		rec := make([]string, len(row))
		for i, v := range row {
			rec[i] = csvText(v)
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("write activities CSV: %w", err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write activities CSV: %w", err)
	}
	return nil
}

// csvText formats one value for a CSV cell. Numbers are written plainly and
// never prefixed: a negative score stays a number.
func csvText(v any) string {
	switch x := v.(type) {
	case string:
		return SafeCell(x)
	case bool:
		return strconv.FormatBool(x)
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	}
	return SafeCell(fmt.Sprint(v))
}
