package analysis

import (
	"github.com/enablemap/enablemap/internal/enablemap"

	"cmp"
	"container/heap"
	"math"
	"slices"
	"sort"
	"strings"
)

// Weights of the parts of a response in the roll-up similarity. The activity
// text says what the rep does; the goal says why and varies more between
// reps; the concept a cue points at lets "ROI model" meet "business case".
const (
	rollWeightGoal = 0.25
	// rollWeightNotes weighs the interviewer's notes on a response: what
	// the rep uses, builds or complains about ("uses the savings calc",
	// "AHA = the hospital guide") says what the work is as plainly as the
	// rep's own words, and two reps who name the same tool or term there
	// are often doing one activity.
	rollWeightNotes  = 1.0
	rollWeightBigram = 0.5
	// sameInterviewFactor scales two answers of one rep: a rep rarely
	// names one activity twice for the same project. At 0.35 rather than
	// 0.45, over 261 companies roll-up +0.002 (111 up, 49 down), top-1
	// +0.004, holes +0.003; on five companies measured after the choice,
	// roll-up +0.008 and top-1 +0.008 (0.25 the same on them, less on the
	// 261).
	sameInterviewFactor = 0.35
	// primaryBoost is added to the similarity of two responses whose
	// activity text first names the same kind of activity ("cold calls" and
	// "call blitz" are both prospecting), even when they share no word.
	// It is small: on a company the knowledge base was not written from,
	// two responses about one built-in activity are one activity for an
	// expert less often than not (an expert splits by the company's own
	// work), and a large boost joins what the expert keeps apart.
	primaryBoost = 0.15
	// primaryMismatch scales the similarity of two responses about
	// different canonical activities.
	primaryMismatch  = 0.25
	primaryHalfKnown = 0.7
	// rollWeightHead is the extra weight of the words of an activity text's
	// first clause, before its details ("launch plan w/ HR comms - emails,
	// posters, intranet" is about the launch plan): reps name the activity
	// first, then list what it involves, and the list must not outweigh the
	// name.
	rollWeightHead = 2
	// loneFactor scales the threshold for a response still on its own: an
	// activity is rarely said by one rep in one answer (about one response
	// in twenty-five in the answer keys), so a lone response joins the group
	// most like it at a lower bar than two groups need to become one.
	loneFactor = 0.65
	// sureLabel is the label strength at which a response's built-in
	// activity is taken as certain: one full cue named first (1 plus the
	// focus bonus).
	sureLabel         = 1 + focusBonus
	rollWeightConcept = 0.6
	transitionPenalty = 0.3 // per canonical stage between two transitions
	// stageOverlapWeight scales down two responses that the lexicon of
	// earlier research places apart on the buying cycle. Chosen by
	// five-fold cross-validation: at 0.8 roll-up +0.001, stage +0.006,
	// top-1 +0.006, holes +0.005 (0.3 and 0.6 less; 0.95 the same).
	stageOverlapWeight = 0.8
	// relDiffWeight scales down two responses by how far apart the
	// lexicon's chances that their work needs material are. Chosen by
	// five-fold cross-validation: at 0.8 roll-up +0.001, relevance +0.007,
	// top-1 +0.009, holes +0.008 (0.3 and 0.6 less; 0.95 the same but
	// roll-up).
	relDiffWeight = 0.8
	// sameRankFactor favours two reps' responses at the same place in
	// their lists for the same sales transition, nextRankFactor those a
	// place apart: in the answer keys of seventy-seven companies such
	// pairs are one activity 12 % and 8 % of the time, pairs four places
	// or more apart 4 %.
	sameRankFactor       = 1.3
	nextRankFactor       = 1.15
	maxTransitionPenalty = 0.8
	minEdge              = 0.03
	// maxNeighbours bounds the edges each response keeps to its most similar
	// others. Gold activities hold a handful of responses, so this loses
	// nothing in practice and keeps clustering near linear on large projects.
	maxNeighbours = 30
	// Workers of the similarity graph, the rows each handles in turn, and
	// the fewest rows worth a worker.
	maxGraphWorkers  = 4
	graphBlock       = 32
	minRowsPerWorker = 200
)

// sparse is a sparse vector over feature ids, sorted by id.
type sparse []feat

type feat struct {
	id int32
	w  float32
}

// vocab interns feature strings.
type vocab struct {
	ids     map[string]int32
	bigrams map[[2]int32]int32 // pair of word ids -> bigram id
}

func newVocab() *vocab { return &vocab{ids: map[string]int32{}, bigrams: map[[2]int32]int32{}} }

// bigram interns the bigram of two words; it shares the id space of words so
// that vectors can mix both.
func (v *vocab) bigram(a, b string) int32 {
	k := [2]int32{v.id(a), v.id(b)}
	if id, ok := v.bigrams[k]; ok {
		return id
	}
	id := v.id(a + " " + b)
	v.bigrams[k] = id
	return id
}

// lookupBigram finds a bigram without interning it.
func (v *vocab) lookupBigram(a, b string) (int32, bool) {
	x, ok := v.ids[a]
	if !ok {
		return 0, false
	}
	y, ok := v.ids[b]
	if !ok {
		return 0, false
	}
	id, ok := v.bigrams[[2]int32{x, y}]
	return id, ok
}

func (v *vocab) id(s string) int32 {
	if id, ok := v.ids[s]; ok {
		return id
	}
	id := int32(len(v.ids))
	v.ids[s] = id
	return id
}

func (v *vocab) lookup(s string) (int32, bool) {
	id, ok := v.ids[s]
	return id, ok
}

// bag accumulates weighted features before they become a vector.
type bag map[int32]float64

func (b bag) add(id int32, w float64) { b[id] += w }

// addTerms adds unigrams and, between neighbouring words, bigrams.
func addTerms(b bag, v *vocab, ts []term, scale float64, bigrams bool) {
	for i, t := range ts {
		b.add(v.id(t.stem), t.w*scale)
		if bigrams && i > 0 && ts[i-1].stem != t.stem {
			w := math.Min(ts[i-1].w, t.w) * scale * rollWeightBigram
			b.add(v.bigram(ts[i-1].stem, t.stem), w)
		}
	}
}

func addConcepts(b bag, v *vocab, hits map[int]float64, scale float64) {
	for _, c := range sortedKeys(hits) {
		if !concepts[c].canonical() {
			continue // generic verbs of talking to buyers say nothing of which activity
		}
		b.add(v.id("§"+concepts[c].key), hits[c]*scale)
	}
}

func sortedKeys(m map[int]float64) []int {
	ks := make([]int, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Ints(ks)
	return ks
}

// tfidf turns bags into L2-normalised vectors, weighting each feature by its
// inverse document frequency over the bags themselves.
func tfidf(bags []bag) []sparse {
	df := map[int32]int{}
	for _, b := range bags {
		for id := range b {
			df[id]++
		}
	}
	n := float64(len(bags))
	out := make([]sparse, len(bags))
	for i, b := range bags {
		out[i] = weigh(b, func(id int32) float64 { return math.Log(1 + n/float64(df[id])) })
	}
	return out
}

// weigh turns a bag into an L2-normalised vector with the given inverse
// document frequency. Features are visited in id order so that sums, and so
// scores, are the same bit for bit on every run.
func weigh(b bag, idf func(int32) float64) sparse {
	return weighExtra(b, idf, 0)
}

// weighExtra is weigh with extra squared mass in the norm, for features
// that exist but are not kept (words no activity uses).
func weighExtra(b bag, idf func(int32) float64, extra float64) sparse {
	vec := make(sparse, 0, len(b))
	for id := range b {
		vec = append(vec, feat{id: id})
	}
	slices.SortFunc(vec, func(x, y feat) int { return cmp.Compare(x.id, y.id) })
	xs := make([]float64, len(vec))
	for k, f := range vec {
		xs[k] = b[f.id]
	}
	return normalise(vec, xs, idf, extra)
}

// normalise weighs the raw weights xs of the features of vec (sorted by id)
// and stores them, L2-normalised, in vec.
func normalise(vec sparse, xs []float64, idf func(int32) float64, extra float64) sparse {
	norm := extra
	for k, f := range vec {
		w := xs[k]
		if w > 1 {
			w = 1 + math.Log(w) // a word said twice is not twice the evidence
		}
		xs[k] = w * idf(f.id)
		norm += xs[k] * xs[k]
	}
	if norm > 0 {
		norm = math.Sqrt(norm)
	}
	for k := range vec {
		if norm > 0 {
			vec[k].w = float32(xs[k] / norm)
		}
	}
	return vec
}

// rollUp groups the responses that are not wants into activities by
// average-linkage agglomerative clustering over a sparse similarity graph.
// Only pairs sharing a feature are ever compared (an inverted index), so the
// cost follows the overlap of the texts, not the square of their number.
//
// A response a user marked as a want still takes part in the clustering and
// is taken out of its group afterwards, so that the decision changes nothing
// but that response: without it, a response that linked two others could
// no longer hold them together, and other reps' answers would move.
func (e *engine) rollUp() [][]int {
	var nodes []*respInfo
	for _, ri := range e.resp {
		if !ri.want || ri.wantState == enablemap.Confirmed {
			nodes = append(nodes, ri)
		}
	}
	if len(nodes) == 0 {
		return nil
	}
	v := weighNodes(nodes)
	if !e.opts.StageLexicon.empty() {
		// Where the lexicon places each response, for pairFactor.
		for _, ri := range nodes {
			ri.stageP, ri.relP = e.opts.StageLexicon.placeOf(ri)
		}
	}
	pieces, index := e.readLibrary(v)
	edges := e.similarityGraph(nodes, e.latentSpace(nodes, v, pieces), e.libraryProfiles(nodes, len(v.ids), pieces, index))
	e.sims = make(map[[2]int]float64, len(edges))
	for _, ed := range edges {
		a, b := nodes[ed.a].idx, nodes[ed.b].idx
		e.sims[[2]int{min(a, b), max(a, b)}] = ed.sim
	}
	clusters := agglomerate(len(nodes), edges, e.opts.RollUpThreshold)
	groups := make([][]int, 0, len(clusters))
	for _, c := range clusters {
		g := make([]int, 0, len(c))
		for _, m := range c {
			if !nodes[m].want {
				g = append(g, nodes[m].idx)
			}
		}
		if len(g) == 0 {
			continue
		}
		sort.Ints(g)
		groups = append(groups, g)
	}
	sort.Slice(groups, func(i, j int) bool { return groups[i][0] < groups[j][0] })
	return groups
}

// weighNodes gives each node its words as the roll-up weighs them (ri.vec)
// and returns their vocabulary.
func weighNodes(nodes []*respInfo) *vocab {
	v := newVocab()
	bags := make([]bag, len(nodes))
	for i, ri := range nodes {
		b := bag{}
		addTerms(b, v, ri.actTerms, 1, true)
		addTerms(b, v, ri.headTerms, rollWeightHead, false)
		addTerms(b, v, ri.goalTerms, rollWeightGoal, false)
		addTerms(b, v, ri.noteTerms, rollWeightNotes, false)
		addConcepts(b, v, ri.hits, rollWeightConcept)
		bags[i] = b
	}
	vecs := tfidf(bags)
	for i, ri := range nodes {
		ri.vec = vecs[i]
	}
	return v
}

type edge struct {
	a, b int
	sim  float64
}

// similarityGraph returns the pairs of nodes whose adjusted similarity is at
// least minEdge: the cosine of their words, what their closeness in the
// latent space adds (place holds each node's, or is nil), what the overlap
// of their lists of library pieces adds (pieces holds each node's, or is
// nil), and the pair's factors.
func (e *engine) similarityGraph(nodes []*respInfo, place [][]float32, pieces []sparse) []edge {
	n := len(nodes)
	type posting struct {
		node int32
		w    float32
	}
	postings := map[int32][]posting{}
	for i, ri := range nodes {
		for _, f := range ri.vec {
			postings[f.id] = append(postings[f.id], posting{int32(i), f.w})
		}
	}
	// Features most nodes share carry little weight and cost the most; past
	// this document frequency they are left out of the graph.
	maxDF := max(64, n/8)
	// The nodes whose lists hold each piece.
	byPiece := map[int32][]posting{}
	for i, ps := range pieces {
		for _, f := range ps {
			byPiece[f.id] = append(byPiece[f.id], posting{int32(i), f.w})
		}
	}
	byLabel := map[int][]int{}
	for i, ri := range nodes {
		for _, l := range ri.labelVec {
			byLabel[l.concept] = append(byLabel[l.concept], i)
		}
	}
	// Rows are independent: a few workers compute them, each with its own
	// accumulators, and the edges are joined in row order, so the graph is
	// the same whatever the number of workers.
	rows := make([][]edge, n)
	forEachWorker(n, func(eachRow func(func(i int))) {
		acc := make([]float64, n)
		shared := make([]float64, n) // the dot of the lists of pieces
		mark := make([]bool, n)
		var touched []int
		var buf []edge // the row being built, reused
		touch := func(j int) {
			if !mark[j] {
				mark[j] = true
				touched = append(touched, j)
			}
		}
		eachRow(func(i int) {
			ri := nodes[i]
			touched = touched[:0]
			// Responses that name the same canonical activity are
			// compared even when they share no word.
			for _, l := range ri.labelVec {
				for _, j := range byLabel[l.concept] {
					if j > i {
						touch(j)
					}
				}
			}
			for _, f := range ri.vec {
				ps := postings[f.id]
				if len(ps) > maxDF {
					continue
				}
				for _, p := range ps {
					if j := int(p.node); j > i {
						touch(j)
						acc[j] += float64(f.w) * float64(p.w)
					}
				}
			}
			// Closeness in the latent space: every later node is
			// compared, as it counts most between texts that share
			// no word.
			if place != nil {
				for j := i + 1; j < n; j++ {
					if g := latentGain(place[i], place[j]); g > 0 {
						touch(j)
						acc[j] += g
					}
				}
			}
			if pieces != nil {
				for _, f := range pieces[i] {
					for _, p := range byPiece[f.id] {
						if j := int(p.node); j > i {
							touch(j)
							shared[j] += float64(f.w) * float64(p.w)
						}
					}
				}
			}
			sort.Ints(touched)
			buf = buf[:0]
			for _, j := range touched {
				o := nodes[j]
				s := acc[j] + libraryGain(shared[j])
				shared[j] = 0
				if sim := labelSim(ri.labelVec, o.labelVec); sim > 0 {
					s += primaryBoost * sim * math.Min(1, math.Min(ri.primaryW, o.primaryW))
				}
				s *= e.pairFactor(ri, o)
				acc[j], mark[j] = 0, false
				if s >= minEdge {
					buf = append(buf, edge{a: i, b: j, sim: s})
				}
			}
			rows[i] = slices.Clone(buf)
		})
	})
	total := 0
	for _, row := range rows {
		total += len(row)
	}
	edges := make([]edge, 0, total)
	for _, row := range rows {
		edges = append(edges, row...)
	}
	return nearest(n, edges, maxNeighbours)
}

// nearest keeps the edges that are among the k strongest of either end.
func nearest(n int, edges []edge, k int) []edge {
	per := make([][]int, n) // node -> indices of its edges
	for i, ed := range edges {
		per[ed.a] = append(per[ed.a], i)
		per[ed.b] = append(per[ed.b], i)
	}
	keep := make([]bool, len(edges))
	// before orders edges strongest first, the earlier on a tie.
	before := func(x, y int) bool {
		if edges[x].sim != edges[y].sim {
			return edges[x].sim > edges[y].sim
		}
		return x < y
	}
	for _, es := range per {
		if len(es) > k {
			selectFirst(es, k, before)
			es = es[:k]
		}
		for _, i := range es {
			keep[i] = true
		}
	}
	out := edges[:0]
	for i, ed := range edges {
		if keep[i] {
			out = append(out, ed)
		}
	}
	return out
}

// pairFactor is the weak evidence beyond the words: the same rep rarely names
// one activity twice, and activities of distant transitions are rarely the
// same.

func (e *engine) pairFactor(a, b *respInfo) float64 {
	f := 1.0
	switch {
	case a.primary >= 0 && b.primary >= 0:
		// Two responses about different canonical activities are rarely one
		// activity, whatever words they share; the less their labels
		// overlap, the less their words count.
		m := primaryMismatch
		fl := m + (1-m)*labelSim(a.labelVec, b.labelVec)
		// A weak label (a weak cue, or the goal alone) is unsure which
		// activity the response is about: its verdict counts in proportion
		// to its strength, the rest as if it named none.
		c := math.Min(1, math.Min(a.primaryW, b.primaryW)/sureLabel)
		fl = c*fl + (1-c)*primaryHalfKnown
		f *= fl
	case (a.primary >= 0) != (b.primary >= 0):
		// One names a known activity and the other does not: likely a
		// different, more specific activity that shares a word or two.
		f *= primaryHalfKnown
	}
	if a.r.InterviewID != "" && a.r.InterviewID == b.r.InterviewID {
		f *= sameInterviewFactor
	}
	if a.trans == b.trans && a.r.InterviewID != b.r.InterviewID {
		// Reps answering for the same transition tend to list its work in
		// the order it is done: two reps' answers at the same place in the
		// same transition's list are a little more likely one activity, and
		// answers a place apart a little less so.
		switch d := a.rank - b.rank; {
		case d == 0:
			f *= sameRankFactor
		case d == 1 || d == -1:
			f *= nextRankFactor
		}
	}
	if a.prior != noStage && b.prior != noStage {
		f *= 1 - math.Min(math.Abs(a.prior-b.prior)*transitionPenalty, maxTransitionPenalty)
	}
	if a.stageP != ([lexBins]float64{}) && b.stageP != ([lexBins]float64{}) {
		// Where earlier research would place each on the buying cycle:
		// two responses it would place apart are less likely one
		// activity (the overlap of the two spreads, 1 when the same).
		var ov float64
		for k := range a.stageP {
			ov += math.Sqrt(a.stageP[k] * b.stageP[k])
		}
		f *= 1 - stageOverlapWeight*(1-ov)
		// And whether it finds their work needs material: work it
		// finds internal and work with the buyer are rarely one.
		f *= 1 - relDiffWeight*math.Abs(a.relP-b.relP)
	}
	return f
}

// headClause returns an activity text up to its first separator of details
// (" - ", ":", "(", ",", " + ", ";", ". "), or "" when it has none: the whole
// text is then its head.
func headClause(s string) string {
	cut := len(s)
	for _, sep := range []string{" - ", " – ", " — ", ":", "(", ",", " + ", ";", ". "} {
		if i := strings.Index(s, sep); i > 0 && i < cut {
			cut = i
		}
	}
	if cut == len(s) {
		return ""
	}
	return s[:cut]
}

// selectFirst reorders xs so that its first k elements are the k first in
// the order before, in no particular order among themselves (a quickselect
// with the middle element as pivot: deterministic, and linear on average,
// where sorting every list would cost a logarithm more).
func selectFirst(xs []int, k int, before func(x, y int) bool) {
	lo, hi := 0, len(xs)-1
	for lo < hi {
		p := xs[lo+(hi-lo)/2]
		i, j := lo, hi
		for i <= j {
			for before(xs[i], p) {
				i++
			}
			for before(p, xs[j]) {
				j--
			}
			if i <= j {
				xs[i], xs[j] = xs[j], xs[i]
				i++
				j--
			}
		}
		switch {
		case k-1 <= j:
			hi = j
		case k-1 >= i:
			lo = i
		default:
			return
		}
	}
}

// agglomerate merges clusters, best pair first, while the average similarity
// between their members (missing pairs count as zero) is at least threshold,
// or loneFactor times it when one of the two is a single response.
func agglomerate(n int, edges []edge, threshold float64) [][]int {
	members := make([][]int, n)
	sums := make([]map[int]float64, n)
	version := make([]int, n)
	alive := make([]bool, n)
	for i := range members {
		members[i] = []int{i}
		alive[i] = true
	}
	lone := threshold * loneFactor
	reaches := func(a, b int, avg float64) bool {
		if len(members[a]) == 1 || len(members[b]) == 1 {
			return avg >= lone
		}
		return avg >= threshold
	}
	h := &pairHeap{}
	for _, ed := range edges {
		if sums[ed.a] == nil {
			sums[ed.a] = map[int]float64{}
		}
		if sums[ed.b] == nil {
			sums[ed.b] = map[int]float64{}
		}
		sums[ed.a][ed.b] += ed.sim
		sums[ed.b][ed.a] += ed.sim
		if ed.sim >= lone {
			*h = append(*h, pairItem{a: ed.a, b: ed.b, avg: ed.sim})
		}
	}
	heap.Init(h)
	for h.Len() > 0 {
		it := heap.Pop(h).(pairItem)
		// A pair was pushed only when it reached its bar, and a version
		// that has not moved means neither side has grown since.
		if !alive[it.a] || !alive[it.b] || version[it.a] != it.va || version[it.b] != it.vb {
			continue
		}
		// Merge the later cluster into the earlier one so ids stay stable.
		a, b := it.a, it.b
		if b < a {
			a, b = b, a
		}
		members[a] = append(members[a], members[b]...)
		members[b] = nil
		alive[b] = false
		version[a]++
		if sums[a] == nil {
			sums[a] = map[int]float64{}
		}
		for k, s := range sums[b] {
			if k == a {
				continue
			}
			sums[a][k] += s
			delete(sums[k], b)
			sums[k][a] += s
		}
		delete(sums[a], b)
		sums[b] = nil
		// Push the new averages in a fixed order so ties break the same way
		// on every run.
		ks := make([]int, 0, len(sums[a]))
		for k := range sums[a] {
			ks = append(ks, k)
		}
		sort.Ints(ks)
		for _, k := range ks {
			avg := sums[a][k] / float64(len(members[a])*len(members[k]))
			if reaches(a, k, avg) {
				x, y := a, k
				if y < x {
					x, y = y, x
				}
				heap.Push(h, pairItem{a: x, b: y, avg: avg, va: version[x], vb: version[y]})
			}
		}
	}
	var out [][]int
	for i := range members {
		if alive[i] {
			out = append(out, members[i])
		}
	}
	return out
}

type pairItem struct {
	a, b   int
	avg    float64
	va, vb int
}

type pairHeap []pairItem

func (h pairHeap) Len() int { return len(h) }
func (h pairHeap) Less(i, j int) bool {
	if h[i].avg != h[j].avg {
		return h[i].avg > h[j].avg
	}
	if h[i].a != h[j].a {
		return h[i].a < h[j].a
	}
	return h[i].b < h[j].b
}
func (h pairHeap) Swap(i, j int) { h[i], h[j] = h[j], h[i] }
func (h *pairHeap) Push(x any)   { *h = append(*h, x.(pairItem)) }
func (h *pairHeap) Pop() any {
	old := *h
	it := old[len(old)-1]
	*h = old[:len(old)-1]
	return it
}
