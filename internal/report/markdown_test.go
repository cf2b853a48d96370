package report

import (
	"bytes"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
	"testing"
)

func renderMarkdown(t *testing.T, d Data) string {
	t.Helper()
	var buf bytes.Buffer
	if err := Markdown(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// section returns the text of the "## title" section.
func section(t *testing.T, md, title string) string {
	t.Helper()
	start := strings.Index(md, "\n## "+title+"\n")
	if start < 0 {
		t.Fatalf("no section %q", title)
	}
	rest := md[start+len(title)+5:]
	if end := strings.Index(rest, "\n## "); end >= 0 {
		rest = rest[:end]
	}
	return rest
}

// cells splits a table row on its unescaped pipes.
func cells(row string) []string {
	var out []string
	var cur strings.Builder
	escaped := false
	for _, r := range strings.TrimSpace(row) {
		switch {
		case escaped:
			escaped = false
			cur.WriteRune(r)
		case r == '\\':
			escaped = true
			cur.WriteRune(r)
		case r == '|':
			out = append(out, cur.String())
			cur.Reset()
		default:
			cur.WriteRune(r)
		}
	}
	// A row starts and ends with a pipe: drop the empty outer pieces.
	if len(out) > 0 {
		out = out[1:]
	}
	return out
}

func TestMarkdownTablesKeepTheirShape(t *testing.T) {
	md := renderMarkdown(t, handData())
	var header int
	for i, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "|") {
			header = 0
			continue
		}
		n := len(cells(line))
		if header == 0 {
			header = n
			continue
		}
		if n != header {
			t.Errorf("line %d has %d cells, its table %d: %s", i+1, n, header, line)
		}
	}
	if strings.Contains(md, "<script>") {
		t.Error("markup from input reached the Markdown unescaped")
	}
}

func TestMarkdownSections(t *testing.T) {
	md := renderMarkdown(t, handData())
	tests := []struct {
		section string
		want    []string // in this order
	}{
		{"Figures", []string{"| Holes | 2 |", "| Materials aligned with an activity | 1 (50%) |", "| Awareness | 1 | 1 | 0 | 0 | 1 |"}},
		{"Activity map", []string{
			"| Awareness | Consideration | Decision | Not placed |",
			"Research the account (need 0.9, covered)",
			`Pipe \| and new line &lt;script>`,
			"(need 0.5, **HOLE**)",
			"Build the ROI case (need 0.75, **HOLE**)",
			"Enter the deal in the CRM (need 0.2, not marketing's)",
		}},
		{"Holes, in priority order", []string{
			"1. **Build the ROI case** (A3): Decision, need 0.75, 1 rep. Would be served by: ROI calculator.",
			"   - need 0.75",
			"2. **Pipe | and new line",
			"Would be served by: talk track; email template.",
		}},
		{"Activities", []string{
			"### Awareness", "#### Research the account (A1)", "- Coverage: covered by Account research checklist (M1)",
			"| Dana Whitfield | Prospecting -> Discovery | Research the account | R1 |",
			`| Luis \| Ortega | Prospecting -> Discovery | look up acct on LinkedIn | R2 |`,
			"### Not placed", "- Marketing relevance: internal admin",
		}},
		{"Materials aligned with activities", []string{"| Account research checklist | M1 | Guide | Research the account | Awareness | 0.8 | shares 'account research' |"}},
		{"Materials set aside", []string{"- **+Old price list** (M2, Sheet): fits no activity"}},
		{"Wants heard", []string{`- "I wish marketing made better slides", Luis | Ortega (R5): asks Marketing for something`}},
		{"Places to check in the roll-up", []string{
			"- May be one activity: Research the account (A1) and Build the ROI case (A3): their responses are nearly alike; shared words: account. To merge: `enablemap decide merge --project \"Acme <Q3> research\" --activity A1 --into A3`",
			`- Response R2 "look up acct on LinkedIn" may belong to Build the ROI case (A3) rather than Research the account (A1): R2 is more like`,
			"To move: `enablemap decide move-response --project \"Acme <Q3> research\" --response R2 --into A3`",
		}},
		{"Road map", []string{
			"| 2025-01-15 | -ROI how-to | how-to | Build the ROI case | Enablement | done |",
			"| 2025-03-01 | Objection talk track | talk track |",
			"| - | ROI calculator | calculator | Build the ROI case | - | planned |",
		}},
		{"Glossary", []string{"| acct | account |"}},
	}
	for _, tt := range tests {
		t.Run(tt.section, func(t *testing.T) {
			sec := section(t, md, tt.section)
			at := 0
			for _, w := range tt.want {
				i := strings.Index(sec[at:], w)
				if i < 0 {
					t.Fatalf("section lacks %q after offset %d:\n%s", w, at, sec)
				}
				at += i + len(w)
			}
		})
	}
	if !strings.HasPrefix(md, "# Acme &lt;Q3> research: sales activity map") {
		t.Errorf("title: got %.80q", md)
	}
	if !strings.Contains(md, "Generated 2025-02-03.") {
		t.Error("report date missing")
	}
}

func TestMarkdownEmpty(t *testing.T) {
	md := renderMarkdown(t, emptyData())
	for _, want := range []string{"# Empty:", "No activities yet.", "No holes", "No wants were set apart.", "No road-map items yet."} {
		if !strings.Contains(md, want) {
			t.Errorf("empty report lacks %q", want)
		}
	}
}

func TestMarkdownSample(t *testing.T) {
	d := sampleData(t)
	md := renderMarkdown(t, d)
	holes := section(t, md, "Holes, in priority order")
	for i, id := range d.Analysis.Holes {
		a, _ := d.Analysis.ActivityByID(id)
		if !strings.Contains(holes, inline(a.Name)) {
			t.Errorf("hole %d %s (%s) missing", i+1, id, a.Name)
		}
	}
	if got, want := strings.Count(section(t, md, "Activities"), "\n#### "), len(d.Analysis.Activities); got != want {
		t.Errorf("got %d activities, want %d", got, want)
	}
}

// A road-map item whose response became a want, or left the project, says so
// instead of showing a bare response id.
func TestRoadmapItemOfAWant(t *testing.T) {
	d := handData()
	d.Analysis.Wants = append(d.Analysis.Wants, "R90")
	d.Workspace.Roadmap = append(d.Workspace.Roadmap,
		enablemap.RoadmapItem{ID: 8, ResponseID: "R90", Kind: "talk track", Title: "For a want", Status: enablemap.Planned},
		enablemap.RoadmapItem{ID: 9, ResponseID: "R91", Kind: "talk track", Title: "For a removed response", Status: enablemap.Planned})
	var buf bytes.Buffer
	if err := Markdown(&buf, d); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"response R90 (now a want, not an activity)", "response R91 (no longer in an activity)"} {
		if !strings.Contains(buf.String(), want) {
			t.Errorf("road map lacks %q", want)
		}
	}
}
