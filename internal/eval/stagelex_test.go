package eval

import (
	"bytes"
	"fmt"
	"hash/fnv"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/analysis"
)

// lexiconFile is the built-in stage lexicon, learnt from the data sets that
// come with the source.
const lexiconFile = "../analysis/stagelex.txt"

// shippedDatasets are the data sets the built-in lexicon learns from: those
// that come with the source (the public sample, when present beside it, is
// left out so the lexicon is the same on every machine).
func shippedDatasets(t *testing.T) []dataset {
	var out []dataset
	for _, dir := range datasetDirs() {
		if strings.Contains(dir, "shared") {
			continue
		}
		if ds, ok := loadDataset(t, dir); ok {
			ds.name = filepath.Base(dir)
			out = append(out, ds)
		}
	}
	return out
}

// labelled returns a data set as research with its answer key's stages.
func labelled(ds dataset) analysis.LabelledWorkspace {
	ws := ds.ws
	if len(ws.Project.BuyingStages) == 0 {
		ws.Project.BuyingStages = append([]string(nil), ds.gold.BuyingStages...)
	}
	st := map[string]string{}
	rel := map[string]bool{}
	for _, a := range ds.gold.Activities {
		for _, r := range a.ResponseIDs {
			st[r] = a.BuyingStage
			rel[r] = a.MarketingRelevant
		}
	}
	return analysis.LabelledWorkspace{Workspace: ws, Stage: st, Relevant: rel}
}

// TestStageLexiconFile checks that the built-in lexicon is the one the
// shipped data sets teach; ENABLEMAP_UPDATE_LEXICON=1 writes it anew.
func TestStageLexiconFile(t *testing.T) {
	sets := shippedDatasets(t)
	if len(sets) < 50 {
		t.Skip("the data sets are not all present")
	}
	var train []analysis.LabelledWorkspace
	for _, ds := range sets {
		train = append(train, labelled(ds))
	}
	var buf bytes.Buffer
	if _, err := analysis.LearnStageLexicon(train).WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	if os.Getenv("ENABLEMAP_UPDATE_LEXICON") != "" {
		if err := os.WriteFile(lexiconFile, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	old, err := os.ReadFile(lexiconFile)
	if err != nil {
		t.Fatal(err)
	}
	if diff := lexiconDiff(string(old), buf.String()); diff != "" {
		t.Errorf("%s is not what the data sets teach (ENABLEMAP_UPDATE_LEXICON=1 go test ./internal/eval -run StageLexiconFile writes it): %s", lexiconFile, diff)
	}
}

// lexiconDiff compares two lexicon files row by row, numbers within a
// small tolerance (the last digits of a float may differ between machines).
func lexiconDiff(a, b string) string {
	rows := func(s string) map[string][]string {
		m := map[string][]string{}
		for _, line := range strings.Split(s, "\n") {
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			f := strings.Split(line, "\t")
			m[f[0]] = f[1:]
		}
		return m
	}
	ra, rb := rows(a), rows(b)
	if len(ra) != len(rb) {
		return "the number of rows differs"
	}
	for name, va := range ra {
		vb, ok := rb[name]
		if !ok || len(va) != len(vb) {
			return "row " + name + " differs"
		}
		for i := range va {
			var x, y float64
			if _, err := fmt.Sscan(va[i], &x); err != nil {
				return "row " + name + ": " + err.Error()
			}
			if _, err := fmt.Sscan(vb[i], &y); err != nil {
				return "row " + name + ": " + err.Error()
			}
			if math.Abs(x-y) > 1e-3 {
				return "row " + name + " differs"
			}
		}
	}
	return ""
}

// TestStageLexiconCrossValidated checks that the lexicon helps on companies
// it did not learn from: the data sets are split into five folds by name,
// each fold is analysed with a lexicon learnt from the other four, and the
// mean stage and relevance accuracies must beat the engine without one.
func TestStageLexiconCrossValidated(t *testing.T) {
	sets := shippedDatasets(t)
	if len(sets) < 50 {
		t.Skip("the data sets are not all present")
	}
	const folds = 5
	fold := func(name string) int {
		h := fnv.New32a()
		h.Write([]byte(name))
		return int(h.Sum32() % folds)
	}
	var with, without, relWith, relWithout float64
	for f := range folds {
		var train []analysis.LabelledWorkspace
		for _, ds := range sets {
			if fold(ds.name) != f {
				train = append(train, labelled(ds))
			}
		}
		lex := analysis.LearnStageLexicon(train)
		for _, ds := range sets {
			if fold(ds.name) != f {
				continue
			}
			opts := analysis.DefaultOptions()
			opts.StageLexicon = lex
			_, rep := EvaluateWithOptions(ds.ws, ds.gold, opts)
			with += rep.Stage.Value
			relWith += rep.Relevance.Value
			opts.StageLexicon = analysis.NoStageLexicon
			_, rep = EvaluateWithOptions(ds.ws, ds.gold, opts)
			without += rep.Stage.Value
			relWithout += rep.Relevance.Value
		}
	}
	n := float64(len(sets))
	t.Logf("over %d data sets, five-fold, with a lexicon learnt on the other folds and without: stage accuracy %.3f and %.3f, relevance accuracy %.3f and %.3f", len(sets), with/n, without/n, relWith/n, relWithout/n)
	if with/n < without/n+0.02 {
		t.Errorf("the lexicon gives stage accuracy %.3f on unseen folds, without it %.3f: want at least 0.02 more", with/n, without/n)
	}
	if relWith/n < relWithout/n+0.01 {
		t.Errorf("the lexicon gives relevance accuracy %.3f on unseen folds, without it %.3f: want at least 0.01 more", relWith/n, relWithout/n)
	}
}
