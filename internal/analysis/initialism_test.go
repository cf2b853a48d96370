package analysis

import "testing"

func TestJoinInitialisms(t *testing.T) {
	tests := []struct{ in, want string }{
		{"12 mo m&v report", "12 mo mv report"},
		{"r&d and p&l", "rd and pl"},
		{"sales & marketing", "sales & marketing"},
		{"at&t", "at&t"},
		{"q&a", "qa"},
		{"&", "&"},
		{"a&", "a&"},
	}
	for _, tt := range tests {
		if got := joinInitialisms(tt.in); got != tt.want {
			t.Errorf("joinInitialisms(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
