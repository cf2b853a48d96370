package analysis

import (
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// TestKnowledgeBase checks the data of the knowledge base: every entry is
// complete and every cue survives normalisation, so none is silently dead.
func TestKnowledgeBase(t *testing.T) {
	n := newNormalizer(nil)
	keys := map[string]bool{}
	titles := map[string]bool{}
	canonical := 0
	for _, c := range concepts {
		t.Run(c.key, func(t *testing.T) {
			if c.key == "" || keys[c.key] {
				t.Fatalf("key %q is empty or used twice", c.key)
			}
			keys[c.key] = true
			if len(c.cues) == 0 {
				t.Error("no cues")
			}
			for _, group := range [][]string{c.cues, c.weak, c.matCues} {
				for _, cue := range group {
					if st := n.phrase(cue); len(st) == 0 {
						t.Errorf("cue %q normalises to nothing", cue)
					}
				}
			}
			if !c.canonical() {
				return
			}
			canonical++
			if titles[c.title] {
				t.Errorf("title %q is used twice", c.title)
			}
			titles[c.title] = true
			if c.why == "" {
				t.Error("no reason for its relevance")
			}
			if c.pos != posNone && (c.pos < 0 || c.pos > 1.3) {
				t.Errorf("pos = %v, want 0..1.3 or none", c.pos)
			}
			if c.relevance > 0 && (len(c.kinds) == 0 || len(c.matCues) == 0) {
				t.Errorf("relevant activity with kinds %v and material cues %v, want both", c.kinds, c.matCues)
			}
			if c.relevance < 0 && len(c.kinds) > 0 {
				t.Errorf("internal activity with material kinds %v", c.kinds)
			}
		})
	}
	if canonical < 40 {
		t.Errorf("%d canonical activities, want at least 40", canonical)
	}
}

// TestPrimaryActivity classifies phrasings of general B2B selling, none of
// them taken from the data sets, to their canonical activity.
func TestPrimaryActivity(t *testing.T) {
	n := newNormalizer(nil)
	ci := newConceptIndex(n)
	tests := []struct{ text, want string }{
		{"line up two refs for the CFO", "reference call"},
		{"send over the SOC 2 report and the security questionnaire", "security review"},
		{"walk them through the ROI calculator", "business case"},
		{"cold call the VP of IT", "outbound prospecting"},
		{"an hour of prospecting every morning", "outbound prospecting"},
		// The prospect is the buyer: a response about one is not outbound work.
		{"the prospect went quiet for a month", "none"},
		{"POC with agreed success criteria", "pilot"},
		{"mutual action plan with the champ", "close plan"},
		{"redlines on the MSA", "legal review"},
		// An EA is the executive's assistant who books and decides, not an
		// enterprise agreement.
		{"call the EA day after - how was it, anything off w catering", "none"},
		{"log the call in Salesforce", "crm admin"},
		{"weekly deal reviews with my manager", "crm admin"},
		{"register the referral so the partner gets paid", "crm admin"},
		{"battlecard vs the incumbent", "competitive positioning"},
		{"answer the RFP", "rfp response"},
		{"demo the reporting module", "product demo"},
		{"send a customer story from the same industry", "customer proof"},
		{"exec briefing with the CEO", "executive briefing"},
		{"coach my champion to present internally", "champion enablement"},
		{"qualify budget and timeline on the first call", "qualification"},
		{"follow up with the webinar attendees", "events"},
		{"add them to the monthly newsletter", "nurture"},
		{"deal desk approval for the discount", "deal desk"},
		{"chase the signature in DocuSign", "signature"},
		{"handoff to the onboarding team", "handoff"},
		{"multithread into the buying committee", "stakeholder mapping"},
		{"integration questions from their IT team", "technical validation"},
		{"pricing proposal with three options", "proposal"},
		{"negotiate payment terms with procurement", "negotiation"},
		{"present the pilot results to the plant manager", "findings readout"},
		{"trial readout with the VP", "findings readout"},
		{"run the pilot at two sites", "pilot"},
		// Words the stemmer folds onto a cue's stem name nothing: "find
		// out" is no readout, customers are not a customised demo, a
		// production line is not the product, and a summary of results
		// is not a meeting recap.
		{"find out which site goes first", "none"},
		{"look up who their customers are", "pre-call research"},
		{"walk the production line", "none"},
		{"present the findings to the plant manager", "findings readout"},
		{"send a summary of the trial results", "findings readout"},
		{"recap email after the call", "meeting recap"},
		{"ask for 12 months of utility bills", "none"},
		{"set up billing and the card on file", "signature"},
		{"commission split when two partners are on the deal", "partner co-selling"},
		{"12 mo M&V report on the guaranteed jobs", "findings readout"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ts, _ := n.normalize(tt.text, 1)
			if got := primaryKey(ci, ts); got != tt.want {
				t.Errorf("primary(%q) = %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestKnowledgeInAnalysis checks that the knowledge base rolls up, names and
// matches what shares no word: "refs" and "reference call", and a battle card
// for positioning against the incumbent.
func TestKnowledgeInAnalysis(t *testing.T) {
	ws := enablemap.Workspace{
		Project: enablemap.Project{SalesStages: []string{"Discovery", "Evaluation", "Proposal"}},
		Interviews: []enablemap.Interview{
			{ID: "I1", Interviewee: "Ann"}, {ID: "I2", Interviewee: "Bo"}, {ID: "I3", Interviewee: "Cy"},
		},
		Responses: []enablemap.Response{
			{ID: "R1", InterviewID: "I1", FromStage: "Evaluation", ToStage: "Proposal", Activity: "line up refs", Position: 1},
			{ID: "R2", InterviewID: "I2", FromStage: "Evaluation", ToStage: "Proposal", Activity: "reference call with a similar customer", Position: 2},
			{ID: "R3", InterviewID: "I3", FromStage: "Discovery", ToStage: "Evaluation", Activity: "position us vs the incumbent", Position: 3},
			{ID: "R4", InterviewID: "I1", FromStage: "Discovery", ToStage: "Evaluation", Activity: "update the CRM", Position: 4},
		},
		Materials: []enablemap.Material{
			{ID: "M1", Title: "Acme", Type: "Battle Card", Position: 1},
		},
	}
	a := Analyze(ws)
	refs, _ := a.ActivityOfResponse("R1")
	if got := strings.Join(refs.ResponseIDs, ","); got != "R1,R2" {
		t.Fatalf("reference activity = %s, want R1,R2", got)
	}
	if !strings.HasPrefix(refs.Name, "Arrange reference calls") {
		t.Errorf("name = %q, want the built-in activity's name", refs.Name)
	}
	if !containsText(refs.Reasons, "built-in activity") {
		t.Errorf("reasons %q do not cite the built-in activity", refs.Reasons)
	}
	if refs.BuyingStage != "Validation" {
		t.Errorf("stage = %q, want Validation", refs.BuyingStage)
	}
	comp, _ := a.ActivityOfResponse("R3")
	m := a.Materials[0]
	if m.SetAside || len(m.Matches) == 0 || m.Matches[0].ActivityID != comp.ID {
		t.Fatalf("battle card = %+v, want matched to %s", m, comp.ID)
	}
	if !containsText(m.Matches[0].Reasons, `type "Battle Card" match built-in activity`) {
		t.Errorf("match reasons %q do not say the type names the built-in activity", m.Matches[0].Reasons)
	}
	crm, _ := a.ActivityOfResponse("R4")
	if crm.MarketingRelevant || !strings.Contains(crm.RelevanceReason, "built-in activity") {
		t.Errorf("CRM activity relevant=%v (%s), want internal with the built-in activity's reason", crm.MarketingRelevant, crm.RelevanceReason)
	}
}

// TestLoneResponseName checks that an activity of one response takes the
// name of a built-in activity only when the response names it with a full
// cue: a passing word ("confirm" of booking a meeting) would misname it.
func TestLoneResponseName(t *testing.T) {
	tests := []struct {
		activity, name string
	}{
		{"confirm delivery window and escort permits with the district", "Confirm delivery window and escort permits with the district"},
		{"reference call with a similar plant", "Arrange reference calls and visits with similar customers"},
	}
	for _, tt := range tests {
		ws := enablemap.Workspace{
			Interviews: []enablemap.Interview{{ID: "I1", Interviewee: "Ann"}},
			Responses:  []enablemap.Response{{ID: "R1", InterviewID: "I1", FromStage: "Bid", ToStage: "Award", Activity: tt.activity, Position: 1}},
		}
		if got := Analyze(ws).Activities[0].Name; got != tt.name {
			t.Errorf("name of %q = %q, want %q", tt.activity, got, tt.name)
		}
	}
}

func containsText(ss []string, sub string) bool {
	for _, s := range ss {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// TestCleanName checks names built from a rep's sentence when no built-in
// activity fits.
func TestCleanName(t *testing.T) {
	e := newEngine(enablemap.Workspace{Glossary: []enablemap.GlossaryTerm{
		{Term: "WO", Meaning: "work order - a maintenance job"},
	}}, DefaultOptions())
	tests := []struct{ in, want string }{
		{"gotta walk the floor w/ the foreman - takes a whole day usually", "Walk the floor with the foreman"},
		{"check each WO (they always have 20)", "Check each work order"},
		{"bilingual driver letter about the cameras, I write it myself", "Bilingual driver letter about the cameras, I write it myself"},
	}
	for _, tt := range tests {
		if got := e.cleanName(tt.in); got != tt.want {
			t.Errorf("cleanName(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestProperNameNamesNoActivity checks that a glossary term standing for a
// proper name (a regulator, a standard, a trade show) names no activity, even
// when a word of the name is a cue, while a translation in common words does.
func TestProperNameNamesNoActivity(t *testing.T) {
	n := newNormalizer([]enablemap.GlossaryTerm{
		{Term: "ABCA", Meaning: "Association of Buyers' Compliance Agencies - the industry body"},
		{Term: "SQ", Meaning: "security questionnaire"},
	})
	ci := newConceptIndex(n)
	tests := []struct{ text, want string }{
		{"check their ABCA score first", "none"},
		{"fill in the SQ", "security review"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ts, _ := n.normalize(tt.text, 1)
			if got := primaryKey(ci, ts); got != tt.want {
				t.Errorf("primary(%q) = %s, want %s", tt.text, got, tt.want)
			}
		})
	}
	for _, tt := range []struct {
		s    string
		want bool
	}{
		{"Federal Motor Carrier Safety Administration", true},
		{"Compliance, Safety, Accountability", true},
		{"electronic logging device", false},
		{"LinkedIn", false},
	} {
		if got := isProperName(tt.s); got != tt.want {
			t.Errorf("isProperName(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}

// TestNamesInResponses checks that the words of a capitalised name inside a
// response (a customer, a trade show) name no activity, while acronyms and a
// capitalised first word still do.
func TestNamesInResponses(t *testing.T) {
	n := newNormalizer(nil)
	ci := newConceptIndex(n)
	tests := []struct{ text, want string }{
		{"send the Redline Freight story, same size fleet", "customer proof"},
		{"Redlines on the MSA", "legal review"},
		{"send the SOC 2 report", "security review"},
		{"exec briefing w/ VP Ops + CFO", "executive briefing"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			ts, _ := n.normalizeResponse(tt.text, true)
			if got := primaryKey(ci, ts); got != tt.want {
				t.Errorf("primary(%q) = %s, want %s", tt.text, got, tt.want)
			}
		})
	}
}

// TestObjectWords checks which words may open and close the object phrase
// that tells two pieces of one built-in activity apart.
func TestObjectWords(t *testing.T) {
	for _, w := range []string{"within", "comes", "you've", "anyone"} {
		if endsObject(w) {
			t.Errorf("%q ends an object phrase", w)
		}
	}
	for _, w := range []string{"campus", "district's", "deck", "flyer"} {
		if !endsObject(w) {
			t.Errorf("%q cannot end an object phrase", w)
		}
	}
	for _, w := range []string{"read", "Promise", "bring"} {
		if startsObject(w) {
			t.Errorf("%q opens an object phrase", w)
		}
	}
	if !startsObject("capital") {
		t.Error(`"capital" cannot open an object phrase`)
	}
}

// primaryKey names the built-in activity the terms are most about, or
// "none".
func primaryKey(ci *conceptIndex, ts []term) string {
	if c, _ := ci.primary(ts); c >= 0 {
		return concepts[c].key
	}
	return "none"
}
