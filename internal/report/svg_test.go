package report

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// parsedSVG is what a test reads back from an SVG: its text, the classes of
// its groups and whether it is well-formed XML.
type parsedSVG struct {
	text    string // all character data, decoded, one piece per line
	classes map[string]int
	tags    map[string]int
}

func parseSVG(t *testing.T, raw []byte) parsedSVG {
	t.Helper()
	p := parsedSVG{classes: map[string]int{}, tags: map[string]int{}}
	dec := xml.NewDecoder(bytes.NewReader(raw))
	var text strings.Builder
	root := ""
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("not well-formed XML: %v\n%.500s", err, raw)
		}
		switch x := tok.(type) {
		case xml.StartElement:
			if root == "" {
				root = x.Name.Local
				if x.Name.Space != "http://www.w3.org/2000/svg" {
					t.Errorf("root namespace: got %q", x.Name.Space)
				}
			}
			p.tags[x.Name.Local]++
			for _, a := range x.Attr {
				if a.Name.Local == "class" {
					for _, c := range strings.Fields(a.Value) {
						p.classes[c]++
					}
				}
			}
		case xml.CharData:
			if s := strings.TrimSpace(string(x)); s != "" {
				text.WriteString(s + "\n")
			}
		}
	}
	if root != "svg" {
		t.Errorf("root element: got %q, want svg", root)
	}
	p.text = text.String()
	return p
}

func TestMapSVG(t *testing.T) {
	tests := []struct {
		name     string
		data     Data
		want     []string
		covered  int
		holes    int
		internal int
	}{
		{"hand", handData(), []string{
			"Acme <Q3> research: activity map", "2025-02-03",
			"covered: a material serves it", "HOLE: relevant, no material", "not marketing's",
			"Awareness", "Consideration", "Decision", "Not placed",
			"Research the account", "need 0.9 · covered", "<script>alert(1)</script> &", "need 0.75 · HOLE",
			"need 0.2 · not marketing's",
		}, 1, 2, 1},
		{"empty", emptyData(), []string{"Empty: activity map", "No buying stages and no activities yet."}, 0, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := MapSVG(&buf, tt.data); err != nil {
				t.Fatal(err)
			}
			p := parseSVG(t, buf.Bytes())
			for _, w := range tt.want {
				if !strings.Contains(p.text, w) {
					t.Errorf("text lacks %q:\n%s", w, p.text)
				}
			}
			if p.tags["script"] != 0 {
				t.Error("input text became a script element")
			}
			for c, want := range map[string]int{"covered": tt.covered, "hole": tt.holes, "not_marketing": tt.internal} {
				if got := p.classes[c]; got != want {
					t.Errorf("%s cards: got %d, want %d", c, got, want)
				}
			}
		})
	}
}

func TestMapSVGSample(t *testing.T) {
	d := sampleData(t)
	var buf bytes.Buffer
	if err := MapSVG(&buf, d); err != nil {
		t.Fatal(err)
	}
	p := parseSVG(t, buf.Bytes())
	if got, want := p.classes["activity"], len(d.Analysis.Activities); got != want {
		t.Errorf("got %d activity cards, want %d", got, want)
	}
	if got, want := p.classes["hole"], len(d.Analysis.Holes); got != want {
		t.Errorf("got %d hole cards, want %d", got, want)
	}
}

// TestMapWrapsLongNames checks that a long name is wrapped onto several
// lines, each narrower than the card, and a word longer than a line is cut.
func TestMapWrapsLongNames(t *testing.T) {
	f, err := newFonts(1)
	if err != nil {
		t.Fatal(err)
	}
	defer f.close()
	tests := []struct {
		name     string
		text     string
		minLines int
	}{
		{"sentence", "Navigate the buyer's approval bodies (value analysis, IT governance, capital budget, partners' meeting)", 3},
		{"one long word", strings.Repeat("x", 120), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := f.wrap(tt.text, mapCardSize, false, mapCardTextW, 5)
			if len(lines) < tt.minLines || len(lines) > 5 {
				t.Errorf("got %d lines, want %d to 5: %q", len(lines), tt.minLines, lines)
			}
			for _, l := range lines {
				if w := f.width(l, mapCardSize, false); w > mapCardTextW {
					t.Errorf("line %q is %.1f wide, more than %.1f", l, w, mapCardTextW)
				}
			}
		})
	}
	long := f.wrap(strings.Repeat("word ", 100), mapCardSize, false, mapCardTextW, 3)
	if len(long) != 3 || !strings.HasSuffix(long[2], "…") {
		t.Errorf("cut text: got %q, want 3 lines ending in an ellipsis", long)
	}
}

func TestChartSVG(t *testing.T) {
	tests := []struct {
		kind ChartKind
		data Data
		want []string
	}{
		{ChartCoverage, handData(), []string{"Coverage per buying stage", "Awareness", "1 of 1 covered", "0 of 1 covered", "HOLE: relevant, no material"}},
		{ChartCoverage, emptyData(), []string{"No buying stages yet."}},
		{ChartMaterials, handData(), []string{"Materials aligned vs set aside", "2 materials in the inventory", "Aligned with an activity", "1 (50%)", "Set aside: fits no activity"}},
		{ChartMaterials, emptyData(), []string{"No materials yet."}},
		{ChartNeeds, handData(), []string{"Most needed activities", "Research the account", "0.9 · covered", "0.75 · HOLE", "0.2 · not marketing's"}},
		{ChartNeeds, emptyData(), []string{"No activities yet."}},
		{ChartRoadmap, handData(), []string{"Road map by status and due date", "1 planned · 1 in progress · 1 done", "Objection talk track", "Jan 2025", "no date", "in progress"}},
		{ChartRoadmap, emptyData(), []string{"No road-map items yet."}},
	}
	for _, tt := range tests {
		t.Run(string(tt.kind)+"/"+tt.data.Workspace.Project.Name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := ChartSVG(&buf, tt.data, tt.kind); err != nil {
				t.Fatal(err)
			}
			p := parseSVG(t, buf.Bytes())
			for _, w := range tt.want {
				if !strings.Contains(p.text, w) {
					t.Errorf("text lacks %q:\n%s", w, p.text)
				}
			}
		})
	}
}

func TestChartNeedsOrder(t *testing.T) {
	var buf bytes.Buffer
	if err := ChartSVG(&buf, handData(), ChartNeeds); err != nil {
		t.Fatal(err)
	}
	text := parseSVG(t, buf.Bytes()).text
	order := []string{"Research the account", "Build the ROI case", "Pipe | and new line", "Enter the deal"}
	last := -1
	for _, name := range order {
		i := strings.Index(text, name)
		if i < last {
			t.Errorf("%q comes before the activity with the higher need score", name)
		}
		last = i
	}
}

func TestParseChartKind(t *testing.T) {
	for _, k := range ChartKinds() {
		if got, err := ParseChartKind(" " + strings.ToUpper(string(k)) + " "); err != nil || got != k {
			t.Errorf("ParseChartKind(%q) = %q, %v", k, got, err)
		}
	}
	_, err := ParseChartKind("pie")
	var e *enablemap.Error
	if !errors.As(err, &e) || e.Code != enablemap.EINVALID || e.Field != "chart" {
		t.Errorf("got %v, want an invalid-field error about chart", err)
	}
	if err := ChartSVG(io.Discard, handData(), "pie"); enablemap.ErrorCode(err) != enablemap.EINVALID {
		t.Errorf("ChartSVG with an unknown kind: got %v, want an invalid error", err)
	}
}

func asError(err error, target **enablemap.Error) bool { return errors.As(err, target) }

func BenchmarkWrapHugeWord(b *testing.B) {
	f, err := newFonts(1)
	if err != nil {
		b.Fatal(err)
	}
	defer f.close()
	word := strings.Repeat("x", 20000)
	for b.Loop() {
		f.wrap(word, mapCardSize, false, mapCardTextW, 5)
	}
}
