package analysis

import (
	"math"
	"slices"
	"sort"
	"strings"
)

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
	canonPost         = 6.0 // after the purchase: switching over, rolling out
	canonPostLate     = 7.0 // living with it: using, reviewing, renewing
	noStage           = -1.0
)

// conceptIndex finds concept cues in stem sequences.
type conceptIndex struct {
	byFirst map[string][]cueRef // first stem -> cues, longest first
	dfScale map[string]float64
}

type cueRef struct {
	concept int
	stems   []string
	w       float64 // strength of the cue: longer phrases say more, weak cues less
}

// Strength of cues: a phrase of several words is more specific than one word;
// a weak cue points at an activity but is said of others too.
const (
	cueWeightExtraWord = 0.25
	cueWeightWeak      = 0.5
)

func newConceptIndex(n *normalizer) *conceptIndex {
	return buildConceptIndex(n, false)
}

// newMaterialIndex is the concept index for materials: the cues of the
// activities plus the words that name a material serving them ("battle
// card", "datasheet", "price book").
func newMaterialIndex(n *normalizer) *conceptIndex {
	return buildConceptIndex(n, true)
}

func buildConceptIndex(n *normalizer, materials bool) *conceptIndex {
	ci := &conceptIndex{byFirst: map[string][]cueRef{}}
	add := func(i int, cue string, weak bool) {
		st := n.phrase(cue)
		if len(st) == 0 {
			return
		}
		w := 1 + cueWeightExtraWord*float64(len(st)-1)
		if weak {
			w = cueWeightWeak
		}
		for _, r := range ci.byFirst[st[0]] {
			if r.concept == i && slices.Equal(r.stems, st) {
				return // two spellings that normalise alike count once
			}
		}
		ci.byFirst[st[0]] = append(ci.byFirst[st[0]], cueRef{concept: i, stems: st, w: w})
	}
	for i, c := range concepts {
		for _, cue := range c.cues {
			add(i, cue, false)
		}
		for _, cue := range c.weak {
			add(i, cue, true)
		}
		if materials {
			for _, cue := range c.matCues {
				add(i, cue, false)
			}
		}
	}
	for k, refs := range ci.byFirst {
		// Longest first so "implementation plan" wins over "implementation".
		sort.SliceStable(refs, func(i, j int) bool { return len(refs[i].stems) > len(refs[j].stems) })
		ci.byFirst[k] = refs
	}
	return ci
}

// cueHit is one cue found in a text.
type cueHit struct {
	concept int
	at      int     // index of the first term of the cue
	w       float64 // cue strength times the weight of the text it came from
}

// scan finds the cues in the terms. At each position the longest matching
// phrase wins (every concept that has it counts) and the scan moves past it,
// so "risk assessment" is a security review, not an assessment.
func (ci *conceptIndex) scan(ts []term) []cueHit {
	var hits []cueHit
	for i := 0; i < len(ts); {
		if ts[i].name {
			i++ // a proper name names no activity
			continue
		}
		matched := 0
		for _, ref := range ci.byFirst[ts[i].stem] {
			if len(ref.stems) < matched {
				break
			}
			if i+len(ref.stems) > len(ts) {
				continue
			}
			ok := true
			for j, s := range ref.stems {
				if ts[i+j].stem != s || ts[i+j].name {
					ok = false
					break
				}
			}
			if ok {
				matched = len(ref.stems)
				w := ts[i].w * ref.w
				if len(ref.stems) == 1 && ci.dfScale != nil {
					if f, ok := ci.dfScale[ref.stems[0]]; ok {
						w *= f
					}
				}
				hits = append(hits, cueHit{concept: ref.concept, at: i, w: w})
			}
		}
		i += max(matched, 1)
	}
	return hits
}

// find returns, for each concept named in the terms, the summed strength of
// its cues.
func (ci *conceptIndex) find(ts []term) map[int]float64 {
	var out map[int]float64
	for _, h := range ci.scan(ts) {
		if out == nil {
			out = map[int]float64{}
		}
		out[h.concept] += h.w
	}
	return out
}

// focusBonus is added to the canonical activity a text names first: a
// response that names two activities is about the first one.
const focusBonus = 0.3

// otherCueShare is how much the second and later cues of one activity add:
// repeating "partner" three times is not three times the evidence.
const otherCueShare = 0.5

// label is a response's weight on one canonical activity.
type label struct {
	concept int
	w       float64
}

// labels scores the canonical activities the terms name, strongest first
// (ties by concept order), with the focus bonus applied.
func (ci *conceptIndex) labels(ts []term) []label {
	var hits []cueHit
	for _, h := range ci.scan(ts) {
		if concepts[h.concept].canonical() {
			hits = append(hits, h)
		}
	}
	if len(hits) == 0 {
		return nil
	}
	best := map[int]float64{}
	sum := map[int]float64{}
	for _, h := range hits {
		sum[h.concept] += h.w
		best[h.concept] = max(best[h.concept], h.w)
	}
	out := make([]label, 0, len(best))
	for _, c := range sortedKeys(best) {
		w := best[c] + otherCueShare*(sum[c]-best[c])
		if c == hits[0].concept {
			w += focusBonus
		}
		out = append(out, label{c, w})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].w > out[j].w })
	return out
}

// primary returns the canonical activity the terms are most about and its
// strength; -1 when they name none.
func (ci *conceptIndex) primary(ts []term) (int, float64) {
	ls := ci.labels(ts)
	if len(ls) == 0 {
		return -1, 0
	}
	return ls[0].concept, ls[0].w
}

// stageNameCues place a buying stage on the canonical scale from its name.
// They are checked in order; the first cue found in the name decides, so more
// specific cues come first ("post-purchase" before "purchase").
var stageNameCues = []struct {
	cue string
	pos float64
}{
	{"post", canonPost}, {"onboard", canonPost}, {"adopt", canonPost},
	{"implement", canonPost}, {"deploy", canonPost}, {"rollout", canonPost}, {"roll-out", canonPost},
	{"roll out", canonPost}, {"roll it out", canonPost}, {"rolling out", canonPost}, {"rolling it out", canonPost}, {"activat", canonPost},
	{"go live", canonPost}, {"go-live", canonPost}, {" live ", canonPost}, {"install", canonPost},
	{"set up", canonPost}, {"setup", canonPost}, {"kick off", canonPost}, {"kickoff", canonPost},
	{"switch over", canonPost}, {"switching over", canonPost}, {"switchover", canonPost},
	{"changeover", canonPost}, {"change over", canonPost}, {"closed out", canonPost}, {"close out", canonPost}, {"closeout", canonPost}, {"cut over", canonPost}, {"cutover", canonPost}, {"cutting over", canonPost}, {" getting it in before ", canonPost}, {" to use them ", canonPost}, {" to use it ", canonPost}, {" get it in before ", canonPost}, {" putting it in ", canonPost},

	{"retention", canonPostLate}, {"retain", canonPostLate}, {"renew", canonPostLate}, {"expan", canonPostLate},
	{"advoca", canonPostLate}, {"loyalty", canonPostLate}, {"value realization", canonPostLate},
	{"value realisation", canonPostLate}, {"customer success", canonPostLate}, {"usage", canonPostLate},
	{" using ", canonPostLate}, {"living with", canonPostLate}, {" running it ", canonPostLate}, {" money worth ", canonPostLate}, {" next year ", canonPostLate}, {"operat", canonPostLate}, {" keep", canonPostLate}, {" stay ", canonPostLate},
	{"problem", canonProblem}, {"need recognition", canonProblem}, {"awareness", canonProblem},
	{"aware", canonProblem}, {"trigger", canonProblem}, {"pain", canonProblem}, {"recogni", canonProblem},
	{"realiz", canonProblem}, {"realis", canonProblem},
	{"explor", canonExploration}, {"information search", canonExploration}, {"information gathering", canonExploration}, {"gather information", canonExploration}, {"search", canonExploration},
	{"research", canonExploration}, {"interest", canonExploration}, {"education", canonExploration},
	{"learn", canonExploration},
	{"requirement", canonRequirements}, {"criteria", canonRequirements}, {"specification", canonRequirements},
	{"scoping", canonRequirements}, {"needs", canonRequirements}, {"define", canonRequirements},
	{" pin down", canonRequirements},
	{"consideration", 2.5},
	{"selection", canonSelection}, {"supplier", canonSelection}, {"vendor", canonSelection},
	{"evaluat", canonSelection}, {"alternative", canonSelection}, {"compar", canonSelection},
	{"shortlist", canonSelection},
	{"validat", canonValidation}, {"proof", canonValidation}, {"trial", canonValidation},
	{"due diligence", canonValidation}, {"justif", canonValidation}, {"verif", canonValidation},
	{" try ", canonValidation}, {" test ", canonValidation}, {" trying ", canonValidation},
	{"make sure", canonValidation},
	{"consensus", canonDecision}, {"decision", canonDecision}, {"decid", canonDecision}, {"purchase", canonDecision},
	{"commit", canonDecision}, {"approv", canonDecision}, {"negotiat", canonDecision}, {" sign", canonDecision},
	{" contract ", canonDecision}, {" contracts ", canonDecision}, {" contracting ", canonDecision}, {"subcontract", canonDecision}, {"buy", canonDecision}, {"close", canonDecision}, {"procure", canonDecision},
	{"go ahead", canonDecision}, {" say yes ", canonDecision}, {" yes ", canonDecision}, {" agree ", canonDecision}, {" agreeing ", canonDecision}, {"agreement", canonDecision},
	// Choosing is selection, unless the name says more ("Choose and get
	// approval" is the decision: the cues above come first).
	{" pick", canonSelection}, {"choos", canonSelection}, {" chose", canonSelection},
}

// keepInOrder unmarks the recognised positions that break the order: it
// keeps the longest non-decreasing run of them, and of runs as long, the one
// whose positions are nearest to where the stages' places in the list would
// put them on the scale.
func keepInOrder(pos []float64, known []bool) {
	const farFromPlace = 3.0
	n := len(pos)
	expected := func(i int) float64 {
		if n == 1 {
			return canonSelection
		}
		return canonPost * float64(i) / float64(n-1)
	}
	count := make([]int, n)
	dev := make([]float64, n)
	prev := make([]int, n)
	best := -1
	for i := range pos {
		if known[i] && math.Abs(pos[i]-expected(i)) > farFromPlace {
			known[i] = false
		}
		if !known[i] {
			continue
		}
		count[i], dev[i], prev[i] = 1, math.Abs(pos[i]-expected(i)), -1
		for j := 0; j < i; j++ {
			if !known[j] || pos[j] > pos[i] {
				continue
			}
			c, d := count[j]+1, dev[j]+math.Abs(pos[i]-expected(i))
			if c > count[i] || c == count[i] && d < dev[i] {
				count[i], dev[i], prev[i] = c, d, j
			}
		}
		if best < 0 || count[i] > count[best] || count[i] == count[best] && dev[i] < dev[best] {
			best = i
		}
	}
	keep := make([]bool, n)
	for i := best; i >= 0; i = prev[i] {
		keep[i] = true
	}
	for i := range known {
		known[i] = known[i] && keep[i]
	}
	// Two stages before the purchase cannot be at one place ("Getting the
	// materials approved", "Buying out the job"): of those that are, the
	// one nearest where its place in the list puts it keeps the place, the
	// others are placed between their neighbours.
	for i := range pos {
		if !known[i] || pos[i] >= canonPost {
			continue
		}
		for j := i + 1; j < n; j++ {
			if !known[j] || pos[j] != pos[i] {
				continue
			}
			if math.Abs(pos[j]-expected(j)) < math.Abs(pos[i]-expected(i)) {
				known[i] = false
				break
			}
			known[j] = false
		}
	}
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
		name := " " + strings.Join(rawTokens(s), " ") + " "
		for _, c := range stageNameCues {
			if strings.Contains(name, c.cue) {
				pos[i], known[i] = c.pos, true
				break
			}
		}
	}
	// Enforce order: the recognised names kept are the most that are in
	// order, and among as many, those nearest where their place in the list
	// puts them ("Working out where our gear could live" is no go-live when
	// "Getting it approved and signed" comes after it); the others are
	// treated as unrecognised.
	keepInOrder(pos, known)
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
				// Nothing but the life after the purchase comes after the
				// decision: the first stage after it is switching over, the
				// next ones living with it.
				pos[i] = min(max(loPos+0.5*float64(i-lo), canonPost+float64(i-lo-1)), max(canonPostLate, loPos+0.5*float64(i-lo)))
			}
			continue
		}
		pos[i] = loPos + (hiPos-loPos)*float64(i-lo)/float64(hi-lo)
	}
	// One stage after the purchase (or several at one place) holds all
	// of the life after it: the early and late kinds are told apart only
	// when the project has stages for both.
	if len(postPositions(pos)) == 1 {
		for i := range pos {
			if pos[i] >= canonPost {
				pos[i] = canonPost
			}
		}
	}
	return pos
}

// postPositions returns the distinct positions of the stages after the
// purchase, in order.
func postPositions(pos []float64) []float64 {
	var out []float64
	for _, p := range pos {
		if p >= canonPost && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// unitLabels returns the labels as a unit vector in concept order, so that
// the dot product of two says how alike their canonical activities are.
func unitLabels(ls []label) []label {
	if len(ls) == 0 {
		return nil
	}
	out := append([]label(nil), ls...)
	sort.Slice(out, func(i, j int) bool { return out[i].concept < out[j].concept })
	var n float64
	for _, l := range out {
		n += l.w * l.w
	}
	n = math.Sqrt(n)
	for i := range out {
		out[i].w /= n
	}
	return out
}

// labelSim is the dot product of two unit label vectors.
func labelSim(a, b []label) float64 {
	var s float64
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		switch {
		case a[i].concept == b[j].concept:
			s += a[i].w * b[j].w
			i++
			j++
		case a[i].concept < b[j].concept:
			i++
		default:
			j++
		}
	}
	return s
}

// materialLabels scores the canonical activities a material's fields name
// (the terms carry the weight of their field), strongest first.
func (ci *conceptIndex) materialLabels(ts []term) []label {
	best := map[int]float64{}
	sum := map[int]float64{}
	for _, h := range ci.scan(ts) {
		// Internal work takes no material: a "SOC 2 report (NDA)" is about
		// security, not about the non-disclosure agreement.
		if c := concepts[h.concept]; !c.canonical() || c.relevance < 0 {
			continue
		}
		sum[h.concept] += h.w
		best[h.concept] = max(best[h.concept], h.w)
	}
	out := make([]label, 0, len(best))
	for _, c := range sortedKeys(best) {
		out = append(out, label{c, best[c] + otherCueShare*(sum[c]-best[c])})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].w > out[j].w })
	return out
}

// allCueStems returns the stems of every cue.
func (ci *conceptIndex) allCueStems() map[string]bool {
	out := map[string]bool{}
	for _, refs := range ci.byFirst {
		for _, r := range refs {
			for _, s := range r.stems {
				out[s] = true
			}
		}
	}
	return out
}

// conceptsIn lists the canonical activities the terms name, in concept order.
func (ci *conceptIndex) conceptsIn(ts []term) []int {
	var out []int
	for _, h := range ci.scan(ts) {
		if concepts[h.concept].canonical() && !slices.Contains(out, h.concept) {
			out = append(out, h.concept)
		}
	}
	slices.Sort(out)
	return out
}
