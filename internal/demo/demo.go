// Package demo ships a complete example project inside the binary: ten
// interviews with the field team of Northvane Industrial, a fictional vendor
// of wireless condition-monitoring sensors and predictive-maintenance
// software for manufacturing plants, its content library, its sales glossary
// and an expert's answer key. A new user can load it to see the method end to
// end before importing their own interviews.
//
// The files are plain CSV in the same columns the importer reads, so the demo
// exercises the same path as a real import. gold.json is what a careful
// analyst concluded by hand (activities, wants, material matches and holes);
// it is used to measure the engine, never by the engine itself.
package demo

import _ "embed"

// ProjectName is the name the demo project is created under.
const ProjectName = "Northvane Industrial (demo)"

// Description says what the demo project is, for the project page.
const Description = "Example study: what field sellers of a predictive-maintenance vendor " +
	"must do to move a manufacturing plant from first contact to purchase order, " +
	"and which of those activities the content library serves."

// SalesStages are Northvane's own sales stages, in order. The interviews ask
// what it takes to move a buyer from each stage to the next.
var SalesStages = []string{"Target", "Engaged", "Site Assessment", "Pilot", "Commercials", "Booked"}

// BuyingTemplate names the buying-stage template (see
// enablemap.BuyingStageTemplate) the answer key places activities on.
const BuyingTemplate = "gartner"

var (
	//go:embed data/interviews.csv
	interviews []byte
	//go:embed data/materials.csv
	materials []byte
	//go:embed data/glossary.csv
	glossary []byte
	//go:embed data/gold.json
	gold []byte
)

// Interviews returns interviews.csv: one row per activity a rep named, with
// response_id, interview_id, interviewee, role, region, interview_date,
// from_stage, to_stage, activity, goal and notes.
func Interviews() []byte { return clone(interviews) }

// Materials returns materials.csv, an export of the content library:
// material_id, title, type, description, url, owner, updated and tags
// (separated by ";").
func Materials() []byte { return clone(materials) }

// Glossary returns glossary.csv (term, meaning): the sales lingo of the
// interviews in plain words.
func Glossary() []byte { return clone(glossary) }

// Gold returns gold.json, the expert answer key: buying_stages, activities
// (id, name, goal, buying_stage, marketing_relevant, material_types_needed,
// response_ids), wants (response ids), materials (material_id, activity_ids,
// note; an empty list means set aside) and holes (ids of marketing-relevant
// activities no material supports).
func Gold() []byte { return clone(gold) }

// clone hands out copies so no caller can change the embedded files for
// everyone else.
func clone(b []byte) []byte { return append([]byte(nil), b...) }
