package analysis

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// actInfo is an activity under construction.
type actInfo struct {
	enablemap.Activity
	members    []*respInfo
	hits       map[int]float64 // concept -> summed weight over members
	canon      int             // built-in activity most members describe, or -1
	canonCount int             // how many members name it first
}

// internalMargin is how far the cues of internal work must outweigh those
// of work with the buyer for an activity to be called internal.
const internalMargin = 0.25

// Stage suggestion: the sales transition is a prior, cue words move it.
const (
	stagePriorWeight = 1.5
	stageSigma       = 0.75
)

// describe turns groups of responses into activities: name, goal, stage,
// relevance, need score, and the material kinds that would serve them, then
// applies the user's decisions about them.
func (e *engine) describe(groups [][]int) []*actInfo {
	reps, roles, regions := e.population()
	acts := make([]*actInfo, 0, len(groups))
	for _, g := range groups {
		a := &actInfo{hits: map[int]float64{}}
		for _, m := range g {
			ri := e.resp[m]
			a.members = append(a.members, ri)
			a.ResponseIDs = append(a.ResponseIDs, ri.r.ID)
			for c, w := range ri.hits {
				a.hits[c] += w
			}
		}
		a.ID = "A-" + a.members[0].r.ID
		a.NameState, a.StageState, a.RelevanceState, a.State = enablemap.Suggested, enablemap.Suggested, enablemap.Suggested, enablemap.Suggested
		e.nameActivity(a)
		a.SalesTransitions = transitions(a.members)
		e.suggestStage(a)
		e.suggestRelevance(a)
		e.needScore(a, reps, roles, regions)
		if n := e.joined[g[0]]; n > 1 && a.canon >= 0 {
			a.Reasons = append(a.Reasons, fmt.Sprintf("joined from %d pieces the roll-up left apart: each named after %q, on the same buying stage, and no material serves them", n, concepts[a.canon].title))
		}
		a.Reasons = append(a.Reasons, e.structureReasons(g)...)
		a.MaterialIDs, a.ServedBy = []string{}, []string{}
		acts = append(acts, a)
	}
	e.applyActivityDecisions(acts)
	e.uniqueNames(acts)
	for _, a := range acts {
		a.MaterialTypesNeeded = []string{}
		if a.MarketingRelevant {
			a.MaterialTypesNeeded = materialKinds(a.canon, a.hits)
		}
	}
	return acts
}

// canonicalOf returns the built-in activity most of an activity's members
// describe, and how many of them name it first; -1 when none.
func canonicalOf(members []*respInfo) (int, int) {
	count := map[int]int{}
	weight := map[int]float64{}
	for _, m := range members {
		if m.primary >= 0 {
			count[m.primary]++
		}
		for _, l := range m.labelVec {
			weight[l.concept] += l.w
		}
	}
	best := -1
	for _, c := range sortedKeys(weight) {
		if best < 0 || count[c] > count[best] || count[c] == count[best] && weight[c] > weight[best] {
			best = c
		}
	}
	if best < 0 || count[best] == 0 {
		return -1, 0
	}
	return best, count[best]
}

// nameActivity names the activity in common terms. When most of its members
// describe one built-in activity, the name is that activity's, with the
// specific things the members keep naming in parentheses; otherwise it is the
// most central member's text (the one most similar to the others), with
// lingo translated and filler dropped. The goal is the most central goal.
func (e *engine) nameActivity(a *actInfo) {
	order := make([]int, len(a.members))
	central := make([]float64, len(a.members))
	for i := range a.members {
		order[i] = i
		for j := range a.members {
			if i != j {
				central[i] += dot(a.members[i].vec, a.members[j].vec)
			}
		}
		// Prefer a member that says something: one-word answers ("demo")
		// make poor names when a fuller one is as central.
		central[i] += 0.02 * math.Min(float64(len(a.members[i].actTerms)), 6)
	}
	sort.SliceStable(order, func(x, y int) bool { return central[order[x]] > central[order[y]] })
	best := a.members[order[0]]
	for _, k := range order {
		if g := strings.TrimSpace(a.members[k].r.Goal); g != "" {
			a.Goal = capitalize(e.norm.translate(g))
			break
		}
	}
	a.canon, a.canonCount = canonicalOf(a.members)
	// A lone response takes a built-in activity's name only when it names
	// it with a full cue: a passing word ("confirm delivery window", where
	// "confirm" is a weak cue of booking a meeting) would misname it.
	sure := len(a.members) > 1 || a.members[0].primaryW >= 1
	var reason string
	if a.canon >= 0 && 2*a.canonCount >= len(a.members) && namesInText(a) && sure {
		c := concepts[a.canon]
		// The title alone: a word or two the members share ("plant",
		// "overtime") reads as a stray keyword, not an object; when pieces
		// of one built-in activity need telling apart, uniqueNames names
		// each by a phrase of its own.
		a.Name = c.title
		reason = fmt.Sprintf("named after the built-in activity %q, which %d of its %d responses describe", c.title, a.canonCount, len(a.members))
	} else {
		a.Name = e.cleanName(best.r.Activity)
		reason = fmt.Sprintf("named after %s, the response most like the others", best.r.ID)
		if len(a.members) == 1 {
			reason = fmt.Sprintf("named after %s, its only response", best.r.ID)
		}
	}
	var terms []string
	seen := map[string]bool{}
	for _, m := range a.members {
		for _, h := range m.gloss {
			if !seen[h.term] {
				seen[h.term] = true
				terms = append(terms, fmt.Sprintf("%q = %q", h.term, h.meaning))
			}
		}
	}
	if len(terms) > 0 {
		reason += "; glossary: " + strings.Join(terms, ", ")
	}
	a.Reasons = append(a.Reasons, reason)
	if len(a.members) > 1 {
		r := fmt.Sprintf("rolled up from %d responses by %s", len(a.members), count(distinctReps(e, a.members), "rep"))
		if a.canon >= 0 && a.canonCount > 1 {
			r += fmt.Sprintf(": %d describe %s (built-in activity %q)", a.canonCount, concepts[a.canon].key, concepts[a.canon].title)
			if a.canonCount < len(a.members) {
				r += ", the others share their words or related ones"
			}
		} else {
			r += " that use the same or related words, in their answers or the notes on them (related: words this project's texts use together)"
		}
		if near := e.sharedPieces(a.members); len(near) > 0 {
			r += "; " + near
		}
		a.Reasons = append(a.Reasons, r)
	}
}

// sharedPieces names the library pieces nearest to most of the members,
// when at least two members share one: up to two, the most shared first
// (on a tie, the one nearer them), or "" when none is shared.
func (e *engine) sharedPieces(members []*respInfo) string {
	type tally struct{ n, rank int }
	seen := map[int]*tally{}
	var order []int
	for _, m := range members {
		for k, p := range m.pieces {
			t, ok := seen[p]
			if !ok {
				t = &tally{}
				seen[p] = t
				order = append(order, p)
			}
			t.n++
			t.rank += k
		}
	}
	slices.SortStableFunc(order, func(x, y int) int {
		if c := cmp.Compare(seen[y].n, seen[x].n); c != 0 {
			return c
		}
		if c := cmp.Compare(seen[x].rank, seen[y].rank); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	var names []string
	for _, p := range order {
		if seen[p].n < 2 || len(names) == 2 {
			break
		}
		m := e.ws.Materials[p]
		names = append(names, fmt.Sprintf("%q (%s, near %d of them)", m.Title, m.ID, seen[p].n))
	}
	if len(names) == 0 {
		return ""
	}
	return "the library pieces most like them: " + strings.Join(names, ", ")
}

// namesInText reports whether a member's activity text, not its goal alone,
// names the activity's built-in activity. A goal says why ("so the plant
// manager signs off"), and a title taken from it hides what the rep does:
// such an activity is named in the rep's words.
func namesInText(a *actInfo) bool {
	for _, m := range a.members {
		if m.primary == a.canon && m.primaryW >= siblingMinLabel {
			return true
		}
	}
	return false
}

// commonObjects returns up to two specific words that at least two members
// and a third of them use, beyond the words that name the built-in activity:
// what the activity is done with or for ("customer stories (fleet)"). Words
// of any built-in activity's cues name activities, not objects, and are left
// out.
func (e *engine) commonObjects(a *actInfo) []string {
	if len(a.members) < 2 {
		return nil
	}
	cue := e.concepts.allCueStems()
	count := map[string]int{}
	for _, m := range a.members {
		seen := map[string]bool{}
		for _, t := range m.actTerms {
			if t.w < weightWord || cue[t.stem] || seen[t.stem] || genericWords[t.stem] {
				continue
			}
			seen[t.stem] = true
			count[t.stem]++
		}
	}
	var stems []string
	for s, c := range count {
		if c >= 2 && 3*c >= len(a.members) {
			stems = append(stems, s)
		}
	}
	sort.Slice(stems, func(i, j int) bool {
		if count[stems[i]] != count[stems[j]] {
			return count[stems[i]] > count[stems[j]]
		}
		return stems[i] < stems[j]
	})
	var out []string
	for _, s := range stems {
		if len(out) == 2 {
			break
		}
		out = append(out, e.spelling(a.members, s))
	}
	return out
}

// spelling returns a word with the given stem as a member typed it, so that
// names keep the case of product and company names ("ClaimWise").
func (e *engine) spelling(members []*respInfo, stem string) string {
	for _, m := range members {
		for _, w := range strings.Fields(e.norm.translate(m.r.Activity)) {
			_, core, _ := splitPunct(w)
			for _, t := range rawTokens(core) {
				if st, ok := e.norm.stem(t); ok && st == stem {
					if toks := rawTokens(core); len(toks) == 1 {
						return core
					}
					return t
				}
			}
		}
	}
	return e.surfaceOf(stem)
}

// genericWords are stems too general to say what an activity is about.
var genericWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range []string{"send", "run", "call", "meet", "buyer", "custom", "prospect", "ask", "help", "build", "set", "use", "show", "talk", "first", "second", "weekli", "monthli", "earli", "team", "account", "execut", "review", "question", "follow", "month", "own", "write", "current", "opportun", "get", "time", "work", "need", "deal", "peopl", "call", "plan", "week", "year"} {
		m[w] = true
	}
	return m
}()

// nameGlossWords is the longest glossary translation a name takes in place
// of the rep's term; a longer one is an explanation, left to the reasons.
const nameGlossWords = 4

// leadingVerbs are fillers inside a sentence that, first in it, are the
// verb of the activity: "get the plant manager on the call".
var leadingVerbs = map[string]bool{"get": true, "make": true}

// cleanName turns a rep's sentence into a short activity name: lingo
// translated, an aside after " - ", ":" or "(" dropped when what comes before
// says enough, filler at the start dropped, at most twelve words.
func (e *engine) cleanName(text string) string {
	s := e.norm.translateMax(text, nameGlossWords)
	for _, sep := range []string{" - ", " – ", ": ", " (", "; "} {
		if i := strings.Index(s, sep); i > 0 && len(strings.Fields(s[:i])) >= 2 {
			s = s[:i]
		}
	}
	words := strings.Fields(s)
	for len(words) > 1 {
		w := strings.ToLower(strings.Trim(words[0], ",.;:!"))
		if !fillers[w] && w != "to" && w != "and" && w != "then" || leadingVerbs[w] {
			break
		}
		words = words[1:]
	}
	if len(words) > 12 {
		words = words[:12]
	}
	s = strings.TrimRight(strings.Join(words, " "), " ,.;:-–!?")
	return capitalize(s)
}

func dot(a, b sparse) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].id == b[j].id:
			s += float64(a[i].w) * float64(b[j].w)
			i++
			j++
		case a[i].id < b[j].id:
			i++
		default:
			j++
		}
	}
	return s
}

func capitalize(s string) string {
	r, n := utf8.DecodeRuneInString(s)
	if n == 0 || !unicode.IsLower(r) {
		return s
	}
	return string(unicode.ToUpper(r)) + s[n:]
}

// transitions lists the sales transitions of the members, most frequent first.
func transitions(members []*respInfo) []string {
	count := map[string]int{}
	first := map[string]int{}
	for i, m := range members {
		if m.r.FromStage == "" && m.r.ToStage == "" {
			continue
		}
		t := m.r.FromStage + " -> " + m.r.ToStage
		if _, ok := count[t]; !ok {
			first[t] = i
		}
		count[t]++
	}
	out := make([]string, 0, len(count))
	for t := range count {
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool {
		if count[out[i]] != count[out[j]] {
			return count[out[i]] > count[out[j]]
		}
		return first[out[i]] < first[out[j]]
	})
	return out
}

// suggestStage scores every buying stage by the prior of the members' sales
// transitions plus the cue words of their text and goal, and picks the best.
func (e *engine) suggestStage(a *actInfo) {
	if len(e.buying) == 0 {
		return
	}
	scores := make([]float64, len(e.buying))
	priorScores := make([]float64, len(e.buying))
	cueScores := make([]float64, len(e.buying))
	kernel := func(d float64) float64 { return math.Exp(-d * d / (2 * stageSigma * stageSigma)) }
	n := float64(len(a.members))
	priorN := 0
	for _, m := range a.members {
		if m.prior == noStage {
			continue
		}
		priorN++
		for s, p := range e.buyingPos {
			priorScores[s] += stagePriorWeight * kernel(p-m.prior) / n
		}
	}
	type cue struct {
		name string
		w    float64
	}
	var cues []cue
	for _, c := range sortedKeys(a.hits) {
		con := concepts[c]
		if con.stage() == noStage {
			continue
		}
		w := con.stageW * a.hits[c] / n
		cues = append(cues, cue{con.key, w})
		at := e.onBuyingScale(con.pos)
		for s, p := range e.buyingPos {
			cueScores[s] += w * kernel(p-at)
		}
	}
	lean := e.opts.StageLexicon.lean(a.members, e.buyingPos)
	for s := range scores {
		scores[s] = priorScores[s] + cueScores[s]
	}
	without := argmax(scores)
	for s := range scores {
		scores[s] += stageLexWeight * lean[s]
	}
	best, byPrior, byCues := argmax(scores), argmax(priorScores), argmax(cueScores)
	a.BuyingStage = e.buying[best]
	// The reason states the stage chosen and what chose it: the sales
	// transition, the words, or the two together when neither alone
	// points there. A signal that points elsewhere is named as outweighed,
	// so the reason never seems to argue for another stage.
	transition, tPoints, tOutweighs := fmt.Sprintf("its sales transition (%s)", strings.Join(a.SalesTransitions, ", ")), "points", "outweighs"
	if len(a.SalesTransitions) > 1 {
		transition, tPoints, tOutweighs = fmt.Sprintf("its sales transitions (%s)", strings.Join(a.SalesTransitions, ", ")), "point", "outweigh"
	}
	sort.SliceStable(cues, func(i, j int) bool { return cues[i].w > cues[j].w })
	var names []string
	for i, c := range cues {
		if i == 3 {
			break
		}
		names = append(names, c.name)
	}
	words := "its words (" + strings.Join(names, ", ") + ")"
	hasPrior, hasCues := priorN > 0, len(cues) > 0
	var why string
	switch {
	case !hasPrior && !hasCues:
		why = "no transition or cue word; first stage by default"
	case hasPrior && !hasCues:
		why = transition + " " + tPoints + " here; no cue word says otherwise"
	case !hasPrior && hasCues:
		why = words + " point here; no sales transition is known"
	case byPrior == best && byCues == best:
		why = transition + " and " + words + " both point here"
	case byPrior == best:
		why = fmt.Sprintf("%s %s here and %s %s, which lean to %s", transition, tPoints, tOutweighs, words, e.buying[byCues])
	case byCues == best:
		why = fmt.Sprintf("%s point here and outweigh %s, which %s to %s", words, transition, tPoints, e.buying[byPrior])
	default:
		why = fmt.Sprintf("between %s, which %s to %s, and %s, which lean to %s", transition, tPoints, e.buying[byPrior], words, e.buying[byCues])
	}
	if !e.opts.StageLexicon.empty() {
		// What earlier research says: it moved the stage, or agrees.
		research := "earlier research places activities worded like this"
		if ws := e.opts.StageLexicon.words(a.members, e.buyingPos[best], 3); len(ws) > 0 {
			for i, w := range ws {
				ws[i] = e.spelling(a.members, w)
			}
			research += " (" + strings.Join(ws, ", ") + ")"
		}
		switch {
		case without != best:
			var what []string
			if hasPrior {
				what = append(what, transition)
			}
			if hasCues {
				what = append(what, words)
			}
			why = research + " here"
			if len(what) > 0 {
				why += " and outweighs " + strings.Join(what, " and ") + ", which lean to " + e.buying[without]
			}
		case argmax(lean) == best:
			why += "; " + research + " here too"
		}
	}
	a.Reasons = append(a.Reasons, "buying stage "+a.BuyingStage+": "+why)
}

// argmax returns the index of the highest score, the first on a tie.
func argmax(xs []float64) int {
	best := 0
	for i := range xs {
		if xs[i] > xs[best] {
			best = i
		}
	}
	return best
}

// suggestRelevance decides whether Marketing should serve the activity: cue
// words for work with buyers that a tool or material helps (present, prove,
// compare, demo...) against cue words for internal work (CRM, forecast,
// deal desk, scheduling...).
func (e *engine) suggestRelevance(a *actInfo) {
	var score float64
	type side struct {
		key string
		w   float64
	}
	var pros, cons []side
	strongest, strongestW := -1, 0.0
	for _, c := range sortedKeys(a.hits) {
		r := concepts[c].relevance * a.hits[c]
		score += r
		switch {
		case r > 0:
			pros = append(pros, side{concepts[c].key, r})
		case r < 0:
			cons = append(cons, side{concepts[c].key, -r})
		}
		if concepts[c].canonical() && math.Abs(r) > strongestW {
			strongest, strongestW = c, math.Abs(r)
		}
	}
	// Name the three strongest cues on each side.
	top := func(ss []side) []string {
		sort.SliceStable(ss, func(i, j int) bool { return ss[i].w > ss[j].w })
		var out []string
		for i := 0; i < len(ss) && i < 3; i++ {
			out = append(out, ss[i].key)
		}
		return out
	}
	lex := e.opts.StageLexicon
	research := relLexWeight * lex.relLean(a.members)
	cues := score
	score += research
	pro, con := top(pros), top(cons)
	about := func(keys []string) string {
		if len(keys) == 0 {
			return ""
		}
		return ": it is about " + strings.Join(keys, ", ")
	}
	why := ""
	if strongest >= 0 && (score > 0) == (concepts[strongest].relevance > 0) {
		c := concepts[strongest]
		why = fmt.Sprintf("; built-in activity %q: %s", c.title, c.why)
	}
	switch {
	case score > 0:
		a.MarketingRelevant = true
		a.RelevanceReason = "needs a tool or material" + about(pro)
		if len(con) > 0 {
			a.RelevanceReason += " (outweighs " + strings.Join(con, ", ") + ")"
		}
		a.RelevanceReason += why
	case score <= -internalMargin:
		a.RelevanceReason = "internal work Marketing need not serve" + about(con)
		if len(pro) > 0 {
			a.RelevanceReason += " (outweighs " + strings.Join(pro, ", ") + ")"
		}
		a.RelevanceReason += why
	case score < 0:
		// One weak internal cue is not enough: when the activity is called
		// internal, the experts call it buyer work two times in five.
		a.MarketingRelevant = true
		switch {
		case len(con) > 0 && len(pro) > 0:
			a.RelevanceReason = "the cues of internal work (" + strings.Join(con, ", ") + ") barely outweigh those of work with the buyer (" + strings.Join(pro, ", ") + ")"
		case len(con) > 0:
			a.RelevanceReason = "a weak cue of internal work (" + strings.Join(con, ", ") + ") is not enough to call it internal"
		default:
			a.RelevanceReason = "a weak sign of internal work is not enough to call it internal"
		}
		a.RelevanceReason += "; assumed to need support until a user decides"
	default:
		// No cue either way: say so rather than guess silently.
		a.MarketingRelevant = true
		a.RelevanceReason = "no cue word either way; assumed to need support until a user decides"
	}
	if research != 0 {
		// What earlier research says: it decided, or agrees.
		internal := func(x float64) bool { return x <= -internalMargin }
		leansRelevant := research > 0
		said := "earlier research finds activities worded like this"
		if ws := lex.relWords(a.members, leansRelevant, 3); len(ws) > 0 {
			for i, w := range ws {
				ws[i] = e.spelling(a.members, w)
			}
			said += " (" + strings.Join(ws, ", ") + ")"
		}
		if leansRelevant {
			said += " need a tool or material"
		} else {
			said += " internal"
		}
		switch {
		case internal(cues) != internal(score):
			a.RelevanceReason += "; " + said + ", which decides it"
		case leansRelevant == a.MarketingRelevant:
			a.RelevanceReason += "; " + said + " too"
		}
	}
}

// population counts the distinct reps, roles and regions of the interviews
// that have responses, the denominators of the need score.
func (e *engine) population() (reps, roles, regions int) {
	rs, ro, rg := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, ri := range e.resp {
		iv := e.interviews[ri.r.InterviewID]
		rs[repKey(iv, ri.r)] = true
		if k := strings.ToLower(strings.TrimSpace(iv.Role)); k != "" {
			ro[k] = true
		}
		if k := strings.ToLower(strings.TrimSpace(iv.Region)); k != "" {
			rg[k] = true
		}
	}
	return len(rs), len(ro), len(rg)
}

func repKey(iv enablemap.Interview, r enablemap.Response) string {
	if k := strings.ToLower(strings.TrimSpace(iv.Interviewee)); k != "" {
		return k
	}
	return "interview:" + r.InterviewID
}

func distinctReps(e *engine, members []*respInfo) int {
	seen := map[string]bool{}
	for _, m := range members {
		seen[repKey(e.interviews[m.r.InterviewID], m.r)] = true
	}
	return len(seen)
}

// Need score weights: needs are what is consistent across people, so the
// share of reps counts most, then the spread over roles and regions.
const (
	needWeightReps    = 0.6
	needWeightRoles   = 0.25
	needWeightRegions = 0.15
)

// needScore fills Reps, Roles, Regions and NeedScore =
// 0.6·reps/allReps + 0.25·roles/allRoles + 0.15·regions/allRegions, in [0,1].
func (e *engine) needScore(a *actInfo, allReps, allRoles, allRegions int) {
	rs, ro, rg := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for _, m := range a.members {
		iv := e.interviews[m.r.InterviewID]
		rs[repKey(iv, m.r)] = true
		if k := strings.ToLower(strings.TrimSpace(iv.Role)); k != "" {
			ro[k] = true
		}
		if k := strings.ToLower(strings.TrimSpace(iv.Region)); k != "" {
			rg[k] = true
		}
	}
	a.Reps, a.Roles, a.Regions = len(rs), len(ro), len(rg)
	share := func(x, all int) float64 {
		if all == 0 {
			return 0
		}
		return float64(x) / float64(all)
	}
	s := needWeightReps*share(a.Reps, allReps) + needWeightRoles*share(a.Roles, allRoles) + needWeightRegions*share(a.Regions, allRegions)
	a.NeedScore = math.Round(s*1000) / 1000
}

// materialKinds lists the kinds of material that would serve an activity,
// from the concepts it speaks of, strongest first.
func materialKinds(canon int, hits map[int]float64) []string {
	cs := sortedKeys(hits)
	sort.SliceStable(cs, func(i, j int) bool { return hits[cs[i]] > hits[cs[j]] })
	if canon >= 0 {
		// The built-in activity most members describe comes first.
		cs = append([]int{canon}, cs...)
	}
	var out []string
	seen := map[string]bool{}
	for _, c := range cs {
		for _, k := range concepts[c].kinds {
			if !seen[k] && len(out) < 4 {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	if len(out) == 0 {
		out = []string{"talk track", "how-to guide", "email template"}
	}
	return out
}

// applyActivityDecisions applies rename, move, relevance and accept in Seq
// order; the activity is found through any of its responses.
func (e *engine) applyActivityDecisions(acts []*actInfo) {
	of := map[string]*actInfo{}
	for _, a := range acts {
		for _, id := range a.ResponseIDs {
			of[id] = a
		}
	}
	for _, d := range e.dec.activity {
		a, ok := of[d.ResponseID]
		if !ok {
			continue // the response is a want
		}
		switch d.Kind {
		case enablemap.Rename:
			if t := strings.TrimSpace(d.Text); t != "" {
				a.Name, a.NameState = t, enablemap.Confirmed
				a.Reasons = append(a.Reasons, decidedReason("renamed", d.Reason))
			}
		case enablemap.Move:
			if s, ok := e.stageNamed(d.Text); ok {
				a.BuyingStage, a.StageState = s, enablemap.Confirmed
				a.Reasons = append(a.Reasons, decidedReason("placed on buying stage "+s, d.Reason))
			}
		case enablemap.Relevance:
			v := strings.EqualFold(strings.TrimSpace(d.Text), "true")
			a.MarketingRelevant, a.RelevanceState = v, enablemap.Confirmed
			what := "not marketing relevant"
			if v {
				what = "marketing relevant"
			}
			a.RelevanceReason = decidedReason(what, d.Reason)
		case enablemap.Accept:
			a.State, a.NameState, a.StageState, a.RelevanceState = enablemap.Confirmed, enablemap.Confirmed, enablemap.Confirmed, enablemap.Confirmed
			a.Reasons = append(a.Reasons, decidedReason("accepted", d.Reason))
		}
	}
}

// stageNamed finds a buying stage by name, case-insensitively; a stage the
// project does not have is kept as given so the user's word stands.
func (e *engine) stageNamed(s string) (string, bool) {
	s = strings.TrimSpace(s)
	if s == "" {
		return "", false
	}
	for _, b := range e.buying {
		if strings.EqualFold(b, s) {
			return b, true
		}
	}
	return s, true
}
