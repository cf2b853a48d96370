package projectfile

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/importer"
)

// small is a workspace as a store returns it, database ids and all.
func small() enablemap.Workspace {
	created := time.Date(2024, 3, 1, 10, 30, 0, 0, time.FixedZone("CET", 3600))
	return enablemap.Workspace{
		Project: enablemap.Project{ID: 9, Name: "Veridia", Description: "Denials & <prior auth>", Version: 4,
			SalesStages: []string{"Qualification", "Discovery"}, BuyingStages: []string{"Problem identification"},
			CreatedAt: created, UpdatedAt: created},
		Interviews: []enablemap.Interview{
			{ID: "INT02", Interviewee: "Lee", Role: "SDR"},
			{ID: "INT01", Interviewee: "Dana", Date: "2024-02-06", FromLink: true},
		},
		// Out of order on purpose: the file orders by position.
		Responses: []enablemap.Response{
			{ID: "R3", InterviewID: "INT01", FromStage: "Qualification", ToStage: "Discovery", Activity: "send recap", Position: 3},
			{ID: "R1", InterviewID: "INT01", FromStage: "Qualification", ToStage: "Discovery", Activity: "disco call", Goal: "find pain", Notes: "a\nb", Position: 1},
			{ID: "R2", InterviewID: "INT02", FromStage: "Qualification", ToStage: "Discovery", Activity: "book meeting", Position: 2},
		},
		Materials: []enablemap.Material{
			{ID: "M1", Title: "Pocket card", Type: "Guide", Tags: []string{"SDR"}, Updated: "2023-02-27", Position: 1},
		},
		Glossary: []enablemap.GlossaryTerm{{Term: "disco", Meaning: "discovery call"}},
		Decisions: []enablemap.Decision{
			{ID: 41, Seq: 2, Kind: enablemap.SetAside, MaterialID: "M1", Text: "outdated", Author: "kim", CreatedAt: created.Add(time.Minute)},
			{ID: 40, Seq: 1, Kind: enablemap.ConfirmMatch, ResponseID: "R1", MaterialID: "M1", Author: "kim", CreatedAt: created},
		},
		Roadmap: []enablemap.RoadmapItem{
			{ID: 7, ResponseID: "R3", Kind: "email template", Title: "Recap email", Owner: "PMM", Due: "2024-04-01", Status: enablemap.InProgress, Version: 3, CreatedAt: created},
		},
	}
}

const smallJSON = `{
  "format": "enablemap-project",
  "version": 1,
  "project": {
    "name": "Veridia",
    "description": "Denials & <prior auth>",
    "archived": false,
    "sales_stages": [
      "Qualification",
      "Discovery"
    ],
    "buying_stages": [
      "Problem identification"
    ]
  },
  "interviews": [
    {
      "id": "INT02",
      "interviewee": "Lee",
      "role": "SDR",
      "region": "",
      "date": "",
      "interviewer": "",
      "from_link": false,
      "responses": [
        {
          "id": "R2",
          "position": 2,
          "from_stage": "Qualification",
          "to_stage": "Discovery",
          "activity": "book meeting",
          "goal": "",
          "notes": ""
        }
      ]
    },
    {
      "id": "INT01",
      "interviewee": "Dana",
      "role": "",
      "region": "",
      "date": "2024-02-06",
      "interviewer": "",
      "from_link": true,
      "responses": [
        {
          "id": "R1",
          "position": 1,
          "from_stage": "Qualification",
          "to_stage": "Discovery",
          "activity": "disco call",
          "goal": "find pain",
          "notes": "a\nb"
        },
        {
          "id": "R3",
          "position": 3,
          "from_stage": "Qualification",
          "to_stage": "Discovery",
          "activity": "send recap",
          "goal": "",
          "notes": ""
        }
      ]
    }
  ],
  "glossary": [
    {
      "term": "disco",
      "meaning": "discovery call"
    }
  ],
  "materials": [
    {
      "id": "M1",
      "position": 1,
      "title": "Pocket card",
      "type": "Guide",
      "description": "",
      "url": "",
      "owner": "",
      "updated": "2023-02-27",
      "tags": [
        "SDR"
      ]
    }
  ],
  "decisions": [
    {
      "kind": "confirm_match",
      "response_id": "R1",
      "other_response_id": "",
      "material_id": "M1",
      "text": "",
      "reason": "",
      "author": "kim",
      "created_at": "2024-03-01T09:30:00Z"
    },
    {
      "kind": "set_aside",
      "response_id": "",
      "other_response_id": "",
      "material_id": "M1",
      "text": "outdated",
      "reason": "",
      "author": "kim",
      "created_at": "2024-03-01T09:31:00Z"
    }
  ],
  "roadmap": [
    {
      "response_id": "R3",
      "kind": "email template",
      "title": "Recap email",
      "owner": "PMM",
      "due": "2024-04-01",
      "status": "in_progress"
    }
  ]
}
`

func encode(t testing.TB, ws enablemap.Workspace) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := Encode(&buf, ws); err != nil {
		t.Fatalf("Encode: %v", err)
	}
	return buf.Bytes()
}

func TestEncodeFormat(t *testing.T) {
	if got := string(encode(t, small())); got != smallJSON {
		t.Errorf("got\n%s\nwant\n%s", got, smallJSON)
	}
}

func TestDecodeRestoresWhatWasMade(t *testing.T) {
	ws, err := Decode("p.json", strings.NewReader(smallJSON))
	if err != nil {
		t.Fatal(err)
	}
	// What a database assigns is gone; what a person made is back, in order.
	want := small()
	want.Project.ID, want.Project.Version = 0, 0
	want.Project.CreatedAt, want.Project.UpdatedAt = time.Time{}, time.Time{}
	want.Responses = []enablemap.Response{want.Responses[1], want.Responses[2], want.Responses[0]}
	want.Decisions = []enablemap.Decision{want.Decisions[1], want.Decisions[0]}
	for i := range want.Decisions {
		want.Decisions[i].ID = 0
		want.Decisions[i].Seq = int64(i + 1)
		want.Decisions[i].CreatedAt = want.Decisions[i].CreatedAt.UTC()
	}
	want.Roadmap[0].ID, want.Roadmap[0].Version, want.Roadmap[0].CreatedAt = 0, 0, time.Time{}
	if !reflect.DeepEqual(ws, want) {
		t.Errorf("got  %+v\nwant %+v", ws, want)
	}
}

func TestRoundTripIsByteIdentical(t *testing.T) {
	tests := []struct {
		name string
		ws   func(t *testing.T) enablemap.Workspace
	}{
		{"small", func(*testing.T) enablemap.Workspace { return small() }},
		{"empty", func(*testing.T) enablemap.Workspace {
			return enablemap.Workspace{Project: enablemap.Project{Name: "x"}}
		}},
		{"sample", sampleWorkspace},
		{"own interview guide", func(*testing.T) enablemap.Workspace {
			ws := small()
			ws.Project.Guide = []string{"# Lead to Deal", "What five activities do you do?", "What are you trying to accomplish?"}
			return ws
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if ws := tt.ws(t); len(ws.Project.Guide) > 0 {
				got, err := Decode("p.json", bytes.NewReader(encode(t, ws)))
				if err != nil || len(got.Project.Guide) != len(ws.Project.Guide) {
					t.Fatalf("guide not restored: %v %v", got.Project.Guide, err)
				}
			}
			first := encode(t, tt.ws(t))
			ws, err := Decode("p.json", bytes.NewReader(first))
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if second := encode(t, ws); !bytes.Equal(first, second) {
				t.Errorf("got a different document after a round trip:\n%s\nwant\n%s", second, first)
			}
		})
	}
}

// sampleWorkspace reads the public sample when it is present.
func sampleWorkspace(t *testing.T) enablemap.Workspace {
	dir := "../../../shared/sample"
	if _, err := os.Stat(filepath.Join(dir, "interviews.csv")); err != nil {
		t.Skip("sample not present")
	}
	ws := enablemap.Workspace{Project: enablemap.Project{Name: "Veridia Health",
		SalesStages:  []string{"Prospecting", "Qualification", "Discovery", "Solution Demo", "Business Case", "Contracting", "Closed Won"},
		BuyingStages: []string{"Problem identification", "Solution exploration", "Requirements building", "Supplier selection", "Validation", "Consensus & purchase"}}}
	for _, k := range importer.Kinds() {
		d, err := importer.ReadFile(k, filepath.Join(dir, string(k)+".csv"))
		if err != nil {
			t.Fatal(err)
		}
		ws.Interviews = append(ws.Interviews, d.Interviews...)
		ws.Responses = append(ws.Responses, d.Responses...)
		ws.Materials = append(ws.Materials, d.Materials...)
		ws.Glossary = append(ws.Glossary, d.Glossary...)
	}
	return ws
}

func TestEncodeIsDeterministic(t *testing.T) {
	a := small()
	b := small()
	// Nil and empty lists, and the order the store happens to list
	// responses and decisions in, must not show in the file.
	b.Responses[0], b.Responses[2] = b.Responses[2], b.Responses[0]
	b.Decisions[0], b.Decisions[1] = b.Decisions[1], b.Decisions[0]
	a.Materials[0].Tags, b.Materials[0].Tags = nil, []string{}
	if x, y := encode(t, a), encode(t, b); !bytes.Equal(x, y) {
		t.Errorf("got different documents for the same project:\n%s\n%s", x, y)
	}
}

func TestEncodeRefusesOrphanResponses(t *testing.T) {
	ws := small()
	ws.Responses[0].InterviewID = "INT99"
	err := Encode(&bytes.Buffer{}, ws)
	if enablemap.ErrorCode(err) != enablemap.EINVALID || !strings.Contains(err.Error(), "INT99") {
		t.Errorf("got %v, want an invalid error naming INT99", err)
	}
}

func TestDecodeErrors(t *testing.T) {
	// edit changes the small document's text.
	edit := func(old, new string) string {
		if !strings.Contains(smallJSON, old) {
			panic("the test document lacks " + old)
		}
		return strings.Replace(smallJSON, old, new, 1)
	}
	tests := []struct {
		name  string
		input string
		field string
		text  string
	}{
		{"a newer version", edit(`"version": 1`, `"version": 2`), "version", "version 2 is not supported; this enablemap reads version 1"},
		{"no version", edit(`"version": 1,`, ``), "version", "missing"},
		{"another kind of file", `{"name": "x"}`, "format", "not an enablemap project file"},
		{"not an object", `[1, 2]`, "", "should be an object"},
		{"a wrong type deep down", edit(`"activity": "send recap"`, `"activity": 12`), "interviews[1].responses[1].activity", "should be a string, not a number"},
		{"a required value", edit(`"id": "R1"`, `"id": ""`), "interviews[1].responses[0].id", "is required"},
		{"a misspelt field", edit(`"goal": "find pain"`, `"goals": "find pain"`), "interviews[1].responses[0].goals", "unknown field"},
		{"a duplicate response id", edit(`"id": "R3"`, `"id": "R2"`), "interviews[1].responses[1].id", "also used by interviews[0].responses[0]"},
		{"a duplicate position", edit(`"position": 3`, `"position": 2`), "interviews[1].responses[1].position", "position 2 is also used"},
		{"a bad position", edit(`"position": 3`, `"position": 1.5`), "interviews[1].responses[1].position", "whole number"},
		{"a bad date", edit(`"date": "2024-02-06"`, `"date": "06/02/2024"`), "interviews[1].date", "YYYY-MM-DD"},
		{"a repeated stage", edit(`"Discovery"
    ]`, `"qualification"
    ]`), "project.sales_stages", "listed twice"},
		{"an unknown decision kind", edit(`"kind": "set_aside"`, `"kind": "shelve"`), "decisions[1].kind", "unknown decision kind"},
		{"a decision without its material", edit(`"material_id": "M1",
      "text": "outdated"`, `"material_id": "",
      "text": "outdated"`), "decisions[1].material_id", "required for a set_aside decision"},
		{"a bad time", edit(`"2024-03-01T09:30:00Z"`, `"yesterday"`), "decisions[0].created_at", "RFC 3339"},
		{"an unknown status", edit(`"in_progress"`, `"started"`), "roadmap[0].status", "use planned, in_progress or done"},
		{"a syntax error", edit(`"title": "Recap email",`, `"title": "Recap email"`), "", "line 115, column 7"},
		{"trailing data", smallJSON + "{}", "", "more after the end"},
		{"empty", "", "", "empty"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws, err := Decode("p.json", strings.NewReader(tt.input))
			var es enablemap.Errors
			if !errors.As(err, &es) {
				t.Fatalf("got %v, want enablemap.Errors", err)
			}
			if !reflect.DeepEqual(ws, enablemap.Workspace{}) {
				t.Errorf("got a workspace alongside errors")
			}
			found := false
			for _, e := range es {
				if e.File != "p.json" || e.Code != enablemap.EINVALID {
					t.Errorf("got error %+v, want file p.json and code invalid", e)
				}
				if e.Field == tt.field && strings.Contains(e.Message, tt.text) && strings.HasPrefix(e.Message, tt.field) {
					found = true
				}
			}
			if !found {
				t.Errorf("got %v, want an error at %q containing %q", es, tt.field, tt.text)
			}
		})
	}
}

func TestDecodeFillsMissingPositions(t *testing.T) {
	doc := `{"format": "enablemap-project", "version": 1, "project": {"name": "x"},
	  "interviews": [{"id": "I1", "responses": [
	    {"id": "a", "from_stage": "s", "to_stage": "t"},
	    {"id": "b", "from_stage": "s", "to_stage": "t", "position": 5},
	    {"id": "c", "from_stage": "s", "to_stage": "t"}]}],
	  "materials": [{"id": "m"}, {"id": "n"}]}`
	ws, err := Decode("p.json", strings.NewReader(doc))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, r := range ws.Responses {
		got = append(got, r.ID+":"+string(rune('0'+r.Position)))
	}
	if want := []string{"b:5", "a:6", "c:7"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if ws.Materials[0].Position != 1 || ws.Materials[1].Position != 2 {
		t.Errorf("got materials %+v, want positions 1 and 2", ws.Materials)
	}
}

func FuzzDecode(f *testing.F) {
	f.Add([]byte(smallJSON))
	f.Fuzz(func(t *testing.T, data []byte) {
		ws, err := Decode("p.json", bytes.NewReader(data))
		if err != nil {
			var es enablemap.Errors
			if !errors.As(err, &es) || len(es) == 0 || len(es) > maxErrors+1 {
				t.Fatalf("got %v, want 1 to %d errors", err, maxErrors+1)
			}
			if !reflect.DeepEqual(ws, enablemap.Workspace{}) {
				t.Fatal("got a workspace alongside errors")
			}
			return
		}
		// Whatever Decode accepts, Encode writes and Decode accepts again,
		// to the same bytes.
		first := encode(t, ws)
		again, err := Decode("p.json", bytes.NewReader(first))
		if err != nil {
			t.Fatalf("got %v decoding our own output:\n%s", err, first)
		}
		if second := encode(t, again); !bytes.Equal(first, second) {
			t.Fatalf("got a different document after a round trip:\n%s\nwant\n%s", second, first)
		}
	})
}

func BenchmarkRoundTrip(b *testing.B) {
	ws := small()
	for i := range 20000 {
		r := ws.Responses[i%3]
		r.ID = r.ID + "-" + string(rune('a'+i%26)) + strings.Repeat("x", i%7) + "-" + time.Duration(i).String()
		r.Position = i + 10
		ws.Responses = append(ws.Responses, r)
	}
	var buf bytes.Buffer
	for b.Loop() {
		buf.Reset()
		if err := Encode(&buf, ws); err != nil {
			b.Fatal(err)
		}
		if _, err := Decode("p.json", bytes.NewReader(buf.Bytes())); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(int64(buf.Len()))
}
