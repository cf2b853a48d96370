package cli

import (
	"context"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/enablemap/enablemap/internal/enablemap"
)

const decideHelp = `
Usage: enablemap decide SUBCOMMAND --project NAME [flags]

A decision beats the engine's suggestion and survives re-import and re-analysis.
Activities are named by their id (A-R001, see 'enablemap analyze') or by any of
their responses. Each decision is one transaction.

Subcommands:
  confirm       --material M --activity A      this material serves this activity
  reject        --material M --activity A      never match this material to this activity
  set-aside     --material M --reason TEXT     the material serves no activity
  keep          --material M                   undo set-aside
  rename        --activity A --name TEXT       name the activity in common terms
  move          --activity A --stage STAGE     place it on another buying stage
  relevance     --activity A --relevant yes|no [--reason TEXT]
  merge         --activity A --into B          the two are one activity
  split         --response R                   take a response out into its own activity
  move-response --response R --into A          the response belongs to another activity
  want          --response R --want yes|no     the response is a want (or a need after all)
  accept        --activity A                   accept the suggested activity as it is
  list                                         the decisions made, in order
  undo ID                                      remove a decision

Examples:
  enablemap decide confirm --project demo --material M012 --activity A-R003
  enablemap decide move --project demo --activity A-R003 --stage "Validation"
`

func runDecide(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		return subcommand(ctx, env, "decide", args, nil, decideHelp)
	}
	sub, args := args[0], args[1:]
	fs := newFlags(env, "decide "+sub, decideHelp)
	project := projectFlag(fs)
	db := dbFlag(fs)
	material := fs.String("material", "", "material id")
	activity := fs.String("activity", "", "activity id (A-R001) or one of its response ids")
	response := fs.String("response", "", "response id")
	into := fs.String("into", "", "the activity to merge or move into")
	name := fs.String("name", "", "new activity name")
	stage := fs.String("stage", "", "buying stage")
	relevant := fs.String("relevant", "", "yes or no")
	want := fs.String("want", "", "yes or no")
	reason := fs.String("reason", "", "why")
	author := fs.String("author", "", "who decides (default $USER)")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	d := enablemap.Decision{MaterialID: *material, Reason: *reason, Author: *author}
	if d.Author == "" {
		d.Author = env.Getenv("USER")
	}
	if d.Author == "" {
		d.Author = env.Getenv("LOGNAME")
	}
	if d.Author == "" {
		d.Author = "command line"
	}
	need := func(flagName, v string) error {
		if v == "" {
			return enablemap.FieldError("--"+flagName, "decide %s needs --%s", sub, flagName)
		}
		return nil
	}
	var check []error
	switch sub {
	case "confirm", "reject":
		d.Kind = map[string]enablemap.DecisionKind{"confirm": enablemap.ConfirmMatch, "reject": enablemap.RejectMatch}[sub]
		d.ResponseID = *activity
		check = append(check, need("material", *material), need("activity", *activity))
	case "set-aside":
		d.Kind = enablemap.SetAside
		check = append(check, need("material", *material), need("reason", *reason))
	case "keep":
		d.Kind = enablemap.KeepMaterial
		check = append(check, need("material", *material))
	case "rename":
		d.Kind, d.ResponseID, d.Text = enablemap.Rename, *activity, *name
		check = append(check, need("activity", *activity), need("name", *name))
	case "move":
		d.Kind, d.ResponseID, d.Text = enablemap.Move, *activity, *stage
		check = append(check, need("activity", *activity), need("stage", *stage))
	case "relevance":
		d.Kind, d.ResponseID, d.Text = enablemap.Relevance, *activity, *relevant
		check = append(check, need("activity", *activity), need("relevant", *relevant))
	case "merge":
		d.Kind, d.ResponseID, d.OtherResponseID = enablemap.Merge, *activity, *into
		check = append(check, need("activity", *activity), need("into", *into))
	case "split":
		d.Kind, d.ResponseID = enablemap.Split, *response
		check = append(check, need("response", *response))
	case "move-response":
		d.Kind, d.ResponseID, d.OtherResponseID = enablemap.MoveResponse, *response, *into
		check = append(check, need("response", *response), need("into", *into))
	case "want":
		d.Kind, d.ResponseID, d.Text = enablemap.MarkWant, *response, *want
		check = append(check, need("response", *response), need("want", *want))
	case "accept":
		d.Kind, d.ResponseID = enablemap.Accept, *activity
		check = append(check, need("activity", *activity))
	case "list", "undo":
	default:
		fmt.Fprintf(env.Stderr, "enablemap decide: unknown subcommand %q\n", sub)
		fs.Usage()
		return errUsage
	}
	for _, err := range check {
		if err != nil {
			return err
		}
	}
	svc, st, err := open(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	p, err := resolve(ctx, svc, project)
	if err != nil {
		return err
	}
	switch sub {
	case "list":
		ws, err := svc.Workspace(ctx, p.ID)
		if err != nil {
			return err
		}
		if len(ws.Decisions) == 0 {
			fmt.Fprintln(env.Stdout, "no decisions yet")
			return nil
		}
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tKIND\tACTIVITY/RESPONSE\tOTHER\tMATERIAL\tVALUE\tREASON\tBY")
		for _, d := range ws.Decisions {
			fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", d.ID, d.Kind, d.ResponseID, d.OtherResponseID, d.MaterialID, d.Text, d.Reason, d.Author)
		}
		return tw.Flush()
	case "undo":
		if len(pos) != 1 {
			return enablemap.FieldError("ID", "decide undo needs the decision id (see 'enablemap decide list')")
		}
		id, err := strconv.ParseInt(pos[0], 10, 64)
		if err != nil {
			return enablemap.FieldError("ID", "%q is not a decision id", pos[0])
		}
		if err := svc.DeleteDecision(ctx, p.ID, id); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "removed decision %d\n", id)
		return nil
	}
	d, err = svc.Decide(ctx, p.ID, d)
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "recorded decision %d: %s\n", d.ID, d.Kind)
	if a, _, err := svc.Analyze(ctx, p.ID); err == nil {
		describeOutcome(env, a, d)
	}
	return nil
}

// describeOutcome says what the decision changed in the analysis, so the
// user sees its effect without running analyze again.
func describeOutcome(env *Env, a enablemap.Analysis, d enablemap.Decision) {
	if d.MaterialID != "" {
		for _, m := range a.Materials {
			if m.MaterialID != d.MaterialID {
				continue
			}
			switch {
			case m.SetAside:
				fmt.Fprintf(env.Stdout, "material %s is set aside\n", m.MaterialID)
			case len(m.Matches) > 0:
				act, _ := a.ActivityByID(m.Matches[0].ActivityID)
				fmt.Fprintf(env.Stdout, "material %s now serves %s %q\n", m.MaterialID, act.ID, act.Name)
			}
		}
		return
	}
	if d.ResponseID == "" {
		return
	}
	for _, w := range a.Wants {
		if w == d.ResponseID {
			fmt.Fprintf(env.Stdout, "response %s is a want, apart from the activities\n", w)
			return
		}
	}
	act, ok := a.ActivityOfResponse(d.ResponseID)
	if !ok {
		return
	}
	relevance := "not Marketing's"
	if act.MarketingRelevant {
		relevance = "marketing-relevant"
		if !act.Covered {
			relevance += ", a HOLE"
		}
	}
	fmt.Fprintf(env.Stdout, "%s %q: %s, %s, %d responses from %d reps\n", act.ID, act.Name, act.BuyingStage, relevance, len(act.ResponseIDs), act.Reps)
}
