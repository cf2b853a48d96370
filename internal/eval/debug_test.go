package eval

import (
	"fmt"
	"strings"
	"testing"
)

// debugDump prints the predicted activities next to the gold ones, to see
// where the engine errs.
func debugDump(t *testing.T, ds dataset) {
	a, _ := Evaluate(ds.ws, ds.gold)
	goldOf := map[string]string{}
	goldAct := map[string]GoldActivity{}
	for _, ga := range ds.gold.Activities {
		goldAct[ga.ID] = ga
		for _, r := range ga.ResponseIDs {
			goldOf[r] = ga.ID
		}
	}
	text := map[string]string{}
	for _, r := range ds.ws.Responses {
		text[r.ID] = r.Activity
	}
	var b strings.Builder
	for _, act := range a.Activities {
		g := plurality(act.ResponseIDs, goldOf)
		fmt.Fprintf(&b, "== %s [%s|%v] gold %s [%s|%v] %q\n", act.ID, act.BuyingStage, act.MarketingRelevant, g, goldAct[g].BuyingStage, goldAct[g].MarketingRelevant, act.Name)
		fmt.Fprintf(&b, "   %s\n", act.RelevanceReason)
		for _, r := range act.ResponseIDs {
			fmt.Fprintf(&b, "   %s %s %s\n", r, goldOf[r], text[r])
		}
	}
	fmt.Fprintf(&b, "wants: %v (gold %v)\n", a.Wants, ds.gold.Wants)
	gm := map[string][]string{}
	for _, m := range ds.gold.Materials {
		gm[m.MaterialID] = m.ActivityIDs
	}
	for _, m := range a.Materials {
		top, score := "-", 0.0
		if len(m.Matches) > 0 {
			act, _ := a.ActivityByID(m.Matches[0].ActivityID)
			top = plurality(act.ResponseIDs, goldOf)
			score = m.Matches[0].Score
		}
		ok := "  "
		if len(gm[m.MaterialID]) == 0 {
			if m.SetAside {
				ok = "ok"
			}
		} else {
			for _, id := range gm[m.MaterialID] {
				if id == top {
					ok = "ok"
				}
			}
		}
		fmt.Fprintf(&b, "%s %s aside=%v top=%s %.2f gold=%v %q %s\n", ok, m.MaterialID, m.SetAside, top, score, gm[m.MaterialID], m.Title, m.SetAsideReason)
		if ok != "ok" {
			// The engine's reasons for each suggestion, to see why it erred.
			for _, mt := range m.Matches {
				act, _ := a.ActivityByID(mt.ActivityID)
				fmt.Fprintf(&b, "     -> %s (%s) %.2f: %s\n", mt.ActivityID, plurality(act.ResponseIDs, goldOf), mt.Score, strings.Join(mt.Reasons, "; "))
			}
		}
	}
	t.Log(b.String())
}
