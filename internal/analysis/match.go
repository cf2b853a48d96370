package analysis

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"regexp"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/kljensen/snowball/english"
)

// Weights of the parts of a material and of an activity in matching.
const (
	matchWeightTitle       = 1.0
	matchWeightType        = 1.0
	matchWeightTags        = 0.8
	matchWeightDescription = 0.6
	matchWeightGoal        = 0.5
	matchWeightConcept     = 1.0
	// matchWeightNotes weighs the interviewer's notes on the members: they
	// often name the piece the rep uses ("uses the savings calc").
	matchWeightNotes = 1.0
	// unknownWordWeight is how much a material word no activity uses counts
	// in the material's length: a material mostly about other things fits
	// less well, but its own jargon should not drown a clear match.
	unknownWordWeight = 0.5
	// secondMatchShare is how close to the best score another match must be
	// to be suggested too (and so to cover its activity: experts map a
	// piece to every activity it serves, not only the best).
	secondMatchShare = 0.5
	// matchWeightLabel is the share of the score that comes from the
	// canonical activities both name (a "Battle Card" serves "position vs
	// the incumbent"), the rest from the words they share.
	matchWeightLabel = 0.5
	// labelStageFloor and labelStageSigma weigh a built-in activity's label
	// by how near an activity's stage is to where that built-in happens.
	labelStageFloor = 0.6
	labelStageSigma = 1.0
)

// matchMaterials scores every material against every activity through an
// inverted index over the activities' features, sets aside what fits none (or
// shows a general sign of not being a sales tool), and applies the material
// decisions. Of activities about the same built-in activity it prefers the
// one at the built-in's stage; plain holds the verdicts without that
// preference, for plainCoverage.
func (e *engine) matchMaterials(acts []*actInfo) (analyses, plain []enablemap.MaterialAnalysis) {
	mats := append([]enablemap.Material(nil), e.ws.Materials...)
	sort.SliceStable(mats, func(i, j int) bool { return mats[i].Position < mats[j].Position })

	v := newVocab()
	actVecs := e.activityVectors(acts, v)
	type posting struct {
		act int32
		w   float32
	}
	postings := make([][]posting, len(v.ids))
	for a, vec := range actVecs {
		for _, f := range vec {
			postings[f.id] = append(postings[f.id], posting{int32(a), f.w})
		}
	}
	nActs := float64(len(acts))
	df := make([]int, len(v.ids))
	for id, ps := range postings {
		df[id] = len(ps)
	}
	names := v.names()

	sunset := e.sunsetProducts(mats)
	older := olderVersions(mats)
	renames := glossaryRenames(e.ws.Glossary)
	research := e.researchWords()
	var titles []string
	if len(renames) > 0 {
		titles = make([]string, len(mats))
		for i, m := range mats {
			titles[i] = " " + strings.Join(rawTokens(m.Title), " ") + " "
		}
	}
	if e.signals == nil {
		// The reps' activities as stems, to find the signs they name in
		// any form ("recruiters" names recruiting). They do not depend on
		// the roll-up: the second matching reuses them.
		stems := func(text string) string {
			var b strings.Builder
			b.WriteByte(' ')
			ts, _ := e.norm.normalizeWith(text, 1, false, nil)
			for _, t := range ts {
				b.WriteString(t.stem)
				b.WriteByte(' ')
			}
			return b.String()
		}
		// What the reps do, the roles they hold ("Program Advisor - Open
		// Enrollment") and what the glossary says the company's words mean
		// ("OE = open-enrollment programs") show the company's own work.
		var reps, work []string
		roles := map[string]bool{}
		for _, ri := range e.resp {
			if !ri.want {
				reps = append(reps, stems(ri.r.Activity))
			}
			if role := e.interviews[ri.r.InterviewID].Role; role != "" && !roles[role] {
				roles[role] = true
				work = append(work, stems(role))
			}
		}
		for _, g := range e.ws.Glossary {
			work = append(work, stems(g.Term+" "+g.Meaning))
		}
		sg := newSignals(reps, append(work, reps...), stems)
		sg.asOf = researchDate(e.ws.Interviews)
		e.signals = &sg
	}
	signals := *e.signals
	of := map[string]*actInfo{}
	for _, a := range acts {
		for _, id := range a.ResponseIDs {
			of[id] = a
		}
	}
	md := e.materialDecisions(of)
	if !e.mentionsDone {
		e.mentions, e.mentionsDone = e.noteMentions(mats), true
	}

	actLabels, actsByLabel := activityLabels(acts)
	// Each activity's place on the canonical buying scale, to prefer, of
	// two activities about the same built-in activity, the one at its
	// stage (a reference list serves the reference calls before the sale,
	// not the recruiting of references after it).
	actAt := make([]float64, len(acts))
	for i, a := range acts {
		actAt[i] = noStage
		for k, st := range e.buying {
			if st == a.BuyingStage {
				actAt[i] = e.buyingPos[k]
			}
		}
	}
	matchOne := func(w *matchWorker, m enablemap.Material) (enablemap.MaterialAnalysis, enablemap.MaterialAnalysis) {
		d := md[m.ID]
		// A general sign that this is not a sales tool sets the material
		// aside whatever it matches, unless a user decided about it: then
		// there is nothing to score and no reason to write.
		signal := signals.check(w, m)
		if signal == "" {
			signal = sunset.reason(m)
		}
		if signal == "" {
			signal = renamedReason(m, renames, titles)
		}
		if signal == "" {
			signal = e.offTopicReason(m, research)
		}
		if signal == "" {
			signal = older[m.ID]
		}
		if signal == "" && classicEdition(m.Title, m.Tags) && !w.glossClassic {
			signal = "set aside: its title names a \"Classic\" edition, the old generation of a product, not a tool for a sales activity"
		}
		if signal != "" && d.setAside == nil && len(d.confirmed) == 0 {
			ma := enablemap.MaterialAnalysis{
				MaterialID: m.ID, Title: m.Title, Type: m.Type, Matches: []enablemap.Match{},
				SetAside: true, SetAsideState: enablemap.Suggested, SetAsideReason: signal,
			}
			return ma, ma
		}
		acc, mark, touched := w.acc, w.mark, w.touched[:0]
		defer func() { w.touched = touched }()
		mv, ml, where := e.materialVector(w, m, v, func(id int32) float64 {
			if df[id] == 0 {
				return unknownWordWeight * math.Log(1+nActs)
			}
			return math.Log(1 + nActs/float64(df[id]))
		}, unknownWordWeight*math.Log(1+nActs))
		if audienceTitle(m.Title) {
			ml, where.title = withAudienceLabel(ml, where.title)
		}
		mlv := unitLabels(ml)
		touched = touched[:0]
		for _, f := range mv {
			for _, p := range postings[f.id] {
				if !mark[p.act] {
					mark[p.act] = true
					touched = append(touched, int(p.act))
				}
				acc[p.act] += float64(f.w) * float64(p.w)
			}
		}
		// Activities of the canonical activity the material serves are
		// candidates even when they share no word with it.
		for _, l := range mlv {
			for _, a := range actsByLabel[l.concept] {
				if !mark[a] {
					mark[a] = true
					touched = append(touched, a)
				}
			}
		}
		cands := w.cands[:0]
		defer func() { w.cands = cands }()
		conf, labelAt := 0.0, noStage
		if len(ml) > 0 {
			conf = math.Min(1, ml[0].w)
			if c := concepts[ml[0].concept]; c.stage() != noStage {
				labelAt = e.onBuyingScale(c.pos)
			}
		}
		for _, a := range touched {
			sc := math.Min(acc[a], 1)
			plain := sc
			if len(mlv) > 0 {
				// The built-in activity a material names adds to the
				// words, and never takes from them: a material whose words
				// are an activity's words serves it, whatever its type
				// names ("Capabilities brochure" and "send the
				// capabilities brochure before the walk").
				ls := labelSim(mlv, actLabels[a])
				plain = math.Max(sc, (1-matchWeightLabel)*sc+matchWeightLabel*conf*ls)
				if labelAt != noStage && actAt[a] != noStage {
					d := actAt[a] - labelAt
					ls *= labelStageFloor + (1-labelStageFloor)*math.Exp(-d*d/(2*labelStageSigma*labelStageSigma))
				}
				sc = math.Max(sc, (1-matchWeightLabel)*sc+matchWeightLabel*conf*ls)
			}
			cands = append(cands, cand{a, sc, plain})
			acc[a], mark[a] = 0, false
		}
		// An activity whose rep names the material in a note gains
		// mentionBoost over its word score (and reaches at least the
		// threshold).
		if named := e.namedBy(m.ID, of, acts); len(named) > 0 {
			for k, a := range named {
				sc := max(e.opts.MatchThreshold, mentionBoost-float64(k)*1e-3)
				found := false
				for i := range cands {
					if cands[i].act == a {
						cands[i].score = max(sc, min(1, cands[i].score+mentionBoost))
						cands[i].plain = max(sc, min(1, cands[i].plain+mentionBoost))
						found = true
					}
				}
				if !found {
					cands = append(cands, cand{a, sc, sc})
				}
			}
		}
		// The best candidate by the score without the stage weight, for the
		// coverage that decides which pieces of the roll-up join.
		plainBest, plainScore := -1, 0.0
		for _, c := range cands {
			if a := acts[c.act]; d.rejected[a] || d.isConfirmed(a) {
				continue
			}
			if c.plain > plainScore || c.plain == plainScore && plainBest >= 0 && c.act < plainBest {
				plainBest, plainScore = c.act, c.plain
			}
		}
		// Only the best few are ever used: keep them, best first, rather
		// than sort every candidate.
		keepN := e.opts.MaxMatches + len(d.rejected) + len(d.confirmed) + 1
		if d.keep() {
			keepN += e.opts.MaxMatches
		}
		cands = topCandidates(cands, keepN, func(x, y cand) bool {
			if x.score != y.score {
				return x.score > y.score
			}
			return x.act < y.act
		})
		scoreOf := func(a int) float64 {
			for _, c := range cands {
				if c.act == a {
					return c.score
				}
			}
			return 0
		}
		actIndex := func(a *actInfo) int {
			for i := range acts {
				if acts[i] == a {
					return i
				}
			}
			return -1
		}

		ma := enablemap.MaterialAnalysis{MaterialID: m.ID, Title: m.Title, Type: m.Type, Matches: []enablemap.Match{}, SetAsideState: enablemap.Suggested}
		// Decided matches first, in the order they were decided.
		for _, a := range d.confirmed {
			i := actIndex(a)
			ma.Matches = append(ma.Matches, enablemap.Match{
				ActivityID: a.ID, Score: round3(scoreOf(i)), State: enablemap.Confirmed,
				Reasons: []string{decidedReason("confirmed this match", d.confirmReason[a])},
			})
		}
		var best float64
		for _, c := range cands {
			a := acts[c.act]
			if d.rejected[a] || d.isConfirmed(a) {
				continue
			}
			if best == 0 {
				best = c.score
			}
			if len(ma.Matches) >= e.opts.MaxMatches || c.score < e.opts.MatchThreshold || c.score < best*secondMatchShare {
				break
			}
			reasons := e.matchReasons(mv, actVecs[c.act], names, where, m, ml, actLabels[c.act])
			if ms := mentionsIn(e.mentions[m.ID], a); len(ms) > 0 {
				reasons = append([]string{mentionReason(ms)}, reasons...)
			}
			ma.Matches = append(ma.Matches, enablemap.Match{
				ActivityID: a.ID, Score: round3(c.score), State: enablemap.Suggested,
				Reasons: reasons,
			})
		}

		// Set aside: a decision wins; otherwise a general sign that this is
		// not a sales tool, or no activity whose words support it.
		if signal == "" && len(ml) > 0 && ml[0].w >= 1 && concepts[ml[0].concept].pos > postLate && len(actsByLabel[ml[0].concept]) == 0 &&
			len(e.mentions[m.ID]) == 0 && (len(ma.Matches) == 0 || ma.Matches[0].Score < postSaleFit) {
			// Material for the life after the sale (renewal decks, business
			// reviews) serves a sales activity only when a rep named one:
			// the material itself in a note, an activity of that kind, or
			// an activity it fits well.
			// Material for switching over (a quick start, a kickoff deck)
			// serves the work of onboarding, which reps name in words of
			// their own.
			signal = fmt.Sprintf("set aside: it serves %q (built-in activity), which happens after the sale and no rep named", concepts[ml[0].concept].title)
		}
		if signal == "" && d.setAside == nil && len(ma.Matches) == 0 {
			if format := buyerContentFormat(m); format != "" {
				if i, c := topOfFunnelActivity(acts); i >= 0 && !d.rejected[acts[i]] {
					// A blog post or an eBook rarely shares the words of a
					// rep's activity, yet it is made for buyers not yet in a
					// deal: it serves the activity that reaches them.
					ma.Matches = append(ma.Matches, enablemap.Match{
						ActivityID: acts[i].ID, Score: round3(scoreOf(i)), State: enablemap.Suggested,
						Reasons: []string{fmt.Sprintf("%s %s is content for buyers not yet in a deal, which %q (built-in activity) reaches; its words fit no activity at %.2f", article(format), format, concepts[c].title, e.opts.MatchThreshold)},
					})
				}
			}
		}
		switch {
		case d.setAside != nil:
			ma.SetAside, ma.SetAsideState = *d.setAside, enablemap.Confirmed
			if ma.SetAside {
				ma.SetAsideReason = decidedReason("set aside", d.setAsideReason)
			} else {
				ma.SetAsideReason = decidedReason("kept", d.setAsideReason)
			}
		case len(d.confirmed) > 0:
			ma.SetAsideState = enablemap.Confirmed
			ma.SetAsideReason = "decided by a user: a match was confirmed"
		case signal != "":
			ma.SetAside = true
			ma.SetAsideReason = signal
		case len(ma.Matches) == 0:
			ma.SetAside = true
			if best > 0 {
				ma.SetAsideReason = fmt.Sprintf("no activity fits well enough: the best score is %.2f, below %.2f", best, e.opts.MatchThreshold)
			} else {
				ma.SetAsideReason = "no activity shares any of its words"
			}
		}
		if ma.SetAside {
			ma.Matches = []enablemap.Match{}
		} else if len(ma.Matches) == 0 {
			// Kept by a user but nothing fits: offer the closest candidates
			// so the user can confirm one.
			for _, c := range cands {
				a := acts[c.act]
				if d.rejected[a] || len(ma.Matches) >= e.opts.MaxMatches {
					continue
				}
				r := append([]string{fmt.Sprintf("below the match threshold %.2f", e.opts.MatchThreshold)}, e.matchReasons(mv, actVecs[c.act], names, where, m, ml, actLabels[c.act])...)
				ma.Matches = append(ma.Matches, enablemap.Match{ActivityID: a.ID, Score: round3(c.score), State: enablemap.Suggested, Reasons: r})
			}
		}
		// The same verdict by the score without the stage weight: only what
		// covers an activity (the confirmed matches, then the best one).
		pm := enablemap.MaterialAnalysis{MaterialID: m.ID, SetAside: ma.SetAside}
		if ma.SetAside && d.setAside == nil && len(d.confirmed) == 0 && signal == "" && plainScore >= e.opts.MatchThreshold {
			pm.SetAside = false // set aside only because the stage weight lowered its best score
		}
		if !pm.SetAside {
			for _, mt := range ma.Matches {
				if mt.State == enablemap.Confirmed {
					pm.Matches = append(pm.Matches, mt)
				}
			}
			if plainBest >= 0 && plainScore >= e.opts.MatchThreshold {
				pm.Matches = append(pm.Matches, enablemap.Match{ActivityID: acts[plainBest].ID, Score: round3(plainScore), State: enablemap.Suggested})
			}
		}
		return ma, pm
	}
	// Materials are independent of each other: they are matched by a few
	// workers, each with its own normaliser (its caches are not shared), and
	// every result goes to the material's own slot, so the output is the
	// same whatever the number of workers.
	out := make([]enablemap.MaterialAnalysis, len(mats))
	plain = make([]enablemap.MaterialAnalysis, len(mats))
	glossTerms, consumerTags := glossaryTerms(e.ws.Glossary), consumerTagsOf(mats)
	for tag := range consumerTags {
		if e.repsSellTo(tag) {
			delete(consumerTags, tag)
		}
	}
	glossClassic := classicIsCurrent(e.ws.Glossary)
	segmentTags := segmentTagsOf(mats)
	for _, c := range setAsideTagCues {
		if subjectTagCue[c.cue] && e.repsSellTo(c.cue) {
			if segmentTags == nil {
				segmentTags = map[string]bool{}
			}
			segmentTags[c.cue] = true
		}
	}
	workers := min(runtime.GOMAXPROCS(0), maxMatchWorkers, max(1, len(mats)/minMaterialsPerWorker))
	var wg sync.WaitGroup
	for k := 0; k < workers; k++ {
		lo, hi := k*len(mats)/workers, (k+1)*len(mats)/workers
		w := &matchWorker{
			norm: newNormalizer(e.ws.Glossary), acc: make([]float64, len(acts)), mark: make([]bool, len(acts)),
			tagCache: map[string]string{}, glossTerms: glossTerms, consumerTags: consumerTags, glossClassic: glossClassic, segmentTags: segmentTags,
		}
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := lo; i < hi; i++ {
				out[i], plain[i] = matchOne(w, mats[i])
			}
		}()
	}
	wg.Wait()
	e.linkMaterials(acts, out)
	return out, plain
}

// plainCoverage returns copies of the activities covered as the matching
// would cover them without weighing a material's built-in label by the
// activity's stage. The roll-up joins pieces by this coverage, so that a
// decision about one answer, which may move its activity's stage, joins or
// parts no other activities.
func (e *engine) plainCoverage(acts []*actInfo, plain []enablemap.MaterialAnalysis) []*actInfo {
	out := make([]*actInfo, len(acts))
	for i, a := range acts {
		c := *a
		c.Covered, c.MaterialIDs, c.ServedBy, c.Reasons = false, nil, nil, slices.Clone(a.Reasons)
		out[i] = &c
	}
	e.linkMaterials(out, plain)
	return out
}

// matchWorker holds what one worker of the material matching writes to.
type matchWorker struct {
	norm    *normalizer
	acc     []float64
	mark    []bool
	touched []int
	cands   []cand
	bag     smallBag
	all     []term
	// Set-aside verdicts of tags, which repeat across materials.
	tagCache map[string]string
	// glossTerms are the glossary's terms and consumerTags the consumer
	// tags rare in the library (shared, read only).
	glossTerms, consumerTags map[string]bool
	// glossClassic is set when the glossary gives "classic" a meaning of
	// its own ("classic CSV"): it then names no old edition.
	glossClassic bool
	// segmentTags are set-aside tags so many pieces carry that they name
	// a segment of buyers (shared, read only).
	segmentTags map[string]bool
}

// smallBag accumulates the few weighted features of one material in a slice
// the worker reuses: a map per material costs more than the matching itself.
type smallBag []struct {
	id int32
	w  float64
}

func (b *smallBag) add(id int32, w float64) {
	for i := range *b {
		if (*b)[i].id == id {
			(*b)[i].w += w
			return
		}
	}
	*b = append(*b, struct {
		id int32
		w  float64
	}{id, w})
}

// Workers of the material matching: enough materials to be worth a
// goroutine each, and no more workers than cores help.
const (
	maxMatchWorkers       = 4
	minMaterialsPerWorker = 500
)

type cand struct {
	act   int
	score float64
	plain float64 // the score without the stage weight of the label (see plainCoverage)
}

// topCandidates returns the n best candidates, best first, in O(len·n).
func topCandidates(cs []cand, n int, better func(x, y cand) bool) []cand {
	if n > len(cs) {
		n = len(cs)
	}
	for i := 0; i < n; i++ {
		b := i
		for j := i + 1; j < len(cs); j++ {
			if better(cs[j], cs[b]) {
				b = j
			}
		}
		cs[i], cs[b] = cs[b], cs[i]
	}
	return cs[:n]
}

func (d materialDecision) keep() bool { return d.setAside != nil && !*d.setAside }

func round3(x float64) float64 { return math.Round(x*1000) / 1000 }

// activityVectors builds one document per activity from its members'
// activity text, goals, notes and concepts, weighted by TF-IDF over the
// activities.
func (e *engine) activityVectors(acts []*actInfo, v *vocab) []sparse {
	bags := make([]bag, len(acts))
	for i, a := range acts {
		b := bag{}
		for _, m := range a.members {
			addTerms(b, v, m.actTerms, 1, true)
			addTerms(b, v, m.goalTerms, matchWeightGoal, false)
			addTerms(b, v, m.noteTerms, matchWeightNotes, false)
		}
		if a.NameState == enablemap.Confirmed {
			// A name the user chose is the best description there is.
			ts, _ := e.norm.normalize(a.Name, 1)
			addTerms(b, v, ts, 1, true)
		}
		n := float64(len(a.members))
		for _, c := range sortedKeys(a.hits) {
			b.add(v.id("§"+concepts[c].key), matchWeightConcept*a.hits[c]/n*math.Max(1, n/2))
		}
		bags[i] = b
	}
	return tfidf(bags)
}

// materialVector builds a material's document over the activities'
// vocabulary. Words no activity uses are not kept, but they count in the
// material's length: a material mostly about other things fits less well.
func (e *engine) materialVector(wk *matchWorker, m enablemap.Material, v *vocab, idf func(int32) float64, unknownIDF float64) (sparse, []label, fieldConcepts) {
	norm := wk.norm
	b := wk.bag[:0]
	all := wk.all[:0]
	defer func() { wk.bag, wk.all = b, all }()
	var extra float64
	addFeature := func(id int32, ok bool, w float64) {
		if ok {
			b.add(id, w)
			return
		}
		x := w * unknownIDF
		extra += x * x
	}
	var where fieldConcepts
	// Types and tags repeat across materials and are cached; titles and
	// descriptions are mostly unique, and caching them would only grow the
	// cache.
	add := func(text string, w float64, bigrams, cache bool) []term {
		var ts []term
		if cache {
			ts = norm.normalizeCached(text, w)
		} else {
			ts, _ = norm.normalize(text, w)
		}
		for i, t := range ts {
			id, ok := v.lookup(t.stem)
			addFeature(id, ok, t.w)
			if bigrams && i > 0 {
				id, ok := v.lookupBigram(ts[i-1].stem, t.stem)
				addFeature(id, ok, math.Min(ts[i-1].w, t.w)*rollWeightBigram)
			}
		}
		all = append(all, ts...)
		all = append(all, term{stem: "\x00"}) // no cue spans two fields
		return ts
	}
	where.title = e.matIndex.conceptsIn(add(m.Title, matchWeightTitle, true, false))
	where.typ = e.matIndex.conceptsIn(add(m.Type, matchWeightType, true, true))
	add(strings.Join(m.Tags, " ; "), matchWeightTags, false, true)
	add(m.Description, matchWeightDescription, true, false)
	hits := e.concepts.find(all)
	for _, c := range sortedKeys(hits) {
		id, ok := v.lookup("§" + concepts[c].key)
		addFeature(id, ok, matchWeightConcept*hits[c])
	}
	vec := make(sparse, len(b))
	xs := make([]float64, len(b))
	slices.SortFunc(b, func(x, y struct {
		id int32
		w  float64
	}) int {
		return cmp.Compare(x.id, y.id)
	})
	for k, f := range b {
		vec[k].id = f.id
		xs[k] = f.w
	}
	return normalise(vec, xs, idf, extra), e.matIndex.materialLabels(all), where
}

// fieldConcepts records which canonical activities a material's title and
// type name, for reasons.
type fieldConcepts struct{ title, typ []int }

func has(cs []int, c int) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// activityLabels sums the members' canonical labels of each activity into a
// unit vector, and indexes the activities by the canonical activities they
// carry.
func activityLabels(acts []*actInfo) ([][]label, map[int][]int) {
	out := make([][]label, len(acts))
	by := map[int][]int{}
	for i, a := range acts {
		sum := map[int]float64{}
		for _, m := range a.members {
			for _, l := range m.labelVec {
				sum[l.concept] += l.w
			}
		}
		ls := make([]label, 0, len(sum))
		for _, c := range sortedKeys(sum) {
			ls = append(ls, label{c, sum[c]})
			by[c] = append(by[c], i)
		}
		out[i] = unitLabels(ls)
	}
	return out, by
}

// matchReasons names the strongest shared features of a material and an
// activity.
func (e *engine) matchReasons(mv, av sparse, names []string, where fieldConcepts, m enablemap.Material, ml, al []label) []string {
	// Shared topics and words, each kind kept apart; bigrams repeat their
	// words and are left out. Only the strongest few are named, so they are
	// selected rather than sorted.
	var topicBuf, wordBuf [16]shared
	ts, ws := topicBuf[:0], wordBuf[:0]
	i, j := 0, 0
	for i < len(mv) && j < len(av) {
		switch {
		case mv[i].id == av[j].id:
			name := names[mv[i].id]
			s := shared{name, float64(mv[i].w) * float64(av[j].w)}
			switch {
			case strings.HasPrefix(name, "§"):
				ts = append(ts, s)
			case !strings.Contains(name, " "):
				ws = append(ws, s)
			}
			i++
			j++
		case mv[i].id < av[j].id:
			i++
		default:
			j++
		}
	}
	var words, topics []string
	for _, s := range strongest(ts, 3) {
		topics = append(topics, strings.TrimPrefix(s.name, "§"))
	}
	for _, s := range strongest(ws, 5) {
		words = append(words, e.surfaceOf(s.name))
	}
	var out []string
	if r := labelReason(where, m, ml, al); r != "" {
		out = append(out, r)
	}
	if len(topics) > 0 {
		out = append(out, "both are about "+strings.Join(topics, ", "))
	}
	if len(words) > 0 {
		out = append(out, "shared words: "+strings.Join(words, ", "))
	}
	return out
}

// shared is a feature a material and an activity share, with its weight in
// their score.
type shared struct {
	name string
	w    float64
}

// strongest moves the k strongest features (by weight, then name) to the
// front of sh, in that order, and returns them.
func strongest(sh []shared, k int) []shared {
	better := func(x, y shared) bool {
		if x.w != y.w {
			return x.w > y.w
		}
		return x.name < y.name
	}
	k = min(k, len(sh))
	for a := 0; a < k; a++ {
		b := a
		for c := a + 1; c < len(sh); c++ {
			if better(sh[c], sh[b]) {
				b = c
			}
		}
		sh[a], sh[b] = sh[b], sh[a]
	}
	return sh[:k]
}

// labelReason says which built-in activity a material and an activity
// share, and where the material names it: "title and type 'Battle Card'
// match built-in activity 'Position against competitors and alternatives'".
func labelReason(where fieldConcepts, m enablemap.Material, ml, al []label) string {
	best, bestW := -1, 0.0
	for _, l := range ml {
		for _, x := range al {
			if x.concept == l.concept && l.w*x.w > bestW {
				best, bestW = l.concept, l.w*x.w
			}
		}
	}
	if best < 0 {
		return ""
	}
	// Strings are joined by hand: this runs for every match of every
	// material, and fmt costs several times more.
	place := "its description or tags"
	switch inTitle, inType := has(where.title, best), has(where.typ, best); {
	case inTitle && inType:
		place = "title and type " + strconv.Quote(m.Type)
	case inTitle:
		place = "title " + strconv.Quote(m.Title)
	case inType:
		place = "type " + strconv.Quote(m.Type)
	}
	return place + " match built-in activity " + quotedTitles[best] + ", which this activity is about"
}

// quotedTitles holds each concept's title as %q would write it.
var quotedTitles = func() []string {
	out := make([]string, len(concepts))
	for i, c := range concepts {
		out[i] = strconv.Quote(c.title)
	}
	return out
}()

func (e *engine) surfaceOf(stem string) string {
	if w, ok := e.norm.surface[stem]; ok {
		return w
	}
	return stem
}

func (v *vocab) names() []string {
	out := make([]string, len(v.ids))
	for s, id := range v.ids {
		out[id] = s
	}
	return out
}

// linkMaterials fills each activity's MaterialIDs (materials whose best match
// it is) and Covered: a material that is not set aside serves it, as one of
// its matches or by a user's confirmation. A piece serves every activity it
// fits nearly as well as its best (a product sheet serves the demo and the
// comparison alike), as the answer keys of 160 companies map it: counting
// only the best match called two uncovered activities in three holes that
// experts see served.
func (e *engine) linkMaterials(acts []*actInfo, mats []enablemap.MaterialAnalysis) {
	byID := map[string]*actInfo{}
	for _, a := range acts {
		byID[a.ID] = a
	}
	confirmed := map[*actInfo]bool{} // covered by a match a user confirmed
	for _, m := range mats {
		if m.SetAside {
			continue
		}
		for k, mt := range m.Matches {
			if mt.Score < e.opts.MatchThreshold && mt.State != enablemap.Confirmed {
				continue
			}
			a := byID[mt.ActivityID]
			if k == 0 {
				a.MaterialIDs = append(a.MaterialIDs, m.MaterialID)
			}
			a.ServedBy = append(a.ServedBy, m.MaterialID)
			if mt.State == enablemap.Confirmed {
				confirmed[a] = true
			}
			if !a.Covered {
				a.Covered = true
				how := "serves it"
				if k > 0 && mt.State != enablemap.Confirmed {
					how = fmt.Sprintf("serves it as its match %d", k+1)
				}
				a.Reasons = append(a.Reasons, fmt.Sprintf("covered: material %s (%s) %s", m.MaterialID, m.Title, how))
			}
		}
	}
	// A built-in activity the roll-up left in two pieces is served by the
	// material that serves the bigger piece: a battle card serves every
	// activity about positioning against competitors, so the smaller piece
	// is no hole. Only pieces whose activity text names the built-in activity
	// count: a label from the goal alone is no proof they are the same work.
	namedAfter := func(a *actInfo) bool {
		if a.canon < 0 || 2*a.canonCount < len(a.members) {
			return false
		}
		for _, m := range a.members {
			if m.primary == a.canon && m.primaryW >= siblingMinLabel {
				return true
			}
		}
		return false
	}
	coveredBy := map[int]*actInfo{}
	for _, a := range acts {
		if a.Covered && namedAfter(a) && len(a.MaterialIDs) > 0 {
			if _, ok := coveredBy[a.canon]; !ok {
				coveredBy[a.canon] = a
			}
		}
	}
	for _, a := range acts {
		if a.Covered || !namedAfter(a) {
			continue
		}
		if o, ok := coveredBy[a.canon]; ok {
			a.Covered = true
			a.ServedBy = append(a.ServedBy, o.MaterialIDs[0])
			a.Reasons = append(a.Reasons, fmt.Sprintf("covered: material %s serves %s, another activity about the built-in activity %q", o.MaterialIDs[0], o.ID, concepts[a.canon].title))
		}
	}
	// An activity only one rep named, in words of its own, is most often a
	// piece of an activity the others named in theirs: when the rep's words
	// or goal name a built-in activity that a material already serves, the
	// piece is served too, not a hole.
	for _, a := range acts {
		if a.Covered || !a.MarketingRelevant || !singleRep(a) {
			continue
		}
		for _, m := range a.members {
			if m.primary < 0 || m.primaryW < pieceMinLabel {
				continue
			}
			if o, ok := coveredBy[m.primary]; ok && o != a {
				a.Covered = true
				a.ServedBy = append(a.ServedBy, o.MaterialIDs[0])
				a.Reasons = append(a.Reasons, fmt.Sprintf("covered: only one rep names it, and its words or goal describe the built-in activity %q, which material %s serves through %s", concepts[m.primary].title, o.MaterialIDs[0], o.ID))
				break
			}
		}
	}
	// A material that matches an activity by its words does not serve it
	// when the reps who do the work say they make their own or have none
	// ("formats it himself in Excel", "no talk track, she wings it"): the
	// activity is a hole by their word, unless a rep's note names a piece
	// of the library they use for it or a user confirmed a match.
	for _, a := range acts {
		if !a.Covered || !a.MarketingRelevant || confirmed[a] {
			continue
		}
		if own := e.madeByReps(a); own != nil {
			a.Covered = false
			a.Reasons = append(a.Reasons, fmt.Sprintf(notCoveredPrefix+"the reps say they make their own or have none (response %s: %q), though a material fits its words", own.r.ID, clip(own.r.Notes, 90)))
		}
	}
}

// notCoveredPrefix opens the reason of an activity the reps' word leaves
// uncovered.
const notCoveredPrefix = "not covered: "

// pieceMinLabel is the label strength that ties a single rep's activity to
// a covered built-in activity: any cue in the activity text, or a full cue
// in the goal (read at goalLabelWeight); a weak cue in the goal alone is too
// little ("get the plant manager on the 2nd call" is no business case).
const pieceMinLabel = goalLabelWeight

// singleRep reports whether all of an activity's responses come from one
// interview.
func singleRep(a *actInfo) bool {
	if len(a.members) == 0 {
		return false
	}
	for _, m := range a.members[1:] {
		if m.r.InterviewID != a.members[0].r.InterviewID {
			return false
		}
	}
	return true
}

// siblingMinLabel is the label strength a response needs for its activity to
// be covered through another activity about the same built-in activity. Any
// cue in the activity text reaches it; labels read from the goal alone (at
// goalLabelWeight of their strength) do not.
const siblingMinLabel = 0.5

// materialDecision is what users decided about one material.
type materialDecision struct {
	setAside       *bool
	setAsideReason string
	confirmed      []*actInfo
	confirmReason  map[*actInfo]string
	rejected       map[*actInfo]bool
}

func (d materialDecision) isConfirmed(a *actInfo) bool {
	for _, c := range d.confirmed {
		if c == a {
			return true
		}
	}
	return false
}

func (e *engine) materialDecisions(of map[string]*actInfo) map[string]materialDecision {
	out := map[string]materialDecision{}
	for _, d := range e.dec.material {
		md := out[d.MaterialID]
		if md.rejected == nil {
			md.rejected = map[*actInfo]bool{}
			md.confirmReason = map[*actInfo]string{}
		}
		switch d.Kind {
		case enablemap.SetAside, enablemap.KeepMaterial:
			v := d.Kind == enablemap.SetAside
			md.setAside = &v
			md.setAsideReason = d.Reason
			if v && md.setAsideReason == "" {
				md.setAsideReason = d.Text
			}
		case enablemap.ConfirmMatch:
			a, ok := of[d.ResponseID]
			if !ok {
				continue
			}
			delete(md.rejected, a)
			if !md.isConfirmed(a) {
				md.confirmed = append(md.confirmed, a)
			}
			md.confirmReason[a] = d.Reason
			// Confirming a match keeps the material, unless set aside later.
			f := false
			md.setAside = &f
			md.setAsideReason = "a match was confirmed"
		case enablemap.RejectMatch:
			a, ok := of[d.ResponseID]
			if !ok {
				continue
			}
			md.rejected[a] = true
			for i, c := range md.confirmed {
				if c == a {
					md.confirmed = append(md.confirmed[:i], md.confirmed[i+1:]...)
					break
				}
			}
		}
		out[d.MaterialID] = md
	}
	return out
}

// postSaleFit is the match score at which material for the life after the
// sale fits a rep's activity well enough to be kept though no rep names
// that part of the cycle in the built-in activity's words.
const postSaleFit = 0.45

// setAsideCues are general signs that a material is not a sales tool, each
// with what it shows the piece to be. They are checked on the title and
// type, where such things announce themselves (a tag such as "logos" on a
// proof-point deck must not set it aside); see setAsideTagCues for tags.
// The first cue found gives the reason.
var setAsideCues = flatCues([]cueGroup{
	// Brand, design and promotional assets, and the company's own news and culture.
	{"a brand asset", []string{"brand guideline", "brand guidelines", "logo pack", "logos"}},
	{"a design asset", []string{"design files", "banner"}},
	{"a seasonal brand asset", []string{"holiday card"}},
	{"swag", []string{"merchandise", "swag order"}},
	{"photos", []string{"photos", "photo"}},
	{"advertising creative", []string{"print ad"}},
	{"corporate news", []string{"press release", "pr", "meet our new", "funding round"}},
	{"culture content", []string{"volunteer"}},
	{"internal communications", []string{"internal newsletter"}},
	{"analyst-relations material", []string{"analyst briefing", "analyst relations"}},
	// The company's own people: hiring, HR and pay.
	{"recruiting content", []string{"careers", "recruiting", "life at", "employer brand", "employee referral", "referral bonus", "recruitment"}},
	{"an internal HR document", []string{"hr policy", "benefits guide", "employee handbook", "hr doc", "team handbook", "staff handbook", "new hire", "open enrollment", "pto", "holiday calendar", "holiday schedule", "performance evaluation", "performance review", "performance reviews", "engagement survey", "performance improvement plan", "new hires"}},
	{"an internal sales-operations document", []string{"sales contest", "spiff", "comp plan", "commission plan", "compensation plan", "bonus plan", "incentive plan"}},
	// Meetings, events and the seller's own preparation.
	{"an internal meeting recording", []string{"all-hands", "all hands", "sales kickoff", "sko"}},
	{"an internal meeting", []string{"national sales meeting", "sales meeting agenda"}},
	{"an event logistics document", []string{"load-in", "hotel block", "booth staffing", "exhibitor logistics", "event logistics", "show logistics"}},
	{"an event sponsorship document", []string{"sponsorship prospectus", "sponsorship agreement"}},
	{"a production spec", []string{"booth graphics", "print specs"}},
	{"the seller's own preparation", []string{"rehearsal"}},
	// Marketing's own planning, reports and administration.
	{"a marketing planning document", []string{"content calendar", "social media calendar", "editorial calendar", "social calendar", "campaign calendar", "marketing calendar", "marketing plan", "campaign plan", "posting calendar"}},
	{"a marketing report", []string{"campaign performance", "campaign dashboard", "marketing dashboard", "keyword report", "seo report", "keyword performance", "ads performance", "ad performance"}},
	{"a marketing administration form", []string{"marketing funds"}},
	// Operations, procedures and the company's own field staff.
	{"an internal operations document", []string{"expense policy", "expense report", "expense reimbursement", "expense claim", "expense claims", "org chart", "office move", "reimbursement policy", "mileage reimbursement", "per diem"}},
	{"an internal procedure", []string{"sop", "standard operating procedure", "runbook"}},
	{"a technician's document", []string{"repair manual", "service manual", "field manual"}},
	{"a technician's safety document", []string{"lockout tagout"}},
	{"field crew training", []string{"toolbox talk", "toolbox talks"}},
	{"an internal CRM process document", []string{"opportunity stage", "opportunity stages", "stage definitions", "forecast categories", "crm hygiene", "deal stages", "deal stage definitions"}},
	{"an internal style document", []string{"style manual"}},
	// Pricing, bids and approvals kept inside the company.
	{"an internal pricing document", []string{"approval matrix", "pricing approval", "margin floor", "margin floors", "pricing model"}},
	{"an internal pricing approval form", []string{"exception request", "exception form"}},
	{"an internal approval form", []string{"credit committee"}},
	{"an internal costing document", []string{"estimating"}},
	{"an internal bid decision tool", []string{"no bid", "go no go"}},
	{"internal bid paperwork", []string{"bid bond"}},
	// Partners, suppliers, lawyers and investors rather than buyers.
	{"a partner program administration form", []string{"deal registration", "rebate claim", "commission schedule", "agency agreement", "referral agreement", "affiliate application", "affiliate program", "admin fee", "referral fee", "referral fees"}},
	{"a document for the company's own suppliers", []string{"subcontractor onboarding", "carrier onboarding"}},
	{"an administration form", []string{"claim form"}},
	{"a contract template for the lawyers", []string{"master services agreement", "msa", "master agreement"}},
	{"investor material", []string{"proxy statement", "meeting of shareholders", "shareholder meeting", "investor", "investors", "lender update", "lender presentation", "shareholder letter"}},
	{"a corporate governance document", []string{"internal audit", "audit committee", "board of directors", "board update", "board strategy", "board package", "board report", "board of managers", "board financial"}},
	{"an internal sales review", []string{"win loss"}},
	{"a legal page of the company's own", []string{"privacy policy"}},
	// Pieces that are not finished or not for prospects.
	{"a draft, not a finished piece", []string{"draft"}},
	{"a piece marked not to be used", []string{"do not use", "dont use", "don t use"}},
	{"a product change log for existing users", []string{"release notes", "release note", "changelog"}},
	{"the company's own prequalification answers", []string{"prequalification answers", "prequalification answer bank", "prequal answers", "prequal answer bank", "isnetworld questionnaire answers", "avetta questionnaire answers"}},
})

// cueGroup is a reason to set a piece aside and the words that show it.
type cueGroup struct {
	why  string
	cues []string
}

// flatCues lists the cues of groups in order, each with its reason.
func flatCues(groups []cueGroup) []struct{ cue, why string } {
	var out []struct{ cue, why string }
	for _, g := range groups {
		for _, c := range g.cues {
			out = append(out, struct{ cue, why string }{c, g.why})
		}
	}
	return out
}

// cancelSigns are words that, next to a sign, show the piece is a sales
// tool after all: "client stats & logos" is proof for buyers, not a logo
// pack; "photos of installed campuses" show the work to buyers.
var cancelSigns = map[string][]string{
	"logos":  {" client ", " clients ", " customer ", " customers ", " proof ", " stats "},
	"photos": {" installed ", " case study ", " before and after ", " before after ", " checklist ", " form "},
	"photo":  {" installed ", " case study ", " before and after ", " before after ", " checklist ", " form "},
	// a new-hire checklist is a buyer's template at a company selling to
	// employers
	"new hire":  {" template ", " templates ", " sample "},
	"new hires": {" template ", " templates ", " sample "},
	// an investor-owned utility is a kind of buyer
	"investor": {" owned "},
	// a proposal sent with the contract
	"msa":                       {" proposal "},
	"master services agreement": {" proposal "},
	// an employee handbook template is a buyer's tool at a company selling
	// to employers
	"employee handbook": {" template ", " templates ", " sample "},
	// an org chart among the attachments a buyer's RFP asks for
	"org chart": {" rfp ", " attachments "},
	// a draft a rep fills in or sends ("email draft for the champion"); an
	// earlier draft of a customer story still tells the story (the answer
	// keys match seven of seven), and a "rough draft" may be what is sold
	"draft": {" template ", " templates ", " email ", " emails ", " letter ", " case study ", " case studies ", " project profile ", " customer story ", " rough draft ", " competitive ", " battlecard ", " battle card ",
		// draft beer
		" beer ", " keg ", " kegs ", " tap ", " taps "},
	// a co-marketing plan made with a partner or for a buyer
	"marketing plan": {" co ", " partner ", " partners ", " joint ", " template ", " customer ", " client "},
	"campaign plan":  {" co ", " partner ", " partners ", " joint ", " template ", " customer ", " client "},
	// a candidate-profile or hiring-event template a buyer recruits with
	"recruiting": {" template ", " templates "},
	// press-release templates in a co-marketing kit a customer uses to
	// announce what it bought
	"press release": {" co marketing ", " template ", " templates "},
	"press":         {" co marketing ", " template ", " templates "},
	// a holiday program the company sells (peak-season storage),
	// holiday templates its buyers put on their screens, or a guide or
	// playbook to selling the season
	"holiday": {" program ", " programs ", " template ", " templates ", " playbook ", " guide "},
	// a banner in a booth or table kit, or banner options on a one-pager,
	// are what a rep offers or takes to a show, not design files
	"banner": {" kit ", " kits ", " one pager "},
	// a cross-reference from discontinued products to their
	// replacements moves buyers on
	"discontinued": {" replacement ", " replacements ", " cross reference ", " cross references "},
	// the buyer's board: a template or sample a champion takes to it
	"board of directors": {" template ", " templates ", " sample ", " memo ", " resolution "},
	"board update":       {" template ", " templates ", " sample ", " memo ", " resolution "},
	"board strategy":     {" template ", " templates ", " sample ", " memo ", " resolution "},
	"board package":      {" template ", " templates ", " sample ", " memo ", " resolution "},
	"board report":       {" template ", " templates ", " sample ", " memo ", " resolution "},
	// an incentive plan offered to the customers or the channel
	"incentive plan": {" customer ", " customers ", " dealer ", " dealers ", " partner ", " partners ", " channel ", " member ", " members "},
}

func cancelled(head, cue string) bool {
	for _, w := range cancelSigns[cue] {
		if strings.Contains(head, w) {
			return true
		}
	}
	return false
}

var setAsideTagCues = []struct{ cue, why string }{
	{"careers", "recruiting content"}, {"employer brand", "recruiting content"}, {"recruitment", "recruiting content"}, {"recruiting", "recruiting content"},
	{"culture", "culture content"}, {"csr", "culture content"}, {"press", "corporate news"},
	{"holiday", "a seasonal brand asset"}, {"brand", "a brand asset"}, {"eol", "material about a sunset product"},
	{"sunset", "material about a sunset product"}, {"legacy", "material about a legacy product"}, {"corporate", "corporate news"},
	{"archive", "archived material"}, {"archived", "archived material"}, {"obsolete", "archived material"},
	{"sko", "an internal meeting"}, {"draft", "a draft, not a finished piece"}, {"investors", "investor material"}, {"investor", "investor material"},
	{"investor relations", "investor material"}, {"discontinued", "material about a discontinued product"},
	{"retired", "material about a discontinued product"},
	{"covid", "pandemic-era material, now out of date"}, {"covid 19", "pandemic-era material, now out of date"},
	{"lifestyle", "lifestyle content"}, {"duplicate", "a duplicate of another piece"},
}

// setAsideTagPairs are tags that set a material aside only together with a
// tag saying it is internal (or, where staff is true, one naming the
// company's employees or staff): "HR" or "facilities" alone names the buyer
// a piece is written for as often as the department that owns it.
var setAsideTagPairs = []struct {
	cue, why string
	staff    bool // "employees" or "staff" beside it is as good as "internal"
}{
	{"hr", "an internal HR document", true}, {"people ops", "an internal HR document", true},
	{"benefits", "an internal HR document", true}, {"facilities", "an internal operations document", false},
	{"policies", "an internal HR document", false}, {"handbook", "an internal HR document", false},
	{"technicians", "a document for the company's own field staff", false}, {"crew", "a document for the company's own field staff", false},
	{"crews", "a document for the company's own field staff", false}, {"drivers", "a document for the company's own field staff", false},
	{"approval", "an internal approval form", false}, {"approvals", "an internal approval form", false},
	{"legal", "an internal legal document", false},
	{"comp", "an internal sales-operations document", false}, {"compensation", "an internal sales-operations document", false}, {"comp plan", "an internal sales-operations document", false},
	{"ehs", "a safety document for the company's own people", false},
	{"escalation", "an internal support procedure", false}, {"handoff", "an internal hand-over form", false}, {"hand off", "an internal hand-over form", false}, {"agreement", "an internal legal document", false}, {"agreements", "an internal legal document", false},
	// A promotional item is a leave-behind reps hand out; a swag piece
	// tagged internal is the order form.
	{"swag", "swag", false},
	// the sales forecast and pipeline review, not a buyer's demand forecast
	{"forecast", "an internal sales-operations document", false}, {"pipeline", "an internal sales-operations document", false},
}

// signals holds the set-aside cues in token form, ready for matching.
type signals struct {
	head []headSign
	tags []struct{ cue, why string }
	// policyIsWork is set when reps speak of policies in their
	// activities (an insurer's, a travel manager's): a piece whose type is
	// "Policy" may then be what they sell.
	policyIsWork bool
	// asOf is the date of the research (the latest interview): an offer
	// that ended before it is set aside.
	asOf time.Time
}

// soldAsWork are the set-aside cues that name work some companies do with
// their buyers: recruiting for a staffing or recruiting-software company,
// toolbox talks for an insurer's loss control, release notes for a
// software company's customer success. Reps naming it in an activity show
// that the company is one of those. Other cues ("photos", "load-in") say
// nothing of the kind when a rep uses the word.
var soldAsWork = map[string]bool{
	"recruiting": true, "careers": true, "content calendar": true, "recruitment": true, "toolbox talk": true, "toolbox talks": true,
	"release notes": true, "release note": true, "changelog": true,
	"sko": true, "sales kickoff": true, "open enrollment": true,
	// an infection-control company's subject; a cutover rehearsal run
	// with the customer
	"covid": true, "covid 19": true, "rehearsal": true,
	// what HR software and employee-research firms sell
	"performance review": true, "performance reviews": true, "performance evaluation": true, "engagement survey": true,
	// what audit and advisory firms sell
	"internal audit": true, "audit committee": true,
	// the buyer's people at a company selling to churches or nonprofits
	"volunteer": true,
	// what staffing agencies sell; what privacy software helps buyers write
	"per diem": true, "privacy policy": true,
}

// headSign is a set-aside cue of a title or type, in token form (cue) and
// as written (name).
type headSign struct{ cue, name, why string }

// newSignals prepares the set-aside cues, leaving out those of a title that
// the reps name in their activities: where reps "run toolbox talks" for
// buyers or compare "recruiting modules", such pieces are sales tools.
func newSignals(reps, work []string, stems func(string) string) signals {
	var s signals
	named := func(cue string) bool {
		if !soldAsWork[cue] {
			return false
		}
		st := stems(cue)
		return slices.ContainsFunc(work, func(r string) bool { return strings.Contains(r, st) })
	}
	for _, c := range setAsideCues {
		if !named(c.cue) {
			s.head = append(s.head, headSign{" " + strings.Join(rawTokens(c.cue), " ") + " ", c.cue, c.why})
		}
	}
	for _, c := range setAsideTagCues {
		if !named(c.cue) {
			s.tags = append(s.tags, struct{ cue, why string }{strings.Join(rawTokens(c.cue), " "), c.why})
		}
	}
	policy := stems("policy")
	for _, r := range reps {
		if strings.Contains(r, policy) {
			s.policyIsWork = true
			break
		}
	}
	return s
}

// check returns why a material is plainly not a sales tool, or "". The
// verdicts on tags are kept in the worker, as tags repeat across materials.
func (s signals) check(w *matchWorker, m enablemap.Material) string {
	head := " " + strings.Join(rawTokens(m.Title+" ; "+m.Type), " ") + " "
	if r := s.checkHead(head, m.Tags); r != "" {
		return r
	}
	if demoBuild(head) {
		return "set aside: it looks like the guide to building the demo (\"demo\" and a build or setup guide in its title), internal preparation rather than a tool for a sales activity"
	}
	if typ := strings.Join(rawTokens(m.Type), " "); (typ == "policy" || typ == "hr policy" || typ == "internal policy" || typ == "policy pdf") && !s.policyIsWork {
		// A piece filed as a policy (overtime, travel, gifts to referral
		// sources) rules the company's own people.
		return fmt.Sprintf("set aside: it looks like an internal policy (type %q), not a tool for a sales activity", strings.TrimSpace(m.Type))
	}
	if superseded(m.Description) {
		return "set aside: its description says it is superseded by another or is the previous version, not a tool for a sales activity"
	}
	if lastOrder(m.Description) {
		return "set aside: its description says the product is no longer sold (a last date to order it, or closed to new orders)"
	}
	if end, ok := expiredOffer(m, s.asOf); ok {
		return fmt.Sprintf("set aside: it announces an offer that ended by %s, before the interviews (the latest on %s)", end, s.asOf.Format(time.DateOnly))
	}
	if day, ok := expiredEvent(m, s.asOf); ok {
		return fmt.Sprintf("set aside: it is the registration page of an event held by %s, before the interviews (the latest on %s)", day, s.asOf.Format(time.DateOnly))
	}
	// An overview is no corporate news; a piece in a format reps use with
	// buyers (email templates for "corporate" accounts, a call script for
	// the CSRs) is neither corporate news nor culture content.
	if archivedURL(m.URL) {
		return "set aside: its address is in an archive folder, not a tool for a sales activity"
	}
	if discontinued(m.Description) {
		return "set aside: its description says the product is discontinued, not a tool for a sales activity"
	}
	if searchArticle(m.Title) && buyerContentFormat(m) != "" {
		return "set aside: it looks like an article written for search traffic (a general question or a list of tips in its title), not a tool for a sales activity"
	}
	overview, format := isOverview(head) || slices.ContainsFunc(m.Tags, func(t string) bool { return strings.EqualFold(strings.TrimSpace(t), "overview") }), salesFormat(m.Type)
	for _, t := range m.Tags {
		tag := strings.Join(rawTokens(t), " ")
		if w.glossTerms[tag] {
			// The company's own word ("CSR" = customer service record)
			// means what its glossary says, not what it means elsewhere.
			continue
		}
		if consumerTag(tag) && w.consumerTags[tag] {
			return fmt.Sprintf("set aside: it looks like content for consumers (tag %q, which few pieces of the library carry), not a tool for selling to businesses", t)
		}
		if w.segmentTags[tag] {
			// "corporate" on many pieces names the buyers of a segment
			// (corporate campuses), not corporate news.
			continue
		}
		r, ok := w.tagCache[t]
		if !ok {
			r = s.checkTag(t)
			w.tagCache[t] = r
		}
		news, culture := strings.Contains(r, "corporate news"), strings.Contains(r, "culture content")
		if r != "" && !((overview || format || buyerPiece(head)) && news) && !(format && culture) && !cancelled(head, tag) {
			return r
		}
	}
	if r := targetingReport(m); r != "" {
		return r
	}
	return s.checkTagPair(m.Tags)
}

// crmSystems name the systems a report or list of the sales team lives in.
var crmSystems = []string{"salesforce", "sfdc", "hubspot", "crm", "dynamics", "d365"}

// targetTags say a piece is about whom to target.
var targetTags = []string{"targeting", "target list", "target accounts", "prospecting", "leads", "lead list", "lead lists"}

// targetingReport returns why a piece is a report (or a list in the CRM)
// that the reps target from ("Healthcare target account report", a Salesforce
// Report tagged "targeting" and "internal"), or "": it serves only the
// rep's own targeting, and nothing from it reaches a buyer. A targeting
// guide or cheat sheet is kept: it teaches what to say.
func targetingReport(m enablemap.Material) string {
	// The tags first, without allocating: most pieces carry neither tag.
	internal, target := false, ""
	for _, t := range m.Tags {
		tag := strings.TrimSpace(t)
		switch {
		case strings.EqualFold(tag, "internal"):
			internal = true
		case slices.ContainsFunc(targetTags, func(w string) bool { return strings.EqualFold(tag, w) }):
			target = tag
		}
	}
	if !internal || target == "" {
		return ""
	}
	if !slices.ContainsFunc(crmSystems, func(c string) bool { return containsFold(m.Type, c) }) && !slices.Contains(rawTokens(m.Type), "report") {
		return ""
	}
	return fmt.Sprintf("set aside: it looks like an internal targeting report (a %s with tags %q and \"internal\"), the rep's own list that no buyer sees", strings.TrimSpace(m.Type), target)
}

// classicEdition reports whether a title names the "Classic" edition of a
// product ("PayDesk Classic datasheet", "Classic Admin Console - user
// guide"): the word names the old generation a newer one replaced, unless
// the piece moves its users to the new one ("Classic to Cloud: Migration
// FAQ", or a piece tagged "migration").
func classicEdition(title string, tags []string) bool {
	if !containsFold(title, "classic") {
		return false
	}
	t := " " + strings.Join(rawTokens(title), " ") + " "
	if !strings.Contains(t, " classic ") {
		return false
	}
	t += strings.Join(rawTokens(strings.Join(tags, " ")), " ") + " "
	for _, w := range movingOn {
		if strings.Contains(t, w) {
			return false
		}
	}
	return true
}

// classicIsCurrent reports whether the glossary gives "Classic" a meaning
// that is not an old edition ("Classic CSV: computer system validation the
// old way" is a method; "Classic: the previous platform, sunset 2023" is
// the old edition).
func classicIsCurrent(g []enablemap.GlossaryTerm) bool {
	for _, t := range g {
		if !strings.Contains(" "+strings.Join(rawTokens(t.Term), " ")+" ", " classic ") {
			continue
		}
		m := " " + strings.Join(rawTokens(t.Meaning), " ") + " "
		old := false
		for _, w := range []string{" old", " retired", " sunset", " legacy", " previous", " original", " end of", " discontinued", " replaced", " shut", " no longer", " former"} {
			old = old || strings.Contains(m, w)
		}
		if !old {
			return true
		}
	}
	return false
}

// containsFold reports whether s contains the lowercase ASCII word w in
// any case, without allocating.
func containsFold(s, w string) bool {
	for i := 0; i+len(w) <= len(s); i++ {
		if strings.EqualFold(s[i:i+len(w)], w) {
			return true
		}
	}
	return false
}

// movingOnWords are words of a piece that moves the owners of an old
// product to its successor: such a piece is still in use. "Replace" is a
// word of its own ("milk replacer" moves nobody on). movingOn adds
// "moving" and "move", read only beside "Classic": elsewhere they name
// products ("Solwen Move").
var (
	movingOnWords = []string{" replacement", " replace ", " replaces ", " replacing ", " migrat", " upgrad", " cross reference", " trade in", " trade up", " switch", " successor", " instead ", " conversion", " equivalent"}
	movingOn      = append(slices.Clip(movingOnWords), " moving ", " move ")
)

// ownersWords are words of a piece for the owners of a product no longer
// sold: its parts, its installed base, the notice that its support ends.
var ownersWords = []string{" parts ", " installed base ", " end of support "}

// discontinued reports whether a description says what it describes is no
// longer sold ("Service discontinued 2022", "(end of sale 2022)"), and is
// not about moving its owners to something else ("replacement", "migration").
func discontinued(desc string) bool {
	low := strings.ToLower(desc)
	if !strings.Contains(low, "discontinu") && !strings.Contains(low, "end of sale") && !strings.Contains(low, "end-of-sale") &&
		!strings.Contains(low, "no longer sold") && !strings.Contains(low, "no longer offered") && !strings.Contains(low, "retired") &&
		!strings.Contains(low, "ended") {
		return false
	}
	d := " " + strings.Join(rawTokens(desc), " ") + " "
	for _, w := range movingOnWords {
		if strings.Contains(d, w) {
			return false
		}
	}
	// A page that still shows something retired ("Page 3 still shows the
	// Gold plans retired in January 2025") is a stale page of a live piece.
	if stillShows.MatchString(d) {
		return false
	}
	// The statement, not the word: "Discontinued June 2022.", "service was
	// discontinued", "(end of sale 2022)"; not "what a discontinued board
	// means for repair times".
	return discontinuedStatement.MatchString(d)
}

// stillShows finds a piece said to still show something old.
var stillShows = regexp.MustCompile(` still (shows|show|has|lists|mentions|says|carries) `)

var discontinuedStatement = regexp.MustCompile(` (discontinued|end of sale|no longer sold|no longer offered|retired)( in)?( [a-z]+)? (19|20)\d\d |` +
	` (is|was|were|been|now) (discontinued|no longer sold|no longer offered|retired) | (discontinued|end of sale|no longer sold|no longer offered) $|` +
	` (program|programme|offer|promotion|promo) (ended|closed|expired)( in)?( [a-z]+)? (19|20)\d\d `)

// archivedURL reports whether a material's address puts it in a folder
// named archive ("/sites/Marketing/Archive/Fact-Sheet-2019.pdf"); the host
// ("campaign-archive.com") and the last part ("/newsletter/archive", a page
// of past issues) do not count.
func archivedURL(u string) bool {
	if !strings.Contains(strings.ToLower(u), "archive") {
		return false
	}
	path := u
	if i := strings.Index(path, "://"); i >= 0 {
		path = path[i+3:]
		if j := strings.IndexByte(path, '/'); j >= 0 {
			path = path[j:]
		} else {
			return false
		}
	}
	if i := strings.IndexAny(path, "?#"); i >= 0 {
		path = path[:i]
	}
	segs := strings.Split(strings.Trim(path, "/"), "/")
	for _, seg := range segs[:max(len(segs)-1, 0)] {
		if low := strings.ToLower(seg); low == "archive" || low == "archived" || low == "archives" {
			return true
		}
	}
	return false
}

// consumerTag reports whether a tag names consumers or homeowners as the
// reader.
func consumerTag(tag string) bool {
	switch tag {
	case "consumer", "consumers", "residential", "homeowners", "homeowner", "personal banking":
		return true
	}
	return false
}

// consumerShare is the share of the library past which a consumer tag is
// the company's market, not a stray piece: a company selling to homeowners
// tags most of its library "residential".
const consumerShare = 0.15

// consumerTagsOf returns the consumer tags few enough materials carry to set
// a piece aside.
func consumerTagsOf(mats []enablemap.Material) map[string]bool {
	count := map[string]int{}
	for _, m := range mats {
		seen := map[string]bool{}
		for _, t := range m.Tags {
			tag := strings.Join(rawTokens(t), " ")
			if consumerTag(tag) && !seen[tag] {
				seen[tag] = true
				count[tag]++
			}
		}
	}
	out := map[string]bool{}
	for tag, n := range count {
		if float64(n) <= consumerShare*float64(len(mats)) {
			out[tag] = true
		}
	}
	return out
}

// repsSellTo reports whether reps name a consumer tag's word in their
// work ("residential communities", "the HOA board at a residential
// site"): the company then sells to that segment, whose pieces are no
// consumer content.
func (e *engine) repsSellTo(tag string) bool {
	want := rawTokens(tag)
	if len(want) == 0 {
		return false
	}
	n := 0
	for _, ri := range e.resp {
		if ri.want || !containsFold(ri.r.Activity, want[0]) && !containsFold(ri.r.Goal, want[0]) {
			continue
		}
		if containsRun(rawTokens(ri.r.Activity+" "+ri.r.Goal), want) {
			n++
		}
		if n >= repsSellToMin {
			return true
		}
	}
	return false
}

// repsSellToMin is how many responses must name a segment for reps to
// sell to it.
const repsSellToMin = 2

// subjectTagCue are set-aside tags that name what some companies sell:
// "culture" is a security-awareness or engagement company's subject, and
// where reps name it in their work ("build a reporting culture"), the tag
// names that subject, not the company's own culture content. ("brand" was
// tried too: packaging and signage reps speak of their buyers' brands,
// and the company's brand guidelines stay internal.)
var subjectTagCue = map[string]bool{"culture": true}

// segmentTag names a segment of buyers in some libraries ("corporate"
// campuses, accounts, legal departments) and corporate news in others.
const segmentTag = "corporate"

// Past segmentMin pieces and segmentShare of the library, a segment tag
// names buyers: a few pieces tagged "corporate" are the company's news;
// many are what it sells to corporate buyers.
const (
	segmentMin   = 4
	segmentShare = 0.05
)

// segmentTagsOf returns the segment tags the library uses for buyers.
func segmentTagsOf(mats []enablemap.Material) map[string]bool {
	n := 0
	for _, m := range mats {
		if slices.ContainsFunc(m.Tags, func(t string) bool { return strings.EqualFold(strings.TrimSpace(t), segmentTag) }) {
			n++
		}
	}
	if n >= segmentMin && float64(n) >= segmentShare*float64(len(mats)) {
		return map[string]bool{segmentTag: true}
	}
	return nil
}

// glossaryTerms returns every spelling of the glossary's terms, as tokens
// joined by spaces.
func glossaryTerms(g []enablemap.GlossaryTerm) map[string]bool {
	out := map[string]bool{}
	for _, t := range g {
		for _, v := range t.Variants() {
			if k := strings.Join(rawTokens(v), " "); k != "" {
				out[k] = true
			}
		}
	}
	return out
}

// isOverview reports whether a title or type names an overview of the
// company or its offer ("Corporate overview", "Capabilities deck"): a
// piece reps show buyers, even when the library tags it "corporate".
// The head is the title and type as tokens joined by spaces, with a space
// at each end.
func isOverview(head string) bool {
	return strings.Contains(head, " overview ") || strings.Contains(head, " who we are ") || strings.Contains(head, " capabilities ")
}

// buyerPiece reports whether a title or type names a piece made to show or
// hand a buyer ("company brochure", "Corporate Deck FY25", "Case study:
// Harmon & Vale", "Multi-facility rollout kit", "clinic launch webinar
// (recording)", "programs for your organization"): tagged "corporate", it
// is the company speaking to buyers, not corporate news. The head is as
// isOverview's.
func buyerPiece(head string) bool {
	for _, w := range []string{" brochure ", " deck ", " case study ", " lookbook ", " kit ", " webinar ", " recording ", " for your "} {
		if strings.Contains(head, w) {
			return true
		}
	}
	return false
}

// superseded reports whether a description says another piece replaced
// this one. Most descriptions say nothing of the kind, so a cheap look for
// the words comes before reading the description word by word.
func superseded(desc string) bool {
	low := strings.ToLower(desc)
	if !strings.Contains(low, "superseded") && !strings.Contains(low, "replaced") && !strings.Contains(low, "previous") && !strings.Contains(low, "older version") && !strings.Contains(low, "earlier") {
		return false
	}
	d := " " + strings.Join(rawTokens(desc), " ") + " "
	// "Superseded by...", a sentence that opens "Replaced by..." or says
	// the piece was replaced ("this deck was replaced by"), or a
	// description that opens by calling the piece the previous one
	// ("Previous corporate deck."). What the buyer replaced ("60 cylinders
	// a month replaced by one tank") says nothing of the piece.
	return strings.Contains(d, " superseded by ") || replacedPiece.MatchString(low) ||
		strings.HasPrefix(d, " previous ") || strings.Contains(d, " previous version ") ||
		strings.Contains(d, " previous edition ") || strings.Contains(d, " older version ") ||
		strings.HasPrefix(d, " earlier edition ") || strings.HasPrefix(d, " earlier version ")
}

// replacedPiece finds a description saying the piece itself was replaced.
var replacedPiece = regexp.MustCompile(`(^|[.;:(!?]\s*)replaced by\b|\b(this|it)\s+(\w+\s+)?(is|was|has\s+been|got)\s+replaced\s+by\b`)

// salesFormat reports whether a material's type is a format made for reps
// to use with buyers.
func salesFormat(typ string) bool {
	t := " " + strings.Join(rawTokens(typ), " ") + " "
	for _, f := range []string{" email", " template", " sequence", " cadence", " script", " battlecard", " battle card", " playbook", " calculator", " case study", " customer story", " success story", " proposal", " talk track"} {
		if strings.Contains(t, f) {
			return true
		}
	}
	return false
}

// lastOrder reports whether a description announces the end of sale of
// what it describes ("Final ordering date 31 March 2023", "Closed to new
// contracts in 2022").
func lastOrder(desc string) bool {
	if low := strings.ToLower(desc); !strings.Contains(low, "order") && !strings.Contains(low, "buy") && !strings.Contains(low, "closed to new") {
		return false
	}
	d := " " + strings.Join(rawTokens(desc), " ") + " "
	for _, p := range []string{" final ordering date ", " final order date ", " last order date ", " last ordering date ", " last orders ", " last time buy ", " last-time buy ", " final orders ", " closed to new orders ", " closed to new contracts ", " closed to new customers "} {
		if strings.Contains(d, p) {
			return true
		}
	}
	return false
}

// checkTagPair sets aside a material by two of its tags together: the
// logistics of an event, or a department's document tagged internal (or,
// for HR and benefits, tagged for the company's own employees or staff).
func (s signals) checkTagPair(tags []string) string {
	if len(tags) < 2 {
		return ""
	}
	// Logistics of an event (freight, badges, hotel blocks) serve no
	// activity; the event's invitations and follow-ups do.
	logistics, event := false, false
	for _, t := range tags {
		switch strings.Join(rawTokens(t), " ") {
		case "logistics":
			logistics = true
		case "event", "events", "booth", "trade show", "tradeshow":
			event = true
		}
	}
	if logistics && event {
		return "set aside: it looks like an event logistics document (tags \"logistics\" and an event), not a tool for a sales activity"
	}
	// "internal" says the piece is for the company itself; "employees" or
	// "staff" beside an HR or benefits tag says so too (the company's own
	// people), where alone it may name the people a buyer launches to.
	internal, staff := "", ""
	for _, t := range tags {
		switch tag := strings.ToLower(strings.TrimSpace(t)); tag {
		case "internal":
			internal = tag
		case "employees", "staff", "team members", "associates":
			staff = tag
		}
	}
	// The deal desk's own approvals are internal whether or not a tag
	// says so; its pricing guides are what reps quote from.
	deskTag, approvalTag := "", ""
	for _, t := range tags {
		switch tt := strings.TrimSpace(t); {
		case strings.EqualFold(tt, "deal desk"):
			deskTag = t
		case strings.EqualFold(tt, "approval"), strings.EqualFold(tt, "approvals"):
			approvalTag = t
		}
	}
	if deskTag != "" && approvalTag != "" {
		return fmt.Sprintf("set aside: it looks like an internal approval form (tags %q and %q), not a tool for a sales activity", approvalTag, deskTag)
	}
	if internal == "" && staff == "" {
		return ""
	}
	for _, t := range tags {
		tag := strings.Join(rawTokens(t), " ")
		if tag == "newsletter" {
			if staff != "" {
				return fmt.Sprintf("set aside: it looks like internal communications (tags \"newsletter\" and %q), not a tool for a sales activity", staff)
			}
			if internal == "" {
				continue
			}
			return "set aside: it looks like internal communications (tags \"newsletter\" and \"internal\"), not a tool for a sales activity"
		}
		for _, c := range setAsideTagPairs {
			if tag != c.cue {
				continue
			}
			if internal != "" {
				return fmt.Sprintf("set aside: it looks like %s (tags %q and \"internal\"), not a tool for a sales activity", c.why, t)
			}
			if c.staff {
				return fmt.Sprintf("set aside: it looks like %s (tags %q and %q), not a tool for a sales activity", c.why, t, staff)
			}
		}
	}
	return ""
}

// checkHead looks for the signs in a title and type given as their tokens
// joined by spaces, with a space at each end.
func (s signals) checkHead(head string, tags []string) string {
	// A newsletter that says it is internal ("internal sales newsletter")
	// is internal communications, whatever words sit between.
	if strings.Contains(head, " internal ") && strings.Contains(head, " newsletter ") {
		return "set aside: it looks like internal communications (\"internal\" and \"newsletter\" in its title or type), not a tool for a sales activity"
	}
	for _, c := range s.head {
		if !strings.Contains(head, c.cue) || cancelled(head, c.name) {
			continue
		}
		if (c.name == "photos" || c.name == "photo") && !ofAnEvent(head, tags) {
			// Photos of the work (jobs, installs, cabins, customers'
			// yards) are proof for buyers; photos of a booth, a
			// party or a kickoff are not.
			continue
		}
		return fmt.Sprintf("set aside: it looks like %s (%q in its title or type), not a tool for a sales activity", c.why, c.name)
	}
	return ""
}

// demoBuild reports whether a title and type, as tokens joined by spaces
// with a space at each end, name the guide to building a demo ("Demo
// Tenant Setup Guide", "Demo environment build guide"): the seller's own
// preparation. A demo script shown to buyers is a sales tool, whatever it
// says of sandboxes.
func demoBuild(head string) bool {
	if !strings.Contains(head, " demo ") || strings.Contains(head, " script ") {
		return false
	}
	for _, w := range []string{" build guide ", " build checklist ", " setup guide ", " setup checklist "} {
		if strings.Contains(head, w) {
			return true
		}
	}
	return false
}

// ofAnEvent reports whether a piece's title, type or tags name an event of
// the company's own: a booth, a show, a party, a kickoff, a sponsorship.
func ofAnEvent(head string, tags []string) bool {
	text := head + strings.Join(rawTokens(strings.Join(tags, " ; ")), " ") + " "
	for _, w := range eventWords {
		if strings.Contains(text, " "+w+" ") {
			return true
		}
	}
	return false
}

var eventWords = []string{"event", "events", "booth", "show", "expo", "conference", "congress", "summit", "gala", "party", "banquet",
	"kickoff", "sko", "awards", "sponsorship", "community", "csr", "culture", "internal", "employees", "team", "day", "golf",
	"bbq", "opening", "alumni", "dinner", "competition", "headshots", "trade show", "advisory board", "rodeo", "picnic",
	"outing", "retreat", "offsite", "anniversary", "celebration", "fundraiser", "tournament"}

func (s signals) checkTag(t string) string {
	tag := strings.Join(rawTokens(t), " ")
	for _, c := range s.tags {
		if tag == c.cue {
			return fmt.Sprintf("set aside: it looks like %s (tag %q), not a tool for a sales activity", c.why, t)
		}
	}
	return ""
}

// sunsetWords announce that a product is no longer sold.
var sunsetWords = []string{"sunset", "sunsets", "sunsetting", "discontinued", "discontinue", "end of life", "eol", "retired", "retire", "retirement", "deprecated", "no longer sold", "end of sale"}

// sunsetSet holds products the materials themselves say are no longer sold.
type sunsetSet struct {
	products map[string]string // lowercase product word -> material id that says so
	// names are products of more than one word ("safepoint 100"), tokens
	// joined by spaces, found where a description says its piece's
	// product is discontinued: a family name alone ("Fieldline" of
	// "Fieldline Classic") would take the family's live products with it.
	names map[string]string
	// byRep are products a rep says are gone ("Lens was sunset in 2023",
	// "the ePRO module we sunset", "we dropped Compass last yr"), tokens
	// joined by spaces -> the response that says so.
	byRep map[string]string
	// byGlossary are products the glossary says are gone ("Voyager:
	// previous booking tool, retired in 2023"), tokens joined by spaces ->
	// the name as the glossary writes it.
	byGlossary map[string]string
}

// sunsetProducts finds products a material announces as sunset: the
// capitalised words of its title that few other materials use and that no
// rep mentions (reps do not sell what is gone).
func (e *engine) sunsetProducts(mats []enablemap.Material) sunsetSet {
	s := sunsetSet{products: map[string]string{}, names: map[string]string{}, byRep: map[string]string{}, byGlossary: map[string]string{}}
	inResponses := map[string]bool{}
	// Where reps speak of the end of life (a hospice's "end-of-life
	// conversations"), the words name the company's work, not a product
	// that is no longer sold.
	endOfLifeIsWork := false
	var said []string // each response's tokens, joined by spaces
	for _, ri := range e.resp {
		if ri.want {
			// A want asking to retire a piece ("pls kill the SafePoint
			// email") names the product without selling it.
			continue
		}
		toks := rawTokens(ri.r.Activity + " " + ri.r.Goal)
		if movesOff(toks) {
			// "KeyDrop customers ask whats replacing it", "the footer
			// still says Claritas Select": moving the owners of a
			// product on, or a piece that still names it, is no sign it
			// is still sold.
			continue
		}
		said = append(said, " "+strings.Join(toks, " ")+" ")
		for i, w := range toks {
			inResponses[w] = true
			if w == "end" && i+2 < len(toks) && toks[i+1] == "of" && toks[i+2] == "life" {
				endOfLifeIsWork = true
			}
		}
	}
	var titleDF map[string]int
	// Words that name a kind of material ("FAQ", "Datasheet") are not
	// products, even capitalised next to a sunset word.
	var typeWords map[string]bool
	limit := max(3, len(mats)/10)
	for _, m := range mats {
		if !mentionsSunset(m) {
			continue
		}
		if titleDF == nil {
			titleDF = map[string]int{}
			typeWords = map[string]bool{}
			for _, m := range mats {
				for _, w := range rawTokens(m.Type) {
					typeWords[w] = true
				}
				seen := map[string]bool{}
				for _, w := range rawTokens(m.Title) {
					if !seen[w] {
						seen[w] = true
						titleDF[w]++
					}
				}
			}
		}
		text := " " + strings.Join(rawTokens(m.Title+" "+m.Description+" "+strings.Join(m.Tags, " ")), " ") + " "
		announced := false
		for _, w := range sunsetWords {
			if endOfLifeIsWork && (w == "end of life" || w == "eol") {
				continue
			}
			if strings.Contains(text, " "+w+" ") {
				announced = true
				break
			}
		}
		if !announced {
			continue
		}
		// The product is the capitalised word right after the sunset word
		// ("to sunset PatientPay portal"), or else right before it
		// ("PatientPay end-of-life notice").
		fields := strings.Fields(m.Title)
		at := -1
		for i, f := range fields {
			_, core, _ := splitPunct(f)
			for _, t := range rawTokens(core) {
				if isSunsetWord(t) || t == "end" {
					at = i
				}
			}
			if at >= 0 {
				break
			}
		}
		if at < 0 {
			// No sunset word in the title, but the description says what
			// it describes is discontinued ("SafePoint 100 drop safe
			// brochure": "Discontinued January 2024"): the product is the
			// name the title opens with.
			// A piece that replaces the discontinued one ("Replaces
			// Brightcourt Books (retired 2023)") is the live product.
			name := leadingName(fields)
			desc := " " + strings.Join(rawTokens(m.Description), " ") + " "
			if name != "" && !slices.ContainsFunc(said, func(s string) bool { return strings.Contains(s, " "+name+" ") }) &&
				discontinuedStatement.MatchString(desc) && !stillShows.MatchString(desc) && !slices.ContainsFunc(movingOnWords, func(w string) bool { return strings.Contains(desc, w) }) {
				if _, ok := s.names[name]; !ok {
					s.names[name] = m.ID
				}
			}
			continue
		}
		var window []string
		if at >= 0 {
			window = append(window, fields[at+1:min(len(fields), at+3)]...)
			if at > 0 {
				_, core, _ := splitPunct(fields[at-1])
				if w := rawTokens(core); len(w) == 1 && !startsUpper(core) && !english.IsStopWord(w[0]) && !fillers[w[0]] && !isNumber(w[0]) {
					// A plain word right before the sunset word names what
					// ends ("Practice Manager, server end-of-life"): the
					// buyer's old equipment, not a product of the library.
					window = nil
				} else {
					window = append(window, fields[max(0, at-2):at]...)
				}
			}
		}
		for _, f := range window {
			_, core, _ := splitPunct(f)
			if core == "" || !startsUpper(core) {
				continue
			}
			toks := rawTokens(core)
			if len(toks) != 1 {
				continue
			}
			w := toks[0]
			if inResponses[w] || typeWords[w] || titleDF[w] > limit || fillers[w] || english.IsStopWord(w) || isNumber(w) || len(w) < 3 || isSunsetWord(w) {
				continue
			}
			if _, ok := s.products[w]; !ok {
				s.products[w] = m.ID
			}
			break
		}
	}
	gn := &goneNames{mats: mats, inResponses: inResponses, said: said}
	e.goneByRep(s, gn)
	e.goneByGlossary(s, gn)
	return s
}

// goneNames decides whether a product said to be gone sets pieces aside:
// no rep speaks of selling it, and a few titles (not a tenth of the
// library) name it.
type goneNames struct {
	mats        []enablemap.Material
	inResponses map[string]bool // every word of the responses that are not wants
	said        []string        // each such response's tokens, joined by spaces
	titles      []string        // each material's title and tags, tokens joined by spaces; built on first use
}

// takes reports whether the name, as tokens, is a gone product to set
// aside pieces for. A rep selling it is no sign it is gone ("the old
// price we dropped" is no product either: reps speak of price all the
// time).
func (g *goneNames) takes(toks []string) bool {
	name := strings.Join(toks, " ")
	if len(toks) == 1 && g.inResponses[toks[0]] || slices.ContainsFunc(g.said, func(t string) bool { return strings.Contains(t, " "+name+" ") }) {
		return false
	}
	if g.titles == nil {
		g.titles = make([]string, len(g.mats))
		for i, m := range g.mats {
			g.titles[i] = " " + strings.Join(rawTokens(m.Title+" "+strings.Join(m.Tags, " ")), " ") + " "
		}
	}
	n := 0
	for _, t := range g.titles {
		if strings.Contains(t, " "+name+" ") {
			n++
		}
	}
	return n > 0 && n <= max(3, len(g.mats)/10)
}

// mentionsSunset is a cheap test for a sunset word, before tokenising.
func mentionsSunset(m enablemap.Material) bool {
	s := strings.ToLower(m.Title + " " + m.Description + " " + strings.Join(m.Tags, " "))
	for _, w := range []string{"sunset", "discontinu", "end of", "end-of", "eol", "retire", "deprecat", "no longer"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func isSunsetWord(w string) bool {
	for _, s := range sunsetWords {
		if s == w {
			return true
		}
	}
	return false
}

func startsUpper(s string) bool {
	for _, r := range s {
		return r >= 'A' && r <= 'Z'
	}
	return false
}

// goneStatements find a product a rep says is no longer sold, in what the
// rep said or in the interviewer's notes: "Lens was sunset in 2023",
// "Carbon Neutral Flights ended 2023", "the ePRO module we sunset in 2022",
// "the telepsych flyer we killed", "we dropped Compass last yr", "a few
// still ask for 'Pathways' (retired 2022)". The name is the first group.
var goneStatements = []*regexp.Regexp{
	regexp.MustCompile(`\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+(?:was\s+|were\s+|got\s+|is\s+)?(?:retired|discontinued|ended|sunset|sunsetted|killed|dropped)\s+(?:in\s+)?(?:19|20)\d\d\b`),
	regexp.MustCompile(`(?i)\bthe\s+([a-z][\w-]*(?:\s+[a-z][\w-]*)?)\s+(?:name|module|product|service|flyer|line|program|programme|offer|tool|app|portal)\s+we\s+(?:dropped|killed|sunset|sunsetted|retired|discontinued)\b`),
	regexp.MustCompile(`\b(?:we|they)\s+(?:dropped|retired|killed|discontinued|sunset|sunsetted|shut\s+down|shut\s+off|shut|turned\s+off)\s+(?:the\s+)?([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)`),
	regexp.MustCompile(`['"‘“]([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['"’”]\s*\((?:retired|discontinued|ended|sunset)`),
	regexp.MustCompile(`\b(?:dropped|retired|discontinued)\s+[^.()]*\(([A-Z][\w-]+)\)`),
	// "KeyDrop = the discontinued kiosk", "Lens is our retired add-on"
	regexp.MustCompile(`\b([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s*(?:=|\bis|\bwas)\s+(?:the|our|an?)\s+(?:[\w-]+,?\s+){0,4}?(?:discontinued|retired|sunset|sunsetted|replaced\s+by)\b`),
	// "... lists PayTrellis. we sunset it in oct", "Brielle is still in
	// there and we dropped it last yr"
	regexp.MustCompile(`\b([A-Z][\w-]+)\b[^!?;]{0,80}?\bwe\s+(?:dropped|killed|retired|discontinued|sunset|sunsetted)\s+(?:it|them)\b`),
	// "get TrialText off the website. its been dead since 2022"
	regexp.MustCompile(`\b([A-Z][\w-]+)\b[^!?;]{0,80}?\b(?:it'?s|its|it\s+has)\s+been\s+dead\s+since\b`),
}

// goneAfterName are the gone statements whose name comes well before the
// verb ("... lists PayTrellis. we sunset it"): a capital that only opens
// the sentence names no product there.
const goneAfterName = 2

// goneByRep adds to s the products reps say are gone, when a material's
// title names them and no rep speaks of selling them: reps and their notes
// often know of a retired product that no material announces.
func (e *engine) goneByRep(s sunsetSet, gn *goneNames) {
	for _, ri := range e.resp {
		for _, text := range []string{ri.r.Activity, ri.r.Goal, ri.r.Notes} {
			if text == "" || !mentionsGone(text) {
				continue
			}
			for k, re := range goneStatements {
				for _, at := range re.FindAllStringSubmatchIndex(text, -1) {
					raw := text[at[2]:at[3]]
					if k == 0 && afterThingWord(text, at[2]) {
						// "the membership program Medicrest ended in
						// 2023": the name is who ended the program, the
						// company itself, not what is gone.
						continue
					}
					if verb := strings.ToLower(text[at[3]:at[1]]); (strings.Contains(verb, "dropped") || strings.Contains(verb, "ended") || k >= len(goneStatements)-goneAfterName) &&
						!strings.Contains(raw, " ") && !innerUpper(raw) && sentenceStart(text, at[2]) {
						// "Conversion dropped in 2023": a capital that only
						// opens the sentence names no product, where "Lens
						// was sunset" does.
						continue
					}
					toks := rawTokens(raw)
					for len(toks) > 0 && english.IsStopWord(toks[0]) {
						toks = toks[1:]
					}
					if len(toks) == 0 || len(toks[0]) < 3 || isNumber(toks[0]) {
						continue
					}
					name := strings.Join(toks, " ")
					if _, ok := s.byRep[name]; ok {
						continue
					}
					if gn.takes(toks) {
						s.byRep[name] = ri.r.ID
					}
				}
			}
		}
	}
}

// movesOff reports whether a response is about moving the owners of a
// product to its successor ("whats replacing it", "migrate the holdouts",
// "upgrade them", "move them off", "sites still on GenLink") or about a
// piece that still names an old one ("it still says Claritas Select").
func movesOff(toks []string) bool {
	for i, t := range toks {
		switch {
		case t == "old" || t == "legacy":
			// "old ManifestLink customers", "legacy Box Rate accts":
			// the rep's own word for the old product
			return true
		case t == "still" && i+1 < len(toks) && (toks[i+1] == "says" || toks[i+1] == "shows" || toks[i+1] == "lists" || toks[i+1] == "mentions" || toks[i+1] == "pitches" || toks[i+1] == "on"):
			// "it still says Claritas Select", "sites still on GenLink
			// modems" (the installed base to move on)
			return true
		case t == "still" && i+1 < len(toks) && strings.HasSuffix(toks[i+1], "ing") && !stillSold[toks[i+1]]:
			// "the last 2 schools still faxing OrderDesk forms", "clinics
			// still using the old app"; not "still selling it"
			return true
		case strings.HasPrefix(t, "replac"), strings.HasPrefix(t, "migrat"), strings.HasPrefix(t, "upgrad"):
			return true
		case (t == "move" || t == "moving" || t == "moved") && i+1 < len(toks) && (toks[i+1] == "off" || i+2 < len(toks) && toks[i+2] == "off"):
			return true
		case t == "purge" || (t == "pull" || t == "remove" || t == "toss") && slices.ContainsFunc(toks[i+1:min(len(toks), i+8)], func(w string) bool { return w == "off" || w == "out" }):
			// "library purge - pull anything Arbor or Vantage off the
			// shelves": taking the old pieces out
			return true
		case t == "days" && i >= 2 && toks[i-2] == "the" && !isNumber(toks[i-1]):
			// "districts on GPS only since the BusBuddy days": an era
			// past
			return true
		}
	}
	return false
}

// stillSold are the words of a rep still selling something ("still
// selling", "still quoting").
var stillSold = map[string]bool{"selling": true, "offering": true, "quoting": true, "pitching": true, "promoting": true, "leading": true}

// goneByGlossary adds to s the products the glossary says are gone
// ("InspectorLink: the old tablet app, retired in 2023 and replaced by
// FieldPoint"; "Admin Hub / Classic: Admin Hub is the current console.
// Classic is the old console, retired in 2024" names Classic alone), when a
// few materials' titles name them and no rep speaks of selling them. A
// term that replaced something ("Sentry: replaced the GenLink modem") is
// the live product; a meaning that warns of a trap or says "not the
// retired plan" names nothing gone.
func (e *engine) goneByGlossary(s sunsetSet, gn *goneNames) {
	for _, g := range e.ws.Glossary {
		low := strings.ToLower(g.Meaning)
		if !mentionsGone(low) && !strings.Contains(low, "replac") && !strings.Contains(low, "end of sale") && !strings.Contains(low, "was the ") &&
			!strings.Contains(low, "sold") && !strings.Contains(low, "former ") && !strings.Contains(low, "stopped ") && !strings.Contains(low, "closed in ") {
			continue
		}
		// The meaning's tokens, and where each sentence ends.
		var mt []string
		var ends []int
		for _, sentence := range sentenceBreak.Split(g.Meaning, -1) {
			mt = append(mt, rawTokens(sentence)...)
			ends = append(ends, len(mt))
		}
		sentenceEnd := func(i int) int {
			for _, e := range ends {
				if e > i {
					return e
				}
			}
			return len(mt)
		}
		if slices.Contains(mt, "trap") {
			continue
		}
		// What the term replaced is gone: "Sentry: ... It replaced the
		// GenLink modem in 2022".
		var replaced [][]string
		var shown []string // each name as written, names first, then replaced
		for _, m := range replacedName.FindAllStringSubmatch(g.Meaning, -1) {
			if vt := rawTokens(m[1]); len(vt) > 0 {
				replaced = append(replaced, vt)
			}
		}
		var names [][]string
		for _, v := range g.Variants() {
			vt := rawTokens(v)
			if len(vt) > 0 && !slices.ContainsFunc(vt, isGoneWord) {
				names = append(names, vt)
				shown = append(shown, strings.TrimSpace(v))
			}
		}
		for _, m := range replacedName.FindAllStringSubmatch(g.Meaning, -1) {
			if len(rawTokens(m[1])) > 0 {
				shown = append(shown, m[1])
			}
		}
		// at finds a name in the meaning, skipping where it only begins a
		// longer name of the term ("HollowLink" in "HollowLink Desktop,
		// the software that ran it, was retired": the desktop software is
		// gone, not the name).
		at := func(name []string) int {
			for from := 0; from+len(name) <= len(mt); {
				i := indexRun(mt[from:], name)
				if i < 0 {
					return -1
				}
				i += from
				if !slices.ContainsFunc(names, func(n []string) bool {
					return len(n) > len(name) && i+len(n) <= len(mt) && slices.Equal(mt[i:i+len(n)], n)
				}) {
					return i
				}
				from = i + 1
			}
			return -1
		}
		// A nickname the meaning uses ("... still call Tideline the
		// Vault") does not make it speak of the term by name.
		named := slices.ContainsFunc(names, func(n []string) bool { return n[0] != "the" && at(n) >= 0 })
		for k, name := range append(names, replaced...) {
			var gone bool
			if k >= len(names) {
				// "NitroVera SX: ... It replaced the original
				// NitroVera": a replaced name inside the term's own
				// names is the family, which the live product shares.
				// A name the term lists beside its live one is the old
				// name ("Account Center / eBill: ... It replaced eBill").
				gone = !slices.ContainsFunc(names, func(n []string) bool { return containsRun(n, name) && !slices.Equal(n, name) }) &&
					slices.ContainsFunc(names, func(n []string) bool { return !slices.Equal(n, name) })
			} else if i := at(name); i >= 0 {
				// What the sentence says after the name, up to the
				// next name of the term; or a meaning that opens with
				// what they all are ("Retired products: After Hours
				// was ...; PrepPath was ...").
				end := sentenceEnd(i)
				for _, other := range names {
					if j := at(other); j > i && j < end {
						end = j
					}
				}
				gone = goneIn(mt, i+len(name), end) || goneIn(mt, 0, min(len(mt), 3))
			} else if !named && (len(names) == 1 || spellings(names) || goneIn(mt, 0, min(len(mt), 3))) {
				// The meaning does not repeat the term: it describes
				// it (or its spellings, "Polar 400 / Polars"), or, for
				// a term of several names, opens with what they all are
				// ("Retired products: ...").
				gone = goneIn(mt, 0, len(mt))
			}
			// A name's first word must say something: three letters, or a
			// letter before other words ("Q-Wing"), not a model number
			// ("PX-3").
			short := len(name[0]) < 3 && (len(name) == 1 || slices.ContainsFunc(name, func(w string) bool { return strings.ContainsAny(w, "0123456789") }))
			if !gone || short || isNumber(name[0]) || name[0] == "the" {
				continue
			}
			if gn.takes(name) {
				s.byGlossary[strings.Join(name, " ")] = shown[k]
			}
		}
	}
}

// spellings reports whether a term's names are ways of writing one name:
// each shares its first word with the first ("Polar 400 / Polars", "TF-9 /
// TF9"), is its initials ("Heat Recovery Kit / HRK"), shares a word with
// it ("TrakStop 3G / 3G box") or is a nickname ("the Vault").
func spellings(names [][]string) bool {
	if len(names) < 2 {
		return false
	}
	first := names[0]
	stem := func(w string) string { return strings.TrimSuffix(w, "s") }
	for _, n := range names[1:] {
		switch {
		case n[0] == "the":
			// A nickname ("DiveVault / the Vault") is another way to
			// say it.
		case slices.ContainsFunc(n, func(w string) bool {
			return len(w) >= 2 && strings.Trim(w, "0123456789") != "" && slices.Contains(first, w)
		}):
			// A short name sharing a word with the first ("TrakStop 3G
			// / 3G box").
		case stem(n[0]) == stem(first[0]):
		case len(n) == 1 && len(first) > 1 && n[0] == initials(first):
		default:
			return false
		}
	}
	return true
}

// initials returns the first letters of words.
func initials(ws []string) string {
	var b strings.Builder
	for _, w := range ws {
		if w != "" {
			b.WriteByte(w[0])
		}
	}
	return b.String()
}

// replacedName finds the product a glossary term replaced: "replaced the
// GenLink modem", "it replaced the older ServiceLink portal", "(replaced
// Pathways in 2022)", "replaced eBill", "replacing FlexPlan"; "replaced by
// FieldPoint" names the successor, which the lowercase "by" keeps out.
var replacedName = regexp.MustCompile(`\b(?:[Rr]eplaced|[Rr]eplaces|[Rr]eplacing|[Ss]uperseded|[Ss]upersedes)\s+(?:the\s+)?(?:older\s+|old\s+|original\s+|former\s+|legacy\s+)?((?:[A-Z]|[a-z][A-Z])[\w-]*(?:\s+[A-Z][\w-]*){0,2})`)

// containsRun reports whether the tokens run appear in ts in a row.
func containsRun(ts, run []string) bool { return indexRun(ts, run) >= 0 }

// indexRun returns where the tokens run first appear in ts in a row, or -1.
func indexRun(ts, run []string) int {
	for i := 0; i+len(run) <= len(ts); i++ {
		if slices.Equal(ts[i:i+len(run)], run) {
			return i
		}
	}
	return -1
}

// sentenceBreak splits a glossary meaning into its sentences.
var sentenceBreak = regexp.MustCompile(`[.;!?](\s+|$)`)

// isGoneWord reports whether a token says a product is gone.
func isGoneWord(t string) bool {
	switch t {
	case "retired", "discontinued", "sunset", "sunsetted", "withdrawn", "divested":
		return true
	}
	return false
}

// goneIn reports whether tokens [from, to) say the thing before them is
// gone: a word of it ("retired", "discontinued", "end of sale", "shut
// down", "replaced by") that no "not" or "no" just before denies, and that
// does not follow "replaced" without "by" (the term replaced the thing that
// is gone).
func goneIn(ts []string, from, to int) bool {
	for i := from; i < to; i++ {
		t := ts[i]
		if t == "replaced" || t == "replaces" || t == "replace" {
			if i+1 < len(ts) && ts[i+1] == "by" {
				return true
			}
			// "PlotPoint was the mapping add-on that it replaced",
			// "ComfortStep: the insert line it replaced in 2023": the
			// term replaced the thing before, which is gone.
			if t == "replaced" && i > from && ts[i-1] == "it" && (i+1 >= to || ts[i+1] == "in" && i+2 < to && isYear(ts[i+2])) {
				return true
			}
			return false
		}
		gone := isGoneWord(t) ||
			// "Flex Hours was the old plan", "VeloNet was the earlier
			// console platform"
			(t == "old" || t == "earlier" || t == "previous" || t == "former") && i >= 2 && ts[i-2] == "was" && ts[i-1] == "the" ||
			// "the fleet was sold in 2023", "trucks, sold in 2022", "sold
			// off"; not "first sold in 2019"
			t == "sold" && soldAway(ts, i) ||
			// "Stowbox's former line of trailers"
			t == "former" && i+1 < len(ts) && formerWhat[ts[i+1]] ||
			// "take-back program (2019-2024), ended when its partner
			// closed"; not "ended up"
			t == "ended" && !(i+1 < len(ts) && ts[i+1] == "up") && !(i > 0 && endedTie[ts[i-1]]) ||
			t == "shut" && i+1 < len(ts) && (ts[i+1] == "down" || ts[i+1] == "off") ||
			// "a service BedsideX stopped offering in 2023"
			t == "stopped" && i+1 < len(ts) && stoppedWhat[ts[i+1]] ||
			// "home infusion service, closed in 2023"; not "closed won"
			t == "closed" && i+2 < len(ts) && ts[i+1] == "in" && isYear(ts[i+2]) ||
			t == "end" && i+2 < len(ts) && ts[i+1] == "of" && ts[i+2] == "sale"
		if !gone && noLonger(ts, i) {
			// "no longer sold", "no longer offered": the denial is
			// what says it is gone.
			return true
		}
		if !gone {
			continue
		}
		for k := max(from, i-3); k < i; k++ {
			if ts[k] == "not" || ts[k] == "no" || ts[k] == "never" {
				return false
			}
		}
		return true
	}
	return false
}

// stoppedWhat are what a company stops when a product is gone ("stopped
// offering", "stopped selling").
var stoppedWhat = map[string]bool{"offering": true, "selling": true, "making": true, "providing": true, "carrying": true, "supporting": true, "producing": true, "manufacturing": true}

// noLonger reports whether ts[i] is what a thing is no longer ("no longer
// sold", "no longer offered"), which says it is gone; "no longer needed"
// or "no longer a trial" says nothing of the kind.
func noLonger(ts []string, i int) bool {
	if i < 2 || ts[i-2] != "no" || ts[i-1] != "longer" {
		return false
	}
	switch ts[i] {
	case "sold", "offered", "available", "made", "manufactured", "marketed", "supported", "produced", "stocked", "carried":
		return true
	}
	return false
}

// soldAway reports whether "sold" at ts[i] says the company sold the
// thing off: "was sold to", "sold off", "sold in 2022" (but not "first
// sold in 2019" or "still sold in Canada").
func soldAway(ts []string, i int) bool {
	next := func(k int) string {
		if i+k < len(ts) {
			return ts[i+k]
		}
		return ""
	}
	prev := ""
	if i > 0 {
		prev = ts[i-1]
	}
	switch {
	case next(1) == "off":
		return true
	case prev == "was" || prev == "were":
		return next(1) == "in" || next(1) == "to"
	case next(1) == "in" && isYear(next(2)):
		return prev != "first" && prev != "still" && prev != "being" && prev != "now" && prev != "also"
	}
	return false
}

// endedTie are the ties to a product whose end leaves the product itself
// ("its integration ended in 2024", "support ended December 31"): what
// ended is the tie, not what was sold.
var endedTie = map[string]bool{"support": true, "integration": true, "partnership": true, "contract": true, "agreement": true, "warranty": true, "relationship": true, "pilot": true, "trial": true}

// formerWhat are the words after "former" that make a product line of the
// past ("former line", "former product").
var formerWhat = map[string]bool{"line": true, "product": true, "products": true, "offering": true, "service": true, "brand": true, "model": true, "platform": true}

// innerUpper reports whether a word has a capital after its first letter
// ("TenantCheck", "ePRO").
func innerUpper(w string) bool {
	for i, r := range w {
		if i > 0 && unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// sentenceStart reports whether position i of text opens a sentence.
func sentenceStart(text string, i int) bool {
	j := i - 1
	for j >= 0 && (text[j] == ' ' || text[j] == '\'' || text[j] == '"' || text[j] == '(') {
		j--
	}
	return j < 0 || strings.ContainsRune(".!?;-", rune(text[j]))
}

// afterThingWord reports whether the word before text[i:] names a kind of
// offering ("program", "service", "plan"...): a name right after it opens
// a clause about who did something to that offering.
func afterThingWord(text string, i int) bool {
	fields := strings.Fields(text[:i])
	if len(fields) == 0 {
		return false
	}
	_, core, _ := splitPunct(fields[len(fields)-1])
	switch strings.ToLower(core) {
	case "program", "programme", "service", "product", "plan", "line", "offer", "tool", "module", "membership", "card", "app", "portal", "package", "bundle", "promotion", "promo":
		return true
	}
	return false
}

// mentionsGone is a cheap test for the words of a gone statement.
func mentionsGone(text string) bool {
	low := strings.ToLower(text)
	for _, w := range []string{"retired", "discontinued", "ended", "sunset", "killed", "dropped", "shut", "turned off", "dead since", "replaced by", "divested"} {
		if strings.Contains(low, w) {
			return true
		}
	}
	return false
}

// leadingName returns the name a title opens with, in lowercase tokens
// joined by spaces: its first capitalised word and the capitalised words or
// numbers right after it ("SafePoint 100 drop safe brochure" -> "safepoint
// 100"), when there are at least two; else "".
func leadingName(fields []string) string {
	var name []string
	for i, f := range fields {
		_, core, _ := splitPunct(f)
		toks := rawTokens(core)
		if len(toks) != 1 || !(startsUpper(core) || i > 0 && isNumber(toks[0])) || english.IsStopWord(toks[0]) {
			break
		}
		name = append(name, toks[0])
		if len(name) == 3 {
			break
		}
	}
	if len(name) < 2 {
		return ""
	}
	return strings.Join(name, " ")
}

func (s sunsetSet) reason(m enablemap.Material) string {
	if len(s.products) == 0 && len(s.names) == 0 && len(s.byRep) == 0 && len(s.byGlossary) == 0 {
		return ""
	}
	toks := rawTokens(m.Title + " " + strings.Join(m.Tags, " "))
	text := " " + strings.Join(toks, " ") + " "
	if slices.ContainsFunc(movingOnWords, func(w string) bool { return strings.Contains(text, w) }) ||
		slices.ContainsFunc(ownersWords, func(w string) bool { return strings.Contains(text, w) }) {
		// "AirGrip end of sale: replacement with EG-series grippers
		// (trade-in)": a piece that moves the owners on is in use, and so
		// is one that serves them where they are ("Marquee 200 parts
		// availability notice", "LockServe 5 end of support - customer
		// notice").
		return ""
	}
	if len(s.byRep) > 0 {
		for _, name := range slices.Sorted(maps.Keys(s.byRep)) {
			if strings.Contains(text, " "+name+" ") {
				return fmt.Sprintf("set aside: it is about %s, which a rep says is no longer sold (%s)", name, s.byRep[name])
			}
		}
	}
	if len(s.byGlossary) > 0 {
		for _, name := range slices.Sorted(maps.Keys(s.byGlossary)) {
			if strings.Contains(text, " "+name+" ") {
				return fmt.Sprintf("set aside: it is about %s, which the glossary says is no longer sold", s.byGlossary[name])
			}
		}
	}
	if len(s.names) > 0 {
		for _, name := range slices.Sorted(maps.Keys(s.names)) {
			if strings.Contains(text, " "+name+" ") {
				id := s.names[name]
				if id == m.ID {
					return fmt.Sprintf("set aside: its description says %s is no longer sold", name)
				}
				return fmt.Sprintf("set aside: it is about %s, which material %s says is no longer sold", name, id)
			}
		}
	}
	for _, w := range toks {
		if id, ok := s.products[w]; ok {
			if id == m.ID {
				return fmt.Sprintf("set aside: it announces that %s is no longer sold", w)
			}
			return fmt.Sprintf("set aside: it is about %s, which material %s says is no longer sold", w, id)
		}
	}
	return ""
}

// buyerContentFormats are the formats of content Marketing publishes for
// buyers who are not yet talking to a rep.
var buyerContentFormats = []string{"blog post", "blog", "ebook", "e book", "white paper", "whitepaper", "article", "field guide", "guide", "podcast", "webinar replay", "webinar recording", "newsletter"}

// buyerContentFormat returns the buyer-content format a material's type (or,
// failing that, its tags) names, or "".
func buyerContentFormat(m enablemap.Material) string {
	typ := " " + strings.Join(rawTokens(m.Type), " ") + " "
	for _, f := range buyerContentFormats {
		if strings.Contains(typ, " "+strings.Join(rawTokens(f), " ")+" ") {
			return strings.TrimSpace(m.Type)
		}
	}
	for _, t := range m.Tags {
		tag := strings.Join(rawTokens(t), " ")
		for _, f := range buyerContentFormats {
			if tag == strings.Join(rawTokens(f), " ") {
				return f
			}
		}
	}
	return ""
}

// topOfFunnelActivity returns the first activity named after nurture, or
// else after industry insight, and that built-in activity; -1 when the
// reps named neither.
func topOfFunnelActivity(acts []*actInfo) (int, int) {
	for _, key := range []string{"nurture", "industry insight"} {
		for i, a := range acts {
			if a.canon >= 0 && concepts[a.canon].key == key && 2*a.canonCount >= len(a.members) {
				return i, a.canon
			}
		}
	}
	return -1, -1
}

// article returns "an" before a vowel sound and "a" otherwise.
func article(word string) string {
	if word != "" && strings.ContainsRune("aeiouAEIOU", rune(word[0])) {
		return "an"
	}
	return "a"
}

// audienceTitle reports whether a title opens by naming the reader it is
// written for ("For plant managers: uptime you can plan", "For CFOs - ..."):
// whatever the format (one-pager, brief, slides), a piece addressed to one
// role is the message for that stakeholder. The word "for" is a stop word,
// so no cue can see it; the opening is read here instead.
func audienceTitle(title string) bool {
	t := strings.ToLower(strings.TrimSpace(title))
	rest, ok := strings.CutPrefix(t, "for ")
	if !ok {
		return false
	}
	head, _, found := strings.Cut(rest, ":")
	if !found {
		head, _, found = strings.Cut(rest, " - ")
	}
	// The audience is a short noun phrase, not a sentence.
	return found && head != "" && len(strings.Fields(head)) <= 4
}

// stakeholderConcept is the built-in activity a piece written for one role
// serves.
var stakeholderConcept = func() int {
	for i, c := range concepts {
		if c.key == "stakeholder mapping" {
			return i
		}
	}
	panic("analysis: no stakeholder mapping in the knowledge base")
}()

// withAudienceLabel gives a material addressed to one role the label of
// stakeholder messaging, as one more cue in its title.
func withAudienceLabel(ml []label, title []int) ([]label, []int) {
	out := append([]label(nil), ml...)
	found := false
	for i := range out {
		if out[i].concept == stakeholderConcept {
			// One more cue naming it, counted as the others are.
			out[i].w += otherCueShare
			found = true
		}
	}
	if !found {
		out = append(out, label{stakeholderConcept, 1})
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].w > out[j].w })
	if !slices.Contains(title, stakeholderConcept) {
		title = append(append([]int(nil), title...), stakeholderConcept)
		slices.Sort(title)
	}
	return out, title
}

// searchQuestion and searchList match the titles of articles written for
// search traffic rather than for a buyer in a deal: a general question
// ("What is edge computing?"), a beginner's guide, a list of ideas or of the
// best things, a short history of something, whether something is the
// future of something, a lifestyle list ("5 smoothies our team loves").
var (
	searchQuestion = regexp.MustCompile(`(?i)^(blog:\s*)?(what\s+(is|are)\s|how\s+(long|high|much|many|far|fast|often)\s+(does|do|is|are|can)\s)`)
	searchList     = regexp.MustCompile(`(?i)\bbeginner['’]?s\s+guide\b|\b((a\s+)?(short|brief)\s+|the\s+)history\s+of\b|^(blog:\s*)?is\s+.+\s+the\s+future\s+of\b|\b\d+\s+(best|ideas)\b|\b\d+\s+(\S+\s+){0,3}?(ideas|tips|trends)\b|\bnear\s+me\b|\b\d+\s+ways\s+to\b|^(blog:\s*)?(the\s+)?best\s|\b\d+\s+free\s|\b\d+\s+(\S+\s+){0,4}?(our\s+team|we|everyone)\s+loves?\b|\b\d+\s+(stunning|amazing|delicious|fun|favorite|favourite)\s|^(blog:\s*)?how\s+to\s+.+\s+at\s+home\b`)
)

// searchWords are words one of which, or a number followed by a word,
// every title that searchList or searchQuestion matches holds: a cheap test
// before the patterns, which are slow on a large library.
var searchWords = []string{"what", "how", "guide", "history", "future", "best", "near", "love", "home"}

// maySearchTitle reports whether a title could be that of a search article.
// A title with a letter beyond ASCII may be; the patterns fold case by
// Unicode rules ("ſ" is an "s").
func maySearchTitle(title string) bool {
	for i := 0; i < len(title); i++ {
		if title[i] >= utf8.RuneSelf {
			return true
		}
	}
	for i := 0; i+2 < len(title); i++ {
		if c := title[i]; c >= '0' && c <= '9' && strings.IndexByte(" \t\n\f\r", title[i+1]) >= 0 {
			return true
		}
	}
	for _, w := range searchWords {
		if containsFold(title, w) {
			return true
		}
	}
	return false
}

// searchArticle reports whether a title is that of an article for search
// traffic. A question about the reader's own case ("What is your coolant
// really costing you?") is an insight piece for buyers.
func searchArticle(title string) bool {
	if !maySearchTitle(title) {
		return false
	}
	if searchList.MatchString(title) {
		// "Best practices for a smooth cutover" is advice for a buyer,
		// not a "best trucks of 2024" list.
		return !strings.Contains(strings.ToLower(title), "best practice")
	}
	if !searchQuestion.MatchString(title) {
		return false
	}
	for _, w := range rawTokens(title) {
		if w == "you" || w == "your" || w == "yours" {
			return false
		}
	}
	return true
}
