package analysis

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// An offer that ended before the interviews ("Buy 5, get 1 free; orders by
// 20 December 2024", "Q4 2023 promotion", "Offer ends 12/31/2022") is no
// tool for today's selling: handing it out promises what the company no
// longer gives. The interviews date the research: the latest of them is
// "now".

// researchDate returns the latest interview date, or the zero time when no
// interview is dated.
func researchDate(ivs []enablemap.Interview) time.Time {
	var latest time.Time
	for _, iv := range ivs {
		d, err := time.Parse(time.DateOnly, strings.TrimSpace(iv.Date))
		if err == nil && d.After(latest) {
			latest = d
		}
	}
	return latest
}

// offerWords say that a piece announces an offer rather than describes a
// product or a service.
var offerWords = regexp.MustCompile(`\b(promo|promos|promotion|promotions|promotional|offer|offers|flash\s+sale|sale\s+event|discount|discounts|gift\s+card|trade[- ]up|trade[- ]in|campaign|limited[- ]time|rebate|rebates|coupon|coupons|promo\s+code)\b|\d+\s*%\s*off\b|\$\s*\d[\d,]*\s+off\b|\bbuy\s+(\d+|one|two|three|four|five|six|ten)\b[^.;]*\bget\b|\bsave\s+\d+\s*%`)

// offerHints hold a part of every one of offerWords.
var offerHints = []string{"promo", "offer", "sale", "discount", "gift", "trade", "campaign", "limited", "rebate", "%", "$", "buy", "save", "coupon"}

// offerDeadline finds a deadline: a word that ends an offer followed by a
// date that names its year.
var offerDeadline = regexp.MustCompile(`\b(ends?|ended|expires?|expired|until|through|thru|by|before|closes?|closed|deadline|valid\s+(?:through|until|to))\s*:?\s+(` + dateExpr + `)`)

// offerRange finds the end of a range of dates ("valid March 1 - May 31,
// 2024", "April-May 2024"): a full date after a dash or "to".
var offerRange = regexp.MustCompile(`(?:\s[-–]\s*|[a-z]-|\sto\s+)(` + monthName + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+` + monthName + `,?\s+(?:19|20)\d\d|` + monthName + `\s+(?:19|20)\d\d)`)

// offerPeriod finds the period an offer runs in, said beside it ("Q4 2023
// promotion", "Spring 2024 Digital Flash Sale", "2023 campaign email").
var offerPeriod = regexp.MustCompile(`\b(q[1-4]|spring|summer|fall|autumn|winter|holiday|year[- ]end|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)?\s*((?:19|20)\d\d)\s+(?:[a-z0-9%$-]+\s+){0,3}?(promo|promotion|offer|sale|campaign)\b`)

const (
	monthName = `(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?`
	dateExpr  = monthName + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d` + // December 31, 2024
		`|\d{1,2}(?:st|nd|rd|th)?\s+` + monthName + `,?\s+(?:19|20)\d\d` + // 31 December 2024
		`|\d{1,2}/\d{1,2}/(?:(?:19|20)?\d\d)\b` + // 12/31/2022
		`|` + monthName + `\s+(?:19|20)\d\d` + // December 2024
		`|(?:19|20)\d\d\b` // 2023
)

// expiredOffer returns the last day of the offer a material announces, when
// that day came before asOf.
func expiredOffer(m enablemap.Material, asOf time.Time) (string, bool) {
	if asOf.IsZero() {
		return "", false
	}
	// The piece is the offer: its title, type or tags say so, not only a
	// line of its description (a talk track that "mentions the 2021
	// promo" is still a talk track). A look for the words' stems first:
	// most pieces hold none.
	if !slices.ContainsFunc(offerHints, func(h string) bool {
		return containsFold(m.Title, h) || containsFold(m.Type, h) || slices.ContainsFunc(m.Tags, func(t string) bool { return containsFold(t, h) })
	}) {
		return "", false
	}
	head := strings.ToLower(m.Title + " ; " + m.Type + " ; " + strings.Join(m.Tags, " ; "))
	if !offerWords.MatchString(head) {
		return "", false
	}
	text := strings.ReplaceAll(head+" ; "+strings.ToLower(m.Description), "’", "'")
	var end time.Time
	for _, sm := range offerDeadline.FindAllStringSubmatch(text, -1) {
		if d, ok := lastDayOf(sm[2]); ok && d.After(end) {
			end = d
		}
	}
	for _, sm := range offerRange.FindAllStringSubmatch(text, -1) {
		if d, ok := lastDayOf(sm[1]); ok && d.After(end) {
			end = d
		}
	}
	// A period ("Winter 2025 Promo") says when an offer runs only when no
	// day does: "orders signed by February 28, 2025" is the deadline.
	if end.IsZero() {
		for _, sm := range offerPeriod.FindAllStringSubmatch(text, -1) {
			if d, ok := periodEnd(sm[1], sm[2]); ok && d.After(end) {
				end = d
			}
		}
	}
	if end.IsZero() || !end.Before(asOf) {
		return "", false
	}
	return end.Format(time.DateOnly), true
}

// An event's registration page ("HelixPair launch webinar - registration
// page", "Walk 2025 - flyer & registration") whose event took place before
// the interviews invites buyers to something that is over. An invitation a
// rep sends (an email template) is kept: the rep may send this year's.

// eventWordsRe name an event in a title, type or tag.
var eventWordsRe = regexp.MustCompile(`\b(webinar|webinars|event|events|walk|summit|workshop|seminar|open\s+house|open\s+days?|conference|meetup|lunch\s+and\s+learn|expo|symposium|tour|roadshow|forum)\b`)

// registerCall is what a registration page says: "Register for the live
// webinar", "registration page" (a datasheet of registration software
// says neither).
var registerCall = regexp.MustCompile(`\bregister\s+(for|now|here|today|online)\b|\bregistration\s+(page|form|link|site|is\s+open)\b|\brsvp\b|\b(webinar|event|seminar|workshop)\s+registration\s*(;|$)|\s[-–:]\s*registration\s*(;|$)`)

// eventDate finds a date that names at least its month.
var eventDate = regexp.MustCompile(monthName + `\s+\d{1,2}\s*[-–]\s*\d{1,2},?\s+(?:19|20)\d\d|` + monthName + `\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d\d|\d{1,2}(?:st|nd|rd|th)?\s+` + monthName + `,?\s+(?:19|20)\d\d|\d{1,2}/\d{1,2}/(?:(?:19|20)?\d\d)\b|` + monthName + `\s+(?:19|20)\d\d`)

// eventYear is a year on its own; rsvpWord is "RSVP" as a word; liveEvent
// is a live session named in a title ("GraveFinder for Memorial Day - live
// webinar"), whose page invites to it (a recording is not live).
var (
	eventYear = regexp.MustCompile(`\b(?:19|20)\d\d\b`)
	rsvpWord  = regexp.MustCompile(`\brsvp\b`)
	liveEvent = regexp.MustCompile(`\blive\s+(webinar|event|session|walkthrough|workshop|demo\s+day)\b`)
	// showCall is a show's invitation to the stand ("Meet Glosswave at
	// Booth 3315", "book a meeting with us", "visit us at booth 612");
	// showWords name a show.
	showCall = regexp.MustCompile(`\b(meet|visit|see|find|join)\s+(us|\w+)\s+at\s+(the\s+)?(booth|stand|table)\b|\b(booth|stand)\s+#?\d{1,5}\b|\bbook\s+a\s+meeting\b|\bvisit\s+us\s+at\b`)
	// recordingWords name a recording of an event, which outlives it.
	recordingWords = regexp.MustCompile(`\b(recording|recorded|replay|on[- ]demand)\b`)
	showWords      = regexp.MustCompile(`\b(show|trade\s+show|congress|convention|fair|annual)\b`)
	// liveDated is an event's live date: "live October 12, 2023", "Live
	// webinar for referring practices, May 20, 2025".
	liveDated = regexp.MustCompile(`\blive\b[^.;]{0,50}?(` + eventDate.String() + `)`)
)

// expiredEvent returns the day of the event whose registration page a
// material is, when that day came before asOf.
func expiredEvent(m enablemap.Material, asOf time.Time) (string, bool) {
	if asOf.IsZero() {
		return "", false
	}
	title := strings.ToLower(m.Title)
	desc := strings.ToLower(m.Description)
	head := strings.ToLower(m.Title + " ; " + m.Type + " ; " + strings.Join(m.Tags, " ; "))
	email := containsFold(m.Type, "email")
	switch {
	case !email && (strings.Contains(title, "registration") || strings.Contains(title, "register") || rsvpWord.MatchString(title) || liveEvent.MatchString(title)):
		// A registration page: "... - webinar registration", "RSVP".
		if !eventWordsRe.MatchString(head) || !registerCall.MatchString(title+" ; "+desc) {
			return "", false
		}
	case !email && eventWordsRe.MatchString(title) && registerCall.MatchString(desc) && !recordingWords.MatchString(title):
		// A page titled with the event whose text asks to register
		// ("Webinar: Fund your video board without a bond": "Register
		// for the live webinar, February 20, 2024").
	case !email && eventWordsRe.MatchString(title) && liveDated.MatchString(desc) && !recordingWords.MatchString(title+" ; "+desc):
		// A page titled with the event whose text gives its live date
		// ("Introducing Rest - partner webinar": "Live webinar for
		// referring practices, May 20, 2025").
	case showCall.MatchString(title+" ; "+desc) && (eventWordsRe.MatchString(head) || showWords.MatchString(head)):
		// A show's invitation: "Meet us at Booth 3315", "book a meeting
		// with us", "visit us at booth 612"; an email invitation too.
	default:
		return "", false
	}
	var last time.Time
	for _, d := range eventDate.FindAllString(strings.ToLower(m.Title+" ; "+m.Description), -1) {
		if t, ok := lastDayOf(d); ok && t.After(last) {
			last = t
		}
	}
	if last.IsZero() {
		// No day or month ("Spring Safety Series 2023 - register now",
		// "April 4, 11 and 18, 2023"): the last year named stands for its
		// last day.
		for _, y := range eventYear.FindAllString(m.Title+" ; "+m.Description, -1) {
			if t, ok := lastDayOf(y); ok && t.After(last) {
				last = t
			}
		}
	}
	if last.IsZero() || !last.Before(asOf) {
		return "", false
	}
	return last.Format(time.DateOnly), true
}

var months = map[string]time.Month{
	"jan": time.January, "feb": time.February, "mar": time.March, "apr": time.April,
	"may": time.May, "jun": time.June, "jul": time.July, "aug": time.August,
	"sep": time.September, "oct": time.October, "nov": time.November, "dec": time.December,
}

func monthOf(s string) (time.Month, bool) {
	s = strings.TrimSuffix(s, ".")
	if len(s) < 3 {
		return 0, false
	}
	m, ok := months[s[:3]]
	return m, ok
}

var (
	monthDayRange = regexp.MustCompile(`^([a-z]+)\.?\s+\d{1,2}\s*[-–]\s*(\d{1,2}),?\s+(\d{4})$`)
	monthDayYear  = regexp.MustCompile(`^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$`)
	dayMonthYear  = regexp.MustCompile(`^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$`)
	slashDate     = regexp.MustCompile(`^(\d{1,2})/(\d{1,2})/(\d{2,4})$`)
	monthYear     = regexp.MustCompile(`^([a-z]+)\.?\s+(\d{4})$`)
)

// lastDayOf reads a date expression; a month alone stands for its last day,
// a year alone for its last day, and a slash date that reads both ways
// (03/04/2024) for the later of the two.
func lastDayOf(s string) (time.Time, bool) {
	s = strings.TrimSpace(s)
	atoi := func(x string) int { n, _ := strconv.Atoi(x); return n }
	day := func(y int, m time.Month, d int) (time.Time, bool) {
		t := time.Date(y, m, d, 0, 0, 0, 0, time.UTC)
		if d < 1 || t.Month() != m {
			return time.Time{}, false
		}
		return t, true
	}
	if sm := monthDayRange.FindStringSubmatch(s); sm != nil {
		// "March 16-18, 2025": the last day of the range.
		if m, ok := monthOf(sm[1]); ok {
			return day(atoi(sm[3]), m, atoi(sm[2]))
		}
		return time.Time{}, false
	}
	if sm := monthDayYear.FindStringSubmatch(s); sm != nil {
		if m, ok := monthOf(sm[1]); ok {
			return day(atoi(sm[3]), m, atoi(sm[2]))
		}
		return time.Time{}, false
	}
	if sm := dayMonthYear.FindStringSubmatch(s); sm != nil {
		if m, ok := monthOf(sm[2]); ok {
			return day(atoi(sm[3]), m, atoi(sm[1]))
		}
		return time.Time{}, false
	}
	if sm := slashDate.FindStringSubmatch(s); sm != nil {
		a, b, y := atoi(sm[1]), atoi(sm[2]), atoi(sm[3])
		if y < 100 {
			y += 2000
		}
		us, okUS := time.Time{}, false
		if a >= 1 && a <= 12 {
			us, okUS = day(y, time.Month(a), b)
		}
		eu, okEU := time.Time{}, false
		if b >= 1 && b <= 12 {
			eu, okEU = day(y, time.Month(b), a)
		}
		switch {
		case okUS && okEU:
			if eu.After(us) {
				return eu, true
			}
			return us, true
		case okUS:
			return us, true
		case okEU:
			return eu, true
		}
		return time.Time{}, false
	}
	if sm := monthYear.FindStringSubmatch(s); sm != nil {
		if m, ok := monthOf(sm[1]); ok {
			return time.Date(atoi(sm[2]), m+1, 0, 0, 0, 0, 0, time.UTC), true
		}
		return time.Time{}, false
	}
	if len(s) == 4 {
		if y := atoi(s); y >= 1900 {
			return time.Date(y, time.December, 31, 0, 0, 0, 0, time.UTC), true
		}
	}
	return time.Time{}, false
}

// periodEnd is the last day of a quarter, a season or a month of a year,
// or of the year itself.
func periodEnd(period, year string) (time.Time, bool) {
	y, err := strconv.Atoi(year)
	if err != nil {
		return time.Time{}, false
	}
	endOf := func(m time.Month) (time.Time, bool) {
		return time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC), true
	}
	switch p := strings.ReplaceAll(period, " ", "-"); p {
	case "q1":
		return endOf(time.March)
	case "q2":
		return endOf(time.June)
	case "q3":
		return endOf(time.September)
	case "spring":
		return endOf(time.May)
	case "summer":
		return endOf(time.August)
	case "fall", "autumn":
		return endOf(time.November)
	case "winter":
		// Winter of a year runs into the next one's first months.
		return time.Date(y+1, time.March, 0, 0, 0, 0, 0, time.UTC), true
	case "", "q4", "holiday", "year-end":
		return endOf(time.December)
	default:
		if m, ok := monthOf(p); ok {
			return endOf(m)
		}
	}
	return time.Time{}, false
}
