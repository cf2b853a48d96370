// Package report renders an analysis for people and for other programs:
// JSON (the output contract), Markdown, CSV, XLSX, SVG charts and maps, PNG,
// HTML and PDF. Every renderer reads the same Data and writes to an
// io.Writer; none of them touches the store or the clock.
package report

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// Data is what a report is made from: the analysis, the workspace it was
// computed from (for names, quotes and the road map) and the time the report
// is dated with. GeneratedAt is passed in so output stays deterministic.
type Data struct {
	Analysis    enablemap.Analysis
	Workspace   enablemap.Workspace
	GeneratedAt time.Time
}

// Coverage is how Marketing serves an activity.
type Coverage string

const (
	// Covered: a marketing-relevant activity served by at least one material.
	Covered Coverage = "covered"
	// HoleCoverage: a marketing-relevant activity no material serves.
	HoleCoverage Coverage = "hole"
	// NotMarketing: an activity Marketing need not serve.
	NotMarketing Coverage = "not_marketing"
)

// Label is the short text shown next to the colour, so coverage never relies
// on colour alone.
func (c Coverage) Label() string {
	switch c {
	case Covered:
		return "covered"
	case HoleCoverage:
		return "HOLE"
	default:
		return "not marketing's"
	}
}

// CoverageOf classifies an activity.
func CoverageOf(a enablemap.Activity) Coverage {
	switch {
	case !a.MarketingRelevant:
		return NotMarketing
	case a.Covered:
		return Covered
	default:
		return HoleCoverage
	}
}

// unplaced names the map column of activities whose buying stage is empty or
// not one of the project's stages; they are shown, never dropped.
const unplaced = "Not placed"

// index holds the look-ups every renderer needs.
type index struct {
	d          *Data
	responses  map[string]enablemap.Response
	interviews map[string]enablemap.Interview
	materials  map[string]enablemap.Material
	activities map[string]enablemap.Activity
	holes      map[string]enablemap.Hole
	holeRank   map[string]int
}

func newIndex(d *Data) *index {
	ix := &index{
		d:          d,
		responses:  map[string]enablemap.Response{},
		interviews: map[string]enablemap.Interview{},
		materials:  map[string]enablemap.Material{},
		activities: map[string]enablemap.Activity{},
		holes:      map[string]enablemap.Hole{},
		holeRank:   map[string]int{},
	}
	for _, r := range d.Workspace.Responses {
		ix.responses[r.ID] = r
	}
	for _, in := range d.Workspace.Interviews {
		ix.interviews[in.ID] = in
	}
	for _, m := range d.Workspace.Materials {
		ix.materials[m.ID] = m
	}
	for _, a := range d.Analysis.Activities {
		ix.activities[a.ID] = a
	}
	for _, h := range d.Analysis.HoleDetails {
		ix.holes[h.ActivityID] = h
	}
	for i, id := range d.Analysis.Holes {
		if _, ok := ix.holeRank[id]; !ok {
			ix.holeRank[id] = i + 1
		}
	}
	return ix
}

// projectName prefers the analysis' project name and falls back to the
// workspace's.
func (ix *index) projectName() string {
	if n := strings.TrimSpace(ix.d.Analysis.Project); n != "" {
		return n
	}
	if n := strings.TrimSpace(ix.d.Workspace.Project.Name); n != "" {
		return n
	}
	return "Untitled project"
}

// date formats the report date; a zero time gives "" so nothing pretends to
// know when the report was made.
func (ix *index) date() string {
	if ix.d.GeneratedAt.IsZero() {
		return ""
	}
	return ix.d.GeneratedAt.Format("2006-01-02")
}

// stages returns the buying stages as map columns: the analysis' stages in
// order, then "Not placed" when some activity sits on no known stage.
func (ix *index) stages() []string {
	stages := append([]string(nil), ix.d.Analysis.BuyingStages...)
	if len(stages) == 0 {
		stages = append(stages, ix.d.Workspace.Project.BuyingStages...)
	}
	known := map[string]bool{}
	for _, s := range stages {
		known[s] = true
	}
	for _, a := range ix.d.Analysis.Activities {
		if !known[a.BuyingStage] {
			return append(stages, unplaced)
		}
	}
	return stages
}

// stageOf returns the map column of an activity.
func (ix *index) stageOf(a enablemap.Activity, stages []string) string {
	for _, s := range stages {
		if s == a.BuyingStage && s != unplaced {
			return s
		}
	}
	return unplaced
}

// byStage groups activities per map column, highest need score first (ties
// by name, then id) so the most pressing needs head every column.
func (ix *index) byStage() (stages []string, cols map[string][]enablemap.Activity) {
	stages = ix.stages()
	cols = map[string][]enablemap.Activity{}
	for _, a := range ix.d.Analysis.Activities {
		s := ix.stageOf(a, stages)
		cols[s] = append(cols[s], a)
	}
	for _, s := range stages {
		sortByNeed(cols[s])
	}
	return stages, cols
}

func sortByNeed(acts []enablemap.Activity) {
	sort.SliceStable(acts, func(i, j int) bool {
		if acts[i].NeedScore != acts[j].NeedScore {
			return acts[i].NeedScore > acts[j].NeedScore
		}
		if acts[i].Name != acts[j].Name {
			return acts[i].Name < acts[j].Name
		}
		return acts[i].ID < acts[j].ID
	})
}

// activityName names an activity id for people, falling back to the id.
func (ix *index) activityName(id string) string {
	if a, ok := ix.activities[id]; ok && a.Name != "" {
		return a.Name
	}
	return id
}

// holeKinds returns the material kinds that would fill a hole: the hole's own
// list, else the activity's.
func (ix *index) holeKinds(id string) []string {
	if h, ok := ix.holes[id]; ok && len(h.MaterialTypes) > 0 {
		return h.MaterialTypes
	}
	return ix.activities[id].MaterialTypesNeeded
}

// holeReasons returns why an activity is a hole.
func (ix *index) holeReasons(id string) []string {
	if h, ok := ix.holes[id]; ok && len(h.Reasons) > 0 {
		return h.Reasons
	}
	return ix.activities[id].Reasons
}

// member is one response of an activity, told as who said what.
type member struct {
	ResponseID  string
	Interviewee string
	Transition  string
	Text        string
	Goal        string
}

func (ix *index) members(a enablemap.Activity) []member {
	out := make([]member, 0, len(a.ResponseIDs))
	for _, id := range a.ResponseIDs {
		out = append(out, ix.member(id))
	}
	return out
}

func (ix *index) member(responseID string) member {
	m := member{ResponseID: responseID}
	r, ok := ix.responses[responseID]
	if !ok {
		return m
	}
	m.Text, m.Goal = r.Activity, r.Goal
	m.Transition = transition(r.FromStage, r.ToStage)
	m.Interviewee = r.InterviewID
	if in, ok := ix.interviews[r.InterviewID]; ok && in.Interviewee != "" {
		m.Interviewee = in.Interviewee
	}
	return m
}

func transition(from, to string) string {
	switch {
	case from == "" && to == "":
		return ""
	case to == "":
		return from
	}
	return from + " -> " + to
}

// wants returns the wants with who said them, from WantDetails when the
// engine filled them, else from the bare response ids.
func (ix *index) wants() []enablemap.Want {
	if len(ix.d.Analysis.WantDetails) > 0 {
		out := make([]enablemap.Want, 0, len(ix.d.Analysis.WantDetails))
		for _, w := range ix.d.Analysis.WantDetails {
			m := ix.member(w.ResponseID)
			if w.Interviewee == "" {
				w.Interviewee = m.Interviewee
			}
			if w.Text == "" {
				w.Text = m.Text
			}
			out = append(out, w)
		}
		return out
	}
	out := make([]enablemap.Want, 0, len(ix.d.Analysis.Wants))
	for _, id := range ix.d.Analysis.Wants {
		m := ix.member(id)
		out = append(out, enablemap.Want{ResponseID: id, Interviewee: m.Interviewee, Text: m.Text})
	}
	return out
}

// roadmapRow is a road-map item with the activity it serves resolved.
type roadmapRow struct {
	Item     enablemap.RoadmapItem
	Activity string // activity name, or the response id when unresolved
}

// roadmap returns the road map ordered by due date (items without one last),
// then title, so the report reads as a schedule.
func (ix *index) roadmap() []roadmapRow {
	out := make([]roadmapRow, 0, len(ix.d.Workspace.Roadmap))
	for _, it := range ix.d.Workspace.Roadmap {
		// The item names its activity through a response; when a decision
		// has since made that response a want or removed it, say so rather
		// than show a bare id.
		row := roadmapRow{Item: it, Activity: "response " + it.ResponseID + " (no longer in an activity)"}
		if a, ok := ix.d.Analysis.ActivityOfResponse(it.ResponseID); ok {
			row.Activity = a.Name
		} else if slices.Contains(ix.d.Analysis.Wants, it.ResponseID) {
			row.Activity = "response " + it.ResponseID + " (now a want, not an activity)"
		}
		out = append(out, row)
	}
	sort.SliceStable(out, func(i, j int) bool {
		a, b := out[i].Item, out[j].Item
		if (a.Due == "") != (b.Due == "") {
			return a.Due != ""
		}
		if a.Due != b.Due {
			return a.Due < b.Due
		}
		return a.Title < b.Title
	})
	return out
}

// statusLabel is a road-map status for people.
func statusLabel(s enablemap.RoadmapStatus) string {
	switch s {
	case enablemap.Planned:
		return "planned"
	case enablemap.InProgress:
		return "in progress"
	case enablemap.Done:
		return "done"
	case "":
		return "planned"
	}
	return string(s)
}

// score formats a need or match score compactly.
func score(f float64) string {
	s := fmt.Sprintf("%.2f", f)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "" || s == "-0" {
		return "0"
	}
	return s
}

// percent formats a share in [0,1] as a whole percentage.
func percent(f float64) string {
	return fmt.Sprintf("%.0f%%", f*100)
}

// plural counts a noun: "1 rep", "2 reps".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "ty") {
		return fmt.Sprintf("%d %sies", n, strings.TrimSuffix(noun, "y"))
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

// colours of a coverage kind, shared by every visual format. Blue and orange
// stay apart for the common colour-vision deficiencies; labels and patterns
// carry the meaning as well, so print in grey still reads.
type colours struct {
	Fill, Stroke, Text string // #rrggbb
}

func (c Coverage) colours() colours {
	switch c {
	case Covered:
		return colours{Fill: "#DCEBFA", Stroke: "#1F5F99", Text: "#0E2F4D"}
	case HoleCoverage:
		return colours{Fill: "#FCE3CF", Stroke: "#B34700", Text: "#5C2400"}
	default:
		return colours{Fill: "#EFEFEF", Stroke: "#7A7A7A", Text: "#333333"}
	}
}

// coverages lists the kinds in legend order.
var coverages = []Coverage{Covered, HoleCoverage, NotMarketing}
