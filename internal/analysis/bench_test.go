package analysis

import (
	"fmt"
	"math/rand"
	"runtime"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// generateWorkspace builds a workspace of the given size from a fixed seed:
// reps answer with activities drawn from a pool of activity kinds, phrased
// with varying words, and materials mix fitting titles with noise.
func generateWorkspace(responses, materials int, seed int64) enablemap.Workspace {
	rng := rand.New(rand.NewSource(seed))
	// Notes come from a stream of their own, so the rest of the workspace
	// is what it was before they were added.
	notes := rand.New(rand.NewSource(seed + 1))
	verbs := []string{"send", "run", "prepare", "present", "share", "build", "review", "update", "schedule", "handle", "answer", "walk through"}
	objects := []string{"case study", "demo", "ROI model", "business case", "security questionnaire", "proposal", "pricing quote",
		"reference call", "battlecard", "competitor comparison", "pilot plan", "success criteria", "integration questions",
		"implementation timeline", "executive briefing", "mutual action plan", "CRM notes", "forecast", "contract redlines",
		"discovery call", "qualification call", "cold email sequence", "webinar follow up", "benchmark report", "objection handling",
		"champion coaching", "committee presentation", "RFP response", "technical architecture review", "data assessment"}
	extras := []string{"for the CFO", "with the champion", "before the call", "for the committee", "w/ the SE", "thru email",
		"for IT", "every week", "for the VP", "by region", "for small accounts", "for enterprise"}
	noise := strings.Fields("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa quebec romeo sierra tango uniform victor whiskey xray yankee zulu")
	sales := []string{"Prospecting", "Qualification", "Discovery", "Demo", "Proposal", "Negotiation", "Closed Won"}
	buying, _ := enablemap.BuyingStageTemplate("gartner")
	ws := enablemap.Workspace{Project: enablemap.Project{Name: "bench", SalesStages: sales, BuyingStages: buying}}
	reps := max(responses/15, 1)
	for i := 0; i < reps; i++ {
		ws.Interviews = append(ws.Interviews, enablemap.Interview{
			ID: fmt.Sprintf("I%04d", i), Interviewee: fmt.Sprintf("Rep %d", i),
			Role: []string{"AE", "SDR", "SE", "Manager"}[i%4], Region: []string{"East", "West", "North", "South", "Central"}[i%5],
		})
	}
	for i := 0; i < responses; i++ {
		o := rng.Intn(len(objects))
		st := min(o*len(sales)/len(objects), len(sales)-2)
		act := verbs[rng.Intn(len(verbs))] + " the " + objects[o] + " " + extras[rng.Intn(len(extras))]
		if rng.Intn(10) == 0 {
			act += " " + noise[rng.Intn(len(noise))]
		}
		ws.Responses = append(ws.Responses, enablemap.Response{
			ID: fmt.Sprintf("R%05d", i), InterviewID: fmt.Sprintf("I%04d", i/15%reps), FromStage: sales[st], ToStage: sales[st+1],
			Activity: act, Goal: "so the buyer " + verbs[rng.Intn(len(verbs))] + "s " + noise[rng.Intn(len(noise))], Position: i + 1,
		})
		switch notes.Intn(6) {
		case 0: // names a piece of the library, often ambiguously
			ws.Responses[i].Notes = "uses the " + objects[notes.Intn(len(objects))] + " " + noise[notes.Intn(len(noise))]
		case 1:
			ws.Responses[i].Notes = "builds it himself every time"
		case 2:
			ws.Responses[i].Notes = "says " + noise[notes.Intn(len(noise))] + " likes it"
		}
	}
	types := []string{"Case Study", "Deck", "Datasheet", "Template", "Guide", "Video", "Battlecard", "Calculator", "Photos", "Press Release"}
	for i := 0; i < materials; i++ {
		title := objects[rng.Intn(len(objects))] + " " + noise[rng.Intn(len(noise))] + " " + fmt.Sprint(rng.Intn(1000))
		if rng.Intn(4) == 0 {
			title = noise[rng.Intn(len(noise))] + " " + noise[rng.Intn(len(noise))] + " newsletter"
		}
		ws.Materials = append(ws.Materials, enablemap.Material{
			ID: fmt.Sprintf("M%06d", i), Title: title, Type: types[rng.Intn(len(types))],
			Description: "About " + objects[rng.Intn(len(objects))] + " and " + noise[rng.Intn(len(noise))] + " for " + extras[rng.Intn(len(extras))],
			Tags:        []string{noise[rng.Intn(len(noise))], objects[rng.Intn(len(objects))]}, Position: i + 1,
		})
	}
	return ws
}

// BenchmarkAnalyzeLarge analyses 3,000 responses and 50,000 materials. The
// workspace is generated before the timer starts.
func BenchmarkAnalyzeLarge(b *testing.B) {
	ws := generateWorkspace(3000, 50000, 1)
	runtime.GC()
	b.ReportAllocs()
	b.ResetTimer()
	var before, after syscall.Rusage
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &before)
	var peak uint64
	for i := 0; i < b.N; i++ {
		a := Analyze(ws)
		if len(a.Materials) != 50000 {
			b.Fatalf("got %d materials", len(a.Materials))
		}
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		peak = max(peak, ms.HeapAlloc)
	}
	_ = syscall.Getrusage(syscall.RUSAGE_SELF, &after)
	b.ReportMetric(float64(peak)/(1<<20), "heapMiB")
	// CPU time (user + system, all threads) per run: on a busy machine it
	// says more than wall time.
	cpu := time.Duration(after.Utime.Nano()-before.Utime.Nano()+after.Stime.Nano()-before.Stime.Nano()) / time.Duration(b.N)
	b.ReportMetric(cpu.Seconds(), "cpu-s/op")
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Sys)/(1<<20), "sysMiB")
}
