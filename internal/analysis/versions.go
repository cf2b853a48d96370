package analysis

import (
	"fmt"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/kljensen/snowball/english"
)

// A content library keeps old versions beside new ones: "Savings Analysis
// Tool v5 (OLD - use v7)" next to "Savings Analysis Tool v7", "Capabilities
// Brochure (2019)" next to the 2023 one. Reps use the new one; the old one
// serves no activity. olderVersions finds them: two titles that are nearly
// the same once version marks are taken out, the older of which carries a
// version mark and was updated before the other.

// versionWords are words of a title that mark a version.
var versionWords = map[string]bool{
	"old": true, "legacy": true, "copy": true, "previous": true, "original": true, "superseded": true,
	"version": true, "edition": true, "final": true, "draft": true, "rev": true,
	// the season or quarter of a periodic piece ("menu book - Spring/Summer
	// 2025", "Pulse - Q1 2025")
	"spring": true, "summer": true, "fall": true, "autumn": true, "winter": true,
	"q1": true, "q2": true, "q3": true, "q4": true, "h1": true, "h2": true,
}

// isVersionMark reports whether a word of a title marks a version: v3,
// rev2, 2019, FY25, or one of versionWords.
func isVersionMark(w string) bool {
	digitsFrom := func(k int) bool {
		if k >= len(w) {
			return false
		}
		for i := k; i < len(w); i++ {
			if w[i] < '0' || w[i] > '9' {
				return false
			}
		}
		return true
	}
	switch {
	case versionWords[w]:
		return true
	case len(w) >= 2 && w[0] == 'v' && digitsFrom(1):
		return true
	case len(w) > 3 && w[:3] == "rev" && digitsFrom(3):
		return true
	case len(w) == 4 && (w[:2] == "19" || w[:2] == "20") && digitsFrom(0):
		return true
	case len(w) == 4 && w[:2] == "fy" && digitsFrom(2):
		return true
	}
	return false
}

// sameTitleShare is the share of the words two titles must share, once
// version marks are out, to be versions of one piece.
const sameTitleShare = 0.66

type titleInfo struct {
	core   map[string]bool
	marked bool
	number int // the first version number (v3), 0 if none: "v5 (old - use v7)" is v5
	year   int // the first year (2019, FY25), 0 if none
}

func readTitle(title string) titleInfo {
	ti := titleInfo{core: map[string]bool{}}
	for _, w := range rawTokens(title) {
		if isVersionMark(w) {
			ti.marked = true
			switch {
			case len(w) > 1 && w[0] == 'v':
				if n, err := strconv.Atoi(w[1:]); err == nil && ti.number == 0 {
					ti.number = n
				}
			case len(w) == 4 && w[0] >= '0' && w[0] <= '9':
				if n, err := strconv.Atoi(w); err == nil && ti.year == 0 {
					ti.year = n
				}
			case len(w) == 4 && w[:2] == "fy":
				if n, err := strconv.Atoi(w[2:]); err == nil && ti.year == 0 {
					ti.year = 2000 + n
				}
			}
			continue
		}
		if english.IsStopWord(w) {
			continue // "Cost & Tariff" and "Cost Tariff" are the same words
		}
		ti.core[w] = true
	}
	return ti
}

// sameHead reports whether a newer title, up to its subtitle ("2025 Rate
// Sheet: RailMedic, TrackCheck"), has the very words of an older one ("2024
// Rate Sheet").
func sameHead(a titleInfo, newer string) bool {
	h := headClause(newer)
	if h == "" {
		return false
	}
	b := readTitle(h)
	if len(b.core) != len(a.core) {
		return false
	}
	for w := range a.core {
		if !b.core[w] {
			return false
		}
	}
	return true
}

// olderVersions returns, by material id, why a material is an older version
// of another.
func olderVersions(mats []enablemap.Material) map[string]string {
	// Most titles carry no version mark: read them word by word once, and
	// build the full reading only of the marked ones and their candidates.
	toks := make([][]string, len(mats))
	var marked []int
	for i, m := range mats {
		toks[i] = rawTokens(m.Title)
		for _, w := range toks[i] {
			if isVersionMark(w) {
				marked = append(marked, i)
				break
			}
		}
	}
	out := copiesIn(mats, toks)
	if len(marked) == 0 {
		return out
	}
	brand := brandWords(toks)
	infos := map[int]titleInfo{}
	info := func(i int) titleInfo {
		ti, ok := infos[i]
		if !ok {
			ti = readTitle(mats[i].Title)
			infos[i] = ti
		}
		return ti
	}
	// A newer version shares the words of the marked title: only those
	// words are indexed.
	wanted := map[string]bool{}
	for _, i := range marked {
		for w := range info(i).core {
			wanted[w] = true
		}
	}
	postings := map[string][]int{}
	for i := range mats {
		seen := ""
		for _, w := range toks[i] {
			if wanted[w] && !isVersionMark(w) && w != seen {
				if ps := postings[w]; len(ps) == 0 || ps[len(ps)-1] != i {
					postings[w] = append(ps, i)
				}
				seen = w
			}
		}
	}
	if out == nil {
		out = map[string]string{}
	}
	for _, i := range marked {
		m := mats[i]
		if _, done := out[m.ID]; done {
			continue
		}
		a := info(i)
		if len(a.core) < 2 || m.Updated == "" {
			continue
		}
		// A newer version shares at least sameTitleShare of this title's
		// words, so it holds one of its k rarest words, k = words - shared
		// + 1: only those words' titles are compared.
		words := make([]string, 0, len(a.core))
		for w := range a.core {
			words = append(words, w)
		}
		sort.Slice(words, func(x, y int) bool {
			if len(postings[words[x]]) != len(postings[words[y]]) {
				return len(postings[words[x]]) < len(postings[words[y]])
			}
			return words[x] < words[y]
		})
		need := int(math.Ceil(sameTitleShare * float64(len(words))))
		seen := map[int]bool{}
		var cands []int
		for _, w := range words[:len(words)-need+1] {
			for _, j := range postings[w] {
				if !seen[j] {
					seen[j] = true
					cands = append(cands, j)
				}
			}
		}
		sort.Ints(cands)
		var newer []int
		for _, j := range cands {
			if j == i || mats[j].Updated == "" || mats[j].Updated <= m.Updated || notPublished(mats[j].Title) {
				continue
			}
			b := info(j)
			// Marks of the same kind must agree that the other is newer.
			if len(b.core) < 2 || a.number > 0 && b.number > 0 && b.number <= a.number || a.year > 0 && b.year > 0 && b.year < a.year {
				continue
			}
			shared, oneSided := 0, 0
			for w := range a.core {
				if b.core[w] {
					shared++
				} else if brand[w] {
					oneSided++
				}
			}
			for w := range b.core {
				if !a.core[w] && brand[w] {
					oneSided++
				}
			}
			// Nearly the same words, or every word of this title in a
			// slightly longer one ("Acme Corporate Overview 2022" and
			// "Acme Group - Corporate Overview (2024)").
			// The company's name in one title only ("Company Overview
			// (2020)" and "Acme Company Overview 2024") does not count.
			if float64(shared) >= sameTitleShare*float64(len(a.core)+len(b.core)-shared-oneSided) ||
				shared == len(a.core) && len(a.core) >= 3 && len(b.core) <= len(a.core)+2 ||
				sameHead(a, mats[j].Title) {
				newer = append(newer, j)
			}
		}
		if len(newer) == 0 {
			continue
		}
		// The newest of them names the reason.
		sort.Slice(newer, func(x, y int) bool {
			if mats[newer[x]].Updated != mats[newer[y]].Updated {
				return mats[newer[x]].Updated > mats[newer[y]].Updated
			}
			return newer[x] < newer[y]
		})
		n := mats[newer[0]]
		out[m.ID] = fmt.Sprintf("set aside: it looks like an older version of %s %q (updated %s, this one %s)", n.ID, n.Title, n.Updated, m.Updated)
	}
	// A title with no version mark is an older version of a marked one with
	// the very same words, updated later ("Brightwage battlecard" and
	// "Battlecard - Brightwage (2024)").
	isMarked := map[int]bool{}
	for _, i := range marked {
		isMarked[i] = true
	}
	for _, j := range marked {
		b := info(j)
		if len(b.core) < 2 || mats[j].Updated == "" || notPublished(mats[j].Title) {
			continue
		}
		rarest := ""
		for w := range b.core {
			if rarest == "" || len(postings[w]) < len(postings[rarest]) || len(postings[w]) == len(postings[rarest]) && w < rarest {
				rarest = w
			}
		}
		for _, i := range postings[rarest] {
			m := mats[i]
			if isMarked[i] || m.Updated == "" || m.Updated >= mats[j].Updated {
				continue
			}
			if _, done := out[m.ID]; done {
				continue
			}
			a := readTitle(m.Title)
			if len(a.core) != len(b.core) {
				continue
			}
			same := true
			for w := range a.core {
				if !b.core[w] {
					same = false
					break
				}
			}
			if same {
				out[m.ID] = fmt.Sprintf("set aside: it looks like an older version of %s %q (updated %s, this one %s)", mats[j].ID, mats[j].Title, mats[j].Updated, m.Updated)
			}
		}
	}
	return out
}

// notPublished reports whether a title is a saved copy or a draft
// ("Portfolio Guide 2025 (copy)", "Stock datasheet v2 - DRAFT"): such a
// piece is no newer version of the one buyers get, however late it was
// saved.
func notPublished(title string) bool {
	return copyMark.MatchString(title) || slices.Contains(rawTokens(title), "draft")
}

// copyMark finds a title marked as a copy of a file: "(copy)", "(print
// portal copy)", "(2)", "Copy of ...", "... copy", "... - copy (...)".
var copyMark = regexp.MustCompile(`(?i)\(([\w-]+\s+){0,3}copy\)|\([1-9]\)|^\s*copy\s+of\b|\bcopy\s*$|\s[-–]\s*copy\b`)

// editsMark finds whose edits a copy holds ("- Graham edits", "(Jenna
// edits)"): a personal copy, however late it was saved.
var editsMark = regexp.MustCompile(`(?i)\b[\w']+\s+edits\b`)

// fileExtensions are words a file name adds to a title.
var fileExtensions = map[string]bool{"pdf": true, "ppt": true, "pptx": true, "doc": true, "docx": true, "xls": true, "xlsx": true, "key": true}

// copiesIn returns, by material id, why a material is a copy of another
// piece of the library: its title is marked as a copy ("First meeting
// deck v7 FINAL (2)", "HerdGuard 5 product sheet (copy)") and its words,
// past the marks of versions and files, are all in another title that
// carries no such mark. A copy with no original in the library is the
// piece reps have, and stays; so is a copy saved well after the original
// ("HSE section v3 FINAL (2)" a year after the boilerplate): it is the
// newer version, unless it holds someone's edits ("Copy of Capabilities
// Deck - Graham edits"), a personal copy beside the approved piece.
func copiesIn(mats []enablemap.Material, toks [][]string) map[string]string {
	var copies []int
	for i, m := range mats {
		if strings.Contains(m.Title, "(") || containsFold(m.Title, "copy") {
			if copyMark.MatchString(m.Title) {
				copies = append(copies, i)
			}
		}
	}
	if len(copies) == 0 {
		return nil
	}
	isCopy := map[int]bool{}
	core := func(i int) map[string]bool {
		// The words of the mark itself ("print portal" in "(print portal
		// copy)") are no words of the piece.
		c := readTitle(editsMark.ReplaceAllString(copyMark.ReplaceAllString(mats[i].Title, " "), " ")).core
		for w := range c {
			if fileExtensions[w] || len(w) == 1 && w[0] >= '1' && w[0] <= '9' {
				delete(c, w)
			}
		}
		return c
	}
	wanted := map[string]bool{}
	cores := map[int]map[string]bool{}
	for _, i := range copies {
		isCopy[i] = true
		cores[i] = core(i)
		for w := range cores[i] {
			wanted[w] = true
		}
	}
	// The words of each title and type, indexed for the copies' words.
	postings := map[string][]int{}
	for j := range mats {
		for _, w := range slices.Concat(toks[j], rawTokens(mats[j].Type)) {
			if wanted[w] {
				if ps := postings[w]; len(ps) == 0 || ps[len(ps)-1] != j {
					postings[w] = append(ps, j)
				}
			}
		}
	}
	out := map[string]string{}
	for _, i := range copies {
		c := cores[i]
		if len(c) < 2 {
			continue
		}
		rarest := ""
		for w := range c {
			if rarest == "" || len(postings[w]) < len(postings[rarest]) || len(postings[w]) == len(postings[rarest]) && w < rarest {
				rarest = w
			}
		}
		for _, j := range postings[rarest] {
			if j == i || isCopy[j] {
				continue
			}
			// The original's type counts with its title: "GridScan Slab
			// one pager (1)" beside the one-pager "GridScan Slab: ...".
			other := core(j)
			for _, w := range rawTokens(mats[j].Type) {
				other[w] = true
			}
			all := true
			for w := range c {
				if !other[w] {
					all = false
					break
				}
			}
			if all && (!savedLater(mats[i].Updated, mats[j].Updated) || editsMark.MatchString(mats[i].Title)) {
				out[mats[i].ID] = fmt.Sprintf("set aside: it looks like a copy of %s %q, a file saved again under a copy mark", mats[j].ID, mats[j].Title)
				break
			}
		}
	}
	return out
}

// copyGrace is how long after the original a copy may be saved and still
// be the same piece.
const copyGrace = 30 * 24 * time.Hour

// savedLater reports whether a copy was updated more than copyGrace after
// the original; undated pieces are not.
func savedLater(copyDate, origDate string) bool {
	c, err1 := time.Parse(time.DateOnly, strings.TrimSpace(copyDate))
	o, err2 := time.Parse(time.DateOnly, strings.TrimSpace(origDate))
	return err1 == nil && err2 == nil && c.Sub(o) > copyGrace
}

// brandShare is the share of a library's titles past which a word is the
// company's or a product line's name rather than what a piece is about.
const brandShare = 0.1

// brandWords returns the words of at least brandShare of the titles, in a
// library of at least ten.
func brandWords(titles [][]string) map[string]bool {
	if len(titles) < 10 {
		return nil
	}
	df := map[string]int{}
	for _, ts := range titles {
		for i, w := range ts {
			// Titles are short: a word counts once per title.
			if !slices.Contains(ts[:i], w) {
				df[w]++
			}
		}
	}
	out := map[string]bool{}
	for w, n := range df {
		if float64(n) >= brandShare*float64(len(titles)) && !isVersionMark(w) && !english.IsStopWord(w) {
			out[w] = true
		}
	}
	return out
}
