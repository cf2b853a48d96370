package report

import (
	"bytes"
	"encoding/csv"
	"reflect"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func openXLSX(t *testing.T, d Data) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	if err := XLSX(&buf, d); err != nil {
		t.Fatal(err)
	}
	f, err := excelize.OpenReader(&buf)
	if err != nil {
		t.Fatalf("read the workbook back: %v", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

func TestXLSXSheets(t *testing.T) {
	f := openXLSX(t, handData())
	want := []string{"Activities", "Map", "Materials", "Holes", "Road map", "Wants", "To check", "Interviews"}
	if got := f.GetSheetList(); !reflect.DeepEqual(got, want) {
		t.Fatalf("sheets: got %v, want %v", got, want)
	}
	for _, sheet := range want {
		t.Run(sheet, func(t *testing.T) {
			panes, err := f.GetPanes(sheet)
			if err != nil || !panes.Freeze || panes.YSplit != 1 {
				t.Errorf("panes: got %+v (err %v), want the first row frozen", panes, err)
			}
			idx, err := f.GetCellStyle(sheet, "A1")
			if err != nil {
				t.Fatal(err)
			}
			st, err := f.GetStyle(idx)
			if err != nil {
				t.Fatal(err)
			}
			if st.Font == nil || !st.Font.Bold || st.Fill.Pattern != 1 {
				t.Errorf("header style: got font %+v fill %+v, want bold and filled", st.Font, st.Fill)
			}
			width, err := f.GetColWidth(sheet, "B")
			if err != nil || width < 8 || width > 60 {
				t.Errorf("column B width: got %v (err %v), want 8 to 60", width, err)
			}
		})
	}
}

// TestXLSXActivitiesMatchCSV reads the Activities sheet back and expects the
// same rows as the CSV, formula neutralising included.
func TestXLSXActivitiesMatchCSV(t *testing.T) {
	d := handData()
	f := openXLSX(t, d)
	got, err := f.GetRows("Activities")
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := ActivitiesCSV(&buf, d); err != nil {
		t.Fatal(err)
	}
	want, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != len(want) {
		t.Fatalf("got %d rows, want %d", len(got), len(want))
	}
	for i := range want {
		for j := range want[i] {
			g := ""
			if j < len(got[i]) {
				g = got[i][j]
			}
			// Spreadsheets spell booleans in capitals.
			if g != want[i][j] && !strings.EqualFold(g, want[i][j]) {
				t.Errorf("row %d column %s: got %q, want %q", i+1, want[0][j], g, want[i][j])
			}
		}
	}
}

func TestXLSXSheetContents(t *testing.T) {
	f := openXLSX(t, handData())
	tests := []struct {
		sheet string
		cell  string
		want  string
	}{
		{"Map", "A1", "Awareness"},
		{"Map", "D1", "Not placed"},
		{"Map", "A2", "Research the account (need 0.9, covered)"},
		{"Map", "C2", "Build the ROI case (need 0.75, HOLE)"},
		{"Map", "D2", "Enter the deal in the CRM (need 0.2, not marketing's)"},
		{"Materials", "F2", "A1"},
		{"Materials", "K2", "A3 (0.1)"},
		{"Materials", "B3", "'+Old price list"},
		{"Materials", "E3", "fits no activity"},
		{"Holes", "B2", "A3"},
		{"Holes", "B3", "A2"},
		{"Holes", "G3", "talk track; email template"},
		{"Road map", "B2", "'-ROI how-to"},
		{"Road map", "F3", "in progress"},
		{"Road map", "D4", "Build the ROI case"},
		{"Wants", "B2", "Luis | Ortega"},
		{"Wants", "C2", "I wish marketing made better slides"},
		{"To check", "A2", "may be one activity"},
		{"To check", "E2", "Build the ROI case"},
		{"To check", "F3", "R2"},
		{"To check", "G3", "look up acct on LinkedIn"},
		{"Interviews", "K4", "A2"},
		{"Interviews", "J4", `'=HYPERLINK("http://x")`},
		{"Interviews", "L6", "(want)"},
	}
	for _, tt := range tests {
		t.Run(tt.sheet+"!"+tt.cell, func(t *testing.T) {
			got, err := f.GetCellValue(tt.sheet, tt.cell)
			if err != nil {
				t.Fatal(err)
			}
			if got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
	for _, c := range []string{"Map!C2", "Map!A2"} {
		sheet, ref, _ := strings.Cut(c, "!")
		idx, _ := f.GetCellStyle(sheet, ref)
		if st, _ := f.GetStyle(idx); st == nil || len(st.Fill.Color) == 0 {
			t.Errorf("%s has no coverage fill", c)
		}
	}
}

func TestXLSXEmptyAndSample(t *testing.T) {
	f := openXLSX(t, emptyData())
	rows, err := f.GetRows("Activities")
	if err != nil || len(rows) != 1 {
		t.Errorf("empty workbook: got %d activity rows (err %v), want the header", len(rows), err)
	}
	t.Run("sample", func(t *testing.T) {
		d := sampleData(t)
		f := openXLSX(t, d)
		rows, err := f.GetRows("Interviews")
		if err != nil {
			t.Fatal(err)
		}
		if got, want := len(rows)-1, len(d.Workspace.Responses); got != want {
			t.Errorf("got %d interview rows, want %d", got, want)
		}
	})
}
