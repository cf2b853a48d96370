package analysis

import (
	"fmt"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

func TestGlossaryRenames(t *testing.T) {
	tests := []struct {
		name string
		g    enablemap.GlossaryTerm
		want string // each rename as "old>present", joined by "; "
	}{
		{"called until a year", enablemap.GlossaryTerm{Term: "FreezerWatch", Meaning: "Wireless temperature monitoring for freezers. Called ColdKeep until 2024."}, "ColdKeep>FreezerWatch"},
		{"called from a year until a year", enablemap.GlossaryTerm{Term: "Grounds / Copperleaf Grounds", Meaning: "Cloud cemetery records. Called Copperleaf Registry from 2016 until 2023."}, "Copperleaf Registry>Grounds"},
		{"sold as, until", enablemap.GlossaryTerm{Term: "ArcCell T2 / T2", Meaning: "Two-station turntable cell. Sold as the TwinStation (smaller, 60 in swing) until 2023."}, "TwinStation>ArcCell T2"},
		{"formerly, in the term", enablemap.GlossaryTerm{Term: "Quill (formerly ClauseIQ)", Meaning: "AI contract review."}, "ClauseIQ>Quill"},
		{"renamed from", enablemap.GlossaryTerm{Term: "Pay", Meaning: "Online court payments, renamed from PayCourt in 2023."}, "PayCourt>Pay"},
		{"until a year it was", enablemap.GlossaryTerm{Term: "Brightlane Shift / Shift / SafeMiles", Meaning: "Safety lessons for drivers. Until 2024 it was SafeMiles, a monthly video library."}, "SafeMiles>Brightlane Shift"},
		{"acquired as, then renamed", enablemap.GlossaryTerm{Term: "Brightcourt App", Meaning: "The church's own app. Acquired as Steeple in 2021 and renamed Brightcourt App in January 2024."}, "Steeple>Brightcourt App"},
		{"the term is the old name", enablemap.GlossaryTerm{Term: "ProtectPlus", Meaning: "Old name of KilnCare, with 2021 terms and prices."}, "ProtectPlus>KilnCare"},
		{"the former name, renamed later", enablemap.GlossaryTerm{Term: "BlueShield", Meaning: "The former name of Cobalt Creek's treated lumber, renamed CobaltGuard in 2023."}, "BlueShield>CobaltGuard"},
		{"the name of, until", enablemap.GlossaryTerm{Term: "LeadBridge", Meaning: "The name of SnapSync until 2023. The v1 connector is deprecated."}, "LeadBridge>SnapSync"},
		{"a company's name until", enablemap.GlossaryTerm{Term: "Ardent Merchant Services / AMS", Meaning: "Ardent Payments' name until 2020."}, "Ardent Merchant Services>; AMS>"},
		// Near misses: the present brand, another name, a name inside the present one.
		{"sold as, today", enablemap.GlossaryTerm{Term: "NCM", Meaning: "Nurse case management by phone or in the field. Sold as CareLink."}, ""},
		{"also known as", enablemap.GlossaryTerm{Term: "Drop Box", Meaning: "The after-hours key drop, also known as KeyDrop."}, ""},
		{"called, with no end", enablemap.GlossaryTerm{Term: "the Hub", Meaning: "What reps called SharePoint."}, ""},
		{"the old name inside the present", enablemap.GlossaryTerm{Term: "Brightlane Shift", Meaning: "Called Shift until 2024."}, ""},
		{"a nickname in plain words is no present name", enablemap.GlossaryTerm{Term: "Lingofield Pocket / Pocket / the app", Meaning: "Self-paced lessons. Called LingoGO until February 2024."}, "LingoGO>Lingofield Pocket"},
		{"a name of the trade, not of the term", enablemap.GlossaryTerm{Term: "SSO / SAML", Meaning: "Single sign-on with the identity provider (Entra ID, formerly Azure AD, Okta)."}, "Azure AD>SSO"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, r := range glossaryRenames([]enablemap.GlossaryTerm{tt.g}) {
				got = append(got, r.shown+">"+r.current)
			}
			if s := strings.Join(got, "; "); s != tt.want {
				t.Errorf("glossaryRenames = %q, want %q", s, tt.want)
			}
		})
	}
}

func TestRenamedReason(t *testing.T) {
	glossary := []enablemap.GlossaryTerm{
		{Term: "FreezerWatch / the app", Meaning: "Wireless temperature monitoring. Called ColdKeep until 2024."},
		{Term: "Cornerstone Refi", Meaning: "The old name of SteadyPath Refinance (renamed 2024)."},
	}
	renames := glossaryRenames(glossary)
	library := func(extra ...string) []string {
		titles := []string{"FreezerWatch - product sheet", "SteadyPath Refinance rate sheet", "Company overview", "Pricing calculator"}
		titles = append(titles, extra...)
		for i, t := range titles {
			titles[i] = " " + strings.Join(rawTokens(t), " ") + " "
		}
		return titles
	}
	tests := []struct {
		name   string
		title  string
		titles []string
		want   bool
	}{
		{"the old name alone", "ColdKeep sensor quick start (Gen 1)", library(), true},
		{"the old name the term is", "Cornerstone Refi - rates and terms", library(), true},
		{"the old name beside plain words", "ColdKeep - the app that watches your freezers", library(), true},
		// Near misses.
		{"the old and the present name", "ColdKeep and FreezerWatch: what changed", library(), false},
		{"a move to the present product", "ColdKeep upgrade offer", library(), false},
		{"no old name", "FreezerWatch install guide", library(), false},
		{"a word of the old name only", "Cornerstone Bible Church case study", library(), false},
		{"the old name all over the library", "ColdKeep pricing", library("ColdKeep brochure", "ColdKeep FAQ", "ColdKeep install", "ColdKeep video"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := renamedReason(enablemap.Material{Title: tt.title}, renames, tt.titles)
			if (got != "") != tt.want {
				t.Errorf("renamedReason(%q) = %q, want set aside %v", tt.title, got, tt.want)
			}
			if got != "" && !strings.Contains(got, "renamed") {
				t.Errorf("reason %q does not say the product was renamed", got)
			}
		})
	}
	if got := fmt.Sprint(len(renames)); got != "2" {
		t.Errorf("%s renames, want 2", got)
	}
}
