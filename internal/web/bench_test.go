package web

import (
	"context"
	"fmt"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
	"github.com/enablemap/enablemap/internal/store"
)

// largeProject builds, in memory, the analysis of a project with 500
// activities from 2,000 responses of 40 reps and 5,000 materials.
func largeProject() (enablemap.Analysis, enablemap.Workspace) {
	stages, _ := enablemap.BuyingStageTemplate("gartner")
	ws := enablemap.Workspace{Project: enablemap.Project{ID: 1, Name: "Large", SalesStages: []string{"Lead", "Discovery", "Demo", "Proposal", "Won"}, BuyingStages: stages}}
	a := enablemap.Analysis{BuyingStages: stages}
	for i := 0; i < 40; i++ {
		ws.Interviews = append(ws.Interviews, enablemap.Interview{ID: fmt.Sprintf("I%02d", i), Interviewee: fmt.Sprintf("Rep %d", i),
			Role: []string{"AE", "SDR", "SE", "Partner manager"}[i%4], Region: []string{"North", "South", "East", "West", "EMEA"}[i%5]})
	}
	for i := 0; i < 500; i++ {
		act := enablemap.Activity{ID: fmt.Sprintf("A-R%04d", i*4), Name: fmt.Sprintf("Activity %d: walk the buyer through the business case for line %d", i, i),
			Goal: "get the buyer to agree the numbers", BuyingStage: stages[i%len(stages)], MarketingRelevant: i%5 != 0,
			Covered: i%3 != 0, NeedScore: float64(500-i) / 500, Reps: 1 + i%9, Roles: 1 + i%4, Regions: 1 + i%5,
			Reasons: []string{"named by several reps", "words of the goal: business case, numbers"}}
		for k := 0; k < 4; k++ {
			id := fmt.Sprintf("R%04d", i*4+k)
			act.ResponseIDs = append(act.ResponseIDs, id)
			ws.Responses = append(ws.Responses, enablemap.Response{ID: id, InterviewID: ws.Interviews[(i+k*7)%40].ID, FromStage: "Discovery", ToStage: "Demo", Activity: "walk them thru the biz case"})
		}
		a.Activities = append(a.Activities, act)
		if act.MarketingRelevant && !act.Covered {
			a.Holes = append(a.Holes, act.ID)
		}
	}
	for i := 0; i < 5000; i++ {
		m := enablemap.Material{ID: fmt.Sprintf("M%05d", i), Title: fmt.Sprintf("Case study %d: a plant that cut downtime", i), Type: []string{"case study", "one pager", "webinar", "blog"}[i%4],
			Description: strings.Repeat("What the customer did and what it saved. ", 4), URL: fmt.Sprintf("https://content.example/%d", i)}
		ws.Materials = append(ws.Materials, m)
		ma := enablemap.MaterialAnalysis{MaterialID: m.ID, Title: m.Title, Type: m.Type}
		if i%5 == 0 {
			ma.SetAside, ma.SetAsideReason = true, "no activity fits"
		} else {
			for k := 0; k < 3; k++ {
				ma.Matches = append(ma.Matches, enablemap.Match{ActivityID: a.Activities[(i+k*13)%500].ID, Score: 0.8 - float64(k)/10, State: enablemap.Suggested, Reasons: []string{"shares the words case study, downtime"}})
			}
		}
		a.Materials = append(a.Materials, ma)
	}
	return a, ws
}

func BenchmarkPages(b *testing.B) {
	db, err := store.Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"))
	if err != nil {
		b.Fatal(err)
	}
	defer db.Close()
	srv, err := New(service.New(db), Options{})
	if err != nil {
		b.Fatal(err)
	}
	a, ws := largeProject()
	pages := []struct {
		name   string
		path   string
		render func(*httptest.ResponseRecorder, string)
	}{
		{"map", "/projects/1/map", func(w *httptest.ResponseRecorder, p string) {
			srv.renderMap(w, httptest.NewRequest("GET", p, nil), a, ws)
		}},
		{"map filtered", "/projects/1/map?role=SE&relevance=relevant", func(w *httptest.ResponseRecorder, p string) {
			srv.renderMap(w, httptest.NewRequest("GET", p, nil), a, ws)
		}},
		{"materials", "/projects/1/materials", func(w *httptest.ResponseRecorder, p string) {
			srv.renderMaterials(w, httptest.NewRequest("GET", p, nil), a, ws)
		}},
		{"materials last page", "/projects/1/materials?page=50", func(w *httptest.ResponseRecorder, p string) {
			srv.renderMaterials(w, httptest.NewRequest("GET", p, nil), a, ws)
		}},
	}
	for _, pg := range pages {
		b.Run(pg.name, func(b *testing.B) {
			var size int
			for b.Loop() {
				w := httptest.NewRecorder()
				pg.render(w, pg.path)
				if w.Code != 200 {
					b.Fatalf("got %d: %s", w.Code, w.Body.String())
				}
				size = w.Body.Len()
			}
			b.ReportMetric(float64(size), "bytes/page")
		})
	}
}
