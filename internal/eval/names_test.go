package eval

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/analysis"
)

// TestActivityNamesUnique checks that no two activities of a data set carry
// the same name: a user choosing between them, or reading the holes, could
// not tell them apart.
func TestActivityNamesUnique(t *testing.T) {
	ran := false
	for _, dir := range datasetDirs() {
		ds, ok := loadDataset(t, dir)
		if !ok {
			continue
		}
		ran = true
		t.Run(filepath.Base(dir), func(t *testing.T) {
			a := analysis.Analyze(ds.ws)
			first := map[string]string{}
			for _, act := range a.Activities {
				k := strings.ToLower(act.Name)
				if other, dup := first[k]; dup {
					t.Errorf("%s and %s are both named %q", other, act.ID, act.Name)
					continue
				}
				first[k] = act.ID
			}
			if os.Getenv("ENABLEMAP_EVAL_NAMES") != "" {
				for _, act := range a.Activities {
					t.Logf("%-8s %-30s hole=%v %s", act.ID, act.BuyingStage, len(act.MaterialIDs) == 0 && act.MarketingRelevant, act.Name)
				}
			}
		})
	}
	if !ran {
		t.Skip("no data set present")
	}
}
