package analysis

import (
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

func TestOffTopicPost(t *testing.T) {
	ws := enablemap.Workspace{
		Responses: []enablemap.Response{
			{ID: "R1", InterviewID: "I1", FromStage: "Lead", ToStage: "Site Visit", Activity: "walk the tunnel w/ the site manager + check presoak dilution", Notes: "cost per car is what owners track"},
			{ID: "R2", InterviewID: "I2", FromStage: "Lead", ToStage: "Site Visit", Activity: "show the chemical cost per car vs their current supplier", Goal: "win on cost per car"},
			{ID: "R3", InterviewID: "I2", FromStage: "Site Visit", ToStage: "Proposal", Activity: "send the wash audit + ceramic coating upsell"},
		},
		Glossary: []enablemap.GlossaryTerm{{Term: "CPC", Meaning: "chemical cost per car washed"}},
	}
	e := newEngine(ws, Options{}.withDefaults())
	e.prepareResponses()
	research := e.researchWords()
	tests := []struct {
		name string
		m    enablemap.Material
		want bool
	}{
		{"a post on another subject", enablemap.Material{Title: "Blog: 10 road trip games the whole family will love", Type: "Web page", Tags: []string{"blog", "SEO", "family", "travel"}}, true},
		{"an SEO tag, another subject", enablemap.Material{Title: "How to get red wine out of white tablecloths", Type: "Web page", Tags: []string{"SEO", "stains"}}, true},
		// Near misses: a post on the trade's subject, a piece that is no
		// post, a post of too few words to judge.
		{"a post on the trade's subject", enablemap.Material{Title: "Blog: 5 ways to cut your chemical cost per car", Type: "Web page", Tags: []string{"blog", "SEO", "cost per car"}}, false},
		{"no post", enablemap.Material{Title: "10 road trip games the whole family will love", Type: "PDF", Tags: []string{"family", "travel"}}, false},
		{"too few words", enablemap.Material{Title: "Blog: Summer games", Type: "Blog post"}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := e.offTopicReason(tt.m, research)
			if (got != "") != tt.want {
				t.Errorf("offTopicReason(%q) = %q, want set aside %v", tt.m.Title, got, tt.want)
			}
			if got != "" && !strings.Contains(got, "blog post on a subject the research") {
				t.Errorf("reason %q does not say the research does not touch its subject", got)
			}
		})
	}
}
