package analysis

import "testing"

func TestObjectPhraseEnds(t *testing.T) {
	tests := []struct {
		word string
		end  bool
	}{
		{"substrates", true},
		{"campus", true},
		{"speed", true},
		{"district's", true},
		{"automatically", false},
		{"promised", false},
		{"filled", false},
		{"loves", false},
		{"hard", false},
		{"whose", false},
		{"they're", false},
	}
	for _, tt := range tests {
		if got := endsObject(tt.word); got != tt.end {
			t.Errorf("endsObject(%q) = %v, want %v", tt.word, got, tt.end)
		}
	}
	for _, w := range []string{"scan", "qualify", "track", "read"} {
		if startsObject(w) {
			t.Errorf("startsObject(%q) = true, want false: a verb opens a clause", w)
		}
	}
}
