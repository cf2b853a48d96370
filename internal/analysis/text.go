package analysis

import (
	"math"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/kljensen/snowball/english"
)

// Weights of the parts of a text. Glossary meanings are split into the core
// translation ("champion") and its explanation ("the buyer-side person
// who..."); the explanation helps a little but must not dominate.
const (
	weightWord        = 1.0
	weightExplanation = 0.3
)

// term is one normalised feature of a text: a stem (after synonyms) and its
// weight.
type term struct {
	stem string
	w    float64
	// name marks the words of a proper name a glossary term stands for
	// ("Compliance, Safety, Accountability", "International Fuel Tax
	// Agreement"): a regulator, standard or trade show, which names no
	// activity even when one of its words is a cue.
	name bool
}

// glossEntry is one spelling of a glossary term, ready for matching on raw
// tokens.
type glossEntry struct {
	variant []string // raw lowercase tokens of the spelling
	core    []string // raw tokens of the common-terms translation
	extra   []string // raw tokens of the explanation
	term    string   // the glossary term as written
	meaning string   // the core translation as written
	name    bool     // the translation is a proper name
}

// normalizer turns free text into weighted stems. It caches stems because the
// same words recur across thousands of responses and materials.
type normalizer struct {
	gloss    map[string][]glossEntry // first token -> spellings, longest first
	stems    map[string]string
	synonyms map[string]string // stem -> canonical stem
	surface  map[string]string // stem -> first word seen with it, for reasons
	cache    map[string][]term // short texts that repeat (types, tags, titles)
}

func newNormalizer(glossary []enablemap.GlossaryTerm) *normalizer {
	n := &normalizer{
		gloss:    map[string][]glossEntry{},
		stems:    map[string]string{},
		synonyms: map[string]string{},
		surface:  map[string]string{},
		cache:    map[string][]term{},
	}
	for _, group := range synonymGroups {
		canon := english.Stem(group[0], true)
		for _, w := range group[1:] {
			if s := english.Stem(w, true); s != canon {
				n.synonyms[s] = canon
			}
		}
	}
	for _, g := range glossary {
		if ambiguousMeaning(g.Meaning) {
			// "PM: ambiguous: project manager - or preventive maintenance":
			// no one translation is right, so the rep's own term stays.
			continue
		}
		core, extra := splitMeaning(g.Meaning)
		variants := g.Variants()
		// "capex / opex" = "capital expenditure / operating expenditure":
		// each spelling gets its own part of the meaning. Otherwise the first
		// alternative is the short meaning and the others explain it.
		whole := splitAlternatives(g.Meaning)
		parts := splitAlternatives(core)
		for i, v := range variants {
			toks := rawTokens(v)
			if len(toks) == 0 {
				continue
			}
			short, more := core, extra
			switch {
			case len(whole) > 1 && len(whole) == len(variants):
				short, more = splitMeaning(whole[i])
			case len(parts) > 1:
				short = parts[0]
				more = strings.TrimSpace(strings.Join(parts[1:], " ") + " " + extra)
			}
			n.gloss[toks[0]] = append(n.gloss[toks[0]], glossEntry{
				variant: toks, core: rawTokens(short), extra: rawTokens(more),
				term: strings.TrimSpace(v), meaning: short, name: isProperName(short),
			})
		}
	}
	for k, es := range n.gloss {
		sort.SliceStable(es, func(i, j int) bool { return len(es[i].variant) > len(es[j].variant) })
		n.gloss[k] = es
	}
	return n
}

// ambiguousMeaning reports whether a glossary meaning says the term has
// several meanings rather than giving one, or warns that it is a trap
// ("TRAP: chief engineer; in 'CE credit' continuing education"): the
// warning is no translation, and every trap term rewritten into it would
// make unrelated answers look alike.
func ambiguousMeaning(m string) bool {
	m = strings.ToLower(strings.TrimSpace(m))
	m = strings.TrimLeft(m, "([")
	for _, p := range []string{"ambiguous", "can mean", "may mean", "means different things", "depends on", "trap", "careful", "beware", "warning"} {
		if strings.HasPrefix(m, p) {
			return true
		}
	}
	return false
}

// splitMeaning separates a glossary meaning into its translation and its
// explanation: "champion - the buyer-side person..." or "proof of value (a
// pilot...)". The translation is what a rep's lingo is rewritten into.
func splitMeaning(m string) (core, extra string) {
	m = strings.TrimSpace(m)
	cut := len(m)
	for _, sep := range []string{" - ", " – ", " — ", "(", ";", ":"} {
		if i := strings.Index(m, sep); i > 0 && i < cut {
			cut = i
		}
	}
	return strings.TrimSpace(m[:cut]), strings.TrimSpace(m[cut:])
}

// isProperName reports whether a translation is a proper name: at least two
// words, every word longer than three letters capitalised ("Federal Motor
// Carrier Safety Administration", "Mid-America Trucking Show").
func isProperName(s string) bool {
	long := 0
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' && r != '-' }) {
		if len([]rune(w)) <= 3 {
			continue
		}
		if r := []rune(w)[0]; !unicode.IsUpper(r) {
			return false
		}
		long++
	}
	return long >= 2
}

// splitAlternatives splits "discovery meeting / discovery call" into its
// alternatives; a slash inside a word ("and/or") does not split.
func splitAlternatives(s string) []string {
	var out []string
	for _, p := range strings.Split(s, " / ") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

// rawTokens lowercases text and splits it into words, rewriting the
// shorthand reps type ("w/", "w/o", "&", "+", "$") into words first.
func rawTokens(s string) []string {
	if hasUpper(s) {
		s = strings.ToLower(spellOutIT(s))
	}
	if strings.ContainsAny(s, "/&+$#@") {
		if strings.Contains(s, "&") {
			// An initialism written with "&" ("M&V", "R&D", "P&L") is one
			// word, not two letters joined by "and": the "v" of "M&V" is no
			// "versus".
			s = joinInitialisms(s)
		}
		s = shorthand.Replace(s)
	}
	var out []string
	start := -1
	flush := func(end int) {
		if start >= 0 {
			w := s[start:end]
			// Possessives and contractions: "partner's" -> "partner",
			// "don't" -> "dont".
			if i := strings.IndexByte(w, '\''); i >= 0 {
				if strings.HasSuffix(w, "'s") {
					w = w[:len(w)-2]
				} else {
					w = strings.ReplaceAll(w, "'", "")
				}
			}
			if w != "" {
				out = append(out, w)
			}
			start = -1
		}
	}
	for i, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || (r == '\'' && start >= 0) {
			if start < 0 {
				start = i
			}
			continue
		}
		flush(i)
	}
	flush(len(s))
	markPrecall(out)
	return out
}

// markPrecall rewrites the "before" of "before I call", "before the first
// call", "before dialing" into "precall": the rep's own preparation ahead
// of a call, which the stop word alone would lose.
func markPrecall(ws []string) {
	for i, w := range ws {
		if w != "before" || i+1 >= len(ws) {
			continue
		}
		next := ws[i+1 : min(len(ws), i+4)]
		switch {
		case next[0] == "calling" || next[0] == "dialing" || next[0] == "dialling":
		case (next[0] == "i" || next[0] == "we") && len(next) > 1 && (next[1] == "call" || next[1] == "dial" || next[1] == "ring" || next[1] == "phone" || next[1] == "reach"):
		case (next[0] == "the" || next[0] == "my" || next[0] == "a") && len(next) > 1 && (next[1] == "call" || next[1] == "dial" || len(next) > 2 && next[1] == "first" && next[2] == "call"):
		default:
			continue
		}
		ws[i] = "precall"
	}
}

// spellOutIT rewrites the capitalised word "IT" (information technology) so
// that lower-casing does not turn it into the pronoun "it".
func spellOutIT(s string) string {
	if !strings.Contains(s, "IT") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == 'I' && i+1 < len(s) && s[i+1] == 'T' && (i == 0 || !isLetter(s[i-1])) && (i+2 == len(s) || !isLetter(s[i+2])) {
			b.WriteString("information technology")
			i++
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

func hasUpper(s string) bool {
	for i := 0; i < len(s); i++ {
		if c := s[i]; c >= 'A' && c <= 'Z' || c >= 0x80 {
			return true
		}
	}
	return false
}

// joinInitialisms drops the "&" of a lower-case initialism such as "m&v"
// (one letter on each side, each standing alone), so that it stays one word.
func joinInitialisms(s string) string {
	alone := func(i int) bool { return i < 0 || i >= len(s) || !isWordByte(s[i]) }
	var b []byte
	last := 0
	for i := 1; i+1 < len(s); i++ {
		if s[i] != '&' || !isLower(s[i-1]) || !isLower(s[i+1]) || !alone(i-2) || !alone(i+2) {
			continue
		}
		b = append(b, s[last:i]...)
		last = i + 1
	}
	if b == nil {
		return s
	}
	return string(append(b, s[last:]...))
}

func isLower(c byte) bool { return c >= 'a' && c <= 'z' }

var shorthand = strings.NewReplacer(
	"w/o ", " without ", "w/in ", " within ", "w/ ", " with ", "w/", " with ",
	"&", " and ", "+", " and ", "$", " money ", "#", " number ", "@", " at ",
	"->", " to ", "/", " ",
)

// glossHit records which glossary term a text used, for names and reasons.
type glossHit struct {
	term, meaning string
}

// normalize returns the weighted stems of text (weight scales all of them),
// and the glossary terms it used.
func (n *normalizer) normalize(text string, weight float64) ([]term, []glossHit) {
	return n.normalizeWith(text, weight, true, nil)
}

// normalizeResponse normalises what a rep said. Words of a capitalised name
// in the middle of it ("send the Redline Freight story") are a customer,
// product or show, and name no activity; with glossary false the glossary is
// not applied.
func (n *normalizer) normalizeResponse(text string, glossary bool) ([]term, []glossHit) {
	return n.normalizeWith(text, 1, glossary, properNameWords(text))
}

// properNameWords returns the lowercase words of runs of two or more
// capitalised words ("Redline Freight", "Pack Expo") that do not open the
// text, or nil. Acronyms (all capitals) are not names: reps type "SOC 2",
// "ROI" and "EB" for the work itself.
func properNameWords(text string) map[string]bool {
	var out map[string]bool
	words := strings.Fields(text)
	for i := 1; i < len(words); {
		j := i
		for j < len(words) {
			_, core, trail := splitPunct(words[j])
			if !isCapitalised(core) {
				break
			}
			j++
			if trail != "" {
				break // punctuation ends the name
			}
		}
		if j-i >= 2 {
			if out == nil {
				out = map[string]bool{}
			}
			for _, w := range words[i:j] {
				_, core, _ := splitPunct(w)
				for _, t := range rawTokens(core) {
					out[t] = true
				}
			}
		}
		i = max(j, i+1)
	}
	return out
}

// isCapitalised reports whether a word starts with a capital letter and
// holds a lower-case one ("Freight", not "SOC" or "denials").
func isCapitalised(w string) bool {
	first, lower := true, false
	for _, r := range w {
		if first {
			if !unicode.IsUpper(r) {
				return false
			}
			first = false
			continue
		}
		if unicode.IsLower(r) {
			lower = true
		}
	}
	return lower
}

// normalizeWith normalises text; words in names are marked as a proper name.
func (n *normalizer) normalizeWith(text string, weight float64, glossary bool, names map[string]bool) ([]term, []glossHit) {
	toks := rawTokens(text)
	var out []term
	var hits []glossHit
	for i := 0; i < len(toks); {
		if glossary {
			if e, ok := n.matchGloss(toks, i); ok {
				// A long translation stands for one term: spread the weight of a
				// couple of words over it so it cannot dominate the text.
				k := len(out)
				out = n.appendWords(out, e.core, weight*weightWord*math.Min(1, 2/float64(max(len(e.core), 1))))
				if e.name {
					for j := k; j < len(out); j++ {
						out[j].name = true
					}
				}
				out = n.appendWords(out, e.extra, weight*weightExplanation)
				hits = append(hits, glossHit{term: e.term, meaning: e.meaning})
				i += len(e.variant)
				continue
			}
		}
		if exp, ok := abbreviations[toks[i]]; ok {
			out = n.appendWords(out, strings.Fields(exp), weight)
		} else {
			k := len(out)
			out = n.appendWords(out, toks[i:i+1], weight)
			if names[toks[i]] && len(out) > k {
				out[k].name = true
			}
		}
		i++
	}
	return out, hits
}

// normalizeCached is normalize for texts that repeat across materials; the
// cached terms must not be modified.
func (n *normalizer) normalizeCached(text string, weight float64) []term {
	if len(text) > 80 {
		ts, _ := n.normalize(text, weight)
		return ts
	}
	key := strconv.FormatFloat(weight, 'g', -1, 64) + "\x00" + text
	if ts, ok := n.cache[key]; ok {
		return ts
	}
	ts, _ := n.normalize(text, weight)
	n.cache[key] = ts
	return ts
}

func (n *normalizer) matchGloss(toks []string, i int) (glossEntry, bool) {
	for _, e := range n.gloss[toks[i]] {
		if i+len(e.variant) > len(toks) {
			continue
		}
		ok := true
		for j, v := range e.variant {
			if toks[i+j] != v {
				ok = false
				break
			}
		}
		if ok {
			return e, true
		}
	}
	return glossEntry{}, false
}

func (n *normalizer) appendWords(out []term, words []string, w float64) []term {
	for _, word := range words {
		if s, ok := n.stem(word); ok {
			out = append(out, term{stem: s, w: w})
		}
	}
	return out
}

// stem returns the canonical stem of a word, or false for stop words, filler
// and bare numbers.
func (n *normalizer) stem(word string) (string, bool) {
	if s, ok := n.stems[word]; ok {
		return s, s != ""
	}
	s := ""
	if !fillers[word] && !english.IsStopWord(word) && !isNumber(word) && len(word) > 1 {
		s = english.Stem(word, true)
		if x, ok := stemExceptions[word]; ok {
			s = x
		}
		if c, ok := n.synonyms[s]; ok {
			s = c
		}
		if fillers[s] {
			s = ""
		}
	}
	n.stems[word] = s
	if _, ok := n.surface[s]; !ok && s != "" {
		n.surface[s] = word
	}
	return s, s != ""
}

// phrase returns the stems of a short cue phrase, keeping their order.
func (n *normalizer) phrase(p string) []string {
	var out []string
	for _, w := range rawTokens(p) {
		if exp, ok := abbreviations[w]; ok {
			for _, e := range strings.Fields(exp) {
				if s, ok := n.stem(e); ok {
					out = append(out, s)
				}
			}
			continue
		}
		if s, ok := n.stem(w); ok {
			out = append(out, s)
		}
	}
	return out
}

// translate rewrites text into common terms for display: glossary terms become
// their translation and shorthand is spelled out, the rest is kept as typed.
func (n *normalizer) translate(text string) string { return n.translateMax(text, 0) }

// translateMax is translate keeping a glossary term as typed when its
// translation is longer than maxWords words (0: no limit). A name needs a
// term, not its explanation: "criticality ranking workshop" reads as a
// name, "scoring each asset by what its failure costs... workshop" does not.
func (n *normalizer) translateMax(text string, maxWords int) string {
	text = strings.TrimSpace(text)
	if text == "" {
		return ""
	}
	var b strings.Builder
	// Walk the original text word by word so punctuation and case survive
	// where nothing is translated.
	words := strings.Fields(text)
	for i := 0; i < len(words); {
		w := words[i]
		lead, core, trail := splitPunct(w)
		lower := strings.ToLower(core)
		replaced := false
		if es, ok := n.gloss[lower]; ok {
			for _, e := range es {
				if i+len(e.variant) > len(words) {
					continue
				}
				match := true
				lastTrail := trail
				for j, v := range e.variant {
					_, c, t := splitPunct(words[i+j])
					toks := rawTokens(c)
					if len(toks) != 1 || toks[0] != v {
						match = false
						break
					}
					lastTrail = t
				}
				if match && e.meaning != "" && (maxWords <= 0 || len(strings.Fields(e.meaning)) <= maxWords) {
					writeWord(&b, lead+e.meaning+lastTrail)
					i += len(e.variant)
					replaced = true
					break
				}
			}
		}
		if replaced {
			continue
		}
		if exp, ok := displayAbbreviations[lower]; ok {
			writeWord(&b, lead+exp+trail)
		} else {
			writeWord(&b, w)
		}
		i++
	}
	return b.String()
}

func writeWord(b *strings.Builder, w string) {
	if b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteString(w)
}

// splitPunct separates leading and trailing punctuation from a word.
func splitPunct(w string) (lead, core, trail string) {
	start, end := 0, len(w)
	for start < end && strings.ContainsRune("\"'([{", rune(w[start])) {
		start++
	}
	for end > start && strings.ContainsRune("\"')]},.;:!?", rune(w[end-1])) {
		end--
	}
	return w[:start], w[start:end], w[end:]
}

func isNumber(w string) bool {
	digits := 0
	for _, r := range w {
		if unicode.IsDigit(r) {
			digits++
		}
	}
	// "835s" and "12mo" are codes or amounts, not words; "soc2" keeps a letter
	// run long enough to mean something.
	return digits > 0 && len(w)-digits <= 2
}

// abbreviations spells out the shorthand of general sales English. A glossary
// term always wins over this list.
var abbreviations = map[string]string{
	"mtg": "meeting", "mtgs": "meetings", "acct": "account", "accts": "accounts",
	"opp": "opportunity", "opps": "opportunities", "oppty": "opportunity",
	"mktg": "marketing", "mkt": "marketing", "ppl": "people", "q's": "questions", "qs": "questions",
	"mo": "month", "mos": "months", "yr": "year", "yrs": "years", "hrs": "hours", "hr": "hour",
	"exec": "executive", "execs": "executives", "info": "information", "reqs": "requirements",
	"req": "requirement", "eval": "evaluation", "evals": "evaluations", "doc": "document",
	"docs": "documents", "prez": "presentation", "preso": "presentation", "f/u": "follow up",
	"fu": "follow up", "followup": "follow up", "mgr": "manager", "biz": "business",
	"cust": "customer", "custs": "customers", "prod": "product", "tech": "technical",
	"convo": "conversation", "convos": "conversations", "thru": "through", "tho": "though",
	"intro": "introduction", "intros": "introductions", "demos": "demo", "ref": "reference",
	"refs": "references", "poc": "proof of concept", "pov": "proof of value",
	"rfp": "request for proposal", "rfps": "request for proposal", "rfi": "request for information",
	"rfq": "request for quote", "msa": "master services agreement", "sow": "statement of work",
	"nda": "non disclosure agreement", "po": "purchase order", "roi": "return on investment",
	"tco": "total cost of ownership", "crm": "crm", "sfdc": "crm salesforce",
	"vs": "versus", "v": "versus", "linkdin": "linkedin", "pls": "please", "asap": "soon",
	"questionaire": "questionnaire", "buisness": "business", "bussiness": "business",
	"recieve": "receive",
	// The stemmer gives "refer" for both "reference" and "referred": keep
	// referrals apart from reference calls.
	"refer": "referral", "refers": "referral", "referred": "referral", "referring": "referral", "securty": "security", "secuirty": "security", "intergration": "integration", "vp": "vice president", "svp": "vice president", "evp": "vice president",
	// The stemmer gives "prospect" for the activity (prospecting) and for
	// the buyer (the prospect): only the activity is outbound work.
	"prospecting": "outbound prospecting",
	"cxo":         "executive", "csuite": "executive", "kpi": "metric", "kpis": "metrics",
	"sdr": "sales development rep", "bdr": "sales development rep", "ae": "account executive",
	"se": "solutions engineer", "csm": "customer success manager", "infosec": "information security",
	"ops": "operations", "qbr": "business review",
	"eoq": "end of quarter", "eoy": "end of year", "fy": "fiscal year", "ea": "assistant",
	"contract's": "contract", "champ": "champion", "champs": "champions", "eb": "economic buyer",
	"disco": "discovery", "qual": "qualification", "quals": "qualification", "dm": "decision maker",
	"dms": "decision makers", "mgmt": "management", "prospects": "prospect",
}

// displayAbbreviations is the subset of abbreviations worth spelling out in
// an activity name (the rest read fine as typed).
var displayAbbreviations = map[string]string{
	"w/": "with", "thru": "through", "mtg": "meeting", "acct": "account", "accts": "accounts",
	"opp": "opportunity", "opps": "opportunities", "mktg": "marketing", "ppl": "people",
	"q's": "questions", "mo": "months", "hrs": "hours", "info": "information", "reqs": "requirements",
	"prez": "presentation", "preso": "presentation", "mgr": "manager", "convo": "conversation",
	"linkdin": "LinkedIn", "questionaire": "questionnaire", "buisness": "business",
	"w/o": "without", "w/in": "within", "+": "and", "&": "and",
}

// fillers are words reps use that carry no activity meaning, on top of the
// English stop words.
var fillers = map[string]bool{
	"gotta": true, "gonna": true, "wanna": true, "need": true, "needs": true, "have": true,
	"has": true, "get": true, "gets": true, "got": true, "getting": true, "basically": true,
	"usually": true, "always": true, "really": true, "just": true, "lol": true, "etc": true,
	"stuff": true, "thing": true, "things": true, "like": true, "make": true, "sure": true,
	"kinda": true, "sorta": true, "ideally": true, "maybe": true, "also": true, "then": true,
	"way": true, "actually": true, "every": true, "dont": true, "cant": true,
	"wont": true, "isnt": true, "arent": true, "didnt": true, "doesnt": true, "im": true,
	"ive": true, "theyre": true, "were": true, "youre": true, "thats": true, "its": true,
	"lot": true, "lots": true, "bit": true, "ok": true, "okay": true, "yeah": true, "go": true,
	"goes": true, "let": true, "lets": true, "one": true, "two": true, "three": true,
	"us": true, "our": true, "we": true, "them": true, "their": true,
	"they": true, "i": true, "my": true, "me": true, "you": true, "your": true, "it": true,
	"will": true, "would": true, "could": true, "should": true, "can": true, "may": true,
	"might": true, "want": true, "wants": true, "try": true, "else": true, "still": true,
	"even": true, "much": true, "many": true, "some": true, "any": true, "all": true,
	"whole": true, "e.g": true, "eg": true, "ie": true, "via": true,
	// stop words as reps mistype them
	"thier": true, "teh": true, "adn": true, "taht": true, "wiht": true, "alot": true,
	"day": true, "days": true, "week": true, "weeks": true, "wk": true, "wks": true,
}

// stemExceptions keep apart words the stemmer folds onto the stem of an
// unrelated word: "findings" (a readout) is not "find out", "customers" are
// not "customize", "production" is not the product, a "conversion" is not a
// conversation, "billing" is not the buyer's bills, and "commissioning" a
// system is not a rep's commission.
var stemExceptions = map[string]string{
	"findings":  "findings",
	"customize": "customiz", "customise": "customiz", "customized": "customiz", "customised": "customiz",
	"customizing": "customiz", "customising": "customiz", "customization": "customiz", "customisation": "customiz",
	"production": "production", "productivity": "productivity",
	"conversion": "conversion", "conversions": "conversion",
	"integrity": "integrity", "connectivity": "connectivity",
	"billing": "billing", "commissioning": "commissioning",
}

// synonymGroups fold words of general business English that mean the same
// thing in a sales conversation onto the first word of the group.
var synonymGroups = [][]string{
	{"customer", "client", "clients", "customers"},
	{"present", "presentation", "presenting", "presented", "pitch", "pitching"},
	{"demo", "demonstration", "demonstrate", "demoing"},
	{"competitor", "competition", "competitive", "compete", "competing", "competitors", "battlecard", "battlecards"},
	{"proposal", "quote", "quotation"},
	{"price", "pricing", "prices", "priced"},
	{"contract", "agreement", "agreements", "contracts"},
	{"executive", "executives", "leadership"},
	{"meeting", "meetings", "mtg"},
	{"email", "emails", "e-mail", "mail"},
	{"call", "calls", "calling", "phone", "dial", "dials", "dialing"},
	{"reference", "references"},
	{"security", "infosec", "cybersecurity"},
	{"pilot", "trial", "poc"},
	{"implementation", "implement", "onboarding", "deployment", "rollout", "go-live"},
	{"approval", "approve", "approves", "approved", "approvals", "signoff"},
	{"negotiate", "negotiation", "negotiating", "negotiations"},
	{"objection", "objections", "pushback"},
	{"qualify", "qualification", "qualifying", "qualified"},
	{"discovery", "discover", "discovering"},
	{"recap", "debrief"},
	{"follow", "followup", "follow-up"},
	{"video", "videos", "recording"},
	{"webinar", "webinars", "webcast"},
	{"event", "events", "conference", "conferences", "tradeshow"},
	{"introduction", "intro", "introduce"},
	{"referral", "referrals"},
	{"template", "templates"},
	{"sequence", "sequences", "cadence", "cadences"},
	{"benchmark", "benchmarks", "benchmarking"},
	{"questionnaire", "questionnaires", "survey"},
	{"slide", "slides", "deck", "decks"},
	{"one-pager", "onepager"},
}
