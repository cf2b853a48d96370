package service_test

import (
	"context"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

// An activity page marks which materials cover the activity: a hole has
// candidates only (also a piece that fits its words when the reps say they
// make their own), a covered activity has at least one material that
// serves it, and every material that fits it (as its best match or a
// further one) serves it.
func TestActivityPageSeparatesServingFromCandidates(t *testing.T) {
	ctx := context.Background()
	svc, p := apiDemoService(t)
	a, ws, err := svc.Analyze(ctx, p.ID)
	if err != nil {
		t.Fatal(err)
	}
	checkedCovered := false
	checkedUnused := false  // a hole whose reps make their own, though a piece fits its words
	checkedFurther := false // a material serving an activity that is not its best match
	for _, act := range a.Activities {
		page, err := service.BuildActivityPage(a, ws, act.ID)
		if err != nil {
			t.Fatal(err)
		}
		serving := 0
		for _, m := range page.Materials {
			if m.Unused {
				checkedUnused = true
				if act.Covered || !act.MarketingRelevant {
					t.Errorf("%s: %s is unused, but the activity is no hole", act.ID, m.Material.ID)
				}
			}
			if m.Serves {
				serving++
				if best := bestMatch(a, m.Material.ID); best != act.ID {
					checkedFurther = true
					if !act.Covered {
						t.Errorf("%s: %s serves it as a further match, but it is not covered", act.ID, m.Material.ID)
					}
				}
			} else if m.ServesName == "" && !m.Unused && !m.Weak && !isSetAside(a, m.Material.ID) {
				t.Errorf("%s: candidate %s says nothing of why it does not serve it", act.ID, m.Material.ID)
			}
		}
		if act.MarketingRelevant && !act.Covered && len(page.Materials) > 0 {
			if serving != 0 {
				t.Errorf("hole %s lists %d materials as serving it", act.ID, serving)
			}
		}
		if act.Covered && len(act.MaterialIDs) > 0 {
			checkedCovered = true
			if serving == 0 {
				t.Errorf("covered activity %s lists no material that serves it", act.ID)
			}
		}
	}
	if !checkedCovered {
		t.Error("the demo has no covered activity with a material")
	}
	if !checkedFurther {
		t.Error("the demo has no activity served by a material's second or third match")
	}
	if !checkedUnused {
		t.Error("the demo has no hole whose reps make their own while a piece fits its words")
	}
}

func isSetAside(a enablemap.Analysis, id string) bool {
	for _, m := range a.Materials {
		if m.MaterialID == id {
			return m.SetAside
		}
	}
	return false
}

// bestMatch returns the activity a material fits best, or "".
func bestMatch(a enablemap.Analysis, id string) string {
	for _, m := range a.Materials {
		if m.MaterialID == id && len(m.Matches) > 0 {
			return m.Matches[0].ActivityID
		}
	}
	return ""
}
