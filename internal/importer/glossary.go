package importer

import (
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

var glossaryColumns = []column{
	{name: "term", required: true, maxLen: MaxNameLen, aliases: []string{"lingo", "word"}},
	{name: "meaning", required: true, maxLen: MaxTextLen, multiline: true, aliases: []string{"definition", "common_term"}},
}

func parseGlossary(t *table) ([]enablemap.GlossaryTerm, error) {
	c := &collector{file: t.file}
	b, ok := bind(t, glossaryColumns, c)
	if !ok {
		return nil, c.err()
	}
	var out []enablemap.GlossaryTerm
	// A spelling defined twice would make the translation depend on row
	// order, so every variant ("qual" in "qual / qual call") is unique.
	variantRow := map[string]int{}
	for _, r := range t.rows {
		b.checkWidth(r)
		g := enablemap.GlossaryTerm{Term: b.value(r, "term"), Meaning: b.value(r, "meaning")}
		if g.Term != "" {
			variants := g.Variants()
			if len(variants) == 0 {
				b.c.add(r.num, b.label["term"], "the term %q has no words", g.Term)
			}
			for _, v := range variants {
				key := strings.ToLower(strings.Join(strings.Fields(v), " "))
				if prev, dup := variantRow[key]; dup && prev != r.num {
					c.add(r.num, b.label["term"], "the term %q is already defined on row %d", v, prev)
					continue
				}
				variantRow[key] = r.num
			}
		}
		out = append(out, g)
	}
	if err := c.err(); err != nil {
		return nil, err
	}
	if len(out) == 0 {
		return nil, fileError(t.file, "the file has a header row but no terms")
	}
	return out, nil
}
