package report

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// browserNames are the executables looked for in PATH, in order, when
// ENABLEMAP_CHROMIUM is not set.
var browserNames = []string{"chromium", "chromium-browser", "google-chrome", "google-chrome-stable"}

// pdfTimeout bounds a PDF render when the caller's context has no deadline,
// so a browser that hangs cannot hang the program.
const pdfTimeout = 2 * time.Minute

// FindBrowser returns the Chromium or Chrome executable PDF uses: the path
// in ENABLEMAP_CHROMIUM when set, else the first of chromium,
// chromium-browser, google-chrome and google-chrome-stable found in PATH.
func FindBrowser() (string, error) {
	if p := os.Getenv("ENABLEMAP_CHROMIUM"); p != "" {
		path, err := exec.LookPath(p)
		if err != nil {
			return "", &enablemap.Error{Code: enablemap.EINTERNAL, Field: "ENABLEMAP_CHROMIUM",
				Message: fmt.Sprintf("%q is not an executable browser: %v", p, err)}
		}
		return path, nil
	}
	for _, name := range browserNames {
		if path, err := exec.LookPath(name); err == nil {
			return path, nil
		}
	}
	return "", enablemap.Errorf(enablemap.EINTERNAL,
		"PDF output needs Chromium or Chrome and none was found: install it (Debian: apt-get install chromium) "+
			"or set ENABLEMAP_CHROMIUM to its path; the HTML report prints to PDF from any browser")
}

// PDF prints the HTML report to PDF with headless Chromium. The browser is
// used because it lays out the same HTML and CSS a person sees, print
// stylesheet, landscape map page and inline SVG included, which no pure-Go
// PDF library renders. It runs without sandbox, GPU, network services or a
// lasting profile, and is stopped before PDF returns.
func PDF(ctx context.Context, w io.Writer, d Data) error {
	browser, err := FindBrowser()
	if err != nil {
		return err
	}
	var page bytes.Buffer
	if err := HTML(&page, d); err != nil {
		return fmt.Errorf("write PDF report: %w", err)
	}
	if _, ok := ctx.Deadline(); !ok {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, pdfTimeout)
		defer cancel()
	}

	tmp, err := os.MkdirTemp("", "enablemap-pdf-")
	if err != nil {
		return fmt.Errorf("write PDF report: %w", err)
	}
	defer os.RemoveAll(tmp)
	htmlPath := filepath.Join(tmp, "report.html")
	if err := os.WriteFile(htmlPath, page.Bytes(), 0o600); err != nil {
		return fmt.Errorf("write PDF report: %w", err)
	}

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(browser),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Headless,
		chromedp.NoFirstRun,
		chromedp.UserDataDir(filepath.Join(tmp, "profile")),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	// Deferred in this order, the browser is stopped before tmp is removed.
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(ctx, opts...)
	defer cancelAlloc()
	browserCtx, cancelBrowser := chromedp.NewContext(allocCtx)
	defer cancelBrowser()

	if err := chromedp.Do(browserCtx, chromedp.Navigate((&url.URL{Scheme: "file", Path: htmlPath}).String())); err != nil {
		return fmt.Errorf("PDF report: open the report in %s: %w", browser, err)
	}
	pdf, err := chromedp.Run(browserCtx, chromedp.PrintToPDF(
		chromedp.PDFPaper(chromedp.PaperA4),
		chromedp.PDFPreferCSSPageSize(),
		chromedp.PDFPrintBackground(),
		chromedp.PDFOutlineAndTagged(),
		chromedp.PDFHeaderTemplate(`<span></span>`),
		chromedp.PDFFooterTemplate(`<div style="font-size:8px;color:#555;width:100%;text-align:center;font-family:Helvetica,Arial,sans-serif">`+
			`<span class="pageNumber"></span> / <span class="totalPages"></span></div>`),
	))
	if err != nil {
		return fmt.Errorf("PDF report: print with %s: %w", browser, err)
	}
	if _, err := w.Write(pdf); err != nil {
		return fmt.Errorf("write PDF report: %w", err)
	}
	return nil
}
