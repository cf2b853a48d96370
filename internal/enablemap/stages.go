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
