package analysis

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// uniqueNames gives every activity a name no other activity carries. The
// roll-up can leave several pieces of one built-in activity (the reps of one
// piece build the ROI model with the champion, those of another the business
// case for the capital committee); joining them lowers the roll-up on every
// data set, so each piece is named instead by what tells it apart: the words
// of the member that says most of what its own responses name and the
// others' do not. A name a user gave is never changed.
func (e *engine) uniqueNames(acts []*actInfo) {
	byName := map[string][]*actInfo{}
	var keys []string
	for _, a := range acts {
		k := nameKey(a.Name)
		if _, ok := byName[k]; !ok {
			keys = append(keys, k)
		}
		byName[k] = append(byName[k], a)
	}
	taken := map[string]bool{}
	for _, k := range keys {
		taken[k] = true
	}
	for _, k := range keys {
		same := byName[k]
		if len(same) < 2 {
			continue
		}
		title := same[0].Name
		for _, a := range same {
			if a.NameState == enablemap.Confirmed {
				continue
			}
			name, from := e.distinctName(a, same)
			if name == "" || taken[nameKey(name)] {
				continue
			}
			taken[nameKey(name)] = true
			a.Name = name
			a.Reasons = append(a.Reasons, fmt.Sprintf("renamed after %s to tell it apart from %s, also %q", from, others(a, same), title))
		}
	}
	// Whatever still shares a name (two pieces named alike by their reps)
	// gets the sales transition it comes from, then a number: a name must
	// tell one activity from another.
	seen := map[string]*actInfo{}
	for _, a := range acts {
		k := nameKey(a.Name)
		first, dup := seen[k]
		if !dup {
			seen[k] = a
			continue
		}
		if a.NameState == enablemap.Confirmed && first.NameState != enablemap.Confirmed {
			// A user's name stands; the suggested one moves aside.
			seen[k] = a
			first, a = a, first
		}
		base := a.Name
		cands := []string{}
		if len(a.SalesTransitions) > 0 {
			cands = append(cands, withAside(base, strings.ReplaceAll(a.SalesTransitions[0], " -> ", " to ")))
		}
		for n := 2; len(cands) < 50; n++ {
			cands = append(cands, withAside(base, fmt.Sprint(n)))
		}
		for _, c := range cands {
			if _, used := seen[nameKey(c)]; !used {
				a.Name = c
				seen[nameKey(c)] = a
				a.Reasons = append(a.Reasons, fmt.Sprintf("%q is also the name of %s: this one is told apart by where it comes from", base, first.ID))
				break
			}
		}
	}
}

func nameKey(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }

func others(a *actInfo, same []*actInfo) string {
	var ids []string
	for _, o := range same {
		if o != a {
			ids = append(ids, o.ID)
		}
	}
	return strings.Join(ids, ", ")
}

// distinctName names an activity by what tells it from the other
// activities in same: the built-in title with, in parentheses, the short
// phrase of a member (two to four words) holding most of the words its
// members use and the other activities' members do not ("Build the ROI and
// business case (capital committee)"). Without such words it returns "".
func (e *engine) distinctName(a *actInfo, same []*actInfo) (string, string) {
	elsewhere := map[string]bool{}
	for _, o := range same {
		if o == a {
			continue
		}
		for _, m := range o.members {
			for _, t := range m.actTerms {
				elsewhere[t.stem] = true
			}
		}
	}
	cue := e.concepts.allCueStems()
	here := map[string]float64{}
	for _, m := range a.members {
		seen := map[string]bool{}
		for _, t := range m.actTerms {
			if t.w < weightWord || seen[t.stem] || elsewhere[t.stem] || genericWords[t.stem] {
				continue
			}
			seen[t.stem] = true
			here[t.stem]++
			if !cue[t.stem] {
				// A word no built-in activity uses is what the activity is
				// done with or for: the object that tells it apart.
				here[t.stem] += 0.5
			}
		}
	}
	best, bestScore, from := "", 0.0, ""
	for _, m := range a.members {
		words := strings.Fields(e.norm.translateMax(m.r.Activity, nameGlossWords))
		cores := make([]string, len(words))
		stems := make([]string, len(words))
		for i, w := range words {
			_, cores[i], _ = splitPunct(w)
			if toks := rawTokens(cores[i]); len(toks) == 1 {
				stems[i], _ = e.norm.stem(toks[0])
			}
		}
		for i := range words {
			if here[stems[i]] == 0 || !isWordLike(cores[i]) {
				continue // a phrase starts with a word that tells it apart
			}
			for j := i; j < len(words) && j < i+4; j++ {
				if j > i && strings.ContainsAny(words[j-1], ",;:.!?-") || stems[j] == "" {
					break // a phrase ends at punctuation or a small word ("for the"): an object, not a clause
				}
				if here[stems[j]] == 0 || j == i || cue[stems[j]] || !isWordLike(cores[j]) || !endsObject(cores[j]) || !startsObject(cores[i]) {
					// Nor ends with a word that does not, nor with the verb
					// of an activity: the object comes last. One word alone
					// is no phrase.
					continue
				}
				score, seen := 0.0, map[string]bool{}
				for k := i; k <= j; k++ {
					if !seen[stems[k]] {
						seen[stems[k]] = true
						score += here[stems[k]]
					}
				}
				// Shorter phrases first at equal weight: an object, not a
				// sentence.
				score -= 0.01 * float64(j-i)
				if score > bestScore {
					best, bestScore, from = strings.Join(cores[i:j+1], " "), score, m.r.ID
				}
			}
		}
	}
	if best == "" {
		return "", ""
	}
	title := a.Name
	if k := strings.Index(title, " ("); k > 0 {
		title = title[:k]
	}
	return title + " (" + best + ")", from
}

// notObjectEnd are words that end a clause, not the name of a thing:
// "(business officials conf within)", "(geotech comes)".
var notObjectEnd = map[string]bool{
	"within": true, "without": true, "comes": true, "come": true, "done": true, "goes": true, "gets": true,
	"ahead": true, "early": true, "late": true, "first": true, "last": true, "asap": true, "abt": true,
	"soon": true, "anyway": true, "always": true, "never": true, "often": true, "later": true, "away": true,
	"says": true, "said": true, "wants": true, "needs": true, "asks": true, "complaining": true, "works": true,
	"keeps": true, "pay": true, "pays": true, "anyone": true, "someone": true, "half": true, "else": true,
	"love": true, "loves": true, "land": true, "lands": true, "old": true, "new": true, "hard": true,
	"safe": true, "open": true, "ready": true, "happy": true, "bc": true, "fast": true, "quick": true,
	"big": true, "small": true, "good": true, "bad": true, "right": true, "wrong": true, "free": true,
	"cheap": true, "cheaper": true, "better": true, "best": true, "more": true, "less": true, "mine": true,
	"whose": true, "who": true, "which": true, "what": true,
}

// notObjectStart are verbs that open a clause rather than name a thing:
// "(read their campus)", "(promise CA)".
var notObjectStart = map[string]bool{
	"read": true, "promise": true, "promised": true, "tell": true, "told": true, "explain": true, "check": true,
	"confirm": true, "find": true, "pick": true, "keep": true, "pull": true, "give": true, "take": true,
	"spell": true, "figure": true, "chase": true, "push": true, "start": true, "finish": true, "try": true,
	"bring": true, "make": true, "do": true, "need": true, "walk": true, "drop": true, "grab": true, "hit": true,
	"answer": true, "flag": true, "whoever": true, "whatever": true, "re": true, "train": true, "mailing": true,
	"scan": true, "mine": true, "qualify": true, "track": true, "log": true, "send": true, "call": true,
	"book": true, "ask": true, "set": true, "run": true, "build": true, "write": true, "show": true, "share": true,
}

// endsObject reports whether a word can end the name of a thing.
func endsObject(w string) bool {
	lw := strings.ToLower(w)
	if notObjectEnd[lw] {
		return false
	}
	// An adverb ("automatically") or a past participle ("promised",
	// "filled") ends a clause; "speed" and "feed" are things.
	for _, suf := range []string{"ally", "ately", "ously", "ively"} {
		if strings.HasSuffix(lw, suf) {
			return false
		}
	}
	if len(lw) > 4 && strings.HasSuffix(lw, "ed") && !strings.HasSuffix(lw, "eed") {
		return false
	}
	// "you've", "they're": a clause; a possessive ("district's") is fine.
	if i := strings.IndexAny(lw, "'’"); i >= 0 && !strings.HasSuffix(lw, "'s") && !strings.HasSuffix(lw, "’s") {
		return false
	}
	return true
}

// startsObject reports whether a word can open the name of a thing.
func startsObject(w string) bool { return !notObjectStart[strings.ToLower(w)] }

// isWordLike reports whether a token is a word (letters, perhaps with
// digits, an apostrophe or a hyphen), not a sign such as "#" or "$".
func isWordLike(s string) bool {
	letters := 0
	for _, r := range s {
		switch {
		case unicode.IsLetter(r):
			letters++
		case unicode.IsDigit(r), r == '\'', r == '-', r == '’':
		default:
			return false
		}
	}
	return letters > 0
}

// withAside adds an aside in parentheses to a name, inside the parentheses
// the name already ends with: "Qualify the opportunity (need, budget;
// Evaluation to Proposal)".
func withAside(name, aside string) string {
	if strings.HasSuffix(name, ")") {
		return strings.TrimSuffix(name, ")") + "; " + aside + ")"
	}
	return name + " (" + aside + ")"
}
