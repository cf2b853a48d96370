package report

import (
	"bytes"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// htmlDoc is what a test reads back from the HTML report.
type htmlDoc struct {
	text     string // visible text, whitespace collapsed
	tags     map[string]int
	sections []string // section ids in document order
	external []string // attributes that would load something from elsewhere
}

func parseHTML(t *testing.T, raw []byte) htmlDoc {
	t.Helper()
	root, err := html.Parse(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("parse HTML: %v", err)
	}
	doc := htmlDoc{tags: map[string]int{}}
	var text strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		switch n.Type {
		case html.ElementNode:
			doc.tags[n.Data]++
			for _, a := range n.Attr {
				switch {
				case a.Key == "id" && n.Data == "section":
					doc.sections = append(doc.sections, a.Val)
				case a.Key == "src" || a.Key == "href" || strings.HasPrefix(a.Key, "on"):
					doc.external = append(doc.external, n.Data+" "+a.Key+"="+a.Val)
				case strings.Contains(a.Val, "url(") && !strings.Contains(a.Val, "url(#"):
					doc.external = append(doc.external, n.Data+" "+a.Key+"="+a.Val)
				}
			}
			if n.Data == "style" || n.Data == "title" && n.Parent != nil && n.Parent.Data == "head" {
				return
			}
		case html.TextNode:
			text.WriteString(n.Data + " ")
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(root)
	doc.text = strings.Join(strings.Fields(text.String()), " ")
	return doc
}

func renderHTML(t *testing.T, d Data) ([]byte, htmlDoc) {
	t.Helper()
	var buf bytes.Buffer
	if err := HTML(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes(), parseHTML(t, buf.Bytes())
}

func TestHTMLSelfContained(t *testing.T) {
	raw, doc := renderHTML(t, handData())
	if doc.tags["script"] != 0 {
		t.Errorf("got %d script elements, want none (input text must stay text)", doc.tags["script"])
	}
	if len(doc.external) > 0 {
		t.Errorf("report loads or links outside resources: %v", doc.external)
	}
	if got := doc.tags["svg"]; got != 5 {
		t.Errorf("got %d inline SVG drawings, want 5 (map and four charts)", got)
	}
	if !bytes.Contains(raw, []byte("@media print")) || !bytes.Contains(raw, []byte("@page")) {
		t.Error("no print stylesheet")
	}
	if !strings.Contains(doc.text, "Pipe | and new line <script>alert(1)</script>") {
		t.Error("hostile activity name not shown as text")
	}
}

func TestHTMLOrderAndContent(t *testing.T) {
	_, doc := renderHTML(t, handData())
	wantSections := []string{"summary", "map", "figures", "holes", "materials", "set-aside", "wants", "roadmap"}
	if strings.Join(doc.sections, " ") != strings.Join(wantSections, " ") {
		t.Errorf("sections: got %v, want %v", doc.sections, wantSections)
	}
	// Each want follows the previous one in the text.
	in := []string{
		"Summary for sales leadership",
		"2 reps named 4 activities they must do to move a buyer forward. Marketing should serve 3 of them: 1 has a material, 2 holes have none. 1 of 2 materials (50%) serve an activity; 1 fit none.",
		"2 holes to fill",
		"Coverage per buying stage",
		"Top holes to fill first", "Build the ROI case", "Would be served by: ROI calculator",
		"Activity map",
		"Figures", "Materials aligned with an activity 1 (50%)",
		"Holes, in priority order", "Build the ROI case HOLE (Decision, need 0.75, 1 rep)", "Goal: justify spend",
		"Would be served by: talk track; email template",
		"Materials aligned with activities", "Account research checklist M1 Guide Research the account Awareness 0.8 shares 'account research'",
		"Materials set aside", "+Old price list M2 Sheet fits no activity",
		"Wants heard", "I wish marketing made better slides Luis | Ortega asks Marketing for something",
		"Road map", "2025-01-15 -ROI how-to how-to Build the ROI case Enablement done",
		"- ROI calculator calculator Build the ROI case - planned",
	}
	at := 0
	for _, w := range in {
		i := strings.Index(doc.text[at:], w)
		if i < 0 {
			t.Fatalf("text lacks %q after offset %d:\n%s", w, at, doc.text[at:])
		}
		at += i + len(w)
	}
}

func TestHTMLEmpty(t *testing.T) {
	_, doc := renderHTML(t, emptyData())
	for _, w := range []string{"Empty", "every one has a material", "No holes", "No material is set aside.", "No wants were set apart.", "No road-map items yet."} {
		if !strings.Contains(doc.text, w) {
			t.Errorf("empty report lacks %q", w)
		}
	}
}

func TestHTMLSample(t *testing.T) {
	d := sampleData(t)
	_, doc := renderHTML(t, d)
	if !strings.Contains(doc.text, "2 more in the list of holes below.") {
		t.Error("summary does not say how many holes it left out")
	}
	for _, id := range d.Analysis.Holes {
		a, _ := d.Analysis.ActivityByID(id)
		if !strings.Contains(doc.text, a.Name) {
			t.Errorf("hole %s %q missing", id, a.Name)
		}
	}
}
