package analysis

import (
	"bytes"
	"sort"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/demo"
	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/importer"
)

// Marking a response as a want takes that response out and changes no other
// response's activity: a user's decision about one answer must not move
// other reps' answers around.
func TestMarkingAWantMovesNoOtherResponse(t *testing.T) {
	ws := demoWorkspace(t)
	base := Analyze(ws)
	partners := func(a enablemap.Analysis, skip string) map[string]string {
		out := map[string]string{}
		for _, act := range a.Activities {
			var ids []string
			for _, id := range act.ResponseIDs {
				if id != skip {
					ids = append(ids, id)
				}
			}
			sort.Strings(ids)
			key := strings.Join(ids, ",")
			for _, id := range ids {
				out[id] = key
			}
		}
		return out
	}
	tried := 0
	for i, act := range base.Activities {
		if len(act.ResponseIDs) < 3 || i%3 != 0 {
			continue
		}
		target := act.ResponseIDs[len(act.ResponseIDs)/2]
		ws2 := ws
		ws2.Decisions = []enablemap.Decision{{Seq: 1, Kind: enablemap.MarkWant, ResponseID: target, Text: "true"}}
		after := Analyze(ws2)
		if !contains(after.Wants, target) {
			t.Fatalf("%s is not a want after the decision", target)
		}
		want, got := partners(base, target), partners(after, target)
		for id, k := range want {
			if got[id] != k {
				t.Errorf("marking %s a want moved %s: its activity held %q, now %q", target, id, k, got[id])
			}
		}
		tried++
	}
	if tried == 0 {
		t.Fatal("the demo has no activity of three responses or more")
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func demoWorkspace(t *testing.T) enablemap.Workspace {
	t.Helper()
	ivs, rs, err := importer.ReadInterviews("interviews.csv", bytes.NewReader(demo.Interviews()))
	if err != nil {
		t.Fatal(err)
	}
	ms, err := importer.ReadMaterials("materials.csv", bytes.NewReader(demo.Materials()))
	if err != nil {
		t.Fatal(err)
	}
	gl, err := importer.ReadGlossary("glossary.csv", bytes.NewReader(demo.Glossary()))
	if err != nil {
		t.Fatal(err)
	}
	stages, _ := enablemap.BuyingStageTemplate(demo.BuyingTemplate)
	return enablemap.Workspace{
		Project:    enablemap.Project{Name: demo.ProjectName, SalesStages: demo.SalesStages, BuyingStages: stages},
		Interviews: ivs, Responses: rs, Materials: ms, Glossary: gl,
	}
}
