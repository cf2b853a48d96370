package report

import (
	"bytes"
	"encoding/json"
	"os"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

func TestJSONEmptyListsAreArrays(t *testing.T) {
	tests := []struct {
		name string
		data Data
	}{
		{"empty project", emptyData()},
		{"activity with nil lists", Data{Analysis: enablemap.Analysis{
			Activities:  []enablemap.Activity{{ID: "A1"}},
			Materials:   []enablemap.MaterialAnalysis{{MaterialID: "M1", Matches: []enablemap.Match{{ActivityID: "A1"}}}},
			HoleDetails: []enablemap.Hole{{ActivityID: "A1"}},
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := JSON(&buf, tt.data); err != nil {
				t.Fatal(err)
			}
			if bytes.Contains(buf.Bytes(), []byte("null")) {
				t.Errorf("output holds null:\n%s", buf.String())
			}
			var got map[string]any
			if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
				t.Fatalf("output is not JSON: %v", err)
			}
			for _, key := range []string{"buying_stages", "activities", "wants", "want_details", "materials", "holes", "hole_details"} {
				if _, ok := got[key].([]any); !ok {
					t.Errorf("%s = %#v, want an array", key, got[key])
				}
			}
			if tt.data.Analysis.Activities != nil && tt.data.Analysis.Activities[0].Reasons != nil {
				t.Error("JSON changed the caller's analysis")
			}
		})
	}
}

func TestJSONRoundTrip(t *testing.T) {
	d := handData()
	var buf bytes.Buffer
	if err := JSON(&buf, d); err != nil {
		t.Fatal(err)
	}
	var got enablemap.Analysis
	if err := json.Unmarshal(buf.Bytes(), &got); err != nil {
		t.Fatalf("output is not JSON: %v", err)
	}
	if want := normalize(d.Analysis); !reflect.DeepEqual(got, want) {
		t.Errorf("round trip differs:\ngot  %+v\nwant %+v", got, want)
	}
	if !strings.Contains(buf.String(), "\n  \"activities\": [") {
		t.Errorf("output is not indented by two spaces:\n%.300s", buf.String())
	}
	if !strings.Contains(buf.String(), "<script>") {
		t.Error("markup in names was escaped; the contract keeps text as typed")
	}
}

// TestJSONContractDocumented checks that docs/json.md names every key the
// JSON output holds, so the documented contract cannot fall behind the code.
func TestJSONContractDocumented(t *testing.T) {
	doc, err := os.ReadFile("../../docs/json.md")
	if err != nil {
		t.Fatalf("read the contract: %v", err)
	}
	var buf bytes.Buffer
	if err := JSON(&buf, handData()); err != nil {
		t.Fatal(err)
	}
	var v any
	if err := json.Unmarshal(buf.Bytes(), &v); err != nil {
		t.Fatal(err)
	}
	keys := map[string]bool{}
	collectKeys(v, keys)
	var missing []string
	for k := range keys {
		if !bytes.Contains(doc, []byte("`"+k+"`")) {
			missing = append(missing, k)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("docs/json.md does not document %v", missing)
	}
}

func collectKeys(v any, keys map[string]bool) {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			keys[k] = true
			collectKeys(e, keys)
		}
	case []any:
		for _, e := range x {
			collectKeys(e, keys)
		}
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, os.ErrClosed }

func TestRenderersReportWriteErrors(t *testing.T) {
	renderers := map[string]func(w *failWriter, d Data) error{
		"JSON":          func(w *failWriter, d Data) error { return JSON(w, d) },
		"Markdown":      func(w *failWriter, d Data) error { return Markdown(w, d) },
		"ActivitiesCSV": func(w *failWriter, d Data) error { return ActivitiesCSV(w, d) },
	}
	for name, render := range renderers {
		t.Run(name, func(t *testing.T) {
			if err := render(&failWriter{}, handData()); err == nil {
				t.Error("got no error writing to a failing writer")
			}
		})
	}
}
