package enablemap

import (
	"sort"
	"strings"
)

// BuyingStageTemplates are the built-in buying-cycle templates.
var buyingStageTemplates = map[string][]string{
	// Gartner's B2B buying jobs.
	"gartner": {"Problem identification", "Solution exploration", "Requirements building", "Supplier selection", "Validation", "Consensus creation"},
	// The classic five-stage consumer/business decision process.
	"classic": {"Need recognition", "Information search", "Evaluation of alternatives", "Purchase decision", "Post-purchase"},
	"acd":     {"Awareness", "Consideration", "Decision"},
}

// BuyingStageTemplate returns a copy of the named template's stages.
func BuyingStageTemplate(name string) ([]string, bool) {
	s, ok := buyingStageTemplates[strings.ToLower(strings.TrimSpace(name))]
	if !ok {
		return nil, false
	}
	return append([]string(nil), s...), true
}

// BuyingStageTemplateNames lists the templates, sorted.
func BuyingStageTemplateNames() []string {
	var names []string
	for n := range buyingStageTemplates {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// ParseStageList reads a custom stage list: one stage per line; blank lines
// and lines starting with # are ignored.
func ParseStageList(text string) ([]string, error) {
	var out []string
	seen := map[string]bool{}
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		key := strings.ToLower(line)
		if seen[key] {
			return nil, Errorf(EINVALID, "stage %q is listed twice", line)
		}
		seen[key] = true
		out = append(out, line)
	}
	if len(out) == 0 {
		return nil, Errorf(EINVALID, "the stage list is empty")
	}
	return out, nil
}

// ValidateStages checks an ordered stage list: names non-empty, unique
// (case-insensitively) and not too long.
func ValidateStages(field string, stages []string) error {
	seen := map[string]bool{}
	for _, s := range stages {
		s = strings.TrimSpace(s)
		if s == "" {
			return FieldError(field, "a stage name is empty")
		}
		if len(s) > 200 {
			return FieldError(field, "stage %q is longer than 200 characters", s[:40]+"...")
		}
		k := strings.ToLower(s)
		if seen[k] {
			return FieldError(field, "stage %q is listed twice", s)
		}
		seen[k] = true
	}
	return nil
}

// MergeSalesStages returns the project's sales stages with the stages named
// by responses added. Existing stages keep their order. New stages are
// added in order of first appearance, each placed where the transitions put
// it: a stage that responses move *to* from a known stage follows that stage,
// so a file whose first row is "Qualification -> Discovery" still puts a
// later "Prospecting -> Qualification" first. Names match case-insensitively
// and the existing spelling wins.
func MergeSalesStages(existing []string, responses []Response) (merged, added []string) {
	canon := map[string]string{}
	order := []string{}
	addName := func(s string) {
		s = strings.TrimSpace(s)
		if s == "" {
			return
		}
		k := strings.ToLower(s)
		if _, ok := canon[k]; !ok {
			canon[k] = s
			order = append(order, k)
		}
	}
	for _, s := range existing {
		addName(s)
	}
	nExisting := len(order)
	for _, r := range responses {
		addName(r.FromStage)
		addName(r.ToStage)
	}
	if len(order) == nExisting {
		return append([]string(nil), existing...), nil
	}
	// Edges: existing order as a chain, then every transition.
	succ := map[string]map[string]bool{}
	indeg := map[string]int{}
	edge := func(a, b string) {
		if a == b || a == "" || b == "" {
			return
		}
		if succ[a] == nil {
			succ[a] = map[string]bool{}
		}
		if !succ[a][b] {
			succ[a][b] = true
			indeg[b]++
		}
	}
	for i := 1; i < nExisting; i++ {
		edge(order[i-1], order[i])
	}
	for _, r := range responses {
		edge(strings.ToLower(strings.TrimSpace(r.FromStage)), strings.ToLower(strings.TrimSpace(r.ToStage)))
	}
	pos := map[string]int{}
	for i, k := range order {
		pos[k] = i
	}
	// Kahn's algorithm, always taking the ready stage that appeared first.
	// Cycles (reps going back a stage) are broken by first appearance.
	done := map[string]bool{}
	var out []string
	for len(out) < len(order) {
		pick := ""
		for _, k := range order {
			if !done[k] && indeg[k] == 0 {
				pick = k
				break
			}
		}
		if pick == "" {
			for _, k := range order {
				if !done[k] {
					pick = k
					break
				}
			}
		}
		done[pick] = true
		out = append(out, pick)
		for b := range succ[pick] {
			indeg[b]--
		}
	}
	for _, k := range out {
		merged = append(merged, canon[k])
		if pos[k] >= nExisting {
			added = append(added, canon[k])
		}
	}
	return merged, added
}
