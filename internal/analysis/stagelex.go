package analysis

import (
	"bufio"
	_ "embed"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// A StageLexicon is a model of where, on the canonical buying cycle, the
// answer keys of earlier research placed responses, from their words, the
// interviewer's notes on them, their sales transition and its place: reps'
// words for pilots and references sit late, for triggers and benchmarks
// early, and each sales transition leans where experts put its work. It is
// learnt from other companies' research (LearnStageLexicon) and read by the
// engine as one more signal for the buying stage, beside the transition's
// place and the cue words.
//
// The model is a softmax regression over the canonical positions: each
// feature (a stem of the activity or goal, a stem of the notes, the
// response's rank in the rep's list, the sales stages it runs between) has a
// weight for each position, and so does each position the sales transition
// gives.
type StageLexicon struct {
	feats map[string][lexBins]float64 // by feature, its weight for each position
	prior [lexBins][lexBins]float64   // by the transition's position (bin), the weight for each position
	bias  [lexBins]float64
	base  [lexBins]float64 // the log share of each position in the answer keys

	// The relevance head: by feature, its weight for the response's
	// activity needing a tool or material; by transition bin; the bias.
	rel      map[string]float64
	relPrior [lexBins]float64
	relBias  float64
	relBase  float64 // the log odds of relevance in the answer keys
}

// relLexWeight is how much the relevance head's log odds count beside the
// cue words' relevance score. Chosen by five-fold cross-validation (0.8,
// 1.5 and 3 within 0.005 of each other; 0.4 and below lower).
const relLexWeight = 1.0

// stageLexWeight is how much the lexicon's lean counts beside the sales
// transition (stagePriorWeight) and the cue words. Chosen by five-fold
// cross-validation over the companies of the data sets (1, 1.5 and 2 within
// 0.004 of each other; 0.5 and 4 lower).
const stageLexWeight = 1.5

// lexBins are the canonical positions the lexicon tells apart: problem
// identification (0) to the decision (5), the switch (6) and the life with
// it (7).
const lexBins = int(canonPostLate) + 1

// A LabelledWorkspace is a company's research and, by response id, the
// buying stage its answer key gives each response.
type LabelledWorkspace struct {
	Workspace enablemap.Workspace
	Stage     map[string]string
	Relevant  map[string]bool
}

// Learning settings. A feature must be used in lexMinSets companies'
// research to count: a word of one trade is no sign for another.
const (
	lexMinSets = 8
	lexL2      = 1e-4
	lexEpochs  = 8
	lexRate    = 0.2
	// lexNoteWeight is how much a stem of the notes counts beside one of
	// the answer.
	lexNoteWeight = 0.5
)

type lexSample struct {
	feats  []string
	prior  [lexBins]float64
	target [lexBins]float64
	rel    float64
}

// LearnStageLexicon learns a StageLexicon from labelled research. The same
// research, in the same order, always gives the same lexicon.
func LearnStageLexicon(sets []LabelledWorkspace) *StageLexicon {
	var samples []lexSample
	seenIn := map[string]int{}
	var total [lexBins]float64
	var relN, relY float64
	for _, set := range sets {
		e := newEngine(set.Workspace, Options{StageLexicon: NoStageLexicon}.withDefaults())
		e.prepareResponses()
		inSet := map[string]bool{}
		for _, ri := range e.resp {
			st, ok := set.Stage[ri.r.ID]
			if !ok {
				continue
			}
			k := slices.Index(e.buying, st)
			if k < 0 {
				continue
			}
			var smp lexSample
			spread(&smp.target, e.buyingPos[k], 1)
			smp.prior = transitionSpread(ri)
			smp.feats = lexFeatures(ri)
			if set.Relevant[ri.r.ID] {
				smp.rel = 1
			}
			relN++
			relY += smp.rel
			for b := range smp.target {
				total[b] += smp.target[b]
			}
			for _, f := range smp.feats {
				if !inSet[f] {
					inSet[f] = true
					seenIn[f]++
				}
			}
			samples = append(samples, smp)
		}
	}
	lex := &StageLexicon{feats: map[string][lexBins]float64{}, rel: map[string]float64{}}
	if relN > 0 {
		lex.relBase = math.Log((relY + 1) / (relN - relY + 1))
		lex.relBias = lex.relBase
	}
	var all float64
	for _, t := range total {
		all += t
	}
	if all == 0 {
		return lex
	}
	for b := range total {
		lex.base[b] = math.Log((total[b] + 1) / (all + float64(lexBins)))
		lex.bias[b] = lex.base[b]
	}
	for i := range samples {
		samples[i].feats = slices.DeleteFunc(samples[i].feats, func(f string) bool { return seenIn[f] < lexMinSets })
	}
	// Stochastic gradient descent, in an order shuffled by a fixed
	// generator.
	order := make([]int, len(samples))
	for i := range order {
		order[i] = i
	}
	seed := uint64(1)
	for epoch := range lexEpochs {
		for i := len(order) - 1; i > 0; i-- {
			seed = seed*6364136223846793005 + 1442695040888963407
			j := int((seed >> 33) % uint64(i+1))
			order[i], order[j] = order[j], order[i]
		}
		rate := lexRate / (1 + float64(epoch))
		for _, i := range order {
			smp := &samples[i]
			p := lex.probs(smp.feats, &smp.prior)
			x := featureScale(smp.feats)
			var g [lexBins]float64
			for b := range g {
				g[b] = p[b] - smp.target[b]
				lex.bias[b] -= rate * g[b]
			}
			for pb, pw := range smp.prior {
				if pw == 0 {
					continue
				}
				for b := range g {
					lex.prior[pb][b] -= rate * (g[b]*pw + lexL2*lex.prior[pb][b])
				}
			}
			for _, f := range smp.feats {
				w := lex.feats[f]
				xf := x * featureWeight(f)
				for b := range g {
					w[b] -= rate * (g[b]*xf + lexL2*w[b])
				}
				lex.feats[f] = w
			}
			gr := lex.relProb(smp.feats, &smp.prior) - smp.rel
			lex.relBias -= rate * gr
			for pb, pw := range smp.prior {
				if pw != 0 {
					lex.relPrior[pb] -= rate * (gr*pw + lexL2*lex.relPrior[pb])
				}
			}
			for _, f := range smp.feats {
				lex.rel[f] -= rate * (gr*x*featureWeight(f) + lexL2*lex.rel[f])
			}
		}
	}
	return lex
}

// lexFeatures are a response's features: the distinct stems of its
// activity and goal, those of its notes ("n:" and the stem), its rank in the
// rep's list for the transition ("rank:" 0 to 4, 4 for any later), and the
// sales stages it runs from and to ("from:" and "to:" and the lowercase
// name). Words of proper names are left out.
func lexFeatures(ri *respInfo) []string {
	var out []string
	for _, ts := range [][]term{ri.actTerms, ri.goalTerms} {
		for _, t := range ts {
			if !t.name && t.stem != "" && !slices.Contains(out, t.stem) {
				out = append(out, t.stem)
			}
		}
	}
	for _, t := range ri.noteTerms {
		if f := "n:" + t.stem; !t.name && t.stem != "" && !slices.Contains(out, f) {
			out = append(out, f)
		}
	}
	out = append(out, "rank:"+strconv.Itoa(min(ri.rank, 4)))
	if from, to, ok := strings.Cut(ri.trans, ">"); ok {
		out = append(out, "from:"+from, "to:"+to)
	}
	return out
}

// featureScale is the value of each feature in a response with these
// features: a long answer's words each say less.
func featureScale(feats []string) float64 {
	if len(feats) == 0 {
		return 0
	}
	return 1 / math.Sqrt(float64(len(feats)))
}

// featureWeight is how much a feature counts: a stem of the notes less
// than one of the answer.
func featureWeight(f string) float64 {
	if strings.HasPrefix(f, "n:") {
		return lexNoteWeight
	}
	return 1
}

// probs returns the model's spread over the canonical positions for a
// response of these (known) features and this transition place.
func (lex *StageLexicon) probs(feats []string, prior *[lexBins]float64) [lexBins]float64 {
	z := lex.bias
	x := featureScale(feats)
	for _, f := range feats {
		if w, ok := lex.feats[f]; ok {
			xf := x * featureWeight(f)
			for b := range z {
				z[b] += xf * w[b]
			}
		}
	}
	for pb, pw := range prior {
		if pw == 0 {
			continue
		}
		for b := range z {
			z[b] += pw * lex.prior[pb][b]
		}
	}
	top := slices.Max(z[:])
	var sum float64
	var p [lexBins]float64
	for b := range z {
		p[b] = math.Exp(z[b] - top)
		sum += p[b]
	}
	for b := range p {
		p[b] /= sum
	}
	return p
}

// relProb returns the model's chance that a response of these features
// and this transition place is about work that needs a tool or material.
func (lex *StageLexicon) relProb(feats []string, prior *[lexBins]float64) float64 {
	z := lex.relBias
	x := featureScale(feats)
	for _, f := range feats {
		if w, ok := lex.rel[f]; ok {
			z += x * featureWeight(f) * w
		}
	}
	for pb, pw := range prior {
		z += pw * lex.relPrior[pb]
	}
	return 1 / (1 + math.Exp(-z))
}

// relLean returns the members' mean log odds of needing a tool or
// material, against the answer keys' overall odds.
func (lex *StageLexicon) relLean(members []*respInfo) float64 {
	if lex.empty() || len(members) == 0 || lex.rel == nil {
		return 0
	}
	var sum float64
	for _, m := range members {
		_, p := lex.placeOf(m)
		p = min(max(p, 1e-6), 1-1e-6)
		sum += math.Log(p/(1-p)) - lex.relBase
	}
	return sum / float64(len(members))
}

// relWords returns up to n words of the members (stems of their answers)
// whose weight leans most toward needing a tool or material (relevant) or
// toward internal work (not relevant), strongest first, for the reason.
func (lex *StageLexicon) relWords(members []*respInfo, relevant bool, n int) []string {
	return lex.topWords(members, n, func(f string) float64 {
		if relevant {
			return lex.rel[f]
		}
		return -lex.rel[f]
	})
}

// topWords returns up to n words of the members (stems of their answers,
// not the other features) whose score, summed over the members, is highest
// and above zero, strongest first.
func (lex *StageLexicon) topWords(members []*respInfo, n int, score func(f string) float64) []string {
	sum := map[string]float64{}
	for _, m := range members {
		for _, f := range lex.known(m) {
			if !strings.Contains(f, ":") {
				sum[f] += score(f)
			}
		}
	}
	var ws []string
	for f, s := range sum {
		if s > 0 {
			ws = append(ws, f)
		}
	}
	sort.Slice(ws, func(i, j int) bool {
		if sum[ws[i]] != sum[ws[j]] {
			return sum[ws[i]] > sum[ws[j]]
		}
		return ws[i] < ws[j]
	})
	return ws[:min(n, len(ws))]
}

// placeOf returns the lexicon's spread over the canonical positions for a
// response and its chance that the response's work needs material: as the
// roll-up kept them, or worked out anew.
func (lex *StageLexicon) placeOf(ri *respInfo) ([lexBins]float64, float64) {
	if ri.stageP != ([lexBins]float64{}) {
		return ri.stageP, ri.relP
	}
	prior := transitionSpread(ri)
	known := lex.known(ri)
	return lex.probs(known, &prior), lex.relProb(known, &prior)
}

// transitionSpread returns the position a response's sales transition
// gives, as bins; all zero when it gives none.
func transitionSpread(ri *respInfo) [lexBins]float64 {
	var bins [lexBins]float64
	if ri.prior != noStage {
		spread(&bins, ri.prior, 1)
	}
	return bins
}

// spread adds weight w at canonical position p, shared between the two
// nearest bins.
func spread(bins *[lexBins]float64, p, w float64) {
	p = min(max(p, 0), float64(lexBins-1))
	lo := int(math.Floor(p))
	f := p - float64(lo)
	bins[lo] += w * (1 - f)
	if lo+1 < lexBins {
		bins[lo+1] += w * f
	}
}

// lexAt returns the value of bins at canonical position p, between its two
// nearest bins.
func lexAt(bins *[lexBins]float64, p float64) float64 {
	p = min(max(p, 0), float64(lexBins-1))
	lo := int(math.Floor(p))
	f := p - float64(lo)
	v := bins[lo] * (1 - f)
	if lo+1 < lexBins {
		v += bins[lo+1] * f
	}
	return v
}

// known returns the features of a response the lexicon has weights for.
func (lex *StageLexicon) known(ri *respInfo) []string {
	var out []string
	for _, f := range lexFeatures(ri) {
		if _, ok := lex.feats[f]; ok {
			out = append(out, f)
		}
	}
	return out
}

// lean returns, for each of the project's buying stages, how much likelier
// than overall the lexicon finds the stage's position for the members, on
// a log scale, averaged over the members.
func (lex *StageLexicon) lean(members []*respInfo, buyingPos []float64) []float64 {
	out := make([]float64, len(buyingPos))
	if lex.empty() || len(members) == 0 {
		return out
	}
	for _, m := range members {
		p, _ := lex.placeOf(m)
		var lr [lexBins]float64
		for b := range p {
			lr[b] = math.Log(p[b]+1e-9) - lex.base[b]
		}
		for k, pos := range buyingPos {
			out[k] += lexAt(&lr, pos) / float64(len(members))
		}
	}
	return out
}

// words returns up to n words of the members (stems of their answers) that
// lean most to canonical position pos, strongest first, for the reason.
func (lex *StageLexicon) words(members []*respInfo, pos float64, n int) []string {
	return lex.topWords(members, n, func(f string) float64 {
		// The lean of the word to pos against its mean lean.
		w := lex.feats[f]
		var mean float64
		for _, x := range w {
			mean += x / float64(lexBins)
		}
		return lexAt(&w, pos) - mean
	})
}

func (lex *StageLexicon) empty() bool { return lex == nil || len(lex.feats) == 0 }

// NoStageLexicon is a lexicon that knows nothing: an engine given it places
// stages by the sales transition and the cue words alone.
var NoStageLexicon = &StageLexicon{}

// The lexicon the engine uses unless told otherwise, learnt from the data
// sets that come with the source (see docs/engine.md) and kept in
// stagelex.txt.
var (
	//go:embed stagelex.txt
	builtinLexiconText string
	builtinLexicon     = sync.OnceValue(func() *StageLexicon {
		lex, err := ReadStageLexicon(strings.NewReader(builtinLexiconText))
		if err != nil {
			panic("analysis: the built-in stage lexicon: " + err.Error())
		}
		return lex
	})
)

// BuiltinStageLexicon returns the lexicon the engine uses by default.
func BuiltinStageLexicon() *StageLexicon { return builtinLexicon() }

// WriteTo writes the lexicon as text: a header line, then one line per
// row of weights (the bias, the base shares, each transition bin, each
// feature in order), each a name, lexBins numbers for the stage and one for
// the relevance, separated by tabs.
func (lex *StageLexicon) WriteTo(w io.Writer) (int64, error) {
	bw := bufio.NewWriter(w)
	var n int64
	row := func(name string, v *[lexBins]float64, rel float64) {
		k, _ := bw.WriteString(name)
		n += int64(k)
		for _, x := range append(v[:], rel) {
			k, _ = fmt.Fprintf(bw, "\t%s", strconv.FormatFloat(x, 'g', 5, 64))
			n += int64(k)
		}
		bw.WriteByte('\n')
		n++
	}
	k, _ := fmt.Fprintf(bw, "# enablemap lexicon of earlier research: %d features; %d stage positions and the relevance\n", len(lex.feats), lexBins)
	n += int64(k)
	row("@bias", &lex.bias, lex.relBias)
	row("@base", &lex.base, lex.relBase)
	for b := range lex.prior {
		row("@prior:"+strconv.Itoa(b), &lex.prior[b], lex.relPrior[b])
	}
	for _, f := range slices.Sorted(maps.Keys(lex.feats)) {
		w := lex.feats[f]
		row(f, &w, lex.rel[f])
	}
	return n, bw.Flush()
}

// ReadStageLexicon reads a lexicon written by WriteTo.
func ReadStageLexicon(r io.Reader) (*StageLexicon, error) {
	lex := &StageLexicon{feats: map[string][lexBins]float64{}, rel: map[string]float64{}}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		fields := strings.Split(text, "\t")
		if len(fields) != lexBins+2 {
			return nil, fmt.Errorf("line %d: %d fields, want %d", line, len(fields), lexBins+2)
		}
		var v [lexBins]float64
		var rel float64
		for i, f := range fields[1:] {
			x, err := strconv.ParseFloat(f, 64)
			if err != nil {
				return nil, fmt.Errorf("line %d, column %d: %w", line, i+2, err)
			}
			if i < lexBins {
				v[i] = x
			} else {
				rel = x
			}
		}
		switch name := fields[0]; {
		case name == "@bias":
			lex.bias, lex.relBias = v, rel
		case name == "@base":
			lex.base, lex.relBase = v, rel
		case strings.HasPrefix(name, "@prior:"):
			b, err := strconv.Atoi(strings.TrimPrefix(name, "@prior:"))
			if err != nil || b < 0 || b >= lexBins {
				return nil, fmt.Errorf("line %d: bad transition bin %q", line, name)
			}
			lex.prior[b], lex.relPrior[b] = v, rel
		default:
			lex.feats[name], lex.rel[name] = v, rel
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return lex, nil
}
