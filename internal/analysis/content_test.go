package analysis

import (
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// TestBuyerContent checks that a blog post or an eBook whose words fit no
// activity serves the top-of-funnel activity the reps named, and is set
// aside when they named none or when it is no buyer content.
func TestBuyerContent(t *testing.T) {
	insight := []enablemap.Response{
		{ID: "R7", InterviewID: "I1", FromStage: "Discovery", ToStage: "Demo", Activity: "send an industry benchmark report to open the conversation", Position: 7},
		{ID: "R8", InterviewID: "I2", FromStage: "Discovery", ToStage: "Demo", Activity: "share benchmark stats with cold accounts", Position: 8},
	}
	tests := []struct {
		name    string
		typ     string
		insight bool
		matched bool
	}{
		{"blog post with an insight activity", "Blog post", true, true},
		{"eBook with an insight activity", "eBook", true, true},
		{"blog post without one", "Blog post", false, false},
		{"no buyer content", "Misc", true, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ws := workspace()
			// The company's subject, so that the post is on it.
			ws.Glossary = append(ws.Glossary, enablemap.GlossaryTerm{Term: "widget", Meaning: "widgets that fail"})
			if tc.insight {
				ws.Responses = append(ws.Responses, insight...)
			}
			ws.Materials = append(ws.Materials, enablemap.Material{ID: "M20", Title: "Seven quiet signs of a failing widget", Type: tc.typ, Position: 20})
			a := Analyze(ws)
			m := material(a, "M20")
			if got := !m.SetAside && len(m.Matches) > 0; got != tc.matched {
				t.Fatalf("matched = %v (%+v), want %v", got, m, tc.matched)
			}
			if !tc.matched {
				return
			}
			act, _ := a.ActivityOfResponse("R7")
			if m.Matches[0].ActivityID != act.ID || !strings.Contains(strings.Join(m.Matches[0].Reasons, " "), "buyers not yet in a deal") {
				t.Errorf("match = %+v, want %s with a reason", m.Matches[0], act.ID)
			}
		})
	}
}

func TestArticle(t *testing.T) {
	for word, want := range map[string]string{"eBook": "an", "blog post": "a", "article": "an", "": "a"} {
		if got := article(word); got != want {
			t.Errorf("article(%q) = %q, want %q", word, got, want)
		}
	}
}

func TestWithAside(t *testing.T) {
	tests := []struct{ name, aside, want string }{
		{"Brief the executive buyer", "Demo to Proposal", "Brief the executive buyer (Demo to Proposal)"},
		{"Qualify the opportunity (need, timing)", "2", "Qualify the opportunity (need, timing; 2)"},
	}
	for _, tt := range tests {
		t.Run(tt.want, func(t *testing.T) {
			if got := withAside(tt.name, tt.aside); got != tt.want {
				t.Errorf("withAside(%q, %q) = %q, want %q", tt.name, tt.aside, got, tt.want)
			}
		})
	}
}
