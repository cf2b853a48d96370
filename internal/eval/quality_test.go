package eval

import (
	"os"
	"testing"
)

// TestQualityReport prints the figures on every data set present (go test
// -run QualityReport -v).
func TestQualityReport(t *testing.T) {
	for _, dir := range datasetDirs() {
		ds, ok := loadDataset(t, dir)
		if !ok {
			continue
		}
		_, rep := Evaluate(ds.ws, ds.gold)
		t.Logf("%s\n%s", dir, rep.Markdown())
		if os.Getenv("ENABLEMAP_EVAL_DEBUG") != "" {
			debugDump(t, ds)
		}
	}
}
