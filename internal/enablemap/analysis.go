package enablemap

// Analysis is the result of running the engine on a Workspace. Its JSON form
// is the output contract documented in docs/json.md.
type Analysis struct {
	Project      string             `json:"project,omitempty"`
	BuyingStages []string           `json:"buying_stages"`
	SalesStages  []string           `json:"sales_stages,omitempty"`
	Activities   []Activity         `json:"activities"`
	Wants        []string           `json:"wants"` // response ids
	WantDetails  []Want             `json:"want_details"`
	Materials    []MaterialAnalysis `json:"materials"`
	Holes        []string           `json:"holes"` // activity ids, highest priority first
	HoleDetails  []Hole             `json:"hole_details"`
	Figures      Figures            `json:"figures"`
	// Review lists what a person should check in the roll-up: activities
	// that may be one, and responses that may belong to another activity,
	// most likely first.
	Review []ReviewItem `json:"review"`
}

// Review kinds: two activities that may be one, or a response that may
// belong to another activity.
const (
	ReviewMerge = "merge"
	ReviewMove  = "move"
)

// ReviewItem is a suggestion to check the roll-up. For ReviewMerge,
// ActivityID and OtherActivityID may be one activity; for ReviewMove, the
// response ResponseID of ActivityID may belong to OtherActivityID. Score is
// the average similarity that suggests it, in the units of the roll-up
// threshold.
type ReviewItem struct {
	Kind            string   `json:"kind"`
	ActivityID      string   `json:"activity_id"`
	OtherActivityID string   `json:"other_activity_id"`
	ResponseID      string   `json:"response_id,omitempty"`
	Score           float64  `json:"score"`
	Reasons         []string `json:"reasons"`
}

// Activity is one rolled-up sales activity in common terms.
type Activity struct {
	ID                  string   `json:"id"`
	Name                string   `json:"name"`
	NameState           State    `json:"name_state"`
	Goal                string   `json:"goal"`
	BuyingStage         string   `json:"buying_stage"`
	StageState          State    `json:"stage_state"`
	SalesTransitions    []string `json:"sales_transitions"` // "From -> To", most frequent first
	MarketingRelevant   bool     `json:"marketing_relevant"`
	RelevanceState      State    `json:"relevance_state"`
	RelevanceReason     string   `json:"relevance_reason"`
	NeedScore           float64  `json:"need_score"`
	Reps                int      `json:"reps"`
	Roles               int      `json:"roles"`
	Regions             int      `json:"regions"`
	ResponseIDs         []string `json:"response_ids"`
	MaterialTypesNeeded []string `json:"material_types_needed"`
	MaterialIDs         []string `json:"material_ids"` // materials whose best match is this activity
	// ServedBy lists the materials that fit it well enough to serve it:
	// those whose best match it is, then those that list it as a further
	// match or whose match to it a user confirmed. An activity can list
	// them and still be a hole when its reps say they make their own piece.
	ServedBy []string `json:"served_by"`
	Covered  bool     `json:"covered"`
	State    State    `json:"state"` // confirmed once a user accepted it
	Reasons  []string `json:"reasons"`
}

// Want is a response set apart as a wish or a request to Marketing.
type Want struct {
	ResponseID  string `json:"response_id"`
	Interviewee string `json:"interviewee"`
	Text        string `json:"text"`
	State       State  `json:"state"`
	Reason      string `json:"reason"`
}

// Match is a suggested (or decided) tie of a material to an activity.
type Match struct {
	ActivityID string   `json:"activity_id"`
	Score      float64  `json:"score"`
	State      State    `json:"state"`
	Reasons    []string `json:"reasons"`
}

// MaterialAnalysis is what the engine concluded about one material.
type MaterialAnalysis struct {
	MaterialID     string  `json:"material_id"`
	Title          string  `json:"title"`
	Type           string  `json:"type"`
	Matches        []Match `json:"matches"` // best first
	SetAside       bool    `json:"set_aside"`
	SetAsideState  State   `json:"set_aside_state"`
	SetAsideReason string  `json:"set_aside_reason,omitempty"`
}

// Hole is a marketing-relevant activity no material serves.
type Hole struct {
	ActivityID    string   `json:"activity_id"`
	Priority      int      `json:"priority"` // 1 is the highest
	MaterialTypes []string `json:"material_types"`
	Reasons       []string `json:"reasons"`
}

// StageFigure is the coverage of one buying stage.
type StageFigure struct {
	Stage     string `json:"stage"`
	Relevant  int    `json:"relevant"`
	Covered   int    `json:"covered"`
	Holes     int    `json:"holes"`
	Internal  int    `json:"internal"` // activities Marketing need not serve
	Materials int    `json:"materials"`
}

// Figures sum up the analysis.
type Figures struct {
	Responses          int           `json:"responses"`
	Interviews         int           `json:"interviews"`
	Reps               int           `json:"reps"`
	Activities         int           `json:"activities"`
	RelevantActivities int           `json:"relevant_activities"`
	CoveredActivities  int           `json:"covered_activities"`
	Holes              int           `json:"holes"`
	Wants              int           `json:"wants"`
	Materials          int           `json:"materials"`
	MaterialsAligned   int           `json:"materials_aligned"`
	MaterialsSetAside  int           `json:"materials_set_aside"`
	AlignedShare       float64       `json:"aligned_share"` // aligned / materials
	ByStage            []StageFigure `json:"by_stage"`
}

// ActivityByID returns the activity with the given id.
func (a *Analysis) ActivityByID(id string) (Activity, bool) {
	for _, act := range a.Activities {
		if act.ID == id {
			return act, true
		}
	}
	return Activity{}, false
}

// ActivityOfResponse returns the activity that holds the response.
func (a *Analysis) ActivityOfResponse(responseID string) (Activity, bool) {
	for _, act := range a.Activities {
		for _, r := range act.ResponseIDs {
			if r == responseID {
				return act, true
			}
		}
	}
	return Activity{}, false
}
