package eval

import (
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestSummary prints, with ENABLEMAP_EVAL_SUMMARY=1, one line per data set
// and the mean and minimum of each figure over them (the last column is
// the number of activities over the answer key's): a change is judged by
// how it does on the data sets it was not derived from, and by the worst.
func TestSummary(t *testing.T) {
	if os.Getenv("ENABLEMAP_EVAL_SUMMARY") == "" {
		t.Skip("set ENABLEMAP_EVAL_SUMMARY=1 to print the summary")
	}
	names := []string{"roll-up", "stage", "relevance", "top-1", "set-aside", "holes", "acts/gold"}
	var rows [][]float64
	var b strings.Builder
	fmt.Fprintf(&b, "%-10s %s\n", "", strings.Join(names, " "))
	for _, dir := range datasetDirs() {
		// ENABLEMAP_EVAL_DEV=1 leaves the held-out company out, so that
		// changes are judged on the development sets alone.
		if os.Getenv("ENABLEMAP_EVAL_DEV") != "" && filepath.Base(dir) == heldOut {
			continue
		}
		ds, ok := loadDataset(t, dir)
		if !ok {
			continue
		}
		_, r := Evaluate(ds.ws, ds.gold)
		row := []float64{r.RollUp.F1, r.Stage.Value, r.Relevance.Value, r.MaterialTop1.Value, r.SetAside.F1, r.Holes.F1,
			float64(r.Activities) / float64(max(r.GoldActivities, 1))}
		rows = append(rows, row)
		fmt.Fprintf(&b, "%-10s %s\n", filepath.Base(dir), fmtRow(row))
	}
	if len(rows) == 0 {
		t.Skip("no data set present")
	}
	mean := make([]float64, len(names))
	low := make([]float64, len(names))
	for k := range names {
		low[k] = math.Inf(1)
		for _, row := range rows {
			mean[k] += row[k] / float64(len(rows))
			low[k] = math.Min(low[k], row[k])
		}
	}
	fmt.Fprintf(&b, "%-10s %s\n%-10s %s", "mean", fmtRow(mean), "min", fmtRow(low))
	t.Log("\n" + b.String())
}

// heldOut is the company kept out of sight while the engine is tuned.
const heldOut = "kestrel"

func fmtRow(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = fmt.Sprintf("%7.3f", x)
	}
	return strings.Join(parts, " ")
}
