package analysis

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// The roll-up is a suggestion, and the engine knows where it is least sure:
// two activities whose responses are almost alike enough to be one, and a
// response more like another activity's responses than its own. The review
// lists them, most likely first, so that a person checks a handful of
// places instead of every pair.
const (
	// reviewShare is the share of the roll-up threshold from which two
	// groups of responses are close enough to be worth a look.
	reviewShare = 0.5
	// maxReviewPerActivity bounds how often one activity appears in the
	// review, so that a central activity does not fill it.
	maxReviewPerActivity = 3
	// maxReviewWords is how many shared words a reason names.
	maxReviewWords = 4
)

// review returns the suggestions to check the roll-up of acts. Activities a
// user accepted, and responses a user placed with merge, split or move
// decisions, are as the user wants them and take no part.
func (e *engine) review(acts []*actInfo) []enablemap.ReviewItem {
	items := []enablemap.ReviewItem{}
	if len(acts) < 2 || len(e.sims) == 0 {
		return items
	}
	of := make(map[int]int, len(e.resp)) // response index -> activity
	for i, a := range acts {
		for _, m := range a.members {
			of[m.idx] = i
		}
	}
	placed := map[int]bool{}
	for _, d := range e.dec.structure {
		for _, id := range []string{d.ResponseID, d.OtherResponseID} {
			if ri, ok := e.respByID[id]; ok {
				placed[ri.idx] = true
			}
		}
	}
	shaped := make([]bool, len(acts)) // accepted, or holds a placed response
	for i, a := range acts {
		shaped[i] = a.State == enablemap.Confirmed
		for _, m := range a.members {
			if placed[m.idx] {
				shaped[i] = true
			}
		}
	}

	// Sum the links between activities and between each response and each
	// activity, in a fixed order so that the sums are the same every run.
	keys := make([][2]int, 0, len(e.sims))
	for k := range e.sims {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(x, y [2]int) int {
		if c := cmp.Compare(x[0], y[0]); c != 0 {
			return c
		}
		return cmp.Compare(x[1], y[1])
	})
	pairSum := map[[2]int]float64{}
	respSum := map[[2]int]float64{} // (response index, activity) -> sum
	linked := map[int][]int{}       // response index -> activities it links to, in first-seen order
	add := func(r, act int, s float64) {
		k := [2]int{r, act}
		if _, ok := respSum[k]; !ok {
			linked[r] = append(linked[r], act)
		}
		respSum[k] += s
	}
	for _, k := range keys {
		ia, okA := of[k[0]]
		ib, okB := of[k[1]]
		if !okA || !okB {
			continue
		}
		s := e.sims[k]
		add(k[0], ib, s)
		add(k[1], ia, s)
		if ia != ib {
			pairSum[[2]int{min(ia, ib), max(ia, ib)}] += s
		}
	}
	th := e.opts.RollUpThreshold
	floor := th * reviewShare

	type cand struct {
		item  enablemap.ReviewItem
		a, b  int // activities involved
		score float64
	}
	var cands []cand
	for k, sum := range pairSum {
		i, j := k[0], k[1]
		if shaped[i] || shaped[j] {
			continue
		}
		avg := sum / float64(len(acts[i].members)*len(acts[j].members))
		if avg < floor {
			continue
		}
		cands = append(cands, cand{a: i, b: j, score: avg, item: enablemap.ReviewItem{
			Kind: enablemap.ReviewMerge, ActivityID: acts[i].ID, OtherActivityID: acts[j].ID,
			Reasons: e.mergeReasons(acts[i], acts[j], avg),
		}})
	}
	for i, a := range acts {
		if shaped[i] || len(a.members) < 2 {
			continue
		}
		for _, m := range a.members {
			own := respSum[[2]int{m.idx, i}] / float64(len(a.members)-1)
			best, bestAvg := -1, 0.0
			for _, j := range linked[m.idx] {
				if j == i || shaped[j] {
					continue
				}
				avg := respSum[[2]int{m.idx, j}] / float64(len(acts[j].members))
				if avg > bestAvg || avg == bestAvg && best >= 0 && j < best {
					best, bestAvg = j, avg
				}
			}
			if best < 0 || bestAvg < floor || bestAvg <= own {
				continue
			}
			cands = append(cands, cand{a: i, b: best, score: bestAvg, item: enablemap.ReviewItem{
				Kind: enablemap.ReviewMove, ActivityID: a.ID, OtherActivityID: acts[best].ID, ResponseID: m.r.ID,
				Reasons: e.moveReasons(m, a, acts[best], own, bestAvg),
			}})
		}
	}
	slices.SortFunc(cands, func(x, y cand) int {
		if c := cmp.Compare(y.score, x.score); c != 0 {
			return c
		}
		if c := cmp.Compare(x.item.Kind, y.item.Kind); c != 0 {
			return c
		}
		if c := cmp.Compare(x.item.ActivityID, y.item.ActivityID); c != 0 {
			return c
		}
		if c := cmp.Compare(x.item.OtherActivityID, y.item.OtherActivityID); c != 0 {
			return c
		}
		return cmp.Compare(x.item.ResponseID, y.item.ResponseID)
	})
	seen := make([]int, len(acts))
	for _, c := range cands {
		if seen[c.a] >= maxReviewPerActivity || seen[c.b] >= maxReviewPerActivity {
			continue
		}
		seen[c.a]++
		seen[c.b]++
		c.item.Score = math.Round(c.score*1000) / 1000
		items = append(items, c.item)
	}
	return items
}

func (e *engine) mergeReasons(a, b *actInfo, avg float64) []string {
	bar := fmt.Sprintf("below the roll-up threshold %.2f", e.opts.RollUpThreshold)
	if len(a.members) == 1 || len(b.members) == 1 {
		bar = fmt.Sprintf("below the %.3f a response on its own needs to join (%.2f of the roll-up threshold %.2f)", e.opts.RollUpThreshold*loneFactor, loneFactor, e.opts.RollUpThreshold)
	}
	out := []string{fmt.Sprintf("their responses are nearly alike: average similarity %.3f, %s", avg, bar)}
	if a.canon >= 0 && a.canon == b.canon {
		out = append(out, fmt.Sprintf("both are about the built-in activity %q", concepts[a.canon].title))
	}
	if w := e.sharedWords(a.members, b.members); len(w) > 0 {
		out = append(out, "shared words: "+strings.Join(w, ", "))
	}
	out = append(out, transitionsReason(a, b))
	return out
}

func (e *engine) moveReasons(m *respInfo, from, to *actInfo, own, other float64) []string {
	out := []string{fmt.Sprintf("%s is more like the responses of this activity (average similarity %.3f) than like the others of its own (%.3f)", m.r.ID, other, own)}
	if m.primary >= 0 && m.primary == to.canon && m.primary != from.canon {
		out = append(out, fmt.Sprintf("it is about the built-in activity %q, as this activity is", concepts[m.primary].title))
	}
	if w := e.sharedWords([]*respInfo{m}, to.members); len(w) > 0 {
		out = append(out, "shared words: "+strings.Join(w, ", "))
	}
	return out
}

// sharedWords returns the words of the activity texts both groups use, the
// most used first, as the reps typed them.
func (e *engine) sharedWords(a, b []*respInfo) []string {
	count := func(ms []*respInfo) map[string]int {
		c := map[string]int{}
		for _, m := range ms {
			seen := map[string]bool{}
			for _, t := range m.actTerms {
				if t.name || genericWords[t.stem] || seen[t.stem] {
					continue
				}
				seen[t.stem] = true
				c[t.stem]++
			}
		}
		return c
	}
	ca, cb := count(a), count(b)
	var stems []string
	for s := range ca {
		if cb[s] > 0 {
			stems = append(stems, s)
		}
	}
	slices.SortFunc(stems, func(x, y string) int {
		if c := cmp.Compare(ca[y]+cb[y], ca[x]+cb[x]); c != 0 {
			return c
		}
		return cmp.Compare(x, y)
	})
	if len(stems) > maxReviewWords {
		stems = stems[:maxReviewWords]
	}
	out := make([]string, len(stems))
	for i, s := range stems {
		out[i] = e.spelling(append(append([]*respInfo{}, a...), b...), s)
	}
	return out
}

// transitionsReason says where in the sales cycle the two are said: the
// same activity is most often named for the same transition.
func transitionsReason(a, b *actInfo) string {
	ta, tb := strings.Join(a.SalesTransitions, ", "), strings.Join(b.SalesTransitions, ", ")
	if ta == tb {
		return "both are said at " + ta
	}
	return fmt.Sprintf("said at %s and at %s", orNone(ta), orNone(tb))
}

func orNone(s string) string {
	if s == "" {
		return "no known transition"
	}
	return s
}
