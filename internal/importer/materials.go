package importer

import (
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

var materialColumns = []column{
	{name: "material_id", required: true, maxLen: MaxNameLen, aliases: []string{"id"}},
	{name: "title", required: true, maxLen: 1000, aliases: []string{"name"}},
	{name: "type", maxLen: MaxNameLen, aliases: []string{"material_type", "format"}},
	{name: "description", maxLen: MaxTextLen, multiline: true},
	{name: "url", maxLen: MaxURLLen, aliases: []string{"link"}},
	{name: "owner", maxLen: MaxNameLen},
	{name: "updated", maxLen: MaxNameLen, aliases: []string{"last_updated", "updated_at", "date"}},
	{name: "tags", maxLen: MaxTextLen},
}

func parseMaterials(t *table) ([]enablemap.Material, error) {
	c := &collector{file: t.file}
	b, ok := bind(t, materialColumns, c)
	if !ok {
		return nil, c.err()
	}
	order := b.dateOrder("updated")
	out := make([]enablemap.Material, 0, len(t.rows))
	idRow := make(map[string]int, len(t.rows))
	for _, r := range t.rows {
		b.checkWidth(r)
		m := enablemap.Material{
			ID:          b.value(r, "material_id"),
			Title:       b.value(r, "title"),
			Type:        b.value(r, "type"),
			Description: b.value(r, "description"),
			URL:         b.value(r, "url"),
			Owner:       b.value(r, "owner"),
			Updated:     b.date(r, "updated", order),
			Tags:        splitTags(b.value(r, "tags")),
			Position:    len(out) + 1,
		}
		if m.ID != "" {
			if prev, dup := idRow[m.ID]; dup {
				c.add(r.num, b.label["material_id"], "material id %q is already used on row %d", m.ID, prev)
			} else {
				idRow[m.ID] = r.num
			}
		}
		out = append(out, m)
	}
	if err := c.err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fileError(t.file, "the file has a header row but no materials")
	}
	return out, nil
}

// splitTags splits on semicolons and commas, trims, drops empty tags and
// repeats (ignoring case), keeping the first spelling.
func splitTags(s string) []string {
	var tags []string
next:
	for _, tag := range strings.FieldsFunc(s, func(r rune) bool { return r == ';' || r == ',' }) {
		tag = strings.TrimSpace(tag)
		if tag == "" {
			continue
		}
		// A material has a handful of tags: a scan beats a map.
		for _, t := range tags {
			if strings.EqualFold(t, tag) {
				continue next
			}
		}
		tags = append(tags, tag)
	}
	return tags
}
