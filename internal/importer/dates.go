package importer

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"
)

// dateOrder is how a column writes dates such as 03/04/2024.
type dateOrder int

const (
	orderUnknown dateOrder = iota
	orderDayFirst
	orderMonthFirst
	orderMixed
)

const expectedDate = "write it as YYYY-MM-DD, e.g. 2024-02-06"

// textLayouts are the forms with a month name that people and spreadsheets
// write; Go matches month names case-insensitively.
var textLayouts = []string{
	"2 Jan 2006", "2 January 2006", "2-Jan-2006", "2 Jan, 2006", "2 January, 2006",
	"Jan 2, 2006", "January 2, 2006", "Jan 2 2006", "January 2 2006",
	"Mon, 2 Jan 2006", "Monday, 2 January 2006", "Mon, Jan 2, 2006", "Monday, January 2, 2006",
}

// numericDate splits "2024-02-06", "6/2/2024" or "6.2.2024" into its three
// numbers; ok is false for anything else.
func numericDate(s string) (parts [3]int, widths [3]int, ok bool) {
	fields := strings.FieldsFunc(s, func(r rune) bool { return r == '-' || r == '/' || r == '.' })
	if len(fields) != 3 {
		return parts, widths, false
	}
	// The separators must be one character each and the same: "2024-02/06"
	// is a typo, not a date.
	if len(fields[0])+len(fields[1])+len(fields[2])+2 != len(s) || s[len(fields[0])] != s[len(s)-len(fields[2])-1] {
		return parts, widths, false
	}
	for i, f := range fields {
		if len(f) == 0 || len(f) > 4 {
			return parts, widths, false
		}
		n, err := strconv.Atoi(f)
		if err != nil || n < 0 || strings.ContainsAny(f, "+-") {
			return parts, widths, false
		}
		parts[i], widths[i] = n, len(f)
	}
	return parts, widths, true
}

// inferOrder looks at every value of a column: a first number above 12 can
// only be a day, a second one above 12 only a day too. A column that has
// both kinds is mixed and its ambiguous values are refused.
func inferOrder(values []string) dateOrder {
	dayFirst, monthFirst := false, false
	for _, v := range values {
		v = strings.TrimSpace(v)
		if i := strings.IndexAny(v, " T"); i > 0 {
			v = v[:i]
		}
		p, w, ok := numericDate(v)
		if !ok || w[0] == 4 || w[2] != 4 {
			continue
		}
		if p[0] > 12 && p[1] <= 12 {
			dayFirst = true
		}
		if p[1] > 12 && p[0] <= 12 {
			monthFirst = true
		}
	}
	switch {
	case dayFirst && monthFirst:
		return orderMixed
	case dayFirst:
		return orderDayFirst
	case monthFirst:
		return orderMonthFirst
	}
	return orderUnknown
}

// normalizeDate returns s as YYYY-MM-DD, or a message saying why it is
// refused and which form is expected.
func normalizeDate(s string, order dateOrder, xlsx, date1904 bool) (string, string) {
	s = strings.TrimSpace(s)
	if xlsx {
		// A date typed into a spreadsheet is stored as a day count.
		if f, err := strconv.ParseFloat(s, 64); err == nil && !strings.ContainsAny(s, "-/") {
			return serialDate(s, f, date1904)
		}
	}
	if len(s) == 8 && isDigits(s) {
		return checkYMD(s, atoi(s[:4]), atoi(s[4:6]), atoi(s[6:]))
	}
	// A time after the date ("2024-02-06 10:30", "2024-02-06T10:30:00Z") is
	// dropped: an interview or an update is a day.
	d := s
	if i := strings.IndexAny(d, " T"); i > 0 {
		d = d[:i]
	}
	p, w, ok := numericDate(d)
	if !ok {
		for _, layout := range textLayouts {
			if t, err := time.Parse(layout, s); err == nil {
				return t.Format("2006-01-02"), ""
			}
		}
		return "", fmt.Sprintf("%q is not a date; %s", s, expectedDate)
	}
	switch {
	case w[0] == 4:
		return checkYMD(s, p[0], p[1], p[2])
	case w[2] != 4:
		return "", fmt.Sprintf("%q has no four-digit year; %s", s, expectedDate)
	}
	day, month := p[0], p[1]
	switch {
	case p[0] > 12 && p[1] <= 12:
		// day first, whatever the column says
	case p[1] > 12 && p[0] <= 12:
		day, month = p[1], p[0]
	case p[0] == p[1]:
	case order == orderDayFirst:
	case order == orderMonthFirst:
		day, month = p[1], p[0]
	default:
		return "", fmt.Sprintf("%q is ambiguous (day/month or month/day?); %s", s, expectedDate)
	}
	return checkYMD(s, p[2], month, day)
}

func checkYMD(s string, y, m, d int) (string, string) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if y < 1 || t.Year() != y || t.Month() != time.Month(m) || t.Day() != d {
		return "", fmt.Sprintf("%q is not a real date; %s", s, expectedDate)
	}
	return t.Format("2006-01-02"), ""
}

// serialDate converts a spreadsheet day count; a whole number of eight
// digits is read as YYYYMMDD instead, since no real serial date is that big.
func serialDate(s string, f float64, date1904 bool) (string, string) {
	if f >= 10000101 && f <= 99991231 && f == math.Trunc(f) {
		n := int(f)
		return checkYMD(s, n/10000, n/100%100, n%100)
	}
	// 2958465 is 9999-12-31, the last day a spreadsheet can show.
	if f < 1 || f > 2958465 || math.IsNaN(f) {
		return "", fmt.Sprintf("%q is not a date; %s", s, expectedDate)
	}
	t, err := excelize.ExcelDateToTime(f, date1904)
	if err != nil {
		return "", fmt.Sprintf("%q is not a date; %s", s, expectedDate)
	}
	return t.Format("2006-01-02"), ""
}

func isDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return s != ""
}

func atoi(s string) int {
	n, _ := strconv.Atoi(s)
	return n
}
