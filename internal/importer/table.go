package importer

import (
	"archive/zip"
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/xuri/excelize/v2"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// table is a file reduced to a header and rows of text cells, whatever its
// format. Row numbers are those a spreadsheet shows: the first line is row 1
// and blank lines count.
type table struct {
	file      string
	headerRow int
	header    []string // trimmed, as written in the file
	rows      []tableRow
	csv       bool // extra cells beyond the header are refused only in CSV
	xlsx      bool // numbers in date columns are spreadsheet serial dates
	date1904  bool
}

type tableRow struct {
	num   int
	cells []string
}

// readTable parses data as XLSX or CSV. Errors are enablemap.Errors.
func readTable(name string, data []byte, maxBytes int64, kind Kind) (*table, error) {
	var t *table
	var err error
	if isXLSX(name, data) {
		t, err = readXLSX(name, data, maxBytes, kind)
	} else {
		t, err = readCSV(name, data)
	}
	if err != nil {
		return nil, err
	}
	if t.headerRow == 0 {
		return nil, enablemap.Errors{{Code: enablemap.EINVALID, File: name, Message: "the file is empty: it needs a header row and at least one data row"}}
	}
	return t, nil
}

func fileError(name, format string, args ...any) error {
	return enablemap.Errors{{Code: enablemap.EINVALID, File: name, Message: fmt.Sprintf(format, args...)}}
}

// add stores one row, skipping blank ones; the first row kept is the header.
func (t *table) add(num int, cells []string) {
	blank := true
	for _, c := range cells {
		if strings.TrimSpace(c) != "" {
			blank = false
			break
		}
	}
	if blank {
		return
	}
	if t.headerRow == 0 {
		t.headerRow = num
		t.header = make([]string, len(cells))
		for i, c := range cells {
			t.header[i] = strings.TrimSpace(strings.TrimPrefix(c, "\ufeff"))
		}
		return
	}
	t.rows = append(t.rows, tableRow{num: num, cells: cells})
}

func readCSV(name string, data []byte) (*table, error) {
	switch {
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}), bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return nil, fileError(name, "the file is UTF-16 text; save it as \"CSV UTF-8\"")
	case bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}):
		return nil, fileError(name, "the file is an old Excel .xls workbook or a password-protected one; save it as .xlsx or \"CSV UTF-8\"")
	}
	data = bytes.TrimPrefix(data, []byte("\xEF\xBB\xBF"))
	cr := csv.NewReader(bytes.NewReader(data))
	cr.Comma = sniffDelimiter(data)
	cr.FieldsPerRecord = -1
	t := &table{file: name, csv: true}
	// encoding/csv skips blank lines and folds quoted line breaks into one
	// record, so the spreadsheet row is rebuilt from the text line each
	// record starts on and the line the previous one ended on.
	row, prevEnd := 0, 0
	for {
		rec, err := cr.Read()
		if err == io.EOF {
			break
		}
		if err != nil {
			var pe *csv.ParseError
			if errors.As(err, &pe) {
				return nil, enablemap.Errors{{Code: enablemap.EINVALID, File: name,
					Row: row + max(pe.StartLine-prevEnd, 1), Message: csvProblem(pe)}}
			}
			return nil, fileError(name, "the file is not readable CSV: %v", err)
		}
		start, _ := cr.FieldPos(0)
		last, _ := cr.FieldPos(len(rec) - 1)
		row += max(start-prevEnd, 1)
		prevEnd = last + strings.Count(rec[len(rec)-1], "\n")
		t.add(row, rec)
	}
	return t, nil
}

func csvProblem(pe *csv.ParseError) string {
	switch {
	case errors.Is(pe.Err, csv.ErrBareQuote):
		return fmt.Sprintf("a \" appears inside a value that is not quoted (text line %d); put the whole value in double quotes and write the \" inside it twice", pe.Line)
	case errors.Is(pe.Err, csv.ErrQuote):
		return fmt.Sprintf("a quoted value is not closed, or text follows its closing quote (text line %d); write a \" inside a quoted value twice", pe.Line)
	}
	return fmt.Sprintf("the file is not readable CSV (text line %d): %v", pe.Line, pe.Err)
}

// sniffDelimiter picks the separator from the header line: a comma unless
// the line has none and has semicolons or tabs instead, as spreadsheets set
// to many European locales write.
func sniffDelimiter(data []byte) rune {
	line := data
	if i := bytes.IndexByte(line, '\n'); i >= 0 {
		line = line[:i]
	}
	counts := map[rune]int{}
	quoted := false
	for _, b := range line {
		switch {
		case b == '"':
			quoted = !quoted
		case !quoted && (b == ',' || b == ';' || b == '\t'):
			counts[rune(b)]++
		}
	}
	switch {
	case counts[','] > 0:
		return ','
	case counts[';'] >= counts['\t'] && counts[';'] > 0:
		return ';'
	case counts['\t'] > 0:
		return '\t'
	}
	return ','
}

// readXLSX reads one sheet of a workbook with raw cell values, so ids keep
// their digits and dates arrive as serial numbers rather than in the display
// format of whoever saved the file. The sheet is the one named after the
// kind ("Materials" for a materials import), else the first: a workbook with
// several sheets, such as enablemap's own, gives the right one.
func readXLSX(name string, data []byte, maxBytes int64, kind Kind) (t *table, err error) {
	// A damaged workbook must give an error, never take the process down.
	defer func() {
		if p := recover(); p != nil {
			t, err = nil, fileError(name, "the workbook could not be read (%v); open it and save it again as .xlsx", p)
		}
	}()
	if bytes.HasPrefix(data, []byte{0xD0, 0xCF, 0x11, 0xE0}) {
		return nil, fileError(name, "the file is an old Excel .xls workbook or a password-protected one; save it as .xlsx or \"CSV UTF-8\"")
	}
	// Bound the unzipped size: a zip bomb would otherwise inflate to
	// gigabytes in memory. The sizes an entry claims are checked first:
	// the workbook reader allocates what an entry claims, so a damaged
	// header claiming hundreds of megabytes would cost that much memory.
	limit := max(16*maxBytes, 64<<20)
	if err := checkZipSizes(name, data, limit); err != nil {
		return nil, err
	}
	f, err := excelize.OpenReader(bytes.NewReader(data), excelize.Options{
		RawCellValue:   true,
		UnzipSizeLimit: limit,
	})
	if err != nil {
		return nil, fileError(name, "the file is not a readable XLSX workbook: %v", err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if len(sheets) == 0 {
		return nil, fileError(name, "the workbook has no sheet")
	}
	sheet := sheets[0]
	for _, s := range sheets {
		if strings.EqualFold(strings.TrimSpace(s), string(kind)) {
			sheet = s
			break
		}
	}
	t = &table{file: name, xlsx: true}
	if props, err := f.GetWorkbookProps(); err == nil && props.Date1904 != nil {
		t.date1904 = *props.Date1904
	}
	rows, err := f.Rows(sheet)
	if err != nil {
		return nil, fileError(name, "sheet %q could not be read: %v", sheet, err)
	}
	defer rows.Close()
	num := 0
	for rows.Next() {
		num++
		cells, err := rows.Columns()
		if err != nil {
			return nil, enablemap.Errors{{Code: enablemap.EINVALID, File: name, Row: num, Message: fmt.Sprintf("the row could not be read: %v", err)}}
		}
		t.add(num, cells)
	}
	if err := rows.Error(); err != nil {
		return nil, fileError(name, "sheet %q could not be read: %v", sheet, err)
	}
	return t, nil
}

// maxDeflateRatio is above the largest expansion deflate can achieve
// (about 1032 to 1): an entry claiming more is damaged or hostile.
const maxDeflateRatio = 1100

// checkZipSizes refuses a workbook whose entries claim more than deflate
// can produce from their compressed bytes, or more than limit in all.
func checkZipSizes(name string, data []byte, limit int64) error {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fileError(name, "the file is not a readable XLSX workbook: %v", err)
	}
	var total uint64
	for _, f := range zr.File {
		if f.UncompressedSize64 > maxDeflateRatio*f.CompressedSize64+4096 {
			return fileError(name, "the workbook is damaged: its part %q claims %d bytes from %d; open it and save it again as .xlsx", f.Name, f.UncompressedSize64, f.CompressedSize64)
		}
		total += f.UncompressedSize64
	}
	if total > uint64(limit) {
		return fileError(name, "the workbook unpacks to more than %d MB; split it or save it as CSV", limit>>20)
	}
	return nil
}
