package importer

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// wantErr describes one expected error: its row, its column and a piece of
// its message.
type wantErr struct {
	row  int
	col  string
	text string
}

// checkErrs asserts that err is an enablemap.Errors holding every expected
// error, each with the file name set.
func checkErrs(t *testing.T, err error, file string, want []wantErr) {
	t.Helper()
	var es enablemap.Errors
	if !errors.As(err, &es) {
		t.Fatalf("got error %v (%T), want enablemap.Errors", err, err)
	}
	if code := enablemap.ErrorCode(err); code != enablemap.EINVALID {
		t.Errorf("got code %q, want %q", code, enablemap.EINVALID)
	}
	for _, e := range es {
		if e.File != file {
			t.Errorf("got file %q in %v, want %q", e.File, e, file)
		}
	}
	for _, w := range want {
		found := false
		for _, e := range es {
			if e.Row == w.row && e.Column == w.col && strings.Contains(e.Message, w.text) {
				found = true
				break
			}
		}
		if !found {
			t.Errorf("got errors:\n%v\nwant one at row %d, column %q containing %q", es, w.row, w.col, w.text)
		}
	}
}

const interviewHeader = "response_id,interview_id,interviewee,role,region,interview_date,from_stage,to_stage,activity,goal,notes\n"

func TestReadInterviews(t *testing.T) {
	dana := enablemap.Interview{ID: "INT01", Interviewee: "Dana", Role: "AE", Region: "East", Date: "2024-02-06"}
	resp := func(id, iid, act string, pos int) enablemap.Response {
		return enablemap.Response{ID: id, InterviewID: iid, FromStage: "Qualification", ToStage: "Discovery", Activity: act, Position: pos}
	}
	tests := []struct {
		name           string
		input          string
		wantInterviews []enablemap.Interview
		wantResponses  []enablemap.Response
		wantErrs       []wantErr
	}{{
		name: "plain",
		input: interviewHeader +
			"R1,INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,disco call,find pain,\n" +
			"R2,INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,send recap,,n\n",
		wantInterviews: []enablemap.Interview{dana},
		wantResponses: []enablemap.Response{
			{ID: "R1", InterviewID: "INT01", FromStage: "Qualification", ToStage: "Discovery", Activity: "disco call", Goal: "find pain", Position: 1},
			{ID: "R2", InterviewID: "INT01", FromStage: "Qualification", ToStage: "Discovery", Activity: "send recap", Notes: "n", Position: 2},
		},
	}, {
		name:           "BOM and CRLF",
		input:          "\ufeff" + strings.ReplaceAll(interviewHeader+"R1,INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,disco call,,\n", "\n", "\r\n"),
		wantInterviews: []enablemap.Interview{dana},
		wantResponses:  []enablemap.Response{resp("R1", "INT01", "disco call", 1)},
	}, {
		name: "quoted newlines stay in the value and keep row numbers",
		input: interviewHeader +
			"R1,INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,\"disco call\r\nwith the VP\",,\"line one\nline two\"\n" +
			"R2,INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,,,\n",
		wantErrs: []wantErr{{row: 3, col: "activity", text: "required"}},
	}, {
		name: "headers in any case, with spaces, in any order, unknown columns ignored",
		input: "  Activity ,Interview ID,INTERVIEWEE,Colour,From Stage,To-Stage,Response ID\n" +
			"disco call,INT01,Dana,blue,Qualification,Discovery,R1\n",
		wantInterviews: []enablemap.Interview{{ID: "INT01", Interviewee: "Dana"}},
		wantResponses:  []enablemap.Response{resp("R1", "INT01", "disco call", 1)},
	}, {
		name:  "missing required columns are named",
		input: "interview_id,interviewee,activity\nINT01,Dana,x\n",
		wantErrs: []wantErr{
			{row: 1, col: "from_stage", text: "required column \"from_stage\" is missing"},
			{row: 1, col: "to_stage", text: "required column \"to_stage\" is missing"},
		},
	}, {
		name:     "a column given twice",
		input:    "interview_id,interviewee,from_stage,to_stage,activity,Activity\nINT01,Dana,a,b,x,y\n",
		wantErrs: []wantErr{{row: 1, col: "Activity", text: "appears twice"}},
	}, {
		name: "blank lines are skipped but counted",
		input: "\n" + interviewHeader + "\n" +
			"R1,INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,disco call,,\n" +
			",,,,,,,,,,\n   \n" +
			"R2,INT01,Dana,AE,East,2024-02-06,Qualification,,send recap,,\n",
		wantErrs: []wantErr{{row: 7, col: "to_stage", text: "required"}},
	}, {
		name: "generated response ids follow the order within each interview",
		input: "interview_id,interviewee,from_stage,to_stage,activity\n" +
			"INT01,Dana,Qualification,Discovery,a\n" +
			"INT02,Lee,Qualification,Discovery,b\n" +
			"INT01,Dana,Qualification,Discovery,c\n",
		wantInterviews: []enablemap.Interview{{ID: "INT01", Interviewee: "Dana"}, {ID: "INT02", Interviewee: "Lee"}},
		wantResponses:  []enablemap.Response{resp("INT01-1", "INT01", "a", 1), resp("INT02-1", "INT02", "b", 2), resp("INT01-2", "INT01", "c", 3)},
	}, {
		name: "empty response ids are generated, given ones kept",
		input: interviewHeader +
			",INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,a,,\n" +
			"R9,INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,b,,\n",
		wantInterviews: []enablemap.Interview{dana},
		wantResponses:  []enablemap.Response{resp("INT01-1", "INT01", "a", 1), resp("R9", "INT01", "b", 2)},
	}, {
		name: "a generated id that collides with a given one",
		input: interviewHeader +
			"INT01-2,INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,a,,\n" +
			",INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,b,,\n",
		wantErrs: []wantErr{{row: 3, col: "response_id", text: "generated response id \"INT01-2\""}},
	}, {
		name: "duplicate response ids",
		input: interviewHeader +
			"R1,INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,a,,\n" +
			"R1,INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,b,,\n",
		wantErrs: []wantErr{{row: 3, col: "response_id", text: "already used on row 2"}},
	}, {
		name: "details given once per interview are shared",
		input: interviewHeader +
			"R1,INT01,Dana,,,,Qualification,Discovery,a,,\n" +
			"R2,INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,b,,\n" +
			"R3,INT01,Dana,,,,Qualification,Discovery,c,,\n",
		wantInterviews: []enablemap.Interview{dana},
		wantResponses:  []enablemap.Response{resp("R1", "INT01", "a", 1), resp("R2", "INT01", "b", 2), resp("R3", "INT01", "c", 3)},
	}, {
		name: "conflicting interview details",
		input: interviewHeader +
			"R1,INT01,Dana,AE,East,2024-02-06,Qualification,Discovery,a,,\n" +
			"R2,INT01,Dan,AE,West,06 Feb 2024,Qualification,Discovery,b,,\n",
		wantErrs: []wantErr{
			{row: 3, col: "interviewee", text: "interview \"INT01\" has interviewee \"Dana\" on row 2; this row says \"Dan\""},
			{row: 3, col: "region", text: "\"East\" on row 2"},
		},
	}, {
		name: "dates in other forms are normalised",
		input: interviewHeader +
			"R1,INT01,Dana,,,6 February 2024,Qualification,Discovery,a,,\n" +
			"R2,INT02,Lee,,,02/13/2024,Qualification,Discovery,b,,\n" +
			"R3,INT03,Kim,,,03/04/2024,Qualification,Discovery,c,,\n" +
			"R4,INT04,Ali,,,2024/3/5 10:30,Qualification,Discovery,d,,\n",
		wantInterviews: []enablemap.Interview{
			{ID: "INT01", Interviewee: "Dana", Date: "2024-02-06"},
			{ID: "INT02", Interviewee: "Lee", Date: "2024-02-13"},
			// 02/13/2024 shows the column puts the month first.
			{ID: "INT03", Interviewee: "Kim", Date: "2024-03-04"},
			{ID: "INT04", Interviewee: "Ali", Date: "2024-03-05"},
		},
		wantResponses: []enablemap.Response{resp("R1", "INT01", "a", 1), resp("R2", "INT02", "b", 2), resp("R3", "INT03", "c", 3), resp("R4", "INT04", "d", 4)},
	}, {
		name: "bad dates say which form is expected",
		input: interviewHeader +
			"R1,INT01,Dana,,,2024-02-30,Qualification,Discovery,a,,\n" +
			"R2,INT02,Lee,,,next tuesday,Qualification,Discovery,b,,\n" +
			"R3,INT03,Kim,,,03/04/2024,Qualification,Discovery,c,,\n" +
			"R4,INT04,Ali,,,3/4/24,Qualification,Discovery,d,,\n",
		wantErrs: []wantErr{
			{row: 2, col: "interview_date", text: "not a real date; write it as YYYY-MM-DD"},
			{row: 3, col: "interview_date", text: "not a date; write it as YYYY-MM-DD"},
			{row: 4, col: "interview_date", text: "ambiguous"},
			{row: 5, col: "interview_date", text: "four-digit year"},
		},
	}, {
		name:     "invalid UTF-8",
		input:    interviewHeader + "R1,INT01,Dana,,,,Qualification,Discovery,caf\xe9 chat,,\n",
		wantErrs: []wantErr{{row: 2, col: "activity", text: "not valid UTF-8"}},
	}, {
		name:     "a value over the length limit",
		input:    interviewHeader + "R1,INT01,Dana,,,,Qualification,Discovery," + strings.Repeat("é", MaxTextLen+1) + ",,\n",
		wantErrs: []wantErr{{row: 2, col: "activity", text: "the limit is 10000"}},
	}, {
		name:     "a line break in an id",
		input:    interviewHeader + "\"R\n1\",INT01,Dana,,,,Qualification,Discovery,a,,\n",
		wantErrs: []wantErr{{row: 2, col: "response_id", text: "line break"}},
	}, {
		name:     "an unquoted comma shifts the values",
		input:    interviewHeader + "R1,INT01,Dana,,,,Qualification,Discovery,call, then email,goal,notes\n",
		wantErrs: []wantErr{{row: 2, col: "", text: "12 values but the header has 11 columns"}},
	}, {
		name:     "a stray quote",
		input:    interviewHeader + "R1,INT01,Dana,,,,Qualification,Discovery,a,,\nR2,INT01,Dana,,,,Qualification,Discovery,the 12\" one,,\n",
		wantErrs: []wantErr{{row: 3, col: "", text: "not quoted"}},
	}, {
		name:           "semicolons as separators",
		input:          "interview_id;interviewee;from_stage;to_stage;activity\nINT01;Dana;Qualification;Discovery;call, then email\n",
		wantInterviews: []enablemap.Interview{{ID: "INT01", Interviewee: "Dana"}},
		wantResponses:  []enablemap.Response{{ID: "INT01-1", InterviewID: "INT01", FromStage: "Qualification", ToStage: "Discovery", Activity: "call, then email", Position: 1}},
	}, {
		name:     "empty file",
		input:    "\n\n",
		wantErrs: []wantErr{{text: "the file is empty"}},
	}, {
		name:     "header only",
		input:    interviewHeader,
		wantErrs: []wantErr{{text: "no responses"}},
	}, {
		name:     "UTF-16",
		input:    "\xff\xfei\x00",
		wantErrs: []wantErr{{text: "UTF-16"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ins, resps, err := ReadInterviews("interviews.csv", strings.NewReader(tt.input))
			if tt.wantErrs != nil {
				checkErrs(t, err, "interviews.csv", tt.wantErrs)
				if ins != nil || resps != nil {
					t.Errorf("got data %v %v alongside errors, want none", ins, resps)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			if !reflect.DeepEqual(ins, tt.wantInterviews) {
				t.Errorf("got interviews %+v, want %+v", ins, tt.wantInterviews)
			}
			if !reflect.DeepEqual(resps, tt.wantResponses) {
				t.Errorf("got responses %+v, want %+v", resps, tt.wantResponses)
			}
		})
	}
}

func TestGeneratedIDsAreStable(t *testing.T) {
	base := "interview_id,interviewee,from_stage,to_stage,activity\n" +
		"INT01,Dana,Qualification,Discovery,a\n" +
		"INT02,Lee,Qualification,Discovery,b\n" +
		"INT01,Dana,Qualification,Discovery,c\n"
	ids := func(input string) []string {
		t.Helper()
		_, resps, err := ReadInterviews("i.csv", strings.NewReader(input))
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, r := range resps {
			out = append(out, r.ID)
		}
		return out
	}
	first, again := ids(base), ids(base)
	if !reflect.DeepEqual(first, again) {
		t.Errorf("got ids %v on the second import, want %v", again, first)
	}
	// Appending an interview's later answers keeps the earlier ids.
	grown := ids(base + "INT01,Dana,Qualification,Discovery,d\nINT03,Kim,Qualification,Discovery,e\n")
	if !reflect.DeepEqual(grown[:len(first)], first) {
		t.Errorf("got ids %v after appending rows, want them to start with %v", grown, first)
	}
	if want := []string{"INT01-3", "INT03-1"}; !reflect.DeepEqual(grown[len(first):], want) {
		t.Errorf("got new ids %v, want %v", grown[len(first):], want)
	}
}

func TestReadMaterials(t *testing.T) {
	header := "material_id,title,type,description,url,owner,updated,tags\n"
	tests := []struct {
		name     string
		input    string
		want     []enablemap.Material
		wantErrs []wantErr
	}{{
		name: "tags split on semicolons and commas",
		input: header +
			"M1,Pocket card,Guide,\"Ten questions,\nfor the first call\",https://x/1,Enablement,27/02/2023,\"qualification; SDR,,internal ;sdr\"\n" +
			"M2,Deck,,,,,,\n",
		want: []enablemap.Material{
			{ID: "M1", Title: "Pocket card", Type: "Guide", Description: "Ten questions,\nfor the first call", URL: "https://x/1", Owner: "Enablement",
				Updated: "2023-02-27", Tags: []string{"qualification", "SDR", "internal"}, Position: 1},
			{ID: "M2", Title: "Deck", Position: 2},
		},
	}, {
		name:  "aliases",
		input: "ID,Name,Last Updated\nM1,Deck,2023-01-05\n",
		want:  []enablemap.Material{{ID: "M1", Title: "Deck", Updated: "2023-01-05", Position: 1}},
	}, {
		name:  "a column's own name beats its alias",
		input: "name,material_id,title,id\nDeck v1,M1,Deck,9\n",
		want:  []enablemap.Material{{ID: "M1", Title: "Deck", Position: 1}},
	}, {
		name:     "two aliases of one column",
		input:    "id,name,link,Link\nM1,Deck,a,b\n",
		wantErrs: []wantErr{{row: 1, col: "Link", text: "column \"url\" appears twice (also column 3, \"link\")"}},
	}, {
		name:  "required values and duplicate ids",
		input: header + "M1,Deck,,,,,,\nM1,Other,,,,,,\n,Third,,,,,,\nM4,,,,,,,\n",
		wantErrs: []wantErr{
			{row: 3, col: "material_id", text: "material id \"M1\" is already used on row 2"},
			{row: 4, col: "material_id", text: "required"},
			{row: 5, col: "title", text: "required"},
		},
	}, {
		name:     "missing title column",
		input:    "material_id,type\nM1,Deck\n",
		wantErrs: []wantErr{{row: 1, col: "title", text: "missing"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadMaterials("materials.csv", strings.NewReader(tt.input))
			if tt.wantErrs != nil {
				checkErrs(t, err, "materials.csv", tt.wantErrs)
				if got != nil {
					t.Errorf("got data %v alongside errors, want none", got)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestReadGlossary(t *testing.T) {
	tests := []struct {
		name     string
		input    string
		want     []enablemap.GlossaryTerm
		wantErrs []wantErr
	}{{
		name:  "terms with variants",
		input: "Term,Meaning\ndisco,discovery call\nqual / qual call,\"qualification call\"\n",
		want:  []enablemap.GlossaryTerm{{Term: "disco", Meaning: "discovery call"}, {Term: "qual / qual call", Meaning: "qualification call"}},
	}, {
		name:  "a variant defined twice",
		input: "term,meaning\nqual / qual call,qualification call\nQual  Call,the first call\n",
		wantErrs: []wantErr{
			{row: 3, col: "term", text: "already defined on row 2"},
		},
	}, {
		name:     "meaning required",
		input:    "term,meaning\ndisco,\n",
		wantErrs: []wantErr{{row: 2, col: "meaning", text: "required"}},
	}, {
		name:     "a term of slashes only",
		input:    "term,meaning\n /,x\n",
		wantErrs: []wantErr{{row: 2, col: "term", text: "no words"}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadGlossary("glossary.csv", strings.NewReader(tt.input))
			if tt.wantErrs != nil {
				checkErrs(t, err, "glossary.csv", tt.wantErrs)
				if got != nil {
					t.Errorf("got data %v alongside errors, want none", got)
				}
				return
			}
			if err != nil {
				t.Fatalf("got error %v", err)
			}
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestErrorCap(t *testing.T) {
	var b strings.Builder
	b.WriteString("term,meaning\n")
	for range 300 {
		b.WriteString("x,\n")
	}
	_, err := ReadGlossary("g.csv", strings.NewReader(b.String()))
	var es enablemap.Errors
	if !errors.As(err, &es) {
		t.Fatalf("got %v, want enablemap.Errors", err)
	}
	if len(es) != MaxErrors+1 {
		t.Errorf("got %d errors, want %d and a last one saying it stopped", len(es), MaxErrors+1)
	}
	if last := es[len(es)-1]; !strings.Contains(last.Message, "stopped") {
		t.Errorf("got last error %q, want it to say it stopped", last.Message)
	}
}

func TestSizeGuard(t *testing.T) {
	input := "term,meaning\ndisco,discovery call\n"
	_, err := Config{MaxBytes: 10}.ReadGlossary("g.csv", strings.NewReader(input))
	checkErrs(t, err, "g.csv", []wantErr{{text: "larger than the limit of 10 bytes"}})
	if _, err := (Config{MaxBytes: int64(len(input))}).ReadGlossary("g.csv", strings.NewReader(input)); err != nil {
		t.Errorf("got %v for a file exactly at the limit, want none", err)
	}

	path := filepath.Join(t.TempDir(), "g.csv")
	if err := os.WriteFile(path, []byte(input), 0o600); err != nil {
		t.Fatal(err)
	}
	_, err = Config{MaxBytes: 1 << 10}.ReadFile(Glossary, path)
	if err != nil {
		t.Fatalf("got %v, want none", err)
	}
	_, err = Config{MaxBytes: 20}.ReadFile(Glossary, path)
	checkErrs(t, err, path, []wantErr{{text: "larger than the limit"}})

	_, err = ReadFile(Glossary, path+".missing")
	if code := enablemap.ErrorCode(err); code != enablemap.ENOTFOUND || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("got %v (code %q), want not found", err, code)
	}
	_, err = ReadFile(Glossary, filepath.Dir(path))
	checkErrs(t, err, filepath.Dir(path), []wantErr{{text: "folder"}})
}

func TestParseKind(t *testing.T) {
	tests := []struct {
		in   string
		want Kind
		ok   bool
	}{
		{"interviews", Interviews, true},
		{" Responses ", Interviews, true},
		{"MATERIAL", Materials, true},
		{"glossary", Glossary, true},
		{"decks", "", false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseKind(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("got %q, %v; want %q, ok %v", got, err, tt.want, tt.ok)
			}
		})
	}
}

func TestNormalizeDate(t *testing.T) {
	tests := []struct {
		in      string
		order   dateOrder
		xlsx    bool
		want    string
		problem string
	}{
		{in: "2024-02-06", want: "2024-02-06"},
		{in: "2024-2-6", want: "2024-02-06"},
		{in: "2024/02/06", want: "2024-02-06"},
		{in: "2024.02.06", want: "2024-02-06"},
		{in: "20240206", want: "2024-02-06"},
		{in: "2024-02-06T09:30:00Z", want: "2024-02-06"},
		{in: "6 Feb 2024", want: "2024-02-06"},
		{in: "6-feb-2024", want: "2024-02-06"},
		{in: "February 6, 2024", want: "2024-02-06"},
		{in: "Tue, 6 Feb 2024", want: "2024-02-06"},
		{in: "13/02/2024", want: "2024-02-13"},
		{in: "02/13/2024", want: "2024-02-13"},
		{in: "06.02.2024", order: orderDayFirst, want: "2024-02-06"},
		{in: "02/06/2024", order: orderMonthFirst, want: "2024-02-06"},
		{in: "05/05/2024", want: "2024-05-05"},
		{in: "02/06/2024", problem: "ambiguous"},
		{in: "02/06/2024", order: orderMixed, problem: "ambiguous"},
		{in: "2024-02/06", problem: "not a date"},
		{in: "2023-02-29", problem: "not a real date"},
		{in: "2/6/24", problem: "four-digit year"},
		{in: "45328", problem: "not a date"},
		{in: "45328", xlsx: true, want: "2024-02-06"},
		{in: "45328.75", xlsx: true, want: "2024-02-06"},
		{in: "20240206", xlsx: true, want: "2024-02-06"},
		{in: "-3", xlsx: true, problem: "not a date"},
		{in: "NaN", xlsx: true, problem: "not a date"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, problem := normalizeDate(tt.in, tt.order, tt.xlsx, false)
			if got != tt.want || !strings.Contains(problem, tt.problem) || (tt.problem == "") != (problem == "") {
				t.Errorf("got %q, %q; want %q, %q", got, problem, tt.want, tt.problem)
			}
			if problem != "" && !strings.Contains(problem, "YYYY-MM-DD") {
				t.Errorf("got problem %q, want it to name the expected form", problem)
			}
		})
	}
}

func TestNormalizeHeader(t *testing.T) {
	for in, want := range map[string]string{
		"Response ID":      "response_id",
		" response-id ":    "response_id",
		"RESPONSE__ID":     "response_id",
		"\tinterview date": "interview_date",
		"Goal":             "goal",
	} {
		if got := normalizeHeader(in); got != want {
			t.Errorf("normalizeHeader(%q): got %q, want %q", in, got, want)
		}
	}
}

// sampleDir is the public sample, which tests use when it is present.
const sampleDir = "../../../shared/sample"

func TestSampleFiles(t *testing.T) {
	if _, err := os.Stat(filepath.Join(sampleDir, "interviews.csv")); err != nil {
		t.Skip("sample not present")
	}
	d, err := ReadFile(Interviews, filepath.Join(sampleDir, "interviews.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Interviews) != 11 || len(d.Responses) != 164 {
		t.Errorf("got %d interviews and %d responses, want 11 and 164", len(d.Interviews), len(d.Responses))
	}
	for _, in := range d.Interviews {
		if in.Interviewee == "" || len(in.Date) != len("2024-02-06") {
			t.Errorf("got interview %+v, want an interviewee and a date", in)
		}
	}
	if d.Responses[0].ID != "R001" || d.Responses[0].InterviewID != "INT01" || d.Responses[163].Position != 164 {
		t.Errorf("got first response %+v and last %+v", d.Responses[0], d.Responses[163])
	}
	d, err = ReadFile(Materials, filepath.Join(sampleDir, "materials.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Materials) != 85 {
		t.Errorf("got %d materials, want 85", len(d.Materials))
	}
	if m := d.Materials[0]; m.ID != "M001" || !reflect.DeepEqual(m.Tags, []string{"HIM", "coding", "persona"}) {
		t.Errorf("got first material %+v", m)
	}
	terms, err := ReadGlossaryFile(filepath.Join(sampleDir, "glossary.csv"))
	if err != nil {
		t.Fatal(err)
	}
	if len(terms) != 27 {
		t.Errorf("got %d terms, want 27", len(terms))
	}
	if _, _, err := ReadInterviewsFile(filepath.Join(sampleDir, "glossary.csv")); err == nil {
		t.Error("got no error reading the glossary as interviews")
	}
}
