// Package importer reads the three input files of a focus project (the
// interview responses, the materials inventory and the glossary) from CSV or
// XLSX into domain values. It refuses bad input with errors that name the
// file, the spreadsheet row and the column, and it returns no data at all
// when anything is wrong, so a half-read file can never reach the store.
package importer

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// Limits of one import.
const (
	// DefaultMaxBytes is the input size refused when Config.MaxBytes is zero.
	DefaultMaxBytes = 50 << 20
	// MaxErrors is how many errors one file reports before it stops looking:
	// past that point the file is usually of the wrong kind or encoding.
	MaxErrors = 100
	// MaxTextLen is the longest free-text value (activity, goal, notes,
	// description, meaning) in characters.
	MaxTextLen = 10000
	// MaxNameLen is the longest id, name, stage or other one-line value.
	MaxNameLen = 200
	// MaxURLLen is the longest URL.
	MaxURLLen = 2000
)

// Kind names one of the three input files.
type Kind string

const (
	Interviews Kind = "interviews"
	Materials  Kind = "materials"
	Glossary   Kind = "glossary"
)

// Kinds lists the kinds in the order a project is usually filled.
func Kinds() []Kind { return []Kind{Interviews, Materials, Glossary} }

// ParseKind reads a kind name as a user types it: case-insensitive, and the
// singular forms are accepted too.
func ParseKind(s string) (Kind, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "interviews", "interview", "responses", "response":
		return Interviews, nil
	case "materials", "material":
		return Materials, nil
	case "glossary", "glossaries", "terms", "term":
		return Glossary, nil
	}
	return "", enablemap.FieldError("kind", "unknown file kind %q; use interviews, materials or glossary", s)
}

// Data holds what one file held; only the fields of its Kind are set.
type Data struct {
	Kind       Kind
	Interviews []enablemap.Interview
	Responses  []enablemap.Response
	Materials  []enablemap.Material
	Glossary   []enablemap.GlossaryTerm
}

// Config tunes an import. The zero value uses the defaults.
type Config struct {
	// MaxBytes refuses larger inputs; zero means DefaultMaxBytes.
	MaxBytes int64
}

func (c Config) maxBytes() int64 {
	if c.MaxBytes <= 0 {
		return DefaultMaxBytes
	}
	return c.MaxBytes
}

// ReadInterviews reads an interview file with the default Config.
func ReadInterviews(name string, r io.Reader) ([]enablemap.Interview, []enablemap.Response, error) {
	return Config{}.ReadInterviews(name, r)
}

// ReadMaterials reads a materials file with the default Config.
func ReadMaterials(name string, r io.Reader) ([]enablemap.Material, error) {
	return Config{}.ReadMaterials(name, r)
}

// ReadGlossary reads a glossary file with the default Config.
func ReadGlossary(name string, r io.Reader) ([]enablemap.GlossaryTerm, error) {
	return Config{}.ReadGlossary(name, r)
}

// ReadFile reads the file at path as the given kind with the default Config.
func ReadFile(kind Kind, path string) (Data, error) {
	return Config{}.ReadFile(kind, path)
}

// ReadInterviewsFile reads the interview file at path with the default Config.
func ReadInterviewsFile(path string) ([]enablemap.Interview, []enablemap.Response, error) {
	d, err := ReadFile(Interviews, path)
	return d.Interviews, d.Responses, err
}

// ReadMaterialsFile reads the materials file at path with the default Config.
func ReadMaterialsFile(path string) ([]enablemap.Material, error) {
	d, err := ReadFile(Materials, path)
	return d.Materials, err
}

// ReadGlossaryFile reads the glossary file at path with the default Config.
func ReadGlossaryFile(path string) ([]enablemap.GlossaryTerm, error) {
	d, err := ReadFile(Glossary, path)
	return d.Glossary, err
}

// ReadInterviews reads an interview file: one row per activity a rep named.
// name is used in error messages and, through its extension, to tell CSV
// from XLSX. Invalid input gives an enablemap.Errors and no data.
func (c Config) ReadInterviews(name string, r io.Reader) ([]enablemap.Interview, []enablemap.Response, error) {
	t, err := c.load(name, r, Interviews)
	if err != nil {
		return nil, nil, err
	}
	return parseInterviews(t)
}

// ReadMaterials reads a materials inventory. Invalid input gives an
// enablemap.Errors and no data.
func (c Config) ReadMaterials(name string, r io.Reader) ([]enablemap.Material, error) {
	t, err := c.load(name, r, Materials)
	if err != nil {
		return nil, err
	}
	return parseMaterials(t)
}

// ReadGlossary reads a glossary. Invalid input gives an enablemap.Errors and
// no data.
func (c Config) ReadGlossary(name string, r io.Reader) ([]enablemap.GlossaryTerm, error) {
	t, err := c.load(name, r, Glossary)
	if err != nil {
		return nil, err
	}
	return parseGlossary(t)
}

// Read reads one file of the given kind, for callers that choose the kind at
// run time (an upload form, a command-line flag).
func (c Config) Read(kind Kind, name string, r io.Reader) (Data, error) {
	d := Data{Kind: kind}
	var err error
	switch kind {
	case Interviews:
		d.Interviews, d.Responses, err = c.ReadInterviews(name, r)
	case Materials:
		d.Materials, err = c.ReadMaterials(name, r)
	case Glossary:
		d.Glossary, err = c.ReadGlossary(name, r)
	default:
		return Data{}, enablemap.FieldError("kind", "unknown file kind %q; use interviews, materials or glossary", string(kind))
	}
	if err != nil {
		return Data{}, err
	}
	return d, nil
}

// ReadFile reads the file at path as the given kind. Errors name the path as
// given.
func (c Config) ReadFile(kind Kind, path string) (Data, error) {
	f, err := os.Open(path)
	if errors.Is(err, fs.ErrNotExist) {
		return Data{}, enablemap.Errors{{Code: enablemap.ENOTFOUND, File: path, Message: "there is no such file"}}
	}
	if err != nil {
		return Data{}, enablemap.Errors{{Code: enablemap.EINVALID, File: path, Message: fmt.Sprintf("the file cannot be opened: %v", errors.Unwrap(err))}}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return Data{}, fmt.Errorf("stat %s: %w", path, err)
	}
	switch {
	case fi.IsDir():
		return Data{}, enablemap.Errors{{Code: enablemap.EINVALID, File: path, Message: "this is a folder, not a file"}}
	case fi.Mode().IsRegular() && fi.Size() > c.maxBytes():
		// Refused before reading a byte.
		return Data{}, tooLarge(path, c.maxBytes())
	}
	return c.Read(kind, path, f)
}

// load reads the whole input under the size guard and turns it into a table;
// from a workbook, the sheet named after the kind when there is one.
func (c Config) load(name string, r io.Reader, kind Kind) (*table, error) {
	max := c.maxBytes()
	data, err := io.ReadAll(io.LimitReader(r, max+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if int64(len(data)) > max {
		return nil, tooLarge(name, max)
	}
	return readTable(name, data, max, kind)
}

func tooLarge(name string, max int64) error {
	return enablemap.Errors{{Code: enablemap.EINVALID, File: name,
		Message: fmt.Sprintf("the file is larger than the limit of %s; split it or raise the limit", formatBytes(max))}}
}

func formatBytes(n int64) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// isXLSX tells the format from the name's extension, and from the content
// when the extension says nothing or disagrees: an XLSX workbook is a zip
// archive, which starts with "PK", and no CSV a person saves starts so.
func isXLSX(name string, data []byte) bool {
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return true
	}
	switch ext := strings.ToLower(extension(name)); ext {
	case ".xlsx", ".xlsm", ".xltx", ".xltm":
		return true
	}
	return false
}

func extension(name string) string {
	i := strings.LastIndexAny(name, "./\\")
	if i < 0 || name[i] != '.' {
		return ""
	}
	return name[i:]
}
