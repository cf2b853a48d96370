package analysis

// The knowledge base: what a salesperson selling to businesses does, in
// general business English. It holds for any company that sells to
// businesses (software, hardware, services; any industry) because it speaks
// only of the work of selling: finding accounts, qualifying, discovering,
// demonstrating, proving, justifying, agreeing and signing. Company words
// (products, industries, regulators) are the glossary's job, never this
// file's.
//
// Each entry is a canonical activity. The engine finds its cue phrases in a
// response's activity text (after the glossary has translated the lingo and
// the abbreviations have been spelled out), in its goal, and in a material's
// type, title, tags and description. A canonical activity then gives:
//
//   - roll-up: two responses that name the same canonical activity are
//     likely the same activity; two that name different ones are likely not;
//   - naming: a short name in common terms (title);
//   - stage: a typical position on the buying cycle (pos, 0 = the buyer
//     recognises a problem, 1 = purchase and consensus, above 1 = after the
//     purchase), blended with the sales-stage prior;
//   - relevance: whether Marketing typically serves it, and why;
//   - the kinds of material that serve it (kinds), and the words in a
//     material's type or title that show a material does (matCues).
//
// Cues are stems of general sales English, including the abbreviations reps
// use (ref, POC, MAP, RFP, ROI, TCO, MSA, SOW, QBR, exec, champ, EB...).
// weak cues count half: they point at the activity but are said in passing
// about others too ("book", "prepare", "numbers").

// concept is one canonical activity of B2B selling, or (with no title) a
// supporting concept that only adds evidence, such as the verbs of talking
// to buyers.
type concept struct {
	key       string   // short label used in reasons and features
	title     string   // activity name in common terms; "" for supporting concepts
	cues      []string // phrases that name the activity
	weak      []string // phrases that point at it but are said of others too
	pos       float64  // 0..1 on the buying cycle, > 1 after the purchase, < 0 none
	stageW    float64  // how strongly it points at that position
	relevance float64  // > 0 Marketing typically serves it, < 0 internal work
	why       string   // why it is (or is not) marketing relevant
	kinds     []string // material kinds that serve it
	matCues   []string // words in a material's type, title or tags that show it serves this
}

// posNone marks a concept that says nothing about the buying stage.
const posNone = -1.0

// stage returns the concept's position on the engine's canonical scale.
func (c concept) stage() float64 {
	if c.pos < 0 {
		return noStage
	}
	return c.pos * canonDecision
}

// canonical reports whether the concept is a canonical activity (one that
// can name an activity), not a supporting concept.
func (c concept) canonical() bool { return c.title != "" }

var concepts = []concept{
	// --- Finding and opening accounts (the buyer has not yet named a problem).
	{key: "account targeting", title: "Target accounts with a reason to act",
		cues: []string{"target account", "target accounts", "account list", "account lists", "build lists", "build list", "prospect list", "ideal customer profile", "persona", "personas", "segment", "segments", "focus accounts", "territory plan", "trigger", "triggers", "trigger event", "buying signal", "buying signals", "job posts", "job postings", "new leader", "new leaders", "in the news", "expansion news"},
		weak: []string{"lists", "target", "news", "territory"},
		pos:  0, stageW: 1, relevance: 1, why: "reps need a profile of the accounts worth calling and the signals that make them ready",
		kinds:   []string{"ideal customer profile / persona guide", "trigger-event cheat sheet"},
		matCues: []string{"ideal customer profile", "icp", "persona", "personas", "trigger", "triggers", "signals", "segments", "target accounts"}},
	{key: "outbound prospecting", title: "Run outbound prospecting sequences (email, phone, social)",
		cues: []string{"outbound", "cold call", "cold calls", "cold calling", "cold email", "call blitz", "sequence", "email sequence", "voicemail", "linkedin", "inmail", "social selling", "gatekeeper", "text message", "texts", "personalized email", "connect request", "double tap", "main line"},
		weak: []string{"email", "emails", "ring", "reply", "touches"},
		pos:  0, stageW: 1, relevance: 1, why: "reps send and say Marketing's words to people who have not met them: templates, scripts and openers",
		kinds:   []string{"email sequence templates", "call script / talk track", "social message templates"},
		matCues: []string{"sequence", "cadence", "cold call", "voicemail", "email templates", "linkedin", "inmail", "outbound", "call script", "openers", "text message templates"}},
	{key: "industry insight", title: "Share industry insight and benchmarks that make the problem visible",
		cues: []string{"benchmark", "benchmark report", "industry report", "research report", "stat", "stats", "statistic", "statistics", "trend", "trends", "infographic", "thought leadership", "insight", "insights", "cost of inaction", "cost of doing nothing", "conversation starter", "headline", "average cost", "avg cost", "post on linkedin", "linkedin post", "linkedin posts"},
		weak: []string{"educate", "awareness", "data point"},
		pos:  0, stageW: 1, relevance: 1, why: "buyers who have not named a problem need evidence that they have one: research, benchmarks, insight",
		kinds:   []string{"benchmark report", "infographic", "insight webinar"},
		matCues: []string{"benchmark", "report", "research", "survey", "infographic", "state of", "cost of", "trends", "insight", "self assessment", "webinar"}},
	{key: "nurture", title: "Nurture prospects who are not ready yet",
		cues: []string{"nurture", "newsletter", "top of mind", "ebook", "blog", "drip", "stay in touch", "check back", "dormant", "locked in", "stay in front"},
		weak: []string{"tip", "tips", "later"},
		pos:  0, stageW: 1, relevance: 1, why: "prospects who are not ready are kept warm with content until they are",
		kinds:   []string{"nurture email content", "eBook", "newsletter"},
		matCues: []string{"newsletter", "ebook", "blog", "nurture", "tips"}},
	{key: "events", title: "Work events and webinars and follow up on the leads",
		cues: []string{"trade show", "trade fair", "booth", "badge scans", "scans", "webinar attendees", "lunch and learn", "chapter", "meetup", "roundtable", "summit", "expo", "attendees", "inbound leads", "inbound", "show leads", "fair"},
		weak: []string{"leads", "webinar", "show", "event", "events"},
		pos:  0.2, stageW: 1, relevance: 1, why: "event invitations, leave-behinds and follow-up emails come from Marketing",
		kinds:   []string{"event follow-up email templates", "event leave-behind"},
		matCues: []string{"booth follow up", "follow up emails", "leave behind", "event", "invitation", "at a glance"}},
	{key: "referral", title: "Get warm introductions from partners and customers",
		cues: []string{"warm intro", "warm introduction", "referral", "referrals", "ask for intros"},
		weak: []string{"introduction", "vouch", "peers"},
		pos:  0.2, stageW: 0.8, relevance: 1, why: "a referral request needs a short, forwardable story",
		kinds:   []string{"referral request email template", "co-branded brief"},
		matCues: []string{"referral", "introduction", "referral request"}},
	{key: "partner co-selling", title: "Co-sell with channel partners (training, joint account planning, joint calls)",
		cues: []string{"partner", "partners", "channel", "reseller", "resellers", "resell", "distributor", "distributors", "systems integrator", "co-sell", "co-selling", "co-branded", "joint account planning", "account mapping", "joint call", "partner training", "partner portal", "alliance"},
		weak: []string{"joint"},
		pos:  0.2, stageW: 0.5, relevance: 1, why: "partners sell with Marketing's kit: training, co-branded material, a short story",
		kinds:   []string{"partner sales kit", "partner training", "co-branded collateral"},
		matCues: []string{"partner", "co-branded", "channel", "reseller", "distributor", "partner kit", "partner playbook", "partner training"}},

	// --- Qualifying and discovering (exploration, requirements).
	{key: "qualification", title: "Qualify the opportunity (need, budget, authority, timing)",
		cues: []string{"qualify", "qualification", "qualifying", "bant", "tire kicker", "real opportunity", "first call", "first meeting", "ballpark", "sales qualified lead", "quick qual"},
		weak: []string{"budget", "timing", "timeline", "fit", "authority", "decides", "worth"},
		pos:  0.2, stageW: 0.8, relevance: 0.6, why: "a qualification guide keeps the first call short and consistent",
		kinds:   []string{"qualification question guide"},
		matCues: []string{"qualification", "qualifying", "qualifying questions", "scorecard", "checklist qualification"}},
	{key: "meeting booking", title: "Book the first meeting and hand it to the account executive",
		cues: []string{"set meeting", "calendar invite", "reminder", "handoff notes", "hand off notes", "meeting booked", "book the meeting", "book a meeting"},
		weak: []string{"confirm", "book", "schedule", "calendar", "invite", "agenda", "account executive", "hand"},
		pos:  0.2, stageW: 0.5, relevance: -1.2, why: "booking and handing over a meeting is internal coordination",
		kinds: nil},
	{key: "crm admin", title: "Update the CRM, register deals and forecast",
		cues: []string{"crm", "salesforce", "deal registration", "register the deal", "register deals", "forecast", "forecast commit", "pipeline review", "deal review", "pipeline inspection", "register the referral", "referral registration", "update the opportunity", "activity numbers", "opportunity status", "log everything", "expense", "expenses", "expense report"},
		weak: []string{"register", "log", "pipeline", "commit", "notes", "mark", "update"},
		pos:  posNone, relevance: -1.5, why: "record keeping for the sales team, not work with the buyer",
		kinds: nil},
	{key: "pre-call research", title: "Research the account and plan the call",
		cues: []string{"pre-call", "pre-call plan", "precall", "pre call plan", "plan the call", "annual report", "board minutes", "strategic plan", "homework"},
		weak: []string{"research", "prep", "prepare", "read", "skim", "look up"},
		pos:  0.4, stageW: 0.5, relevance: -1, why: "the rep's own preparation; public sources serve it",
		kinds: nil},
	{key: "specialist involvement", title: "Bring a specialist colleague into the deal",
		cues: []string{"solutions engineer", "sales engineer", "presales"},
		weak: []string{"loop in", "join", "bring in"},
		pos:  posNone, relevance: -1, why: "internal coordination between colleagues",
		kinds: nil},
	{key: "discovery", title: "Run discovery on the buyer's needs and current process",
		cues: []string{"discovery", "deep dive", "current state", "current process", "workflow", "current tools", "tech stack", "pain points", "pre-discovery", "pre-visit", "requirements", "requirement"},
		weak: []string{"understand", "process", "today", "questionnaire", "form", "listen"},
		pos:  0.4, stageW: 1, relevance: 1, why: "a discovery guide and questionnaire make every rep ask the questions that matter",
		kinds:   []string{"discovery question guide", "pre-discovery questionnaire"},
		matCues: []string{"discovery", "discovery guide", "pre-discovery", "pre-visit", "questionnaire", "maturity questions"}},
	{key: "assessment", title: "Run an assessment of the buyer's data or site",
		cues: []string{"assessment", "audit", "analysis", "diagnostic", "health check", "data request", "baseline", "site survey", "site assessment", "opportunity sizing", "size the prize", "on-site tour", "walk the site"},
		weak: []string{"data", "analyze", "survey"},
		pos:  0.4, stageW: 1, relevance: 1, why: "an assessment offer, a data request checklist and a findings template make it repeatable",
		kinds:   []string{"assessment overview", "data request checklist"},
		matCues: []string{"assessment", "data request", "checklist", "audit", "site assessment"}},
	{key: "findings readout", title: "Present the findings and results to the buyer",
		cues: []string{"readout", "results", "findings", "wrap-up", "wrap up", "results summary", "report the results", "present the results",
			// What a pilot or an assessment produced is this activity, not
			// the pilot's: in "pilot readout" the readout is the head.
			"pilot readout", "pilot results", "pilot report", "pilot wrap-up", "pilot wrap up", "pilot stats",
			"trial readout", "trial results", "trial report", "trial stats",
			"assessment readout", "assessment results", "assessment report", "analysis results"},
		weak: []string{"report", "stats"},
		pos:  0.7, stageW: 0.6, relevance: 1, why: "a readout template turns analysis into a story the buyer repeats upstairs",
		kinds:   []string{"results readout template"},
		matCues: []string{"results", "readout", "results report", "findings"}},
	{key: "stakeholder mapping", title: "Map the buying committee and engage more stakeholders",
		cues: []string{"stakeholder", "stakeholders", "multithread", "multi-thread", "multithreading", "buying committee", "decision maker", "decision makers", "org chart", "map the org", "single threaded", "other stakeholders", "several stakeholders"},
		weak: []string{"map", "involve", "who can block", "who can kill"},
		pos:  0.4, stageW: 0.8, relevance: 1, why: "each new stakeholder needs a message for their role",
		kinds:   []string{"persona one-pagers", "stakeholder messaging"},
		matCues: []string{"persona", "for cios", "for cfos", "for managers", "for leaders", "stakeholder"}},

	// --- Showing and proving (selection, validation).
	{key: "demo preparation", title: "Prepare and tailor the demo",
		cues: []string{"demo environment", "configure", "configure demo", "pre-demo", "demo prep", "set up the demo", "build demo"},
		weak: []string{"environment", "tailor", "customize"},
		pos:  0.6, stageW: 0.5, relevance: -0.6, why: "setting up the demo is the rep's own preparation",
		kinds: nil},
	{key: "product demo", title: "Give a tailored product demo",
		cues: []string{"demo", "product tour", "screen share", "product video", "show the product", "dashboard", "walkthrough"},
		weak: []string{"show"},
		pos:  0.6, stageW: 1, relevance: 1, why: "a demo script, overview deck, datasheets and a short product video serve it",
		kinds:   []string{"demo script", "product overview deck", "product video", "datasheet"},
		matCues: []string{"demo", "demo script", "datasheet", "data sheet", "spec sheet", "product overview", "master deck", "overview deck", "explainer", "in minutes", "product"}},
	{key: "customer proof", title: "Share customer stories and proof points",
		cues: []string{"case study", "case studies", "customer story", "customer stories", "success story", "success stories", "proof point", "proof points", "testimonial", "testimonials", "customer video", "social proof"},
		weak: []string{"story", "similar", "another customer"},
		pos:  0.6, stageW: 1, relevance: 1, why: "case studies and customer videos show that someone like the buyer succeeded",
		kinds:   []string{"case study", "customer video", "proof-point slides"},
		matCues: []string{"case study", "customer story", "success story", "testimonial", "customer video", "proof points", "story"}},
	{key: "competitive positioning", title: "Position against competitors and alternatives",
		cues: []string{"competitor", "position against", "position vs", "position us", "trap", "traps", "trap-set", "trap setting", "landmine", "differentiate", "differentiation", "incumbent", "alternative", "alternatives", "line by line", "outsource", "cheaper"},
		weak: []string{"position", "win", "versus"},
		pos:  0.6, stageW: 1, relevance: 1, why: "battlecards and competitive talk tracks say why the buyer should choose us",
		kinds:   []string{"competitive battlecard", "competitive talk track"},
		matCues: []string{"battlecard", "battle card", "competitive", "versus", "competitor"}},
	{key: "objection handling", title: "Handle the objections buyers raise",
		cues: []string{"objection", "objections", "push back", "concern", "concerns", "stall", "stalling", "black box", "fear", "fears", "worry", "worries", "scared", "afraid", "scar tissue"},
		weak: []string{"handle", "answer", "already", "too expensive", "we tried"},
		pos:  0.6, stageW: 1, relevance: 1, why: "an objection-handling guide gives every rep the answer that works",
		kinds:   []string{"objection-handling guide", "FAQ", "talk track"},
		matCues: []string{"objection", "objections", "faq", "talk track"}},
	{key: "rfp response", title: "Respond to RFPs and RFIs",
		cues: []string{"request for proposal", "request for information", "request for quote", "tender", "shortlist", "shortlisted", "bid", "bids"},
		pos:  0.6, stageW: 1, relevance: 1, why: "an answer library and company boilerplate make RFP answers fast and consistent",
		kinds:   []string{"RFP answer library", "company boilerplate"},
		matCues: []string{"request for proposal", "request for quote", "request for information", "boilerplate", "answer library", "content library"}},
	{key: "vendor registration", title: "Complete the buyer's supplier registration",
		cues: []string{"supplier forms", "supplier form", "vendor forms", "vendor form", "supplier registration", "vendor registration", "vendor setup", "set up as a vendor", "new vendor", "insurance cert", "insurance certificate", "vendor onboarding", "supplier onboarding"},
		weak: []string{"supplier", "vendor"},
		pos:  0.6, stageW: 0.8, relevance: 0.6, why: "a ready supplier-onboarding pack answers the same forms every time",
		kinds:   []string{"supplier onboarding pack"},
		matCues: []string{"supplier onboarding", "vendor setup", "supplier", "vendor registration"}},
	{key: "technical validation", title: "Answer technical and integration questions",
		cues: []string{"integration", "integrate", "architecture", "technical", "api", "data flows", "interface", "scoping call", "compatibility", "data migration", "migration", "technical questions"},
		// IT is a department that takes part in many activities (security,
		// approval, stakeholders): it points here, but weakly.
		weak: []string{"system", "network", "data", "information technology"},
		pos:  0.8, stageW: 1, relevance: 1, why: "technical overviews, integration guides and API documents answer IT",
		kinds:   []string{"technical overview", "integration guide", "API documentation"},
		matCues: []string{"integration", "integrations", "api", "architecture", "technical", "interface", "technical overview", "network guide", "api reference"}},
	{key: "security review", title: "Get through the security and compliance review",
		cues: []string{"security", "compliance", "soc 2", "soc", "iso 27001", "gdpr", "privacy", "data residency", "hosted", "hosting", "security questionnaire", "penetration test", "pen test", "vendor risk", "risk assessment", "cyber", "data protection", "encryption", "security review"},
		weak: []string{"certification", "risk", "questionnaire"},
		pos:  0.8, stageW: 1, relevance: 1, why: "a security pack, certificates and a pre-filled questionnaire shorten the review",
		kinds:   []string{"security documentation pack", "pre-filled security questionnaire", "certificates / audit reports"},
		matCues: []string{"security", "soc 2", "soc", "compliance", "certification", "certificate", "questionnaire", "privacy", "gdpr", "whitepaper security"}},
	{key: "business case", title: "Build the ROI and business case",
		cues: []string{"return on investment", "business case", "calculator", "payback", "justify", "justification", "cost justification", "financial impact", "value case", "cost per", "hours saved"},
		weak: []string{"savings", "value", "numbers", "inputs", "cost", "money"},
		pos:  0.8, stageW: 1, relevance: 1, why: "an ROI calculator and a business-case template put the buyer's own numbers in front of the buyer",
		kinds:   []string{"ROI calculator", "business case template"},
		matCues: []string{"return on investment", "calculator", "business case", "worksheet", "cost of doing nothing", "value", "savings"}},
	{key: "cost comparison", title: "Compare total cost of ownership and switching costs",
		cues: []string{"total cost of ownership", "cost comparison", "switching cost", "switching costs", "cost of switching", "buyout", "leave the current provider", "contract early"},
		weak: []string{"switch", "switching"},
		pos:  0.8, stageW: 1, relevance: 1, why: "a cost-comparison or switching-cost calculator answers what the change costs",
		kinds:   []string{"TCO / switching-cost calculator"},
		matCues: []string{"total cost of ownership", "switching cost", "cost comparison"}},
	{key: "reference call", title: "Arrange reference calls and visits with similar customers",
		cues: []string{"reference", "references", "reference call", "reference visit", "reference customer", "site visit", "peer call", "talk to a customer"},
		pos:  0.8, stageW: 1, relevance: 1, why: "a reference roster and a prep guide make references quick to arrange and on message",
		kinds:   []string{"reference customer roster", "reference call prep guide"},
		matCues: []string{"reference", "references", "reference customers", "reference list"}},
	{key: "pilot", title: "Run a pilot or proof of concept against agreed success criteria",
		cues: []string{"pilot", "proof of concept", "proof of value", "success criteria", "free trial", "lighthouse", "pilot scope"},
		weak: []string{"prove", "proves", "test"},
		pos:  0.8, stageW: 1, relevance: 1, why: "a pilot playbook and a success-criteria template keep pilots short and decisive",
		kinds:   []string{"pilot playbook", "success criteria template"},
		matCues: []string{"pilot", "proof of value", "proof of concept", "success criteria", "trial guide", "playbook"}},
	{key: "implementation planning", title: "Walk the buyer through the implementation plan and timeline",
		cues: []string{"implementation plan", "implementation estimate", "timeline walkthrough", "resourcing", "disruption", "project plan", "next phase", "waves", "next lines"},
		weak: []string{"implementation", "timeline", "plan", "phase", "scale"},
		pos:  0.8, stageW: 0.7, relevance: 1, why: "an implementation overview and a sample project plan reduce the fear of disruption",
		kinds:   []string{"implementation overview", "sample project plan"},
		matCues: []string{"implementation", "project plan", "go live", "rollout plan"}},

	// --- Deciding and buying (consensus and purchase).
	{key: "champion enablement", title: "Coach the champion to sell internally",
		cues: []string{"champion", "sell internally", "internal selling", "present internally", "talking points", "internal pitch"},
		weak: []string{"coach", "check-ins"},
		pos:  1, stageW: 1, relevance: 1, why: "the champion sells when the rep is not in the room, with slides and emails Marketing can write",
		kinds:   []string{"champion pitch slides", "internal email template"},
		matCues: []string{"champion", "internal pitch", "champion kit"}},
	{key: "executive briefing", title: "Brief the executive buyer",
		cues: []string{"executive", "executive briefing", "executive summary", "economic buyer", "managing partner", "sponsorship", "sponsor", "board"},
		weak: []string{"cfo", "ceo", "coo", "owner", "vice president", "leadership"},
		pos:  1, stageW: 0.6, relevance: 1, why: "executives read a short brief or a few slides, which Marketing can make",
		kinds:   []string{"executive brief", "executive presentation"},
		matCues: []string{"executive", "executive brief", "executive deck", "cfo", "coo", "executive presentation"}},
	{key: "executive alignment", title: "Arrange executive-to-executive alignment",
		cues: []string{"exec to exec", "executive to executive", "air cover", "top cover", "our cro"},
		pos:  1, stageW: 1, relevance: 1, why: "our executive needs talking points for the buyer's executive",
		kinds:   []string{"executive talking points"},
		matCues: []string{"talking points"}},
	{key: "close plan", title: "Agree a mutual action plan with the buyer",
		cues: []string{"mutual action plan", "close plan", "action plan", "working back", "dates back", "signature date", "end of quarter", "mutual close plan"},
		pos:  1, stageW: 1, relevance: 1, why: "a mutual action plan template exposes the hidden steps to signature",
		kinds:   []string{"mutual action plan template"},
		matCues: []string{"mutual action plan", "close plan", "action plan"}},
	{key: "buyer approval", title: "Navigate the buyer's approval process (committees, budget, capital request)",
		cues: []string{"committee", "governance", "consensus", "capital", "capital request", "capital expenditure", "budget cycle", "budget round", "board approval", "approval process", "authorization for expenditure", "purchase request", "funding"},
		weak: []string{"agenda", "approval", "sign off"},
		pos:  1, stageW: 1, relevance: 1, why: "a committee-ready summary and a capital-request template help the buyer get approval",
		kinds:   []string{"committee-ready summary deck", "capital request template"},
		matCues: []string{"committee", "capital", "approval", "justification template", "capital request"}},
	{key: "proposal", title: "Prepare and present the proposal and pricing",
		cues: []string{"proposal", "price", "good better best", "order form", "bill of materials", "packaging", "tier", "tiers", "price book", "pricing sheet"},
		weak: []string{"options", "per month", "lease"},
		pos:  1, stageW: 1, relevance: 0.8, why: "a proposal template and pricing sheet make proposals consistent",
		kinds:   []string{"proposal template", "pricing sheet"},
		matCues: []string{"proposal", "price", "price list", "price book", "order form", "pricing"}},
	{key: "negotiation", title: "Negotiate price and terms with procurement",
		cues: []string{"negotiate", "procurement", "payment terms", "multi-year", "hold the price", "purchasing"},
		weak: []string{"discount", "terms"},
		pos:  1, stageW: 1, relevance: -1.2, why: "negotiation is the rep's and the buyer's own work",
		kinds: nil},
	{key: "legal review", title: "Work the contract and legal redlines",
		cues: []string{"contract", "legal", "redline", "redlines", "master services agreement", "non disclosure agreement", "statement of work", "data processing agreement", "terms and conditions", "lawyer", "lawyers", "clause", "contract edits", "data ownership", "retention terms"},
		pos:  1, stageW: 1, relevance: -1.2, why: "contract work is for the lawyers on both sides",
		kinds: nil},
	{key: "deal desk", title: "Get internal deal-desk and discount approval",
		cues: []string{"deal desk", "discount approval", "approve the discount", "internal team that approves", "non-standard terms", "non standard", "internal approval", "manager to approve"},
		weak: []string{"approve", "discount"},
		pos:  1, stageW: 0.5, relevance: -1.5, why: "an internal approval",
		kinds: nil},
	{key: "signature", title: "Send the contract and chase the signature and purchase order",
		cues: []string{"signature", "docusign", "purchase order", "card on file", "billing", "invoice", "countersign", "send contract", "send the contract", "send out the contract"},
		weak: []string{"chase", "sign"},
		pos:  1, stageW: 1, relevance: -1.2, why: "paperwork to close the deal",
		kinds: nil},
	{key: "handoff", title: "Hand the customer over to implementation",
		cues: []string{"handoff", "hand off", "hand over", "kickoff", "onboarding team", "implementation lead", "implementation team", "deployment team", "customer success manager", "transition to"},
		pos:  1.1, stageW: 0.8, relevance: -1.2, why: "an internal hand-over between teams",
		kinds: nil},
	{key: "installation", title: "Plan and run the installation with the customer",
		cues: []string{"install", "installs", "installation", "install day", "mount", "install partner", "self-install", "commissioning"},
		weak: []string{"setup"},
		pos:  1.1, stageW: 0.5, relevance: 1, why: "installation guides and checklists let the customer prepare and do part of it",
		kinds:   []string{"installation guide", "install-day checklist"},
		matCues: []string{"installation", "install", "quick start", "mounting", "self-install", "checklist"}},
	{key: "customer training", title: "Train the customer's users and administrators",
		cues: []string{"admin training", "user training", "welcome call", "admin setup", "adoption", "academy"},
		weak: []string{"training", "course"},
		pos:  1.15, stageW: 0.8, relevance: 1, why: "training videos and guides teach new users",
		kinds: []string{"training videos", "user guide"},
		matCues: []string{"training", "academy", "course", "user guide", "guide for users", "app guide",
			// A quick-reference card is a cheat sheet for users, not a
			// reference customer.
			"quick reference", "quick reference card", "quick reference guide", "reference card"}},
	{key: "account management", title: "Review the account and prepare the renewal",
		cues: []string{"business review", "upsell", "cross-sell", "expansion", "customer success plan"},
		weak: []string{"renewal", "renewals"},
		pos:  1.3, stageW: 1, relevance: 1, why: "business-review and renewal decks keep customers buying",
		kinds:   []string{"business review template", "renewal deck"},
		matCues: []string{"renewal", "business review", "post-sale", "upsell"}},
	{key: "meeting recap", title: "Send a recap and next steps after the meeting",
		cues: []string{"recap", "next steps", "thank you note", "joint follow up", "call summary", "meeting summary", "summary email"},
		weak: []string{"summary"},
		pos:  posNone, relevance: -0.8, why: "a recap is the rep's own note to the buyer",
		kinds: nil},

	// --- Supporting concepts: evidence for relevance only.
	{key: "internal costing", cues: []string{"margin", "margins", "estimating", "estimator", "takeoff", "pricing committee", "pricing approval", "margin approval", "bid review", "credit check", "cost estimate", "estimate the cost"},
		pos: posNone, relevance: -1, why: "costing and pricing the deal is the seller's own work"},
	{key: "buyer-facing", cues: []string{"present", "send", "share", "show", "explain", "educate", "compare", "handle", "answer", "walk through", "convince", "story", "prove"},
		pos: posNone, relevance: 0.5, why: "work in front of the buyer"},
}
