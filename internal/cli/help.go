package cli

import (
	"regexp"
	"strings"
)

// columns splits a help line at runs of two or more spaces.
var columns = regexp.MustCompile(`\s{2,}`)

// subcommandHelp returns the help of one subcommand ("decide merge") drawn
// from its group's help: its usage line, what it does and the group's
// examples of it, with a pointer to the group's help for the rest. It
// returns "" when the group's help does not describe the subcommand.
func subcommandHelp(group, sub, groupHelp string) string {
	lines := strings.Split(strings.Trim(groupHelp, "\n"), "\n")
	prefix := "enablemap " + group + " " + sub
	var usage, desc string
	var examples []string
	for i := 0; i < len(lines); i++ {
		line := lines[i]
		trimmed := strings.TrimSpace(line)
		trimmed = strings.TrimPrefix(trimmed, "Usage: ")
		switch {
		case usage == "" && (trimmed == prefix || strings.HasPrefix(trimmed, prefix+" ")) && !isExample(lines, i):
			// "enablemap user add EMAIL [--name NAME] ..."
			usage = trimmed
		case isExample(lines, i) && (trimmed == prefix || strings.HasPrefix(trimmed, prefix+" ")):
			ex := "  " + trimmed
			for strings.HasSuffix(strings.TrimSpace(lines[i]), `\`) && i+1 < len(lines) {
				i++
				ex += "\n" + lines[i]
			}
			examples = append(examples, ex)
		case strings.HasPrefix(line, "  "+sub+" ") || line == "  "+sub:
			// "  merge         --activity A --into B          the two are one activity"
			// "  create NAME [--buying-stages T|FILE] ..."
			parts := columns.Split(strings.TrimSpace(line), -1)
			args := strings.TrimSpace(strings.TrimPrefix(parts[0], sub))
			rest := parts[1:]
			if len(rest) > 0 && strings.HasPrefix(rest[0], "-") || len(rest) > 1 {
				args = strings.TrimSpace(args + " " + rest[0])
				rest = rest[1:]
			}
			if usage == "" {
				usage = strings.TrimSpace(prefix + " " + args)
			}
			if len(rest) > 0 && desc == "" {
				desc = strings.Join(rest, " ")
			}
		case desc == "" && strings.HasPrefix(line, sub+" ") && len(columns.FindStringIndex(line)) > 0 && columns.FindStringIndex(line)[0] == len(sub):
			// "add     creates an account, ..." and its indented continuation
			desc = strings.TrimSpace(line[len(sub):])
			for i+1 < len(lines) && strings.HasPrefix(lines[i+1], strings.Repeat(" ", len(sub)+2)) {
				i++
				desc += " " + strings.TrimSpace(lines[i])
			}
		}
	}
	if usage == "" {
		return ""
	}
	// The group's usage may name a flag every subcommand needs
	// ("enablemap decide SUBCOMMAND --project NAME").
	if strings.Contains(lines[0], " --project NAME") && !strings.Contains(usage, "--project") {
		usage = prefix + " --project NAME" + strings.TrimPrefix(usage, prefix)
	}
	if len(examples) == 0 {
		examples = append(examples, "  "+exampleOf(usage))
	}
	var b strings.Builder
	b.WriteString("Usage: " + usage + "\n")
	if desc != "" {
		desc = strings.ToUpper(desc[:1]) + desc[1:]
		if !strings.HasSuffix(desc, ".") {
			desc += "."
		}
		b.WriteString("\n" + desc + "\n")
	}
	b.WriteString("\nExample:\n" + strings.Join(examples, "\n") + "\n")
	b.WriteString("\nSee 'enablemap " + group + " --help' for the other subcommands and what they share.")
	return b.String()
}

// isExample reports whether line i of a help text is in its examples
// block: after an "Example:" or "Examples:" line and before a blank one.
func isExample(lines []string, i int) bool {
	for j := i; j >= 0; j-- {
		t := strings.TrimSpace(lines[j])
		if t == "Example:" || t == "Examples:" {
			return true
		}
		if t == "" && j < i {
			return false
		}
	}
	return false
}

// placeholders are the values an example puts in place of a usage line's
// placeholders.
var placeholders = map[string]string{
	"NAME": "demo", "A": "A-R003", "B": "A-R010", "M": "M012", "R": "R014", "ID": "3",
	"TEXT": `"reason or name"`, "STAGE": `"Validation"`, "EMAIL": "ana@example.com",
	"yes|no": "yes", "KIND": `"talk track"`, "TITLE": `"Discovery talk track"`,
}

// exampleOf turns a usage line into an example: optional parts left out,
// placeholders given a value.
func exampleOf(usage string) string {
	var out []string
	depth := 0
	for _, f := range strings.Fields(usage) {
		if strings.HasPrefix(f, "[") {
			depth++
		}
		if depth == 0 {
			if v, ok := placeholders[f]; ok {
				f = v
				if len(out) > 0 && out[len(out)-1] == "--workspace" {
					f = "Marketing"
				}
			}
			out = append(out, f)
		}
		if strings.HasSuffix(f, "]") && depth > 0 {
			depth--
		}
	}
	return strings.Join(out, " ")
}
