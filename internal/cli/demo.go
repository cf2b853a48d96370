package cli

import (
	"context"
	"fmt"
)

const demoHelp = `
Usage: enablemap demo [--reset] [--workspace NAME] [--db DB]

Stores the built-in demo project (a fictional company's rep interviews, content
library and glossary) in the database, so there is something to look at. Run it
again to keep the demo as it is, or with --reset to start the demo afresh.
Every workspace may hold its own demo: --workspace NAME loads that one's
(without it, the demo goes into the only workspace, or into none).

Example (then):
  enablemap analyze --project demo --format md
  enablemap serve            # and open http://127.0.0.1:8080
`

func runDemo(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "demo", demoHelp)
	reset := fs.Bool("reset", false, "replace the demo project if it exists")
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
	p, created, err := svc.LoadDemo(wctx, *reset)
	if err != nil {
		return err
	}
	a, ws, err := svc.Analyze(ctx, p.ID)
	if err != nil {
		return err
	}
	if created {
		fmt.Fprintf(env.Stdout, "loaded the demo project %q into %s\n", p.Name, dsn(env, *db))
	} else {
		fmt.Fprintf(env.Stdout, "the demo project %q is already in %s (use --reset to start it afresh)\n", p.Name, dsn(env, *db))
	}
	f := a.Figures
	fmt.Fprintf(env.Stdout, "%d interviews, %d responses -> %d activities (%d marketing-relevant), %d wants set apart\n",
		len(ws.Interviews), len(ws.Responses), f.Activities, f.RelevantActivities, f.Wants)
	fmt.Fprintf(env.Stdout, "%d materials: %d aligned, %d set aside; %d holes\n", f.Materials, f.MaterialsAligned, f.MaterialsSetAside, f.Holes)
	fmt.Fprintf(env.Stdout, "\nnext:\n  enablemap analyze --project demo --format md\n  enablemap serve    # then open http://127.0.0.1:8080\n")
	return nil
}
