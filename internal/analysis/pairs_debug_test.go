package analysis

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// TestRollUpPairs prints, per data set, the pairs of responses the roll-up
// joins that the gold file splits and the reverse, with their labels and
// similarity (ENABLEMAP_PAIRS=1), to see where the roll-up errs. With
// ENABLEMAP_PAIRS=summary it prints only, per data set and over all, how
// often a response's most similar other response is in its gold activity:
// a measure of the similarity alone, before the clustering.
func TestRollUpPairs(t *testing.T) {
	if os.Getenv("ENABLEMAP_PAIRS") == "" {
		t.Skip("set ENABLEMAP_PAIRS=1 to print the roll-up errors")
	}
	dirs, _ := filepath.Glob("../eval/testdata/*")
	dirs = append([]string{"../../../shared/sample", "../demo/data"}, dirs...)
	summary := os.Getenv("ENABLEMAP_PAIRS") == "summary"
	allRight, allTotal := 0, 0
	defer func() {
		if allTotal > 0 {
			t.Logf("nearest neighbour in the gold activity: %d of %d (%.3f)", allRight, allTotal, float64(allRight)/float64(allTotal))
		}
	}()
	for _, dir := range dirs {
		ws, goldOf, stages, ok := loadPairsDataset(t, dir)
		if !ok {
			continue
		}
		ws.Project.BuyingStages = stages
		e := newEngine(ws, DefaultOptions())
		e.prepareResponses()
		e.detectWants()
		var nodes []*respInfo
		for _, ri := range e.resp {
			if !ri.want {
				nodes = append(nodes, ri)
			}
		}
		groups := e.rollUp()
		pred := map[int]int{}
		for g, ms := range groups {
			for _, m := range ms {
				pred[m] = g
			}
		}
		lab := func(ri *respInfo) string {
			var b []string
			for _, l := range ri.labels {
				b = append(b, fmt.Sprintf("%s:%.2f", concepts[l.concept].key, l.w))
			}
			return strings.Join(b, ",")
		}
		var b strings.Builder
		// How good would grouping by the main built-in activity alone be?
		tp, pp, gp := 0, 0, 0
		for i, x := range nodes {
			for _, y := range nodes[i+1:] {
				gx, okx := goldOf[x.r.ID]
				gy, oky := goldOf[y.r.ID]
				if !okx || !oky {
					continue
				}
				sp := x.primary >= 0 && x.primary == y.primary
				if sp {
					pp++
				}
				if gx == gy {
					gp++
					if sp {
						tp++
					}
				}
			}
		}
		fmt.Fprintf(&b, "by primary: P %.2f R %.2f\n", float64(tp)/float64(pp), float64(tp)/float64(gp))
		right, total := nearestInGold(e, nodes, goldOf)
		allRight += right
		allTotal += total
		fmt.Fprintf(&b, "nearest neighbour in the gold activity: %d of %d\n", right, total)
		if summary {
			t.Logf("%s %s", dir, b.String())
			continue
		}
		for i, x := range nodes {
			for _, y := range nodes[i+1:] {
				gx, okx := goldOf[x.r.ID]
				gy, oky := goldOf[y.r.ID]
				if !okx || !oky {
					continue
				}
				sp, sg := pred[x.idx] == pred[y.idx], gx == gy
				if sp == sg {
					continue
				}
				kind := "JOINED"
				if sg {
					kind = "SPLIT "
				}
				s := dot(x.vec, y.vec)
				if sim := labelSim(x.labelVec, y.labelVec); sim > 0 {
					s += primaryBoost * sim * min(1, x.primaryW, y.primaryW)
				}
				s *= e.pairFactor(x, y)
				fmt.Fprintf(&b, "%s %.2f %s/%s %s %q [%s] | %s %q [%s]\n", kind, s, gx, gy, x.r.ID, x.r.Activity, lab(x), y.r.ID, y.r.Activity, lab(y))
			}
		}
		t.Logf("%s\n%s", dir, b.String())
	}
}

// nearestInGold counts the responses, among those whose gold activity has
// another member, whose most similar other response is in the same gold
// activity.
func nearestInGold(e *engine, nodes []*respInfo, goldOf map[string]string) (right, total int) {
	best := map[int]int{}
	bestSim := map[int]float64{}
	for k, sim := range e.sims {
		for _, x := range [][2]int{{k[0], k[1]}, {k[1], k[0]}} {
			if sim > bestSim[x[0]] || sim == bestSim[x[0]] && x[1] < best[x[0]] {
				bestSim[x[0]], best[x[0]] = sim, x[1]
			}
		}
	}
	size := map[string]int{}
	for _, x := range nodes {
		if g, ok := goldOf[x.r.ID]; ok {
			size[g]++
		}
	}
	for _, x := range nodes {
		g, ok := goldOf[x.r.ID]
		if !ok || size[g] < 2 {
			continue
		}
		total++
		if j, ok := best[x.idx]; ok && goldOf[e.resp[j].r.ID] == g {
			right++
		}
	}
	return right, total
}

func loadPairsDataset(t *testing.T, dir string) (enablemap.Workspace, map[string]string, []string, bool) {
	var ws enablemap.Workspace
	f, err := os.Open(filepath.Join(dir, "interviews.csv"))
	if err != nil {
		return ws, nil, nil, false
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	col := map[string]int{}
	for i, h := range rows[0] {
		col[h] = i
	}
	seen := map[string]bool{}
	for i, r := range rows[1:] {
		id := r[col["interview_id"]]
		if !seen[id] {
			seen[id] = true
			ws.Interviews = append(ws.Interviews, enablemap.Interview{ID: id, Interviewee: r[col["interviewee"]], Role: r[col["role"]], Region: r[col["region"]]})
		}
		ws.Responses = append(ws.Responses, enablemap.Response{ID: r[col["response_id"]], InterviewID: id, FromStage: r[col["from_stage"]], ToStage: r[col["to_stage"]], Activity: r[col["activity"]], Goal: r[col["goal"]], Notes: r[col["notes"]], Position: i + 1})
	}
	// The library, which the roll-up's latent space reads, and the glossary.
	for i, r := range csvRecords(filepath.Join(dir, "materials.csv")) {
		ws.Materials = append(ws.Materials, enablemap.Material{ID: r["material_id"], Title: r["title"], Type: r["type"], Description: r["description"], Position: i + 1})
	}
	for _, r := range csvRecords(filepath.Join(dir, "glossary.csv")) {
		ws.Glossary = append(ws.Glossary, enablemap.GlossaryTerm{Term: r["term"], Meaning: r["meaning"]})
	}
	data, err := os.ReadFile(filepath.Join(dir, "gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		BuyingStages []string `json:"buying_stages"`
		Activities   []struct {
			ID          string   `json:"id"`
			ResponseIDs []string `json:"response_ids"`
		} `json:"activities"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	goldOf := map[string]string{}
	for _, a := range gold.Activities {
		for _, r := range a.ResponseIDs {
			goldOf[r] = a.ID
		}
	}
	return ws, goldOf, gold.BuyingStages, true
}

// csvRecords reads a CSV file of a data set into records by column name;
// a file that is absent has none.
func csvRecords(path string) []map[string]string {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	rows, _ := csv.NewReader(f).ReadAll()
	if len(rows) == 0 {
		return nil
	}
	out := make([]map[string]string, 0, len(rows)-1)
	for _, r := range rows[1:] {
		rec := map[string]string{}
		for i, h := range rows[0] {
			if i < len(r) {
				rec[h] = r[i]
			}
		}
		out = append(out, rec)
	}
	return out
}
