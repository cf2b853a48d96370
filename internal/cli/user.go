package cli

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/enablemap/enablemap/internal/auth"
	"github.com/enablemap/enablemap/internal/enablemap"
)

const userHelp = `
Usage: enablemap user add|list|passwd|adopt ...
  enablemap user add EMAIL [--name NAME] [--role owner|editor|viewer] [--workspace NAME] [--generate]
  enablemap user list
  enablemap user passwd EMAIL [--generate]
  enablemap user adopt --workspace NAME

Manages the accounts that sign in to the web application (run it on the
server, with the server's --db).

add     creates an account, or gives an existing one a role in a workspace.
        The very first account must be an owner: it gets the workspace
        (created, default "Marketing") and every project made so far. A
        workspace that does not exist yet is created when its first member
        is an owner.
list    lists accounts with their workspaces and roles.
passwd  sets a new password and signs the account out everywhere.
adopt   moves projects that belong to no workspace (made from the command
        line while several workspaces exist) into one.

The password is read from standard input (the first line) when it is piped
in; from a terminal, or with --generate, a random one is made and printed
once. Passwords have at least 10 characters.

Examples:
  enablemap user add ana@example.com --name "Ana Ruiz" --role owner --workspace Marketing
  printf '%s\n' "$PASSWORD" | enablemap user passwd ana@example.com
`

func runUser(ctx context.Context, env *Env, args []string) error {
	if len(args) == 0 || strings.HasPrefix(args[0], "-") {
		fs := newFlags(env, "user", userHelp)
		if _, err := parse(fs, args); err != nil {
			return err
		}
		fs.Usage()
		return errUsage
	}
	sub, args := args[0], args[1:]
	fs := newFlags(env, "user "+sub, userHelp)
	db := dbFlag(fs)
	name := fs.String("name", "", "the person's name")
	role := fs.String("role", "editor", "owner, editor or viewer")
	workspace := fs.String("workspace", "", "workspace name")
	generate := fs.Bool("generate", false, "make a random password and print it")
	pos, err := parse(fs, args)
	if err != nil {
		return err
	}
	want := map[string]int{"add": 1, "list": 0, "passwd": 1, "adopt": 0}
	n, known := want[sub]
	if !known {
		fmt.Fprintf(env.Stderr, "enablemap user: unknown subcommand %q (add, list, passwd, adopt)\n", sub)
		return errUsage
	}
	if len(pos) != n {
		fs.Usage()
		return errUsage
	}
	svc, st, err := open(ctx, env, *db)
	if err != nil {
		return err
	}
	defer st.Close()
	acct, ok := svc.Accounts()
	if !ok {
		return fmt.Errorf("the store keeps no accounts")
	}
	u := userCmd{env: env, acct: acct, hasher: auth.NewHasher(auth.DefaultParams, 1), generate: *generate}
	switch sub {
	case "add":
		return u.add(ctx, pos[0], *name, *role, *workspace)
	case "list":
		return u.list(ctx)
	case "passwd":
		return u.passwd(ctx, pos[0])
	}
	return u.adopt(ctx, *workspace)
}

type userCmd struct {
	env      *Env
	acct     enablemap.AccountStore
	hasher   *auth.Hasher
	generate bool
}

// password reads the new password, or makes one; shown says whether it
// must be printed.
func (u userCmd) password() (pw string, shown bool, err error) {
	if u.generate || isTerminal(u.env.Stdin) {
		return auth.NewPassword(), true, nil
	}
	line, err := bufio.NewReader(u.env.Stdin).ReadString('\n')
	if err != nil && err != io.EOF {
		return "", false, fmt.Errorf("read the password from standard input: %w", err)
	}
	pw = strings.TrimRight(line, "\r\n")
	if pw == "" {
		return auth.NewPassword(), true, nil
	}
	if err := auth.CheckNewPassword(pw); err != nil {
		return "", false, enablemap.FieldError("password", "%s", err.Error())
	}
	return pw, false, nil
}

// isTerminal reports whether r is an interactive terminal, where a typed
// password would be shown: then one is generated instead.
func isTerminal(r io.Reader) bool {
	f, ok := r.(*os.File)
	if !ok {
		return false
	}
	fi, err := f.Stat()
	return err == nil && fi.Mode()&os.ModeCharDevice != 0
}

func (u userCmd) add(ctx context.Context, email, name, role, workspace string) error {
	r, err := auth.ParseRole(role)
	if err != nil {
		return enablemap.FieldError("--role", "%s", err.Error())
	}
	count, err := u.acct.CountUsers(ctx)
	if err != nil {
		return err
	}
	existing, err := u.acct.UserByEmail(ctx, email)
	isNew := enablemap.ErrorCode(err) == enablemap.ENOTFOUND
	if err != nil && !isNew {
		return err
	}
	var pw string
	var shown bool
	if isNew {
		if pw, shown, err = u.password(); err != nil {
			return err
		}
	}
	if count == 0 {
		if r != auth.Owner {
			return enablemap.FieldError("--role", "the first account must be an owner (--role owner)")
		}
		if workspace == "" {
			workspace = "Marketing"
		}
		hash, err := u.hasher.Hash(ctx, pw)
		if err != nil {
			return err
		}
		nu := enablemap.User{Email: email, Name: name, PasswordHash: hash}
		team, err := u.acct.Setup(ctx, &nu, workspace)
		if err != nil {
			return err
		}
		if err := u.acct.AddAudit(ctx, &enablemap.AuditEntry{TeamID: team.ID, Actor: "cli", Action: "set up", Target: nu.Email}); err != nil {
			return err
		}
		fmt.Fprintf(u.env.Stdout, "created %s, owner of the workspace %s (which holds every project made so far)\n", nu.Email, team.Name)
		u.printPassword(pw, shown)
		return nil
	}
	if workspace == "" {
		return enablemap.FieldError("--workspace", "name the workspace (--workspace NAME)")
	}
	team, err := u.acct.TeamByName(ctx, workspace)
	if enablemap.ErrorCode(err) == enablemap.ENOTFOUND {
		if r != auth.Owner {
			return enablemap.FieldError("--workspace", "there is no workspace %q; create it by adding its owner first (--role owner)", workspace)
		}
		team, err = u.acct.CreateTeam(ctx, workspace)
	}
	if err != nil {
		return err
	}
	if isNew {
		hash, err := u.hasher.Hash(ctx, pw)
		if err != nil {
			return err
		}
		existing = enablemap.User{Email: email, Name: name, PasswordHash: hash}
		if err := u.acct.CreateUser(ctx, &existing); err != nil {
			return err
		}
	}
	if err := u.acct.SetMember(ctx, team.ID, existing.ID, string(r)); err != nil {
		return err
	}
	if err := u.acct.AddAudit(ctx, &enablemap.AuditEntry{TeamID: team.ID, Actor: "cli", Action: "add member", Target: existing.Email,
		After: fmt.Sprintf(`{"role":%q}`, r)}); err != nil {
		return err
	}
	verb := "added"
	if isNew {
		verb = "created"
	}
	fmt.Fprintf(u.env.Stdout, "%s %s, %s in %s\n", verb, existing.Email, r, team.Name)
	u.printPassword(pw, shown)
	return nil
}

func (u userCmd) printPassword(pw string, shown bool) {
	if shown {
		fmt.Fprintf(u.env.Stdout, "password: %s\n(shown once: pass it on safely; it can be changed on the account page)\n", pw)
	}
}

func (u userCmd) list(ctx context.Context) error {
	users, err := u.acct.Users(ctx)
	if err != nil {
		return err
	}
	if len(users) == 0 {
		fmt.Fprintln(u.env.Stdout, "no accounts yet: open the web application, or run 'enablemap user add EMAIL --role owner'")
		return nil
	}
	tw := tabwriter.NewWriter(u.env.Stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "EMAIL\tNAME\tWORKSPACES")
	for _, x := range users {
		ms, err := u.acct.Memberships(ctx, x.ID)
		if err != nil {
			return err
		}
		var ws []string
		for _, m := range ms {
			ws = append(ws, m.TeamName+" ("+m.Role+")")
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\n", x.Email, x.Name, strings.Join(ws, ", "))
	}
	return tw.Flush()
}

func (u userCmd) passwd(ctx context.Context, email string) error {
	x, err := u.acct.UserByEmail(ctx, email)
	if err != nil {
		return err
	}
	pw, shown, err := u.password()
	if err != nil {
		return err
	}
	hash, err := u.hasher.Hash(ctx, pw)
	if err != nil {
		return err
	}
	if err := u.acct.SetPassword(ctx, x.ID, hash, ""); err != nil {
		return err
	}
	if err := u.acct.ClearLoginFailures(ctx, x.Email); err != nil {
		return err
	}
	ms, err := u.acct.Memberships(ctx, x.ID)
	if err != nil {
		return err
	}
	for _, m := range ms {
		if err := u.acct.AddAudit(ctx, &enablemap.AuditEntry{TeamID: m.TeamID, Actor: "cli", Action: "set password", Target: x.Email}); err != nil {
			return err
		}
	}
	fmt.Fprintf(u.env.Stdout, "new password set for %s; their sessions were ended\n", x.Email)
	u.printPassword(pw, shown)
	return nil
}

func (u userCmd) adopt(ctx context.Context, workspace string) error {
	if workspace == "" {
		return enablemap.FieldError("--workspace", "name the workspace (--workspace NAME)")
	}
	team, err := u.acct.TeamByName(ctx, workspace)
	if err != nil {
		return err
	}
	n, err := u.acct.AdoptProjects(ctx, team.ID)
	if err != nil {
		return err
	}
	fmt.Fprintf(u.env.Stdout, "moved %d project(s) into %s\n", n, team.Name)
	return nil
}
