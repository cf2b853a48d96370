package report

import (
	"bytes"
	"encoding/csv"
	"testing"
)

func TestSafeCell(t *testing.T) {
	tests := []struct{ in, want string }{
		{"", ""},
		{"plain", "plain"},
		{"=SUM(A1:A2)", "'=SUM(A1:A2)"},
		{"+1", "'+1"},
		{"-2", "'-2"},
		{"@cmd", "'@cmd"},
		{"\t=1", "'\t=1"},
		{"\r=1", "'\r=1"},
		{"a=b", "a=b"},
		{" =1", " =1"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := SafeCell(tt.in); got != tt.want {
				t.Errorf("SafeCell(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestActivitiesCSV(t *testing.T) {
	d := handData()
	d.Analysis.Activities[3].NeedScore = -0.5
	var buf bytes.Buffer
	if err := ActivitiesCSV(&buf, d); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil {
		t.Fatalf("output is not CSV: %v", err)
	}
	if got, want := len(recs), 1+len(d.Analysis.Activities); got != want {
		t.Fatalf("got %d records, want %d", got, want)
	}
	col := map[string]int{}
	for i, h := range recs[0] {
		col[h] = i
	}
	for _, h := range activityHeader {
		if _, ok := col[h]; !ok {
			t.Errorf("header lacks %q", h)
		}
	}
	byID := map[string][]string{}
	for _, r := range recs[1:] {
		byID[r[col["id"]]] = r
	}
	tests := []struct{ id, column, want string }{
		{"A1", "name", "Research the account"},
		{"A1", "response_ids", "R1; R2"},
		{"A1", "material_ids", "M1"},
		{"A1", "covered", "true"},
		{"A1", "need_score", "0.9"},
		{"A2", "goal", `'=HYPERLINK("http://x")`},
		{"A2", "name", hostile},
		{"A2", "material_types_needed", "talk track; email template"},
		{"A2", "covered", "false"},
		{"A4", "marketing_relevant", "false"},
		{"A4", "need_score", "-0.5"},
		{"A4", "buying_stage", ""},
	}
	for _, tt := range tests {
		t.Run(tt.id+"/"+tt.column, func(t *testing.T) {
			if got := byID[tt.id][col[tt.column]]; got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

func TestActivitiesCSVEmpty(t *testing.T) {
	var buf bytes.Buffer
	if err := ActivitiesCSV(&buf, emptyData()); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&buf).ReadAll()
	if err != nil || len(recs) != 1 {
		t.Errorf("got %d records (err %v), want the header alone", len(recs), err)
	}
}
