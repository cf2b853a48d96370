package analysis

import (
	"sort"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// decisions are the workspace's decisions, in Seq order, sorted by what they
// act on. Decisions naming a response or material that no longer exists are
// dropped: the input they were about is gone.
type decisions struct {
	wants     []enablemap.Decision // mark_want
	structure []enablemap.Decision // merge, split, move_response
	activity  []enablemap.Decision // rename, move, relevance, accept
	material  []enablemap.Decision // confirm_match, reject_match, set_aside, keep_material
}

func collectDecisions(ws enablemap.Workspace) decisions {
	responses := make(map[string]bool, len(ws.Responses))
	for _, r := range ws.Responses {
		responses[r.ID] = true
	}
	materials := make(map[string]bool, len(ws.Materials))
	for _, m := range ws.Materials {
		materials[m.ID] = true
	}
	ds := append([]enablemap.Decision(nil), ws.Decisions...)
	sort.SliceStable(ds, func(i, j int) bool { return ds[i].Seq < ds[j].Seq })
	var out decisions
	for _, d := range ds {
		switch d.Kind {
		case enablemap.MarkWant:
			if responses[d.ResponseID] {
				out.wants = append(out.wants, d)
			}
		case enablemap.Merge, enablemap.MoveResponse:
			if responses[d.ResponseID] && responses[d.OtherResponseID] {
				out.structure = append(out.structure, d)
			}
		case enablemap.Split:
			if responses[d.ResponseID] {
				out.structure = append(out.structure, d)
			}
		case enablemap.Rename, enablemap.Move, enablemap.Relevance, enablemap.Accept:
			if responses[d.ResponseID] {
				out.activity = append(out.activity, d)
			}
		case enablemap.ConfirmMatch, enablemap.RejectMatch:
			if materials[d.MaterialID] && responses[d.ResponseID] {
				out.material = append(out.material, d)
			}
		case enablemap.SetAside, enablemap.KeepMaterial:
			if materials[d.MaterialID] {
				out.material = append(out.material, d)
			}
		}
	}
	return out
}

// applyStructure applies merge, split and move_response decisions, in order,
// to the suggested groups. Responses that are wants take no part.
func (e *engine) applyStructure(groups [][]int) [][]int {
	if len(e.dec.structure) == 0 {
		return groups
	}
	of := make(map[int]int, len(e.resp)) // response index -> group id
	for g, members := range groups {
		for _, m := range members {
			of[m] = g
		}
	}
	next := len(groups)
	for _, d := range e.dec.structure {
		r, ok := e.respByID[d.ResponseID]
		if !ok || r.want {
			continue
		}
		switch d.Kind {
		case enablemap.Split:
			of[r.idx] = next
			next++
		case enablemap.MoveResponse:
			o := e.respByID[d.OtherResponseID]
			if o.want {
				continue
			}
			of[r.idx] = of[o.idx]
		case enablemap.Merge:
			o := e.respByID[d.OtherResponseID]
			if o.want {
				continue
			}
			from, to := of[o.idx], of[r.idx]
			if from == to {
				continue
			}
			for k, g := range of {
				if g == from {
					of[k] = to
				}
			}
		}
	}
	byGroup := map[int][]int{}
	for _, ri := range e.resp {
		if g, ok := of[ri.idx]; ok {
			byGroup[g] = append(byGroup[g], ri.idx)
		}
	}
	out := make([][]int, 0, len(byGroup))
	for _, members := range byGroup {
		out = append(out, members) // members are in response order already
	}
	sort.Slice(out, func(i, j int) bool { return out[i][0] < out[j][0] })
	return out
}

// structureReasons explains the decided membership of an activity.
func (e *engine) structureReasons(members []int) []string {
	if len(e.dec.structure) == 0 {
		return nil
	}
	in := make(map[string]bool, len(members))
	for _, m := range members {
		in[e.resp[m].r.ID] = true
	}
	var out []string
	for _, d := range e.dec.structure {
		if !in[d.ResponseID] {
			continue
		}
		switch d.Kind {
		case enablemap.Merge:
			out = append(out, decidedReason("merged with the activity of "+d.OtherResponseID, d.Reason))
		case enablemap.MoveResponse:
			out = append(out, decidedReason(d.ResponseID+" moved here from another activity", d.Reason))
		case enablemap.Split:
			if len(members) == 1 {
				out = append(out, decidedReason(d.ResponseID+" split into an activity of its own", d.Reason))
			}
		}
	}
	return out
}
