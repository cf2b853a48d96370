package demo

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// dataset is one study: the three CSV files and the answer key.
type dataset struct {
	name       string
	interviews []byte
	materials  []byte
	glossary   []byte
	gold       []byte
}

type goldFile struct {
	BuyingStages []string       `json:"buying_stages"`
	Activities   []goldActivity `json:"activities"`
	Wants        []string       `json:"wants"`
	Materials    []goldMaterial `json:"materials"`
	Holes        []string       `json:"holes"`
}

type goldActivity struct {
	ID                  string   `json:"id"`
	Name                string   `json:"name"`
	Goal                string   `json:"goal"`
	BuyingStage         string   `json:"buying_stage"`
	MarketingRelevant   bool     `json:"marketing_relevant"`
	MaterialTypesNeeded []string `json:"material_types_needed"`
	ResponseIDs         []string `json:"response_ids"`
}

type goldMaterial struct {
	MaterialID  string   `json:"material_id"`
	ActivityIDs []string `json:"activity_ids"`
	Note        string   `json:"note"`
}

var (
	interviewColumns = []string{"response_id", "interview_id", "interviewee", "role", "region", "interview_date", "from_stage", "to_stage", "activity", "goal", "notes"}
	materialColumns  = []string{"material_id", "title", "type", "description", "url", "owner", "updated", "tags"}
	glossaryColumns  = []string{"term", "meaning"}
)

// readCSV parses a whole file, checks its header and returns the rows as
// column-name maps with their 1-based line number in the file.
func readCSV(name string, data []byte, columns []string) ([]map[string]string, error) {
	if !utf8.Valid(data) {
		return nil, fmt.Errorf("%s: not UTF-8", name)
	}
	r := csv.NewReader(bytes.NewReader(data))
	recs, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if len(recs) < 2 {
		return nil, fmt.Errorf("%s: no rows", name)
	}
	if !slices.Equal(recs[0], columns) {
		return nil, fmt.Errorf("%s: header is %q, want %q", name, recs[0], columns)
	}
	var rows []map[string]string
	for i, rec := range recs[1:] {
		row := map[string]string{"#line": fmt.Sprint(i + 2)}
		for j, c := range columns {
			row[c] = rec[j]
		}
		rows = append(rows, row)
	}
	return rows, nil
}

// checkDataset verifies that the answer key agrees with the CSV files and
// follows the conventions of the method: every response is either a want or
// in exactly one activity, set-aside materials have no activities, holes are
// exactly the relevant activities no material serves.
func checkDataset(t *testing.T, ds dataset, salesStages, buyingStages []string) {
	t.Helper()
	resp, err := readCSV("interviews.csv", ds.interviews, interviewColumns)
	if err != nil {
		t.Fatal(err)
	}
	mats, err := readCSV("materials.csv", ds.materials, materialColumns)
	if err != nil {
		t.Fatal(err)
	}
	terms, err := readCSV("glossary.csv", ds.glossary, glossaryColumns)
	if err != nil {
		t.Fatal(err)
	}
	var g goldFile
	dec := json.NewDecoder(bytes.NewReader(ds.gold))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&g); err != nil {
		t.Fatalf("gold.json: %v", err)
	}

	t.Run("interviews", func(t *testing.T) {
		type person struct{ name, role, region, date string }
		people := map[string]person{}
		perTransition := map[string]int{}
		seen := map[string]bool{}
		for _, r := range resp {
			at := "interviews.csv line " + r["#line"]
			id := r["response_id"]
			if id == "" || seen[id] {
				t.Errorf("%s: response_id %q is empty or repeated", at, id)
			}
			seen[id] = true
			for _, c := range []string{"interview_id", "interviewee", "role", "region", "interview_date", "activity"} {
				if r[c] == "" {
					t.Errorf("%s: %s is empty", at, c)
				}
			}
			p := person{r["interviewee"], r["role"], r["region"], r["interview_date"]}
			if q, ok := people[r["interview_id"]]; ok && q != p {
				t.Errorf("%s: interview %s has %v, earlier rows have %v", at, r["interview_id"], p, q)
			}
			people[r["interview_id"]] = p
			from := slices.Index(salesStages, r["from_stage"])
			to := slices.Index(salesStages, r["to_stage"])
			if from < 0 || to != from+1 {
				t.Errorf("%s: %q -> %q is not a step between adjacent sales stages %q", at, r["from_stage"], r["to_stage"], salesStages)
			}
			key := r["interview_id"] + "|" + r["from_stage"]
			if perTransition[key]++; perTransition[key] > 5 {
				t.Errorf("%s: more than five activities for %s", at, key)
			}
		}
	})

	responseIDs := map[string]bool{}
	for _, r := range resp {
		responseIDs[r["response_id"]] = true
	}

	t.Run("buying stages", func(t *testing.T) {
		if !slices.Equal(g.BuyingStages, buyingStages) {
			t.Errorf("gold buying_stages = %q, want %q", g.BuyingStages, buyingStages)
		}
	})

	activities := map[string]goldActivity{}
	t.Run("activities", func(t *testing.T) {
		owner := map[string]string{}
		for _, a := range g.Activities {
			if a.ID == "" || activities[a.ID].ID != "" {
				t.Errorf("activity id %q is empty or repeated", a.ID)
			}
			activities[a.ID] = a
			if a.Name == "" || a.Goal == "" {
				t.Errorf("activity %s: name or goal is empty", a.ID)
			}
			if !slices.Contains(g.BuyingStages, a.BuyingStage) {
				t.Errorf("activity %s: buying_stage %q is not among %q", a.ID, a.BuyingStage, g.BuyingStages)
			}
			if a.MarketingRelevant != (len(a.MaterialTypesNeeded) > 0) {
				t.Errorf("activity %s: marketing_relevant %v with %d material types needed", a.ID, a.MarketingRelevant, len(a.MaterialTypesNeeded))
			}
			if len(a.ResponseIDs) == 0 {
				t.Errorf("activity %s has no responses", a.ID)
			}
			for _, r := range a.ResponseIDs {
				if !responseIDs[r] {
					t.Errorf("activity %s: response %s is not in interviews.csv", a.ID, r)
				}
				if o, ok := owner[r]; ok {
					t.Errorf("response %s is in activities %s and %s", r, o, a.ID)
				}
				owner[r] = a.ID
			}
		}
		wants := map[string]bool{}
		for _, w := range g.Wants {
			if !responseIDs[w] {
				t.Errorf("want %s is not in interviews.csv", w)
			}
			if o, ok := owner[w]; ok {
				t.Errorf("want %s is also in activity %s", w, o)
			}
			wants[w] = true
		}
		for _, r := range resp {
			id := r["response_id"]
			if _, ok := owner[id]; !ok && !wants[id] {
				t.Errorf("response %s is neither a want nor in an activity", id)
			}
		}
	})

	t.Run("materials", func(t *testing.T) {
		byID := map[string]goldMaterial{}
		for _, m := range g.Materials {
			if _, ok := byID[m.MaterialID]; ok {
				t.Errorf("material %s is in gold twice", m.MaterialID)
			}
			byID[m.MaterialID] = m
			if m.Note == "" {
				t.Errorf("material %s has no note", m.MaterialID)
			}
			for _, a := range m.ActivityIDs {
				act, ok := activities[a]
				switch {
				case !ok:
					t.Errorf("material %s: activity %s does not exist", m.MaterialID, a)
				case !act.MarketingRelevant:
					t.Errorf("material %s serves %s, which is not marketing relevant", m.MaterialID, a)
				}
			}
		}
		seen := map[string]bool{}
		for _, m := range mats {
			id := m["material_id"]
			if id == "" || seen[id] {
				t.Errorf("materials.csv line %s: material_id %q is empty or repeated", m["#line"], id)
			}
			seen[id] = true
			if m["title"] == "" || m["type"] == "" {
				t.Errorf("materials.csv line %s: title or type is empty", m["#line"])
			}
			if _, ok := byID[id]; !ok {
				t.Errorf("material %s is not in gold", id)
			}
		}
		for id := range byID {
			if !seen[id] {
				t.Errorf("gold material %s is not in materials.csv", id)
			}
		}
	})

	t.Run("holes", func(t *testing.T) {
		served := map[string]bool{}
		for _, m := range g.Materials {
			for _, a := range m.ActivityIDs {
				served[a] = true
			}
		}
		var want []string
		for _, a := range g.Activities {
			if a.MarketingRelevant && !served[a.ID] {
				want = append(want, a.ID)
			}
		}
		got := slices.Clone(g.Holes)
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("holes = %q, want the relevant activities with no material %q", got, want)
		}
	})

	t.Run("glossary", func(t *testing.T) {
		seen := map[string]bool{}
		for _, row := range terms {
			term := enablemap.GlossaryTerm{Term: row["term"], Meaning: row["meaning"]}
			if len(term.Variants()) == 0 || term.Meaning == "" {
				t.Errorf("glossary.csv line %s: term or meaning is empty", row["#line"])
			}
			if seen[term.Term] {
				t.Errorf("glossary.csv line %s: %q repeated", row["#line"], term.Term)
			}
			seen[term.Term] = true
		}
	})
}

func TestDemoDataset(t *testing.T) {
	buying, ok := enablemap.BuyingStageTemplate(BuyingTemplate)
	if !ok {
		t.Fatalf("BuyingTemplate %q is not a built-in template", BuyingTemplate)
	}
	checkDataset(t, dataset{
		name:       ProjectName,
		interviews: Interviews(),
		materials:  Materials(),
		glossary:   Glossary(),
		gold:       Gold(),
	}, SalesStages, buying)
}

// evalSets are the evaluation studies kept next to the evaluation code, with
// the sales stages of their company and their buying-stage template.
var evalSets = []struct {
	dir      string
	stages   []string
	template string
}{
	{"../eval/testdata/haulmark", []string{"Prospect", "Fleet Review", "Trial", "Quote", "Signed"}, "classic"},
}

func TestEvalDatasets(t *testing.T) {
	for _, set := range evalSets {
		t.Run(filepath.Base(set.dir), func(t *testing.T) {
			read := func(name string) []byte {
				b, err := os.ReadFile(filepath.Join(set.dir, name))
				if os.IsNotExist(err) {
					t.Skipf("%s not present", set.dir)
				}
				if err != nil {
					t.Fatal(err)
				}
				return b
			}
			buying, ok := enablemap.BuyingStageTemplate(set.template)
			if !ok {
				t.Fatalf("template %q is not built in", set.template)
			}
			checkDataset(t, dataset{
				name:       set.dir,
				interviews: read("interviews.csv"),
				materials:  read("materials.csv"),
				glossary:   read("glossary.csv"),
				gold:       read("gold.json"),
			}, set.stages, buying)
		})
	}
}

func TestAccessorsReturnCopies(t *testing.T) {
	for name, get := range map[string]func() []byte{
		"Interviews": Interviews, "Materials": Materials, "Glossary": Glossary, "Gold": Gold,
	} {
		t.Run(name, func(t *testing.T) {
			b := get()
			if len(b) == 0 {
				t.Fatal("empty")
			}
			b[0] ^= 0xff
			if again := get(); again[0] == b[0] {
				t.Errorf("changing the returned bytes changed the embedded file")
			}
		})
	}
}
