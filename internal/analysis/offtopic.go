package analysis

import (
	"fmt"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// A blog post written for search traffic on a subject the company's work
// never touches ("10 road trip games the whole family will love" in a car
// wash supplier's library) serves no sales activity, however well a type
// word ("blog") matches nurturing. A post on the trade's own subject is
// kept: reps send those ("What is CLM? A plain-English guide").
//
// offTopicShare is the share of a post's words that the research (the
// answers, the notes and the glossary) must use for the post to be on its
// subject; offTopicMinWords the fewest words to judge by. In the answer
// keys of two hundred and forty companies, posts under the share are set
// aside 71 times in 72.
const (
	offTopicShare    = 0.4
	offTopicMinWords = 3
)

// researchWords returns the stems the research uses: every response's
// activity, goal and notes, and the glossary's terms and meanings.
func (e *engine) researchWords() map[string]bool {
	words := map[string]bool{}
	add := func(ts []term) {
		for _, t := range ts {
			words[t.stem] = true
		}
	}
	for _, ri := range e.resp {
		add(ri.actTerms)
		add(ri.goalTerms)
		add(ri.noteTerms)
	}
	for _, g := range e.ws.Glossary {
		ts, _ := e.norm.normalize(g.Term+" "+g.Meaning, 1)
		add(ts)
	}
	return words
}

// isBlogPost reports whether a material is a blog post or written for
// search: a "blog" or "SEO" tag, a blog type, or a title opening "Blog:".
func isBlogPost(m enablemap.Material) bool {
	for _, t := range m.Tags {
		if t = strings.ToLower(strings.TrimSpace(t)); t == "blog" || t == "seo" {
			return true
		}
	}
	typ := strings.ToLower(m.Type)
	return strings.Contains(typ, "blog") || strings.HasPrefix(strings.ToLower(strings.TrimSpace(m.Title)), "blog:")
}

// offTopicReason returns why a blog post is set aside for its subject, or
// "": its title and tags (less the words that only say it is a post) use
// too few of the research's words.
func (e *engine) offTopicReason(m enablemap.Material, research map[string]bool) string {
	if !isBlogPost(m) {
		return ""
	}
	var text []string
	text = append(text, m.Title)
	for _, t := range m.Tags {
		if l := strings.ToLower(strings.TrimSpace(t)); l != "blog" && l != "seo" {
			text = append(text, t)
		}
	}
	ts, _ := e.norm.normalize(strings.Join(text, " ; "), 1)
	seen := map[string]bool{}
	var known, all int
	var shared []string
	for _, t := range ts {
		if seen[t.stem] || t.stem == "blog" || t.stem == "post" || isNumber(t.stem) {
			continue
		}
		seen[t.stem] = true
		all++
		if research[t.stem] {
			known++
			shared = append(shared, e.surfaceOf(t.stem))
		}
	}
	if all < offTopicMinWords || float64(known) >= offTopicShare*float64(all) {
		return ""
	}
	if known == 0 {
		return "set aside: a blog post on a subject the research never touches (none of its words is in the interviews or the glossary)"
	}
	return fmt.Sprintf("set aside: a blog post on a subject the research barely touches (of its %d words, only %s %s in the interviews or the glossary)", all, strings.Join(shared, ", "), map[bool]string{true: "is", false: "are"}[known == 1])
}
