package store

import (
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// ImportMaterials upserts materials by id; new ones are appended in the
// order given, existing ones keep their place.
func (s *DB) ImportMaterials(ctx context.Context, projectID int64, materials []enablemap.Material) (enablemap.ImportResult, error) {
	seen := make(map[string]bool, len(materials))
	for i, m := range materials {
		field := fmt.Sprintf("materials[%d]", i)
		switch {
		case strings.TrimSpace(m.ID) == "":
			return enablemap.ImportResult{}, enablemap.FieldError(field+".id", "material %q has no id", m.Title)
		case strings.TrimSpace(m.Title) == "":
			return enablemap.ImportResult{}, enablemap.FieldError(field+".title", "material %q has no title", m.ID)
		case seen[m.ID]:
			return enablemap.ImportResult{}, enablemap.FieldError(field+".id", "material %q appears twice in the import", m.ID)
		}
		seen[m.ID] = true
	}
	var res enablemap.ImportResult
	err := s.write(ctx, func(tx *sql.Tx) error {
		res = enablemap.ImportResult{}
		if _, err := s.loadProject(ctx, tx, projectID, true); err != nil {
			return err
		}
		old, err := loadMaterials(ctx, tx, projectID)
		if err != nil {
			return err
		}
		byID := make(map[string]enablemap.Material, len(old))
		var lastPos int64
		for _, m := range old {
			byID[m.ID] = m
			lastPos = max(lastPos, int64(m.Position))
		}
		ins := newMaterialBatch(tx)
		upd, err := tx.PrepareContext(ctx, `UPDATE materials SET title = $3, type = $4, description = $5, url = $6, owner = $7, updated = $8, tags = $9
WHERE project_id = $1 AND id = $2`)
		if err != nil {
			return fmt.Errorf("prepare: %w", err)
		}
		defer upd.Close()
		for i, m := range materials {
			prev, exists := byID[m.ID]
			switch {
			case !exists:
				lastPos++
				if err := ins.add(ctx, projectID, m.ID, m.Title, m.Type, m.Description, m.URL, m.Owner, m.Updated, encodeList(m.Tags), lastPos); err != nil {
					return err
				}
				res.Created++
			case !sameMaterial(prev, m):
				if _, err := upd.ExecContext(ctx, projectID, m.ID, m.Title, m.Type, m.Description, m.URL, m.Owner, m.Updated, encodeList(m.Tags)); err != nil {
					return fmt.Errorf("update material %q: %w", m.ID, err)
				}
				res.Updated++
			default:
				res.Unchanged++
			}
			if (i+1)%1000 == 0 {
				reportProgress(ctx, i+1)
			}
		}
		return ins.flush(ctx)
	})
	if err != nil {
		return enablemap.ImportResult{}, err
	}
	return res, nil
}

func newMaterialBatch(tx *sql.Tx) *batchInsert {
	return newBatchInsert(tx, "materials", "project_id", "id", "title", "type", "description", "url", "owner", "updated", "tags", "position")
}

func sameMaterial(a, b enablemap.Material) bool {
	return a.Title == b.Title && a.Type == b.Type && a.Description == b.Description && a.URL == b.URL &&
		a.Owner == b.Owner && a.Updated == b.Updated && slices.Equal(a.Tags, b.Tags)
}

func loadMaterials(ctx context.Context, tx *sql.Tx, projectID int64) ([]enablemap.Material, error) {
	rows, err := tx.QueryContext(ctx, `SELECT id, title, type, description, url, owner, updated, tags, position
FROM materials WHERE project_id = $1 ORDER BY position`, projectID)
	if err != nil {
		return nil, fmt.Errorf("load materials: %w", err)
	}
	defer rows.Close()
	var out []enablemap.Material
	for rows.Next() {
		var (
			m    enablemap.Material
			tags string
			pos  int64
		)
		if err := rows.Scan(&m.ID, &m.Title, &m.Type, &m.Description, &m.URL, &m.Owner, &m.Updated, &tags, &pos); err != nil {
			return nil, fmt.Errorf("load materials: %w", err)
		}
		if m.Tags, err = decodeList(tags); err != nil {
			return nil, fmt.Errorf("material %q: tags: %w", m.ID, err)
		}
		m.Position = int(pos)
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, fmt.Errorf("load materials: %w", err)
	}
	return out, nil
}

// DeleteMaterial deletes one material.
func (s *DB) DeleteMaterial(ctx context.Context, projectID int64, materialID string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := s.loadProject(ctx, tx, projectID, true); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "DELETE FROM materials WHERE project_id = $1 AND id = $2", projectID, materialID)
		if err != nil {
			return fmt.Errorf("delete material %q: %w", materialID, err)
		}
		return mustAffect(res, notFound("material %q not found", materialID))
	})
}

// termKey folds a glossary term so that spellings differing in case are one.
func termKey(term string) string { return strings.ToLower(strings.TrimSpace(term)) }

// ImportGlossary upserts glossary terms by term, in any case; an update may
// change the term's spelling as well as its meaning.
func (s *DB) ImportGlossary(ctx context.Context, projectID int64, terms []enablemap.GlossaryTerm) (enablemap.ImportResult, error) {
	seen := make(map[string]bool, len(terms))
	for i, g := range terms {
		field := fmt.Sprintf("glossary[%d]", i)
		k := termKey(g.Term)
		switch {
		case k == "":
			return enablemap.ImportResult{}, enablemap.FieldError(field+".term", "a glossary term (meaning %q) is empty", g.Meaning)
		case strings.TrimSpace(g.Meaning) == "":
			return enablemap.ImportResult{}, enablemap.FieldError(field+".meaning", "glossary term %q has no meaning", g.Term)
		case seen[k]:
			return enablemap.ImportResult{}, enablemap.FieldError(field+".term", "glossary term %q appears twice in the import", g.Term)
		}
		seen[k] = true
	}
	var res enablemap.ImportResult
	err := s.write(ctx, func(tx *sql.Tx) error {
		res = enablemap.ImportResult{}
		if _, err := s.loadProject(ctx, tx, projectID, true); err != nil {
			return err
		}
		old, positions, err := loadGlossary(ctx, tx, projectID)
		if err != nil {
			return err
		}
		byKey := make(map[string]enablemap.GlossaryTerm, len(old))
		var lastPos int64
		for i, g := range old {
			byKey[termKey(g.Term)] = g
			lastPos = max(lastPos, positions[i])
		}
		for _, g := range terms {
			k := termKey(g.Term)
			prev, exists := byKey[k]
			switch {
			case !exists:
				lastPos++
				if _, err := tx.ExecContext(ctx, "INSERT INTO glossary_terms (project_id, term_key, term, meaning, position) VALUES ($1, $2, $3, $4, $5)",
					projectID, k, g.Term, g.Meaning, lastPos); err != nil {
					return fmt.Errorf("insert glossary term %q: %w", g.Term, err)
				}
				res.Created++
			case prev != g:
				if _, err := tx.ExecContext(ctx, "UPDATE glossary_terms SET term = $3, meaning = $4 WHERE project_id = $1 AND term_key = $2",
					projectID, k, g.Term, g.Meaning); err != nil {
					return fmt.Errorf("update glossary term %q: %w", g.Term, err)
				}
				res.Updated++
			default:
				res.Unchanged++
			}
		}
		return nil
	})
	if err != nil {
		return enablemap.ImportResult{}, err
	}
	return res, nil
}

func loadGlossary(ctx context.Context, tx *sql.Tx, projectID int64) ([]enablemap.GlossaryTerm, []int64, error) {
	rows, err := tx.QueryContext(ctx, "SELECT term, meaning, position FROM glossary_terms WHERE project_id = $1 ORDER BY position", projectID)
	if err != nil {
		return nil, nil, fmt.Errorf("load glossary: %w", err)
	}
	defer rows.Close()
	var (
		out       []enablemap.GlossaryTerm
		positions []int64
	)
	for rows.Next() {
		var (
			g   enablemap.GlossaryTerm
			pos int64
		)
		if err := rows.Scan(&g.Term, &g.Meaning, &pos); err != nil {
			return nil, nil, fmt.Errorf("load glossary: %w", err)
		}
		out = append(out, g)
		positions = append(positions, pos)
	}
	if err := rows.Err(); err != nil {
		return nil, nil, fmt.Errorf("load glossary: %w", err)
	}
	return out, positions, nil
}

// DeleteGlossaryTerm deletes a glossary term, named in any case.
func (s *DB) DeleteGlossaryTerm(ctx context.Context, projectID int64, term string) error {
	return s.write(ctx, func(tx *sql.Tx) error {
		if _, err := s.loadProject(ctx, tx, projectID, true); err != nil {
			return err
		}
		res, err := tx.ExecContext(ctx, "DELETE FROM glossary_terms WHERE project_id = $1 AND term_key = $2", projectID, termKey(term))
		if err != nil {
			return fmt.Errorf("delete glossary term %q: %w", term, err)
		}
		return mustAffect(res, notFound("glossary term %q not found", term))
	})
}
