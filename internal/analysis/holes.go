package analysis

import (
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// holes lists the marketing-relevant activities no material serves, highest
// priority first: need score, then reps, then responses, then id.
func (e *engine) holes(a *enablemap.Analysis) {
	var hs []int
	for i, act := range a.Activities {
		if act.MarketingRelevant && !act.Covered {
			hs = append(hs, i)
		}
	}
	sort.SliceStable(hs, func(x, y int) bool {
		p, q := a.Activities[hs[x]], a.Activities[hs[y]]
		switch {
		case p.NeedScore != q.NeedScore:
			return p.NeedScore > q.NeedScore
		case p.Reps != q.Reps:
			return p.Reps > q.Reps
		case len(p.ResponseIDs) != len(q.ResponseIDs):
			return len(p.ResponseIDs) > len(q.ResponseIDs)
		}
		return p.ID < q.ID
	})
	planned := map[string][]string{}
	for _, item := range e.ws.Roadmap {
		planned[item.ResponseID] = append(planned[item.ResponseID], item.Title)
	}
	for rank, i := range hs {
		act := a.Activities[i]
		first := "marketing relevant and no material serves it"
		for _, r := range act.Reasons {
			if strings.HasPrefix(r, notCoveredPrefix) {
				first = "marketing relevant; " + strings.TrimPrefix(r, notCoveredPrefix)
			}
		}
		reasons := []string{
			first,
			fmt.Sprintf("named by %d of %d reps (need score %.2f) in %s and %s", act.Reps, e.repCount(), act.NeedScore, count(act.Roles, "role"), count(act.Regions, "region")),
		}
		var plans []string
		for _, id := range act.ResponseIDs {
			plans = append(plans, planned[id]...)
		}
		if len(plans) > 0 {
			reasons = append(reasons, "on the road map: "+strings.Join(plans, "; "))
		}
		a.Holes = append(a.Holes, act.ID)
		a.HoleDetails = append(a.HoleDetails, enablemap.Hole{
			ActivityID: act.ID, Priority: rank + 1,
			MaterialTypes: append([]string{}, act.MaterialTypesNeeded...), Reasons: reasons,
		})
		a.Activities[i].Reasons = append(a.Activities[i].Reasons, fmt.Sprintf("a hole, priority %d: consider %s", rank+1, strings.Join(act.MaterialTypesNeeded, ", ")))
	}
}

func (e *engine) repCount() int {
	reps, _, _ := e.population()
	return reps
}

// figures sums the analysis up, overall and per buying stage.
func (e *engine) figures(a *enablemap.Analysis) {
	f := &a.Figures
	f.Responses = len(e.resp)
	ivs := map[string]bool{}
	for _, ri := range e.resp {
		ivs[ri.r.InterviewID] = true
	}
	f.Interviews = len(ivs)
	f.Reps = e.repCount()
	f.Activities = len(a.Activities)
	f.Wants = len(a.Wants)
	f.Holes = len(a.Holes)
	f.Materials = len(a.Materials)
	stageOf := map[string]string{}
	by := make([]enablemap.StageFigure, len(a.BuyingStages))
	index := map[string]int{}
	for i, s := range a.BuyingStages {
		by[i].Stage = s
		index[s] = i
	}
	for _, act := range a.Activities {
		stageOf[act.ID] = act.BuyingStage
		i, ok := index[act.BuyingStage]
		if !ok {
			// A stage a user typed that the project lacks still gets a row.
			index[act.BuyingStage] = len(by)
			i = len(by)
			by = append(by, enablemap.StageFigure{Stage: act.BuyingStage})
		}
		if !act.MarketingRelevant {
			by[i].Internal++
			continue
		}
		f.RelevantActivities++
		by[i].Relevant++
		if act.Covered {
			f.CoveredActivities++
			by[i].Covered++
		} else {
			by[i].Holes++
		}
	}
	for _, m := range a.Materials {
		if m.SetAside {
			f.MaterialsSetAside++
			continue
		}
		if len(m.Matches) == 0 {
			continue
		}
		f.MaterialsAligned++
		if i, ok := index[stageOf[m.Matches[0].ActivityID]]; ok {
			by[i].Materials++
		}
	}
	if f.Materials > 0 {
		f.AlignedShare = math.Round(float64(f.MaterialsAligned)/float64(f.Materials)*1000) / 1000
	}
	f.ByStage = by
}

// count writes a number with its noun: "1 role", "3 roles".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
