package importer

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// checkFailure asserts the invariants of a refused input: an enablemap.Errors
// of invalid-input errors naming the file, with rows inside the input.
func checkFailure(t *testing.T, err error, name string, maxRow int) {
	t.Helper()
	var es enablemap.Errors
	if !errors.As(err, &es) {
		t.Fatalf("got error %v (%T), want enablemap.Errors", err, err)
	}
	if len(es) == 0 || len(es) > MaxErrors+1 {
		t.Fatalf("got %d errors, want 1 to %d", len(es), MaxErrors+1)
	}
	for _, e := range es {
		if e == nil {
			t.Fatal("got a nil error in the list")
		}
		if e.Code != enablemap.EINVALID || e.File != name || e.Message == "" {
			t.Errorf("got error %+v, want code invalid, file %q and a message", e, name)
		}
		if e.Row < 0 || e.Row > maxRow {
			t.Errorf("got row %d in %v, want 0 to %d", e.Row, e, maxRow)
		}
	}
}

// csvRows is the largest row number a CSV input can have.
func csvRows(data []byte) int { return bytes.Count(data, []byte("\n")) + 1 }

// xlsxRows is the largest row number a spreadsheet can have.
const xlsxRows = 1 << 20

// slowRead is how long reading one fuzzed input may take: inputs are a few
// kilobytes and read in milliseconds, so an input that takes longer has
// found a loop or an allocation the reader must not make.
const slowRead = 5 * time.Second

func checkInterviews(t *testing.T, name string, data []byte, maxRow int) {
	var (
		ins   []enablemap.Interview
		resps []enablemap.Response
		err   error
	)
	done := make(chan struct{})
	go func() {
		defer close(done)
		ins, resps, err = ReadInterviews(name, bytes.NewReader(data))
	}()
	select {
	case <-done:
	case <-time.After(slowRead):
		t.Fatalf("reading %d bytes took longer than %v", len(data), slowRead)
	}
	if err != nil {
		if ins != nil || resps != nil {
			t.Fatalf("got %d interviews and %d responses alongside %v, want none", len(ins), len(resps), err)
		}
		checkFailure(t, err, name, maxRow)
		return
	}
	if len(ins) == 0 || len(resps) == 0 {
		t.Fatalf("got %d interviews and %d responses and no error", len(ins), len(resps))
	}
	interviews := map[string]bool{}
	for _, in := range ins {
		if in.ID == "" || in.Interviewee == "" || interviews[in.ID] {
			t.Errorf("got interview %+v: empty, nameless or repeated", in)
		}
		interviews[in.ID] = true
	}
	ids := map[string]bool{}
	for i, r := range resps {
		if r.ID == "" || ids[r.ID] || !interviews[r.InterviewID] || r.Activity == "" || r.FromStage == "" || r.ToStage == "" {
			t.Errorf("got response %+v: incomplete, repeated or of an unknown interview", r)
		}
		if r.Position != i+1 {
			t.Errorf("got position %d for response %d, want %d", r.Position, i, i+1)
		}
		ids[r.ID] = true
	}
}

func FuzzReadInterviewsCSV(f *testing.F) {
	f.Add([]byte(interviewHeader + "R1,INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,disco call,goal,\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkInterviews(t, "interviews.csv", data, csvRows(data))
	})
}

func FuzzReadInterviewsXLSX(f *testing.F) {
	f.Add(workbook(f, [][]any{
		{"interview_id", "interviewee", "interview_date", "from_stage", "to_stage", "activity"},
		{"INT01", "Dana", 45328, "Qualification", "Discovery", "disco call"},
	}, false))
	f.Fuzz(func(t *testing.T, data []byte) {
		checkInterviews(t, "interviews.xlsx", data, xlsxRows)
	})
}

func FuzzReadMaterialsCSV(f *testing.F) {
	f.Add([]byte("material_id,title,type,updated,tags\nM1,Deck,Deck,2023-01-05,a;b\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		ms, err := ReadMaterials("materials.csv", bytes.NewReader(data))
		if err != nil {
			if ms != nil {
				t.Fatalf("got %d materials alongside %v, want none", len(ms), err)
			}
			checkFailure(t, err, "materials.csv", csvRows(data))
			return
		}
		ids := map[string]bool{}
		for i, m := range ms {
			if m.ID == "" || m.Title == "" || ids[m.ID] || m.Position != i+1 {
				t.Errorf("got material %+v at %d: incomplete, repeated or misplaced", m, i)
			}
			if m.Updated != "" && len(m.Updated) != len("2006-01-02") {
				t.Errorf("got date %q, want YYYY-MM-DD", m.Updated)
			}
			for _, tag := range m.Tags {
				if tag == "" || tag != strings.TrimSpace(tag) || strings.ContainsAny(tag, ",;") {
					t.Errorf("got tag %q, want a trimmed non-empty tag without separators", tag)
				}
			}
			ids[m.ID] = true
		}
	})
}

func FuzzReadGlossaryCSV(f *testing.F) {
	f.Add([]byte("term,meaning\nqual / qual call,qualification call\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		gs, err := ReadGlossary("glossary.csv", bytes.NewReader(data))
		if err != nil {
			if gs != nil {
				t.Fatalf("got %d terms alongside %v, want none", len(gs), err)
			}
			checkFailure(t, err, "glossary.csv", csvRows(data))
			return
		}
		for _, g := range gs {
			if g.Term == "" || g.Meaning == "" || len(g.Variants()) == 0 {
				t.Errorf("got term %+v, want a term with words and a meaning", g)
			}
		}
	})
}

// materialsCSV builds an inventory of n materials.
func materialsCSV(n int) []byte {
	var b bytes.Buffer
	b.WriteString("material_id,title,type,description,url,owner,updated,tags\n")
	for i := range n {
		fmt.Fprintf(&b, "M%06d,\"Material %d, for the %d call\",one pager,\"Ten questions to confirm denial pain, ownership and budget timing on the first call.\",https://example.com/items/%d,Sales Enablement,2023-02-27,qualification;SDR;internal\n", i, i, i%7, i)
	}
	return b.Bytes()
}

func BenchmarkReadMaterials50k(b *testing.B) {
	data := materialsCSV(50000)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		ms, err := ReadMaterials("materials.csv", bytes.NewReader(data))
		if err != nil || len(ms) != 50000 {
			b.Fatalf("got %d materials, %v", len(ms), err)
		}
	}
}
