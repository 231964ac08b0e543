//go:build e2e

// Package e2e drives the real thing: the plugin binary under real Packer binaries, building into
// a sandboxed sshd target, and booting the result under real cloud-init. It needs root, Linux
// and the tools scripts/setup.sh installs. Run it with `make e2e`.
package e2e

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// packerVersions are the Packer releases every build test runs under: the MPL-licensed 1.9.4,
// and 1.11.2, which only loads plugins installed with `packer plugins install`.
var packerVersions = []string{"1.9.4", "1.11.2"}

var (
	repoRoot  string
	pluginBin string            // from the release archive, version 0.1.0, so constraints match
	packers   map[string]string // version → binary
	baseRoot  string            // the current suite's cached base root file system
	suiteTmp  string            // every test's temp dir is under it, so leftovers can be found
)

// pluginVersion is the version the test binary reports.
const pluginVersion = "0.1.0"

func TestMain(m *testing.M) {
	if err := setup(); err != nil {
		fmt.Fprintln(os.Stderr, "e2e setup:", err)
		os.Exit(1)
	}
	code := m.Run()
	// Whatever ran, in whatever order: nothing the suite started may be left behind.
	if leftovers := findLeftovers(); len(leftovers) > 0 {
		fmt.Fprintln(os.Stderr, "e2e: left behind by the suite:\n"+strings.Join(leftovers, "\n"))
		if code == 0 {
			code = 1
		}
	}
	os.Exit(code)
}

func setup() error {
	if os.Geteuid() != 0 {
		return fmt.Errorf("the end-to-end suite needs root (namespaces, mounts, chroot)")
	}
	// t.TempDir() honours TMPDIR: one root for the suite lets the last test find anything left.
	tmp, err := os.MkdirTemp("", "parbake-e2e-")
	if err != nil {
		return err
	}
	suiteTmp = tmp
	os.Setenv("TMPDIR", tmp)
	wd, _ := os.Getwd()
	repoRoot = filepath.Clean(filepath.Join(wd, "..", ".."))
	// Every build in the suite uses the plugin as a release ships it: the binary from the
	// release-snapshot archive, after its checksum is verified.
	bin, err := releaseBinary(filepath.Join(tmp, "dist"))
	if err != nil {
		return err
	}
	pluginBin = bin
	packers = map[string]string{}
	for _, v := range packerVersions {
		out, err := exec.Command(filepath.Join(repoRoot, "scripts", "packer.sh"), v).Output()
		if err != nil {
			return fmt.Errorf("scripts/packer.sh %s: %v", v, err)
		}
		packers[v] = lastLine(string(out))
	}
	return prepareSuites()
}
