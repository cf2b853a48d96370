package analysis

import (
	"regexp"
	"strings"
)

// A want is a wish or a request addressed to Marketing; a need is something a
// rep does. Wants are recognised from the phrasing of the activity text, never
// from its topic, so "need to send the proposal" stays an activity.
var wantPatterns = []struct {
	re     *regexp.Regexp
	reason string
}{
	{regexp.MustCompile(`\b(i|we)\s+(really\s+)?wish\b|^\s*wish\b|\bwish\s+(there\s+(was|were)|we\s+had|marketing|mktg|mkt|they|someone|somebody)\b`), "phrased as a wish"},
	{regexp.MustCompile(`\b(would|it'?d|wd)\s+be\s+(nice|great|good|helpful|awesome|amazing)\b`), "phrased as a wish (\"would be nice\")"},
	{regexp.MustCompile(`\b(would|i'?d|we'?d)\s+love\b`), "phrased as a wish (\"would love\")"},
	{regexp.MustCompile(`\bif\s+only\b`), "phrased as a wish (\"if only\")"},
	{regexp.MustCompile(`\b(marketing|mktg|mkt|pmm|product\s+marketing)(\s+team)?\s+(should|could|needs?\s+to|has\s+to|must|ought\s+to|never|doesn'?t|does\s+not|won'?t)\b`), "a request to Marketing"},
	{regexp.MustCompile(`\b(need|want)s?\s+(more|better|new|updated|fresher|shorter)\b.*\bfrom\s+(marketing|mktg|mkt|pmm)\b`), "a request for more or better material from Marketing"},
	{regexp.MustCompile(`\b(can|could)\s+(we|marketing|mktg)\s+(get|have|please)\b`), "a request (\"can we get\")"},
	{regexp.MustCompile(`\bplease\s+(give|make|send|build|create)\b`), "a request (\"please give\")"},
	{regexp.MustCompile(`\b(marketing|mktg|mkt|pmm)('?s)?\s+(\w+\s+){0,3}(is|are|was|were)\s+(too|way\s+too|so|not|never|useless|outdated|stale|old|generic)\b`), "a complaint about Marketing's material"},
	{regexp.MustCompile(`\bthere'?s\s+no\s+(good\s+)?(deck|slide|one[- ]pager|template|case\s+stud|video|content|material)`), "a complaint that material is missing"},
}

// detectWant reports whether an activity text is a want, and why.
func detectWant(activity string) (bool, string) {
	s := strings.ToLower(strings.TrimSpace(activity))
	s = strings.ReplaceAll(s, "’", "'")
	for _, p := range wantPatterns {
		if p.re.MatchString(s) {
			return true, p.reason
		}
	}
	return false, ""
}
