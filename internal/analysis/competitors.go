package analysis

import (
	"regexp"
	"slices"
	"strings"
	"unicode"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/kljensen/snowball/english"
)

// The library names the competitors: a battlecard is titled after the one it
// beats ("Battlecard - Keystone Outdoor", "PayGlide - competitive notes",
// "Atlas C9 vs Corvanta Vx5"). A rep who names one ("Keystone walks in with
// a bundle 15% under us") is positioning against the competition, though no
// word of the answer says so.

// competitorNames returns the competitors the library's competitive pieces
// are titled after: the first proper name of each title besides the words
// of the kind of piece, or the first one after "vs". A name is a word the
// library writes only with a capital (not "Pricing" in "Battlecard -
// Pricing objections", which the descriptions also write "pricing"), and
// one the reps name, in at most one answer in six.
func competitorNames(mats []enablemap.Material, responses []enablemap.Response) []string {
	var cands []string
	for _, m := range mats {
		if !competitivePiece(m) {
			continue
		}
		if name := competitorIn(m.Title); name != "" && !slices.Contains(cands, name) {
			cands = append(cands, name)
		}
	}
	if len(cands) == 0 {
		return nil
	}
	// A word the library also writes without its capital is no name.
	var keep []string
	for _, c := range cands {
		low := strings.ToLower(c)
		// A file name for a title ("pactwell_vs_us_FINAL_v7.pptx") is no
		// prose.
		if !slices.ContainsFunc(mats, func(m enablemap.Material) bool {
			return hasLowerWord(m.Description, low) || !fileName(m.Title) && hasLowerWord(m.Title, low)
		}) {
			keep = append(keep, low)
		}
	}
	if len(keep) == 0 {
		return nil
	}
	count := make([]int, len(keep))
	for _, r := range responses {
		var toks []string // tokenised only when a name may be there
		for i, c := range keep {
			if !containsFold(r.Activity, c) && !containsFold(r.Goal, c) {
				continue
			}
			if toks == nil {
				toks = rawTokens(r.Activity + " " + r.Goal)
			}
			if slices.Contains(toks, c) {
				count[i]++
			}
		}
	}
	var out []string
	for i, c := range keep {
		if count[i] > 0 && count[i] <= max(2, len(responses)/6) {
			out = append(out, c)
		}
	}
	return out
}

// competitivePiece reports whether a material's title, type or tags say it
// is about the competition.
func competitivePiece(m enablemap.Material) bool {
	says := func(s string) bool {
		return slices.ContainsFunc(competitiveWords, func(w string) bool { return containsFold(s, w) })
	}
	return says(m.Title) || says(m.Type) || slices.ContainsFunc(m.Tags, says)
}

// competitiveWords say a piece is about the competition.
var competitiveWords = []string{"battlecard", "battle card", "competitive", "competitor"}

// fileName reports whether a title is a file's name rather than words.
func fileName(title string) bool {
	return strings.Contains(title, "_") || !strings.Contains(strings.TrimSpace(title), " ")
}

// hasLowerWord reports whether text holds w, written in lowercase, as a
// word of its own.
func hasLowerWord(text, w string) bool {
	for i := 0; ; {
		j := strings.Index(text[i:], w)
		if j < 0 {
			return false
		}
		at, end := i+j, i+j+len(w)
		if (at == 0 || !isWordByte(text[at-1])) && (end == len(text) || !isWordByte(text[end])) {
			return true
		}
		i = at + 1
	}
}

// isWordByte reports whether b is part of a word: a letter (see isLetter)
// or a digit.
func isWordByte(b byte) bool { return isLetter(b) || b >= '0' && b <= '9' }

var (
	wordRe   = regexp.MustCompile(`[A-Za-z][A-Za-z0-9'-]*`)
	versusRe = regexp.MustCompile(`(?i)\b(?:vs\.?|versus)\s+`)
	// pieceWords are the words of a title that name the kind of piece, not
	// the competitor.
	pieceWords = map[string]bool{
		"battlecard": true, "battlecards": true, "battle": true, "card": true, "cards": true, "competitive": true,
		"competitor": true, "competitors": true, "competition": true, "competing": true, "notes": true, "note": true, "analysis": true,
		"comparison": true, "compare": true, "overview": true, "quick": true, "guide": true, "cheat": true,
		"sheet": true, "talk": true, "track": true, "landmines": true, "draft": true, "new": true, "updated": true,
		"internal": true, "the": true, "how": true, "to": true, "win": true, "against": true, "beat": true,
		"selling": true, "sell": true, "positioning": true, "intel": true, "intelligence": true, "profile": true,
		"brief": true, "summary": true, "final": true, "copy": true, "old": true, "why": true, "we": true, "our": true,
	}
)

// competitorIn returns the first proper name of a competitive piece's title
// that does not name the kind of piece, or the first after "vs".
func competitorIn(title string) string {
	if loc := versusRe.FindStringIndex(title); loc != nil {
		title = title[loc[1]:]
	}
	for _, w := range wordRe.FindAllString(title, -1) {
		low := strings.ToLower(w)
		if pieceWords[low] || len(w) < 3 {
			continue
		}
		if !unicode.IsUpper(rune(w[0])) && !innerUpper(w) {
			return "" // the first word that is no piece word is no name
		}
		if isNumber(low) || english.IsStopWord(low) {
			return ""
		}
		return w
	}
	return ""
}

// addCompetitorCues makes each competitor's name a cue of positioning
// against the competition.
func (ci *conceptIndex) addCompetitorCues(n *normalizer, names []string) {
	c := slices.IndexFunc(concepts, func(c concept) bool { return c.key == "competitive positioning" })
	if c < 0 {
		return
	}
	for _, name := range names {
		st := n.phrase(name)
		if len(st) != 1 {
			continue
		}
		refs := ci.byFirst[st[0]]
		if slices.ContainsFunc(refs, func(r cueRef) bool { return len(r.stems) == 1 }) {
			continue // already a cue of some activity
		}
		// One word: after the longer cues that start with it.
		ci.byFirst[st[0]] = append(refs, cueRef{concept: c, stems: st, w: 1})
	}
}
