package analysis

import (
	"cmp"
	"math"
	"slices"
)

// Two reps who describe one activity in different words often describe work
// that the same pieces of the library serve: "run the savings model with
// their invoices" and "show the CFO what the lanes would save" share no
// telling word, yet both are most like the savings calculator and the
// business case template. The roll-up finds, for each response, the pieces
// whose titles and descriptions are most like it, and two responses whose
// lists of pieces overlap are a little more alike than their words alone
// say. Unlike the latent space, which learns which words go together over
// every text, this compares the pieces themselves: a piece is one thing a
// rep might use, whatever its words.
const (
	// libraryPieces is the number of pieces in each response's list.
	libraryPieces = 5
	// libraryFloor is the closeness (cosine of the two lists) below which
	// two responses gain nothing; libraryWeight scales what they gain
	// above it.
	libraryFloor  = 0.3
	libraryWeight = 0.5
)

// libraryProfiles returns, for each node, the libraryPieces pieces most
// like it as a unit vector over the pieces' places in pieces, sorted by
// place; nil when the library is empty. It keeps each node's pieces,
// nearest first, as indices of the materials (index maps a place to one)
// for the activity's reasons. Words found in most of a large library say
// nothing of which piece serves a response and are skipped, which also
// keeps the cost near linear in the size of the library.
func (e *engine) libraryProfiles(nodes []*respInfo, words int, pieces []latentText, index []int) []sparse {
	if len(pieces) == 0 || len(nodes) == 0 {
		return nil
	}
	read := make([]sparse, len(pieces))
	for i, d := range pieces {
		read[i] = slices.Clone(d)
	}
	weighByRarity(read, words)
	postings := textsByWord(read, words)
	maxDF := max(64, len(read)/8)
	out := make([]sparse, len(nodes))
	forEachWorker(len(nodes), func(rows func(func(i int))) {
		acc := make([]float64, len(read))
		var touched []int32
		rows(func(i int) {
			touched = touched[:0]
			for _, f := range nodes[i].vec {
				ps := postings[f.id]
				if len(ps) > maxDF {
					continue
				}
				for _, p := range ps {
					if acc[p.doc] == 0 {
						touched = append(touched, p.doc)
					}
					acc[p.doc] += float64(f.w) * float64(p.w)
				}
			}
			// Only the heaviest few are kept, by insertion: a response
			// may touch thousands of pieces of a large library.
			best := make(sparse, 0, libraryPieces+1)
			for _, m := range touched {
				f := feat{id: m, w: float32(acc[m])}
				acc[m] = 0
				if f.w <= 0 || len(best) == libraryPieces && !heavier(f, best[len(best)-1]) {
					continue
				}
				k := len(best)
				best = append(best, f)
				for k > 0 && heavier(f, best[k-1]) {
					best[k] = best[k-1]
					k--
				}
				best[k] = f
				best = best[:min(len(best), libraryPieces)]
			}
			out[i] = topPieces(best, libraryPieces, func(near []int32) {
				nodes[i].pieces = nodes[i].pieces[:0]
				for _, p := range near {
					nodes[i].pieces = append(nodes[i].pieces, index[p])
				}
			})
		})
	})
	return out
}

// heavier orders pieces heaviest first, the earlier piece on a tie.
func heavier(x, y feat) bool {
	return x.w > y.w || x.w == y.w && x.id < y.id
}

// topPieces keeps the k heaviest entries of prof (the earlier piece on a
// tie), scaled to length one and sorted by piece. nearest, when not nil, is
// given the pieces kept, heaviest first.
func topPieces(prof sparse, k int, nearest func([]int32)) sparse {
	slices.SortFunc(prof, func(x, y feat) int {
		if c := cmp.Compare(y.w, x.w); c != 0 {
			return c
		}
		return cmp.Compare(x.id, y.id)
	})
	prof = prof[:min(k, len(prof))]
	if nearest != nil {
		ids := make([]int32, len(prof))
		for j, f := range prof {
			ids[j] = f.id
		}
		nearest(ids)
	}
	var norm float64
	for _, f := range prof {
		norm += float64(f.w) * float64(f.w)
	}
	norm = math.Sqrt(norm)
	for j := range prof {
		prof[j].w = float32(float64(prof[j].w) / norm)
	}
	slices.SortFunc(prof, func(x, y feat) int { return cmp.Compare(x.id, y.id) })
	return slices.Clip(prof)
}

// libraryGain is what the overlap of two responses' lists of pieces (the
// cosine dot, already summed) adds to their similarity.
func libraryGain(dot float64) float64 {
	if dot <= libraryFloor {
		return 0
	}
	return libraryWeight * (dot - libraryFloor)
}
