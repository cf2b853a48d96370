package analysis

import (
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// TestMaterialTypeLabels checks that a material's type names the built-in
// activity it serves however the type is spelled, and that a bare format
// (one-pager, deck, PDF) names none: a format says how a piece looks, not
// what work it serves.
func TestMaterialTypeLabels(t *testing.T) {
	e := newEngine(enablemap.Workspace{}, DefaultOptions())
	tests := []struct {
		typ  string
		want string // key of the strongest label; "" for none
	}{
		{"One Pager", ""},
		{"one-pager", ""},
		{"1-pager", ""},
		{"Deck", ""},
		{"PPT", ""},
		{"PDF", ""},
		{"Battle Card", "competitive positioning"},
		{"battlecard", "competitive positioning"},
		{"battle-card", "competitive positioning"},
		{"Competitive one-pager", "competitive positioning"},
		{"Case Study", "customer proof"},
		{"case-study", "customer proof"},
		{"Email Template", "outbound prospecting"},
		{"E-mail templates", "outbound prospecting"},
		{"Datasheet", "product demo"},
		{"Data Sheet", "product demo"},
		{"Pricing Sheet", "proposal"},
		{"ROI Calculator", "business case"},
		{"Talk Track", "objection handling"},
		// A quick-reference card is a cheat sheet for users, not a list of
		// reference customers.
		{"Operator quick reference card", "customer training"},
		{"Reference customer list", "reference call"},
	}
	for _, tt := range tests {
		t.Run(tt.typ, func(t *testing.T) {
			ts, _ := e.norm.normalize(tt.typ, 1)
			ls := e.matIndex.materialLabels(ts)
			got := ""
			if len(ls) > 0 {
				got = concepts[ls[0].concept].key
			}
			if got != tt.want {
				t.Errorf("type %q labelled %q, want %q", tt.typ, got, tt.want)
			}
		})
	}
}

// TestAudienceTitle checks which titles address one role.
func TestAudienceTitle(t *testing.T) {
	tests := []struct {
		title string
		want  bool
	}{
		{"For plant managers: uptime you can plan", true},
		{"For CFOs - the finance case", true},
		{"for IT: how the integration works", true},
		{"Forecasting guide: how to plan", false},
		{"For every company that wants to grow faster than its rivals: a guide", false},
		{"Plant managers: uptime you can plan", false},
		{"For plant managers", false},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			if got := audienceTitle(tt.title); got != tt.want {
				t.Errorf("audienceTitle(%q) = %v, want %v", tt.title, got, tt.want)
			}
		})
	}
}

// TestAudienceLabel checks that a piece written for one role is labelled
// stakeholder messaging, and that a cue already naming it counts once more.
func TestAudienceLabel(t *testing.T) {
	other := 0
	if other == stakeholderConcept {
		other = 1
	}
	tests := []struct {
		name string
		in   []label
		want float64
	}{
		{"no label", nil, 1},
		{"another label", []label{{other, 1}}, 1},
		{"already named", []label{{stakeholderConcept, 1}}, 1 + otherCueShare},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, title := withAudienceLabel(tt.in, nil)
			var w float64
			for _, l := range got {
				if l.concept == stakeholderConcept {
					w = l.w
				}
			}
			if w != tt.want {
				t.Errorf("stakeholder label %v, want %v", w, tt.want)
			}
			if len(title) != 1 || title[0] != stakeholderConcept {
				t.Errorf("title concepts %v, want [%d]", title, stakeholderConcept)
			}
		})
	}
}
