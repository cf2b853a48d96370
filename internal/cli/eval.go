package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/enablemap/enablemap/internal/enablemap"
	"github.com/enablemap/enablemap/internal/eval"
)

const evalHelp = `
Usage: enablemap eval --gold gold.json --interviews FILE --materials FILE [--glossary FILE] [--format md|json]
       enablemap eval --gold gold.json --project NAME

Scores the engine's analysis against an expert's answer key: roll-up pairwise
precision/recall/F1 over response pairs, want precision/recall, buying-stage and
relevance accuracy per response, material top-1 accuracy, set-aside and hole
precision/recall. The buying stages are the answer key's. See docs/engine.md.

Example:
  enablemap eval --gold sample/gold.json --interviews sample/interviews.csv \
      --materials sample/materials.csv --glossary sample/glossary.csv
`

func runEval(ctx context.Context, env *Env, args []string) error {
	fs := newFlags(env, "eval", evalHelp)
	goldPath := fs.String("gold", "", "the answer key (gold.json)")
	interviews := fs.String("interviews", "", "interviews file")
	materials := fs.String("materials", "", "materials file")
	glossary := fs.String("glossary", "", "glossary file")
	format := fs.String("format", "md", "md or json")
	project := projectFlag(fs)
	db := dbFlag(fs)
	if _, err := parse(fs, args); err != nil {
		return err
	}
	if *goldPath == "" {
		return enablemap.FieldError("--gold", "name the answer key with --gold")
	}
	b, err := os.ReadFile(*goldPath)
	if err != nil {
		return enablemap.Errorf(enablemap.EINVALID, "cannot read %s: %v", *goldPath, err)
	}
	gold, err := eval.ParseGold(b)
	if err != nil {
		return &enablemap.Error{Code: enablemap.EINVALID, File: *goldPath, Message: enablemap.ErrorMessage(err)}
	}
	var ws enablemap.Workspace
	if *project.project != "" {
		svc, st, err := open(ctx, env, *db)
		if err != nil {
			return err
		}
		defer st.Close()
		p, err := resolve(ctx, svc, project)
		if err != nil {
			return err
		}
		if ws, err = svc.Workspace(ctx, p.ID); err != nil {
			return err
		}
		ws.Project.BuyingStages = nil // the answer key's stages
	} else {
		if *interviews == "" {
			return enablemap.FieldError("--interviews", "name the interviews file with --interviews (or a stored project with --project)")
		}
		if ws, err = loadFiles(*interviews, *materials, *glossary, "gartner"); err != nil {
			return err
		}
		ws.Project.BuyingStages = nil
	}
	_, rep := eval.Evaluate(ws, gold)
	return writeOutput(env, "", func(w io.Writer) error {
		switch *format {
		case "json":
			enc := json.NewEncoder(w)
			enc.SetIndent("", "  ")
			return enc.Encode(rep)
		case "md":
			_, err := fmt.Fprint(w, rep.Markdown())
			return err
		}
		return enablemap.FieldError("--format", "format %q is not md or json", *format)
	})
}
