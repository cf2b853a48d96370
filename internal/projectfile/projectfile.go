// Package projectfile writes a whole project as one JSON document and reads
// it back, to export and restore a project or move it between databases.
//
// The document holds what a person made, not how a database stored it: no
// database ids, versions or row timestamps, only the decisions' creation
// times. Encoding is deterministic (fixed key order, two-space indentation,
// items in a fixed order), so Encode(Decode(Encode(ws))) gives the same bytes
// as Encode(ws) and exports can be compared with diff.
package projectfile

import (
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

const (
	// Format names the document kind in its "format" field.
	Format = "enablemap-project"
	// Version is the only document version this package reads and writes.
	// A change that older readers would misread gets a new version.
	Version = 1
	// MaxBytes is the largest document Decode reads.
	MaxBytes = 256 << 20
)

type document struct {
	Format     string         `json:"format"`
	Version    int            `json:"version"`
	Project    projectDoc     `json:"project"`
	Interviews []interviewDoc `json:"interviews"`
	Glossary   []termDoc      `json:"glossary"`
	Materials  []materialDoc  `json:"materials"`
	Decisions  []decisionDoc  `json:"decisions"`
	Roadmap    []roadmapDoc   `json:"roadmap"`
}

type projectDoc struct {
	Name         string   `json:"name"`
	Description  string   `json:"description"`
	Archived     bool     `json:"archived"`
	SalesStages  []string `json:"sales_stages"`
	BuyingStages []string `json:"buying_stages"`
	Guide        []string `json:"guide,omitempty"` // empty: the default guide
}

type interviewDoc struct {
	ID          string        `json:"id"`
	Interviewee string        `json:"interviewee"`
	Role        string        `json:"role"`
	Region      string        `json:"region"`
	Date        string        `json:"date"`
	Interviewer string        `json:"interviewer"`
	FromLink    bool          `json:"from_link"`
	Responses   []responseDoc `json:"responses"`
}

type responseDoc struct {
	ID        string `json:"id"`
	Position  int    `json:"position"`
	FromStage string `json:"from_stage"`
	ToStage   string `json:"to_stage"`
	Activity  string `json:"activity"`
	Goal      string `json:"goal"`
	Notes     string `json:"notes"`
}

type termDoc struct {
	Term    string `json:"term"`
	Meaning string `json:"meaning"`
}

type materialDoc struct {
	ID          string   `json:"id"`
	Position    int      `json:"position"`
	Title       string   `json:"title"`
	Type        string   `json:"type"`
	Description string   `json:"description"`
	URL         string   `json:"url"`
	Owner       string   `json:"owner"`
	Updated     string   `json:"updated"`
	Tags        []string `json:"tags"`
}

// decisionDoc has no seq: the order of the list is the order the decisions
// apply in, and a store numbers them afresh on restore.
type decisionDoc struct {
	Kind            string `json:"kind"`
	ResponseID      string `json:"response_id"`
	OtherResponseID string `json:"other_response_id"`
	MaterialID      string `json:"material_id"`
	Text            string `json:"text"`
	Reason          string `json:"reason"`
	Author          string `json:"author"`
	CreatedAt       string `json:"created_at,omitempty"`
}

type roadmapDoc struct {
	ResponseID string `json:"response_id"`
	Kind       string `json:"kind"`
	Title      string `json:"title"`
	Owner      string `json:"owner"`
	Due        string `json:"due"`
	Status     string `json:"status"`
}

// Encode writes ws as a project document. Responses are nested in their
// interview and ordered by Position, materials by Position and decisions by
// Seq. A response whose interview is not in ws is refused, since the document
// could not place it.
func Encode(w io.Writer, ws enablemap.Workspace) error {
	doc, err := toDocument(ws)
	if err != nil {
		return err
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Activities and notes hold "&" and "<" often; keep them readable.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(doc); err != nil {
		return fmt.Errorf("write project file: %w", err)
	}
	return nil
}

func toDocument(ws enablemap.Workspace) (document, error) {
	p := ws.Project
	doc := document{
		Format:  Format,
		Version: Version,
		Project: projectDoc{
			Name:         p.Name,
			Description:  p.Description,
			Archived:     p.Archived,
			SalesStages:  nonNil(p.SalesStages),
			BuyingStages: nonNil(p.BuyingStages),
			Guide:        p.Guide,
		},
		Interviews: make([]interviewDoc, 0, len(ws.Interviews)),
		Glossary:   make([]termDoc, 0, len(ws.Glossary)),
		Materials:  make([]materialDoc, 0, len(ws.Materials)),
		Decisions:  make([]decisionDoc, 0, len(ws.Decisions)),
		Roadmap:    make([]roadmapDoc, 0, len(ws.Roadmap)),
	}
	index := map[string]int{}
	for _, in := range ws.Interviews {
		if _, dup := index[in.ID]; dup {
			return document{}, enablemap.Errorf(enablemap.EINVALID, "interview %q appears twice in the project", in.ID)
		}
		index[in.ID] = len(doc.Interviews)
		doc.Interviews = append(doc.Interviews, interviewDoc{
			ID: in.ID, Interviewee: in.Interviewee, Role: in.Role, Region: in.Region, Date: in.Date,
			Interviewer: in.Interviewer, FromLink: in.FromLink, Responses: []responseDoc{},
		})
	}
	responses := append([]enablemap.Response(nil), ws.Responses...)
	sort.SliceStable(responses, func(i, j int) bool { return responses[i].Position < responses[j].Position })
	for _, r := range responses {
		i, ok := index[r.InterviewID]
		if !ok {
			return document{}, enablemap.Errorf(enablemap.EINVALID, "response %q belongs to interview %q, which is not in the project", r.ID, r.InterviewID)
		}
		doc.Interviews[i].Responses = append(doc.Interviews[i].Responses, responseDoc{
			ID: r.ID, Position: r.Position, FromStage: r.FromStage, ToStage: r.ToStage,
			Activity: r.Activity, Goal: r.Goal, Notes: r.Notes,
		})
	}
	for _, g := range ws.Glossary {
		doc.Glossary = append(doc.Glossary, termDoc{Term: g.Term, Meaning: g.Meaning})
	}
	materials := append([]enablemap.Material(nil), ws.Materials...)
	sort.SliceStable(materials, func(i, j int) bool { return materials[i].Position < materials[j].Position })
	for _, m := range materials {
		doc.Materials = append(doc.Materials, materialDoc{
			ID: m.ID, Position: m.Position, Title: m.Title, Type: m.Type, Description: m.Description,
			URL: m.URL, Owner: m.Owner, Updated: m.Updated, Tags: nonNil(m.Tags),
		})
	}
	decisions := append([]enablemap.Decision(nil), ws.Decisions...)
	sort.SliceStable(decisions, func(i, j int) bool { return decisions[i].Seq < decisions[j].Seq })
	for _, d := range decisions {
		dd := decisionDoc{
			Kind: string(d.Kind), ResponseID: d.ResponseID, OtherResponseID: d.OtherResponseID,
			MaterialID: d.MaterialID, Text: d.Text, Reason: d.Reason, Author: d.Author,
		}
		if !d.CreatedAt.IsZero() {
			dd.CreatedAt = d.CreatedAt.UTC().Format(time.RFC3339)
		}
		doc.Decisions = append(doc.Decisions, dd)
	}
	for _, it := range ws.Roadmap {
		doc.Roadmap = append(doc.Roadmap, roadmapDoc{
			ResponseID: it.ResponseID, Kind: it.Kind, Title: it.Title, Owner: it.Owner, Due: it.Due, Status: string(it.Status),
		})
	}
	return doc, nil
}

// nonNil makes an absent list and an empty one encode alike, as [].
func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}
