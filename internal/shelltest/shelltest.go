// Package shelltest runs the runner's shell under each /bin/sh that users' images have: dash
// (Debian, Ubuntu), bash in POSIX mode (Amazon Linux, RHEL, Fedora, where /bin/sh is bash) and
// busybox sh (minimal images). Tests call Each and run their scripts through the shell given.
package shelltest

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Shell is one /bin/sh. Its Dir holds an `sh` that is that shell, first on the PATH of every
// command it makes, so that the scripts' own `sh -c` and `sh "$0"` run under it too.
type Shell struct {
	Name string
	Dir  string
}

// shells are the /bin/sh implementations parbake supports, and the binary each one is. A bash
// started as "sh" runs in POSIX mode, as on Amazon Linux; busybox picks its applet by name.
var shells = []struct{ name, bin string }{
	{"dash", "dash"},
	{"bash-posix", "bash"},
	{"busybox", "busybox"},
}

// Each runs f once per shell, as a subtest named after it. A missing shell fails the test:
// scripts/setup.sh installs them all.
func Each(t *testing.T, f func(t *testing.T, sh Shell)) {
	t.Helper()
	for _, s := range shells {
		t.Run(s.name, func(t *testing.T) {
			f(t, Get(t, s.name))
		})
	}
}

// All returns every shell, for loops where subtests can't go (fuzz targets).
func All(t testing.TB) []Shell {
	t.Helper()
	out := make([]Shell, len(shells))
	for i, s := range shells {
		out[i] = Get(t, s.name)
	}
	return out
}

// Get returns the named shell, ready to use.
func Get(t testing.TB, name string) Shell {
	t.Helper()
	for _, s := range shells {
		if s.name != name {
			continue
		}
		bin, err := exec.LookPath(s.bin)
		if err != nil {
			t.Fatalf("%s is not installed (scripts/setup.sh installs it): %v", s.bin, err)
		}
		dir := t.TempDir()
		if err := os.Symlink(bin, filepath.Join(dir, "sh")); err != nil {
			t.Fatal(err)
		}
		return Shell{Name: name, Dir: dir}
	}
	t.Fatalf("no shell %q", name)
	return Shell{}
}

// Command runs sh with args (e.g. "-c", script) in exactly the environment env, as an instance's
// cloud-init or a build's sudo would give little, but with the shell's Dir first on PATH (env's
// PATH, else this process's).
func (s Shell) Command(env []string, args ...string) *exec.Cmd {
	path := os.Getenv("PATH")
	var rest []string
	for _, kv := range env {
		if v, ok := strings.CutPrefix(kv, "PATH="); ok {
			path = v
			continue
		}
		rest = append(rest, kv)
	}
	cmd := exec.Command(filepath.Join(s.Dir, "sh"), args...)
	cmd.Env = append(rest, "PATH="+s.Dir+string(os.PathListSeparator)+path)
	return cmd
}

// Agree runs one command (args after sh, e.g. "-c", script) under every shell, one after the
// other, with stdin on its standard input, and fails the test when their combined outputs or
// their success differ. It returns the first shell's: a test that checks it checks them all.
func Agree(t testing.TB, env []string, stdin string, args ...string) (string, error) {
	t.Helper()
	var first string
	var firstErr error
	for i, sh := range All(t) {
		cmd := sh.Command(env, args...)
		cmd.Stdin = strings.NewReader(stdin)
		out, err := cmd.CombinedOutput()
		if i == 0 {
			first, firstErr = string(out), err
			continue
		}
		if string(out) != first || (err == nil) != (firstErr == nil) {
			t.Errorf("%s and %s disagree:\n%s said (%v):\n%s\n%s said (%v):\n%s", shells[0].name, sh.Name, shells[0].name, firstErr, first, sh.Name, err, out)
		}
	}
	return first, firstErr
}
