package analysis

import (
	"bytes"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// pilotResearch returns n companies' research in which experts place a
// pilot at Validation and a talk at Requirements building, both said at the
// same early sales transition.
func pilotResearch(n int) []LabelledWorkspace {
	sales := []string{"Prospecting", "Qualification", "Discovery", "Demo", "Proposal", "Closed Won"}
	buying, _ := enablemap.BuyingStageTemplate("gartner")
	var out []LabelledWorkspace
	for c := range n {
		ws := enablemap.Workspace{Project: enablemap.Project{SalesStages: sales, BuyingStages: buying}}
		stage := map[string]string{}
		add := func(text, st string) {
			id := fmt.Sprintf("R%d", len(ws.Responses)+1)
			ws.Responses = append(ws.Responses, enablemap.Response{ID: id, InterviewID: fmt.Sprintf("I%d", c), FromStage: "Qualification", ToStage: "Discovery", Activity: text, Position: len(ws.Responses)})
			stage[id] = st
		}
		for range 3 {
			add("run a pilot at the plant", "Validation")
			add("talk with the plant manager", "Requirements building")
		}
		out = append(out, LabelledWorkspace{Workspace: ws, Stage: stage})
	}
	return out
}

func TestStageLexicon(t *testing.T) {
	sales := []string{"Prospecting", "Qualification", "Discovery", "Demo", "Proposal", "Closed Won"}
	buying, _ := enablemap.BuyingStageTemplate("gartner")
	tests := []struct {
		name      string
		companies int
		activity  string
		want      string
		reason    string
	}{
		{"a word experts place late", lexMinSets, "set up a pilot for the new site", "Validation", "(pilot)"},
		// Near misses: no such word; a word too few companies used.
		{"no such word", lexMinSets, "talk to the new site", "Requirements building", ""},
		{"too few companies", lexMinSets - 1, "set up a pilot for the new site", "Requirements building", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lex := LearnStageLexicon(pilotResearch(tt.companies))
			ws := enablemap.Workspace{
				Project:   enablemap.Project{SalesStages: sales, BuyingStages: buying},
				Responses: []enablemap.Response{{ID: "R1", InterviewID: "I1", FromStage: "Qualification", ToStage: "Discovery", Activity: tt.activity}},
			}
			a := AnalyzeWithOptions(ws, Options{StageLexicon: lex})
			act := a.Activities[0]
			if act.BuyingStage != tt.want {
				t.Errorf("stage = %q, want %q (%v)", act.BuyingStage, tt.want, act.Reasons)
			}
			if tt.reason != "" && !strings.Contains(strings.Join(act.Reasons, " "), "earlier research places activities worded like this "+tt.reason+" here") {
				t.Errorf("reasons %q do not name what earlier research says %s", act.Reasons, tt.reason)
			}
		})
	}
}

func TestStageLexiconText(t *testing.T) {
	lex := LearnStageLexicon(pilotResearch(lexMinSets))
	var a, b bytes.Buffer
	if _, err := lex.WriteTo(&a); err != nil {
		t.Fatal(err)
	}
	// Learning is deterministic.
	if _, err := LearnStageLexicon(pilotResearch(lexMinSets)).WriteTo(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Error("the same research gave two lexicons")
	}
	read, err := ReadStageLexicon(strings.NewReader(a.String()))
	if err != nil {
		t.Fatal(err)
	}
	var c bytes.Buffer
	if _, err := read.WriteTo(&c); err != nil {
		t.Fatal(err)
	}
	if c.String() != a.String() {
		t.Errorf("written, read and written again:\n%s\nwant\n%s", c.String(), a.String())
	}
	if !strings.Contains(a.String(), "\npilot\t") {
		t.Errorf("the lexicon has no row for pilot:\n%s", a.String())
	}
	for _, bad := range []struct{ text, want string }{
		{"pilot\t1\t2\n", "line 1: 3 fields, want 10"},
		{"# head\npilot\t1\t2\t3\tx\t5\t6\t7\t8\t9\n", "line 2, column 5"},
		{"@prior:9\t1\t2\t3\t4\t5\t6\t7\t8\t9\n", "line 1: bad transition bin"},
	} {
		if _, err := ReadStageLexicon(strings.NewReader(bad.text)); err == nil || !strings.Contains(err.Error(), bad.want) {
			t.Errorf("ReadStageLexicon(%q) = %v, want an error with %q", bad.text, err, bad.want)
		}
	}
}

func TestBuiltinStageLexicon(t *testing.T) {
	lex := BuiltinStageLexicon()
	if lex.empty() {
		t.Fatal("the built-in lexicon is empty")
	}
	// It knows the words of selling in any trade.
	for _, w := range []string{"pilot", "refer", "contract", "demo"} {
		if _, ok := lex.feats[w]; !ok {
			t.Errorf("the built-in lexicon does not know %q", w)
		}
	}
}

// tallyResearch returns n companies' research in which experts call
// tallying points internal work and walking a board through numbers work
// that needs material.
func tallyResearch(n int) []LabelledWorkspace {
	buying, _ := enablemap.BuyingStageTemplate("gartner")
	var out []LabelledWorkspace
	for c := range n {
		ws := enablemap.Workspace{Project: enablemap.Project{BuyingStages: buying}}
		stage, rel := map[string]string{}, map[string]bool{}
		add := func(text string, relevant bool) {
			id := fmt.Sprintf("R%d", len(ws.Responses)+1)
			ws.Responses = append(ws.Responses, enablemap.Response{ID: id, InterviewID: fmt.Sprintf("I%d", c), FromStage: "Demo", ToStage: "Proposal", Activity: text, Position: len(ws.Responses)})
			stage[id], rel[id] = "Supplier selection", relevant
		}
		for range 4 {
			add("tally the monthly points", false)
			add("walk the board through the numbers", true)
		}
		out = append(out, LabelledWorkspace{Workspace: ws, Stage: stage, Relevant: rel})
	}
	return out
}

func TestRelevanceLexicon(t *testing.T) {
	tests := []struct {
		name      string
		lex       *StageLexicon
		activity  string
		relevant  bool
		reasonHas string
	}{
		{"a word experts call internal", LearnStageLexicon(tallyResearch(lexMinSets)), "tally the points for the region", false, "earlier research finds activities worded like this (points, tally) internal, which decides it"},
		// Near misses: no lexicon; a word too few companies used.
		{"no lexicon", NoStageLexicon, "tally the points for the region", true, "no cue word either way"},
		{"too few companies", LearnStageLexicon(tallyResearch(lexMinSets - 1)), "tally the points for the region", true, "no cue word either way"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := enablemap.Workspace{Responses: []enablemap.Response{{ID: "R1", InterviewID: "I1", FromStage: "Demo", ToStage: "Proposal", Activity: tt.activity}}}
			act := AnalyzeWithOptions(ws, Options{StageLexicon: tt.lex}).Activities[0]
			if act.MarketingRelevant != tt.relevant {
				t.Errorf("relevant = %v, want %v (%s)", act.MarketingRelevant, tt.relevant, act.RelevanceReason)
			}
			if !strings.Contains(act.RelevanceReason, tt.reasonHas) {
				t.Errorf("reason %q, want it to say %q", act.RelevanceReason, tt.reasonHas)
			}
		})
	}
}

func TestPairFactorStageSpread(t *testing.T) {
	e := &engine{}
	early := [lexBins]float64{0.9, 0.1}
	late := [lexBins]float64{4: 0.1, 5: 0.9}
	tests := []struct {
		name       string
		a, b       [lexBins]float64
		relA, relB float64
		want       float64
	}{
		{"placed together", early, early, 0.9, 0.9, 1},
		{"placed apart", early, late, 0.9, 0.9, 1 - stageOverlapWeight},
		{"one internal, one with the buyer", early, early, 0.9, 0.1, 1 - relDiffWeight*0.8},
		// Near miss: no placement for one of them.
		{"one unplaced", early, [lexBins]float64{}, 0.9, 0.1, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := &respInfo{r: enablemap.Response{InterviewID: "I1"}, primary: -1, prior: noStage, trans: "a>b", stageP: tt.a, relP: tt.relA}
			b := &respInfo{r: enablemap.Response{InterviewID: "I2"}, primary: -1, prior: noStage, trans: "c>d", stageP: tt.b, relP: tt.relB}
			if got := e.pairFactor(a, b); math.Abs(got-tt.want) > 1e-9 {
				t.Errorf("pairFactor = %.4f, want %.4f", got, tt.want)
			}
		})
	}
}
