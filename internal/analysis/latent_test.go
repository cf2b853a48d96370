package analysis

import (
	"fmt"
	"math"
	"runtime"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// topicTexts returns texts in which words 0-1, 2-3 and 4-5 go together,
// many times each, and, last, one text of each single word 0 to 5.
func topicTexts(repeat int) []latentText {
	var docs []latentText
	for r := 0; r < repeat; r++ {
		for _, pair := range [][2]int32{{0, 1}, {2, 3}, {4, 5}} {
			docs = append(docs, latentText{{pair[0], 0.7071}, {pair[1], 0.7071}})
		}
	}
	for w := int32(0); w < 6; w++ {
		docs = append(docs, latentText{{w, 1}})
	}
	return docs
}

func cosine(basis [][]float64, a, b latentText, dims int) float64 {
	x, y := make([]float64, dims), make([]float64, dims)
	project(a, basis, x)
	project(b, basis, y)
	var d, nx, ny float64
	for j := range x {
		d += x[j] * y[j]
		nx += x[j] * x[j]
		ny += y[j] * y[j]
	}
	return d / math.Sqrt(nx*ny)
}

// TestLatentSpaceRelatesWordsUsedTogether: two words that the texts keep
// using together are close in the latent space though a text with one
// shares no word with a text with the other; words of different topics
// are not. With as many directions as words, nothing is smoothed.
func TestLatentSpaceRelatesWordsUsedTogether(t *testing.T) {
	docs := topicTexts(20)
	one := func(w int32) latentText { return latentText{{w, 1}} }
	for _, tt := range []struct {
		name   string
		dims   int
		a, b   int32
		closer bool
	}{
		{"words used together, three directions", 3, 0, 1, true},
		{"words of other topics, three directions", 3, 0, 2, false},
		{"the other pair, three directions", 3, 4, 5, true},
		{"words used together, a direction per word", 6, 0, 1, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			basis := leadingWords(docs, 6, tt.dims)
			got := cosine(basis, one(tt.a), one(tt.b), tt.dims)
			if tt.closer && got < 0.9 || !tt.closer && got > 0.1 {
				t.Errorf("cosine of words %d and %d = %.3f, want close: %v", tt.a, tt.b, got, tt.closer)
			}
		})
	}
}

// TestLatentSpaceSameOnEveryRun: the basis does not depend on the number
// of workers, so an analysis is the same on every machine.
func TestLatentSpaceSameOnEveryRun(t *testing.T) {
	var docs []latentText
	for i := 0; i < 1200; i++ {
		d := latentText{{int32(i % 97), 0.6}, {int32(i%89 + 97), 0.8}}
		docs = append(docs, d)
	}
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(0))
	runtime.GOMAXPROCS(1)
	one := leadingWords(docs, 186, 30)
	runtime.GOMAXPROCS(4)
	four := leadingWords(docs, 186, 30)
	for t0 := range one {
		for j := range one[t0] {
			if one[t0][j] != four[t0][j] {
				t.Fatalf("basis[%d][%d] = %v with one worker, %v with four", t0, j, one[t0][j], four[t0][j])
			}
		}
	}
}

// TestLatentSpaceInTheRollUp: responses whose words the library keeps
// together are close in the roll-up's latent space; without the library
// they gain nothing from it. (A glossary entry would join them by
// translation alone, and the library pieces nearest both would join them
// in the roll-up too: the place in the latent space is checked itself.)
func TestLatentSpaceInTheRollUp(t *testing.T) {
	// Other work, forty activities of two responses each, which take up
	// the other directions.
	ws := withOtherWork(withResponses(
		[2]string{"pull the decile ranking", ""},
		[2]string{"sort prescribers by claims volume", ""}), 40)
	related := func(ws enablemap.Workspace) enablemap.Workspace {
		for i := 0; i < 30; i++ {
			ws.Materials = append(ws.Materials, enablemap.Material{ID: fmt.Sprintf("M%02d", i), Title: "Decile ranking report", Description: "prescribers by claims volume, region " + fmt.Sprint(i)})
		}
		return ws
	}
	gain := func(ws enablemap.Workspace) float64 {
		e := newEngine(ws, DefaultOptions())
		e.prepareResponses()
		nodes := e.resp
		v := weighNodes(nodes)
		pieces, _ := e.readLibrary(v)
		place := e.latentSpace(nodes, v, pieces)
		return latentGain(place[0], place[1]) // R1 and R2
	}
	if g := gain(ws); g > 0 {
		t.Fatalf("without the library, R1 and R2 gain %.3f from the latent space; the test needs none", g)
	}
	if g := gain(related(ws)); g <= 0 {
		t.Error("R1 and R2 gain nothing from the latent space though the library uses their words together")
	}
}

// TestSearchTitleTest: every title the search-article patterns match
// passes the cheap test before them.
func TestSearchTitleTest(t *testing.T) {
	for _, title := range []string{
		"What is 3D printing? A beginner's guide", "How long does a roof last?", "Blog: A short history of the autoclave",
		"Is AI the future of payroll?", "7 best trucks", "12 tips for a safer site", "Coffee near me", "5 ways to save",
		"Best forklifts of 2024", "21 free fonts", "10 snacks our team loves", "8 stunning lobbies", "How to brew at home",
		"BEST OF 2023", "Beginner’s Guide to CNC", "The hiſtory of the forklift", "3\tideas for spring",
	} {
		matched := searchList.MatchString(title) || searchQuestion.MatchString(title)
		if !matched {
			t.Errorf("%q: the patterns do not match it; the test list is wrong", title)
		}
		if !maySearchTitle(title) {
			t.Errorf("maySearchTitle(%q) = false, but the patterns match it", title)
		}
	}
	for _, title := range []string{"Pricing sheet 2024", "Acme case study", "Battlecard v3"} {
		if maySearchTitle(title) {
			t.Errorf("maySearchTitle(%q) = true; want the patterns skipped", title)
		}
	}
}
