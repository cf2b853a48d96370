package cli

import (
	"context"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/service"
)

const importHelp = `
Usage: enablemap import interviews|materials|glossary FILE --project NAME [--strict-stages]
       enablemap import project FILE.json [--name NEW-NAME]

Reads a CSV or XLSX file into a project in one transaction: when any row has an
error, every error is listed with its file, row and column and nothing is written.
Importing the same ids again updates them; it never duplicates.

Sales stages that the interviews name and the project lacks are added, placed by the
transitions (--strict-stages refuses them instead).

'import project' restores a whole project written by 'enablemap export' as a new
project; it is also the way to move a project from SQLite to PostgreSQL.

Examples:
  enablemap import interviews interviews.csv --project "Q3 platform launch"
  enablemap import materials content-inventory.xlsx --project "Q3 platform launch"
  enablemap import project q3.json --db postgres://enablemap@db/enablemap
`

func runImport(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "import", importHelp)
	project := projectFlag(fs)
	strict := fs.Bool("strict-stages", false, "refuse sales stages the project does not have")
	name := fs.String("name", "", "with 'import project': store the project under this name")
	db := dbFlag(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 2 {
		fs.Usage()
		return errUsage
	}
	kind, path := strings.ToLower(pos[0]), pos[1]
	switch kind {
	case service.KindInterviews, service.KindMaterials, service.KindGlossary, "project":
	default:
		return enablemap.FieldError("kind", "cannot import %q: choose interviews, materials, glossary or project", pos[0])
	}
	f, err := os.Open(path)
	if err != nil {
		return enablemap.Errorf(enablemap.EINVALID, "cannot read %s: %v", path, err)
	}
	defer f.Close()
	svc, st, err := open(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if kind == "project" {
		wctx, err := inWorkspace(ctx, svc, *project.workspace)
		if err != nil {
			return err
		}
		p, err := svc.RestoreProject(wctx, path, f, *name)
		if enablemap.ErrorCode(err) == enablemap.ECONFLICT && *name == "" {
			return enablemap.Errorf(enablemap.ECONFLICT, "%s; restore it under another name with --name NEW-NAME", enablemap.ErrorMessage(err))
		}
		if err != nil {
			return err
		}
		fmt.Fprintf(env.Stdout, "restored project %q (id %d) from %s\n", p.Name, p.ID, path)
		return nil
	}
	p, err := resolve(ctx, svc, project)
	if err != nil {
		return err
	}
	res, err := svc.Import(ctx, p.ID, kind, path, f, enablemap.ImportOptions{StrictStages: *strict})
	if err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "imported %s into %q: %d created, %d updated, %d unchanged\n", kind, p.Name, res.Created, res.Updated, res.Unchanged)
	if len(res.StagesAdded) > 0 {
		fmt.Fprintf(env.Stdout, "sales stages added: %s\n", strings.Join(res.StagesAdded, ", "))
	}
	return nil
}

const exportHelp = `
Usage: enablemap export --project NAME [--out FILE.json]

Writes the whole project (stages, interviews, glossary, materials, decisions, road
map) as one JSON document. 'enablemap import project FILE.json' restores it, on the
same or another database; export, import, export gives the same bytes.

Example:
  enablemap export --project "Q3 platform launch" --out q3.json
`

func runExport(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "export", exportHelp)
	project := projectFlag(fs)
	out := fs.String("out", "", "write to this file instead of standard output")
	db := dbFlag(fs)
	if _, err := parse(fs, args); err != nil {
		return err
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
	return writeOutput(env, *out, func(w io.Writer) error { return svc.ExportProject(ctx, p.ID, w) })
}

const backupHelp = `
Usage: enablemap backup FILE [--db DB]

Makes a consistent copy of a live SQLite database (the server may keep running). To
restore, stop the server and put the copy in place of the database file, or point
--db at it. For PostgreSQL use pg_dump and pg_restore (see docs/storage.md).

Example:
  enablemap backup enablemap-2026-11-23.db
`

func runBackup(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "backup", backupHelp)
	db := dbFlag(fs)
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	if len(pos) != 1 {
		fs.Usage()
		return errUsage
	}
	_, st, err := open(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	if _, err := os.Stat(pos[0]); err == nil {
		return enablemap.FieldError("FILE", "%s exists already: choose a new file name", pos[0])
	}
	if err := st.Backup(ctx, pos[0]); err != nil {
		return err
	}
	fmt.Fprintf(env.Stdout, "backed up %s to %s\n", dsn(env, *db), pos[0])
	return nil
}
