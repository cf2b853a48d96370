package store

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"reflect"
	"strconv"
	"syscall"
	"testing"
	"time"

	"github.com/enablemap/enablemap/internal/enablemap"
)

// The crash test re-runs the test binary as a child that imports 20,000
// responses and is killed with SIGKILL inside the import's transaction.
const (
	crashDSNEnv     = "ENABLEMAP_CRASH_CHILD_DSN"
	crashProjectEnv = "ENABLEMAP_CRASH_CHILD_PROJECT"
	crashMarker     = "crash child: inside the import transaction"
	crashResponses  = 20000
	crashKillAfter  = 15000 // rows written before the child is ready to die; by then SQLite has spilled some to the WAL
)

func TestCrashMidImport(t *testing.T) {
	if dsn := os.Getenv(crashDSNEnv); dsn != "" {
		crashChild(t, dsn)
		return
	}
	forEachEngine(t, func(t *testing.T, e engine) {
		ctx := context.Background()
		db, dsn := openFresh(t, e)
		before := fullWorkspace(t, db, "survivor")
		must(t, db.Close())

		cmd := exec.Command(os.Args[0], "-test.run=^TestCrashMidImport$", "-test.count=1")
		cmd.Env = append(os.Environ(), crashDSNEnv+"="+dsn, crashProjectEnv+"="+strconv.FormatInt(before.Project.ID, 10))
		var stderr bytes.Buffer
		cmd.Stderr = &stderr
		out, err := cmd.StdoutPipe()
		must(t, err)
		must(t, cmd.Start())
		started := time.Now()

		ready := make(chan bool, 1)
		go func() {
			sc := bufio.NewScanner(out)
			for sc.Scan() {
				if sc.Text() == crashMarker {
					ready <- true
					return
				}
			}
			ready <- false
		}()
		select {
		case ok := <-ready:
			if !ok {
				cmd.Wait()
				t.Fatalf("the child ended before its import began; stderr:\n%s", stderr.String())
			}
		case <-time.After(2 * time.Minute):
			cmd.Process.Kill()
			cmd.Wait()
			t.Fatalf("the child never reached its import; stderr:\n%s", stderr.String())
		}
		must(t, cmd.Process.Signal(syscall.SIGKILL))
		err = cmd.Wait()
		var exit *exec.ExitError
		if !errors.As(err, &exit) || exit.Sys().(syscall.WaitStatus).Signal() != syscall.SIGKILL {
			t.Fatalf("child ended with %v, want killed by SIGKILL; stderr:\n%s", err, stderr.String())
		}
		t.Logf("%s: child killed %v after start, %d of %d rows into its import", e.name, time.Since(started).Round(time.Millisecond), crashKillAfter, crashResponses)
		if e.name == "sqlite" {
			// The uncommitted rows must have reached the file, or the test
			// would not exercise recovery at all.
			fi, err := os.Stat(dsn + "-wal")
			if err != nil || fi.Size() == 0 {
				t.Fatalf("the killed import left no WAL (%v); raise crashKillAfter until SQLite spills the transaction to disk", err)
			}
			t.Logf("WAL left by the killed import: %d bytes", fi.Size())
		}

		db, err = Open(ctx, dsn)
		must(t, err)
		defer db.Close()
		after, err := db.Workspace(ctx, before.Project.ID)
		must(t, err)
		if !reflect.DeepEqual(after, before) {
			t.Errorf("after the crash the workspace differs:\n got %+v\nwant %+v", after, before)
		}
		var left int
		must(t, db.db.QueryRowContext(ctx, "SELECT COUNT(*) FROM responses WHERE interview_id LIKE 'CRASH%'").Scan(&left))
		if left != 0 {
			t.Errorf("the killed import left %d responses", left)
		}
		// Nothing stays locked: the same import now goes through.
		ins, rs := crashData()
		res, err := db.ImportInterviews(ctx, before.Project.ID, ins, rs[:100], enablemap.ImportOptions{})
		must(t, err)
		if res.Created != 100 || len(res.StagesAdded) != 1 {
			t.Errorf("import after the crash = %+v, want 100 created and 1 stage added", res)
		}
	})
}

func crashData() ([]enablemap.Interview, []enablemap.Response) {
	// A stage of its own, so that the killed import also had a project
	// update to lose.
	return interviewData("CRASH", 100, crashResponses/100, "Qualification", "Discovery", "Crash stage")
}

// crashChild runs in the child process: it imports and, once well inside
// the transaction, tells the parent and waits to be killed.
func crashChild(t *testing.T, dsn string) {
	projectID, err := strconv.ParseInt(os.Getenv(crashProjectEnv), 10, 64)
	must(t, err)
	db, err := Open(context.Background(), dsn)
	must(t, err)
	ctx := context.WithValue(context.Background(), progressKey{}, func(n int) {
		if n >= crashKillAfter {
			fmt.Println(crashMarker)
			time.Sleep(time.Minute) // the parent kills us long before
			os.Exit(3)
		}
	})
	ins, rs := crashData()
	_, err = db.ImportInterviews(ctx, projectID, ins, rs, enablemap.ImportOptions{})
	t.Fatalf("the import returned (%v) before the child was killed", err)
}
