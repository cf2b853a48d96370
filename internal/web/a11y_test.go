package web

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"
	"testing"
)

var (
	idAttr       = regexp.MustCompile(`\sid="([^"]*)"`)
	labelledBy   = regexp.MustCompile(`aria-labelledby="([^"]*)"`)
	labelForAttr = regexp.MustCompile(`<label[^>]*\sfor="([^"]*)"`)
)

// Every page's ids are single tokens and unique, and every aria-labelledby
// and label for= names an id of the page, so screen readers find the labels.
func TestPagesLabelsPointAtIDs(t *testing.T) {
	e := newTestEnv(t)
	a, ws := e.analysis(t)
	p := fmt.Sprintf("/projects/%d", e.demo.ID)
	pages := []string{"/", p, p + "/settings", p + "/guide", p + "/interviews", p + "/interviews/new",
		p + "/interviews/" + ws.Interviews[0].ID, p + "/rollup", p + "/glossary", p + "/map", p + "/map?relevance=relevant",
		p + "/activities/" + a.Activities[0].ID, p + "/materials", p + "/holes", p + "/roadmap", p + "/roadmap?by=status",
		p + "/report", p + "/decisions", p + "/import", p + "/export"}
	// Both activities of a place to check, whose pages show it
	// (TestPlacesToCheck fails when the demo has none).
	if len(a.Review) > 0 {
		pages = append(pages, p+"/activities/"+a.Review[0].ActivityID, p+"/activities/"+a.Review[0].OtherActivityID)
	}
	for _, path := range pages {
		t.Run(path, func(t *testing.T) {
			rec := e.do(http.MethodGet, path, nil)
			if rec.Code != http.StatusOK {
				t.Fatalf("got %d", rec.Code)
			}
			checkLabels(t, rec.Body.String())
		})
	}
}

// checkLabels checks that a page's ids are single tokens and unique, and
// that every aria-labelledby and label for= names one of them.
func checkLabels(t *testing.T, body string) {
	t.Helper()
	ids := map[string]bool{}
	for _, m := range idAttr.FindAllStringSubmatch(body, -1) {
		id := m[1]
		if id == "" || strings.ContainsAny(id, " \t\n") {
			t.Errorf("id %q is not a single token", id)
		}
		if ids[id] {
			t.Errorf("id %q appears twice", id)
		}
		ids[id] = true
	}
	for _, m := range labelledBy.FindAllStringSubmatch(body, -1) {
		for _, ref := range strings.Fields(m[1]) {
			if !ids[ref] {
				t.Errorf("aria-labelledby names %q, which no element has", ref)
			}
		}
	}
	for _, m := range labelForAttr.FindAllStringSubmatch(body, -1) {
		if !ids[m[1]] {
			t.Errorf("a label is for %q, which no element has", m[1])
		}
	}
}
