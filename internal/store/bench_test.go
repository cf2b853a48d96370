package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// Benchmarks run at the sizes a large project reaches: 3,000 responses and
// a 50,000-item content library; on SQLite, the default engine, and on
// PostgreSQL when ENABLEMAP_TEST_POSTGRES is set.

func benchEngines(b *testing.B, fn func(b *testing.B, e engine)) {
	b.Run("sqlite", func(b *testing.B) { fn(b, sqliteEngine()) })
	b.Run("postgres", func(b *testing.B) { fn(b, postgresEngine(b)) })
}

func benchMaterials(n int) []enablemap.Material {
	ms := make([]enablemap.Material, n)
	for i := range ms {
		ms[i] = enablemap.Material{
			ID: fmt.Sprintf("M%06d", i), Title: fmt.Sprintf("Customer story %d: how a peer cut denials", i),
			Type: "case study", Description: "A two-page story of a hospital that reduced its denial rate within six months.",
			URL: fmt.Sprintf("https://content.example.com/items/%d", i), Owner: "PMM", Updated: "2024-01-15",
			Tags: []string{"case study", "peer", "roi"},
		}
	}
	return ms
}

func BenchmarkImportInterviews(b *testing.B) {
	benchEngines(b, func(b *testing.B, e engine) {
		db, _ := openFresh(b, e)
		ctx := context.Background()
		ins, rs := interviewData("", 60, 50) // 3,000 responses
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			p := newProject(b, db, fmt.Sprintf("bench %d", i))
			b.StartTimer()
			if _, err := db.ImportInterviews(ctx, p.ID, ins, rs, enablemap.ImportOptions{}); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(rs)), "responses/op")
	})
}

func BenchmarkReimportInterviewsUnchanged(b *testing.B) {
	benchEngines(b, func(b *testing.B, e engine) {
		db, _ := openFresh(b, e)
		ctx := context.Background()
		ins, rs := interviewData("", 60, 50)
		p := newProject(b, db, "bench")
		if _, err := db.ImportInterviews(ctx, p.ID, ins, rs, enablemap.ImportOptions{}); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := db.ImportInterviews(ctx, p.ID, ins, rs, enablemap.ImportOptions{}); err != nil {
				b.Fatal(err)
			}
		}
	})
}

func BenchmarkImportMaterials(b *testing.B) {
	benchEngines(b, func(b *testing.B, e engine) {
		db, _ := openFresh(b, e)
		ctx := context.Background()
		ms := benchMaterials(50000)
		for i := 0; b.Loop(); i++ {
			b.StopTimer()
			p := newProject(b, db, fmt.Sprintf("bench %d", i))
			b.StartTimer()
			if _, err := db.ImportMaterials(ctx, p.ID, ms); err != nil {
				b.Fatal(err)
			}
		}
		b.ReportMetric(float64(len(ms)), "materials/op")
	})
}

func BenchmarkWorkspace(b *testing.B) {
	benchEngines(b, func(b *testing.B, e engine) {
		db, _ := openFresh(b, e)
		ctx := context.Background()
		ins, rs := interviewData("", 60, 50)
		p := newProject(b, db, "bench")
		if _, err := db.ImportInterviews(ctx, p.ID, ins, rs, enablemap.ImportOptions{}); err != nil {
			b.Fatal(err)
		}
		if _, err := db.ImportMaterials(ctx, p.ID, benchMaterials(50000)); err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			ws, err := db.Workspace(ctx, p.ID)
			if err != nil {
				b.Fatal(err)
			}
			if len(ws.Responses) != 3000 || len(ws.Materials) != 50000 {
				b.Fatalf("got %d responses and %d materials, want 3000 and 50000", len(ws.Responses), len(ws.Materials))
			}
		}
	})
}
