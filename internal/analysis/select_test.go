package analysis

import (
	"math/rand/v2"
	"slices"
	"testing"
)

func TestSelectFirst(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for n := 1; n < 200; n += 7 {
		for _, k := range []int{1, 2, n / 3, n - 1, n} {
			if k < 1 || k > n {
				continue
			}
			keys := make([]float64, n)
			for i := range keys {
				keys[i] = float64(r.IntN(10)) // many ties
			}
			before := func(x, y int) bool {
				if keys[x] != keys[y] {
					return keys[x] > keys[y]
				}
				return x < y
			}
			xs := make([]int, n)
			for i := range xs {
				xs[i] = i
			}
			r.Shuffle(n, func(i, j int) { xs[i], xs[j] = xs[j], xs[i] })
			want := slices.Clone(xs)
			slices.SortFunc(want, func(x, y int) int {
				if before(x, y) {
					return -1
				}
				if before(y, x) {
					return 1
				}
				return 0
			})
			selectFirst(xs, k, before)
			got := slices.Clone(xs[:k])
			slices.Sort(got)
			w := slices.Clone(want[:k])
			slices.Sort(w)
			if !slices.Equal(got, w) {
				t.Fatalf("n=%d k=%d: first %v, want %v", n, k, got, w)
			}
		}
	}
}
