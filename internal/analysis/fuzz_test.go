package analysis

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// fuzzWorkspace reads a workspace from lines of '|'-separated fields, so
// the fuzzer mutates something close to real input:
//
//	S|Lead,Demo,Won                      sales stages
//	B|Awareness,Consideration,Decision   buying stages
//	I|id|interviewee|role|region         an interview
//	R|id|interview|from|to|activity|goal a response
//	M|id|title|type|description|tag,tag a material
//	G|term|meaning                       a glossary term
//	D|kind|response|other|material|text  a decision
//
// Anything else is ignored; missing fields are empty. Nothing is
// validated: the engine must cope with whatever the store could hold and
// more.
func fuzzWorkspace(src string) enablemap.Workspace {
	ws := enablemap.Workspace{Project: enablemap.Project{ID: 1, Name: "fuzz",
		SalesStages: []string{"Lead", "Demo", "Won"}, BuyingStages: []string{"Awareness", "Consideration", "Decision"}}}
	for i, line := range strings.Split(src, "\n") {
		f := strings.Split(line, "|")
		get := func(n int) string {
			if n < len(f) {
				return f[n]
			}
			return ""
		}
		switch get(0) {
		case "S":
			ws.Project.SalesStages = strings.Split(get(1), ",")
		case "B":
			ws.Project.BuyingStages = strings.Split(get(1), ",")
		case "I":
			ws.Interviews = append(ws.Interviews, enablemap.Interview{ID: get(1), Interviewee: get(2), Role: get(3), Region: get(4)})
		case "R":
			ws.Responses = append(ws.Responses, enablemap.Response{ID: get(1), InterviewID: get(2), FromStage: get(3), ToStage: get(4),
				Activity: get(5), Goal: get(6), Position: i})
		case "M":
			var tags []string
			if t := get(5); t != "" {
				tags = strings.Split(t, ",")
			}
			ws.Materials = append(ws.Materials, enablemap.Material{ID: get(1), Title: get(2), Type: get(3), Description: get(4), Tags: tags, Position: i})
		case "G":
			ws.Glossary = append(ws.Glossary, enablemap.GlossaryTerm{Term: get(1), Meaning: get(2)})
		case "D":
			ws.Decisions = append(ws.Decisions, enablemap.Decision{Seq: int64(len(ws.Decisions) + 1), Kind: enablemap.DecisionKind(get(1)),
				ResponseID: get(2), OtherResponseID: get(3), MaterialID: get(4), Text: get(5), Reason: get(5)})
		}
	}
	return ws
}

const fuzzSeed = `S|Lead|Qualified|Demo|Won
S|Lead,Qualified,Demo,Won
I|I1|Ann Lee|AE|West
I|I2|Bo Chan|SDR|East
R|R1|I1|Lead|Qualified|send the customer case study to the champ|show a peer succeeded
R|R2|I1|Qualified|Demo|build the ROI business case w/ the CFO|justify the spend
R|R3|I2|Lead|Qualified|email a case study about a similar customer|prove it works for peers
R|R4|I2|Qualified|Demo|update CRM opp fields|keep the forecast right
R|R5|I2|Demo|Won|I wish marketing would give us better slides|
R|R6|I1|Demo|Won|redlines w/ legal on the MSA|get to signature
M|M1|How Acme cut costs: customer case study|Case study|A peer customer story|case study,customer
M|M2|ROI calculator|Tool|Spreadsheet for the business case|roi
M|M3|Company logo pack|Logos||brand
G|champ|champion - the buyer's internal advocate
G|MSA|master services agreement
D|rename|R1||||Share a customer story
D|merge|R1|R3|||
D|confirm_match|R2||M2||
D|set_aside|||M3||brand asset
D|move|R6||||Decision
D|mark_want|R5||||true
D|split|R3||||
D|relevance|R4||||false
`

func FuzzAnalyze(f *testing.F) {
	f.Add(fuzzSeed)
	f.Add("")
	f.Add("R|R1|I1|Lead|Won|call||\nR|R1|I1|Lead|Won|call again|\nD|merge|R1|R1|||\nD|move_response|R1|R9|||")
	f.Add("S|\nB|\nR|||||\nM||||\nD|accept||||")
	f.Fuzz(func(t *testing.T, src string) {
		ws := fuzzWorkspace(src)
		before := fuzzWorkspace(src)
		a := Analyze(ws)
		if !reflect.DeepEqual(ws, before) {
			t.Fatal("Analyze changed its input")
		}
		first, err := json.Marshal(a)
		if err != nil {
			t.Fatalf("the analysis does not encode: %v", err)
		}
		second, err := json.Marshal(Analyze(fuzzWorkspace(src)))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(first, second) {
			t.Fatalf("two analyses of one input differ:\n%s\n%s", first, second)
		}
		for _, m := range ws.Materials {
			if (searchList.MatchString(m.Title) || searchQuestion.MatchString(m.Title)) && !maySearchTitle(m.Title) {
				t.Fatalf("the search-title test passes over %q, which the patterns match", m.Title)
			}
		}
		responses := map[string]bool{}
		for _, r := range ws.Responses {
			responses[r.ID] = true
		}
		seen := map[string]bool{}
		for _, act := range a.Activities {
			if !strings.HasPrefix(act.ID, "A-") || seen[act.ID] {
				t.Fatalf("activity id %q is malformed or repeated", act.ID)
			}
			seen[act.ID] = true
			for _, id := range act.ResponseIDs {
				if !responses[id] {
					t.Fatalf("activity %s names response %q, which is not in the input", act.ID, id)
				}
			}
		}
	})
}
