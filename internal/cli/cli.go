// Package cli is the enablemap command line: one function per subcommand,
// each with its own flag.FlagSet, all calling the service layer.
package cli

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
	"github.com/enablemap/enablemap/internal/store"
)

// Version is set at build time with -ldflags "-X ...cli.Version=...".
var Version = "dev"

// Env is what a command may use of the outside world. Tests fill it in.
type Env struct {
	Stdin  io.Reader
	Stdout io.Writer
	Stderr io.Writer
	Getenv func(string) string
}

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *Env, args []string) error
}

func commands() []command {
	return []command{
		{"analyze", "analyse interviews and materials (files or a stored project)", runAnalyze},
		{"demo", "load the built-in demo project into the database", runDemo},
		{"project", "create, list, show, change, archive or delete projects", runProject},
		{"import", "import interviews, materials, glossary (CSV/XLSX) or a project file (JSON)", runImport},
		{"decide", "confirm, reject, rename, move, merge, split... (decisions beat suggestions)", runDecide},
		{"roadmap", "add, list, change or delete road-map items for holes", runRoadmap},
		{"report", "write a report: md, html, pdf, xlsx, svg, png, json, csv", runReport},
		{"export", "write a whole project as one JSON document", runExport},
		{"backup", "make a consistent copy of a live SQLite database", runBackup},
		{"eval", "score an analysis against an expert answer key (gold.json)", runEval},
		{"serve", "run the web application and JSON API", runServe},
		{"user", "add, list accounts, set passwords (who may sign in, with which role)", runUser},
		{"version", "print the version", runVersion},
	}
}

// errUsage marks an error already explained by a usage message.
var errUsage = errors.New("usage")

// Main runs the command line and returns the process exit code:
// 0 success, 1 failure, 2 usage error.
func Main(ctx context.Context, args []string, env *Env) int {
	if env.Getenv == nil {
		env.Getenv = os.Getenv
	}
	// A --db given before the command applies to it, as ENABLEMAP_DB would.
	for len(args) > 0 && (args[0] == "--db" || args[0] == "-db" || strings.HasPrefix(args[0], "--db=") || strings.HasPrefix(args[0], "-db=")) {
		var v string
		if _, after, ok := strings.Cut(args[0], "="); ok {
			v, args = after, args[1:]
		} else if len(args) > 1 {
			v, args = args[1], args[2:]
		} else {
			fmt.Fprintln(env.Stderr, "enablemap: --db needs a value: a SQLite file or a postgres:// URL")
			return 2
		}
		getenv := env.Getenv
		env.Getenv = func(k string) string {
			if k == "ENABLEMAP_DB" {
				return v
			}
			return getenv(k)
		}
	}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		if len(args) > 1 {
			args = []string{args[1], "--help"}
		} else {
			usage(env.Stdout)
			if len(args) == 0 {
				return 2
			}
			return 0
		}
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, env, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		}
		fmt.Fprintf(env.Stderr, "enablemap %s: %s\n", c.name, message(err))
		if enablemap.ErrorCode(err) == enablemap.EINTERNAL {
			fmt.Fprintf(env.Stderr, "  detail: %v\n", err)
		}
		return 1
	}
	fmt.Fprintf(env.Stderr, "enablemap: unknown command %q\n\n", args[0])
	usage(env.Stderr)
	return 2
}

func message(err error) string {
	if enablemap.ErrorCode(err) == enablemap.EINTERNAL {
		return err.Error()
	}
	return enablemap.ErrorMessage(err)
}

func usage(w io.Writer) {
	fmt.Fprint(w, `enablemap finds what sales reps need from Marketing: it rolls interview answers up into
an activity map on the buying cycle, matches existing materials to activities, and shows
the holes to fill.

Usage: enablemap COMMAND [flags] [arguments]

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Start with:  enablemap demo && enablemap analyze --project demo --format md
One shot:    enablemap analyze --interviews interviews.csv --materials materials.csv --format md

Every command takes --help. The database is one SQLite file in your data directory
unless --db or ENABLEMAP_DB names another file or a postgres:// URL.
`)
}

// newFlags makes a FlagSet whose usage prints the command's help text.
func newFlags(env *Env, name, help string) *flag.FlagSet {
	// A subcommand ("decide merge") explains itself when its group's help
	// describes it, and points to the group's help for the rest.
	if group, sub, ok := strings.Cut(name, " "); ok {
		if h := subcommandHelp(group, sub, help); h != "" {
			help = h
		}
	}
	fs := flag.NewFlagSet("enablemap "+name, flag.ContinueOnError)
	fs.SetOutput(env.Stderr)
	fs.Usage = func() {
		out := env.Stderr
		fmt.Fprintf(out, "%s\n", strings.TrimSpace(help))
		var any bool
		fs.VisitAll(func(*flag.Flag) { any = true })
		if any {
			fmt.Fprintf(out, "\nFlags:\n")
			fs.PrintDefaults()
		}
	}
	return fs
}

// parse parses flags that may come before or after positional arguments
// ("project create NAME --buying-stages acd").
func parse(fs *flag.FlagSet, args []string) ([]string, error) {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return nil, err
			}
			return nil, errUsage
		}
		args = fs.Args()
		if len(args) == 0 {
			return pos, nil
		}
		if args[0] == "--" {
			return append(pos, args[1:]...), nil
		}
		pos = append(pos, args[0])
		args = args[1:]
	}
}

// dbFlag adds --db to a FlagSet.
func dbFlag(fs *flag.FlagSet) *string {
	return fs.String("db", "", "database: a SQLite file or a postgres:// URL (default $ENABLEMAP_DB, else enablemap.db in your data directory)")
}

// DefaultDBPath is the SQLite file used when neither --db nor ENABLEMAP_DB says otherwise.
func DefaultDBPath(getenv func(string) string) string {
	return filepath.Join(dataDir(getenv), "enablemap", "enablemap.db")
}

func dataDir(getenv func(string) string) string {
	home := getenv("HOME")
	switch runtime.GOOS {
	case "windows":
		if d := getenv("LocalAppData"); d != "" {
			return d
		}
	case "darwin":
		if home != "" {
			return filepath.Join(home, "Library", "Application Support")
		}
	default:
		if d := getenv("XDG_DATA_HOME"); d != "" {
			return d
		}
		if home != "" {
			return filepath.Join(home, ".local", "share")
		}
	}
	return "."
}

// dsn picks the database: the flag, then ENABLEMAP_DB, then the default file.
func dsn(env *Env, flagValue string) string {
	if flagValue != "" {
		return flagValue
	}
	if v := env.Getenv("ENABLEMAP_DB"); v != "" {
		return v
	}
	return DefaultDBPath(env.Getenv)
}

// open opens the store and a service over it.
func open(ctx context.Context, env *Env, flagValue string) (*service.Service, *store.DB, error) {
	db, err := store.Open(ctx, dsn(env, flagValue))
	if err != nil {
		return nil, nil, fmt.Errorf("open database: %w", err)
	}
	return service.New(db), db, nil
}

// projectRef is what --project and --workspace name.
type projectRef struct{ project, workspace *string }

// projectFlag adds --project and --workspace to a FlagSet.
func projectFlag(fs *flag.FlagSet) projectRef {
	return projectRef{
		project:   fs.String("project", "", "project name or id (see 'enablemap project list')"),
		workspace: workspaceFlag(fs),
	}
}

// workspaceFlag adds --workspace, which says which workspace's project a
// name means when several workspaces use it.
func workspaceFlag(fs *flag.FlagSet) *string {
	return fs.String("workspace", "", "the workspace of the project, when projects of several workspaces have its name")
}

func resolve(ctx context.Context, svc *service.Service, ref projectRef) (enablemap.Project, error) {
	if *ref.project == "" {
		return enablemap.Project{}, enablemap.FieldError("--project", "name the project with --project NAME (see 'enablemap project list')")
	}
	return resolveIn(ctx, svc, *ref.project, *ref.workspace)
}

// resolveIn finds a project by id or name, within a workspace when one is
// named; without one, a name that several workspaces use is an error that
// lists them.
func resolveIn(ctx context.Context, svc *service.Service, ref, workspace string) (enablemap.Project, error) {
	ctx, err := inWorkspace(ctx, svc, workspace)
	if err != nil {
		return enablemap.Project{}, err
	}
	return svc.ResolveProject(ctx, ref)
}

// inWorkspace returns a context that acts in the named workspace (as
// "cli", with an owner's rights, since the command line runs with the
// database's), or ctx itself when no workspace is named.
func inWorkspace(ctx context.Context, svc *service.Service, name string) (context.Context, error) {
	if strings.TrimSpace(name) == "" {
		return ctx, nil
	}
	as, ok := svc.Accounts()
	if !ok {
		return ctx, enablemap.FieldError("--workspace", "this database keeps no workspaces")
	}
	team, err := as.TeamByName(ctx, name)
	if enablemap.ErrorCode(err) == enablemap.ENOTFOUND {
		return ctx, enablemap.FieldError("--workspace", "no workspace named %q (see 'enablemap user list')", strings.TrimSpace(name))
	}
	if err != nil {
		return ctx, err
	}
	return service.WithActor(ctx, service.Actor{Name: "cli", TeamID: team.ID, Role: "owner"}), nil
}

// subcommand dispatches to one of a command's subcommands.
func subcommand(ctx context.Context, env *Env, name string, args []string, subs map[string]func(context.Context, *Env, []string) error, help string) error {
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" {
		fmt.Fprintln(env.Stderr, strings.TrimSpace(help))
		if len(args) == 0 {
			return errUsage
		}
		return flag.ErrHelp
	}
	run, ok := subs[args[0]]
	if !ok {
		var names []string
		for n := range subs {
			names = append(names, n)
		}
		sort.Strings(names)
		fmt.Fprintf(env.Stderr, "enablemap %s: unknown subcommand %q (choose %s)\n", name, args[0], strings.Join(names, ", "))
		return errUsage
	}
	return run(ctx, env, args[1:])
}

func runVersion(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "version", "Usage: enablemap version\n\nPrints the version of this enablemap binary.")
	if _, err := parse(fs, args); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "enablemap %s\n", Version)
	return nil
}
