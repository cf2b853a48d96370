package analysis

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// A rename is a name the glossary says a product had before it took its
// present one: "FreezerWatch: ... Called ColdKeep until 2024", "Quill
// (formerly ClauseIQ)", "ProtectPlus: Old name of KilnCare". A piece
// titled with the old name alone was made before the rename: it carries
// the old name, and often the old terms, prices or screens with it.
type rename struct {
	old     []string   // the old name, as tokens
	shown   string     // the old name as the glossary writes it
	current string     // the present name as the glossary writes it, or ""
	now     [][]string // the present names, as tokens
}

// namePattern is a product name: capitalised words ("ColdKeep", "Cornerstone
// Refi", "eCare Connect"), perhaps in quotes.
const namePattern = `['"‘“]?((?:[A-Z]|[a-z][A-Z])[\w&+-]*(?:\s+[A-Z0-9][\w&+-]*){0,3})['"’”]?`

// renamedFrom finds, in a glossary term or its meaning, the name the term's
// product had before: "called ColdKeep until 2024", "sold as the TwinStation
// until 2023", "formerly ClauseIQ", "renamed from ClauseIQ", "Until 2024 it
// was SafeMiles", "Acquired as Steeple in 2021 and renamed". The name is the
// first group. "Sold as CareLink" alone is the present brand, not an old one.
var renamedFrom = []*regexp.Regexp{
	regexp.MustCompile(`(?i:called|named|sold as|marketed as|branded|branded as|known as)\s+(?:the\s+)?` + namePattern + `\s+(?:\([^)]*\)\s+)?(?i:from\s+(?:19|20)\d\d\s+)?(?i:until|till|up to|before|prior to)\b`),
	regexp.MustCompile(`(?i:formerly|previously|originally)\s+(?:(?i:called|named|known as|sold as|branded)\s+)?(?:the\s+)?` + namePattern),
	regexp.MustCompile(`(?i:renamed from|rebranded from)\s+(?:the\s+)?` + namePattern),
	regexp.MustCompile(`(?i:until|before|till)\s+(?:(?i:early|mid|late)[\s-]+)?(?:19|20)\d\d,?\s+(?i:it|this|they|these)\s+(?i:was|were)\s+(?:(?i:called|named|sold as)\s+)?(?:the\s+)?` + namePattern),
	regexp.MustCompile(`(?i:launched|acquired|introduced|released|sold)\s+as\s+(?:the\s+)?` + namePattern + `[^.]{0,60}?\b(?i:renamed|rebranded)\b`),
}

// oldNameMeaning finds a meaning that says the term itself is the old name:
// "Old name of KilnCare", "The former name of FreezerWatch (to 2024)",
// "The name of SnapSync until 2023", "Ardent Payments' name until 2020".
// The present name, when the meaning gives it, is the first group.
var oldNameMeaning = []*regexp.Regexp{
	regexp.MustCompile(`^(?i:the\s+|an?\s+|its\s+)?(?i:old|former|previous|earlier|retired|original|prior)\s+(?i:brand\s+)?(?i:name)\s+(?i:of|for)\s+(?:(?i:the)\s+)?` + namePattern + `(['’]?s\b)?`),
	regexp.MustCompile(`^(?i:the\s+|an?\s+|its\s+)?(?i:old|former|previous|earlier|retired|original|prior)\s+(?i:brand\s+)?(?i:name)\b()`),
	regexp.MustCompile(`^(?i:the\s+)?(?i:name)\s+(?i:of)\s+(?:(?i:the)\s+)?` + namePattern + `\s+(?i:from\s+(?:19|20)\d\d\s+)?(?i:until|till|before|up to)\s+(?:(?i:early|mid|late)[\s-]+)?(?:19|20)\d\d`),
	regexp.MustCompile(`^[^.;:]{0,40}?['’]s?\s+(?i:name)\s+(?i:from\s+(?:19|20)\d\d\s+)?(?i:until|till|before|up to)\s+(?:(?i:early|mid|late)[\s-]+)?(?:19|20)\d\d()`),
}

// renamedTo finds the present name in a meaning that calls the term an old
// name: "renamed CobaltGuard in 2023", "before they became IceCare Protect".
var renamedTo = regexp.MustCompile(`(?i:renamed|rebranded|became|now called|now sold as)\s+(?:(?i:as|to)\s+)?(?:the\s+)?` + namePattern)

// glossaryRenames returns the renames the glossary states, each old name
// once, in the glossary's order.
func glossaryRenames(glossary []enablemap.GlossaryTerm) []rename {
	var out []rename
	add := func(r rename) {
		if len(r.old) == 0 || len(r.old[0]) < 3 || isNumber(r.old[0]) {
			return
		}
		if slices.ContainsFunc(r.now, func(n []string) bool { return containsRun(n, r.old) }) {
			// "Brightlane Shift" renamed from "Shift": the old name
			// is inside the present one, so every title names both.
			return
		}
		if slices.ContainsFunc(out, func(o rename) bool { return slices.Equal(o.old, r.old) }) {
			return
		}
		out = append(out, r)
	}
	for _, g := range glossary {
		var names []string // the term's names, without their asides
		for _, v := range strings.Split(parenthetical.ReplaceAllString(g.Term, ""), "/") {
			if v = strings.TrimSpace(strings.Trim(v, "()")); v != "" {
				names = append(names, v)
			}
		}
		if len(names) == 0 {
			continue
		}
		first, _, _ := strings.Cut(g.Meaning, ". ")
		if present, ok := oldNameOf(first); ok {
			// The term is the old name: each of its names is.
			var now [][]string
			if present == "" {
				if m := renamedTo.FindStringSubmatch(g.Meaning); m != nil {
					present = m[1]
				}
			}
			if present != "" {
				now = append(now, rawTokens(present))
			}
			for _, n := range names {
				add(rename{old: rawTokens(n), shown: n, current: present, now: now})
			}
			continue
		}
		var olds []string
		for _, text := range []string{g.Term, g.Meaning} {
			for _, re := range renamedFrom {
				for _, m := range re.FindAllStringSubmatch(text, -1) {
					olds = append(olds, strings.TrimSpace(m[1]))
				}
			}
		}
		if len(olds) == 0 {
			continue
		}
		var now [][]string
		var current string
		for _, n := range names {
			if slices.ContainsFunc(olds, func(o string) bool { return strings.EqualFold(o, n) }) {
				continue
			}
			if current == "" {
				current = n
			}
			if strings.ToLower(n) == n {
				// "the app", "the 500": a nickname in plain words,
				// which any title may hold, names nothing.
				continue
			}
			now = append(now, rawTokens(n))
		}
		for _, o := range olds {
			add(rename{old: rawTokens(o), shown: o, current: current, now: now})
		}
	}
	return out
}

// parenthetical is an aside in brackets: "Quill (formerly ClauseIQ)".
var parenthetical = regexp.MustCompile(`\([^)]*\)`)

// oldNameOf reports whether a meaning's first sentence says the term is an
// old name, and the present name when it gives one.
func oldNameOf(first string) (string, bool) {
	for _, re := range oldNameMeaning {
		if m := re.FindStringSubmatch(first); m != nil {
			if len(m) > 2 && m[2] != "" {
				// "The former name of Cobalt Creek's treated
				// lumber": the company's, not the product's name.
				return "", true
			}
			return m[1], true
		}
	}
	return "", false
}

// renamedReason returns why a piece is set aside for its old name: its
// title names a product by the name it had before the rename and not by
// its present one, and few titles do (an old name many titles carry is
// still the name the library uses). A piece that moves the owners on
// ("ColdKeep to FreezerWatch upgrade") names the present one or a move.
func renamedReason(m enablemap.Material, renames []rename, titles []string) string {
	if len(renames) == 0 {
		return ""
	}
	toks := rawTokens(m.Title)
	text := " " + strings.Join(toks, " ") + " "
	if slices.ContainsFunc(movingOnWords, func(w string) bool { return strings.Contains(text, w) }) {
		return ""
	}
	for _, r := range renames {
		if !containsRun(toks, r.old) || slices.ContainsFunc(r.now, func(n []string) bool { return len(n) > 0 && containsRun(toks, n) }) {
			continue
		}
		name := " " + strings.Join(r.old, " ") + " "
		n := 0
		for _, t := range titles {
			if strings.Contains(t, name) {
				n++
			}
		}
		if n > max(3, len(titles)/10) {
			continue
		}
		if r.current != "" {
			return fmt.Sprintf("set aside: its title says %s, the name the glossary says %s had before it was renamed", r.shown, r.current)
		}
		return fmt.Sprintf("set aside: its title says %s, a name the glossary says is no longer used", r.shown)
	}
	return ""
}
