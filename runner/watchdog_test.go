package runner

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
)

// The watchdog ticks on standard error while the connection lives; when its ticks can't be
// written (Packer was interrupted, the SSH session is gone) it stops the run and removes its
// staging.
func TestWatchdogStopsTheRunWhenTheConnectionIsGone(t *testing.T) {
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		dir, run := bakeRun(t)
		r, w, err := os.Pipe()
		must(t, err)
		cmd := sh.Command([]string{"LIBS=" + dir, "PB_DIR=" + run, "PB_LOCK=" + filepath.Join(dir, "no.lock"), "PB_TOKEN=tok", "PB_STAGE=" + StageDir},
			"-c", `. "$LIBS/lib.sh"; . "$LIBS/session.sh"; pb_watchdog`)
		cmd.Stderr = w
		must(t, cmd.Start())
		w.Close()
		tick, err := bufio.NewReader(r).ReadString('\n')
		if err != nil || strings.TrimSpace(tick) != "::parbake:tok::tick" {
			t.Fatalf("first tick %q, %v", tick, err)
		}
		r.Close() // the connection is gone
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("watchdog: %v", err)
			}
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			t.Fatal("the watchdog did not notice the connection was gone")
		}
		if _, err := os.Stat(run); !os.IsNotExist(err) {
			t.Errorf("the run's staging is still there: %v", err)
		}
	})
}

// pb_stop kills every process of the run's session, steps under timeout (a process group of
// their own) included, and spares the caller.
func TestStopKillsTheWholeSession(t *testing.T) {
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		dir, run := bakeRun(t)
		// A session of its own, as an SSH command has: a step in another process group, and one
		// more process.
		bake := exec.Command("setsid", "sh", "-c", `timeout 300 sleep 301 & sleep 302 & echo "$$" >"$1/session"; wait`, "sh", run)
		must(t, bake.Start())
		// Whatever happens below, nothing of this session outlives the test.
		t.Cleanup(func() { exec.Command("pkill", "-KILL", "-s", strconv.Itoa(bake.Process.Pid)).Run() })
		done := make(chan error, 1)
		go func() { done <- bake.Wait() }()
		for i := 0; i < 50; i++ {
			if _, err := os.Stat(filepath.Join(run, "session")); err == nil {
				break
			}
			time.Sleep(100 * time.Millisecond)
		}
		out, err := sh.Command([]string{"LIBS=" + dir, "PB_DIR=" + run, "PB_LOCK=" + filepath.Join(dir, "no.lock"), "PB_STAGE=" + StageDir},
			"-c", `. "$LIBS/lib.sh"; . "$LIBS/session.sh"; pb_stop "$PB_DIR"; echo stopper-alive`).CombinedOutput()
		if err != nil || !strings.Contains(string(out), "stopper-alive") {
			t.Fatalf("pb_stop: %v\n%s", err, out)
		}
		select {
		case <-done:
		case <-time.After(5 * time.Second):
			bake.Process.Kill()
			t.Fatal("the session's processes survived pb_stop")
		}
		if ps, _ := exec.Command("pgrep", "-f", "sleep 30[12]").Output(); len(ps) > 0 {
			t.Errorf("left running: %s", ps)
		}
		if _, err := os.Stat(run); !os.IsNotExist(err) {
			t.Errorf("the run's staging is still there: %v", err)
		}
	})
}

// bakeRun makes a bake's run directory next to the libraries it sources, as the provisioner
// unpacks them.
func bakeRun(t *testing.T) (dir, run string) {
	t.Helper()
	dir = t.TempDir()
	run = filepath.Join(dir, "run-1")
	must(t, os.MkdirAll(run, 0o700))
	must(t, os.WriteFile(filepath.Join(dir, "lib.sh"), Lib, 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "session.sh"), SessionLib, 0o644))
	return dir, run
}
