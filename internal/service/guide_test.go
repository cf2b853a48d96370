package service_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
	"github.com/enablemap/enablemap/internal/store"
)

func TestSaveGuide(t *testing.T) {
	ctx := context.Background()
	db, err := store.Open(ctx, filepath.Join(t.TempDir(), "t.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	svc := service.New(db)
	p, err := svc.CreateProject(ctx, service.NewProject{Name: "G", SalesStages: []string{"Lead", "Deal"}})
	if err != nil {
		t.Fatal(err)
	}
	def := service.ProjectGuide(p)
	if len(def) != 2 || !strings.Contains(def[0].Questions[0].Text, "from Lead to Deal") {
		t.Fatalf("default guide = %+v", def)
	}
	text := service.GuideText(def) + "\nWhat materials would you like marketing to make?\n"
	p, err = svc.SaveGuide(ctx, p.ID, text, p.Version)
	if err != nil {
		t.Fatal(err)
	}
	got := service.ProjectGuide(p)
	last := got[len(got)-1].Questions
	if q := last[len(last)-1]; q.Warning == "" || q.Suggestion == "" {
		t.Errorf("want question stored without a warning: %+v", q)
	}
	if service.GuideText(got[:len(got)]) == "" || got[0].Title != "Lead to Deal" {
		t.Errorf("stored guide = %+v", got)
	}
	// A stale version is refused and the stored guide is kept.
	if _, err := svc.SaveGuide(ctx, p.ID, "# Only\nWhat do you do first?", p.Version-1); enablemap.ErrorCode(err) != enablemap.ECONFLICT {
		t.Errorf("stale save: %v", err)
	}
	if _, err := svc.SaveGuide(ctx, p.ID, "# Only a heading", p.Version); enablemap.ErrorCode(err) != enablemap.EINVALID {
		t.Errorf("heading-only guide: %v", err)
	}
	// An empty guide restores the default.
	p, err = svc.SaveGuide(ctx, p.ID, "  \n", p.Version)
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Guide) != 0 || len(service.ProjectGuide(p)) != 2 {
		t.Errorf("empty save did not restore the default: %+v", p.Guide)
	}
}
