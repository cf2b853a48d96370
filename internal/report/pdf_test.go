package report

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// needTool skips when a tool is missing, unless ENABLEMAP_REQUIRE_BROWSER=1
// asks for the browser tests to run (as CI does).
func needTool(t *testing.T, find func() error, what string) {
	t.Helper()
	if err := find(); err != nil {
		if os.Getenv("ENABLEMAP_REQUIRE_BROWSER") == "1" {
			t.Fatalf("%s is required (ENABLEMAP_REQUIRE_BROWSER=1): %v", what, err)
		}
		t.Skipf("%s not available, skipping: %v", what, err)
	}
}

func pdfText(t *testing.T, d Data) string {
	t.Helper()
	return pdfPages(t, d)[0]
}

// pdfPages prints the report and returns the text of the whole PDF and of
// its first page.
func pdfPages(t *testing.T, d Data) [2]string {
	t.Helper()
	needTool(t, func() error { _, err := FindBrowser(); return err }, "Chromium")
	needTool(t, func() error { _, err := exec.LookPath("pdftotext"); return err }, "pdftotext (poppler-utils)")
	ctx, cancel := context.WithTimeout(t.Context(), 90*time.Second)
	defer cancel()
	var buf bytes.Buffer
	if err := PDF(ctx, &buf, d); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(buf.Bytes(), []byte("%PDF-")) {
		t.Fatalf("output is not a PDF: %.20q", buf.Bytes())
	}
	path := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(path, buf.Bytes(), 0o600); err != nil {
		t.Fatal(err)
	}
	var out [2]string
	for i, args := range [][]string{{"-layout", path, "-"}, {"-layout", "-f", "1", "-l", "1", path, "-"}} {
		text, err := exec.CommandContext(ctx, "pdftotext", args...).Output()
		if err != nil {
			t.Fatalf("pdftotext: %v", err)
		}
		out[i] = string(text)
	}
	return out
}

// flat joins the text of a PDF into one line so names wrapped across lines
// still match.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

func TestPDFHoldsHolesAndFigures(t *testing.T) {
	d := handData()
	text := flat(pdfText(t, d))
	for _, want := range []string{
		"Acme <Q3> research", "Summary for sales leadership", "holes to fill",
		"Build the ROI case", "ROI calculator", "talk track; email template",
		"Materials aligned with an activity", "1 (50%)", "+Old price list", "fits no activity",
		"I wish marketing made better slides", "Objection talk track",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("PDF text lacks %q", want)
		}
	}
}

func TestPDFSample(t *testing.T) {
	d := sampleData(t)
	pages := pdfPages(t, d)
	text, first := flat(pages[0]), flat(pages[1])
	// The leadership summary is one page: figures, chart and all top holes.
	for _, want := range []string{"Summary for sales leadership", "holes to fill", "Coverage per buying stage", "2 more in the list of holes below."} {
		if !strings.Contains(first, want) {
			t.Errorf("first page lacks %q", want)
		}
	}
	for _, id := range d.Analysis.Holes[:topHoles] {
		a, _ := d.Analysis.ActivityByID(id)
		if !strings.Contains(first, flat(a.Name)) {
			t.Errorf("first page lacks top hole %s %q", id, a.Name)
		}
	}
	for _, id := range d.Analysis.Holes {
		a, _ := d.Analysis.ActivityByID(id)
		if !strings.Contains(text, flat(a.Name)) {
			t.Errorf("PDF lacks hole %s %q", id, a.Name)
		}
	}
	if !strings.Contains(text, "63 (74%)") {
		t.Error("PDF lacks the aligned-materials figure")
	}
}

func TestFindBrowserHonoursEnv(t *testing.T) {
	t.Setenv("ENABLEMAP_CHROMIUM", filepath.Join(t.TempDir(), "no-such-browser"))
	_, err := FindBrowser()
	var e *enablemap.Error
	if err == nil || !strings.Contains(err.Error(), "ENABLEMAP_CHROMIUM") {
		t.Fatalf("got %v, want an error naming ENABLEMAP_CHROMIUM", err)
	}
	if enablemap.ErrorCode(err) == "" || !asError(err, &e) {
		t.Errorf("got %T, want *enablemap.Error", err)
	}
	if err := PDF(t.Context(), &bytes.Buffer{}, handData()); err == nil {
		t.Error("PDF without a browser: got no error")
	}
}

func TestFindBrowserNoneInPath(t *testing.T) {
	t.Setenv("ENABLEMAP_CHROMIUM", "")
	t.Setenv("PATH", t.TempDir())
	_, err := FindBrowser()
	if err == nil || !strings.Contains(err.Error(), "apt-get install chromium") {
		t.Errorf("got %v, want an error that says how to install a browser", err)
	}
}
