package analysis

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// A rep's notes often say which piece of the library they use for the
// activity ("Uses the repair-or-replace worksheet", "sends the Northside
// case study"). That is the best evidence there is of what a material
// serves: the rep named it. Here a mention ties the piece to the activity
// outright; the notes' plain words also count, at a weight, in the roll-up
// and in matching (rollWeightNotes, matchWeightNotes).

// mention is a response whose notes name a material.
type mention struct {
	resp *respInfo
}

// useWords say that the rep uses a piece; a note without one of them names a
// piece only in passing ("2-3 days per scripted demo").
var useWords = wordSet(`use uses used using send sends sent sending show shows
	showed showing hand hands handed leave leaves bring brings pull pulls
	attach attaches attached share shares run runs play plays follow follows
	walk walks give gives print prints fill fills forward forwards email
	emails point points`)

// notUsedWords say the rep does not use a library piece: there is none, it
// is asked for, or the rep makes their own ("No group deck; uses his own
// slides", "writes his own follow-up emails").
var notUsedWords = wordSet(`no not never without nothing none wish wishes
	asking asks ask want wants need needs own scratch himself herself
	themselves myself isnt doesnt dont didnt cant cannot wont`)

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(s) {
		m[w] = true
	}
	return m
}

// Thresholds of a mention: the note shares at least mentionMinWords words
// with the title, and those words are rare among the library's titles: the
// sum over them of 1/(titles that have the word) is at least
// mentionMinSpecificity (two words each in at most three titles, or one in
// a single title and another anywhere).
const (
	mentionMinWords       = 2
	mentionMinSpecificity = 0.6
)

// noteMentions returns, by material id, the responses whose notes name the
// material: a note that says the rep uses something, whose words pick out
// one title in the library better than any other.
func (e *engine) noteMentions(mats []enablemap.Material) map[string][]mention {
	type noteInfo struct {
		resp  *respInfo
		stems []string
	}
	var notes []noteInfo
	wanted := map[string]bool{}
	for _, ri := range e.resp {
		if ri.want || strings.TrimSpace(ri.r.Notes) == "" {
			continue
		}
		toks := rawTokens(ri.r.Notes)
		use := false
		for _, t := range toks {
			if notUsedWords[t] {
				use = false
				break
			}
			if useWords[t] {
				use = true
			}
		}
		if !use {
			continue
		}
		stems := e.plainStems(ri.r.Notes)
		if len(stems) < mentionMinWords {
			continue
		}
		for _, s := range stems {
			wanted[s] = true
		}
		notes = append(notes, noteInfo{ri, stems})
	}
	e.mentioned = map[*respInfo]bool{}
	if len(notes) == 0 {
		return nil
	}
	// The title words the notes use, and which materials have them.
	titles := map[string][]int{}
	stemsOf := make([][]string, len(mats))
	for i, m := range mats {
		for _, s := range e.plainStems(m.Title) {
			if wanted[s] {
				titles[s] = append(titles[s], i)
				stemsOf[i] = append(stemsOf[i], s)
			}
		}
	}
	out := map[string][]mention{}
	var cands []int
	for _, n := range notes {
		// A title can reach the specificity only through a word in at most
		// len(stems)/mentionMinSpecificity titles: only titles with such a
		// word are candidates, which keeps a large library cheap.
		rare := int(float64(len(n.stems)) / mentionMinSpecificity)
		cands = cands[:0]
		for _, s := range n.stems {
			if ms := titles[s]; len(ms) <= rare {
				cands = append(cands, ms...)
			}
		}
		slices.Sort(cands)
		cands = slices.Compact(cands)
		best, bestScore, tie := -1, 0.0, false
		for _, i := range cands {
			sc, count := 0.0, 0
			for _, s := range stemsOf[i] {
				if slices.Contains(n.stems, s) {
					sc += 1 / float64(len(titles[s]))
					count++
				}
			}
			if count < mentionMinWords {
				continue
			}
			switch {
			case sc > bestScore+1e-9:
				best, bestScore, tie = i, sc, false
			case sc > bestScore-1e-9:
				tie = true
			}
		}
		if best < 0 || tie || bestScore < mentionMinSpecificity {
			continue
		}
		id := mats[best].ID
		out[id] = append(out[id], mention{resp: n.resp})
		e.mentioned[n.resp] = true
	}
	return out
}

// plainStems returns the distinct stems of text without the glossary: the
// words as written, so that a note and a title are compared on what they
// say. A year is a word ("the 2024 rebate guide", not the 2022 one); the
// words that say a piece is used are not.
func (e *engine) plainStems(text string) []string {
	var out []string
	add := func(s string) {
		if !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	for _, w := range rawTokens(text) {
		if isYear(w) {
			add(w)
			continue
		}
		if useWords[w] {
			continue
		}
		ts, _ := e.norm.normalizeWith(w, 1, false, nil)
		for _, t := range ts {
			add(t.stem)
		}
	}
	return out
}

func isYear(w string) bool {
	return len(w) == 4 && (strings.HasPrefix(w, "19") || strings.HasPrefix(w, "20")) && isNumber(w)
}

// mentionReason explains a match that a rep's note names.
func mentionReason(ms []mention) string {
	m := ms[0]
	note := strings.TrimSpace(m.resp.r.Notes)
	note = clip(note, 90)
	more := ""
	if len(ms) > 1 {
		more = fmt.Sprintf(" (and %d more)", len(ms)-1)
	}
	return fmt.Sprintf("named in the notes of response %s%s: %q", m.resp.r.ID, more, note)
}

// mentionBoost is what a rep naming the material in a note adds to an
// activity's word score (and the least score such an activity has): enough
// to lead where the words are unsure, not enough to overrule a clear fit
// elsewhere, since the roll-up may have put the rep's response with work
// the material does not serve.
const mentionBoost = 0.2

// namedBy returns the indexes of the activities holding a response whose
// notes name material id, the most-named first.
func (e *engine) namedBy(id string, of map[string]*actInfo, acts []*actInfo) []int {
	ms := e.mentions[id]
	if len(ms) == 0 {
		return nil
	}
	count := map[*actInfo]int{}
	var order []*actInfo
	for _, m := range ms {
		a := of[m.resp.r.ID]
		if a == nil {
			continue
		}
		if count[a] == 0 {
			order = append(order, a)
		}
		count[a]++
	}
	slices.SortStableFunc(order, func(x, y *actInfo) int { return count[y] - count[x] })
	var out []int
	for _, a := range order {
		if i := slices.Index(acts, a); i >= 0 {
			out = append(out, i)
		}
	}
	return out
}

// mentionsIn returns the mentions whose response activity a holds.
func mentionsIn(ms []mention, a *actInfo) []mention {
	var out []mention
	for _, m := range ms {
		if slices.Contains(a.ResponseIDs, m.resp.r.ID) {
			out = append(out, m)
		}
	}
	return out
}

// clip shortens s to at most n characters, marking the cut.
func clip(s string, n int) string {
	s = strings.TrimSpace(s)
	if r := []rune(s); len(r) > n {
		return strings.TrimSpace(string(r[:n-3])) + "..."
	}
	return s
}

// madeOwn matches notes (as lower-case words) saying the rep makes their own
// piece or that there is none: "formats it himself", "builds it from
// scratch", "no talk track", "there is no data center version", "wings it".
var madeOwn = regexp.MustCompile(`\b((his|her|my) own|from scratch|himself|herself|myself|by hand|wings it|winging it|no (standard|template|deck|doc|document|guide|talk track|script|one pager|checklist|playbook|material|collateral|content|email|sheet|version|slides?)|theres no|there is no|nothing (for|on|to)|hand types?|builds? (it|them)|writes? (it|them|each))\b`)

// madeByReps returns a member of a whose notes say the rep makes their own
// piece or has none, when at least half of a's members say so and no
// member's note names a piece of the library; otherwise nil.
func (e *engine) madeByReps(a *actInfo) *respInfo {
	var first *respInfo
	n := 0
	for _, m := range a.members {
		if e.mentioned[m] {
			return nil
		}
		if m.r.Notes != "" && madeOwn.MatchString(strings.Join(rawTokens(m.r.Notes), " ")) {
			if first == nil {
				first = m
			}
			n++
		}
	}
	if n == 0 || 2*n < len(a.members) {
		return nil
	}
	return first
}
