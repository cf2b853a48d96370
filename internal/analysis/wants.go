package analysis

import (
	"regexp"
	"strings"
)

// A want is a wish or a request addressed to Marketing; a need is something a
// rep does. Wants are recognised from the phrasing of the activity text, never
// from its topic, so "need to send the proposal" stays an activity.
//
// hints are words at least one of which the text must hold for the pattern
// to match: most texts hold none, and a look for a word is much cheaper
// than a regular expression.
var wantPatterns = []struct {
	re     *regexp.Regexp
	reason string
	hints  []string
	unless *regexp.Regexp // the pattern does not count when this matches
}{
	{regexp.MustCompile(`\b(i|we)\s+(really\s+)?wish\b|^\s*wish\b|\bwish\s+(there\s+(was|were)|we\s+had|marketing|mktg|mkt|they|someone|somebody)\b`), "phrased as a wish", []string{"wish"}, nil},
	{regexp.MustCompile(`\b(would|it'?d|wd|wld)\s+be\s+(really\s+)?(nice|great|good|helpful|awesome|amazing|huge)\b`), "phrased as a wish (\"would be nice\")", []string{"nice", "great", "good", "helpful", "awesome", "amazing", "huge"}, nil},
	{regexp.MustCompile(`\b(would|i'?d|we'?d)\s+(really\s+|so\s+|just\s+)?love\b`), "phrased as a wish (\"would love\")", []string{"love"}, nil},
	{regexp.MustCompile(`\bif\s+only\b`), "phrased as a wish (\"if only\")", []string{"only"}, nil},
	{regexp.MustCompile(`\b(marketing|mktg|mkt|pmm|product\s+marketing)(\s+team)?\s+(really\s+)?(should|could|needs?|has\s+to|must|ought\s+to|never|doesn'?t|does\s+not|won'?t|owns)\b`), "a request to Marketing", []string{"market", "mktg", "mkt", "pmm"}, nil},
	{regexp.MustCompile(`\b(need|want)s?\s+(more|better|new|updated|fresher|shorter)\b.*\bfrom\s+(marketing|mktg|mkt|pmm)\b`), "a request for more or better material from Marketing", []string{"from"}, nil},
	{regexp.MustCompile(`\b(can|could)\s+(marketing|mktg)\s+(get|have|please)\b|\b(can|could)\s+we\s+(please\s+|pls\s+|plz\s+)?(get|have)\s+(\S+\s+){0,4}?` + materialNouns + `|\b(can|could)\s+we\s+(please\s+)?(get|have)\s+(a|an|some)\b[^.!]*\b` + materialNouns + `[^.!]*\?`), "a request (\"can we get\")", []string{"can", "could"}, nil},
	{regexp.MustCompile(`\bplease\s+(give|make|send|build|create)\b`), "a request (\"please give\")", []string{"please"}, nil},
	{regexp.MustCompile(`\b(can|could)\s+we\s+(please\s+)?(get|have)\s+(something|anything)\s+(for|that|to|on)\b|\b(can|could)\s+we\s+(please\s+)?get\s+(it|them|one)\s+(cut|split|broken|translated|localized|updated|shortened)\b`), "a request (\"can we get something for\")", []string{"can", "could"}, nil},
	{regexp.MustCompile(`\b(marketing|mktg|mkt|pmm)('?s)?\s+(\w+\s+){0,3}(is|are|was|were)\s+(too|way\s+too|so|not|never|useless|outdated|stale|old|generic)\b`), "a complaint about Marketing's material", []string{"market", "mktg", "mkt", "pmm"}, nil},
	{regexp.MustCompile(`\b(marketing|mktg|mkt|pmm)('?s)?\s+(\S+\s+){0,3}?(looks?|reads?|feels?|sounds?)\s+(awful|bad|terrible|dated|old|cheap|generic|off|amateur)\b`), "a complaint about Marketing's material", []string{"market", "mktg", "mkt", "pmm"}, nil},
	{regexp.MustCompile(`\bthere'?s\s+no\s+(good\s+)?(deck|slide|one[- ]pager|template|case\s+stud|video|content|material)|\bthere'?s\s+no\s+(\S+\s+){0,3}?` + materialNouns + `\s+of\s+(our|the)\b`), "a complaint that material is missing", []string{"there"}, nil},
	{regexp.MustCompile(`\b(would|i'?d|we'?d)\s+(kill|give\s+anything)\s+for\b`), "phrased as a wish (\"would kill for\")", []string{"would", "kill", "give anything"}, nil},
	{regexp.MustCompile(`\bwhy\s+(don'?t|do\s+not|doesn'?t|does\s+not)\s+(we|marketing|mktg)\s+have\b|\bwhy\s+(is|isn'?t)\s+there\s+no\b|\bwhere\s+(is|are)\s+the\s+(updated|new|latest|current|right)\b|\bwhere\s+(is|are)\s+(our|the|my|a|an|any)\s+([^\s.!?]+\s+){0,3}?` + materialNouns), "a complaint that material is missing (\"why don't we have\")", []string{"why", "where"}, nil},
	{regexp.MustCompile(`\b(there'?s|there\s+is|we\s+have)\s+(literally\s+|still\s+|basically\s+)?(zero|no)\s+(\S+\s+){0,3}?` + materialNouns), "a complaint that material is missing (\"there is zero...\")", []string{"zero", "no "}, regexp.MustCompile(`\bso\s+(i|we)\s+(just\s+)?(send|use|show|give|share|leave|pull|explain|draw|make|build|write|type|wing|tell|walk)\b|\binstead\b`)},
	{regexp.MustCompile(`\b(we\s+have|we'?ve\s+got|there'?s|there\s+is)\s+nothing\s+(for|to\s+(send|give|show|leave)|on|about)\b`), "a complaint that material is missing", []string{"nothing"}, regexp.MustCompile(`\b(i|we)\s+(send|use|show|give|share|leave|pull)\b`)},
	{regexp.MustCompile(`\bwe\s+(don'?t|do\s+not)\s+have\s+(a|an|any)\s+(\S+\s+){0,3}?` + materialNouns), "a complaint that material is missing", []string{"have"}, nil},
	{regexp.MustCompile(`\bneed\s+(a|an|1|one|some|more|better|new|updated|proper|modern|fresh|real)\s+(\S+\s+){0,8}?` + materialNouns), "a request for material", []string{"need"}, nil},
	{regexp.MustCompile(`\bis\s+there\s+(a|an|any)\s+(\S+\s+){0,4}?` + materialNouns + `.*\?`), "a question whether material exists", []string{"there"}, nil},
	{regexp.MustCompile(`\b(someone|somebody)\s+(\([^)]*\)\s+|(in|on|from)\s+(the\s+)?\S+\s+(team\s+)?)?(really\s+)?(needs?\s+to|has\s+to|have\s+to|should|ought\s+to)\s+(make|build|write|create|do|update|fix|redo|put\s+together|film|shoot|record|design|translate|refresh|own|give|replace|remove|swap\s+(it|them|that|those))\b`), "a request (\"someone needs to make\")", []string{"someone", "somebody"}, nil},
	{regexp.MustCompile(`\b(nobody|no\s+one|noone)\s+has\s+anything\s+to\s+(hand|give|send|show|leave)\b|\b(don'?t|do\s+not)\s+have\s+anything\s+to\s+(hand|give|send|show|leave)\b`), "a complaint that material is missing (\"nobody has anything to hand\")", []string{"anything"}, nil},
	{regexp.MustCompile(`\b(a|an)\s+(\S+\s+){0,6}?` + materialNouns + `\s+(\S+\s+){0,5}?would\s+(save|help|get\s+way|get\s+more|work\s+better)\b`), "a request for material (\"a ... would save me\")", []string{"would"}, nil},
	{regexp.MustCompile(`\bstill\s+no\s+(\S+\s+){0,3}?` + materialNouns + `|\bbeen\s+asking\s+(for|since|about)\b`), "a complaint that material is still missing", []string{"still", "asking"}, nil},
	{regexp.MustCompile(`\b(marketing|mktg|mkt|pmm)\s+has\s+(\S+\s+)?nothing\b|\bask\s+for\s+(marketing|mktg|mkt|pmm)\b`), "a request to Marketing (\"marketing has nothing on\")", []string{"nothing", "ask"}, nil},
	{regexp.MustCompile(`\bgive\s+(me|us)\s+(a|an|some|more|better)\s+(\S+\s+){0,3}?` + materialNouns), "a request for material (\"give me a...\")", []string{"give"}, nil},
	{regexp.MustCompile(`\b(we\s+)?need\s+something\s+(for|to\s+(send|show|give|hand|leave)|on)\b|\b(someone|somebody)\s+(please|pls|plz)\s+[a-z]+`), "a request (\"need something for\", \"somebody please\")", []string{"something", "someone", "somebody"}, nil},
	{regexp.MustCompile(`\b` + materialNouns + `[^.;]*(\b(pls|plz)\b|\bplease\s*([.!?]|$|\s-\s))|\bnothing\s+in\s+(` + languages + `)\b|\bneed\s+(\S+\s+){0,2}?(` + languages + `)\s+(\S+\s+){0,2}?` + materialNouns + `|\bevery\s+(case\s+study|story|deck|template|video|example|sequence|cadence|email)\s+(is|we\s+have\s+(is|has))\b|\beverything\s+in\s+the\s+(\S+\s+)?(` + materialNounList + `|sequence|cadence)\s+is\b|\b(` + materialNounList + `|posters?|handouts?)\s+in\s+(` + languages + `)\s+(please|pls|plz)\b`), "a request for material in other words or languages", []string{"pls", "plz", "please", "nothing", "need", "every"}, regexp.MustCompile(`\bnothing\s+in\s+(` + languages + `)\s+so\s+(i|we|they|their\s+[a-z]+|the\s+[a-z]+)\s+`)},
	{regexp.MustCompile(`\b(marketing|mktg|mkt|pmm)'?s\s+(\S+\s+){0,3}?(sends?|brings?|gives?)\s+(me|us)\b|\b(distys?|distis?|distributors?|partners?|resellers?|dealers?)\s+want\s+(a|an|some|more)\s+(\S+\s+){0,3}?` + materialNouns + `|\b(has|have)\s+(\d+|two|three|four|five)\s+versions\b|\bneed\s+(a|an)\s+(\S+\s+){0,2}?(refresh|rewrite|redo)\b`), "a request or complaint to Marketing", []string{"send", "bring", "give", "want", "versions", "refresh", "rewrite", "redo"}, nil},
	{regexp.MustCompile(`\b(marketing|mktg|mkt|pmm)\s+(pls|plz|please)\b`), "a request to Marketing (\"mktg pls\")", []string{"market", "mktg", "mkt", "pmm"}, nil},
	{regexp.MustCompile(`\b` + materialNouns + `[^.;]*\bwe\s+have\s+(zero|none|nothing)\b`), "a complaint that material is missing (\"we have zero\")", []string{"zero", "none", "nothing"}, nil},
	{regexp.MustCompile(`\b` + materialNouns + `.*\b(won'?t|wont|don'?t|dont|doesn'?t|doesnt)\s+read\s+(it|them)\b|\b(nobody|no\s+one)\s+reads\s+(it|them)\b|\b(needs?|has)\s+to\s+be\s+(1|one|a\s+single)\s+page\b`), "a complaint about material (\"won't read it\")", []string{"read", "page"}, nil},
	{regexp.MustCompile(`^\s*(i\s+|we\s+)?want\s+(a|an|some|more)\s+(\S+\s+){0,4}?` + materialNouns), "a request for material (\"want a...\")", []string{"want"}, nil},
	{regexp.MustCompile(`\bneeds?\s+(\S+\s+){0,4}?(` + languages + `|translated|localized|localised|editable|printable|co-branded|shorter|short)\s+versions?\b`), "a request for material in other versions", []string{"version"}, regexp.MustCompile(`\bneeds?\s+to\b`)},
	{regexp.MustCompile(`\b(ask|get|tell)\s+(marketing|mktg|mkt|pmm)\s+(for|to)\b`), "a request to Marketing (\"ask marketing for\")", []string{"ask", "get", "tell"}, nil},
	{regexp.MustCompile(`\b` + materialNouns + `[^.;,]*?\b(is|are)\s+(\d+|two|three|four|five|six|ten)\s+(yrs?|years?|price\s+increases|releases|versions)\s+(old|out\s+of\s+date|outdated)\b|\bneeds?\s+(a\s+)?(refresh|rewrite|redo|fixing|updating)\b|\b(is|are)\s+last\s+(yr|year)'?s\b`), "a complaint that material is out of date", []string{"old", "refresh", "rewrite", "redo", "fixing", "updating", "last", "date", "outdated"}, regexp.MustCompile(`\b(yrs?|years?)\s+old\s+[a-z]+s\b|\btheir\s+(\S+\s+){0,2}?(is|are)\s+(\d+|two|three|four|five|six|ten)\s+(yrs?|years?)`)},
	{regexp.MustCompile(`\bneed\s+(\S+\s+){0,3}?(case\s+stud\w*|battlecards?|templates|videos|decks|stories|one[- ]pagers)\b`), "a request for material", []string{"need"}, regexp.MustCompile(`\bneeds?\s+to\b`)},
	{regexp.MustCompile(`\b` + materialNouns + `.*\b(nobody|no\s+one|noone)\b(\s+\S+){0,4}?\s+(reads|sees|uses|opens|watches|looks\s+at)\b`), "a complaint that material goes unused", []string{"nobody", "no one", "noone"}, regexp.MustCompile(`\?\s*$|\btoday\b`)},
	{regexp.MustCompile(`\bneed\s+(\S+\s+){0,8}?in\s+(spanish|french|german|portuguese|italian|japanese|chinese|mandarin|korean|dutch|polish|arabic|hindi|vietnamese)\b`), "a request for material in another language", []string{"need"}, regexp.MustCompile(`\bneeds?\s+to\b`)},
	{regexp.MustCompile(`(^|[.;!?-]\s*)no\s+([^\s,;]+\s+){0,3}?` + materialNouns), "a complaint that material is missing (\"no ... case studies\")", []string{"no "}, regexp.MustCompile(`\bno\s+(company|work|corporate|business|personal|staff)\s+e?-?mails?\b|[,;-]\s*(i|we)\s+just\s+(type|write|make|build|explain|draw|wing|do|send|use|show|say|tell|put|copy|paste)\b|\bso\s+(i|we)\s+(send|use|show|give|share|leave|pull|do|make|build|write|type|draw|redo|rebuild|copy|screenshot|wing|improvise|explain|text|email|call)\b|\binstead\b|\b(i|we)\s+(made|make|built|build|wrote|write)\s+(my|our)\s+own\b`)},
	{regexp.MustCompile(`\bleads\b(\s+\S+){0,4}?\s+(are|were)\s+(mostly|all|half|just|nearly\s+all)\b`), "a complaint about leads", []string{"leads"}, nil},
	{regexp.MustCompile(`\b(can|could|would|will)\s+(marketing|mktg|mkt|pmm)\s+(please\s+|pls\s+)?[a-z]+`), "a request to Marketing (\"can marketing...\")", []string{"market", "mktg", "mkt", "pmm"}, nil},
	{regexp.MustCompile(`\b(keeps?|kept)\s+asking\s+(me\s+|us\s+)?for\b`), "reports a request for material", []string{"asking"}, regexp.MustCompile(`\bwhat\s+(do|does)\s+(the\s+)?[a-z]+\s+keeps?\s+asking\s+for\b|^(drop|stop|swing)\s+by\b|^(visit|bring|walk|meet|present|demo|run|call|email|send)\s`)},
	{regexp.MustCompile(`\b(can|could)\s+(someone|somebody)\b|\b(can|could)\s+anyone\s+(\S+\s+){0,4}?` + materialNouns + `|\b(pls|plz|please)\s+(someone\s+|somebody\s+)?(update|fix|make|give|send\s+us|build|create|redo|use|change|add|stop|put|include|cut|shorten|translate|trim|refresh)\b|\b(need|update|fix|redo)\b[^.]*\b(pls|plz)\b`), "a request (\"can someone\", \"pls\")", []string{"someone", "somebody", "anyone", "pls", "plz", "please"}, nil},
	{regexp.MustCompile(`\b(leads|scans|mqls|lists|contacts|ones|it|` + materialNounList + `)\b(\s+\S+){0,5}?\s+(is|are|was|were)\s+(all\s+)?(junk|useless|garbage|terrible|awful|outdated|out\s+of\s+date|stale|ancient|ugly)\b`), "a complaint about material or leads", []string{"junk", "useless", "garbage", "terrible", "awful", "outdated", "out of date", "stale", "ancient", "ugly"}, nil},
	{regexp.MustCompile(`\b(case\s+stud\w*|decks?|templates?|one[- ]pagers?|battlecards?|videos?|slides|brochures?|calculators?|calcs?)\s+(needs?|should\s+have)\s+(real|more|better|actual|updated|new|current|fresh)\b`), "a request for better material", []string{"need", "should"}, nil},
	{regexp.MustCompile(`\b(` + materialNounList + `)\s+(is|are)\s+all\b`), "a complaint about material (\"the template is all...\")", []string{" all"}, regexp.MustCompile(`\b(myself|my\s+own)\b`)},
	// A material named before any verb is asked for ("a one pager comparing
	// our fees to theirs", "a benchmark ... would end the argument").
	{regexp.MustCompile(`^(a|an)\s+(\S+\s+){0,2}?` + materialNouns + `|(^|[.!?]\s+)(a|an)\s+(\S+\s+){0,6}?` + materialNouns + `[^.;]*\bwould\s+[a-z]+`), "a request for material (\"a one pager comparing...\")", []string{"a"}, nil},
	// The piece is named in the first part of the text: after an activity
	// said first ("Gantt in MS Project - the template still says Lowell")
	// the complaint is the activity's.
	{regexp.MustCompile(`^(?:[^-.!?:]|\S-|-\S)*?\b(` + materialNounList + `|pages?|handouts?|posters?|website|site)\s+(\S+\s+){0,4}?still\s+(says|say|shows|show|has|have|lists|list|mentions)\b|\b(is|are)\s+from\s+before\b`), "a complaint that material is out of date (\"still says\")", []string{"still", "before"}, nil},
	{regexp.MustCompile(`\b(page|site|website|` + materialNounList + `)\s+should\s+(at\s+least\s+|really\s+)?(say|show|have|include|mention|list|give|tell|explain)\b`), "a request for what a piece should say (\"the page should at least say\")", []string{"should"}, nil},
	// Material missing or too narrow, said without "need a..." ("zero
	// templates for a service switch", "not one case study", "the calc only
	// does one clinic", "all our stories are hospitals").
	{regexp.MustCompile(`\bzero\s+(\S+\s+){0,2}?(` + materialNounList + `|anything|stuff|photos|pics|pictures)\b|\bnot\s+(one|a\s+single)\s+(\S+\s+){0,2}?` + materialNouns + `|\b` + materialNouns + `\s+only\s+(does|covers|works|shows|has|handles|fits)\b|(^|[.!?]\s+)all\s+(our|the)\s+(\S+\s+){0,2}?` + materialNouns + `\s+(are|is)\b|\banyone\s*\?\?`), "a complaint that material is missing (\"zero templates\", \"not one case study\")", []string{"zero", "not", "only", "all", "anyone"}, nil},
	{regexp.MustCompile(`\bneed\s+(anything|something)\s+(\S+\s+){0,2}?for\b|\bneed\s+(their|our|its|his|her|a)\s+own\s+version|\b(case\s+stud\w*|decks?|templates?|one[- ]pagers?|battlecards?|videos?|slides|brochures?|calculators?|calcs?)\s+needs?\s+(a|an)\s+|\b(distys?|distis?|distributors?|partners?|resellers?|dealers?|agents?|brokers?|consultants?|advisors?)\s+want\s+(stuff|something)\b|\bwants?\s+(\S+\s+){0,5}?(w/|with)\s+(their|our)\s+(own\s+)?logo`), "a request for material (\"need anything for\", \"their own version\")", []string{"need", "want"}, nil},
	// Photos and leave-behinds asked for ("we need real photos", "can we
	// get a leave behind that isn't a tri-fold"), material too long ("the
	// MCL thing is 6 pages"), and what a rep wants from Marketing.
	{regexp.MustCompile(`\bneed\s+(a|an|some|more|better|new|updated|proper|modern|fresh|real)\s+(\S+\s+){0,6}?(photos|pics|pictures|gallery|leave[- ]behinds?|tri[- ]folds?)\b|\b(can|could)\s+we\s+(please\s+)?(get|have)\s+(\S+\s+){0,4}?(leave[- ]behinds?|tri[- ]folds?|photos|pics)\b|\b(want|need)s?\s+from\s+(marketing|mktg|mkt|pmm)\b`), "a request for material (\"we need real photos\")", []string{"need", "can", "could", "want"}, nil},
	// A piece too long ("the MCL thing is 6 pages"), but not the buyer's
	// own document ("their RFP is 6 pages, I answer it myself").
	{regexp.MustCompile(`\b(is|are|it'?s)\s+(\d+|two|three|four|five|six|ten|twenty|thirty|forty|fifty)\s+(pages|slides)\b`), "a complaint that material is too long (\"it is 6 pages\")", []string{"pages", "slides"}, regexp.MustCompile(`\b(their|rfps?|rfqs?|rfis?|tenders?|contracts?|questionnaires?)\s+(\S+\s+){0,2}?(is|are|it'?s)\s+(\d+|two|three|four|five|six|ten|twenty|thirty|forty|fifty)\s+(pages|slides)\b`)},
	// ("say so when we dont have any" is what the rep does).
	// Material said to be missing outright ("... + we dont have any", "we
	// have no integrations page on the website"), or asked for against a
	// rival ("we need something vs Tarifa").
	{regexp.MustCompile(`\bwe\s+(dont|don'?t|do\s+not)\s+have\s+(any|one|anything)\s*[.!?]*\s*$|\bwe\s+have\s+no\s+(\S+\s+){0,3}?(page|pages|` + materialNounList + `)\b|\bneed\s+something\s+(vs\.?|versus|against)\s`), "a complaint that material is missing (\"we don't have any\")", []string{"have", "something"}, regexp.MustCompile(`\b(when|if|where|whether)\s+we\s+(dont|don'?t|do\s+not)\s+have\s+(any|one|anything)\s*[.!?]*\s*$`)},
	// A piece said to be wrong for its use, as what the rep says first
	// ("the CHRO deck is too soft", "the comms toolkit is english only",
	// "QBR template has no benchmarks"; not "demo in German, the deck is
	// english only", an activity), several versions of one piece, or a
	// piece asked for ("can we get a landing page per bar").
	{regexp.MustCompile(`(^|[.!?]\s+)([^\s,;:]+\s+){0,4}?` + materialNouns + `\s+((is|are)\s+((way|much|far)\s+)?too\s+[a-z]+|(is|are)\s+(in\s+)?(english|` + languages + `)[- ]only\b|(has|have)\s+no\s+[a-z]+)|\bthere\s+are\s+(\d+|two|three|four|five)\s+versions\s+(of\s+(the|our)\b|floating|going\s+around|out\s+there)|\b(can|could)\s+we\s+(please\s+)?(get|have)\s+(a|an|some|more)\s+(\S+\s+){0,3}?(landing\s+pages?|` + materialNounList + `)\b`), "a complaint about a piece or a request for one (\"the deck is too soft\")", []string{"too", "only", "no", "versions", "can", "could"}, regexp.MustCompile(`\bso\s+(i|we)\s+(just\s+)?[a-z]+`)},
	// A piece with old pictures or screens, a piece missing what it should
	// hold, a product no longer made still in a piece, nothing said to
	// exist ("... we have nothing"), co-branded versions asked for.
	{regexp.MustCompile(`\b(` + materialNounList + `|sheets?)\s+(\S+\s+){0,4}?(has|have)\s+(the\s+)?(old|outdated|(19|20)\d\d)\s+(\S+\s+)?(screens?|screenshots?|pics|photos?|pictures|logos?|branding|pricing|prices|numbers|scale)\b|\b(` + materialNounList + `)\s+(\S+\s+){0,3}?(is|are)\s+missing\b|\bwe\s+stopped\s+(making|selling|offering)\b|\bwe\s+have\s+nothing\s*[.!?]*\s*$|\bwants?\s+(a\s+|an\s+|some\s+)?co-?branded\b`), "a complaint about a piece (\"has the old screens\", \"we have nothing\")", []string{"old", "outdated", "19", "20", "missing", "stopped", "nothing", "branded"}, regexp.MustCompile(`\btheir\s+(\S+\s+){0,3}?(has|have|is|are)\s+(the\s+)?(old|outdated|missing|(19|20)\d\d)\b`)},
	// A video too long for its use ("training videos are 20 min each").
	{regexp.MustCompile(`\b(videos?|recordings?|webinars?|clips?)\s+(is|are)\s+(\d+|ten|fifteen|twenty|thirty|forty|sixty)\s*(min|mins|minutes)\s+(each|long)\b`), "a complaint that material is too long (\"videos are 20 min each\")", []string{"min"}, nil},
	// More ways of asking: gated content, a request made twice, several
	// language versions, "where's our letter", "would help a ton", "our
	// ... stuff is basically nothing", "we have zero on", "someone pick
	// one", "the portal never has the current sheets".
	{regexp.MustCompile(`\b(is|are)\s+gated\b|\bungated\b|\b(asked|asking)\s+(for\s+it\s+)?(twice|three\s+times|\d+\s*(times|x))\b|\balready\s+asked\b|^(` + languages + `)(\s*(\+|and|&|/|,)\s*(` + languages + `))+\s+versions?\b|\bwhere'?s\s+(our|the|my)\s+([^\s.!?]+\s+){0,3}?` + materialNouns + `|\bwould\s+(really\s+)?help\s+(a\s+ton|a\s+lot|so\s+much|massively|hugely|big\s+time)\b|\b(stuff|content|material|materials)\s+(is|are)\s+(basically\s+|pretty\s+much\s+|literally\s+)?(nothing|zero|nonexistent|non-existent|thin)\b|\b(have|got)\s+(zero|nothing)\s+on\b|\b(someone|somebody)\s+(pick|keep|own|fix|update|make|build|write|film|translate|refresh|redo|cut|shorten|trim|take|pull|remove|replace)\b|\bnever\s+(has|have)\s+(the\s+)?(current|latest|right|updated|new)\b`), "a request or complaint about material", []string{"gated", "asked", "asking", "versions", "version", "where", "help", "nothing", "zero", "nonexistent", "non-existent", "thin", "someone", "somebody", "never"}, nil},
	// Marketing's own doings ("when marketing emails our clients", "if
	// mktg wants testimonials"), a piece asked to be fixed or refreshed,
	// material asked for in a language, wording no one has approved.
	{regexp.MustCompile(`\bwhen\s+(marketing|mktg|mkt)\s+(emails|sends|mails|posts|contacts|calls)\b|\bif\s+(marketing|mktg|mkt|pmm)\s+(wants|needs|did|made|could|would)\b|\bstop\s+(putting|saying|claiming|promising)\b|\bstill\s+(lets|allows)\b|^(` + materialNounList + `)\s*\?\?|\basked\s+(marketing|mktg|mkt|pmm)\s+(\d+|two|three|four)\s*(times|x)\b|\bget\s+['"‘][^'"’]+['"’]\s+off\s+the\s+(website|site|booth\s+banner|banner|portal)\b|\bpiece\s+(\S+\s+){0,5}?would\s+(save|help)\b|\b(would|it'?d|wd)\s+be\s+so\s+(nice|great|good|helpful)\b|\b(offices|reps|dealers|partners|they)\s+(have|has)\s+nothing\s+to\s+(hand|give|send|show|leave)\b|\bneeds\s+(\S+\s+){0,2}?(photos|pics|pictures)\s+(we'?re|we\s+are)\s+allowed\b|\b(` + materialNounList + `|bundle|offer|promo|product)\s+(is|are)\s+still\s+(on|in)\s+(the\s+)?(website|site|portal|library|highspot|seismic)\b|\b(` + materialNounList + `)\s+(say|says)\s+nothing\b|^[^.!?]*\bonly\s+(\S+\s+){0,3}?(` + materialNounList + `)\s+we\s+(have|got)\s+is\b|\b(website|web\s+page|site|brochure|deck)\s+says\s+['"‘]|\b(that'?s|thats)\s+all\s+i'?m\s+asking\b|\bis\s+buried\s+in\s+(a|the|our)\b|\b(i\s+)?quit\s+(sending|using|showing)\s+(it|them)\b|\bcan'?t\s+(send|show|share)\s+(a\s+)?(real|actual)\s+one\b|\b(every|each)\s+(competitor|rival)\s+has\s+(a|an)\s+(\S+\s+){0,8}?(` + materialNounList + `)\b|\b(` + materialNounList + `|page|site|website|portal)\s+has\s+nothing\s+(for|on|about)\b|\b(` + materialNounList + `)\s+(\S+\s+){0,4}?(are|is)\s+still\s+(the\s+)?(old|classic|outdated|(19|20)\d\d)\b|\bwe\s+need\s+(new|updated|better)\s+ones\s*[.!]*\s*$|\bneed\s+(\S+\s+){0,3}?(reports?|decks?|templates?|one[- ]pagers?|videos?)\s+that\s+(dont|don'?t|doesn'?t|isn'?t|aren'?t)\b|\bcan\s+(it|they|this|that)\s+(get|be)\s+(fixed|updated|redone|changed|shortened|translated)\b|\boverdue\s+(a|for\s+a)\s+(refresh|rewrite|update|redo)\b|\bneed\s+(` + languages + `)\s*[.!]|\bthere'?s\s+no\s+(\S+\s+){0,2}?(wording|boilerplate)\b`), "a request or complaint to Marketing (\"when marketing emails our clients\")", []string{"when", "if", "can", "overdue", "need", "there", "stop", "still", "has", "ones", "quit", "only", "says", "asking", "buried", "nothing", "say", "so", "have", "piece", "??", "asked", "off the"}, nil},
	{regexp.MustCompile(`\bstop\s+(sending|passing|routing|counting)\s+(those|these|them|us|me|it)\b|\btake\s+(it|that|them|those)\s+down\b|\b(ad|ads|page|post|email|video|listing|flyer)\s+(\S+\s+){0,2}?(is|are)\s+killing\s+(us|me)\b|\beither\s+(someone|somebody)\s+owns\b`), "a request to Marketing (\"stop sending those\", \"take it down\")", []string{"stop", "take", "killing", "either"}, nil},
	// What the rep says buyers need from Marketing ("what they actually
	// need is a doc that shows..."), every piece said to miss ("all ours are
	// phase 1", "everything mktg makes is for 200-person offices", "a wall
	// of text"), Marketing's claims, and leads to be filtered.
	{regexp.MustCompile(`\bwhat\s+(i|we|they|reps|customers|buyers|(the\s+)?[a-z]+s)\s+(actually\s+|really\s+)?need\s+is\s+(a|an|some)\s+(\S+\s+){0,5}?` + materialNouns + `|\ball\s+ours\s+(are|is)\b|\beverything\s+(marketing|mktg|mkt|pmm)\s+(makes|sends|gives|has|does)\b|\bwall\s+of\s+text\b|\b(marketing|mktg|mkt|pmm)\s+keeps?\s+(saying|claiming|calling|putting|making|sending|writing)\b|\b(pls|plz|please)\s+(filter|clean|scrub)\b`), "a request or complaint about material (\"what they actually need is\")", []string{"need", "ours", "everything", "wall", "keep", "pls", "plz", "please"}, nil},
	// Proof asked for ("give us real numbers by clinic") or said to be
	// missing as the first thing ("nothing I can show them on turnaround").
	{regexp.MustCompile(`\bgive\s+(me|us)\s+(real|actual|current|better)\s+(numbers|data|stats|figures|proof)\b|^nothing\s+(i|we)\s+can\s+(show|send|give|hand|leave)\b`), "a request for proof (\"give us real numbers\")", []string{"give", "nothing"}, nil},
	{regexp.MustCompile(`^(pls\s+|please\s+)?(make|get)\s+(the|our)\s+(\S+\s+){0,3}?` + materialNouns + `\s+(editable|shorter|simpler|printable|customizable|customisable|co-branded|current|accurate)\b|\bsomething\b[^.;]*\bnot\s+(a|an|the|our|another)\s+(\S+\s+){0,2}?` + materialNouns), "a request for other material (\"make the emails editable\")", []string{"make", "get", "something"}, nil},
	// What would save the rep time ("would save me hours a month", "would
	// save every AE a week"), help most or be the dream; the one thing the
	// rep would have; the rep's own stopgap after a request ("right now
	// I screenshot it into ppt"); an imperative ("give us one page a CFO
	// will read"); what partners need of their own; a piece nobody owns.
	{regexp.MustCompile(`\bwould\s+save\s+(me|us|every|each|reps|everyone|our|the\s+reps|the\s+team)\b|\bwhat\s+would\s+help\s+(\S+\s+){0,2}?is\b|(=|\bis|\bwould\s+be|\bd\s+be)\s+the\s+dream\b|\bif\s+i\s+(had|could\s+(have|get))\s+(one|1)\s+thing\b|[.,;]\s*right\s+now\s+(it'?s|its|i|i'?m|we)\b|^(pls\s+|please\s+)?give\s+(me|us|reps)\s+(one\s+(page|pager)|something\s+(for|on|i|we)|(a|an|some)\s+(\S+\s+){0,4}?` + materialNouns + `)|\b(distributors|dealers|partners|reps|we|i)\s+need\s+(our|their)\s+own\b|^(we\s+|i\s+)?need\s+(stuff|something|anything|content|material)\s+for\b|\bneeds\s+an\s+owner\b|please,?\s+(someone|somebody)\s*[.!]*$|\bnothing\s+we\s+(have|got)\s+(says|shows|covers|explains|addresses)\b|\bliterally\s+any\s+(\S+\s+){0,2}?` + materialNouns), "a request to Marketing (\"would save me hours\", \"right now I make my own\")", []string{"save", "help", "dream", "thing", "right now", "give", "own", "need", "owner", "some", "nothing", "literally"}, nil},
	// A kind of piece the company has for some buyers and not others
	// ("case studies by industry... nothing for energy"), unless the rep
	// says what they send meanwhile: that is the activity.
	{regexp.MustCompile(`\b(` + materialNounList + `)\b[^!?]{0,80}?\bnothing\s+for\b|\bneed\s+(a\s+|an\s+)?(new\s+|better\s+)?ones?\s+that\s+(dont|doesnt|doesn'?t|don'?t|isn'?t|isnt|aren'?t|arent)\b`), "a complaint that material is missing (\"nothing for energy\")", []string{"nothing", "one"}, regexp.MustCompile(`\b(i|we)\s+(send|use|show|give|share|leave|pull)\b`)},
	// More asks: a piece that should come from Marketing, one to take
	// down, make or bring back, one the reps could share, what a page
	// would cut; the rep's stopgap made every time.
	{regexp.MustCompile(`\bshould\s+be\s+(a|an)\s+(real\s+)?(\S+\s+){0,2}?(from|by)\s+(marketing|mktg|mkt)\b|\b(please|pls|plz)\s+get\s+(it|them|that|those|this)\s+taken\s+down\b|\bcan\s+we\s+get\s+(those|these|them|it|one|some)\s+(made|done|created|built|written|shot|redone|fixed)\b|\b(please|pls),?\s+(it'?s|its)\s+been\b|\bwe\s+need\s+(a|an)\s+(\S+\s+){0,2}?['"‘]|\bget\s+(the|that|those|these|this)\s+(old|outdated|retired|stale|(19|20)\d\d)\s+(\S+\s+){0,3}?out\s+of\s+the\b|\bi'?d\s+(really\s+)?like\s+(a|an|some)\b|\bjust\s+get\s+me\s+(a|an|some|the)\b|\bwe\s+need\s+(an?\s+)?(actual|real|proper)\s+(one\b|(\S+\s+){0,4}?(` + materialNounList + `|photos|pics|tool|report|pov|calculator)\b)|\bthere\s+should\s+be\s+(one|a|an)\b|\bwhat\s+i'?d\s+ask\s+for\b|\bcan\s+(it|they|this|that|those)\s+(get|be)\s+(archived|pulled|taken\s+down)\b|^anything\s+(\S+\s+){0,3}?would\s+help\b|\bought\s+to\s+(come|be)\s+(out\s+of|from)\s+(marketing|mktg)\b|\bshould\s+just\s+(make|do|build|give|write|create)\b|\b(pls|please|plz)\s+get\s+(the\s+)?(\S+\s+){0,6}?fixed\b|\bif\s+(somebody|someone)\s+set\s+it\s+up\b|\bwe\s+(oughta|ought\s+to)\s+do\s+(a|an)\b|\bshould\s+be\s+a\s+(case\s+study|video|one[- ]pager|webinar|blog|template|deck)\b|\bget\s+\S+(\s+\S+)?\s+off\s+the\s+(website|site|portal|deck|ppt)\b|\bneed\s+(a|an)\s+(\S+\s+){0,3}?we\s+can\s+(share|send|show|leave|use|hand)\b|(^|[.!?;,]\s*|\b(pls|please|plz|just)\s+)bring\s+(them|it|those|that)\s+back\b|\bwould\s+cut\s+my\b|\bi\s+(make|build|create)\s+(one|my\s+own)\s+in\s+\S+\s+(every|each)\s+time\b|[.,!]\s*(pls|please|plz)\s*[.!]*$|\b(somebody|someone|marketing|mktg)\s+needs\s+to\s+(get|make|build|give|do|create)\b|\bi\s+need\s+something\b|\bwe\s+have\s+nothing\s+\S+\s+label\b|\bif\s+(someone|somebody|marketing|mktg)\s+could\s+(put\s+out|make|build|do|create|write|design|give|own|get)\b|^(gimme|give\s+me)\s+something\b|\bany\s+chance\s+(we|i|you|someone|somebody|marketing|mktg)\s+(get|could|can)\b|\bif\s+(someone|somebody|marketing|mktg)\s+(built|made|wrote|owned|did|put\s+together)\b|\bwe\s+really\s+need\s+(a|an)\b|\bsave\s+my\s+life\b|\bshould\s+just\s+(come|be)\b|\b(pls|please)\s+get\s+(the\s+)?(\S+\s+){0,4}?(on|onto|up\s+on)\s+the\s+(website|site|portal)\b|\bwhat\s+would\s+(fix|save|make)\s+my\b|\bi\s+need\s+(\d+|a\s+few|some|two|three)\s+(\S+\s+){0,8}?(i|we)\s+can\s+(paste|send|share|use|hand|leave|forward)\b|[.,!]\s*pretty\s+(pls|please|plz)\s*[.!]*$|\b(pls|please|plz)\s+(split|fix|update|redo|merge|kill|pull)\s+(the|it|them|that)\b|\b(it'?d|itd|would)\s+help\s+so\s+much\b|^(` + languages + `)\s+(please|pls)\b|\bget\s+(it|them|one|those)\s+made\b|\bneeds\s+to\s+be\s+a\s+(video|one[- ]pager|template|deck|pdf|calculator|tool)\b|\b(brand|design)\s+(team\s+)?should\s+(design|make|build|create|do)\b`), "a request to Marketing (\"should be a one pager from marketing\", \"please get it taken down\")", []string{"should", "taken", "get", "been", "need", "back", "cut", "time", "nothing", "could", "made", "needs", "like", "pls", "please", "plz", "ask", "off", "can", "anything", "ought", "oughta", "just", "fixed", "set it up", "gimme", "help", "chance", "would", "need", "if", "life", "just", "get"}, nil},
	// The last asks: what would save the rep calls, a version in a
	// language or for customers, a piece opened with "pls"; a version
	// of the deal's own paper ("french version of the contract") is the
	// rep's work.
	{regexp.MustCompile(`\b(it'?d|itd)\s+save\s+(me|us)\b|^(` + languages + `)\s+version\s+of\b|\bwe\s+really\s+need\s+(the|some|video|videos|photos|more)\b|\bneeds\s+a\s+(customer[- ]facing|client[- ]facing|shorter|simpler|printable)\s+version\b|^(pls|please|plz)\s+((pls|please|plz)\s+)?(a|an|some)\b`), "a request to Marketing (\"spanish version of the FAQ\", \"pls a 10 min module\")", []string{"save", "version", "really", "pls", "please", "plz"}, regexp.MustCompile(`\bversion\s+of\s+the\s+(contract|proposal|quote|msa|agreement|sow|order\s+form)\b`)},
	// A piece said to be old in the first sentence ("the QBR deck is from
	// 2019"); after an activity said first ("RFP responses out of Loopio.
	// half the answers are from 2022") the complaint is the activity's.
	{regexp.MustCompile(`^[^.!?]*?(\b(is|are)\s+from\s+(19|20)\d\d\b|\blooks?\s+like\s+(it'?s\s+from\s+|a\s+|an\s+)?(19|20)\d\d\b)|\bstill\s+(says|say|shows|show|has|have|uses|use)\b.*\b(old|outdated|(19|20)\d\d|edition|screenshots?)\b`), "a complaint that material is out of date", []string{"from", "like", "still"}, regexp.MustCompile(`^(tell|send|show|call|walk|explain|email|remind|help)\s|^(i|we)\s+(\S+\s+){0,2}?(redraw|rebuild|remake|redo|recreate|retype|fix|edit|white[- ]out|cross\s+out)\b`)},
	// More asks: a version a piece needs, a piece of their own, real
	// samples, "ask: ...", a piece about a product no longer made, what a
	// form or a web page needs to ask, what dealers need, a video that
	// would beat the deck, a piece the rep has to have.
	{regexp.MustCompile(`\b` + materialNouns + `\s+needs?\s+(a|an)\s+(\S+\s+){0,3}?version\b|\bneed\s+(their|our|its|his|her)\s+own\s+(1|one)[- ]?(page|pager|pg)\b|\b(can|could)\s+we\s+(please\s+)?get\s+(real|better|proper|new|updated|actual)\s+[^.!?]*\?|^(ask|request)\s*:\s*(a|an)\s+(\S+\s+){0,3}?` + materialNouns + `|\b` + materialNouns + `[^.]*\b(stopped\s+making|no\s+longer\s+(make|makes|sell|sells))\b|\bif\s+the\s+(\S+\s+){0,4}?(was|were)\s+(a|an)\s+(\S+\s+){0,2}?` + materialNouns + `[^.;]*\b(i'?d|id|we'?d)\s+[a-z]+|\b(website|web\s+form|quote\s+form|form|portal|site)\s+needs?\s+to\s+(ask|show|say|include|list|collect)\b|\b(distys?|distis?|distributors?|partners?|resellers?|dealers?)\s+need\s+(a|an|some)\s+(\S+\s+){0,3}?(` + materialNounList + `|catalogs?)\b|^(\d+|a)\s*(sec|secs|second|seconds|min|mins|minute|minutes)\s+(of\s+)?(video|vid)\b|\bwould\s+beat\s+(my|our|the)\b|\b(gotta|got\s+to|need\s+to|have\s+to)\s+have\s+(a|an)\s+(\S+\s+){0,4}?(piece|` + materialNounList + `)\b|\b(get|give|send)\s+(us|me)\s+(\S+\s+){0,6}?in\s+(` + languages + `)\b`), "a request for material (\"the sequence needs a muni version\", \"ask: a hotel case study\")", []string{"need", "can", "could", "ask", "request", "stopped", "longer", "if", "sec", "min", "beat", "have", "get", "give", "send"}, nil},
	// A piece the rep would have ("if we had a sample policy it'd cut 2
	// months", "if I had a handout id give it out"), a piece to make asked
	// as a question ("make a permit cheat sheet by town?"), a page asked
	// for, a piece asked to be shorter ("shorter pls").
	{regexp.MustCompile(`^(a|an)\s+(1|one)[- ]?(pg|page|pager)\b|^(a\s+)?(1|one)[- ]?(page|pager|pg)\s+(on|about)\s+how\b|\b(every|each)\s+\S+\s+asks?\s+(me\s+|us\s+)?for\s+(a|an)\s+(\S+\s+){0,4}?` + materialNouns + `|\bwe\s+need\s+(a|an)\s+(\S+\s+){0,3}?(report|dashboard|tool|portal)\s+(that|which)\b|\bif\s+(\S+\s+){1,3}?(made|gave|produced|spit\s+out|spat\s+out|put\s+out|exported|printed)\s+(a|an)\b[^.;]*\b(i'?d|id|we'?d)\s+(use|send|show|give|hand|leave)\b|\bif\s+((we|i)\s+had|there\s+(was|were))\s+(a|an|some)\b[^.;]*\b(it'?d|itd|i'?d|id|we'?d|wed|would|wd)\s+[a-z]+|\bif\s+the\s+(\S+\s+){0,3}?` + materialNouns + `\s+(had|showed|said|was|were|included|covered)\b[^.;]*\b(i'?d|id|we'?d|it'?d|itd|would)\s+[a-z]+|^(a|an)\s+(\S+\s+){0,4}?(i|we)\s+could\s+(hand|send|give|show|leave|use)\b|\bneeds?\s+to\s+be\s+on\s+the\s+(website|site|web\s+site)\b|\b` + materialNouns + `\s+needs?\s+(the|that|those|all\s+the)\s+(\S+\s+){0,3}?(out|removed|gone|taken\s+out|off)\b|^whoever\s+owns\s+the\b|^(pls\s+|please\s+)?make\s+(us\s+)?(a|an)\s+(\S+\s+){0,4}?` + materialNouns + `[^.!]*\?|\bwe\s+need\s+(a|an)\s+(\S+\s+){0,3}?(page|landing\s+page|web\s+page|webpage)\b|\b(shorter|simpler|fewer\s+\S+|less\s+\S+)\s+(pls|please|plz)\b`), "a request for material (\"if we had a ... it'd\", \"make a ... sheet?\")", []string{"if", "make", "need", "pls", "please", "plz", "could", "whoever", "a", "1", "one", "ask"}, nil},
	// Asks of this round's shapes: someone to be got to redo a piece, a
	// piece the reps may co-brand, "if somebody could refresh...", what
	// "that'd save me", the first thing buyers or partners ask for, what a
	// piece should say, what would get the rep in the door, a piece the
	// rep would have, what reps want to watch, a piece that fills itself,
	// a piece asked for in a language.
	{regexp.MustCompile(`\b(pls|please|plz)\s+get\s+(somebody|someone)\s+to\b|\blet\s+(us|me|reps|partners|dealers)\s+(co-?brand|customi[sz]e|edit)\b|\bif\s+(somebody|someone|marketing|mktg)\s+could\s+(refresh|redo|update|fix|turn|shorten|translate|trim|redesign|rework)\b|\b(that'?d|thatd)\s+(save|cut)\s+(me|us)\b|(#\s*1|number\s+one|no\.?\s*1)\s+thing\s+(\S+\s+){0,3}?asks?\s+(me|us)\s+for\b|\bcan\s+the\s+(\S+\s+){0,2}?` + materialNouns + `\s+(say|show|have|include|list|mention)\b|\bwhat\s+would\s+get\s+(me|us)\s+(in|through|past)\b|\bif\s+(we|i)\s+had\s+(\S+\s+){0,5}?` + materialNouns + `[^.;]*\b(could|would|i'?d|we'?d)\b|\b(the\s+)?(outside\s+|inside\s+|field\s+|new\s+)?(reps|techs|agents)\s+want\s+(a|an|some)\s+(\S+\s+){0,3}?(video|videos|vid|clip|one[- ]pager|cheat\s+sheet|card|deck|guide)\b|\b` + materialNouns + `\s+that\s+(fills|builds|updates|populates|writes)\s+itself\b|\bin\s+(` + languages + `)\s+(pls|plz|please)\b`), "a request to Marketing (\"pls get somebody to redo\", \"if somebody could refresh\")", []string{"get", "let", "could", "save", "cut", "thing", "can", "would", "had", "want", "itself", "pls", "plz", "please"}, nil},
	// What the rep would save or like ("Id save 2 wks on every project",
	// "what Id really like is a 60 sec video", "be nice to have the
	// datasheets w/ my name"), what would help if someone had or gave a
	// piece ("if you guys had a 2 min video", "if marketing gave the AEs
	// a statement email", "would really help if merchants got
	// something"), a piece "that isnt from 2022", what a product could
	// export, "thatd help".
	{regexp.MustCompile(`\b(i'?d|id|we'?d)\s+save\s+(\d+|a|an|two|three|half|hours|days|weeks|wks)\b|\bwhat\s+(i'?d|id|we'?d)\s+(really\s+)?(like|love|want)\s+is\b|\bbe\s+(really\s+|so\s+)?(nice|great|helpful)\s+to\s+(have|get)\b|\bif\s+(\S+\s+){0,2}?had\s+(a|an|one|1)\s+(\S+\s+){0,4}?` + materialNouns + `|\bif\s+(marketing|mktg|mkt|pmm)\s+(gave|sent|had|made|built|wrote)\b|\bwould\s+(really\s+)?help\s+if\b|\bthat\s+(isn'?t|isnt|is\s+not)\s+from\s+(19|20)\d\d\b|\bcould\s+\S+\s+(export|produce|spit\s+out|generate|print)\s+(something|a|an)\b|\b(that'?d|thatd)\s+help\b`), "a request for material (\"what I'd really like is\", \"if you guys had a video\")", []string{"save", "like", "love", "want", "nice", "great", "helpful", "had", "gave", "sent", "made", "built", "wrote", "help", "from", "could"}, nil},
	// "give me somthing a CEO gets", "what would really help is", "thats
	// the ask", "what I really need is someone to film", "Id get a day
	// back", "if the template pulled the maps ... Id turn these around",
	// "would do more than anything I can say", a piece needed redone.
	{regexp.MustCompile(`\bgive\s+(me|us)\s+(something|somthing|smthg|sth)\b|\bwhat\s+would\s+(really\s+|actually\s+)help\b|\b(that'?s|thats)\s+(the|my|our)\s+(ask|request)\b|\bwhat\s+(i|we)\s+(really\s+|actually\s+)?need\s+is\s+(someone|somebody|marketing|mktg)\b|\b(i'?d|id|we'?d)\s+get\s+(a|an|\d+|half|hours|days|time)\s+(\S+\s+)?back\b|\bif\s+the\s+` + materialNouns + `\s+(\S+\s+){0,2}?(pulled|did|had|showed|included|came|filled|printed|exported)\b[^.;]*\b(i'?d|id|we'?d)\b|\bwould\s+do\s+more\s+than\s+anything\b|\bneed\s+(the\s+|our\s+)?(\S+\s+){0,3}?` + materialNouns + `\s+(redone|updated|refreshed|rebranded|translated|shortened|fixed)\b`), "a request for material (\"what would really help is\", \"thats the ask\")", []string{"give", "help", "ask", "request", "need", "back", "if the", "more than"}, nil},
	// Where a piece should be ("should be on the website", "put the rent
	// vs buy thing on the website"), access asked for, a piece that
	// would be one page, a card needed redone, what the rep needs most,
	// the one thing to fix, what the web team could add, a short video
	// asked for, "just 1 pg on", a page for partners, what a report
	// should show.
	{regexp.MustCompile(`\bshould\s+be\s+on\s+the\s+(website|site|portal|web)\b|^put\s+the\s+(\S+\s+){0,5}?on\s+the\s+(website|site|portal)\b|\bgive\s+(us|me|reps|partners|dealers|distributors)\s+access\b|\bif\s+the\s+(\S+\s+){0,3}?(was|were)\s+(1|one)\s*(page|pager|pg)\b|\bneed\s+(the\s+|our\s+)?(\S+\s+){0,3}?cards?\s+(redone|updated|refreshed|rebranded|fixed)\b|\b(that'?s|thats)\s+what\s+(i|we)\s+(need|want)\s+(most|the\s+most)\b|\b(that'?s|thats)\s+the\s+one\s+thing\b|\bcan\s+the\s+(website|web|marketing|design)\s+(people|team|folks|guys)\b|\bany\s+chance\s+(it|they|this|that)\s+(gets?|could\s+get)\s+(redone|updated|fixed|refreshed)\b|^a\s+\d+\s*(sec|secs|second|seconds|min|mins|minute|minutes)\s+(\S+\s+){0,2}?(video|vid|clip)\b|\bjust\s+(1|one|a)\s*(pg|page|pager|one[- ]pager)\s+(on|about|for)\b|^give\s+(the\s+)?(partners|consultants|dealers|distributors|resellers|agents|brokers)\s+(a|an)\s+(\S+\s+){0,2}?(page|portal|kit|` + materialNounList + `)\b|\breports?\s+should\s+(show|say|include|list|have)\b`), "a request for material (\"should be on the website\", \"thats what I need most\")", []string{"should", "put", "access", "was", "were", "card", "need", "thing", "can", "chance", "sec", "min", "just", "give", "report"}, nil},
	// A piece asked for instead of what Marketing sends ("instead of
	// another webinar invite from mktg"), "anything for group homes. a 1
	// pager", "give me 1 pg I can read", "any ALF case studies out
	// there?", a piece asked to be redone ("can we reshoot the video",
	// "cant we get the library cleaned up", "pls get the brochure
	// redone"), things wanted on one sheet, "if I had something to
	// leave", what someone should turn into a template, a piece that
	// needs to be in a language, "pls get us a", "if there were videos
	// by role Id", what legal or marketing would sign off on, Marketing's
	// list.
	{regexp.MustCompile(`\binstead\s+of\s+(another|more|the)\s+(\S+\s+){0,4}?from\s+(marketing|mktg|mkt)\b|^anything\s+(for|on|about)\s+[^.!?]{1,40}[.!?]\s*(a|an)\s+(\S+\s+){0,2}?` + materialNouns + `|(^|[.;:!?]\s*|\s-\s)give\s+me\s+((a|an|1|one)\s+)?(\S+\s+){0,8}?((1|one)[- ]?(pg|page|pager)\b|(i|we)\s+can\s+(leave|send|hand|share|use|show|read|drop)\b)|\bany\s+(\S+\s+){0,3}?` + materialNouns + `\s+out\s+there\s*\?|\b(can|cant|can'?t|could)\s+we\s+(please\s+)?(reshoot|redo|refresh|rework|rewrite|redesign|rebrand|reprint)\s+(the|our|that|this)\b|\b(cant|can'?t|can|could)\s+we\s+get\s+the\s+(\S+\s+){0,4}?(cleaned\s+up|updated|redone|refreshed|rebranded|shortened|translated)\b|\bwe\s+need\s+(\S+\s+){1,8}?on\s+(one|1|a\s+single)\s+(sheet|page|pg)\b|\bif\s+(i|we)\s+had\s+something\s+to\s+(leave|give|send|hand|show)\b|\b(someone|somebody)\s+should\s+(turn|make|build|write|create|put\s+together)\b|\bneeds?\s+to\s+be\s+in\s+(` + languages + `)\b|\b(pls|please|plz)\s+get\s+(us|me)\s+(a|an|some|the)\b|\b(pls|please|plz)\s+get\s+(the\s+)?(\S+\s+){0,4}?(redone|updated|refreshed|rebranded|reprinted)\b|\bif\s+there\s+(were|was)\s+(\S+\s+){0,4}?` + materialNouns + `[^.;]*\b(i'?d|id|we'?d)\s+[a-z]+|\bif\s+(legal|marketing|mktg|brand|compliance)\s+would\s+(sign\s+off\s+on|approve|make|write|give\s+us)\s+(a|an)\b|\b(marketing'?s|marketings|mktg'?s|mktgs)\s+list\b|^put\s+it\s+on\s+the\s+list\s*[:-]`), "a request for material (\"give me 1 pg\", \"any case studies out there?\")", []string{"instead", "anything", "give me", "out there", "we ", "something", "should", "in ", "get", "if ", "list"}, nil},
	// "thats the 1 thing Id ask for", "is there a 2 min video for this...
	// there isnt", what a piece "wouldve saved me", screenshots or photos
	// asked for, a piece to get through legal, "nobody's made one", "still
	// waiting on somebody to make", "if the summary pulled ... I wouldnt
	// be", what the buyers "would actually use is a poster", a piece named
	// in a language, real photos "not stock", a piece "I could actually
	// send would save a wk".
	{regexp.MustCompile(`\b(one|1)\s+(thing|piece)\s+(i'?d|id|we'?d)\s+ask\s+for\b|\b(is\s+there|if\s+there'?s|if\s+there\s+is)\s+(a|an|any|anything)\b[^!?]{0,120}?\bthere\s+(isnt|isn'?t)\b|\b(would'?ve|wouldve|would\s+have)\s+saved\s+(me|us)\b|\b(can|could)\s+we\s+(please\s+)?get\s+(\S+\s+){0,2}?(screenshots?|photos?|pics|pictures?|diagrams?|drawings?)\b|\b(pls|please|plz)\s+get\s+the\s+(\S+\s+){0,5}?(thru|through)\s+(legal|compliance|review|approval)\b|\b(nobody|no\s?one)'?s\s+made\s+(one|it|them|any)\b|\bstill\s+waiting\s+(on|for)\s+(somebody|someone|marketing|mktg|brand)\s+to\b|\bif\s+the\s+(\S+\s+){0,4}?(pulled|filled|populated|updated|exported|printed)\b[^.]*\b(i|we)\s+(wouldnt|wouldn'?t)\s+(be|have)\b|\bwhat\s+(the\s+)?\S+\s+would\s+(actually\s+|really\s+)?use\s+is\s+(a|an)\b|^(a\s+|an\s+|the\s+|our\s+)?([a-z0-9]+\s+)?` + materialNouns + `\s+in\s+(` + languages + `)\s*(-|$|[.!])|\breal\s+(photos|pics|pictures)\b[^.]*\bnot\s+stock\b|\b(i|we)\s+could\s+(actually\s+)?(send|use|share|leave|hand)\s+would\s+(save|help|cut)\b`), "a request for material (\"thats the 1 thing Id ask for\", \"nobody's made one\")", []string{"thing", "piece", "there", "saved", "get", "made", "waiting", "if ", "use", " in ", "real", "could"}, nil},
	// A piece that "builds itself", "whoever owns competitive", a tab to
	// put in a piece, what the rep would "use in every deal", "what Im
	// missing is", "tell marketing", what a piece should be, a sample legal
	// has signed off on, "we need a new ... card", a piece asked cut to
	// length, "marketing keeps asking how they can help", one binder with
	// every sheet.
	{regexp.MustCompile(`\b(can|cant|can'?t|could)\s+we\s+get\s+(a|an|the|our)\s+(\S+\s+){0,5}?(that\s+|to\s+)?(builds?|fills?|populates?|updates?|generates?|writes?)\s+itself\b|^whoever\s+(owns|runs|does|makes)\s|^put\s+(a|an)\s+(\S+\s+){0,3}?(tab|page|section|slide|column)\s+(in|into|on)\s+the\b|\b(i'?d|id|we'?d)\s+use\s+(it|them|one|that)\s+((in|on|with|for)\s+)?every\b|\bwhat\s+(i'?m|im|we'?re)\s+missing\s+is\b|^tell\s+(marketing|mktg|brand|pmm|product\s+marketing)\b|\b(pdf|` + materialNounList + `)\s+should\s+be\s+(a|an|1|one|just|shorter|simpler)\s|\bwe\s+need\s+(a|an)\s+[^.]{0,60}\blegal\s+(has\s+)?(actually\s+)?signed\s+off\b|\bwe\s+need\s+(a\s+|an\s+)?(new|updated|better)\s+(\S+\s+)?(card|cards|` + materialNounList + `)\b|\b(can|cant|can'?t)\s+we\s+get\s+the\s+(\S+\s+){0,3}?(cut|trimmed|shortened)\s+(to|down)\b|\b(marketing|mktg)\s+keeps\s+asking\s+(how|what)\b|\b(can|cant|can'?t)\s+we\s+get\s+(one|a\s+single)\s+\S+\s+(w/|with)\s+(every|all)\b`), "a request for material (\"a report that builds itself\", \"Id use it in every deal\")", []string{"itself", "whoever", "put", "every", "missing", "tell", "should", "legal", "need", "get", "asking"}, nil},
	// A piece that "would do it" or "would kill half my calls", "pls -
	// something the pastor can put up", a piece a product "really needs",
	// what should be "a real marketing piece", "thats a marketing thing",
	// "it'd help if somebody in marketing".
	{regexp.MustCompile(materialNouns + `[^.;]{0,60}\bwould\s+(do\s+it|kill|halve|end)\b|^(pls|please|plz)\b[\s,:-]*(something|a|an)\s|\breally\s+needs\s+(a|an)\s+(\S+\s+){0,2}?` + materialNouns + `|\bshould\s+be\s+a\s+real\s+(marketing\s+)?(piece|` + materialNounList + `)\b|\b(that'?s|thats)\s+a\s+(marketing|mktg)\s+(thing|job)\b|\b(it'?d|itd|would)\s+help\s+if\s+(somebody|someone|marketing|mktg)\b`), "a request for material (\"a MD version of that sheet would do it\", \"thats a marketing thing\")", []string{"would", "pls", "please", "plz", "needs", "real", "marketing", "mktg", "help"}, nil},
	// Someone else asked to make a piece: "need someone to build a CPC
	// thing", "someone at HQ needs to own a filled-out HECVAT", "someone
	// needs to publish a real ACR", "marketing + legal should put out a
	// guide".
	{regexp.MustCompile(`^\s*(we\s+|i\s+)?(really\s+|just\s+)?need\s+(someone|somebody)\s+((at|in|from|on)\s+(the\s+)?(hq|corporate|head\s+office|home\s+office|marketing|mktg|mkt|brand|product|design|creative)\s+(team\s+)?)?to\s+(build|make|write|create|design|publish|own|turn|put\s+together|film|shoot|record|translate|produce|draft|do\s+(a|an|one))\b|\b(someone|somebody)\s+((at|in|from)\s+(the\s+)?(hq|corporate|head\s+office|home\s+office)\s+)?(really\s+)?(needs?\s+to|has\s+to|should)\s+(publish|produce|draft|maintain|keep|own)\b|\b(marketing|mktg|mkt|pmm)\s*(\+|and|&|/)\s*[a-z]+\s+(should|needs?\s+to|has\s+to|must|ought\s+to)\s+(put\s+out|make|build|write|create|publish|own|do|give)\b`), "a request to someone to make a piece (\"need someone to build\")", []string{"someone", "somebody", "market", "mktg", "mkt", "pmm"}, nil},
	// "dear marketing - canned texts for weather delays", "what I need is
	// a side by side I can actually hand over".
	{regexp.MustCompile(`^\s*dear\s+(marketing|mktg|mkt|brand|pmm|product\s+marketing)\b|\bwhat\s+(i|we)\s+(really\s+|actually\s+)?need\s+is\s+(a|an|some|one)\s+[^.]{0,80}?\b(i|we)\s+can\s+(actually\s+|just\s+)?(hand|give|send|show|leave|share|use|forward)\b`), "a request to Marketing (\"dear marketing\", \"what I need is a ... I can hand over\")", []string{"dear", "what"}, nil},
	// Asks of this round's shapes: "on my wishlist for Marketing",
	// "Spanish Logbook please", "begging for", "Marketing: edit it to 90
	// sec", "brand team, this ones for you", "a ... sheet from marketing",
	// "the thing I need most", "can whoever owns the guide", "still waiting
	// on a case study", "I'd quit rebuilding it", "a visor card is way
	// overdue", "need their own 1 pager", "a template that pulls ... on its
	// own".
	{regexp.MustCompile(`\b(on|for)\s+my\s+wish\s*list\b|\bwish\s*list\s+for\s+(marketing|mktg|brand)\b|^(` + languages + `)(\s*(\+|and|&|/|,)\s*(` + languages + `))*\s+(\S+\s+){0,3}?(please|pls|plz)\b|\bbegging\s+for\b|\b(marketing|mktg|brand(\s+team)?)\s*:\s*(please\s+|pls\s+)?(edit|make|build|cut|write|do|give|create|update|fix|shoot|redo|put|send|film|design)\b|\b(brand|marketing|mktg)(\s+team)?,?\s+this\s+(one'?s|ones|is)\s+for\s+you\b|^(a|an)\s+[^.]{0,60}?\bfrom\s+(marketing|mktg|brand)\b|\bthe\s+(one\s+)?thing\s+(i|we)\s+need\s+(most|the\s+most)\b|\b(can|could)\s+whoever\s+(owns|runs|makes|does|keeps)\b|\bstill\s+waiting\s+(on|for)\s+(a|an|the)\s+(\S+\s+){0,3}?` + materialNouns + `|\b(i'?d|id|we'?d)\s+(quit|stop)\s+(re)?(building|making|writing|doing|redoing)\b|^(a|an)\s+[^.]{0,60}?\b(is|are)\s+(way\s+|long\s+|so\s+|well\s+)?overdue\b|\bneeds?\s+(their|our|its)\s+own\s+(\S+\s+){0,3}?` + materialNouns + `|^(a\s+|an\s+)?(\S+\s+){0,2}?` + materialNouns + `\s+that\s+(pulls|fills|updates|builds|populates|writes)\b[^.]*\bon\s+its\s+own\b`), "a request for material (\"on my wishlist for Marketing\", \"begging for\", \"the thing I need most\")", []string{"wish", "please", "pls", "plz", "begging", ":", "for you", "from", "need", "whoever", "waiting", "quit", "stop", "overdue", "own", " "}, nil},
	// "every architect asks", "than anything marketing made", "honest ask
	// - redo the card", "what I need is something to hand the chief",
	// "cant we get 60 sec cuts of", "give the dealers a form", "any chance
	// of quick ref cards", "auf Deutsch, bitte", "gimme 1 case study",
	// "what'd help most is", "all I want for the owners is a kit".
	{regexp.MustCompile(`^(we|i)\s+(really\s+)?need\s+[^!?]{0,100}?\bevery\s+[a-z]+\s+(asks|wants)\b|\bthan\s+anything\s+(marketing|mktg|brand)\b|^\s*(honest|real|one|my|big|only)\s+ask\b|\bwhat\s+(i|we)\s+(really\s+|actually\s+)?need\s+is\s+(something|anything)\s+(to\s+|i\s+can\s+|we\s+can\s+)?(hand|give|send|show|leave|share)\b|\b(cant|can'?t|can|could)\s+we\s+(get|have)\s+(\d+\s+(sec|second|min|minute)\s+)?(cuts?|clips?|edits?|versions?)\s+of\b|^give\s+(the\s+)?(dealers|partners|reps|distributors|distis|resellers|installers)\s+(a|an|some)\b|\bany\s+chance\s+of\b|\b(bitte|por\s+favor)\b|^(gimme|give\s+me)\s+(a|an|1|one|some|more|better)\s+(\S+\s+){0,3}?` + materialNouns + `|\bwhat'?d\s+help\s+(\S+\s+){0,2}?is\b|\ball\s+(i|we)\s+(really\s+)?want\s+(\S+\s+){0,4}?is\s+(a|an|some|one)\b`), "a request for material (\"every architect asks\", \"honest ask\", \"any chance of\")", []string{"every", "than", "ask", "what", "get", "have", "give", "chance", "bitte", "favor", "gimme", "help", "want"}, nil},
	// "marketing owes us a marine case study", "if the service records
	// could spit out a summary on their own I'd get through them all",
	// "what I'd really use is a 60 sec clip", "I'd take anything guest
	// facing", "FAC-003 piece pls", "put a generic spec in the library",
	// "somebody whose actual job it is to change it", "what I'd actually hand
	// an engineer: 1 page on", "its overdue: a price library", "get me one +
	// ill use it", "pls get the team to redo the VPAT", "can my notes become
	// a real handout?", "asked Mktg twice", "the sheet needs new
	// screenshots", "the vids need to be 1 min clips".
	{regexp.MustCompile(`\b(marketing|mktg|mkt|brand|pmm)(\s+team)?\s+owes\s+(us|me)\b|\bif\s+[^.;]{0,80}?\bcould\s+[^.;]{0,80}?\b(i'?d|id|we'?d)\s+[a-z]+|\bwhat\s+(i'?d|id|we'?d)\s+(really\s+|actually\s+)?(use|love|want|need|take|hand|send)\b[^.;]{0,60}?(\bis\s+(a|an|some|one)\b|:\s*(a|an|1|one)\s)|\b(it'?s|its)\s+(way\s+|long\s+|so\s+)?overdue\s*:|\bget\s+me\s+(one|a|an)\b[^.;]{0,40}?\b(i'?ll|ill|i\s+will)\s+use\b|` + materialNouns + `[^.;]{0,60}?\bget\s+me\s+(that|this|one|it)\b[^.;]{0,20}?\b(i'?ll|ill|i\s+will|i'?d|id|i)\s+(use|close|win|sell|save)\b|^(pls|please|plz)\s+get\s+[^.;]{0,40}?\bto\s+(redo|update|make|build|write|fix|add|create|translate|refresh)\b|\bcan\s+(my|our|the|this)\s+[^.;?]{0,40}?\bbecome\s+(a|an)\b[^?]*\?|\basked\s+(marketing|mktg|mkt|brand|pmm)\b|\bthe\s+(\S+\s+){0,2}?` + materialNouns + `\s+needs?\s+(new|updated|fresh|current|better)\s+[a-z]+|\bthe\s+(\S+\s+){0,2}?` + materialNouns + `\s+needs?\s+to\s+be\s+(\d|one|1|shorter|updated|redone|rewritten)|\b(i'?d|id|we'?d)\s+take\s+anything\b|\bpiece\s+(pls|plz|please)\b|^(pls\s+|please\s+)?put\s+(a|an|one|our)\s+[^.;]{0,60}?\bin\s+the\s+library\b|\b(someone|somebody)\s+whose\s+(actual\s+|real\s+|whole\s+)?job\s+it\s+is\b`), "a request for material (\"marketing owes us\", \"if it could ... I'd\", \"piece pls\")", []string{"owes", "could", "what", "take", "piece", "put", "whose", "overdue", "get", "become", "asked", "need"}, nil},
}

// materialNounList names the kinds of thing Marketing makes; materialNouns
// ends a pattern with one; languages are the ones reps ask for material in.
const (
	languages        = `spanish|french|german|portuguese|italian|japanese|chinese|mandarin|cantonese|korean|dutch|polish|arabic|hindi|vietnamese|tagalog|thai|burmese|somali|russian|ukrainian|nepali|haitian|creole|hmong|swahili|amharic|farsi|urdu|bengali|punjabi|khmer`
	materialNounList = `newsletters?|courses?|diagrams?|sequences?|cadences?|dashboards?|version|versions|template|templates|deck|decks|one[- ]pager|one[- ]page|1[- ]pagers?|1[- ]page|1[- ]?pgs?|one[- ]pg|pagers?|how[- ]?tos?|video|videos|case\s+stud\w*|faq|guide|sheet|battlecards?|collateral|content|material|materials|slides?|brochure|one|kit|toolkits?|playbook|sample\s+reports?|success\s+stor(y|ies)|story|stories|calc|calculator|tool|letter|docs?|document|script|email|library|libraries|packet|flyer|checklist|infographic|explainer|whitepaper|white\s+paper|clips?|vids?|walkthrough|portfolio|guides|sheets|brochures|flyers|checklists|calculators|scripts|emails|letters|kits|explainers|datasheets?|logos|line\s+cards?|benchmarks?|quick\s+refs?|quick\s+reference|ref\s+cards?|rate\s+cards?|answer\s+banks?|posters?|comparisons?|flow\s?charts?|side[- ]by[- ]sides?|handouts?|(desk|tent|ref|pocket|wallet|visor|counter|laminated)\s+cards?`
	materialNouns    = `(` + materialNounList + `)\b`
)

// detectWant reports whether an activity text is a want, and why.
func detectWant(activity string) (bool, string) {
	s := strings.ToLower(strings.TrimSpace(activity))
	s = strings.ReplaceAll(s, "’", "'")
	// An opening aside ("honestly, a one pager would...") is not what the
	// rep says.
	s = openingAside.ReplaceAllString(s, "")
	for _, p := range wantPatterns {
		if hasAny(s, p.hints) && p.re.MatchString(s) && (p.unless == nil || !p.unless.MatchString(s)) {
			return true, p.reason
		}
	}
	return false, ""
}

var openingAside = regexp.MustCompile(`^(honestly|tbh|frankly|seriously|ngl|real talk)\b[,:!.\s-]*`)

func hasAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}
