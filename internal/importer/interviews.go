package importer

import (
	"strconv"

	"github.com/enablemap/enablemap/internal/enablemap"
)

var interviewColumns = []column{
	{name: "response_id", maxLen: MaxNameLen},
	{name: "interview_id", required: true, maxLen: MaxNameLen},
	{name: "interviewee", required: true, maxLen: MaxNameLen, aliases: []string{"rep", "rep_name"}},
	{name: "role", maxLen: MaxNameLen},
	{name: "region", maxLen: MaxNameLen},
	{name: "interview_date", maxLen: MaxNameLen, aliases: []string{"date"}},
	{name: "interviewer", maxLen: MaxNameLen},
	{name: "from_stage", required: true, maxLen: MaxNameLen},
	{name: "to_stage", required: true, maxLen: MaxNameLen},
	{name: "activity", required: true, maxLen: MaxTextLen, multiline: true},
	{name: "goal", maxLen: MaxTextLen, multiline: true},
	{name: "notes", maxLen: MaxTextLen, multiline: true},
}

// interviewSeen remembers where an interview's details were first given, to
// name that row when a later one contradicts it.
type interviewSeen struct {
	index     int
	responses int
	rowOf     map[string]int // column -> row that set it
}

func parseInterviews(t *table) ([]enablemap.Interview, []enablemap.Response, error) {
	c := &collector{file: t.file}
	b, ok := bind(t, interviewColumns, c)
	if !ok {
		return nil, nil, c.err()
	}
	order := b.dateOrder("interview_date")
	var (
		interviews []enablemap.Interview
		responses  []enablemap.Response
		seen       = map[string]*interviewSeen{}
		idRow      = map[string]int{} // response id -> row
	)
	for _, r := range t.rows {
		b.checkWidth(r)
		iid := b.value(r, "interview_id")
		details := map[string]string{
			"interviewee":    b.value(r, "interviewee"),
			"role":           b.value(r, "role"),
			"region":         b.value(r, "region"),
			"interview_date": b.date(r, "interview_date", order),
			"interviewer":    b.value(r, "interviewer"),
		}
		resp := enablemap.Response{
			ID:          b.value(r, "response_id"),
			InterviewID: iid,
			FromStage:   b.value(r, "from_stage"),
			ToStage:     b.value(r, "to_stage"),
			Activity:    b.value(r, "activity"),
			Goal:        b.value(r, "goal"),
			Notes:       b.value(r, "notes"),
			Position:    len(responses) + 1,
		}
		if iid == "" {
			continue
		}
		s := seen[iid]
		if s == nil {
			s = &interviewSeen{index: len(interviews), rowOf: map[string]int{}}
			seen[iid] = s
			interviews = append(interviews, enablemap.Interview{ID: iid})
		}
		s.responses++
		in := &interviews[s.index]
		// Details may be given once per interview or on every row; they
		// conflict only when two rows give different non-empty values.
		for _, col := range []string{"interviewee", "role", "region", "interview_date", "interviewer"} {
			v := details[col]
			if v == "" {
				continue
			}
			field := interviewField(in, col)
			switch {
			case *field == "":
				*field = v
				s.rowOf[col] = r.num
			case *field != v:
				c.add(r.num, b.label[col], "interview %q has %s %q on row %d; this row says %q", iid, col, *field, s.rowOf[col], v)
			}
		}
		// Without a response_id the id comes from the interview and the
		// response's place in it, so importing the same file again updates
		// the same responses instead of adding copies.
		idCol, generated := b.label["response_id"], false
		if resp.ID == "" && b.raw(r, "response_id") == "" {
			resp.ID, generated = iid+"-"+strconv.Itoa(s.responses), true
			if idCol == "" {
				idCol = b.label["interview_id"]
			}
		}
		if resp.ID != "" {
			prev, dup := idRow[resp.ID]
			switch {
			case dup && generated:
				c.add(r.num, idCol, "the generated response id %q (interview id and place in the interview) is already used on row %d; give this row a response_id", resp.ID, prev)
			case dup:
				c.add(r.num, idCol, "response id %q is already used on row %d", resp.ID, prev)
			default:
				idRow[resp.ID] = r.num
			}
		}
		responses = append(responses, resp)
	}
	if err := c.err(); err != nil {
		return nil, nil, err
	}
	if len(responses) == 0 {
		return nil, nil, fileError(t.file, "the file has a header row but no responses")
	}
	return interviews, responses, nil
}

func interviewField(in *enablemap.Interview, col string) *string {
	switch col {
	case "interviewee":
		return &in.Interviewee
	case "role":
		return &in.Role
	case "region":
		return &in.Region
	case "interview_date":
		return &in.Date
	}
	return &in.Interviewer
}
