// Package eval measures an analysis against an expert's answer key (a gold
// file): how well responses were rolled up, wants set apart, stages and
// relevance suggested, materials matched or set aside, and holes found. The
// scoring is pure: it reads nothing and writes nothing.
package eval

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"github.com/enablemap/enablemap/internal/analysis"
	"github.com/enablemap/enablemap/internal/enablemap"
)

// Gold is an expert's answer key for one project.
type Gold struct {
	BuyingStages []string       `json:"buying_stages"`
	Activities   []GoldActivity `json:"activities"`
	Wants        []string       `json:"wants"`     // response ids
	Materials    []GoldMaterial `json:"materials"` // activity_ids empty: set aside
	Holes        []string       `json:"holes"`     // gold activity ids
}

// GoldActivity is one canonical activity of the answer key.
type GoldActivity struct {
	ID                  string   `json:"id"`
	Name                string   `json:"name"`
	Goal                string   `json:"goal"`
	BuyingStage         string   `json:"buying_stage"`
	MarketingRelevant   bool     `json:"marketing_relevant"`
	MaterialTypesNeeded []string `json:"material_types_needed"`
	ResponseIDs         []string `json:"response_ids"`
}

// GoldMaterial ties a material to the gold activities it serves.
type GoldMaterial struct {
	MaterialID  string   `json:"material_id"`
	ActivityIDs []string `json:"activity_ids"`
	Note        string   `json:"note,omitempty"`
}

// ParseGold decodes and checks a gold file.
func ParseGold(data []byte) (Gold, error) {
	var g Gold
	if err := json.Unmarshal(data, &g); err != nil {
		return Gold{}, &enablemap.Error{Code: enablemap.EINVALID, File: "gold", Message: fmt.Sprintf("not a valid gold file: %v", err)}
	}
	acts := map[string]bool{}
	resp := map[string]string{}
	for i, a := range g.Activities {
		if a.ID == "" {
			return Gold{}, enablemap.FieldError(fmt.Sprintf("activities[%d].id", i), "an activity has no id")
		}
		if acts[a.ID] {
			return Gold{}, enablemap.FieldError(fmt.Sprintf("activities[%d].id", i), "activity %q is listed twice", a.ID)
		}
		acts[a.ID] = true
		for _, r := range a.ResponseIDs {
			if other, ok := resp[r]; ok {
				return Gold{}, enablemap.FieldError(fmt.Sprintf("activities[%d].response_ids", i), "response %q is in activities %q and %q", r, other, a.ID)
			}
			resp[r] = a.ID
		}
	}
	for i, m := range g.Materials {
		for _, id := range m.ActivityIDs {
			if !acts[id] {
				return Gold{}, enablemap.FieldError(fmt.Sprintf("materials[%d].activity_ids", i), "material %q names unknown activity %q", m.MaterialID, id)
			}
		}
	}
	for i, h := range g.Holes {
		if !acts[h] {
			return Gold{}, enablemap.FieldError(fmt.Sprintf("holes[%d]", i), "unknown activity %q", h)
		}
	}
	return g, nil
}

// PRF is a precision, recall and F1 with the counts behind them.
type PRF struct {
	Precision float64 `json:"precision"`
	Recall    float64 `json:"recall"`
	F1        float64 `json:"f1"`
	TP        int     `json:"tp"`
	Predicted int     `json:"predicted"`
	Gold      int     `json:"gold"`
}

func prf(tp, predicted, gold int) PRF {
	p := PRF{TP: tp, Predicted: predicted, Gold: gold}
	if predicted > 0 {
		p.Precision = float64(tp) / float64(predicted)
	}
	if gold > 0 {
		p.Recall = float64(tp) / float64(gold)
	}
	if p.Precision+p.Recall > 0 {
		p.F1 = 2 * p.Precision * p.Recall / (p.Precision + p.Recall)
	}
	return p
}

// Accuracy is a share of right answers.
type Accuracy struct {
	Value float64 `json:"value"`
	Right int     `json:"right"`
	Total int     `json:"total"`
}

func accuracy(right, total int) Accuracy {
	a := Accuracy{Right: right, Total: total}
	if total > 0 {
		a.Value = float64(right) / float64(total)
	}
	return a
}

// Report is how an analysis compares with a gold file.
type Report struct {
	// RollUp compares pairs of responses put in one activity, over the
	// responses that are activities in both.
	RollUp PRF `json:"rollup"`
	Wants  PRF `json:"wants"`
	// Stage and Relevance compare, per response, the predicted activity's
	// attribute with the gold activity's.
	Stage     Accuracy `json:"stage"`
	Relevance Accuracy `json:"relevance"`
	// MaterialTop1 is right when the predicted top match's responses mostly
	// belong to one of the material's gold activities, over the materials the
	// gold file does not set aside.
	MaterialTop1 Accuracy `json:"material_top1"`
	SetAside     PRF      `json:"set_aside"`
	// Holes maps each predicted hole to the gold activity holding most of
	// its responses.
	Holes PRF `json:"holes"`
	// Review scores the list of places to check in the roll-up.
	Review          ReviewScore `json:"review"`
	Activities      int         `json:"activities"`
	GoldActivities  int         `json:"gold_activities"`
	Responses       int         `json:"responses"`
	MaterialsScored int         `json:"materials_scored"`
}

// ReviewScore measures the roll-up review: how many of its suggestions are
// right (a merge of two activities whose responses mostly belong to one gold
// activity; a move of a response to the activity its gold activity mostly
// is), and the roll-up F1 once a person has taken the right ones and
// declined the others.
type ReviewScore struct {
	Suggestions int     `json:"suggestions"`
	Right       int     `json:"right"`
	Precision   float64 `json:"precision"`
	RollUpAfter PRF     `json:"rollup_after"`
}

// Evaluate analyses the workspace, taking the buying stages from the gold
// file when the project has none, and scores the result.
func Evaluate(ws enablemap.Workspace, g Gold) (enablemap.Analysis, Report) {
	return EvaluateWithOptions(ws, g, analysis.DefaultOptions())
}

// EvaluateWithOptions is Evaluate with the engine's options.
func EvaluateWithOptions(ws enablemap.Workspace, g Gold, opts analysis.Options) (enablemap.Analysis, Report) {
	if len(ws.Project.BuyingStages) == 0 {
		ws.Project.BuyingStages = append([]string(nil), g.BuyingStages...)
	}
	a := analysis.AnalyzeWithOptions(ws, opts)
	return a, Score(a, g)
}

// Score compares an analysis with a gold file.
func Score(a enablemap.Analysis, g Gold) Report {
	var rep Report
	goldOf := map[string]string{} // response -> gold activity
	goldAct := map[string]GoldActivity{}
	for _, ga := range g.Activities {
		goldAct[ga.ID] = ga
		for _, r := range ga.ResponseIDs {
			goldOf[r] = ga.ID
		}
	}
	predOf := map[string]int{} // response -> index of predicted activity
	for i, act := range a.Activities {
		for _, r := range act.ResponseIDs {
			predOf[r] = i
		}
	}
	rep.Activities = len(a.Activities)
	rep.GoldActivities = len(g.Activities)

	// Responses that are activities in both, in a fixed order.
	var both []string
	for r := range goldOf {
		if _, ok := predOf[r]; ok {
			both = append(both, r)
		}
	}
	sort.Strings(both)
	rep.Responses = len(both)
	rep.RollUp = pairPRF(both, predOf, goldOf)
	rep.Review = scoreReview(a, both, predOf, goldOf)

	rep.Wants = setPRF(a.Wants, g.Wants)

	stageRight, relRight := 0, 0
	for _, r := range both {
		act := a.Activities[predOf[r]]
		ga := goldAct[goldOf[r]]
		if strings.EqualFold(strings.TrimSpace(act.BuyingStage), strings.TrimSpace(ga.BuyingStage)) {
			stageRight++
		}
		if act.MarketingRelevant == ga.MarketingRelevant {
			relRight++
		}
	}
	rep.Stage = accuracy(stageRight, len(both))
	rep.Relevance = accuracy(relRight, len(both))

	// The gold activity holding most of a predicted activity's responses.
	actByID := map[string]enablemap.Activity{}
	for _, act := range a.Activities {
		actByID[act.ID] = act
	}
	goldFor := func(actID string) string {
		act, ok := actByID[actID]
		if !ok {
			return ""
		}
		return plurality(act.ResponseIDs, goldOf)
	}

	matByID := map[string]enablemap.MaterialAnalysis{}
	for _, m := range a.Materials {
		matByID[m.MaterialID] = m
	}
	right, total := 0, 0
	var predAside, goldAside []string
	for _, gm := range g.Materials {
		m, ok := matByID[gm.MaterialID]
		if !ok {
			continue
		}
		if m.SetAside {
			predAside = append(predAside, gm.MaterialID)
		}
		if len(gm.ActivityIDs) == 0 {
			goldAside = append(goldAside, gm.MaterialID)
			continue
		}
		total++
		if m.SetAside || len(m.Matches) == 0 {
			continue
		}
		top := goldFor(m.Matches[0].ActivityID)
		for _, id := range gm.ActivityIDs {
			if id == top {
				right++
				break
			}
		}
	}
	rep.MaterialTop1 = accuracy(right, total)
	rep.MaterialsScored = total
	rep.SetAside = setPRF(predAside, goldAside)

	var predHoles []string
	for _, h := range a.Holes {
		if gid := goldFor(h); gid != "" {
			predHoles = append(predHoles, gid)
		}
	}
	rep.Holes = setPRF(predHoles, g.Holes)
	return rep
}

// plurality returns the gold activity that holds most of the responses (ties
// go to the smaller id), or "" when none is in a gold activity.
// pairPRF compares the pairs of responses put in one activity.
func pairPRF(both []string, predOf map[string]int, goldOf map[string]string) PRF {
	tp, predPairs, goldPairs := 0, 0, 0
	for i := 0; i < len(both); i++ {
		for j := i + 1; j < len(both); j++ {
			sp := predOf[both[i]] == predOf[both[j]]
			sg := goldOf[both[i]] == goldOf[both[j]]
			if sp {
				predPairs++
			}
			if sg {
				goldPairs++
			}
			if sp && sg {
				tp++
			}
		}
	}
	return prf(tp, predPairs, goldPairs)
}

// scoreReview judges each review suggestion against the gold file and
// takes the right ones, in order, to measure the roll-up after review.
func scoreReview(a enablemap.Analysis, both []string, predOf map[string]int, goldOf map[string]string) ReviewScore {
	index := map[string]int{}
	for i, act := range a.Activities {
		index[act.ID] = i
	}
	after := make(map[string]int, len(predOf))
	for r, i := range predOf {
		after[r] = i
	}
	var rs ReviewScore
	for _, it := range a.Review {
		i, okA := index[it.ActivityID]
		j, okB := index[it.OtherActivityID]
		if !okA || !okB {
			continue
		}
		rs.Suggestions++
		own, other := plurality(a.Activities[i].ResponseIDs, goldOf), plurality(a.Activities[j].ResponseIDs, goldOf)
		switch it.Kind {
		case enablemap.ReviewMerge:
			if own == "" || own != other {
				continue
			}
			rs.Right++
			from, to := after[a.Activities[j].ResponseIDs[0]], after[a.Activities[i].ResponseIDs[0]]
			for r, g := range after {
				if g == from {
					after[r] = to
				}
			}
		case enablemap.ReviewMove:
			g, ok := goldOf[it.ResponseID]
			if !ok || g != other || g == own {
				continue
			}
			rs.Right++
			after[it.ResponseID] = after[a.Activities[j].ResponseIDs[0]]
		}
	}
	if rs.Suggestions > 0 {
		rs.Precision = float64(rs.Right) / float64(rs.Suggestions)
	}
	rs.RollUpAfter = pairPRF(both, after, goldOf)
	return rs
}

func plurality(responses []string, goldOf map[string]string) string {
	count := map[string]int{}
	for _, r := range responses {
		if g, ok := goldOf[r]; ok {
			count[g]++
		}
	}
	best := ""
	for g, c := range count {
		if best == "" || c > count[best] || (c == count[best] && g < best) {
			best = g
		}
	}
	return best
}

// setPRF compares two sets of ids (duplicates count once).
func setPRF(pred, gold []string) PRF {
	ps, gs := map[string]bool{}, map[string]bool{}
	for _, p := range pred {
		ps[p] = true
	}
	for _, g := range gold {
		gs[g] = true
	}
	tp := 0
	for p := range ps {
		if gs[p] {
			tp++
		}
	}
	return prf(tp, len(ps), len(gs))
}

// Markdown renders the report as a table.
func (r Report) Markdown() string {
	var b strings.Builder
	b.WriteString("| measure | value | detail |\n|---|---|---|\n")
	row := func(name string, v float64, detail string) {
		fmt.Fprintf(&b, "| %s | %.3f | %s |\n", name, v, detail)
	}
	prfRow := func(name string, p PRF, unit string) {
		row(name+" F1", p.F1, fmt.Sprintf("precision %.3f, recall %.3f (%d right of %d predicted, %d gold %s)", p.Precision, p.Recall, p.TP, p.Predicted, p.Gold, unit))
	}
	accRow := func(name string, a Accuracy, unit string) {
		row(name, a.Value, fmt.Sprintf("%d of %d %s", a.Right, a.Total, unit))
	}
	prfRow("roll-up", r.RollUp, "pairs")
	prfRow("wants", r.Wants, "wants")
	accRow("buying-stage accuracy", r.Stage, "responses")
	accRow("relevance accuracy", r.Relevance, "responses")
	accRow("material top-1 accuracy", r.MaterialTop1, "materials")
	prfRow("set-aside", r.SetAside, "materials")
	prfRow("holes", r.Holes, "holes")
	row("roll-up review precision", r.Review.Precision, fmt.Sprintf("%d of %d suggestions to check are right; taking them gives roll-up F1 %.3f (precision %.3f, recall %.3f)", r.Review.Right, r.Review.Suggestions, r.Review.RollUpAfter.F1, r.Review.RollUpAfter.Precision, r.Review.RollUpAfter.Recall))
	fmt.Fprintf(&b, "\n%d activities suggested for %d gold activities, over %d responses.\n", r.Activities, r.GoldActivities, r.Responses)
	return b.String()
}
