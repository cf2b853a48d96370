package analysis

import (
	"fmt"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// TestTopPieces: a response's list keeps its heaviest pieces, the earlier
// piece on a tie, at length one and sorted by piece.
func TestTopPieces(t *testing.T) {
	for _, tt := range []struct {
		name string
		in   sparse
		k    int
		want []int32
	}{
		{"fewer than k", sparse{{7, 0.2}, {3, 0.4}}, 5, []int32{3, 7}},
		{"the heaviest", sparse{{1, 0.1}, {2, 0.5}, {3, 0.3}, {4, 0.2}}, 2, []int32{2, 3}},
		{"a tie keeps the earlier", sparse{{9, 0.3}, {4, 0.3}, {6, 0.3}}, 2, []int32{4, 6}},
		{"none", sparse{}, 5, nil},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var near []int32
			got := topPieces(slices.Clone(tt.in), tt.k, func(ids []int32) { near = ids })
			var ids []int32
			var norm float64
			for _, f := range got {
				ids = append(ids, f.id)
				norm += float64(f.w) * float64(f.w)
			}
			if !slices.Equal(ids, tt.want) {
				t.Errorf("pieces %v, want %v", ids, tt.want)
			}
			if slices.Sort(near); !slices.Equal(near, tt.want) {
				t.Errorf("nearest %v, want %v", near, tt.want)
			}
			if len(got) > 0 && math.Abs(norm-1) > 1e-6 {
				t.Errorf("length %.4f, want 1", math.Sqrt(norm))
			}
		})
	}
}

// TestLibraryGain: lists that overlap little add nothing; more overlap
// adds more.
func TestLibraryGain(t *testing.T) {
	for _, tt := range []struct {
		dot  float64
		want float64
	}{
		{0, 0},
		{libraryFloor, 0},
		{1, libraryWeight * (1 - libraryFloor)},
	} {
		if got := libraryGain(tt.dot); math.Abs(got-tt.want) > 1e-12 {
			t.Errorf("libraryGain(%v) = %v, want %v", tt.dot, got, tt.want)
		}
	}
}

// TestLibraryInTheRollUp: two responses that share no word, but whose
// nearest pieces of the library are the same few, are joined; with pieces
// that each speak of one of them only, they are not. The pieces are too
// few for the latent space to join them on its own. The lexicon of earlier
// research is left out: it is a signal of its own, with its own tests, and
// may place the two answers apart or together.
func TestLibraryInTheRollUp(t *testing.T) {
	opts := DefaultOptions()
	opts.StageLexicon = NoStageLexicon
	ws := withOtherWork(withResponses(
		[2]string{"run the payback model on their freight invoices", ""},
		[2]string{"walk the controller through the cost comparison", ""}), 40)
	with := func(titles ...string) enablemap.Workspace {
		w := ws
		w.Materials = nil
		for i, title := range titles {
			w.Materials = append(w.Materials, enablemap.Material{ID: fmt.Sprintf("M%d", i), Title: title})
		}
		return w
	}
	if got, _ := joinedWith(with("Payback model: freight invoices", "Controller guide to the cost comparison"), opts, "R1", "R2"); got {
		t.Fatal("with pieces that each speak of one response, R1 and R2 are joined; the test needs them apart")
	}
	got, reasons := joinedWith(with("Payback model: freight invoices and the cost comparison for the controller", "Freight invoices, payback and cost comparison (controller one-pager)"), opts, "R1", "R2")
	if !got {
		t.Fatal("R1 and R2 are apart though the same pieces are nearest to both")
	}
	// The activity says which pieces its responses share.
	want := `the library pieces most like them: "Payback model: freight invoices and the cost comparison for the controller" (M0, near 2 of them)`
	if !slices.ContainsFunc(reasons, func(r string) bool { return strings.Contains(r, want) }) {
		t.Errorf("reasons %q, want one naming %s", reasons, want)
	}
}
