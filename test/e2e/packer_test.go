//go:build e2e

package e2e

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// Packer runs one Packer version with a private config dir and the plugin installed the way that
// version expects.
type Packer struct {
	Version string
	Bin     string
	env     []string
}

func newPacker(t *testing.T, version string) *Packer {
	t.Helper()
	home := t.TempDir()
	// The same script the demo and the benchmark use installs the plugin for this version.
	cmd := exec.Command(filepath.Join(repoRoot, "scripts", "install-plugin.sh"), packers[version], filepath.Join(home, "plugins"), pluginBin)
	cmd.Env = append(os.Environ(), "PACKER_CONFIG_DIR="+filepath.Join(home, "config"))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("install-plugin.sh for Packer %s: %v", version, err)
	}
	env := append(os.Environ(), "PACKER_CACHE_DIR="+filepath.Join(home, "cache"), "PACKER_NO_COLOR=1")
	for k, v := range parseEnvLines(string(out)) {
		env = append(env, k+"="+v)
	}
	return &Packer{Version: version, Bin: packers[version], env: env}
}

func (p *Packer) run(t *testing.T, dir string, args ...string) (string, error) {
	t.Helper()
	cmd := exec.Command(p.Bin, args...)
	cmd.Dir = dir
	cmd.Env = p.env
	out, err := cmd.CombinedOutput()
	t.Logf("packer %s %s:\n%s", p.Version, strings.Join(args, " "), out)
	return string(out), err
}

// targetVars are the -var flags that point a template at a target.
func targetVars(tg *Target) []string {
	return []string{"-var", "ssh_port=" + tg.Port, "-var", "ssh_key=" + tg.Key, "-var", "ssh_user=" + tg.User}
}
