package analysis

import "strings"

// The canonical buying cycle the engine reasons on. Every project's buying
// stages are placed on this scale from their names (or, for names the engine
// does not recognise, from their relative position), so cue words need only be
// written once, for the scale.
const (
	canonProblem      = 0.0
	canonExploration  = 1.0
	canonRequirements = 2.0
	canonSelection    = 3.0
	canonValidation   = 4.0
	canonDecision     = 5.0
	canonPost         = 6.0
	noStage           = -1.0
)

// concept is a recurring kind of sales activity in general B2B selling,
// recognised through cue phrases. It gives evidence for a buying stage, for
// or against marketing relevance, and names the material kinds that serve it.
type concept struct {
	name      string
	cues      []string
	stage     float64 // canonical position, noStage when it says nothing about the stage
	stageW    float64 // how strongly it points at that stage
	relevance float64 // > 0 needs a tool or material, < 0 internal work
	kinds     []string
}

// concepts is the lexicon. Cue phrases are plain words; they are normalised
// with the same pipeline as the text, so "battle cards" and "battlecard" or
// "presenting" and "presentation" meet.
var concepts = []concept{
	{name: "prospecting", cues: []string{"prospect", "prospecting", "outbound", "cold call", "cold email", "sequence", "voicemail", "linkedin", "social selling", "outreach", "touches", "call blitz", "gatekeeper", "opener"},
		stage: canonProblem, stageW: 1, relevance: 1, kinds: []string{"email template", "call script / talk track"}},
	{name: "problem insight", cues: []string{"benchmark", "trend", "trends", "pain", "problem", "trigger", "triggers", "insight", "stat", "statistic", "thought leadership", "educate", "awareness", "industry report", "infographic", "cost of inaction", "in the news"},
		stage: canonProblem, stageW: 1, relevance: 1, kinds: []string{"benchmark report", "insight content"}},
	{name: "nurture", cues: []string{"nurture", "newsletter", "top of mind", "ebook", "blog", "drip", "not now", "stay in touch", "dormant"},
		stage: canonProblem, stageW: 1, relevance: 1, kinds: []string{"nurture email content", "ebook"}},
	{name: "targeting", cues: []string{"target account", "target accounts", "account list", "lists", "ideal customer profile", "persona", "personas", "segment", "territory plan", "focus accounts"},
		stage: canonProblem, stageW: 0.7, relevance: 1, kinds: []string{"ideal customer profile / persona guide"}},
	{name: "events", cues: []string{"event", "booth", "trade show", "webinar", "lunch and learn", "chapter", "roundtable", "meetup", "dinner", "attendees", "scans", "summit"},
		stage: canonExploration, stageW: 1, relevance: 1, kinds: []string{"event follow-up email template", "event invitation"}},
	{name: "introductions", cues: []string{"introduction", "warm intro", "referral", "referrals", "peers", "vouch"},
		stage: canonExploration, stageW: 0.8, relevance: 1, kinds: []string{"referral request email template"}},
	{name: "partners", cues: []string{"partner", "partners", "channel", "reseller", "resell", "co-sell", "co-branded", "alliance", "joint"},
		stage: canonExploration, stageW: 0.5, relevance: 1, kinds: []string{"partner sales kit", "co-branded brief"}},
	{name: "qualification", cues: []string{"qualify", "qualification", "bant", "budget", "authority", "timeline", "fit", "tire kicker", "real opportunity", "first call", "ballpark"},
		stage: canonExploration, stageW: 0.8, relevance: 0.5, kinds: []string{"qualification question guide"}},
	{name: "discovery", cues: []string{"discovery", "requirement", "requirements", "workflow", "current state", "deep dive", "understand", "tech stack", "current tools", "process", "needs analysis", "scoping"},
		stage: canonRequirements, stageW: 1, relevance: 1, kinds: []string{"discovery question guide", "talk track"}},
	{name: "assessment", cues: []string{"assessment", "analysis", "audit", "diagnostic", "health check", "data request", "readout", "findings", "opportunity sizing", "size the prize"},
		stage: canonRequirements, stageW: 1, relevance: 1, kinds: []string{"assessment overview", "findings presentation template"}},
	{name: "stakeholders", cues: []string{"stakeholder", "stakeholders", "multithread", "multi-thread", "buying committee", "decision maker", "decision makers", "economic buyer", "org chart", "who signs", "single threaded", "who else"},
		stage: canonRequirements, stageW: 0.8, relevance: 1, kinds: []string{"persona guide", "stakeholder messaging"}},
	{name: "demo", cues: []string{"demo", "demonstration", "product tour", "walkthrough", "product video", "explainer", "datasheet", "data sheet", "product overview"},
		stage: canonSelection, stageW: 1, relevance: 1, kinds: []string{"demo script", "product overview"}},
	{name: "proof", cues: []string{"case study", "case studies", "success story", "customer story", "customer stories", "proof point", "proof points", "testimonial", "customer video", "social proof", "who else like us"},
		stage: canonSelection, stageW: 1, relevance: 1, kinds: []string{"case study", "customer video"}},
	{name: "competition", cues: []string{"competitor", "competition", "compete", "versus", "battlecard", "battle card", "differentiate", "differentiation", "position against", "trap", "traps", "landmine", "outsource", "alternative", "up against"},
		stage: canonSelection, stageW: 1, relevance: 1, kinds: []string{"battlecard", "competitive talk track"}},
	{name: "objections", cues: []string{"objection", "objections", "pushback", "push back", "concern", "concerns", "stall", "stalling", "already does this", "black box"},
		stage: canonSelection, stageW: 1, relevance: 1, kinds: []string{"objection-handling guide", "talk track"}},
	{name: "rfp", cues: []string{"request for proposal", "request for information", "request for quote", "tender", "shortlist", "shortlisted", "rfp", "bid"},
		stage: canonSelection, stageW: 1, relevance: 1, kinds: []string{"RFP answer library"}},
	{name: "technical validation", cues: []string{"integration", "architecture", "technical", "interface", "api", "data flows", "information technology", "it review", "scoping call", "compatibility", "system"},
		stage: canonValidation, stageW: 1, relevance: 1, kinds: []string{"technical overview", "integration guide"}},
	{name: "security", cues: []string{"security", "compliance", "hipaa", "soc", "soc 2", "gdpr", "privacy", "information security", "questionnaire", "certification", "penetration test", "risk review", "phi"},
		stage: canonValidation, stageW: 1, relevance: 1, kinds: []string{"security documentation pack", "pre-filled security questionnaire"}},
	{name: "business case", cues: []string{"return on investment", "business case", "calculator", "savings", "payback", "total cost of ownership", "value", "justify", "cost justification", "financial impact", "inputs", "numbers"},
		stage: canonValidation, stageW: 1, relevance: 1, kinds: []string{"ROI calculator", "business case template"}},
	{name: "references", cues: []string{"reference", "references", "site visit", "peer call", "reference call", "reference customer"},
		stage: canonValidation, stageW: 1, relevance: 1, kinds: []string{"reference program", "reference call prep guide"}},
	{name: "pilot", cues: []string{"pilot", "proof of concept", "proof of value", "trial", "success criteria", "prove", "proves"},
		stage: canonValidation, stageW: 1, relevance: 1, kinds: []string{"pilot playbook", "success criteria template"}},
	{name: "implementation", cues: []string{"implementation plan", "implementation", "go live", "timeline walkthrough", "rollout", "deployment", "resourcing", "disruption", "project plan"},
		stage: canonValidation, stageW: 0.7, relevance: 1, kinds: []string{"implementation overview", "sample project plan"}},
	{name: "champion", cues: []string{"champion", "sell internally", "internal selling", "coach", "present internally", "sell it to", "pitch it to"},
		stage: canonDecision, stageW: 1, relevance: 1, kinds: []string{"champion enablement kit", "internal pitch deck"}},
	{name: "executive", cues: []string{"executive", "executive briefing", "executive summary", "economic buyer", "board", "managing partner", "exec to exec", "air cover"},
		stage: canonDecision, stageW: 0.6, relevance: 1, kinds: []string{"executive brief", "executive presentation"}},
	{name: "close plan", cues: []string{"mutual action plan", "close plan", "action plan", "working back", "signature date", "end of quarter"},
		stage: canonDecision, stageW: 1, relevance: 1, kinds: []string{"mutual action plan template"}},
	{name: "buyer approval", cues: []string{"committee", "governance", "consensus", "capital", "budget cycle", "sign off", "board approval", "approval process", "agenda"},
		stage: canonDecision, stageW: 1, relevance: 1, kinds: []string{"committee presentation", "approval-process guide"}},
	{name: "proposal", cues: []string{"proposal", "quote", "pricing", "price", "options", "packaging", "tier"},
		stage: canonDecision, stageW: 1, relevance: 0.7, kinds: []string{"proposal template", "pricing guide"}},
	{name: "negotiation", cues: []string{"negotiate", "negotiation", "procurement", "discount", "payment terms", "terms", "multi-year"},
		stage: canonDecision, stageW: 1, relevance: -1.2},
	{name: "legal", cues: []string{"contract", "legal", "redline", "redlines", "master services agreement", "non disclosure agreement", "statement of work", "signature", "docusign", "purchase order", "signed", "msa", "baa"},
		stage: canonDecision, stageW: 1, relevance: -1.2},
	{name: "internal admin", cues: []string{"crm", "salesforce", "log", "forecast", "pipeline", "register", "deal registration", "expense", "deal desk", "internal approval", "handoff notes", "notes", "activity numbers", "commit", "update the opportunity", "mark"},
		stage: noStage, relevance: -1.5},
	{name: "scheduling", cues: []string{"book", "schedule", "calendar", "invite", "confirm day before", "set meeting", "no-shows", "reschedule"},
		stage: noStage, relevance: -1.2},
	{name: "handoff", cues: []string{"handoff", "hand off", "kickoff", "kick off", "onboarding team", "implementation lead", "implementation team", "transition to"},
		stage: canonPost, stageW: 0.8, relevance: -1.2},
	{name: "preparation", cues: []string{"prep", "prepare", "pre-call", "pre-call plan", "precall", "plan the call", "configure", "environment", "read their", "research", "bring in", "loop in", "internal"},
		stage: noStage, relevance: -1},
	{name: "recap", cues: []string{"recap", "next steps", "thank you note", "follow up after"},
		stage: noStage, relevance: -0.8},
	{name: "buyer-facing", cues: []string{"present", "send", "share", "show", "explain", "educate", "compare", "handle", "answer", "walk through", "convince", "story"},
		stage: noStage, relevance: 0.5},
}

// conceptIndex finds concept cues in stem sequences.
type conceptIndex struct {
	byFirst map[string][]cueRef // first stem -> cues, longest first
}

type cueRef struct {
	concept int
	stems   []string
}

func newConceptIndex(n *normalizer) *conceptIndex {
	ci := &conceptIndex{byFirst: map[string][]cueRef{}}
	for i, c := range concepts {
		for _, cue := range c.cues {
			st := n.phrase(cue)
			if len(st) == 0 {
				continue
			}
			ci.byFirst[st[0]] = append(ci.byFirst[st[0]], cueRef{concept: i, stems: st})
		}
	}
	for k, refs := range ci.byFirst {
		// Longest first so "implementation plan" wins over "implementation".
		for i := 1; i < len(refs); i++ {
			for j := i; j > 0 && len(refs[j].stems) > len(refs[j-1].stems); j-- {
				refs[j], refs[j-1] = refs[j-1], refs[j]
			}
		}
		ci.byFirst[k] = refs
	}
	return ci
}

// find returns, for each concept hit in the terms, the weight of the hit
// (the weight of the text the cue came from), indexed by concept.
func (ci *conceptIndex) find(ts []term) map[int]float64 {
	var hits map[int]float64
	for i := 0; i < len(ts); {
		matched := 0
		for _, ref := range ci.byFirst[ts[i].stem] {
			if i+len(ref.stems) > len(ts) {
				continue
			}
			ok := true
			for j, s := range ref.stems {
				if ts[i+j].stem != s {
					ok = false
					break
				}
			}
			if ok {
				if hits == nil {
					hits = map[int]float64{}
				}
				if ts[i].w > hits[ref.concept] {
					hits[ref.concept] = ts[i].w
				}
				if len(ref.stems) > matched {
					matched = len(ref.stems)
				}
			}
		}
		if matched > 1 {
			i += matched
		} else {
			i++
		}
	}
	return hits
}

// primary returns the first concept the terms name that says what kind of
// activity it is (not a generic verb of talking to buyers), or -1. When a
// response names two activities, the first named is the one it is about.
func (ci *conceptIndex) primary(ts []term) int {
	for i := 0; i < len(ts); i++ {
		best, bestLen := -1, 0
		for _, ref := range ci.byFirst[ts[i].stem] {
			if i+len(ref.stems) > len(ts) || len(ref.stems) <= bestLen {
				continue
			}
			c := concepts[ref.concept]
			if c.stage == noStage && c.relevance > 0 {
				continue
			}
			ok := true
			for j, s := range ref.stems {
				if ts[i+j].stem != s {
					ok = false
					break
				}
			}
			if ok {
				best, bestLen = ref.concept, len(ref.stems)
			}
		}
		if best >= 0 {
			return best
		}
	}
	return -1
}

// stageNameCues place a buying stage on the canonical scale from its name.
// They are checked in order; the first cue found in the name decides, so more
// specific cues come first ("post-purchase" before "purchase").
var stageNameCues = []struct {
	cue string
	pos float64
}{
	{"post", canonPost}, {"onboard", canonPost}, {"adoption", canonPost}, {"retention", canonPost},
	{"renewal", canonPost}, {"expansion", canonPost}, {"advocacy", canonPost}, {"loyalty", canonPost},
	{"problem", canonProblem}, {"need recognition", canonProblem}, {"awareness", canonProblem},
	{"aware", canonProblem}, {"trigger", canonProblem}, {"pain", canonProblem}, {"recogni", canonProblem},
	{"explor", canonExploration}, {"information", canonExploration}, {"search", canonExploration},
	{"research", canonExploration}, {"interest", canonExploration}, {"education", canonExploration},
	{"learn", canonExploration},
	{"requirement", canonRequirements}, {"criteria", canonRequirements}, {"specification", canonRequirements},
	{"scoping", canonRequirements}, {"needs", canonRequirements}, {"define", canonRequirements},
	{"consideration", 2.5},
	{"selection", canonSelection}, {"supplier", canonSelection}, {"vendor", canonSelection},
	{"evaluat", canonSelection}, {"alternative", canonSelection}, {"compar", canonSelection},
	{"shortlist", canonSelection},
	{"validat", canonValidation}, {"proof", canonValidation}, {"trial", canonValidation},
	{"due diligence", canonValidation}, {"justif", canonValidation}, {"verif", canonValidation},
	{"consensus", canonDecision}, {"decision", canonDecision}, {"purchase", canonDecision},
	{"commit", canonDecision}, {"approv", canonDecision}, {"negotiat", canonDecision},
	{"contract", canonDecision}, {"buy", canonDecision}, {"close", canonDecision}, {"procure", canonDecision},
}

// stagePositions places the project's buying stages on the canonical scale.
// Names it recognises keep their meaning; the others are interpolated from
// their neighbours (or spread evenly when none is recognised), and the result
// is made non-decreasing so the order of the project's stages is respected.
func stagePositions(stages []string) []float64 {
	n := len(stages)
	pos := make([]float64, n)
	known := make([]bool, n)
	for i, s := range stages {
		name := strings.ToLower(s)
		for _, c := range stageNameCues {
			if strings.Contains(name, c.cue) {
				pos[i], known[i] = c.pos, true
				break
			}
		}
	}
	// Enforce order: a recognised name that breaks the order is treated as
	// unrecognised.
	last := -1.0
	for i := range pos {
		if known[i] {
			if pos[i] < last {
				known[i] = false
				continue
			}
			last = pos[i]
		}
	}
	for i := range pos {
		if known[i] {
			continue
		}
		// Interpolate between the nearest recognised neighbours, or the ends
		// of the scale.
		lo, loPos := -1, canonProblem
		for j := i - 1; j >= 0; j-- {
			if known[j] {
				lo, loPos = j, pos[j]
				break
			}
		}
		hi, hiPos := n, canonDecision
		for j := i + 1; j < n; j++ {
			if known[j] {
				hi, hiPos = j, pos[j]
				break
			}
		}
		if lo < 0 && hi == n {
			if n == 1 {
				pos[i] = canonSelection
			} else {
				pos[i] = canonProblem + (canonDecision-canonProblem)*float64(i)/float64(n-1)
			}
			continue
		}
		if lo < 0 {
			// Before the first recognised stage: spread from the start of the
			// scale up to it.
			if hiPos > canonProblem {
				pos[i] = canonProblem + (hiPos-canonProblem)*float64(i)/float64(hi)
			} else {
				pos[i] = hiPos - 0.5*float64(hi-i)
			}
			continue
		}
		if hi == n {
			// After the last recognised stage: spread up to the end of the
			// scale.
			if loPos < canonDecision {
				pos[i] = loPos + (canonDecision-loPos)*float64(i-lo)/float64(n-1-lo)
			} else {
				pos[i] = loPos + 0.5*float64(i-lo)
			}
			continue
		}
		pos[i] = loPos + (hiPos-loPos)*float64(i-lo)/float64(hi-lo)
	}
	return pos
}
