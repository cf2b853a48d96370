package service

// Views computed for the web pages: pure functions from a workspace and its
// analysis to what a page shows, so the handlers hold no business logic and
// the pages can be benchmarked without a store.

import (
	"fmt"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/report"
)

// Transition is a move of a buyer from one sales stage to the next.
type Transition struct {
	From, To string
}

// String is the transition as the analysis writes it: "From -> To".
func (t Transition) String() string { return t.From + " -> " + t.To }

// Transitions returns the consecutive pairs of an ordered sales-stage list.
func Transitions(salesStages []string) []Transition {
	var out []Transition
	for i := 1; i < len(salesStages); i++ {
		out = append(out, Transition{From: salesStages[i-1], To: salesStages[i]})
	}
	return out
}

// InterviewCountRow is one interview with its response counts per transition.
type InterviewCountRow struct {
	Interview enablemap.Interview
	Responses int
	// PerTransition is aligned with InterviewList.Transitions.
	PerTransition []int
}

// InterviewList is the list of interviews of a project with counts per
// sales-stage transition, so gaps in the interview coverage show.
type InterviewList struct {
	// Transitions are the project's consecutive transitions followed by any
	// other transition a response names (reps skipping a stage).
	Transitions []Transition
	Rows        []InterviewCountRow
	Totals      []int // responses per transition over all interviews
	Total       int
}

// InterviewCounts counts every interview's responses per transition.
func InterviewCounts(ws enablemap.Workspace) InterviewList {
	l := InterviewList{Transitions: Transitions(ws.Project.SalesStages)}
	col := map[Transition]int{}
	for i, t := range l.Transitions {
		col[t] = i
	}
	for _, r := range ws.Responses {
		t := Transition{r.FromStage, r.ToStage}
		if _, ok := col[t]; !ok {
			col[t] = len(l.Transitions)
			l.Transitions = append(l.Transitions, t)
		}
	}
	row := map[string]int{}
	for _, in := range ws.Interviews {
		row[in.ID] = len(l.Rows)
		l.Rows = append(l.Rows, InterviewCountRow{Interview: in, PerTransition: make([]int, len(l.Transitions))})
	}
	l.Totals = make([]int, len(l.Transitions))
	for _, r := range ws.Responses {
		i, ok := row[r.InterviewID]
		if !ok {
			continue
		}
		c := col[Transition{r.FromStage, r.ToStage}]
		l.Rows[i].PerTransition[c]++
		l.Rows[i].Responses++
		l.Totals[c]++
		l.Total++
	}
	return l
}

// CaptureSection is one transition of the interview form with its rows.
type CaptureSection struct {
	Transition Transition
	Rows       []enablemap.Response
}

// CaptureSections lays an interview's responses out per transition for the
// capture form: the project's transitions in order, then any other
// transition the responses name, each padded with empty rows up to minRows
// (the method asks for five activities per transition). extra adds empty
// rows to the section of the given transition ("add row").
func CaptureSections(salesStages []string, responses []enablemap.Response, minRows int, extra map[Transition]int) []CaptureSection {
	var out []CaptureSection
	idx := map[Transition]int{}
	for _, t := range Transitions(salesStages) {
		idx[t] = len(out)
		out = append(out, CaptureSection{Transition: t})
	}
	for _, r := range responses {
		t := Transition{r.FromStage, r.ToStage}
		i, ok := idx[t]
		if !ok {
			i = len(out)
			idx[t] = i
			out = append(out, CaptureSection{Transition: t})
		}
		out[i].Rows = append(out[i].Rows, r)
	}
	for i := range out {
		t := out[i].Transition
		want := minRows
		if len(out[i].Rows) >= minRows {
			want = len(out[i].Rows)
		}
		want += extra[t]
		for len(out[i].Rows) < want {
			out[i].Rows = append(out[i].Rows, enablemap.Response{FromStage: t.From, ToStage: t.To})
		}
	}
	return out
}

// UniqueInterviewID proposes an id for a new interview that no interview of
// the workspace has, so capturing two reps of the same name on the same day
// never overwrites the first interview.
func UniqueInterviewID(ws enablemap.Workspace, interviewee, date string) string {
	base := strings.TrimRight("INT-"+slug(interviewee)+"-"+strings.ReplaceAll(strings.TrimSpace(date), "-", ""), "-")
	taken := map[string]bool{}
	for _, in := range ws.Interviews {
		taken[in.ID] = true
	}
	id := base
	for n := 2; taken[id]; n++ {
		id = fmt.Sprintf("%s-%d", base, n)
	}
	return id
}

// GuideQuestion is one question of the interview guide.
type GuideQuestion struct {
	Text string
	// Kind is "activities" (the five-activities question of a transition),
	// "probe" (a follow-up), "goal" (asked per activity) or "custom".
	Kind string
	// Warning is set when the question asks for wants rather than needs;
	// Suggestion then holds a rewording that asks for activities.
	Warning    string
	Suggestion string
}

// GuideSection is a part of the guide: one per sales-stage transition, and
// one for the questions asked about every activity.
type GuideSection struct {
	Title     string
	Questions []GuideQuestion
}

// Probes are the follow-up prompts asked after the five-activities question.
var probes = []string{
	"What do you do first?",
	"Who is involved, on the buyer's side and on ours?",
	"What do you send or show?",
}

// DefaultGuide is the interview guide of the method for a project: per
// sales-stage transition the five-activities question with its probes, and
// per activity the goal question. Needs are found by asking what reps do;
// asking what they want yields wishes that vary from rep to rep.
func DefaultGuide(p enablemap.Project) []GuideSection {
	var out []GuideSection
	for _, t := range Transitions(p.SalesStages) {
		s := GuideSection{Title: t.From + " to " + t.To}
		s.Questions = append(s.Questions, GuideQuestion{Kind: "activities",
			Text: fmt.Sprintf("What five activities do you have to do to get a buyer from %s to %s?", t.From, t.To)})
		for _, q := range probes {
			s.Questions = append(s.Questions, GuideQuestion{Kind: "probe", Text: q})
		}
		out = append(out, s)
	}
	out = append(out, GuideSection{Title: "For every activity", Questions: []GuideQuestion{
		{Kind: "goal", Text: "What are you trying to accomplish with the buyer during this activity?"},
	}})
	return out
}

// CheckGuide reads a guide typed one question per line (blank lines and
// lines starting with # are skipped) and flags every question that asks for
// wants.
func CheckGuide(text string) []GuideQuestion {
	var out []GuideQuestion
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		q := GuideQuestion{Kind: "custom", Text: line}
		q.Warning, q.Suggestion, _ = DetectWantQuestion(line)
		out = append(out, q)
	}
	return out
}

// wantQuestion is one pattern of a question that asks for wants, with the
// rewording that asks for activities instead.
type wantQuestion struct {
	re         *regexp.Regexp
	suggestion string
}

var (
	// Questions about materials or marketing ask reps to design the answer
	// themselves; the method asks what they do and lets the materials follow.
	askMaterials = "When did you last send or show a buyer something at this stage? What was it, and what did it help the buyer do?"
	askActivity  = "What activities do you have to do to move a buyer to the next stage? What are you trying to accomplish with the buyer in each?"
	askObstacle  = "Think of the last deal that stalled at this stage: what did you have to do to get it moving again?"

	wantQuestions = []wantQuestion{
		{regexp.MustCompile(`\b(materials?|content|collateral|assets?|slides?|decks?|tools?|resources?|documents?)\b.*\b(would you like|do you want|would you want|do you wish|would help|would be (nice|useful|helpful|great)|are missing|do you need|should we (make|create|build|give))\b`), askMaterials},
		{regexp.MustCompile(`\b(would you like|do you want|would you want|do you wish|would help|wish list|wishlist)\b.*\b(materials?|content|collateral|assets?|slides?|decks?|tools?|resources?|documents?)\b`), askMaterials},
		{regexp.MustCompile(`\b(from|of|by) marketing\b|\bmarketing (should|could|can|would)\b|\bshould marketing\b|\bcan marketing\b|\bcould marketing\b`), askActivity},
		{regexp.MustCompile(`\b(what|which) (do|would) you (want|like|wish|prefer)\b|\bwould you like\b|\bdo you wish\b|\bif you could have\b|\bwish list\b|\bwishlist\b|\bdream\b|\bideal\b`), askActivity},
		{regexp.MustCompile(`\bwhat('s| is) missing\b|\bwhat would (make|help)\b|\bwhat would be (nice|useful|helpful|great)\b`), askObstacle},
	}
)

// DetectWantQuestion reports whether an interview question asks for wants
// (what reps would like, what Marketing should make) rather than needs (what
// reps do), and suggests a rewording that asks for activities.
func DetectWantQuestion(q string) (warning, suggestion string, ok bool) {
	l := strings.ToLower(strings.Join(strings.Fields(q), " "))
	l = strings.NewReplacer("’", "'", "‘", "'").Replace(l)
	for _, w := range wantQuestions {
		if w.re.MatchString(l) {
			return "This question asks for wants: wishes differ from rep to rep and do not show what they do. Ask about activities instead.", w.suggestion, true
		}
	}
	return "", "", false
}

// EditStages applies one edit of the stage editor to an ordered stage list:
// "add" appends name, "rename" renames the stage at index, "up" and "down"
// move it, "remove" drops it. Whether a removed stage is still in use is
// for the store to check when the list is saved.
func EditStages(field string, stages []string, op string, index int, name string) ([]string, error) {
	out := append([]string(nil), stages...)
	name = strings.TrimSpace(name)
	inRange := index >= 0 && index < len(out)
	switch op {
	case "add":
		if name == "" {
			return nil, enablemap.FieldError(field, "type the name of the stage to add")
		}
		out = append(out, name)
	case "rename":
		if !inRange {
			return nil, enablemap.FieldError(field, "there is no stage number %d", index+1)
		}
		if name == "" {
			return nil, enablemap.FieldError(field, "the new name of stage %q is empty", out[index])
		}
		out[index] = name
	case "up", "down":
		if !inRange {
			return nil, enablemap.FieldError(field, "there is no stage number %d", index+1)
		}
		j := index - 1
		if op == "down" {
			j = index + 1
		}
		if j < 0 || j >= len(out) {
			return out, nil
		}
		out[index], out[j] = out[j], out[index]
	case "remove":
		if !inRange {
			return nil, enablemap.FieldError(field, "there is no stage number %d", index+1)
		}
		out = append(out[:index], out[index+1:]...)
	default:
		return nil, enablemap.FieldError(field, "unknown stage edit %q", op)
	}
	if err := enablemap.ValidateStages(field, out); err != nil {
		return nil, err
	}
	return out, nil
}

// Member is one response of an activity with the interview it came from:
// who said what.
type Member struct {
	Response  enablemap.Response
	Interview enablemap.Interview
}

// Transition returns the member's sales-stage transition.
func (m Member) Transition() string {
	return Transition{m.Response.FromStage, m.Response.ToStage}.String()
}

// ActivityOption is an activity as a choice in a form.
type ActivityOption struct {
	ID    string
	Name  string
	Stage string
}

// index holds the look-ups the views share.
type viewIndex struct {
	responses  map[string]enablemap.Response
	interviews map[string]enablemap.Interview
	materials  map[string]enablemap.Material
	activities map[string]int // position in Analysis.Activities
	holeRank   map[string]int
}

func newViewIndex(a enablemap.Analysis, ws enablemap.Workspace) *viewIndex {
	ix := &viewIndex{
		responses:  make(map[string]enablemap.Response, len(ws.Responses)),
		interviews: make(map[string]enablemap.Interview, len(ws.Interviews)),
		materials:  make(map[string]enablemap.Material, len(ws.Materials)),
		activities: make(map[string]int, len(a.Activities)),
		holeRank:   map[string]int{},
	}
	for _, r := range ws.Responses {
		ix.responses[r.ID] = r
	}
	for _, in := range ws.Interviews {
		ix.interviews[in.ID] = in
	}
	for _, m := range ws.Materials {
		ix.materials[m.ID] = m
	}
	for i, act := range a.Activities {
		ix.activities[act.ID] = i
	}
	for i, id := range a.Holes {
		if _, ok := ix.holeRank[id]; !ok {
			ix.holeRank[id] = i + 1
		}
	}
	return ix
}

func (ix *viewIndex) member(responseID string) Member {
	r, ok := ix.responses[responseID]
	if !ok {
		r = enablemap.Response{ID: responseID}
	}
	return Member{Response: r, Interview: ix.interviews[r.InterviewID]}
}

func (ix *viewIndex) members(act enablemap.Activity) []Member {
	out := make([]Member, 0, len(act.ResponseIDs))
	for _, id := range act.ResponseIDs {
		out = append(out, ix.member(id))
	}
	return out
}

// ActivityOptions lists the activities as form choices, by name.
func ActivityOptions(a enablemap.Analysis) []ActivityOption {
	out := make([]ActivityOption, 0, len(a.Activities))
	for _, act := range a.Activities {
		out = append(out, ActivityOption{ID: act.ID, Name: act.Name, Stage: act.BuyingStage})
	}
	sort.SliceStable(out, func(i, j int) bool { return strings.ToLower(out[i].Name) < strings.ToLower(out[j].Name) })
	return out
}

// RollupActivity is an activity of the roll-up with its members.
type RollupActivity struct {
	Activity enablemap.Activity
	Members  []Member
	Coverage report.Coverage
}

// WantRow is a want with who said it.
type WantRow struct {
	Want   enablemap.Want
	Member Member
}

// RollupView is the roll-up step: suggested activities with who said what,
// the places the engine is least sure of, and the wants set apart.
type RollupView struct {
	Activities []RollupActivity // highest need score first
	Checks     []ReviewCheck    // most likely first, as the analysis lists them
	Wants      []WantRow
	Options    []ActivityOption
}

// ReviewCheck is a place in the roll-up to check, with the activities it
// names: two activities that may be one (a merge), or a response that may
// belong to another activity (a move).
type ReviewCheck struct {
	Item enablemap.ReviewItem
	// Activity is the activity of Item.ActivityID: the first of the two
	// that may be one, or the one that holds the response now.
	Activity enablemap.Activity
	// Other is the activity of Item.OtherActivityID: the one to merge
	// with, or the one the response may belong to.
	Other enablemap.Activity
	// Member is the response of a move and who said it; zero for a merge.
	Member Member
}

// IsMove reports whether the check is about one response rather than two
// activities.
func (c ReviewCheck) IsMove() bool { return c.Item.Kind == enablemap.ReviewMove }

// Key names the check in the forms that act on it, so that a refused
// action shows its error next to the check it came from. A merge names the
// same key whichever activity comes first.
func (c ReviewCheck) Key() string {
	if c.IsMove() {
		return "move-" + c.Item.ResponseID + "-" + c.Item.OtherActivityID
	}
	x, y := c.Item.ActivityID, c.Item.OtherActivityID
	if y < x {
		x, y = y, x
	}
	return "merge-" + x + "-" + y
}

func (ix *viewIndex) check(a enablemap.Analysis, it enablemap.ReviewItem) ReviewCheck {
	act := func(id string) enablemap.Activity {
		if i, ok := ix.activities[id]; ok {
			return a.Activities[i]
		}
		return enablemap.Activity{ID: id, Name: id}
	}
	c := ReviewCheck{Item: it, Activity: act(it.ActivityID), Other: act(it.OtherActivityID)}
	if c.IsMove() {
		c.Member = ix.member(it.ResponseID)
	}
	return c
}

// BuildRollup builds the roll-up page.
func BuildRollup(a enablemap.Analysis, ws enablemap.Workspace) RollupView {
	ix := newViewIndex(a, ws)
	v := RollupView{Options: ActivityOptions(a)}
	for _, it := range a.Review {
		v.Checks = append(v.Checks, ix.check(a, it))
	}
	for _, act := range a.Activities {
		v.Activities = append(v.Activities, RollupActivity{Activity: act, Members: ix.members(act), Coverage: report.CoverageOf(act)})
	}
	sort.SliceStable(v.Activities, func(i, j int) bool {
		return v.Activities[i].Activity.NeedScore > v.Activities[j].Activity.NeedScore
	})
	wants := a.WantDetails
	if len(wants) == 0 {
		for _, id := range a.Wants {
			wants = append(wants, enablemap.Want{ResponseID: id})
		}
	}
	for _, w := range wants {
		m := ix.member(w.ResponseID)
		if w.Text == "" {
			w.Text = m.Response.Activity
		}
		if w.Interviewee == "" {
			w.Interviewee = m.Interview.Interviewee
		}
		v.Wants = append(v.Wants, WantRow{Want: w, Member: m})
	}
	return v
}

// MapFilter narrows the activity map. Role and Region keep activities that
// at least one rep of that role or region named; Relevance is "relevant",
// "internal" or empty for both.
type MapFilter struct {
	Role, Region, Relevance string
}

// MapCard is one activity on the map.
type MapCard struct {
	Activity enablemap.Activity
	Coverage report.Coverage
	HoleRank int // 1 is the most urgent hole; 0 when not a hole
}

// MapColumn is one buying stage of the map.
type MapColumn struct {
	Stage                   string
	Cards                   []MapCard
	Relevant, Covered, Hole int
}

// MapView is the activity map: buying stages as columns.
type MapView struct {
	Columns        []MapColumn
	Roles, Regions []string
	Filter         MapFilter
	Shown, Total   int
}

// NotPlaced names the column of activities with no known buying stage.
const NotPlaced = "Not placed"

// BuildMap lays the activities out on the buying stages, highest need score
// first in every column, keeping those the filter lets through.
func BuildMap(a enablemap.Analysis, ws enablemap.Workspace, f MapFilter) MapView {
	ix := newViewIndex(a, ws)
	v := MapView{Filter: f, Total: len(a.Activities)}
	v.Roles, v.Regions = rolesAndRegions(ws.Interviews)
	col := map[string]int{}
	for _, st := range a.BuyingStages {
		col[strings.ToLower(st)] = len(v.Columns)
		v.Columns = append(v.Columns, MapColumn{Stage: st})
	}
	unplaced := -1
	for _, act := range a.Activities {
		if !f.keeps(act, ix) {
			continue
		}
		c, ok := col[strings.ToLower(act.BuyingStage)]
		if !ok {
			if unplaced < 0 {
				unplaced = len(v.Columns)
				v.Columns = append(v.Columns, MapColumn{Stage: NotPlaced})
			}
			c = unplaced
		}
		card := MapCard{Activity: act, Coverage: report.CoverageOf(act), HoleRank: ix.holeRank[act.ID]}
		column := &v.Columns[c]
		column.Cards = append(column.Cards, card)
		switch card.Coverage {
		case report.Covered:
			column.Relevant++
			column.Covered++
		case report.HoleCoverage:
			column.Relevant++
			column.Hole++
		}
		v.Shown++
	}
	for i := range v.Columns {
		cards := v.Columns[i].Cards
		sort.SliceStable(cards, func(x, y int) bool { return cards[x].Activity.NeedScore > cards[y].Activity.NeedScore })
	}
	return v
}

func (f MapFilter) keeps(act enablemap.Activity, ix *viewIndex) bool {
	switch f.Relevance {
	case "relevant":
		if !act.MarketingRelevant {
			return false
		}
	case "internal":
		if act.MarketingRelevant {
			return false
		}
	}
	if f.Role == "" && f.Region == "" {
		return true
	}
	roleOK, regionOK := f.Role == "", f.Region == ""
	for _, id := range act.ResponseIDs {
		in := ix.interviews[ix.responses[id].InterviewID]
		roleOK = roleOK || strings.EqualFold(in.Role, f.Role)
		regionOK = regionOK || strings.EqualFold(in.Region, f.Region)
	}
	return roleOK && regionOK
}

func rolesAndRegions(ivs []enablemap.Interview) (roles, regions []string) {
	seenRole, seenRegion := map[string]bool{}, map[string]bool{}
	for _, in := range ivs {
		if k := strings.ToLower(in.Role); in.Role != "" && !seenRole[k] {
			seenRole[k] = true
			roles = append(roles, in.Role)
		}
		if k := strings.ToLower(in.Region); in.Region != "" && !seenRegion[k] {
			seenRegion[k] = true
			regions = append(regions, in.Region)
		}
	}
	sort.Strings(roles)
	sort.Strings(regions)
	return roles, regions
}

// MaterialMatch is a match of one material to one activity, for a page.
type MaterialMatch struct {
	Material enablemap.Material
	Match    enablemap.Match
	// Serves is set when the material fits the activity well enough to
	// serve it (Activity.ServedBy). Otherwise ServesName names the activity
	// the material serves instead, if any.
	Serves     bool
	ServesName string
	// Unused is set when the material fits the activity by its words but
	// the reps say they make their own piece: it is a hole, and the
	// material a candidate.
	Unused bool
	// Weak is set when the material's best fit, this activity, is below the
	// match threshold: a candidate to confirm.
	Weak bool
}

// ActivityPage is everything about one activity.
type ActivityPage struct {
	Activity  enablemap.Activity
	Coverage  report.Coverage
	Members   []Member
	Materials []MaterialMatch // materials with a match to this activity, best score first
	Hole      *enablemap.Hole
	Roadmap   []enablemap.RoadmapItem
	Decisions []enablemap.Decision // decisions naming one of its members
	Options   []ActivityOption
	// Checks are the places to check that name this activity, in the
	// analysis' order. A merge is turned so that Activity is this one.
	Checks []ReviewCheck
}

// Merges are the checks naming activities that may be one with this one.
func (d ActivityPage) Merges() []ReviewCheck {
	return d.checksWhere(func(c ReviewCheck) bool { return !c.IsMove() })
}

// MovesOut are the checks naming responses of this activity that may
// belong to another.
func (d ActivityPage) MovesOut() []ReviewCheck {
	return d.checksWhere(func(c ReviewCheck) bool { return c.IsMove() && c.Activity.ID == d.Activity.ID })
}

// MovesIn are the checks naming responses of other activities that may
// belong to this one.
func (d ActivityPage) MovesIn() []ReviewCheck {
	return d.checksWhere(func(c ReviewCheck) bool { return c.IsMove() && c.Other.ID == d.Activity.ID })
}

func (d ActivityPage) checksWhere(keep func(ReviewCheck) bool) []ReviewCheck {
	var out []ReviewCheck
	for _, c := range d.Checks {
		if keep(c) {
			out = append(out, c)
		}
	}
	return out
}

// BuildActivityPage describes the activity with the given id (an
// activity id or the id of one of its member responses).
func BuildActivityPage(a enablemap.Analysis, ws enablemap.Workspace, id string) (ActivityPage, error) {
	act, ok := a.ActivityByID(id)
	if !ok {
		act, ok = a.ActivityOfResponse(ResponseOfActivity(id))
	}
	if !ok {
		return ActivityPage{}, enablemap.Errorf(enablemap.ENOTFOUND, "no activity %q in this project (the analysis may have changed: open it from the map)", id)
	}
	ix := newViewIndex(a, ws)
	d := ActivityPage{Activity: act, Coverage: report.CoverageOf(act), Members: ix.members(act), Options: ActivityOptions(a)}
	for _, it := range a.Review {
		if it.ActivityID != act.ID && it.OtherActivityID != act.ID {
			continue
		}
		if it.Kind != enablemap.ReviewMove && it.ActivityID != act.ID {
			it.ActivityID, it.OtherActivityID = it.OtherActivityID, it.ActivityID
		}
		d.Checks = append(d.Checks, ix.check(a, it))
	}
	for _, m := range a.Materials {
		for _, mt := range m.Matches {
			if mt.ActivityID != act.ID {
				continue
			}
			mm := MaterialMatch{Material: ix.materialOf(m), Match: mt}
			mm.Serves = !m.SetAside && slices.Contains(act.ServedBy, m.MaterialID)
			if mm.Serves && mt.State != enablemap.Confirmed && act.MarketingRelevant && !act.Covered {
				mm.Serves, mm.Unused = false, true
			}
			if !mm.Serves && !mm.Unused && !m.SetAside && len(m.Matches) > 0 {
				if best, ok := a.ActivityByID(m.Matches[0].ActivityID); ok && best.ID != act.ID {
					mm.ServesName = best.Name
				} else {
					mm.Weak = true
				}
			}
			d.Materials = append(d.Materials, mm)
		}
	}
	sort.SliceStable(d.Materials, func(i, j int) bool {
		if d.Materials[i].Serves != d.Materials[j].Serves {
			return d.Materials[i].Serves
		}
		return d.Materials[i].Match.Score > d.Materials[j].Match.Score
	})
	for i := range a.HoleDetails {
		if a.HoleDetails[i].ActivityID == act.ID {
			h := a.HoleDetails[i]
			d.Hole = &h
		}
	}
	members := map[string]bool{}
	for _, r := range act.ResponseIDs {
		members[r] = true
	}
	for _, it := range ws.Roadmap {
		if members[it.ResponseID] {
			d.Roadmap = append(d.Roadmap, it)
		}
	}
	for _, dec := range ws.Decisions {
		if members[dec.ResponseID] || members[dec.OtherResponseID] {
			d.Decisions = append(d.Decisions, dec)
		}
	}
	return d, nil
}

func (ix *viewIndex) materialOf(m enablemap.MaterialAnalysis) enablemap.Material {
	if mat, ok := ix.materials[m.MaterialID]; ok {
		return mat
	}
	return enablemap.Material{ID: m.MaterialID, Title: m.Title, Type: m.Type}
}

// MaterialFilter narrows the materials page. Show is "unmatched" (no
// activity fits and not set aside), "set_aside", "aligned" or empty for all;
// Type is a material type; Stage keeps materials whose best activity sits
// on that buying stage.
type MaterialFilter struct {
	Show, Type, Stage string
}

// MatchRow is a suggested or decided match with its activity.
type MatchRow struct {
	Match    enablemap.Match
	Activity enablemap.Activity
}

// MaterialRow is one material with what the analysis concluded.
type MaterialRow struct {
	Material enablemap.Material
	Result   enablemap.MaterialAnalysis
	Matches  []MatchRow
	// Status is "aligned", "unmatched" or "set_aside".
	Status string
}

// StageCoverage is one buying stage of the coverage figures.
type StageCoverage struct {
	enablemap.StageFigure
	Percent int // covered of relevant, 0-100
}

// MaterialsView is the materials analysis: every material with its
// suggested activities, and the figures.
type MaterialsView struct {
	Rows         []MaterialRow
	Types        []string
	Stages       []string
	Filter       MaterialFilter
	Figures      enablemap.Figures
	ByStage      []StageCoverage
	Shown, Total int
	Counts       map[string]int // per status
}

// BuildMaterials builds the materials page.
func BuildMaterials(a enablemap.Analysis, ws enablemap.Workspace, f MaterialFilter) MaterialsView {
	ix := newViewIndex(a, ws)
	v := MaterialsView{Filter: f, Figures: a.Figures, Stages: a.BuyingStages, Total: len(a.Materials), Counts: map[string]int{}}
	for _, s := range a.Figures.ByStage {
		sc := StageCoverage{StageFigure: s}
		if s.Relevant > 0 {
			sc.Percent = (s.Covered*200 + s.Relevant) / (2 * s.Relevant) // rounded, not truncated
		}
		v.ByStage = append(v.ByStage, sc)
	}
	seenType := map[string]bool{}
	for _, m := range a.Materials {
		mat := ix.materialOf(m)
		if k := typeKey(mat.Type); k != "" && !seenType[k] {
			seenType[k] = true
			v.Types = append(v.Types, strings.TrimSpace(mat.Type))
		}
		row := MaterialRow{Material: mat, Result: m}
		switch {
		case m.SetAside:
			row.Status = "set_aside"
		case len(m.Matches) == 0:
			row.Status = "unmatched"
		default:
			row.Status = "aligned"
		}
		v.Counts[row.Status]++
		if f.Show != "" && f.Show != row.Status {
			continue
		}
		if f.Type != "" && typeKey(mat.Type) != typeKey(f.Type) {
			continue
		}
		for _, mt := range m.Matches {
			mr := MatchRow{Match: mt}
			if i, ok := ix.activities[mt.ActivityID]; ok {
				mr.Activity = a.Activities[i]
			} else {
				mr.Activity = enablemap.Activity{ID: mt.ActivityID, Name: mt.ActivityID}
			}
			row.Matches = append(row.Matches, mr)
		}
		if f.Stage != "" && (len(row.Matches) == 0 || !strings.EqualFold(row.Matches[0].Activity.BuyingStage, f.Stage)) {
			continue
		}
		v.Rows = append(v.Rows, row)
	}
	sort.Slice(v.Types, func(i, j int) bool { return strings.ToLower(v.Types[i]) < strings.ToLower(v.Types[j]) })
	v.Shown = len(v.Rows)
	return v
}

// HoleRow is a hole with its activity and the road-map items planned for it.
type HoleRow struct {
	Hole     enablemap.Hole
	Activity enablemap.Activity
	Roadmap  []enablemap.RoadmapItem
}

// BuildHoles lists the holes in priority order.
func BuildHoles(a enablemap.Analysis, ws enablemap.Workspace) []HoleRow {
	ix := newViewIndex(a, ws)
	details := map[string]enablemap.Hole{}
	for _, h := range a.HoleDetails {
		details[h.ActivityID] = h
	}
	var out []HoleRow
	for rank, id := range a.Holes {
		h, ok := details[id]
		if !ok {
			h = enablemap.Hole{ActivityID: id, Priority: rank + 1}
		}
		row := HoleRow{Hole: h}
		if i, ok := ix.activities[id]; ok {
			row.Activity = a.Activities[i]
		} else {
			row.Activity = enablemap.Activity{ID: id, Name: id}
		}
		if len(row.Hole.MaterialTypes) == 0 {
			row.Hole.MaterialTypes = row.Activity.MaterialTypesNeeded
		}
		members := map[string]bool{}
		for _, r := range row.Activity.ResponseIDs {
			members[r] = true
		}
		for _, it := range ws.Roadmap {
			if members[it.ResponseID] {
				row.Roadmap = append(row.Roadmap, it)
			}
		}
		out = append(out, row)
	}
	return out
}

// RoadmapRow is a road-map item with the activity it serves.
type RoadmapRow struct {
	Item     enablemap.RoadmapItem
	Activity enablemap.Activity // zero when the activity is gone
}

// RoadmapGroup is a heading of the road map with its items.
type RoadmapGroup struct {
	Name  string
	Items []RoadmapRow
}

// RoadmapBoard is the road map grouped by buying stage and by status.
type RoadmapBoard struct {
	ByStage  []RoadmapGroup
	ByStatus []RoadmapGroup
	Total    int
}

// RoadmapStatuses are the statuses of a road-map item, in order.
var RoadmapStatuses = []enablemap.RoadmapStatus{enablemap.Planned, enablemap.InProgress, enablemap.Done}

// BuildRoadmap groups the road map by the buying stage of the activity each
// item serves (in stage order) and by status; items are ordered by due date,
// undated last.
func BuildRoadmap(a enablemap.Analysis, ws enablemap.Workspace) RoadmapBoard {
	rows := make([]RoadmapRow, 0, len(ws.Roadmap))
	for _, it := range ws.Roadmap {
		row := RoadmapRow{Item: it}
		if act, ok := a.ActivityOfResponse(it.ResponseID); ok {
			row.Activity = act
		}
		rows = append(rows, row)
	}
	sort.SliceStable(rows, func(i, j int) bool {
		x, y := rows[i].Item, rows[j].Item
		if (x.Due == "") != (y.Due == "") {
			return x.Due != ""
		}
		return x.Due < y.Due
	})
	v := RoadmapBoard{Total: len(rows)}
	stageGroup := map[string]int{}
	for _, st := range a.BuyingStages {
		stageGroup[strings.ToLower(st)] = len(v.ByStage)
		v.ByStage = append(v.ByStage, RoadmapGroup{Name: st})
	}
	for _, row := range rows {
		g, ok := stageGroup[strings.ToLower(row.Activity.BuyingStage)]
		if !ok {
			g, ok = stageGroup[strings.ToLower(NotPlaced)]
			if !ok {
				g = len(v.ByStage)
				stageGroup[strings.ToLower(NotPlaced)] = g
				v.ByStage = append(v.ByStage, RoadmapGroup{Name: NotPlaced})
			}
		}
		v.ByStage[g].Items = append(v.ByStage[g].Items, row)
	}
	for _, st := range RoadmapStatuses {
		g := RoadmapGroup{Name: string(st)}
		for _, row := range rows {
			status := row.Item.Status
			if status == "" {
				status = enablemap.Planned
			}
			if status == st {
				g.Items = append(g.Items, row)
			}
		}
		v.ByStatus = append(v.ByStatus, g)
	}
	return v
}

// typeKey folds the spellings of a material type that content libraries mix
// ("One Pager", "one-pager", "One pager"; "Battle Card", "Battlecard") so the
// type filter lists each type once and finds every spelling.
func typeKey(t string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(t) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return strings.TrimSuffix(b.String(), "s")
}

// DecisionSummary says in words what a decision did, for the history list.
func DecisionSummary(a enablemap.Analysis, ws enablemap.Workspace, d enablemap.Decision) string {
	name := func(responseID string) string {
		if act, ok := a.ActivityOfResponse(responseID); ok {
			return fmt.Sprintf("%q", act.Name)
		}
		return "response " + responseID
	}
	title := func(id string) string {
		for _, m := range ws.Materials {
			if m.ID == id {
				return fmt.Sprintf("%q", m.Title)
			}
		}
		return "material " + id
	}
	switch d.Kind {
	case enablemap.ConfirmMatch:
		return fmt.Sprintf("Confirmed %s serves %s", title(d.MaterialID), name(d.ResponseID))
	case enablemap.RejectMatch:
		return fmt.Sprintf("Rejected %s for %s", title(d.MaterialID), name(d.ResponseID))
	case enablemap.SetAside:
		return fmt.Sprintf("Set %s aside: %s", title(d.MaterialID), d.Reason)
	case enablemap.KeepMaterial:
		return fmt.Sprintf("Kept %s", title(d.MaterialID))
	case enablemap.Rename:
		return fmt.Sprintf("Renamed the activity of response %s to %q", d.ResponseID, d.Text)
	case enablemap.Move:
		return fmt.Sprintf("Moved %s to %s", name(d.ResponseID), d.Text)
	case enablemap.Relevance:
		if d.Text == "true" {
			return fmt.Sprintf("Marked %s as Marketing's", name(d.ResponseID))
		}
		return fmt.Sprintf("Marked %s as not Marketing's", name(d.ResponseID))
	case enablemap.Merge:
		return fmt.Sprintf("Merged the activities of responses %s and %s", d.ResponseID, d.OtherResponseID)
	case enablemap.Split:
		return fmt.Sprintf("Split response %s out into an activity of its own", d.ResponseID)
	case enablemap.MoveResponse:
		return fmt.Sprintf("Moved response %s into %s", d.ResponseID, name(d.OtherResponseID))
	case enablemap.MarkWant:
		if d.Text == "true" {
			return fmt.Sprintf("Marked response %s as a want", d.ResponseID)
		}
		return fmt.Sprintf("Marked response %s as a need after all", d.ResponseID)
	case enablemap.Accept:
		return fmt.Sprintf("Accepted %s", name(d.ResponseID))
	}
	return string(d.Kind)
}
