package analysis

import (
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

func TestOlderVersions(t *testing.T) {
	mats := []enablemap.Material{
		{ID: "M1", Title: "Savings Analysis Tool v7", Updated: "2024-08-05"},
		{ID: "M2", Title: "Savings Analysis Tool v5 (OLD - use v7)", Updated: "2021-02-15"},
		{ID: "M3", Title: "Acme Capabilities Brochure (2019)", Updated: "2019-03-12"},
		{ID: "M4", Title: "Acme Modular Capabilities Brochure", Updated: "2023-08-14"},
		{ID: "M5", Title: "Appetite Guide 2024 (copy) FINAL v2", Updated: "2024-01-11"},
		{ID: "M6", Title: "Appetite Guide 2024", Updated: "2024-01-15"},
		// Different numbers that are no version: both kept.
		{ID: "M7", Title: "SOC 1 Type II report (2024)", Updated: "2024-06-28"},
		{ID: "M8", Title: "SOC 2 Type II report", Updated: "2024-06-28"},
		// An older title without a version mark is kept: it may be another piece.
		{ID: "M9", Title: "Pricing guide", Updated: "2020-01-01"},
		{ID: "M10", Title: "Pricing guide for partners", Updated: "2024-01-01"},
		// A higher version that is older stays: the marks say it is newer.
		{ID: "M11", Title: "Demo script v4", Updated: "2022-01-01"},
		{ID: "M12", Title: "Demo script v3", Updated: "2023-01-01"},
		// Every word of the older title in a slightly longer newer one.
		{ID: "M13", Title: "Acme Corporate Overview 2022", Updated: "2022-03-14"},
		{ID: "M14", Title: "Acme Travel Partners - Corporate Overview (2024)", Updated: "2024-02-01"},
		// ... but not in a much longer title, which is another piece.
		{ID: "M15", Title: "Freight Audit Guide 2021", Updated: "2021-01-01"},
		{ID: "M16", Title: "Freight Audit Guide for parcel and LTL carrier invoices", Updated: "2024-01-01"},
		// "&" and "and" are no words of a title.
		{ID: "M19", Title: "Landed Cost Calculator v2", Updated: "2021-06-30"},
		{ID: "M20", Title: "Landed Cost & Tariff Impact Calculator v4", Updated: "2024-03-01"},
		// An unmarked title is older than a marked one with the same words.
		{ID: "M17", Title: "Brightwage battlecard", Updated: "2022-05-16"},
		{ID: "M18", Title: "Battlecard - Brightwage (2024)", Updated: "2024-02-26"},
		// The company's name, in many of the library's titles, in one of
		// the two only.
		{ID: "M21", Title: "Company Overview (2020)", Updated: "2020-02-11"},
		{ID: "M22", Title: "Acme Company Overview 2024", Updated: "2024-05-02"},
		// A copy or a draft saved later is no newer version of the piece
		// buyers get.
		{ID: "M23", Title: "Portfolio Guide 2025", Updated: "2025-01-10"},
		{ID: "M24", Title: "Portfolio Guide 2025 (copy)", Updated: "2025-01-20"},
		{ID: "M25", Title: "Stock - datasheet", Updated: "2024-03-01"},
		{ID: "M26", Title: "Stock datasheet v2 - DRAFT", Updated: "2025-09-18"},
		// The season or quarter of a periodic piece is its version; other
		// words still tell pieces apart.
		{ID: "M27", Title: "Harbor Table menu book - Fall/Winter 2025", Updated: "2025-08-01"},
		{ID: "M28", Title: "Harbor Table menu book - Spring/Summer 2025", Updated: "2025-02-20"},
		{ID: "M29", Title: "Pre-Leasing Pulse - Fall 2025 Outlook (Q2 2025)", Updated: "2025-06-30"},
		{ID: "M30", Title: "Pre-Leasing Pulse - Q1 2025", Updated: "2025-03-31"},
		{ID: "M31", Title: "Spring planting guide - corn", Updated: "2024-02-01"},
		{ID: "M32", Title: "Fall planting guide - wheat", Updated: "2024-08-01"},
		// A newer title may add a subtitle; a title that adds words before
		// it is another piece.
		{ID: "M33", Title: "2025 Rate Sheet: RailMedic, TrackCheck, TrackWorks", Updated: "2025-01-05"},
		{ID: "M34", Title: "2024 Rate Sheet", Updated: "2024-01-03"},
		{ID: "M35", Title: "Crane Rate Card 2025: all branches", Updated: "2025-02-01"},
		{ID: "M36", Title: "Rate Card 2023", Updated: "2023-02-01"},
	}
	got := olderVersions(mats)
	want := map[string]string{"M2": "M1", "M3": "M4", "M5": "M6", "M13": "M14", "M17": "M18", "M19": "M20", "M21": "M22", "M24": "M23", "M28": "M27", "M30": "M29", "M34": "M33"}
	for id, newer := range want {
		if r := got[id]; !strings.Contains(r, newer) {
			t.Errorf("%s: reason %q, want an older version of %s", id, r, newer)
		}
	}
	for id := range got {
		if _, ok := want[id]; !ok {
			t.Errorf("%s set aside as an older version: %s", id, got[id])
		}
	}
}

func TestCopiesIn(t *testing.T) {
	mats := []enablemap.Material{
		{ID: "M1", Title: "First meeting deck - every price right", Updated: "2024-11-05"},
		{ID: "M2", Title: "First meeting deck v7 FINAL (2)", Updated: "2024-11-06"},
		{ID: "M3", Title: "HerdGuard 5 - product sheet", Updated: "2024-05-13"},
		{ID: "M4", Title: "HerdGuard 5 product sheet (copy)", Updated: "2022-04-01"},
		{ID: "M5", Title: "Copy of Pricing_calculator.xlsx"},
		{ID: "M6", Title: "Pricing calculator for dealers"},
		// No original in the library: the copy is the piece reps have.
		{ID: "M7", Title: "Vendcor battlecard (copy)", Updated: "2023-05-11"},
		// Saved a year after the original: the newer version.
		{ID: "M8", Title: "HSE section - proposal boilerplate (2022)", Updated: "2022-04-19"},
		{ID: "M9", Title: "HSE section v3 FINAL (2)", Updated: "2023-06-02"},
		// "(3)" counts emails, and no other title holds these words.
		{ID: "M10", Title: "Fouling season - superintendent emails (3)"},
		// One word left is too little to tell.
		{ID: "M11", Title: "Overview (copy)"},
		{ID: "M12", Title: "Company overview"},
		// The original's type counts with its title.
		{ID: "M13", Title: "GridScan Slab: concrete scanning before you cut", Type: "one-pager"},
		{ID: "M14", Title: "GridScan Slab one pager v2 FINAL (1)"},
		// The words of the mark are no words of the piece.
		{ID: "M15", Title: "Aurora FS 3 surgeon brochure"},
		{ID: "M16", Title: "Aurora FS 3 surgeon brochure (print portal copy)"},
		// Someone's edits: a personal copy, however late it was saved; the
		// same words without a copy mark are another piece.
		{ID: "M17", Title: "Tidewell - Capabilities Deck 2025", Updated: "2025-02-10"},
		{ID: "M18", Title: "Copy of Capabilities Deck 2025 - Graham edits", Updated: "2025-06-03"},
		{ID: "M19", Title: "Battlecard: Ridgeway Loading Systems", Updated: "2024-01-10"},
		{ID: "M20", Title: "Ridgeway battlecard - Dallas edits (copy)", Updated: "2024-10-02"},
		{ID: "M21", Title: "Cost of vacancy calculator", Updated: "2023-01-02"},
		{ID: "M22", Title: "Cost of vacancy calculator - Central edits", Updated: "2023-05-02"},
	}
	toks := make([][]string, len(mats))
	for i, m := range mats {
		toks[i] = rawTokens(m.Title)
	}
	got := copiesIn(mats, toks)
	want := map[string]string{"M2": "M1", "M4": "M3", "M5": "M6", "M14": "M13", "M16": "M15", "M18": "M17", "M20": "M19"}
	for id, orig := range want {
		if r := got[id]; !strings.Contains(r, "copy of "+orig) {
			t.Errorf("%s: reason %q, want a copy of %s", id, r, orig)
		}
	}
	for id := range got {
		if _, ok := want[id]; !ok {
			t.Errorf("%s set aside as a copy: %s", id, got[id])
		}
	}
}
