package enablemap

import (
	"errors"
	"fmt"
)

// Error codes, mapped to exit codes and HTTP statuses in one place each.
const (
	EINVALID   = "invalid"
	ENOTFOUND  = "not_found"
	ECONFLICT  = "conflict"
	EFORBIDDEN = "forbidden"
	EUNAUTH    = "unauthorized"
	EINTERNAL  = "internal"
)

// Error is the one error type the application shows to users.
type Error struct {
	Code    string
	Message string
	Field   string // the input field at fault, for EINVALID
	// File, Row and Column locate an import error; Row and Column are 1-based.
	File   string
	Row    int
	Column string
}

func (e *Error) Error() string {
	loc := ""
	switch {
	case e.File != "" && e.Row > 0 && e.Column != "":
		loc = fmt.Sprintf("%s: row %d, column %q: ", e.File, e.Row, e.Column)
	case e.File != "" && e.Row > 0:
		loc = fmt.Sprintf("%s: row %d: ", e.File, e.Row)
	case e.File != "" && e.Column != "":
		loc = fmt.Sprintf("%s: column %q: ", e.File, e.Column)
	case e.File != "":
		loc = e.File + ": "
	case e.Field != "":
		loc = e.Field + ": "
	}
	return loc + e.Message
}

// Errorf returns an *Error with the given code and message.
func Errorf(code, format string, args ...any) *Error {
	return &Error{Code: code, Message: fmt.Sprintf(format, args...)}
}

// FieldError returns an EINVALID error about one input field.
func FieldError(field, format string, args ...any) *Error {
	return &Error{Code: EINVALID, Field: field, Message: fmt.Sprintf(format, args...)}
}

// ErrorCode returns the code of the first *Error in err's chain, EINTERNAL for
// any other error and "" for nil.
func ErrorCode(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Code
	}
	return EINTERNAL
}

// ErrorMessage returns the user-facing message of err: the message of an
// *Error, or a generic message for internal errors.
func ErrorMessage(err error) string {
	if err == nil {
		return ""
	}
	var e *Error
	if errors.As(err, &e) {
		return e.Error()
	}
	return "internal error"
}

// Errors collects several import errors; it is an EINVALID error.
type Errors []*Error

func (es Errors) Error() string {
	switch len(es) {
	case 0:
		return "no errors"
	case 1:
		return es[0].Error()
	}
	s := fmt.Sprintf("%d errors:", len(es))
	for i, e := range es {
		if i == 20 {
			s += fmt.Sprintf("\n  ... and %d more", len(es)-20)
			break
		}
		s += "\n  " + e.Error()
	}
	return s
}

// As lets errors.As find the first *Error of the list, so ErrorCode reports
// EINVALID for a list of import errors.
func (es Errors) As(target any) bool {
	if p, ok := target.(**Error); ok && len(es) > 0 {
		*p = &Error{Code: es[0].Code, Message: es.Error()}
		return true
	}
	return false
}
