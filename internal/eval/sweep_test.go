package eval

import (
	"os"
	"strconv"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/analysis"
)

// TestSweep prints the figures over a range of roll-up and match thresholds
// (ENABLEMAP_EVAL_SWEEP=1), to choose defaults that hold across data sets.
func TestSweep(t *testing.T) {
	if os.Getenv("ENABLEMAP_EVAL_SWEEP") == "" {
		t.Skip("set ENABLEMAP_EVAL_SWEEP=1 to sweep thresholds")
	}
	var sets []dataset
	for _, dir := range datasetDirs() {
		if ds, ok := loadDataset(t, dir); ok {
			if len(ds.ws.Project.BuyingStages) == 0 {
				ds.ws.Project.BuyingStages = ds.gold.BuyingStages
			}
			sets = append(sets, ds)
		}
	}
	{
		for _, rt := range []float64{0.12, 0.16, 0.2, 0.24, 0.28} {
			for _, mt := range []float64{0.08, 0.12, 0.16} {
				var b strings.Builder
				for _, ds := range sets {
					a := analysis.AnalyzeWithOptions(ds.ws, analysis.Options{RollUpThreshold: rt, MatchThreshold: mt})
					r := Score(a, ds.gold)
					b.WriteString(" | " + ds.name + " roll " + f3(r.RollUp.F1) + "(" + f3(r.RollUp.Precision) + "/" + f3(r.RollUp.Recall) + ")" + " top1 " + f3(r.MaterialTop1.Value) + " aside " + f3(r.SetAside.F1) + " stage " + f3(r.Stage.Value) + " holes " + f3(r.Holes.F1))
				}
				t.Logf("rt %.2f mt %.2f%s", rt, mt, b.String())
			}
		}
	}
}

func f3(x float64) string { return strconv.FormatFloat(x, 'f', 2, 64) }
