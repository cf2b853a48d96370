package analysis

import (
	"slices"
	"sort"
)

// joinPieces joins the pieces of one built-in activity that the roll-up
// left apart although nothing tells them apart: each named after the same
// built-in activity, placed on the same buying stage. Two such pieces are
// one activity to a reader (and two holes in one column when no material
// serves them). Groups a user shaped with merge, split or move decisions
// are left as decided. It reports whether it joined any.
func (e *engine) joinPieces(groups [][]int, acts []*actInfo) ([][]int, bool) {
	decided := map[string]bool{}
	for _, d := range e.dec.structure {
		decided[d.ResponseID] = true
		decided[d.OtherResponseID] = true
	}
	type key struct {
		canon int
		stage string
	}
	into := map[key]int{}
	target := make([]int, len(groups))
	joined := false
	for i, a := range acts {
		target[i] = i
		if !a.MarketingRelevant || a.Covered || a.canon < 0 || 2*a.canonCount < len(a.members) || !namesInText(a) {
			continue
		}
		free := true
		for _, id := range a.ResponseIDs {
			if decided[id] {
				free = false
				break
			}
		}
		if !free {
			continue
		}
		k := key{a.canon, a.BuyingStage}
		if j, ok := into[k]; ok {
			target[i] = j
			joined = true
			continue
		}
		into[k] = i
	}
	if !joined {
		return groups, false
	}
	out := make([][]int, len(groups))
	pieces := make([]int, len(groups))
	for i, g := range groups {
		out[target[i]] = append(out[target[i]], g...)
		pieces[target[i]]++
	}
	e.joined = map[int]int{}
	for i, g := range out {
		if pieces[i] > 1 {
			e.joined[slices.Min(g)] = pieces[i]
		}
	}
	var res [][]int
	for _, g := range out {
		if len(g) > 0 {
			sort.Ints(g)
			res = append(res, g)
		}
	}
	sort.Slice(res, func(i, j int) bool { return res[i][0] < res[j][0] })
	return res, true
}
