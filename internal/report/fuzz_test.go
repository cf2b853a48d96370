package report

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzRenderText puts arbitrary text where imports put text (an activity
// name, a rep's words, a material title) and checks that every text format
// keeps its structure: Markdown tables keep their columns, SVG parses as
// XML, CSV and JSON round-trip the name.
func FuzzRenderText(f *testing.F) {
	for _, seed := range []string{hostile, "", "=1+2", "a|b\\|c", "line\r\nbreak", "\x00\x1b[31m", "]]><!--", "`code` *bold* _x_ [l](u)", "\t-1", strings.Repeat("long ", 60)} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d := handData()
		d.Analysis.Activities[0].Name = s
		d.Workspace.Responses[0].Activity = s
		d.Analysis.Materials[1].Title = s

		var md bytes.Buffer
		if err := Markdown(&md, d); err != nil {
			t.Fatal(err)
		}
		header := 0
		for _, line := range strings.Split(md.String(), "\n") {
			if !strings.HasPrefix(line, "|") {
				header = 0
				continue
			}
			if n := len(cells(line)); header == 0 {
				header = n
			} else if n != header {
				t.Fatalf("Markdown row has %d cells, its table %d: %q", n, header, line)
			}
		}

		var svgOut bytes.Buffer
		if err := MapSVG(&svgOut, d); err != nil {
			t.Fatal(err)
		}
		parseSVG(t, svgOut.Bytes())

		var c bytes.Buffer
		if err := ActivitiesCSV(&c, d); err != nil {
			t.Fatal(err)
		}
		recs, err := csv.NewReader(&c).ReadAll()
		if err != nil {
			t.Fatalf("CSV does not read back: %v", err)
		}
		// encoding/csv turns \r\n inside a quoted field into \n.
		want := strings.ReplaceAll(SafeCell(s), "\r\n", "\n")
		if got := recs[1][1]; got != want && utf8.ValidString(s) && !strings.Contains(s, "\r") {
			t.Errorf("CSV name: got %q, want %q", got, want)
		}

		var j bytes.Buffer
		if err := JSON(&j, d); err != nil {
			t.Fatal(err)
		}
		var back struct{ Activities []struct{ Name string } }
		if err := json.Unmarshal(j.Bytes(), &back); err != nil {
			t.Fatalf("JSON does not read back: %v", err)
		}
		if utf8.ValidString(s) && back.Activities[0].Name != s {
			t.Errorf("JSON name: got %q, want %q", back.Activities[0].Name, s)
		}
	})
}
