package web

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/enablemap/enablemap/internal/service"
	"github.com/enablemap/enablemap/internal/store"
)

// findBrowser returns the Chromium to drive: $ENABLEMAP_CHROMIUM, else the
// first of chromium, chromium-browser, google-chrome on the PATH.
func findBrowser(t *testing.T) string {
	t.Helper()
	if p := os.Getenv("ENABLEMAP_CHROMIUM"); p != "" {
		return p
	}
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	msg := "no browser found (set ENABLEMAP_CHROMIUM or install Debian's chromium: apt-get install -y chromium)"
	if os.Getenv("ENABLEMAP_REQUIRE_BROWSER") == "1" {
		t.Fatal(msg + "; ENABLEMAP_REQUIRE_BROWSER=1 requires the browser tests to run")
	}
	t.Skip(msg)
	return ""
}

// artifactsDir is where screenshots go: $ENABLEMAP_ARTIFACTS, else a
// temporary directory of the test.
func artifactsDir(t *testing.T) string {
	dir := os.Getenv("ENABLEMAP_ARTIFACTS")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshots are written to %s", dir)
	return dir
}

// browserTab starts a headless Chromium with a fresh profile and returns a
// tab that is closed with the test.
func browserTab(t *testing.T) context.Context {
	t.Helper()
	exe := findBrowser(t)
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(exe),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Headless,
		chromedp.NoFirstRun,
		chromedp.UserDataDir(t.TempDir()),
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
	)
	allocCtx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancel := chromedp.NewContext(allocCtx)
	t.Cleanup(func() { cancel(); cancelAlloc() })
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(1280, 900)); err != nil {
		t.Fatalf("start %s: %v", exe, err)
	}
	return ctx
}

// e2e drives one tab and fails the test at the first broken step.
type e2e struct {
	t    *testing.T
	ctx  context.Context
	base string
}

func (b *e2e) do(what string, steps ...chromedp.Action[chromedp.Void]) {
	b.t.Helper()
	ctx, cancel := context.WithTimeout(b.ctx, 15*time.Second)
	defer cancel()
	if err := chromedp.Do(ctx, steps...); err != nil {
		b.t.Fatalf("%s: %v", what, err)
	}
}

func (b *e2e) open(path string) {
	b.t.Helper()
	b.do("open "+path, chromedp.Navigate(b.base+path))
}

// waitText waits until the page shows text; after a click that posts a
// form it is how a step knows the next page has arrived.
func (b *e2e) waitText(text string) {
	b.t.Helper()
	q, _ := json.Marshal(text)
	deadline := time.Now().Add(10 * time.Second)
	for {
		ok, err := chromedp.Run(b.ctx, chromedp.Evaluate[bool](fmt.Sprintf("document.readyState === 'complete' && document.body.innerText.includes(%s)", q)))
		if err == nil && ok {
			return
		}
		if time.Now().After(deadline) {
			body, _ := chromedp.Run(b.ctx, chromedp.Evaluate[string]("document.body ? document.body.innerText : ''"))
			loc, _ := chromedp.Run(b.ctx, chromedp.Location())
			b.t.Fatalf("waited for %q on %s; the page shows:\n%s", text, loc, truncate(body, 2000))
		}
		time.Sleep(50 * time.Millisecond)
	}
}

func (b *e2e) screenshot(dir, name string) {
	b.t.Helper()
	png, err := chromedp.Run(b.ctx, chromedp.FullScreenshot(100))
	if err != nil {
		b.t.Fatalf("screenshot %s: %v", name, err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), png, 0o644); err != nil {
		b.t.Fatal(err)
	}
}

// TestBrowserWalkTheMethod walks the method in a real browser: create a
// project, capture an interview, accept a roll-up, confirm a match, set a
// material aside, see a hole and plan it, export.
func TestBrowserWalkTheMethod(t *testing.T) {
	ctx := browserTab(t)
	dir := artifactsDir(t)
	db, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "e2e.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	svc := service.New(db)
	srv, err := New(svc, testOptions())
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(srv)
	defer ts.Close()
	b := &e2e{t: t, ctx: ctx, base: ts.URL}

	// 0. The first visit asks for the owner.
	b.open("/")
	b.waitText("The first owner")
	b.do("fill the setup form",
		chromedp.SendKeys(chromedp.ID("s-name"), "Ana Ruiz"),
		chromedp.SendKeys(chromedp.ID("s-email"), "ana@example.com"),
		chromedp.SendKeys(chromedp.ID("s-pw"), testPassword),
		chromedp.SendKeys(chromedp.ID("s-pw2"), testPassword),
		chromedp.Click(chromedp.CSS(`form[action="/setup"] button[type=submit]`)),
	)
	b.waitText("Welcome, Ana Ruiz")

	// 1. Create a project.
	b.waitText("No projects yet")
	b.do("fill the new project form",
		chromedp.SendKeys(chromedp.ID("p-name"), "Field sales"),
		chromedp.Click(chromedp.CSS(`input[name=template][value=acd]`)),
		chromedp.SendKeys(chromedp.ID("p-sales"), "Lead\nDemo\nWon"),
		chromedp.Click(chromedp.CSS(`form[action="/projects"] button[type=submit]`)),
	)
	b.waitText(`Project "Field sales" created`)
	projects, _ := svc.Projects(context.Background(), false)
	if len(projects) != 1 {
		t.Fatalf("got %d projects, want 1", len(projects))
	}
	p := fmt.Sprintf("/projects/%d", projects[0].ID)

	// 2. Capture an interview: three activities over two transitions.
	b.open(p + "/interviews/new")
	b.waitText("What five activities do you have to do to get a buyer from Lead to Demo?")
	b.do("fill the interview",
		chromedp.SendKeys(chromedp.ID("i-name"), "Dana Reyes"),
		chromedp.SendKeys(chromedp.ID("i-role"), "Account Executive"),
		chromedp.SendKeys(chromedp.ID("i-region"), "West"),
		chromedp.SendKeys(chromedp.ID("a-0"), "present the ROI business case with the calculator"),
		chromedp.SendKeys(chromedp.ID("g-0"), "prove the savings to the CFO"),
		chromedp.SendKeys(chromedp.ID("a-1"), "send a customer case study from the same industry"),
		chromedp.SendKeys(chromedp.ID("g-1"), "show that peers succeeded"),
		chromedp.SendKeys(chromedp.ID("a-5"), "update the opportunity in the CRM"),
		chromedp.Click(chromedp.CSS(`.savebar button[type=submit]`)),
	)
	b.waitText("Interview with Dana Reyes saved (3 activities)")
	b.open(p + "/interviews")
	b.waitText("Dana Reyes")

	// Materials come from an upload, as a team would bring its library.
	csvPath := filepath.Join(t.TempDir(), "materials.csv")
	os.WriteFile(csvPath, []byte("material_id,title,type,description\nM1,ROI calculator,tool,Spreadsheet that computes the savings and payback of the business case\nM2,Company picnic photos,photo,Pictures of the summer party\n"), 0o644)
	b.open(p + "/import")
	b.do("upload the materials",
		chromedp.Click(chromedp.CSS(`input[name=kind][value=materials]`)),
		chromedp.SetUploadFiles(chromedp.ID("file"), []string{csvPath}),
		chromedp.Click(chromedp.CSS(`form[enctype] button[type=submit]`)),
	)
	b.waitText("Imported materials.csv (materials): 2 created")

	a, ws, err := svc.Analyze(context.Background(), projects[0].ID)
	if err != nil || len(a.Activities) < 2 {
		t.Fatalf("analysis: %v, %d activities", err, len(a.Activities))
	}
	var roi, caseStudy string
	for _, act := range a.Activities {
		for _, r := range ws.Responses {
			if r.ID == act.ResponseIDs[0] && strings.Contains(r.Activity, "ROI") {
				roi = act.ID
			}
			if r.ID == act.ResponseIDs[0] && strings.Contains(r.Activity, "case study") {
				caseStudy = act.ID
			}
		}
	}

	// 3. Accept an activity of the roll-up.
	b.open(p + "/rollup")
	b.waitText("Who said what")
	b.do("accept the ROI activity", chromedp.Click(chromedp.CSS(`#`+cssID(roi)+` form input[value=accept] ~ button`)))
	b.waitText("Accepted")
	// The case study is something Marketing serves: say so on its page.
	b.open(p + "/activities/" + caseStudy)
	b.do("mark the case study activity relevant",
		chromedp.SetValue(chromedp.ID("a-rel"), "true"),
		chromedp.Click(chromedp.CSS(`form:has(#a-rel) button`)),
	)
	b.waitText("as Marketing's")

	// 4. Confirm a match and set a material aside.
	b.open(p + "/materials")
	b.waitText("Coverage per buying stage")
	b.do("match the calculator to the ROI activity",
		chromedp.SendKeys(chromedp.ID("ch-M1"), roi),
		chromedp.Click(chromedp.CSS(`form:has(#ch-M1) button`)),
	)
	b.waitText(`Confirmed "ROI calculator" serves`)
	b.open(p + "/materials?show=set_aside")
	b.open(p + "/materials")
	b.waitText("Company picnic photos")
	setAside, _ := chromedp.Run(ctx, chromedp.Evaluate[bool]("!!document.querySelector('#sa-M2')"))
	if setAside {
		b.do("set the photos aside",
			chromedp.SendKeys(chromedp.ID("sa-M2"), "not for buyers"),
			chromedp.Click(chromedp.CSS(`form:has(#sa-M2) button`)),
		)
		b.waitText(`Set "Company picnic photos" aside: not for buyers`)
	} else {
		// The engine set it aside already: confirm that with a reason of
		// our own all the same, through the same decision.
		b.do("keep then set aside the photos", chromedp.Click(chromedp.CSS(`form:has(input[name=material][value=M2]) input[value=keep_material] ~ button`)))
		b.waitText(`Kept "Company picnic photos"`)
		b.do("set the photos aside",
			chromedp.SendKeys(chromedp.ID("sa-M2"), "not for buyers"),
			chromedp.Click(chromedp.CSS(`form:has(#sa-M2) button`)),
		)
		b.waitText(`aside: not for buyers`)
	}
	b.screenshot(dir, "materials.png")

	// 5. See the hole and put it on the road map.
	b.open(p + "/holes")
	b.waitText("#1")
	opened, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`(function(){ var d = document.getElementById('hole-`+caseStudy+`').querySelector('details.add-item'); d.querySelector('summary').click(); return d.open; })()`))
	if err != nil || !opened {
		t.Fatalf("open the road-map form of the hole: %v", err)
	}
	b.do("add a road-map item",
		chromedp.SetValue(chromedp.ID("t-"+caseStudy), "Case study: Acme plant"),
		chromedp.SetValue(chromedp.ID("o-"+caseStudy), "PMM"),
		chromedp.Click(chromedp.CSS(`#hole-`+cssID(caseStudy)+` form button[type=submit]`)),
	)
	b.waitText(`Road-map item "Case study: Acme plant" added (planned)`)
	b.open(p + "/roadmap?group=status")
	b.waitText("Case study: Acme plant")

	b.open(p + "/map")
	b.waitText("Legend:")
	b.screenshot(dir, "map.png")

	// 6. Export: the export page links the files; fetch one as a download.
	b.open(p + "/export")
	b.waitText("Download the project file")
	res, err := signedInClient(t, ts.URL, "ana@example.com").Get(ts.URL + p + "/export/report.md")
	if err != nil {
		t.Fatal(err)
	}
	md, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(md), "Case study: Acme plant") {
		t.Errorf("report.md: got %d without the road-map item:\n%s", res.StatusCode, truncate(string(md), 1500))
	}
}

// TestBrowserPhoneWidth checks that the map scrolls sideways in its own box
// at phone width rather than widening the page, and that focus is visible.
func TestBrowserPhoneWidth(t *testing.T) {
	ctx := browserTab(t)
	dir := artifactsDir(t)
	e := newTestEnv(t)
	ts := httptest.NewServer(e.srv)
	defer ts.Close()
	b := &e2e{t: t, ctx: ctx, base: ts.URL}
	b.do("phone viewport", chromedp.EmulateViewport(390, 844))
	b.open(fmt.Sprintf("/projects/%d/map", e.demo.ID))
	b.waitText("Forgot your password?")
	b.do("sign in",
		chromedp.SendKeys(chromedp.ID("l-email"), e.sess.user.Email),
		chromedp.SendKeys(chromedp.ID("l-pw"), testPassword),
		chromedp.Click(chromedp.CSS(`form[action="/login"] button[type=submit]`)),
	)
	b.waitText("Legend:")
	got, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.documentElement.scrollWidth, window.innerWidth, document.querySelector('.map-scroll').scrollWidth, document.querySelector('.map-scroll').clientWidth]`))
	if err != nil {
		t.Fatal(err)
	}
	if got[0] > got[1]+1 {
		wide, _ := chromedp.Run(ctx, chromedp.Evaluate[[]string](`Array.from(document.querySelectorAll('body *')).filter(function(e){ var r = e.getBoundingClientRect(); return r.right > window.innerWidth + 1 && !e.closest('.map, .table-wrap, .side'); }).slice(0, 8).map(function(e){ return e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right); })`))
		t.Logf("elements wider than the window: %q", wide)
		t.Errorf("the page is %d px wide in a %d px window: it should not scroll sideways", got[0], got[1])
	}
	if got[2] <= got[3] {
		t.Errorf("the map box is %d px of content in %d px: it should scroll sideways", got[2], got[3])
	}
	b.screenshot(dir, "map-phone.png")

	// At 1280 px the demo's six buying stages fit side by side.
	b.do("laptop viewport", chromedp.EmulateViewport(1280, 900))
	b.open(fmt.Sprintf("/projects/%d/map", e.demo.ID))
	b.waitText("Legend:")
	fit, err := chromedp.Run(ctx, chromedp.Evaluate[[]int](`[document.querySelectorAll('.map-col').length, document.querySelector('.map-scroll').scrollWidth, document.querySelector('.map-scroll').clientWidth]`))
	if err != nil {
		t.Fatal(err)
	}
	if fit[0] != 6 || fit[1] > fit[2]+1 {
		t.Errorf("the demo map has %d stages, %d px of content in %d px at 1280 px: want six that fit", fit[0], fit[1], fit[2])
	}
	b.screenshot(dir, "map-laptop.png")

	b.do("keyboard to the first link", chromedp.EmulateViewport(1280, 900))
	b.open("/")
	b.do("press Tab", chromedp.KeyEvent("\t"))
	focus, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(function(){ var a = document.activeElement; var s = getComputedStyle(a); return [a.className, s.outlineStyle, s.outlineWidth]; })()`))
	if err != nil || len(focus) != 3 || focus[1] == "none" || focus[2] == "0px" {
		t.Errorf("the element focused by Tab (%q, %v) shows no outline", focus, err)
	}

	// The demo's roll-up opens with the places to check.
	b.open(fmt.Sprintf("/projects/%d/rollup", e.demo.ID))
	b.waitText("Places to check")
	b.screenshot(dir, "rollup-checks.png")
}

// cssID escapes an id for a CSS selector: activity ids hold letters,
// digits and . _ : - of which . and : need escaping.
func cssID(id string) string {
	return strings.NewReplacer(".", `\.`, ":", `\:`).Replace(id)
}

// signedInClient signs in over HTTP, as a script would, and returns a
// client that sends the session cookie.
func signedInClient(t *testing.T, base, email string) *http.Client {
	t.Helper()
	jar, err := cookiejar.New(nil)
	if err != nil {
		t.Fatal(err)
	}
	c := &http.Client{Jar: jar}
	res, err := c.PostForm(base+"/login", url.Values{"email": {email}, "password": {testPassword}})
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.Request.URL.Path != "/" {
		t.Fatalf("sign in as %s: ended on %s with %d", email, res.Request.URL, res.StatusCode)
	}
	return c
}
