package eval

import (
	"encoding/csv"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// dataset is one company's interviews, materials, glossary and gold file.
type dataset struct {
	name string
	ws   enablemap.Workspace
	gold Gold
}

// loadDataset reads a folder holding interviews.csv, materials.csv,
// glossary.csv (optional) and gold.json. It reports ok=false when the folder
// or its files are absent, so tests can skip.
func loadDataset(t testing.TB, dir string) (dataset, bool) {
	t.Helper()
	goldData, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if errors.Is(err, fs.ErrNotExist) {
		return dataset{}, false
	}
	if err != nil {
		t.Fatalf("read gold: %v", err)
	}
	g, err := ParseGold(goldData)
	if err != nil {
		t.Fatalf("%s: %v", dir, err)
	}
	ds := dataset{name: filepath.Base(dir), gold: g}
	ivRows, ok := readCSV(t, filepath.Join(dir, "interviews.csv"))
	if !ok {
		return dataset{}, false
	}
	seenIV := map[string]bool{}
	for i, r := range ivRows {
		id := r["interview_id"]
		if !seenIV[id] {
			seenIV[id] = true
			ds.ws.Interviews = append(ds.ws.Interviews, enablemap.Interview{
				ID: id, Interviewee: r["interviewee"], Role: r["role"], Region: r["region"], Date: r["interview_date"],
			})
		}
		ds.ws.Responses = append(ds.ws.Responses, enablemap.Response{
			ID: r["response_id"], InterviewID: id, FromStage: r["from_stage"], ToStage: r["to_stage"],
			Activity: r["activity"], Goal: r["goal"], Notes: r["notes"], Position: i + 1,
		})
	}
	matRows, ok := readCSV(t, filepath.Join(dir, "materials.csv"))
	if !ok {
		return dataset{}, false
	}
	for i, r := range matRows {
		var tags []string
		for _, tg := range strings.FieldsFunc(r["tags"], func(c rune) bool { return c == ';' || c == ',' || c == '|' }) {
			if tg = strings.TrimSpace(tg); tg != "" {
				tags = append(tags, tg)
			}
		}
		ds.ws.Materials = append(ds.ws.Materials, enablemap.Material{
			ID: r["material_id"], Title: r["title"], Type: r["type"], Description: r["description"],
			URL: r["url"], Owner: r["owner"], Updated: r["updated"], Tags: tags, Position: i + 1,
		})
	}
	if rows, ok := readCSV(t, filepath.Join(dir, "glossary.csv")); ok {
		for _, r := range rows {
			ds.ws.Glossary = append(ds.ws.Glossary, enablemap.GlossaryTerm{Term: r["term"], Meaning: r["meaning"]})
		}
	}
	ds.ws.Project.Name = ds.name
	return ds, true
}

// readCSV reads a CSV file into rows keyed by lowercase header name.
func readCSV(t testing.TB, path string) ([]map[string]string, bool) {
	t.Helper()
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, false
	}
	if err != nil {
		t.Fatalf("open %s: %v", path, err)
	}
	defer f.Close()
	// Every row has as many fields as the header, as the importer asks.
	r := csv.NewReader(f)
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("read %s: %v", path, err)
	}
	if len(recs) == 0 {
		return nil, true
	}
	header := make([]string, len(recs[0]))
	for i, h := range recs[0] {
		header[i] = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(h, "\ufeff")))
	}
	var rows []map[string]string
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, v := range rec {
			if i < len(header) {
				row[header[i]] = strings.TrimSpace(v)
			}
		}
		rows = append(rows, row)
	}
	return rows, true
}

// datasetDirs lists every data set the quality test knows of.
func datasetDirs() []string {
	dirs := []string{"../../../shared/sample", "../demo/data"}
	if entries, err := os.ReadDir("testdata"); err == nil {
		for _, e := range entries {
			if e.IsDir() {
				dirs = append(dirs, filepath.Join("testdata", e.Name()))
			}
		}
	}
	return dirs
}
