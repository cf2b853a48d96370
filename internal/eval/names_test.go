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
					t.Logf("%-8s hole=%-5v %s\n\t%s", act.ID, !act.Covered && act.MarketingRelevant, act.Name, strings.Join(act.Reasons, "\n\t"))
				}
			}
		})
	}
	if !ran {
		t.Skip("no data set present")
	}
}

// TestStageReasonsAgree checks that every activity's stage reason names the
// stage chosen, and names another stage only as outweighed or leaned to:
// a reason that argues for another stage contradicts the choice.
func TestStageReasonsAgree(t *testing.T) {
	ran := false
	for _, dir := range datasetDirs() {
		ds, ok := loadDataset(t, dir)
		if !ok {
			continue
		}
		ran = true
		t.Run(filepath.Base(dir), func(t *testing.T) {
			a := analysis.Analyze(ds.ws)
			for _, act := range a.Activities {
				var reason string
				for _, r := range act.Reasons {
					if strings.HasPrefix(r, "buying stage ") {
						reason = r
					}
				}
				if !strings.HasPrefix(reason, "buying stage "+act.BuyingStage+": ") {
					t.Errorf("%s placed in %s: got stage reason %q", act.ID, act.BuyingStage, reason)
					continue
				}
				if strings.Contains(reason, "points near") {
					t.Errorf("%s: got %q, a reason that points at no choice", act.ID, reason)
				}
			}
		})
	}
	if !ran {
		t.Skip("no data set present")
	}
}
