package cli

import (
	"context"
	"flag"
	"fmt"
	"github.com/enablemap/enablemap/internal/store"
	"strings"
	"text/tabwriter"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

const projectHelp = `
Usage: enablemap project SUBCOMMAND [flags]

Subcommands:
  create NAME [--buying-stages T|FILE] [--sales-stages "A,B,C"] [--description TEXT]
  list [--all]                       projects (--all includes archived ones)
  show NAME                          stages and counts
  update NAME [--name NEW] [--description TEXT] [--buying-stages T|FILE] [--sales-stages "A,B,C"]
  archive NAME                       hide the project from lists (list --all shows it)
  unarchive NAME                     bring an archived project back
  delete NAME --yes                  remove the project and everything in it

Buying stages come from a template (gartner: Gartner's B2B buying jobs, classic: the
five-stage decision process, acd: Awareness/Consideration/Decision) or a file with one
stage per line. Sales stages may be left out: importing interviews adds the ones they name.

Project names are unique within a workspace. Every subcommand takes --workspace NAME:
it acts in that workspace only (create and list included). Without it, a NAME that
projects of several workspaces have is refused with the list of them: give the
project id instead, or the workspace.

Example:
  enablemap project create "Q3 platform launch" --buying-stages gartner \
      --sales-stages "Prospecting,Qualification,Discovery,Demo,Proposal,Closed"
`

func runProject(ctx context.Context, env *Env, args []string) error {
	return subcommand(ctx, env, "project", args, map[string]func(context.Context, *Env, []string) error{
		"create":    projectCreate,
		"list":      projectList,
		"show":      projectShow,
		"update":    projectUpdate,
		"archive":   func(ctx context.Context, env *Env, args []string) error { return projectArchive(ctx, env, args, true) },
		"unarchive": func(ctx context.Context, env *Env, args []string) error { return projectArchive(ctx, env, args, false) },
		"delete":    projectDelete,
	}, projectHelp)
}

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func projectCreate(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "project create", projectHelp)
	buying := fs.String("buying-stages", "gartner", "buying-stage template (gartner, classic, acd) or a file with one stage per line")
	sales := fs.String("sales-stages", "", "sales stages in order, separated by commas")
	desc := fs.String("description", "", "what the focus project is")
	db := dbFlag(fs)
	workspace := workspaceFlag(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return errUsage
	}
	stages, err := buyingStages(*buying)
	if err != nil {
		return err
	}
	svc, st, err := open(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	wctx, err := inWorkspace(ctx, svc, *workspace)
	if err != nil {
		return err
	}
	p, err := svc.CreateProject(wctx, service.NewProject{Name: pos[0], Description: *desc, BuyingStages: stages, SalesStages: splitList(*sales)})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "created project %q (id %d) with buying stages: %s\n", p.Name, p.ID, strings.Join(p.BuyingStages, " > "))
	fmt.Fprintf(env.Stdout, "next: enablemap import interviews FILE.csv --project %q\n", p.Name)
	return nil
}

func projectList(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "project list", projectHelp)
	all := fs.Bool("all", false, "include archived projects")
	db := dbFlag(fs)
	workspace := workspaceFlag(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	svc, st, err := open(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	wctx, err := inWorkspace(ctx, svc, *workspace)
	if err != nil {
		return err
	}
	ps, err := svc.Projects(wctx, *all)
	if err != nil {
		return err
	}
	if len(ps) == 0 {
		fmt.Fprintln(env.Stdout, "no projects yet: try 'enablemap demo' or 'enablemap project create NAME'")
		return nil
	}
	tw := tabwriter.NewWriter(env.Stdout, 0, 4, 2, ' ', 0)
	where, err := projectWorkspaces(ctx, svc, ps)
	if err != nil {
		return err
	}
	fmt.Fprintln(tw, "ID\tNAME\tWORKSPACE\tBUYING STAGES\tSALES STAGES\tARCHIVED")
	for _, p := range ps {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%d\t%d\t%v\n", p.ID, p.Name, where[p.ID], len(p.BuyingStages), len(p.SalesStages), p.Archived)
	}
	return tw.Flush()
}

func projectShow(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "project show", projectHelp)
	svc, st, p, err := namedProject(ctx, env, fs, args)
	if err != nil {
		return err
	}
	defer st.Close()
	ws, err := svc.Workspace(ctx, p.ID)
	if err != nil {
		return err
	}
	w := env.Stdout
	fmt.Fprintf(w, "project %q (id %d)%s\n", p.Name, p.ID, map[bool]string{true: " [archived]"}[p.Archived])
	if p.Description != "" {
		fmt.Fprintf(w, "  %s\n", p.Description)
	}
	fmt.Fprintf(w, "sales stages:  %s\n", strings.Join(p.SalesStages, " > "))
	fmt.Fprintf(w, "buying stages: %s\n", strings.Join(p.BuyingStages, " > "))
	fmt.Fprintf(w, "interviews %d, responses %d, materials %d, glossary terms %d, decisions %d, road-map items %d\n",
		len(ws.Interviews), len(ws.Responses), len(ws.Materials), len(ws.Glossary), len(ws.Decisions), len(ws.Roadmap))
	return nil
}

func projectUpdate(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "project update", projectHelp)
	name := fs.String("name", "", "new name")
	desc := fs.String("description", "", "new description")
	buying := fs.String("buying-stages", "", "new buying stages: template or file")
	sales := fs.String("sales-stages", "", "new sales stages in order, separated by commas")
	svc, st, p, err := namedProject(ctx, env, fs, args)
	if err != nil {
		return err
	}
	defer st.Close()
	if *name != "" {
		p.Name = *name
	}
	if *desc != "" {
		p.Description = *desc
	}
	if *buying != "" {
		if p.BuyingStages, err = buyingStages(*buying); err != nil {
			return err
		}
	}
	if *sales != "" {
		p.SalesStages = splitList(*sales)
	}
	if err := svc.UpdateProject(ctx, &p); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "updated project %q\n", p.Name)
	return nil
}

func projectArchive(ctx context.Context, env *Env, args []string, archived bool) error {
	name := "project archive"
	if !archived {
		name = "project unarchive"
	}
	fs := newFlags(env, name, projectHelp)
	svc, st, p, err := namedProject(ctx, env, fs, args)
	if err != nil {
		return err
	}
	defer st.Close()
	p.Archived = archived
	if err := svc.UpdateProject(ctx, &p); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "project %q %s\n", p.Name, map[bool]string{true: "archived", false: "restored from the archive"}[archived])
	return nil
}

func projectDelete(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "project delete", projectHelp)
	yes := fs.Bool("yes", false, "really delete the project and everything in it")
	svc, st, p, err := namedProject(ctx, env, fs, args, func() error {
		if !*yes {
			return enablemap.FieldError("--yes", "deleting a project removes its interviews, materials and decisions: add --yes to confirm (or archive it instead)")
		}
		return nil
	})
	if err != nil {
		return err
	}
	defer st.Close()
	if err := svc.DeleteProject(ctx, p.ID); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "deleted project %q\n", p.Name)
	return nil
}

// namedProject parses the flags of a command whose one argument names a
// project (adding --db and --workspace to fs), runs the checks, opens the
// database and finds the project. The caller closes the store.
func namedProject(ctx context.Context, env *Env, fs *flag.FlagSet, args []string, checks ...func() error) (*service.Service, *store.DB, enablemap.Project, error) {
	db := dbFlag(fs)
	workspace := workspaceFlag(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return nil, nil, enablemap.Project{}, err
	}
	if len(pos) != 1 {
		fs.Usage()
		return nil, nil, enablemap.Project{}, errUsage
	}
	for _, check := range checks {
		if err := check(); err != nil {
			return nil, nil, enablemap.Project{}, err
		}
	}
	svc, st, err := open(ctx, env, *db)
	if err != nil {
		return nil, nil, enablemap.Project{}, err
	}
	p, err := resolveIn(ctx, svc, pos[0], *workspace)
	if err != nil {
		st.Close()
		return nil, nil, enablemap.Project{}, err
	}
	return svc, st, p, nil
}

// projectWorkspaces names the workspace of each project ("-" for none), so
// that projects of the same name in several workspaces can be told apart.
func projectWorkspaces(ctx context.Context, svc *service.Service, ps []enablemap.Project) (map[int64]string, error) {
	out := make(map[int64]string, len(ps))
	as, ok := svc.Accounts()
	if !ok {
		for _, p := range ps {
			out[p.ID] = "-"
		}
		return out, nil
	}
	teams, err := as.Teams(ctx)
	if err != nil {
		return nil, err
	}
	names := map[int64]string{0: "-"}
	for _, t := range teams {
		names[t.ID] = t.Name
	}
	for _, p := range ps {
		team, err := as.ProjectTeam(ctx, p.ID)
		if err != nil {
			return nil, err
		}
		out[p.ID] = names[team]
	}
	return out, nil
}
