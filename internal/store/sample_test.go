package store

import (
	"context"
	"encoding/csv"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// sampleDir is the public sample project, present in the development tree
// only; tests that read it skip without it.
const sampleDir = "../../../shared/sample"

// readSampleCSV reads one sample file as maps of column to value.
func readSampleCSV(t *testing.T, name string) []map[string]string {
	t.Helper()
	f, err := os.Open(filepath.Join(sampleDir, name))
	if errors.Is(err, fs.ErrNotExist) {
		t.Skipf("the sample project is not here (%s)", sampleDir)
	}
	must(t, err)
	defer f.Close()
	records, err := csv.NewReader(f).ReadAll()
	must(t, err)
	var rows []map[string]string
	for _, rec := range records[1:] {
		row := map[string]string{}
		for i, col := range records[0] {
			row[col] = rec[i]
		}
		rows = append(rows, row)
	}
	return rows
}

// testSampleProject stores the public sample as an import would and reads
// it back: every row once, in file order, stages in order of appearance.
func testSampleProject(t *testing.T, db *DB, _ engine, _ string) {
	ctx := context.Background()
	var (
		ins    []enablemap.Interview
		rs     []enablemap.Response
		seen   = map[string]bool{}
		stages []string
	)
	for _, row := range readSampleCSV(t, "interviews.csv") {
		if !seen[row["interview_id"]] {
			seen[row["interview_id"]] = true
			ins = append(ins, enablemap.Interview{ID: row["interview_id"], Interviewee: row["interviewee"], Role: row["role"],
				Region: row["region"], Date: row["interview_date"]})
		}
		rs = append(rs, enablemap.Response{ID: row["response_id"], InterviewID: row["interview_id"], FromStage: row["from_stage"],
			ToStage: row["to_stage"], Activity: row["activity"], Goal: row["goal"], Notes: row["notes"]})
		for _, st := range []string{row["from_stage"], row["to_stage"]} {
			if !slices.Contains(stages, st) {
				stages = append(stages, st)
			}
		}
	}
	var ms []enablemap.Material
	for _, row := range readSampleCSV(t, "materials.csv") {
		ms = append(ms, enablemap.Material{ID: row["material_id"], Title: row["title"], Type: row["type"], Description: row["description"],
			URL: row["url"], Owner: row["owner"], Updated: row["updated"]})
	}
	var terms []enablemap.GlossaryTerm
	for _, row := range readSampleCSV(t, "glossary.csv") {
		terms = append(terms, enablemap.GlossaryTerm{Term: row["term"], Meaning: row["meaning"]})
	}

	p := newProject(t, db, "Veridia Health")
	res, err := db.ImportInterviews(ctx, p.ID, ins, rs, enablemap.ImportOptions{})
	must(t, err)
	if res.Created != len(rs) || res.InterviewsCreated != len(ins) || !slices.Equal(res.StagesAdded, stages) {
		t.Errorf("import = %+v, want %d responses, %d interviews, stages %q", res, len(rs), len(ins), stages)
	}
	_, err = db.ImportMaterials(ctx, p.ID, ms)
	must(t, err)
	_, err = db.ImportGlossary(ctx, p.ID, terms)
	must(t, err)
	ws, err := db.Workspace(ctx, p.ID)
	must(t, err)
	for i := range ws.Responses {
		ws.Responses[i].Position = 0
	}
	for i := range ws.Materials {
		ws.Materials[i].Position = 0
	}
	if !reflect.DeepEqual(ws.Interviews, ins) || !reflect.DeepEqual(ws.Responses, rs) || !reflect.DeepEqual(ws.Materials, ms) || !reflect.DeepEqual(ws.Glossary, terms) {
		t.Errorf("the sample did not come back as stored: %d/%d interviews, %d/%d responses, %d/%d materials, %d/%d terms",
			len(ws.Interviews), len(ins), len(ws.Responses), len(rs), len(ws.Materials), len(ms), len(ws.Glossary), len(terms))
	}
}
