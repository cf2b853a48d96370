package analysis

import (
	"runtime"
	"sync"
)

// forEachRow calls row for every i in [0, n), spread over a few workers;
// each row must write only its own results, so the outcome does not depend
// on the number of workers.
func forEachRow(n int, row func(i int)) {
	forEachWorker(n, func(rows func(func(i int))) { rows(row) })
}

// forEachWorker starts a few workers for n rows (one for a small n): work
// is called once per worker, with a function that runs its argument on
// that worker's rows, so that a worker can set up state of its own first.
// Blocks of graphBlock rows go round the workers: early rows often cost
// the most (a row compares with the rows after it), so contiguous halves
// would be uneven.
func forEachWorker(n int, work func(rows func(func(i int)))) {
	workers := min(runtime.GOMAXPROCS(0), maxGraphWorkers, max(1, n/minRowsPerWorker))
	var wg sync.WaitGroup
	for k := 0; k < workers; k++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			work(func(row func(i int)) {
				for start := k * graphBlock; start < n; start += workers * graphBlock {
					for i := start; i < min(start+graphBlock, n); i++ {
						row(i)
					}
				}
			})
		}()
	}
	wg.Wait()
}
