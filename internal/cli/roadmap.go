package cli

import (
	"context"
	"fmt"
	"strconv"
	"text/tabwriter"

	"github.com/enablemap/enablemap/internal/enablemap"
)

const roadmapHelp = `
Usage: enablemap roadmap SUBCOMMAND --project NAME [flags]

The road map is the list of materials Marketing will make to fill the holes.

Subcommands:
  add --activity A --kind KIND --title TITLE [--owner WHO] [--due YYYY-MM-DD] [--status planned|in_progress|done]
  list
  update ID [--kind ...] [--title ...] [--owner ...] [--due ...] [--status ...]
  delete ID

Example:
  enablemap roadmap add --project demo --activity A-R014 --kind "talk track" \
      --title "Discovery talk track for plant managers" --owner "PMM" --due 2026-12-15
`

func runRoadmap(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		return subcommand(ctx, env, "roadmap", args, nil, roadmapHelp)
	}
	sub, args := args[0], args[1:]
	fs := newFlags(env, "roadmap "+sub, roadmapHelp)
	project := projectFlag(fs)
	db := dbFlag(fs)
	activity := fs.String("activity", "", "the activity (hole) the item serves: its id or one of its responses")
	kind := fs.String("kind", "", "material kind: talk track, how-to guide, email template, case study...")
	title := fs.String("title", "", "title of the material to make")
	owner := fs.String("owner", "", "who makes it")
	due := fs.String("due", "", "due date, YYYY-MM-DD")
	status := fs.String("status", "", "planned, in_progress or done")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	switch sub {
	case "add", "list", "update", "delete":
	default:
		fmt.Fprintf(env.Stderr, "enablemap roadmap: unknown subcommand %q\n", sub)
		fs.Usage()
		return errUsage
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
	ws, err := svc.Workspace(ctx, p.ID)
	if err != nil {
		return err
	}
	find := func() (enablemap.RoadmapItem, error) {
		if len(pos) != 1 {
			return enablemap.RoadmapItem{}, enablemap.FieldError("ID", "roadmap %s needs the item id (see 'enablemap roadmap list')", sub)
		}
		id, err := strconv.ParseInt(pos[0], 10, 64)
		if err != nil {
			return enablemap.RoadmapItem{}, enablemap.FieldError("ID", "%q is not a road-map item id", pos[0])
		}
		for _, it := range ws.Roadmap {
			if it.ID == id {
				return it, nil
			}
		}
		return enablemap.RoadmapItem{}, enablemap.Errorf(enablemap.ENOTFOUND, "no road-map item %d in project %q", id, p.Name)
	}
	switch sub {
	case "list":
		if len(ws.Roadmap) == 0 {
			fmt.Fprintln(env.Stdout, "the road map is empty: see the holes with 'enablemap analyze --project NAME' and add items with 'enablemap roadmap add'")
			return nil
		}
		tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tACTIVITY\tKIND\tTITLE\tOWNER\tDUE\tSTATUS")
		for _, it := range ws.Roadmap {
			fmt.Fprintf(tw, "%d\tA-%s\t%s\t%s\t%s\t%s\t%s\n", it.ID, it.ResponseID, it.Kind, it.Title, it.Owner, it.Due, it.Status)
		}
		return tw.Flush()
	case "delete":
		it, err := find()
		if err != nil {
			return err
		}
		if err := svc.DeleteRoadmapItem(ctx, p.ID, it.ID); err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "deleted road-map item %d\n", it.ID)
		return nil
	}
	var it enablemap.RoadmapItem
	if sub == "update" {
		if it, err = find(); err != nil {
			return err
		}
	} else if *activity == "" {
		return enablemap.FieldError("--activity", "roadmap add needs --activity (the hole it fills)")
	}
	set := func(dst *string, v string) {
		if v != "" {
			*dst = v
		}
	}
	set(&it.ResponseID, *activity)
	set(&it.Kind, *kind)
	set(&it.Title, *title)
	set(&it.Owner, *owner)
	set(&it.Due, *due)
	if *status != "" {
		it.Status = enablemap.RoadmapStatus(*status)
	}
	if err := svc.SaveRoadmapItem(ctx, p.ID, &it); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "saved road-map item %d: %s (%s)\n", it.ID, it.Title, it.Status)
	return nil
}
