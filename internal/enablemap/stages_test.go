package enablemap

import (
	"reflect"
	"testing"
)

func TestMergeSalesStages(t *testing.T) {
	r := func(from, to string) Response { return Response{FromStage: from, ToStage: to} }
	tests := []struct {
		name      string
		existing  []string
		responses []Response
		want      []string
		wantAdded []string
	}{
		{"empty project takes transition order", nil,
			[]Response{r("Qualification", "Discovery"), r("Discovery", "Demo"), r("Prospecting", "Qualification")},
			[]string{"Prospecting", "Qualification", "Discovery", "Demo"},
			[]string{"Prospecting", "Qualification", "Discovery", "Demo"}},
		{"existing order kept, case-insensitive", []string{"Lead", "Qualified"},
			[]Response{r("qualified", "Proposal"), r("LEAD", "qualified")},
			[]string{"Lead", "Qualified", "Proposal"}, []string{"Proposal"}},
		{"nothing new", []string{"A", "B"}, []Response{r("a", "b")}, []string{"A", "B"}, nil},
		{"cycle broken by first appearance", nil,
			[]Response{r("A", "B"), r("B", "A"), r("B", "C")},
			[]string{"A", "B", "C"}, []string{"A", "B", "C"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, added := MergeSalesStages(tt.existing, tt.responses)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("merged = %v, want %v", got, tt.want)
			}
			if !reflect.DeepEqual(added, tt.wantAdded) {
				t.Errorf("added = %v, want %v", added, tt.wantAdded)
			}
		})
	}
}

func TestParseStageList(t *testing.T) {
	got, err := ParseStageList("\ufeffAware\r\n# comment\n\nConsider\nDecide\n")
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"Aware", "Consider", "Decide"}; !reflect.DeepEqual(got, want) {
		t.Errorf("got %v, want %v", got, want)
	}
	if _, err := ParseStageList("A\na\n"); err == nil {
		t.Error("duplicate stage accepted")
	}
	if _, err := ParseStageList("\n# only a comment\n"); err == nil {
		t.Error("empty list accepted")
	}
}
