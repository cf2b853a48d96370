package importer

import (
	"bytes"
	"reflect"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// workbook builds an XLSX file whose first sheet holds rows (nil rows stay
// blank) and whose second sheet holds noise that must be ignored.
func workbook(t testing.TB, rows [][]any, date1904 bool) []byte {
	t.Helper()
	f := excelize.NewFile()
	defer f.Close()
	if date1904 {
		if err := f.SetWorkbookProps(&excelize.WorkbookPropsOptions{Date1904: &date1904}); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.SetSheetName("Sheet1", "Responses"); err != nil {
		t.Fatal(err)
	}
	for i, row := range rows {
		if row == nil {
			continue
		}
		cell, err := excelize.CoordinatesToCellName(1, i+1)
		if err != nil {
			t.Fatal(err)
		}
		if err := f.SetSheetRow("Responses", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := f.NewSheet("Notes"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetSheetRow("Notes", "A1", &[]any{"term", "meaning"}); err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestReadInterviewsXLSX(t *testing.T) {
	day := time.Date(2024, 2, 6, 0, 0, 0, 0, time.UTC)
	header := []any{"Response ID", "Interview ID", "Interviewee", "Role", "Interview Date", "From Stage", "To Stage", "Activity", "Goal"}
	rows := [][]any{
		header,
		{"R1", 7, "Dana", "AE", day, "Qualification", "Discovery", "disco call\nwith the VP", "find pain"},
		nil, // a blank row is skipped
		{"R2", 7, "Dana", "AE", "2024-02-06", "Qualification", "Discovery", "send recap"},
		{"R3", "INT02", "Lee", "SDR", 20240301, "Prospecting", "Qualification", "cold call"},
	}
	wantIns := []enablemap.Interview{
		{ID: "7", Interviewee: "Dana", Role: "AE", Date: "2024-02-06"},
		{ID: "INT02", Interviewee: "Lee", Role: "SDR", Date: "2024-03-01"},
	}
	wantResps := []enablemap.Response{
		{ID: "R1", InterviewID: "7", FromStage: "Qualification", ToStage: "Discovery", Activity: "disco call\nwith the VP", Goal: "find pain", Position: 1},
		{ID: "R2", InterviewID: "7", FromStage: "Qualification", ToStage: "Discovery", Activity: "send recap", Position: 2},
		{ID: "R3", InterviewID: "INT02", FromStage: "Prospecting", ToStage: "Qualification", Activity: "cold call", Position: 3},
	}
	for _, tt := range []struct {
		name     string
		file     string
		date1904 bool
	}{
		{name: "by extension", file: "interviews.xlsx"},
		{name: "by content", file: "upload"},
		{name: "content beats a wrong extension", file: "interviews.csv"},
		{name: "1904 date system", file: "interviews.xlsx", date1904: true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			data := workbook(t, rows, tt.date1904)
			ins, resps, err := ReadInterviews(tt.file, bytes.NewReader(data))
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			if !reflect.DeepEqual(ins, wantIns) {
				t.Errorf("got interviews %+v, want %+v", ins, wantIns)
			}
			if !reflect.DeepEqual(resps, wantResps) {
				t.Errorf("got responses %+v, want %+v", resps, wantResps)
			}
		})
	}
}

func TestReadXLSXErrors(t *testing.T) {
	tests := []struct {
		name     string
		file     string
		data     []byte
		wantErrs []wantErr
	}{{
		name: "errors name the sheet row",
		file: "m.xlsx",
		data: workbook(t, [][]any{
			nil,
			{"Material ID", "Title", "Updated"},
			{"M1", "Deck", "2023-01-05"},
			nil,
			{"M1", "", "yesterday"},
		}, false),
		wantErrs: []wantErr{
			{row: 5, col: "Material ID", text: "already used on row 3"},
			{row: 5, col: "Title", text: "required"},
			{row: 5, col: "Updated", text: "YYYY-MM-DD"},
		},
	}, {
		name:     "not a workbook",
		file:     "m.xlsx",
		data:     []byte("material_id,title\nM1,Deck\n"),
		wantErrs: []wantErr{{text: "not a readable XLSX workbook"}},
	}, {
		name:     "a damaged zip",
		file:     "m.csv",
		data:     []byte("PK\x03\x04garbage"),
		wantErrs: []wantErr{{text: "not a readable XLSX workbook"}},
	}, {
		name:     "an old .xls",
		file:     "m.xls",
		data:     []byte("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"),
		wantErrs: []wantErr{{text: ".xls"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadMaterials(tt.file, bytes.NewReader(tt.data))
			checkErrs(t, err, tt.file, tt.wantErrs)
			if got != nil {
				t.Errorf("got data %v alongside errors, want none", got)
			}
		})
	}
}

// A workbook with several sheets is read from the sheet named after the
// kind, so enablemap's own report workbook imports its Materials sheet.
func TestReadXLSXPicksTheSheetOfTheKind(t *testing.T) {
	f := excelize.NewFile()
	defer f.Close()
	if err := f.SetSheetName("Sheet1", "Activities"); err != nil {
		t.Fatal(err)
	}
	if err := f.SetSheetRow("Activities", "A1", &[]any{"id", "name"}); err != nil {
		t.Fatal(err)
	}
	if err := f.SetSheetRow("Activities", "A2", &[]any{"A-R1", "Send the case study"}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.NewSheet("materials"); err != nil {
		t.Fatal(err)
	}
	for i, row := range [][]any{{"material_id", "title", "type"}, {"M1", "Customer story", "Case study"}, {"M2", "ROI calculator", "Tool"}} {
		cell, _ := excelize.CoordinatesToCellName(1, i+1)
		if err := f.SetSheetRow("materials", cell, &row); err != nil {
			t.Fatal(err)
		}
	}
	var buf bytes.Buffer
	if err := f.Write(&buf); err != nil {
		t.Fatal(err)
	}
	ms, err := ReadMaterials("report.xlsx", bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(ms) != 2 || ms[0].ID != "M1" || ms[1].Title != "ROI calculator" {
		t.Errorf("got %+v, want the two rows of the materials sheet", ms)
	}
	// Without a sheet of its kind the first sheet is read.
	if _, err := ReadGlossary("report.xlsx", bytes.NewReader(buf.Bytes())); err == nil {
		t.Error("the Activities sheet was accepted as a glossary")
	}
}
