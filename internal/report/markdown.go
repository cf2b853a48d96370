package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// Markdown writes the report a person reads: figures, the activity map with
// buying stages as columns, every activity with who said what, the holes in
// priority order, the materials analysis, the set-aside list, the wants and
// the road map.
func Markdown(w io.Writer, d Data) error {
	bw := bufio.NewWriter(w)
	ix := newIndex(&d)
	m := &mdWriter{w: bw}
	m.header(ix)
	m.figures(ix)
	m.activityMap(ix)
	m.holes(ix)
	m.activities(ix)
	m.materials(ix)
	m.setAside(ix)
	m.wants(ix)
	m.review(ix)
	m.roadmap(ix)
	m.glossary(ix)
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write Markdown report: %w", err)
	}
	return nil
}

// mdWriter writes to a bufio.Writer, which remembers the first error, so the
// section writers need not check every line; Flush reports it.
type mdWriter struct{ w *bufio.Writer }

func (m *mdWriter) f(format string, args ...any) { fmt.Fprintf(m.w, format, args...) }
func (m *mdWriter) s(text string)                { m.w.WriteString(text) }

var mdInline = strings.NewReplacer(
	"\r\n", " ", "\n", " ", "\r", " ", "\t", " ",
	`\`, `\\`, "<", "&lt;", "`", "\\`", "*", `\*`, "_", `\_`,
	"[", `\[`, "]", `\]`,
)

// inline makes free text safe on one Markdown line: line breaks become spaces
// (a newline would end a list item or a table row) and characters with a
// Markdown or HTML meaning are escaped so a rep's words show as typed. A ">"
// only quotes at the start of a line, which inline text never is, so "->"
// stays readable in the raw file.
func inline(s string) string { return mdInline.Replace(strings.TrimSpace(s)) }

// cell is inline text safe inside a table cell: a pipe would start a new
// column.
func cell(s string) string { return strings.ReplaceAll(inline(s), "|", `\|`) }

func (m *mdWriter) table(header []string, rows [][]string) {
	m.s("|")
	for _, h := range header {
		m.s(" " + cell(h) + " |")
	}
	m.s("\n|")
	for range header {
		m.s(" --- |")
	}
	m.s("\n")
	for _, r := range rows {
		m.s("|")
		for _, c := range r {
			// Cells arrive escaped so they may hold <br> on purpose.
			m.s(" " + c + " |")
		}
		m.s("\n")
	}
	m.s("\n")
}

func (m *mdWriter) header(ix *index) {
	m.f("# %s: sales activity map and materials analysis\n\n", inline(ix.projectName()))
	if desc := strings.TrimSpace(ix.d.Workspace.Project.Description); desc != "" {
		m.f("%s\n\n", inline(desc))
	}
	if date := ix.date(); date != "" {
		m.f("Generated %s.\n\n", date)
	}
}

func (m *mdWriter) figures(ix *index) {
	f := ix.d.Analysis.Figures
	m.s("## Figures\n\n")
	m.table([]string{"Figure", "Value"}, [][]string{
		{"Interviews", fmt.Sprint(f.Interviews)},
		{"Reps interviewed", fmt.Sprint(f.Reps)},
		{"Responses", fmt.Sprint(f.Responses)},
		{"Activities (needs)", fmt.Sprint(f.Activities)},
		{"Marketing-relevant activities", fmt.Sprint(f.RelevantActivities)},
		{"Covered by a material", fmt.Sprint(f.CoveredActivities)},
		{"Holes", fmt.Sprint(f.Holes)},
		{"Wants set apart", fmt.Sprint(f.Wants)},
		{"Materials", fmt.Sprint(f.Materials)},
		{"Materials aligned with an activity", fmt.Sprintf("%d (%s)", f.MaterialsAligned, percent(f.AlignedShare))},
		{"Materials set aside", fmt.Sprint(f.MaterialsSetAside)},
	})
	if len(f.ByStage) > 0 {
		m.s("Coverage per buying stage:\n\n")
		rows := make([][]string, 0, len(f.ByStage))
		for _, s := range f.ByStage {
			rows = append(rows, []string{cell(s.Stage), fmt.Sprint(s.Relevant), fmt.Sprint(s.Covered),
				fmt.Sprint(s.Holes), fmt.Sprint(s.Internal), fmt.Sprint(s.Materials)})
		}
		m.table([]string{"Buying stage", "Relevant", "Covered", "Holes", "Not marketing's", "Materials"}, rows)
	}
}

// activityMap writes the map as a table whose columns are the buying stages;
// row i holds the i-th most needed activity of every stage.
func (m *mdWriter) activityMap(ix *index) {
	m.s("## Activity map\n\n")
	if len(ix.d.Analysis.Activities) == 0 {
		m.s("No activities yet.\n\n")
		return
	}
	m.s("Buying stages run left to right; each stage lists its activities, most needed first, " +
		"with the need score and whether a material covers it (covered), nothing does (HOLE) " +
		"or Marketing need not serve it (not marketing's).\n\n")
	stages, cols := ix.byStage()
	depth := 0
	for _, s := range stages {
		depth = max(depth, len(cols[s]))
	}
	rows := make([][]string, depth)
	for i := range rows {
		rows[i] = make([]string, len(stages))
		for j, s := range stages {
			if i < len(cols[s]) {
				a := cols[s][i]
				mark := CoverageOf(a).Label()
				if CoverageOf(a) == HoleCoverage {
					mark = "**HOLE**"
				}
				rows[i][j] = fmt.Sprintf("%s (need %s, %s)", cell(a.Name), score(a.NeedScore), mark)
			}
		}
	}
	m.table(stages, rows)
}

func (m *mdWriter) holes(ix *index) {
	m.s("## Holes, in priority order\n\n")
	if len(ix.d.Analysis.Holes) == 0 {
		if len(ix.d.Analysis.Activities) == 0 {
			m.s("No holes, because there are no activities yet: import interviews first.\n\n")
			return
		}
		m.s("No holes: every marketing-relevant activity has a material.\n\n")
		return
	}
	m.s("Marketing-relevant activities that no material serves.\n\n")
	for i, id := range ix.d.Analysis.Holes {
		a := ix.activities[id]
		m.f("%d. **%s** (%s): %s, need %s, %s", i+1, inline(ix.activityName(id)), inline(id),
			stageText(a.BuyingStage), score(a.NeedScore), plural(a.Reps, "rep"))
		if kinds := ix.holeKinds(id); len(kinds) > 0 {
			m.f(". Would be served by: %s", inlineList(kinds))
		}
		m.s(".\n")
		for _, r := range ix.holeReasons(id) {
			m.f("   - %s\n", inline(r))
		}
	}
	m.s("\n")
}

func stageText(s string) string {
	if strings.TrimSpace(s) == "" {
		return "no buying stage"
	}
	return inline(s)
}

func inlineList(items []string) string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = inline(it)
	}
	return strings.Join(out, "; ")
}

func (m *mdWriter) activities(ix *index) {
	m.s("## Activities\n\n")
	if len(ix.d.Analysis.Activities) == 0 {
		m.s("No activities yet.\n\n")
		return
	}
	stages, cols := ix.byStage()
	for _, s := range stages {
		if len(cols[s]) == 0 {
			continue
		}
		m.f("### %s\n\n", inline(s))
		for _, a := range cols[s] {
			m.activity(ix, a)
		}
	}
}

func (m *mdWriter) activity(ix *index, a enablemap.Activity) {
	m.f("#### %s (%s)\n\n", inline(a.Name), inline(a.ID))
	m.f("- Coverage: %s", CoverageOf(a).Label())
	if a.Covered && len(a.ServedBy) > 0 {
		m.f(" by %s", m.materialList(ix, a.ServedBy))
	}
	m.s("\n")
	m.f("- Need score: %s, said by %s in %s and %s\n", score(a.NeedScore),
		plural(a.Reps, "rep"), plural(a.Roles, "role"), plural(a.Regions, "region"))
	if g := strings.TrimSpace(a.Goal); g != "" {
		m.f("- Goal: %s\n", inline(g))
	}
	if len(a.SalesTransitions) > 0 {
		m.f("- Sales transitions: %s\n", inlineList(a.SalesTransitions))
	}
	if r := strings.TrimSpace(a.RelevanceReason); r != "" {
		m.f("- Marketing relevance: %s\n", inline(r))
	}
	if len(a.MaterialTypesNeeded) > 0 {
		m.f("- Material kinds needed: %s\n", inlineList(a.MaterialTypesNeeded))
	}
	for _, r := range a.Reasons {
		m.f("- Why: %s\n", inline(r))
	}
	m.s("\n")
	members := ix.members(a)
	if len(members) == 0 {
		return
	}
	rows := make([][]string, 0, len(members))
	for _, mb := range members {
		rows = append(rows, []string{cell(mb.Interviewee), cell(mb.Transition), cell(mb.Text), cell(mb.ResponseID)})
	}
	m.table([]string{"Who", "Sales transition", "What they said", "Response"}, rows)
}

func (m *mdWriter) materialList(ix *index, ids []string) string {
	out := make([]string, len(ids))
	for i, id := range ids {
		if mat, ok := ix.materials[id]; ok && mat.Title != "" {
			out[i] = inline(mat.Title) + " (" + inline(id) + ")"
		} else {
			out[i] = inline(id)
		}
	}
	return strings.Join(out, "; ")
}

// materials writes the aligned materials with the activity they serve; the
// set-aside ones get their own section.
func (m *mdWriter) materials(ix *index) {
	m.s("## Materials aligned with activities\n\n")
	var rows [][]string
	for _, ma := range ix.d.Analysis.Materials {
		if ma.SetAside || len(ma.Matches) == 0 {
			continue
		}
		best := ma.Matches[0]
		why := make([]string, len(best.Reasons))
		for i, r := range best.Reasons {
			why[i] = cell(r)
		}
		rows = append(rows, []string{cell(ma.Title), cell(ma.MaterialID), cell(ma.Type),
			cell(ix.activityName(best.ActivityID)), cell(ix.activities[best.ActivityID].BuyingStage),
			score(best.Score), strings.Join(why, "; ")})
	}
	if len(rows) == 0 {
		m.s("No material is aligned with an activity.\n\n")
		return
	}
	m.table([]string{"Material", "Id", "Type", "Activity", "Buying stage", "Score", "Why"}, rows)
}

func (m *mdWriter) setAside(ix *index) {
	m.s("## Materials set aside\n\n")
	n := 0
	for _, ma := range ix.d.Analysis.Materials {
		if !ma.SetAside {
			continue
		}
		n++
		reason := strings.TrimSpace(ma.SetAsideReason)
		if reason == "" {
			reason = "it fits no activity reps named"
		}
		m.f("- **%s** (%s", inline(ma.Title), inline(ma.MaterialID))
		if t := strings.TrimSpace(ma.Type); t != "" {
			m.f(", %s", inline(t))
		}
		m.f("): %s\n", inline(reason))
	}
	if n == 0 {
		m.s("No material is set aside.\n")
	}
	m.s("\n")
}

func (m *mdWriter) wants(ix *index) {
	m.s("## Wants heard\n\n")
	wants := ix.wants()
	if len(wants) == 0 {
		m.s("No wants were set apart.\n\n")
		return
	}
	m.s("Wishes and requests to Marketing, kept apart from needs: wants vary from rep to rep, needs do not.\n\n")
	for _, w := range wants {
		m.f("- \"%s\", %s (%s)", inline(w.Text), inline(orUnknown(w.Interviewee)), inline(w.ResponseID))
		if r := strings.TrimSpace(w.Reason); r != "" {
			m.f(": %s", inline(r))
		}
		m.s("\n")
	}
	m.s("\n")
}

// review lists the places in the roll-up worth a person's check.
func (m *mdWriter) review(ix *index) {
	items := ix.d.Analysis.Review
	if len(items) == 0 {
		return
	}
	m.s("## Places to check in the roll-up\n\n")
	m.s("Near misses of the roll-up, most likely first: activities that may be one, and responses that may belong to another activity. Merge or move what is one (`enablemap decide merge`, `move-response`); accept an activity to mark it checked (`enablemap decide accept`).\n\n")
	// A stored project is named in the commands; the files of a one-shot
	// analysis have none yet.
	project := "NAME"
	if p := ix.d.Workspace.Project; p.ID != 0 && strings.TrimSpace(p.Name) != "" {
		project = `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`, `$`, `\$`, "`", "'").Replace(p.Name) + `"`
	}
	name := func(id string) string {
		if a, ok := ix.activities[id]; ok {
			return fmt.Sprintf("%s (%s)", inline(a.Name), inline(id))
		}
		return inline(id)
	}
	for _, it := range items {
		switch it.Kind {
		case enablemap.ReviewMerge:
			m.f("- May be one activity: %s and %s", name(it.ActivityID), name(it.OtherActivityID))
		case enablemap.ReviewMove:
			said := ""
			if r, ok := ix.responses[it.ResponseID]; ok {
				said = fmt.Sprintf(" \"%s\"", inline(r.Activity))
			}
			m.f("- Response %s%s may belong to %s rather than %s", inline(it.ResponseID), said, name(it.OtherActivityID), name(it.ActivityID))
		default:
			continue
		}
		if len(it.Reasons) > 0 {
			rs := make([]string, len(it.Reasons))
			for i, r := range it.Reasons {
				rs[i] = inline(r)
			}
			m.f(": %s", strings.Join(rs, "; "))
		}
		switch it.Kind {
		case enablemap.ReviewMerge:
			m.f(". To merge: `enablemap decide merge --project %s --activity %s --into %s`", project, code(it.ActivityID), code(it.OtherActivityID))
		case enablemap.ReviewMove:
			m.f(". To move: `enablemap decide move-response --project %s --response %s --into %s`", project, code(it.ResponseID), code(it.OtherActivityID))
		}
		m.s("\n")
	}
	m.s("\n")
}

// code makes an id safe inside a code span: ids are letters, digits and
// . _ : -, but an imported one could hold a backtick.
func code(s string) string { return strings.ReplaceAll(strings.TrimSpace(s), "`", "'") }

func orUnknown(s string) string {
	if strings.TrimSpace(s) == "" {
		return "unknown"
	}
	return s
}

func (m *mdWriter) roadmap(ix *index) {
	m.s("## Road map\n\n")
	items := ix.roadmap()
	if len(items) == 0 {
		m.s("No road-map items yet.\n\n")
		return
	}
	rows := make([][]string, 0, len(items))
	for _, r := range items {
		rows = append(rows, []string{cell(orDash(r.Item.Due)), cell(r.Item.Title), cell(r.Item.Kind),
			cell(r.Activity), cell(orDash(r.Item.Owner)), cell(statusLabel(r.Item.Status))})
	}
	m.table([]string{"Due", "Material", "Kind", "Activity (hole) it serves", "Owner", "Status"}, rows)
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "-"
	}
	return s
}

func (m *mdWriter) glossary(ix *index) {
	if len(ix.d.Workspace.Glossary) == 0 {
		return
	}
	m.s("## Glossary\n\n")
	rows := make([][]string, 0, len(ix.d.Workspace.Glossary))
	for _, g := range ix.d.Workspace.Glossary {
		rows = append(rows, []string{cell(g.Term), cell(g.Meaning)})
	}
	m.table([]string{"Sales term", "Common term"}, rows)
}
