//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// suites are the Debian releases the core of the suite boots: trixie (13, the default base of
// the sandbox, the demo and the examples), bookworm (12) and bullseye (11, still in many AMIs).
// Every other test runs on the default, which PARBAKE_SUITE may change.
var suites = []string{"trixie", "bookworm", "bullseye"}

// suiteVersions are the cloud-init (a prefix) and systemd versions each release ships, as boot
// reports must record them.
var suiteVersions = map[string][2]string{"trixie": {"25.1.", "257"}, "bookworm": {"22.4.", "252"}, "bullseye": {"20.4.", "247"}}

// debianVersion is each release's VERSION_ID, as package URLs name the distribution.
var debianVersion = map[string]string{"trixie": "13", "bookworm": "12", "bullseye": "11"}

// currentSuite is the release the sandbox scripts boot now. The tests run one at a time (none
// calls t.Parallel), so forEachSuite can switch it for the whole process: the scripts read
// PARBAKE_SUITE.
var currentSuite string

// baseRoots holds each release's cached base root file system.
var baseRoots = map[string]string{}

// prepareSuites builds (or finds cached) every release's base, and selects the default.
func prepareSuites() error {
	for _, s := range suites {
		cmd := exec.Command(filepath.Join(repoRoot, "test", "sandbox", "rootfs.sh"))
		cmd.Env = append(os.Environ(), "PARBAKE_SUITE="+s)
		out, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("rootfs.sh for %s: %v", s, err)
		}
		baseRoots[s] = lastLine(string(out))
	}
	def := os.Getenv("PARBAKE_SUITE")
	if def == "" {
		def = suites[0]
	}
	if _, ok := baseRoots[def]; !ok {
		return fmt.Errorf("PARBAKE_SUITE=%s: give one of %v", def, suites)
	}
	useSuite(def)
	return nil
}

func useSuite(s string) {
	currentSuite, baseRoot = s, baseRoots[s]
	os.Setenv("PARBAKE_SUITE", s)
}

// forEachSuite runs f once per release, as subtests named after them, each booting that
// release's targets and instances.
func forEachSuite(t *testing.T, f func(t *testing.T)) {
	t.Helper()
	def := currentSuite
	defer useSuite(def)
	for _, s := range suites {
		t.Run(s, func(t *testing.T) {
			useSuite(s)
			f(t)
		})
	}
}
