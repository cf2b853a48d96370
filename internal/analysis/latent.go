package analysis

import (
	"cmp"
	"math"
	"slices"
)

// Reps name one activity in different words: "pull my top decile oncs" and
// "build the target list from the claims data" share no word, yet the
// company's own texts tie them: the glossary explains deciles by claims
// volume, a note names the decile report, and the library's targeting piece
// speaks of both. Words that this project's texts use together are related
// here, whatever a dictionary says. The roll-up finds the main directions
// of that co-occurrence (latent semantic analysis: a truncated singular
// value decomposition of the matrix of texts by words) and places each
// response in that space; two responses near each other there are a little
// more alike than their shared words alone say.
//
// The texts are the responses themselves (activity, head and goal, as the
// roll-up weighs them), the reps' notes, the glossary's entries and the
// library's titles and descriptions. Only words the responses use count:
// the others cannot bring two responses closer.
const (
	// latentDims is the number of directions kept.
	latentDims = 30
	// latentRounds is the number of rounds of subspace iteration, which
	// finds the leading directions from a fixed starting basis.
	latentRounds = 3
	// latentFloor is the closeness (cosine) below which two responses
	// gain nothing; latentWeight scales what they gain above it.
	latentFloor  = 0.3
	latentWeight = 0.4
	// latentMaxMaterials is the most pieces of the library read.
	latentMaxMaterials = 4000
)

// latentText is one text of the project as sorted word ids and weights.
type latentText = sparse

// latentSpace returns each node's place in the project's latent space as a
// unit vector of latentDims numbers (fewer when the project has fewer
// words), or nil when there are too few texts to tell directions apart.
// pieces holds the library's words as readLibrary returns them; they are
// left as they are.
func (e *engine) latentSpace(nodes []*respInfo, v *vocab, pieces []latentText) [][]float32 {
	words := len(v.ids)
	docs := make([]latentText, 0, 2*len(nodes)+len(e.ws.Glossary)+len(pieces))
	for _, ri := range nodes {
		docs = append(docs, ri.vec)
	}
	// The other texts, read by a few workers (each with its own
	// normalizer, which caches), each text into its own slot.
	var texts []string
	for _, ri := range nodes {
		texts = append(texts, ri.r.Notes)
	}
	for _, g := range e.ws.Glossary {
		texts = append(texts, g.Term+" "+g.Meaning)
	}
	read := make([]latentText, len(texts), len(texts)+len(pieces))
	forEachWorker(len(texts), func(rows func(func(i int))) {
		norm := newNormalizer(e.ws.Glossary)
		rows(func(i int) { read[i] = wordsOf(norm, v, texts[i]) })
	})
	for _, d := range pieces {
		read = append(read, slices.Clone(d))
	}
	var extra []latentText
	for _, d := range read {
		if len(d) > 1 {
			extra = append(extra, d)
		}
	}
	// The extra texts are weighed like the responses: rarer words count
	// more, and every text has length one.
	weighByRarity(extra, words)
	docs = append(docs, extra...)
	dims := min(latentDims, words, len(docs))
	if dims < 2 {
		return nil
	}
	basis := leadingWords(docs, words, dims)
	out := make([][]float32, len(nodes))
	for i, ri := range nodes {
		z := make([]float64, dims)
		project(ri.vec, basis, z)
		norm := 0.0
		for _, x := range z {
			norm += x * x
		}
		p := make([]float32, dims)
		if norm > 0 {
			norm = math.Sqrt(norm)
			for j, x := range z {
				p[j] = float32(x / norm)
			}
		}
		out[i] = p
	}
	return out
}

// textCell is one text's weight of a word, in a list of texts by word.
type textCell struct {
	doc int32
	w   float32
}

// textsByWord returns, for each word id below words, the texts that hold
// it with their weights, in the texts' order (an inverted index).
func textsByWord(texts []latentText, words int) [][]textCell {
	byWord := make([][]textCell, words)
	for i, d := range texts {
		for _, f := range d {
			byWord[f.id] = append(byWord[f.id], textCell{int32(i), f.w})
		}
	}
	return byWord
}

// weighByRarity weighs the words of texts (each with weight 1, ids below
// words) by their rarity among them, as the roll-up weighs the responses'
// words, and gives every text length one, in place.
func weighByRarity(texts []latentText, words int) {
	df := make([]int32, words)
	for _, d := range texts {
		for _, f := range d {
			df[f.id]++
		}
	}
	n := float64(len(texts))
	idf := func(id int32) float64 { return math.Log(1 + n/float64(df[id])) }
	var ones []float64
	for _, d := range texts {
		ones = ones[:0]
		for range d {
			ones = append(ones, 1)
		}
		normalise(d, ones, idf, 0)
	}
}

// readLibrary returns the words of the library's titles and descriptions
// that the vocabulary knows, one text per piece read, each word with
// weight 1, and the index of each text's piece among the materials. A large library is read in
// part, every step-th piece: its words go together the same way in a few
// thousand pieces as in all of them, and a response's nearest pieces among
// them say as much of what it is about.
func (e *engine) readLibrary(v *vocab) (pieces []latentText, index []int) {
	step := max(1, (len(e.ws.Materials)+latentMaxMaterials-1)/latentMaxMaterials)
	for i := 0; i < len(e.ws.Materials); i += step {
		index = append(index, i)
	}
	pieces = make([]latentText, len(index))
	forEachWorker(len(index), func(rows func(func(k int))) {
		norm := newNormalizer(e.ws.Glossary)
		rows(func(k int) {
			m := e.ws.Materials[index[k]]
			pieces[k] = wordsOf(norm, v, m.Title+" "+m.Description)
		})
	})
	return pieces, index
}

// wordsOf returns the distinct words of text that the vocabulary knows, as
// they are written (no glossary translation), each with weight 1.
func wordsOf(norm *normalizer, v *vocab, text string) latentText {
	if text == "" {
		return nil
	}
	ts, _ := norm.normalizeWith(text, 1, false, nil)
	var d latentText
	for _, t := range ts {
		if id, ok := v.lookup(t.stem); ok {
			d = append(d, feat{id: id, w: 1})
		}
	}
	slices.SortFunc(d, func(x, y feat) int { return cmp.Compare(x.id, y.id) })
	return slices.CompactFunc(d, func(x, y feat) bool { return x.id == y.id })
}

// project adds to z the coordinates of a text in the basis (words x dims).
func project(d latentText, basis [][]float64, z []float64) {
	for _, f := range d {
		q := basis[f.id]
		for j := range z {
			z[j] += float64(f.w) * q[j]
		}
	}
}

// leadingWords returns an orthonormal basis (words x dims) of the leading
// right singular vectors of the texts, by subspace iteration from a fixed
// starting basis, so that the result is the same on every run. The
// products with the texts are spread over a few workers, each computing
// whole rows, so the sums do not depend on the number of workers.
func leadingWords(docs []latentText, words, dims int) [][]float64 {
	basis := make([][]float64, words)
	for t := range basis {
		basis[t] = make([]float64, dims)
		for j := range basis[t] {
			basis[t][j] = startValue(t, j)
		}
	}
	// The texts by word, for the product with the transpose.
	byWord := textsByWord(docs, words)
	coords := make([][]float64, len(docs))
	for i := range coords {
		coords[i] = make([]float64, dims)
	}
	for range latentRounds {
		forEachRow(len(docs), func(i int) {
			z := coords[i]
			clear(z)
			project(docs[i], basis, z)
		})
		forEachRow(words, func(t int) {
			q := basis[t]
			clear(q)
			for _, c := range byWord[t] {
				z := coords[c.doc]
				for j := range q {
					q[j] += float64(c.w) * z[j]
				}
			}
		})
		orthonormalise(basis, dims)
	}
	return basis
}

// orthonormalise makes the columns of m (rows x dims) orthonormal by
// modified Gram-Schmidt; a column that vanishes is left at zero.
func orthonormalise(m [][]float64, dims int) {
	for j := 0; j < dims; j++ {
		for p := 0; p < j; p++ {
			dot := 0.0
			for _, row := range m {
				dot += row[j] * row[p]
			}
			for _, row := range m {
				row[j] -= dot * row[p]
			}
		}
		norm := 0.0
		for _, row := range m {
			norm += row[j] * row[j]
		}
		norm = math.Sqrt(norm)
		for _, row := range m {
			if norm > 1e-12 {
				row[j] /= norm
			} else {
				row[j] = 0
			}
		}
	}
}

// startValue is a fixed pseudo-random number in [-1, 1) for the starting
// basis: a hash of the word and the column (splitmix64).
func startValue(t, j int) float64 {
	x := uint64(t)*0x9e3779b97f4a7c15 + uint64(j) + 1
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return float64(x>>11)/float64(1<<52) - 1
}

// latentGain is what closeness in the latent space adds to the similarity
// of two nodes.
func latentGain(a, b []float32) float64 {
	if a == nil || b == nil {
		return 0
	}
	var d float32
	for j := range a {
		d += a[j] * b[j]
	}
	if float64(d) <= latentFloor {
		return 0
	}
	return latentWeight * (float64(d) - latentFloor)
}
