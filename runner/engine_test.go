package runner

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
)

// machine is a file system of the runner's own (PB_ROOT) with stand-ins for the commands the
// engine calls on a machine, so that its riskiest paths run here, as any user.
type machine struct {
	dir, root, bin, log string
}

func newMachine(t *testing.T) *machine {
	t.Helper()
	dir := t.TempDir()
	m := &machine{dir: dir, root: filepath.Join(dir, "root"), log: filepath.Join(dir, "calls")}
	m.bin = shelltest.Bin(t, []string{"systemctl", "needs-restarting", "reboot"},
		"mkdir", "rm", "wc", "sleep", "date", "timeout", "grep", "awk", "sed", "cat", "kill", "ls", "find", "tar", "mktemp")
	must(t, os.MkdirAll(filepath.Join(m.root, "proc/sys/kernel/random"), 0o755))
	must(t, os.WriteFile(filepath.Join(m.root, "proc/sys/kernel/random/boot_id"), []byte("boot-1\n"), 0o644))
	must(t, os.WriteFile(filepath.Join(dir, "lib.sh"), Lib, 0o644))
	return m
}

func (m *machine) file(t *testing.T, path, data string) {
	t.Helper()
	must(t, os.MkdirAll(filepath.Dir(filepath.Join(m.root, path)), 0o755))
	must(t, os.WriteFile(filepath.Join(m.root, path), []byte(data), 0o644))
}

// step writes a step script into the run directory.
func (m *machine) step(t *testing.T, name, body string) string {
	t.Helper()
	p := filepath.Join(m.dir, name+".sh")
	must(t, os.WriteFile(p, []byte(body), 0o644))
	return p
}

// run runs script with the library and the engine's variables; pb_rebooting records the reboot
// and exits 194, as the boot runner's does.
func (m *machine) run(t *testing.T, sh shelltest.Shell, script string, env ...string) (string, error) {
	t.Helper()
	base := append(testEnv(m.dir), "PB_ROOT="+m.root, "PATH="+m.bin, "PB_TOKEN=tok", "STANDIN_LOG="+m.log, "HOME="+m.dir)
	out, err := sh.Command(append(base, env...), "-ec", `. "$PB_DIR/lib.sh"
pb_rebooting() { echo "rebooting for $1: $2"; exit 194; }
`+script).CombinedOutput()
	return string(out), err
}

func (m *machine) record(t *testing.T) string {
	data, _ := os.ReadFile(filepath.Join(m.dir, "record"))
	return string(data)
}

func TestEngineReboots(t *testing.T) {
	tests := []struct {
		name, mode, body string
		files            map[string]string // under PB_ROOT
		needsRestarting  string            // its exit code; "" for none on PATH
		want             string            // the reason; "" for no reboot
		done             bool              // the step is finished (a 194 runs it again)
	}{
		{"never", "never", "true", map[string]string{"var/run/reboot-required": ""}, "", "", true},
		{"always", "always", "true", nil, "", "always", true},
		{"if_required, Debian's flag", "if_required", "true", map[string]string{"var/run/reboot-required": ""}, "", "reboot-required", true},
		{"if_required, nothing needs it", "if_required", "true", nil, "0", "", true},
		{"if_required, Red Hat's needs-restarting", "if_required", "true", nil, "1", "needs-restarting", true},
		{"exit 194", "never", "exit 194", nil, "", "exit-194", false},
	}
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				m := newMachine(t)
				for p, d := range tt.files {
					m.file(t, p, d)
				}
				if tt.needsRestarting == "" {
					must(t, os.Remove(filepath.Join(m.bin, "needs-restarting")))
				}
				step := m.step(t, "s", tt.body+"\n")
				out, err := m.run(t, sh, "pb_run_step 1 1 s sha256:aa 0 0 "+Quote(step)+" "+tt.mode+" boot", "STANDIN_RC_needs_restarting="+tt.needsRestarting)
				if tt.want == "" {
					if err != nil || strings.Contains(out, "rebooting") {
						t.Fatalf("rebooted: %v\n%s", err, out)
					}
				} else {
					if exitCode(err) != 194 || !strings.Contains(out, "rebooting for s: "+tt.want) || !strings.Contains(out, "::parbake:tok::reboot 1 s "+tt.want+" boot-1") {
						t.Fatalf("exit %d, want a reboot for %s:\n%s", exitCode(err), tt.want, out)
					}
				}
				_, statErr := os.Stat(filepath.Join(m.dir, "state", "s-aa"))
				if (statErr == nil) != tt.done {
					t.Errorf("finished marker: %v, want finished %v", statErr, tt.done)
				}
				wantRecord := "1 s sha256:aa boot ok 0 "
				if !tt.done {
					wantRecord = "1 s sha256:aa boot reboot 194 "
				}
				if !strings.HasPrefix(m.record(t), wantRecord) {
					t.Errorf("record %q, want %q…", m.record(t), wantRecord)
				}
			})
		}
	})
}

// A step may ask for 5 reboots on one machine; the sixth request fails it.
func TestEngineRebootLimit(t *testing.T) {
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		m := newMachine(t)
		step := m.step(t, "s", "exit 194\n")
		for i := 1; i <= 6; i++ {
			out, err := m.run(t, sh, "pb_run_step 1 1 s sha256:aa 0 0 "+Quote(step)+" never boot")
			switch {
			case i <= 5 && exitCode(err) != 194:
				t.Fatalf("request %d: exit %d\n%s", i, exitCode(err), out)
			case i == 6 && (exitCode(err) != 1 || !strings.Contains(out, "step s asked for a reboot 5 times; giving up")):
				t.Fatalf("request 6: exit %d\n%s", exitCode(err), out)
			}
		}
		if data, _ := os.ReadFile(filepath.Join(m.dir, "state", "s-aa.reboots")); strings.Count(string(data), "exit-194\n") != 5 {
			t.Errorf("reboots recorded: %q", data)
		}
	})
}

// A run that failed goes on where it stopped: finished steps are skipped, the failed one runs.
func TestEngineResumesAfterAFailedRun(t *testing.T) {
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		m := newMachine(t)
		ok := m.step(t, "ok", "echo ran-ok >>"+Quote(filepath.Join(m.dir, "ran"))+"\n")
		flaky := m.step(t, "flaky", "[ -f "+Quote(filepath.Join(m.dir, "fixed"))+" ] || exit 5\necho ran-flaky >>"+Quote(filepath.Join(m.dir, "ran"))+"\n")
		script := "pb_run_step 1 2 ok sha256:01 0 0 " + Quote(ok) + " never boot\npb_run_step 2 2 flaky sha256:02 0 0 " + Quote(flaky) + " never boot\n"
		out, err := m.run(t, sh, script)
		if exitCode(err) != 5 || !strings.Contains(out, "::parbake:tok::step-fail 2 flaky 5 ") {
			t.Fatalf("first run: exit %d\n%s", exitCode(err), out)
		}
		must(t, os.WriteFile(filepath.Join(m.dir, "fixed"), nil, 0o644))
		out, err = m.run(t, sh, script)
		if err != nil || !strings.Contains(out, "::parbake:tok::step-skip 1 ok 0") || !strings.Contains(out, "::parbake:tok::step-ok 2 flaky ") {
			t.Fatalf("second run: %v\n%s", err, out)
		}
		if ran, _ := os.ReadFile(filepath.Join(m.dir, "ran")); string(ran) != "ran-ok\nran-flaky\n" {
			t.Errorf("ran %q", ran)
		}
		lines := strings.Split(strings.TrimSpace(m.record(t)), "\n")
		want := []string{"1 ok sha256:01 boot ok 0", "2 flaky sha256:02 boot failed 5", "1 ok sha256:01 boot skipped 0 0", "2 flaky sha256:02 boot ok 0"}
		for i, w := range want {
			if i >= len(lines) || !strings.HasPrefix(lines[i], w) {
				t.Errorf("record line %d: %q, want %q…\n%s", i+1, lines, w, m.record(t))
			}
		}
	})
}

// Services are restarted only under systemd, with the action asked for.
func TestRestarts(t *testing.T) {
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		for _, tt := range []struct {
			systemd      bool
			action, want string
		}{
			{true, "restart", "systemctl [restart] [--] [nginx]"},
			{true, "reload", "systemctl [reload-or-restart] [--] [nginx]"},
			{false, "restart", ""},
		} {
			m := newMachine(t)
			if tt.systemd {
				must(t, os.MkdirAll(filepath.Join(m.root, "run/systemd/system"), 0o755))
			}
			out, err := m.run(t, sh, "pb_restart nginx "+tt.action)
			calls := strings.Join(shelltest.Calls(t, m.log), "\n")
			if err != nil || calls != tt.want {
				t.Errorf("systemd %v, %s: calls %q, want %q (%v)\n%s", tt.systemd, tt.action, calls, tt.want, err, out)
			}
			if !tt.systemd && !strings.Contains(out, "systemd is not running here; nginx picks up its configuration with the next boot") {
				t.Errorf("no word on the restart left for the next boot:\n%s", out)
			}
		}
	})
}

// The file lock is taken over from a holder that is gone, or from another boot; a live holder
// of this boot is waited for.
func TestLockTakeover(t *testing.T) {
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		for _, tt := range []struct {
			name, holder string
			wait         bool
		}{
			{"a holder that is gone", "999999 boot-1", false},
			{"a holder from before a reboot", strconv.Itoa(os.Getpid()) + " boot-0", false},
			{"a live holder", strconv.Itoa(os.Getpid()) + " boot-1", true},
		} {
			t.Run(tt.name, func(t *testing.T) {
				m := newMachine(t)
				lock := filepath.Join(m.dir, "files.lock")
				must(t, os.WriteFile(lock, []byte(tt.holder+"\n"), 0o644))
				if tt.wait {
					go func() { time.Sleep(1500 * time.Millisecond); os.Remove(lock) }()
				}
				start := time.Now()
				out, err := m.run(t, sh, `pb_lock; cat "$PB_LOCK"`)
				if err != nil {
					t.Fatalf("%v\n%s", err, out)
				}
				if waited := time.Since(start) > time.Second; waited != tt.wait {
					t.Errorf("waited %v, want waiting %v", time.Since(start), tt.wait)
				}
				if !strings.HasSuffix(strings.TrimSpace(out), " boot-1") || strings.HasPrefix(out, tt.holder) {
					t.Errorf("lock holds %q after taking it", out)
				}
			})
		}
	})
}
