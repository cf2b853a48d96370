package web

import (
	"bytes"
	"context"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"mime"
	"net/http"
	"net/url"
	"path"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/report"
	"github.com/enablemap/enablemap/internal/service"
)

//go:embed templates/*.html
var templateFS embed.FS

//go:embed static
var staticFS embed.FS

// contentSecurityPolicy allows nothing but the application's own assets:
// no inline script or style, no third party.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// maxFormBody caps an ordinary form post; imports have their own cap.
const maxFormBody = 1 << 20

// asset is one static file with the hash its URL carries.
type asset struct {
	name, hash, ctype string
	body              []byte
}

// assetSet holds the static files, looked up by name.
type assetSet struct {
	byName map[string]*asset
}

func loadAssets() (*assetSet, error) {
	set := &assetSet{byName: map[string]*asset{}}
	err := fs.WalkDir(staticFS, "static", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		body, err := staticFS.ReadFile(p)
		if err != nil {
			return err
		}
		sum := sha256.Sum256(body)
		name := path.Base(p)
		ctype := mime.TypeByExtension(path.Ext(name))
		if ctype == "" {
			ctype = "application/octet-stream"
		}
		set.byName[name] = &asset{name: name, hash: hex.EncodeToString(sum[:])[:12], ctype: ctype, body: body}
		return nil
	})
	return set, err
}

// url returns the address of an asset; the hash in it changes with the
// content, so browsers may cache it for ever.
func (a *assetSet) url(name string) (string, error) {
	as, ok := a.byName[name]
	if !ok {
		return "", fmt.Errorf("no asset %q", name)
	}
	return "/assets/" + as.hash + "/" + as.name, nil
}

func (s *Server) serveAsset(w http.ResponseWriter, r *http.Request) {
	as, ok := s.assets.byName[r.PathValue("name")]
	if !ok {
		s.notFound(w, r)
		return
	}
	w.Header().Set("Content-Type", as.ctype)
	if r.PathValue("hash") == as.hash {
		w.Header().Set("Cache-Control", "public, max-age=31536000, immutable")
	} else {
		// An old page asking for an old version gets the current one, not
		// cached, so the next deploy does not pin it.
		w.Header().Set("Cache-Control", "no-cache")
	}
	http.ServeContent(w, r, as.name, time.Time{}, bytes.NewReader(as.body))
}

// pageSet holds one parsed template per page, each joined with the layout.
// reviewArgs is what the "review" template shows of an interview.
type reviewArgs struct {
	ProjectID int64
	Interview enablemap.Interview
	Back      string
}

// checkArgs is what the "check" template shows of one place to check in
// the roll-up: the check, where its forms post and return, and the error
// of its refused form.
type checkArgs struct {
	service.ReviewCheck
	ProjectID int64
	// On is the id of the activity whose page shows the check; "" on the
	// roll-up.
	On     string
	Back   string
	Target string
	Error  string
}

func newCheckArgs(c service.ReviewCheck, page pager, on string) checkArgs {
	p := page.base()
	args := checkArgs{ReviewCheck: c, On: on, Back: p.Here + "#checks", Target: "check-" + c.Key()}
	if p.Project != nil {
		args.ProjectID = p.Project.ID
	}
	args.Error = p.ErrorFor(args.Target)
	return args
}

// Link is the address of an activity of the check: its card on the
// roll-up, its own page elsewhere.
func (a checkArgs) Link(act enablemap.Activity) string {
	if a.On == "" {
		return "#" + act.ID
	}
	return fmt.Sprintf("/projects/%d/activities/%s", a.ProjectID, url.PathEscape(act.ID))
}

// MovesHere reports whether the check's response may belong to the
// activity whose page shows it.
func (a checkArgs) MovesHere() bool { return a.On != "" && a.IsMove() && a.Other.ID == a.On }

type pageSet struct {
	byName map[string]*template.Template
}

func parsePages(assets *assetSet) (*pageSet, error) {
	funcs := template.FuncMap{
		"asset":   assets.url,
		"score":   formatScore,
		"percent": func(f float64) string { return fmt.Sprintf("%.0f%%", f*100) },
		// words writes a code such as "confirm_match" as words.
		"words": func(s any) string { return strings.ReplaceAll(fmt.Sprint(s), "_", " ") },
		// sentence starts a message with a capital letter.
		"sentence": func(s string) string {
			for i, r := range s {
				return string(unicode.ToUpper(r)) + s[i+utf8.RuneLen(r):]
			}
			return s
		},
		"join":       strings.Join,
		"plural":     plural,
		"add":        func(a, b int) int { return a + b },
		"coverage":   func(c any) string { return report.Coverage(fmt.Sprint(c)).Label() },
		"status":     func(st any) string { return statusLabel(enablemap.RoadmapStatus(fmt.Sprint(st))) },
		"transition": func(from, to string) string { return from + " → " + to },
		"lower":      strings.ToLower,
		"truncate":   truncate,
		"reviewArgs": func(projectID int64, in enablemap.Interview, back string) reviewArgs {
			return reviewArgs{ProjectID: projectID, Interview: in, Back: back}
		},
		"checkArgs": newCheckArgs,
	}
	base, err := template.New("layout.html").Funcs(funcs).ParseFS(templateFS, "templates/layout.html", "templates/_*.html")
	if err != nil {
		return nil, err
	}
	names, err := fs.Glob(templateFS, "templates/*.html")
	if err != nil {
		return nil, err
	}
	set := &pageSet{byName: map[string]*template.Template{}}
	for _, n := range names {
		name := path.Base(n)
		if name == "layout.html" || strings.HasPrefix(name, "_") {
			continue
		}
		t, err := template.Must(base.Clone()).ParseFS(templateFS, n)
		if err != nil {
			return nil, err
		}
		set.byName[strings.TrimSuffix(name, ".html")] = t
	}
	return set, nil
}

// Page is what every page shows around its content: the title, the
// project and its navigation, the flash message of the last action and the
// error of a form that was refused.
type Page struct {
	Title   string
	Section string // the navigation entry to highlight
	Project *enablemap.Project
	Flash   string
	Form    *formState
	// Here is the page's own address, posted back by its forms so that an
	// action returns to the page it came from.
	Here string

	// Who is signed in, in which workspace and with which role; filled by
	// render from the request.
	User      *enablemap.User
	TeamID    int64
	TeamName  string
	Role      string
	Teams     []enablemap.Member
	CSRFToken string
	// Bare pages (sign-in, setup, contributor links) show no navigation.
	Bare bool
	// BaseSeq is the newest decision number the page was made from, put
	// into its decision forms so that a stale save is refused; "" for none.
	BaseSeq string
}

// IsOwner and CanEdit let templates offer only what the role allows; the
// routes enforce it regardless.
func (p *Page) IsOwner() bool { return p.Role == "owner" }

// CanEdit reports whether the signed-in member may change projects.
func (p *Page) CanEdit() bool { return p.Role == "owner" || p.Role == "editor" }

func (p *Page) base() *Page { return p }

// ErrorFor returns the message of a refused form when it came from the form
// named target and, when fields are given, names one of them (or no field).
func (p *Page) ErrorFor(target string, fields ...string) string {
	f := p.Form
	if f == nil || f.Target != target {
		return ""
	}
	if len(fields) == 0 || f.Field == "" {
		return f.Message
	}
	for _, fl := range fields {
		if f.Field == fl || strings.HasPrefix(f.Field, fl+".") {
			return f.Message
		}
	}
	return ""
}

// Value returns what was typed into a field of the refused form named
// target, or def when the page is not showing a refused form.
func (p *Page) Value(target, name, def string) string {
	if p.Form == nil || p.Form.Target != target {
		return def
	}
	return p.Form.Values.Get(name)
}

// formState is a refused form: the page it came from is rendered again
// with the error next to the field it names and what was typed kept.
type formState struct {
	Status  int
	Message string
	Field   string
	Target  string
	Values  url.Values
}

type stateKey struct{}

func stateFrom(ctx context.Context) *formState {
	st, _ := ctx.Value(stateKey{}).(*formState)
	return st
}

type pager interface{ base() *Page }

// render executes a page template into a buffer first, so that a template
// error becomes a clean 500 rather than half a page.
func (s *Server) render(w http.ResponseWriter, r *http.Request, status int, name string, data pager) {
	t, ok := s.pages.byName[name]
	if !ok {
		s.serverError(w, r, fmt.Errorf("no template %q", name))
		return
	}
	p := data.base()
	if p.Here == "" {
		p.Here = r.URL.RequestURI()
	}
	if st := stateFrom(r.Context()); st != nil {
		p.Form = st
		status = st.Status
	}
	if msg, ok := readFlash(w, r); ok {
		p.Flash = msg
	}
	if id := identityOf(r.Context()); id != nil && id.session != nil && !p.Bare {
		u := id.user
		p.User, p.TeamID, p.TeamName, p.Role, p.Teams = &u, id.team.ID, id.team.Name, string(id.role), id.teams
		p.CSRFToken = id.session.CSRF
	}
	var buf bytes.Buffer
	if err := t.ExecuteTemplate(&buf, "layout.html", data); err != nil {
		s.serverError(w, r, fmt.Errorf("render %s: %w", name, err))
		return
	}
	out := addFormTokens(buf.Bytes(), p.CSRFToken, p.BaseSeq)
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("Content-Security-Policy", contentSecurityPolicy)
	w.WriteHeader(status)
	w.Write(out)
}

// page adapts a page handler that may fail.
func (s *Server) page(fn func(w http.ResponseWriter, r *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := fn(w, r); err != nil {
			s.errorPage(w, r, err)
		}
	}
}

// actionFunc changes state and says where to go next and what to tell.
type actionFunc func(r *http.Request) (next, flash string, err error)

// action adapts a form post: parse the form, act, then redirect (303) to a
// page with a flash message; a refused form shows its page again with the
// error.
func (s *Server) action(fn actionFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		r.Body = http.MaxBytesReader(w, r.Body, maxFormBody)
		if err := r.ParseForm(); err != nil {
			s.errorPage(w, r, &statusError{status: statusOf(err), err: enablemap.Errorf(enablemap.EINVALID, "the form could not be read: %v", err)})
			return
		}
		next, msg, err := fn(r)
		if err != nil {
			s.refuse(w, r, err)
			return
		}
		s.redirect(w, r, next, msg)
	}
}

func (s *Server) redirect(w http.ResponseWriter, r *http.Request, to, msg string) {
	if msg != "" {
		setFlash(w, msg)
	}
	http.Redirect(w, r, to, http.StatusSeeOther)
}

// backOf returns the local page a form came from (its "back" field), or
// def. Only paths on this site are accepted, never another host.
func backOf(r *http.Request, def string) string {
	b := r.FormValue("back")
	if b == "" || !strings.HasPrefix(b, "/") || strings.HasPrefix(b, "//") || strings.ContainsAny(b, "\\\r\n") {
		return def
	}
	return b
}

// refuse shows a refused form: invalid input and conflicts render the page
// the form came from again, with the message next to the field; other
// errors get the error page.
func (s *Server) refuse(w http.ResponseWriter, r *http.Request, err error) {
	code := enablemap.ErrorCode(err)
	if code != enablemap.EINVALID && code != enablemap.ECONFLICT {
		s.errorPage(w, r, err)
		return
	}
	var e *enablemap.Error
	errors.As(err, &e)
	st := &formState{Status: statusOf(err), Message: e.Message, Field: e.Field, Target: r.FormValue("target"), Values: r.PostForm}
	if e.File != "" || e.Row > 0 {
		st.Message = e.Error()
	}
	back := backOf(r, "")
	if back == "" {
		s.errorPage(w, r, err)
		return
	}
	u, perr := url.Parse(back)
	if perr != nil {
		s.errorPage(w, r, err)
		return
	}
	r2 := r.Clone(context.WithValue(r.Context(), stateKey{}, st))
	r2.Method = http.MethodGet
	r2.URL = u
	r2.RequestURI = back
	r2.Body = http.NoBody
	r2.ContentLength = 0
	r2.Form, r2.PostForm, r2.MultipartForm = nil, nil, nil
	s.mux.ServeHTTP(w, r2)
}

// errorPage shows an error as a page with the status of its code. Internal
// errors are logged once here and shown as a short message.
func (s *Server) errorPage(w http.ResponseWriter, r *http.Request, err error) {
	status := statusOf(err)
	msg := enablemap.ErrorMessage(err)
	if status >= 500 {
		s.logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
		msg = "Something went wrong on our side; the error was logged. Try again, or go back."
	}
	data := &errorData{Page: Page{Title: http.StatusText(status)}, Status: status, Message: msg}
	if pid, perr := strconv.ParseInt(r.PathValue("id"), 10, 64); perr == nil && status != http.StatusNotFound {
		if p, perr := s.svc.Project(r.Context(), pid); perr == nil {
			data.Project = &p
		}
	}
	s.render(w, r.WithContext(context.WithValue(r.Context(), stateKey{}, (*formState)(nil))), status, "error", data)
}

type errorData struct {
	Page
	Status  int
	Message string
}

// serverError is the last resort when even the error page cannot render.
func (s *Server) serverError(w http.ResponseWriter, r *http.Request, err error) {
	s.logger.Error("request failed", "method", r.Method, "path", r.URL.Path, "err", err)
	http.Error(w, "internal error", http.StatusInternalServerError)
}

func (s *Server) notFound(w http.ResponseWriter, r *http.Request) {
	s.errorPage(w, r, enablemap.Errorf(enablemap.ENOTFOUND, "There is no page at %s.", r.URL.Path))
}

const flashCookie = "enablemap_flash"

func setFlash(w http.ResponseWriter, msg string) {
	http.SetCookie(w, &http.Cookie{Name: flashCookie, Value: base64.RawURLEncoding.EncodeToString([]byte(truncate(msg, 600))),
		Path: "/", HttpOnly: true, SameSite: http.SameSiteLaxMode})
}

// readFlash takes the flash message of the last action and clears it, so
// it shows once.
func readFlash(w http.ResponseWriter, r *http.Request) (string, bool) {
	c, err := r.Cookie(flashCookie)
	if err != nil {
		return "", false
	}
	http.SetCookie(w, &http.Cookie{Name: flashCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteLaxMode})
	b, err := base64.RawURLEncoding.DecodeString(c.Value)
	if err != nil {
		return "", false
	}
	return string(b), true
}

func formatScore(f float64) string {
	s := strconv.FormatFloat(f, 'f', 2, 64)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "" || s == "-0" {
		return "0"
	}
	return s
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	if strings.HasSuffix(noun, "y") && !strings.HasSuffix(noun, "ay") && !strings.HasSuffix(noun, "ey") {
		return strconv.Itoa(n) + " " + strings.TrimSuffix(noun, "y") + "ies"
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

func statusLabel(s enablemap.RoadmapStatus) string {
	switch s {
	case enablemap.InProgress:
		return "in progress"
	case enablemap.Done:
		return "done"
	}
	return "planned"
}

func truncate(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8Start(s[n]) {
		n--
	}
	return s[:n] + "…"
}

func utf8Start(b byte) bool { return b&0xC0 != 0x80 }

// projectOf loads the project named by the {id} of the path.
func (s *Server) projectOf(r *http.Request) (enablemap.Project, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return enablemap.Project{}, enablemap.Errorf(enablemap.ENOTFOUND, "There is no project %q.", r.PathValue("id"))
	}
	return s.svc.Project(r.Context(), id)
}

// analysisOf loads the project of the path and analyses it.
func (s *Server) analysisOf(r *http.Request) (enablemap.Analysis, enablemap.Workspace, error) {
	id, err := strconv.ParseInt(r.PathValue("id"), 10, 64)
	if err != nil || id <= 0 {
		return enablemap.Analysis{}, enablemap.Workspace{}, enablemap.Errorf(enablemap.ENOTFOUND, "There is no project %q.", r.PathValue("id"))
	}
	return s.svc.Analyze(r.Context(), id)
}

func projectPath(p enablemap.Project, rest string) string {
	return "/projects/" + strconv.FormatInt(p.ID, 10) + rest
}
