package service

import (
	"context"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// maxGuideLines bounds the length of a stored interview guide.
const maxGuideLines = 300

// ProjectGuide returns the project's interview guide: the stored one, or
// the default built from its sales stages. Every question that asks for
// wants carries a warning and a rewording.
func ProjectGuide(p enablemap.Project) []GuideSection {
	if len(p.Guide) == 0 {
		out := DefaultGuide(p)
		for i := range out {
			for j := range out[i].Questions {
				q := &out[i].Questions[j]
				q.Warning, q.Suggestion, _ = DetectWantQuestion(q.Text)
			}
		}
		return out
	}
	var out []GuideSection
	for _, line := range p.Guide {
		if title, ok := strings.CutPrefix(line, "# "); ok {
			out = append(out, GuideSection{Title: strings.TrimSpace(title)})
			continue
		}
		if len(out) == 0 {
			out = append(out, GuideSection{Title: "Questions"})
		}
		q := GuideQuestion{Kind: "custom", Text: line}
		q.Warning, q.Suggestion, _ = DetectWantQuestion(line)
		last := &out[len(out)-1]
		last.Questions = append(last.Questions, q)
	}
	return out
}

// GuideText writes a guide as the text a user edits: a line "# Title" starts
// a section, every other line is a question.
func GuideText(sections []GuideSection) string {
	var b strings.Builder
	for i, s := range sections {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString("# " + s.Title + "\n")
		for _, q := range s.Questions {
			b.WriteString(q.Text + "\n")
		}
	}
	return b.String()
}

// SaveGuide stores the interview guide typed as text (see GuideText); an
// empty text restores the default guide. version must be the project's
// current version. Questions that ask for wants are stored as typed: the
// guide page keeps warning about them.
func (s *Service) SaveGuide(ctx context.Context, projectID int64, text string, version int64) (enablemap.Project, error) {
	p, err := s.store.Project(ctx, projectID)
	if err != nil {
		return p, err
	}
	var lines []string
	for _, line := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if strings.HasPrefix(line, "#") {
			line = "# " + strings.TrimSpace(strings.TrimLeft(line, "#"))
			if line == "# " {
				continue
			}
		}
		if len(line) > 1000 {
			return p, enablemap.FieldError("guide", "line %d is longer than 1000 characters", len(lines)+1)
		}
		lines = append(lines, line)
	}
	if len(lines) > maxGuideLines {
		return p, enablemap.FieldError("guide", "the guide has more than %d lines", maxGuideLines)
	}
	hasQuestion := false
	for _, l := range lines {
		if !strings.HasPrefix(l, "# ") {
			hasQuestion = true
		}
	}
	if len(lines) > 0 && !hasQuestion {
		return p, enablemap.FieldError("guide", "the guide has headings but no questions")
	}
	before := p.Guide
	p.Guide = lines
	p.Version = version
	if err := s.store.UpdateProject(ctx, &p); err != nil {
		return p, err
	}
	return p, s.audit(ctx, p.ID, "save interview guide", p.Name, before, p.Guide)
}
