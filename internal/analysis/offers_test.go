package analysis

import (
	"testing"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

func TestExpiredOffer(t *testing.T) {
	day := func(s string) time.Time {
		d, err := time.Parse(time.DateOnly, s)
		if err != nil {
			t.Fatal(err)
		}
		return d
	}
	tests := []struct {
		name  string
		m     enablemap.Material
		asOf  string
		want  bool
		ended string
	}{
		{"ended before the interviews", enablemap.Material{Title: "Winter Traction Promo - $35 off Roadmark RD-7 drives", Description: "Buy 8 drive tires, get $35 off each. Offer ends February 28, 2025."}, "2025-03-10", true, "2025-02-28"},
		{"still running at the interviews", enablemap.Material{Title: "Winter Traction Promo - $35 off Roadmark RD-7 drives", Description: "Buy 8 drive tires, get $35 off each. Offer ends February 28, 2025."}, "2025-02-20", false, ""},
		{"day before month", enablemap.Material{Title: "Atlas C7 to C9 Trade-Up Program 2024", Description: "Up to $9,000 credit per Atlas C7 traded in. Orders must ship by 31 December 2024."}, "2025-02-03", true, "2024-12-31"},
		{"a quarter's promotion", enablemap.Material{Title: "Year-end offer: sign by 31 December, save 20% on year one", Type: "Email template", Description: "Q4 2023 promotion for Essentials and Professional."}, "2025-01-15", true, "2023-12-31"},
		{"a season's sale", enablemap.Material{Title: "Spring 2024 Digital Flash Sale - 20% off RidgeLive", Description: "Limited-time offer on any 4-week flight."}, "2025-02-01", true, "2024-05-31"},
		{"a day beats a season", enablemap.Material{Title: "Winter 2025 Promo - Free KilnCare Plus (ends 2/28)", Tags: []string{"promotion"}, Description: "Free first year of KilnCare Plus on orders signed by February 28, 2025."}, "2025-06-01", true, "2025-02-28"},
		{"a season with no day", enablemap.Material{Title: "Winter 2025 Promo - Free KilnCare Plus", Tags: []string{"promotion"}, Description: "Free first year of KilnCare Plus."}, "2025-06-01", false, ""},
		{"a slash date", enablemap.Material{Title: "VistaPan 200 -> Vista 3D trade-up offer", Description: "Trade in a VistaPan 200 for credit toward Vista 3D. Offer ends 12/31/2022."}, "2025-03-12", true, "2022-12-31"},
		{"an offer tag", enablemap.Material{Title: "Switch & Save - $12/ton off your first 90 days", Tags: []string{"promotion", "switch"}, Description: "New customers who switch by December 31, 2023 save $12/ton."}, "2025-02-10", true, "2023-12-31"},
		{"an old promo named in a talk track", enablemap.Material{Title: "Cold Call Talk Track & Voicemail Scripts", Description: "Openers for plant engineers; leads with the 2021 promo, which ended by March 2021."}, "2025-04-18", false, ""},
		{"a deadline without a year", enablemap.Material{Title: "Early order offer - book by Feb 15", Description: "Locked pricing for orders booked by Feb 15."}, "2025-03-01", false, ""},
		{"a period that runs past the interviews", enablemap.Material{Title: "Crossway co-promo - bonus 5 cpg for 90 days", Description: "Co-branded flyer for the new-account promotion (Q3-Q4 2024)."}, "2024-10-03", false, ""},
		{"a range of dates", enablemap.Material{Title: "Spring Into Smiles 2024 - $200 off your next 3 cases", Tags: []string{"promo"}, Description: "Promo email; offer valid March 1 - May 31, 2024."}, "2025-02-01", true, "2024-05-31"},
		{"a range of months", enablemap.Material{Title: "Spring Cleanout - free extra roll-off for 30 days", Tags: []string{"promotion"}, Description: "Promotion for April-May 2024: a second roll-off at no rental."}, "2025-03-01", true, "2024-05-31"},
		{"no dated interview", enablemap.Material{Title: "Winter Traction Promo", Description: "Offer ends February 28, 2025."}, "", false, ""},
		{"a utility's rebate", enablemap.Material{Title: "Northline Electric snowmaking rebate 2022 - flyer", Tags: []string{"rebate", "utility"}, Description: "Get up to $1,500 per efficient fan gun. Applications by May 31, 2022."}, "2025-06-03", true, "2022-05-31"},
		{"a rebate still open", enablemap.Material{Title: "Northline Electric snowmaking rebate 2025 - flyer", Tags: []string{"rebate", "utility"}, Description: "Get up to $1,500 per efficient fan gun. Applications by May 31, 2026."}, "2025-06-03", false, ""},
		{"a rebate program with no deadline", enablemap.Material{Title: "2024 Fee schedule & rebate tiers", Description: "Card fees, late fees, rebate tiers by monthly gallons."}, "2025-06-03", false, ""},
		{"a coupon", enablemap.Material{Title: "Counter card - rented a locator? Call a pro.", Tags: []string{"partner", "coupon"}, Description: "10% off a first locate, code SUMMIT10, expires 12/31/2023."}, "2025-03-01", true, "2023-12-31"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var asOf time.Time
			if tt.asOf != "" {
				asOf = day(tt.asOf)
			}
			ended, got := expiredOffer(tt.m, asOf)
			if got != tt.want || ended != tt.ended {
				t.Errorf("expiredOffer = %q, %v; want %q, %v", ended, got, tt.ended, tt.want)
			}
		})
	}
}

func TestLastDayOf(t *testing.T) {
	tests := []struct{ in, want string }{
		{"december 31, 2024", "2024-12-31"},
		{"feb. 28 2025", "2025-02-28"},
		{"31st december 2024", "2024-12-31"},
		{"12/31/2022", "2022-12-31"},
		{"march 16-18, 2025", "2025-03-18"},
		{"03/04/2024", "2024-04-03"}, // either order: the later
		{"31/12/24", "2024-12-31"},
		{"june 2023", "2023-06-30"},
		{"2023", "2023-12-31"},
		{"february 30, 2024", ""},
		{"13/13/2024", ""},
	}
	for _, tt := range tests {
		got := ""
		if d, ok := lastDayOf(tt.in); ok {
			got = d.Format(time.DateOnly)
		}
		if got != tt.want {
			t.Errorf("lastDayOf(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestResearchDate(t *testing.T) {
	ivs := []enablemap.Interview{{Date: "2025-02-04"}, {Date: ""}, {Date: "2025-02-19"}, {Date: "not a date"}}
	if got := researchDate(ivs).Format(time.DateOnly); got != "2025-02-19" {
		t.Errorf("researchDate = %s, want 2025-02-19", got)
	}
	if !researchDate(nil).IsZero() {
		t.Error("researchDate(nil) is not zero")
	}
}

func TestExpiredEvent(t *testing.T) {
	asOf, _ := time.Parse(time.DateOnly, "2025-06-20")
	tests := []struct {
		name string
		m    enablemap.Material
		want string // the event's day, or "" when kept
	}{
		{"a webinar that took place", enablemap.Material{Title: "Picture Day Prep - live webinar registration", Type: "Web page", Description: "Register for our live webinar for school secretaries, August 14, 2024."}, "2024-08-14"},
		{"an event tag", enablemap.Material{Title: "Walk 2025 - flyer & registration", Tags: []string{"event", "walk"}, Description: "Register for the 5K walk and roll, April 26, 2025."}, "2025-04-26"},
		{"a month only", enablemap.Material{Title: "Launch webinar - registration page", Description: "Live in October 2024."}, "2024-10-31"},
		{"no call to register", enablemap.Material{Title: "Webinar registration trends", Type: "Blog post", Description: "What we saw in October 2024."}, ""},
		{"an event still ahead", enablemap.Material{Title: "Customer summit registration", Description: "Join us September 9, 2025 in Denver."}, ""},
		{"a page with its live date", enablemap.Material{Title: "Introducing Rest - partner webinar", Type: "Landing page", Description: "Live webinar for referring practices, May 20, 2025: insomnia care without another prescription."}, "2025-05-20"},
		{"live models, no live date", enablemap.Material{Title: "ScanCamp 2025 - hands-on workshops", Description: "One-day workshops with live models. Last one: May 20, 2025."}, ""},
		{"a recording of the live session", enablemap.Material{Title: "HavenLink demo webinar", Type: "Video", Description: "Recording of the live demo on March 12, 2024."}, ""},
		{"an invitation a rep sends", enablemap.Material{Title: "Open Days 2024 - invitation & registration", Type: "Email template", Description: "Invitation with the registration link, June 3, 2024."}, ""},
		// A show's invitation to the stand, and a page titled with its event.
		{"meet us at the booth", enablemap.Material{Title: "The Car Wash Show 2024 - Meet Glosswave at Booth 3315", Type: "Web page", Description: "Book a meeting at the 2024 show in Las Vegas, May 2024.", Tags: []string{"event", "trade show"}}, "2024-05-31"},
		{"book a meeting, an email", enablemap.Material{Title: "Seafood Expo North America 2025 - book a meeting with Rimefrost", Type: "Email Template", Description: "Pre-show invitation: booth 1839, March 16-18, 2025, Boston."}, "2025-03-18"},
		{"visit us at a congress", enablemap.Material{Title: "Ohio Safety Congress 2024 - Visit us at booth 612", Type: "Web page", Description: "Booth location and coach tours. March 2024, Columbus."}, "2024-03-31"},
		{"a webinar page asking to register", enablemap.Material{Title: "Webinar: Fund your video board without a bond", Type: "Web page", Description: "Register for the live webinar, February 20, 2024, 2 pm Central."}, "2024-02-20"},
		{"a booth number", enablemap.Material{Title: "IFMA Indianapolis Facilities Expo 2024 - visit our pop-up market", Type: "Web page", Description: "Booth 212, October 9-10, 2024, Indiana Convention Center.", Tags: []string{"events", "expo"}}, "2024-10-10"},
		{"a booth number, no show", enablemap.Material{Title: "Booth 212 layout and power drops", Type: "PDF", Description: "Floor plan from October 2024."}, ""},
		{"a registration page titled so", enablemap.Material{Title: "Webinar: Kiosks 101 for franchisees - registration", Type: "Web page", Description: "Live March 12, 2025: what multi-unit operators need to know.", Tags: []string{"webinar", "event"}}, "2025-03-12"},
		{"a show still ahead", enablemap.Material{Title: "Fall Expo 2025 - meet us at booth 210", Description: "October 7-9, 2025, Dallas."}, ""},
		{"a booth kit, no invitation", enablemap.Material{Title: "Trade show booth kit 2024", Type: "Box folder", Description: "Banners, table throw and the demo iPad, packed March 2024."}, ""},
		{"a webinar recording", enablemap.Material{Title: "Webinar: Fund your video board without a bond", Type: "Video", Description: "Recording of the February 20, 2024 session."}, ""},
		{"a product for registrations", enablemap.Material{Title: "Events & Registration datasheet", Type: "Datasheet", Description: "Online registration with payments and waitlists. Updated March 2024."}, ""},
		{"no date", enablemap.Material{Title: "Monthly CE webinar - registration", Description: "Every second Tuesday."}, ""},
		{"no event", enablemap.Material{Title: "Vendor registration packet", Description: "W-9 and insurance, January 2024."}, ""},
		{"an RSVP page", enablemap.Material{Title: "Winter Yard Open House 2025 - RSVP", Type: "Landing page", Description: "Open house, January 24, 2025: demonstration and lunch. Register here."}, "2025-01-24"},
		{"an RSVP page still ahead", enablemap.Material{Title: "Summer Yard Open House - RSVP", Type: "Landing page", Description: "Open house, July 24, 2025. Register here."}, ""},
		{"the year alone", enablemap.Material{Title: "Spring Dock Safety Series 2023 - register now", Type: "Web page", Tags: []string{"webinar", "events"}, Description: "Three-part live webinar series, April 4, 11 and 18, 2023."}, "2023-12-31"},
		{"the year alone, this year", enablemap.Material{Title: "Spring Dock Safety Series 2025 - register now", Type: "Web page", Tags: []string{"webinar", "events"}, Description: "Three-part live webinar series, April 4, 11 and 18."}, ""},
		{"rsvp inside a word", enablemap.Material{Title: "RSVPtrack webinar recording", Description: "Register now, 2023."}, ""},
		{"a live webinar's page", enablemap.Material{Title: "GraveFinder for Memorial Day - live webinar", Type: "Web page", Tags: []string{"webinar", "event"}, Description: "Register for a live walkthrough. Tuesday, May 14, 2024, 1 pm Central."}, "2024-05-14"},
		{"a webinar's registration", enablemap.Material{Title: "Organics 101 for Maryland grocers - webinar registration", Type: "Web page", Tags: []string{"webinar", "event"}, Description: "Live webinar November 14, 2024: the organics law, Q&A."}, "2024-11-14"},
		{"a live webinar's recording", enablemap.Material{Title: "GraveFinder for Memorial Day - live webinar recording", Type: "Video", Tags: []string{"webinar"}, Description: "The May 14, 2024 session, recorded."}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			day, ok := expiredEvent(tt.m, asOf)
			if ok != (tt.want != "") || day != tt.want {
				t.Errorf("expiredEvent = %q, %v; want %q", day, ok, tt.want)
			}
		})
	}
}
