package runner

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/parbake/packer-plugin-parbake/internal/shelltest"
)

// TestPackageManagers runs pb_packages against a recording stand-in of each package manager
// alone on PATH: the exact command line, the environment it sees, and what its exit code does.
func TestPackageManagers(t *testing.T) {
	tests := []struct {
		name     string
		managers []string // on PATH
		rcs      string   // the first manager's exit code per call
		noLists  bool     // the image has no apt lists yet
		wantRC   int
		want     []string
	}{
		{"apt-get", []string{"apt-get"}, "", false, 0, []string{
			"apt-get [-o] [DPkg::Lock::Timeout=120] [-q] [install] [-y] [--no-install-recommends] [nginx-light] [a b] DEBIAN_FRONTEND=noninteractive"}},
		{"apt-get with stale lists updates and tries again", []string{"apt-get"}, "100\n0\n0\n", false, 0, []string{
			"apt-get [-o] [DPkg::Lock::Timeout=120] [-q] [install] [-y] [--no-install-recommends] [nginx-light] [a b] DEBIAN_FRONTEND=noninteractive",
			"apt-get [-o] [DPkg::Lock::Timeout=120] [-q] [update] DEBIAN_FRONTEND=noninteractive",
			"apt-get [-o] [DPkg::Lock::Timeout=120] [-q] [install] [-y] [--no-install-recommends] [nginx-light] [a b] DEBIAN_FRONTEND=noninteractive"}},
		{"apt-get failing twice", []string{"apt-get"}, "100\n0\n100\n", false, 100, nil},
		{"apt-get without lists updates first", []string{"apt-get"}, "", true, 0, []string{
			"apt-get [-o] [DPkg::Lock::Timeout=120] [-q] [update] DEBIAN_FRONTEND=noninteractive",
			"apt-get [-o] [DPkg::Lock::Timeout=120] [-q] [install] [-y] [--no-install-recommends] [nginx-light] [a b] DEBIAN_FRONTEND=noninteractive"}},
		{"dnf", []string{"dnf"}, "", false, 0, []string{"dnf [install] [-y] [nginx-light] [a b] DEBIAN_FRONTEND="}},
		{"dnf before yum", []string{"dnf", "yum"}, "", false, 0, []string{"dnf [install] [-y] [nginx-light] [a b] DEBIAN_FRONTEND="}},
		{"yum", []string{"yum"}, "", false, 0, []string{"yum [install] [-y] [nginx-light] [a b] DEBIAN_FRONTEND="}},
		{"dnf failing", []string{"dnf"}, "1\n", false, 1, nil},
		{"apk", []string{"apk"}, "", false, 0, []string{"apk [add] [--no-cache] [nginx-light] [a b] DEBIAN_FRONTEND="}},
		{"apk failing", []string{"apk"}, "2\n", false, 2, nil},
		{"zypper", []string{"zypper"}, "", false, 0, []string{"zypper [--non-interactive] [install] [nginx-light] [a b] DEBIAN_FRONTEND="}},
		{"zypper failing", []string{"zypper"}, "104\n", false, 104, nil},
		{"none", nil, "", false, 127, nil},
	}
	shelltest.Each(t, func(t *testing.T, sh shelltest.Shell) {
		for _, tt := range tests {
			t.Run(tt.name, func(t *testing.T) {
				dir := t.TempDir()
				lib := filepath.Join(dir, "lib.sh")
				must(t, os.WriteFile(lib, Lib, 0o644))
				bin := shelltest.Bin(t, tt.managers, "mktemp", "tee", "grep", "ls", "rm", "sleep")
				log := filepath.Join(dir, "calls")
				env := []string{"PATH=" + bin, "STANDIN_LOG=" + log, "STANDIN_ENV=DEBIAN_FRONTEND", "TMPDIR=" + dir}
				if tt.rcs != "" {
					rcs := filepath.Join(dir, "rcs")
					must(t, os.WriteFile(rcs, []byte(tt.rcs), 0o644))
					env = append(env, "STANDIN_RC_"+strings.ReplaceAll(tt.managers[0], "-", "_")+"_FILE="+rcs)
				}
				root := filepath.Join(dir, "root")
				if !tt.noLists {
					must(t, os.MkdirAll(filepath.Join(root, "var/lib/apt/lists"), 0o755))
					must(t, os.WriteFile(filepath.Join(root, "var/lib/apt/lists/deb_dists_trixie_main_binary-amd64_Packages"), nil, 0o644))
				}
				env = append(env, "PB_ROOT="+root)
				out, err := sh.Command(env, "-c", `. "$1"; pb_packages nginx-light 'a b'`, "sh", lib).CombinedOutput()
				rc := 0
				if err != nil {
					rc = exitCode(err)
				}
				if rc != tt.wantRC {
					t.Errorf("exit %d, want %d\n%s", rc, tt.wantRC, out)
				}
				calls := shelltest.Calls(t, log)
				if tt.want != nil && strings.Join(calls, "\n") != strings.Join(tt.want, "\n") {
					t.Errorf("calls:\n%s\nwant:\n%s", strings.Join(calls, "\n"), strings.Join(tt.want, "\n"))
				}
				if tt.name == "none" && !strings.Contains(string(out), "no supported package manager found") {
					t.Errorf("no message: %s", out)
				}
			})
		}
	})
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// exitCode is a failed command's exit status.
func exitCode(err error) int {
	var ee *exec.ExitError
	if errors.As(err, &ee) {
		return ee.ExitCode()
	}
	return -1
}
