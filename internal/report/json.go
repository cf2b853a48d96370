package report

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// JSON writes the analysis as indented JSON: the output contract described in
// docs/json.md. Every list is written as [] when empty, never null, so
// clients can iterate without checking.
func JSON(w io.Writer, d Data) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Names and quotes are shown by clients as text; keep & < > readable.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(normalize(d.Analysis)); err != nil {
		return fmt.Errorf("write JSON report: %w", err)
	}
	return nil
}

// normalize returns a copy of the analysis with every nil slice replaced by
// an empty one. It copies rather than mutates so the caller's value stays as
// it was.
func normalize(a enablemap.Analysis) enablemap.Analysis {
	a.BuyingStages = strs(a.BuyingStages)
	acts := make([]enablemap.Activity, len(a.Activities))
	for i, act := range a.Activities {
		act.SalesTransitions = strs(act.SalesTransitions)
		act.ResponseIDs = strs(act.ResponseIDs)
		act.MaterialTypesNeeded = strs(act.MaterialTypesNeeded)
		act.MaterialIDs = strs(act.MaterialIDs)
		act.ServedBy = strs(act.ServedBy)
		act.Reasons = strs(act.Reasons)
		acts[i] = act
	}
	a.Activities = acts
	a.Wants = strs(a.Wants)
	a.WantDetails = append(make([]enablemap.Want, 0, len(a.WantDetails)), a.WantDetails...)
	mats := make([]enablemap.MaterialAnalysis, len(a.Materials))
	for i, m := range a.Materials {
		matches := make([]enablemap.Match, len(m.Matches))
		for j, mt := range m.Matches {
			mt.Reasons = strs(mt.Reasons)
			matches[j] = mt
		}
		m.Matches = matches
		mats[i] = m
	}
	a.Materials = mats
	a.Holes = strs(a.Holes)
	holes := make([]enablemap.Hole, len(a.HoleDetails))
	for i, h := range a.HoleDetails {
		h.MaterialTypes = strs(h.MaterialTypes)
		h.Reasons = strs(h.Reasons)
		holes[i] = h
	}
	a.HoleDetails = holes
	a.Figures.ByStage = append(make([]enablemap.StageFigure, 0, len(a.Figures.ByStage)), a.Figures.ByStage...)
	review := make([]enablemap.ReviewItem, len(a.Review))
	for i, it := range a.Review {
		it.Reasons = strs(it.Reasons)
		review[i] = it
	}
	a.Review = review
	return a
}

// strs copies a string slice, turning nil into an empty slice.
func strs(s []string) []string {
	return append(make([]string, 0, len(s)), s...)
}
