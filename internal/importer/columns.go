package importer

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// column describes one column a file kind understands.
type column struct {
	name      string   // canonical name, as documented
	aliases   []string // other header spellings accepted, already normalised
	required  bool
	maxLen    int  // in characters
	multiline bool // free text may hold line breaks; ids and names may not
}

// collector gathers the errors of one file, up to MaxErrors.
type collector struct {
	file string
	errs enablemap.Errors
}

func (c *collector) add(row int, col, format string, args ...any) {
	if len(c.errs) > MaxErrors {
		return
	}
	if len(c.errs) == MaxErrors {
		c.errs = append(c.errs, &enablemap.Error{Code: enablemap.EINVALID, File: c.file,
			Message: fmt.Sprintf("more than %d errors; stopped looking (is this the right file?)", MaxErrors)})
		return
	}
	c.errs = append(c.errs, &enablemap.Error{Code: enablemap.EINVALID, File: c.file, Row: row, Column: col,
		Message: fmt.Sprintf(format, args...)})
}

func (c *collector) err() error {
	if len(c.errs) == 0 {
		return nil
	}
	return c.errs
}

// normalizeHeader makes "Response ID", " response-id " and "RESPONSE_ID" one
// name.
func normalizeHeader(h string) string {
	h = strings.ToLower(strings.TrimSpace(h))
	var b strings.Builder
	under := false
	for _, r := range h {
		if r == ' ' || r == '_' || r == '-' || r == '\t' {
			under = true
			continue
		}
		if under && b.Len() > 0 {
			b.WriteByte('_')
		}
		under = false
		b.WriteRune(r)
	}
	return b.String()
}

// binding maps the columns of a kind to the cells of one file.
type binding struct {
	t     *table
	cols  map[string]int    // canonical name -> cell index
	label map[string]string // canonical name -> header as written
	specs map[string]column
	c     *collector
}

// bind matches the header against the columns of a kind. Unknown columns
// are ignored. A column's own name beats its aliases, so an export with both
// "title" and "name" reads "title" and ignores "name". A missing required
// column, or a column given twice, is an error, and then no row is read.
func bind(t *table, specs []column, c *collector) (*binding, bool) {
	b := &binding{t: t, cols: map[string]int{}, label: map[string]string{}, specs: map[string]column{}, c: c}
	alias := map[string]string{}
	for _, s := range specs {
		b.specs[s.name] = s
		for _, a := range s.aliases {
			alias[a] = s.name
		}
	}
	ok := true
	use := func(i int, name string) {
		if j, dup := b.cols[name]; dup {
			c.add(t.headerRow, t.header[i], "column %q appears twice (also column %d, %q); keep one", name, j+1, t.header[j])
			ok = false
			return
		}
		b.cols[name] = i
		b.label[name] = t.header[i]
	}
	for i, h := range t.header {
		if _, known := b.specs[normalizeHeader(h)]; known {
			use(i, normalizeHeader(h))
		}
	}
	own := map[string]bool{}
	for name := range b.cols {
		own[name] = true
	}
	for i, h := range t.header {
		if name, known := alias[normalizeHeader(h)]; known && !own[name] {
			use(i, name)
		}
	}
	for _, s := range specs {
		if _, has := b.cols[s.name]; s.required && !has {
			c.add(t.headerRow, s.name, "required column %q is missing from the header row", s.name)
			ok = false
		}
	}
	return b, ok
}

func (b *binding) has(name string) bool {
	_, ok := b.cols[name]
	return ok
}

// checkWidth refuses CSV rows with values beyond the header: almost always a
// value with an unquoted comma, which would shift every later value.
func (b *binding) checkWidth(r tableRow) {
	if !b.t.csv || len(r.cells) <= len(b.t.header) {
		return
	}
	for _, v := range r.cells[len(b.t.header):] {
		if strings.TrimSpace(v) != "" {
			b.c.add(r.num, "", "the row has %d values but the header has %d columns; put a value that contains a comma in double quotes",
				len(r.cells), len(b.t.header))
			return
		}
	}
}

// raw returns the trimmed cell of a column, or "" when the column or cell is
// absent.
func (b *binding) raw(r tableRow, name string) string {
	i, ok := b.cols[name]
	if !ok || i >= len(r.cells) {
		return ""
	}
	return strings.TrimSpace(r.cells[i])
}

// value returns the checked, trimmed cell of a column, recording an error
// and returning "" when it is required and empty, too long, not UTF-8 or
// holds characters its column does not allow.
func (b *binding) value(r tableRow, name string) string {
	s := b.specs[name]
	v := b.raw(r, name)
	col := b.label[name]
	if col == "" {
		col = name
	}
	switch {
	case v == "":
		if s.required {
			b.c.add(r.num, col, "a value is required")
		}
		return ""
	case !utf8.ValidString(v):
		b.c.add(r.num, col, "the value is not valid UTF-8 text; save the file as \"CSV UTF-8\" (it may be in another encoding such as Windows-1252)")
		return ""
	case utf8.RuneCountInString(v) > s.maxLen:
		b.c.add(r.num, col, "the value has %d characters; the limit is %d", utf8.RuneCountInString(v), s.maxLen)
		return ""
	}
	for _, ch := range v {
		switch {
		case ch == 0:
			b.c.add(r.num, col, "the value holds a NUL character")
			return ""
		case (ch == '\n' || ch == '\r') && !s.multiline:
			b.c.add(r.num, col, "the value holds a line break; %s must be on one line", name)
			return ""
		case ch != '\n' && ch != '\r' && ch != '\t' && unicode.IsControl(ch):
			b.c.add(r.num, col, "the value holds the control character %U", ch)
			return ""
		}
	}
	return v
}

// date returns a date column's value as YYYY-MM-DD, or "" with an error
// recorded when it is not a date.
func (b *binding) date(r tableRow, name string, order dateOrder) string {
	v := b.value(r, name)
	if v == "" {
		return ""
	}
	d, problem := normalizeDate(v, order, b.t.xlsx, b.t.date1904)
	if problem != "" {
		b.c.add(r.num, b.label[name], "%s", problem)
		return ""
	}
	return d
}

// dateOrder reads the values of a date column to learn whether its slashed
// dates put the day or the month first.
func (b *binding) dateOrder(name string) dateOrder {
	if !b.has(name) {
		return orderUnknown
	}
	vals := make([]string, 0, len(b.t.rows))
	for _, r := range b.t.rows {
		vals = append(vals, b.raw(r, name))
	}
	return inferOrder(vals)
}
