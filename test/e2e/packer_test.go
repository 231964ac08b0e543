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
	home    string
	env     []string
}

func newPacker(t *testing.T, version string) *Packer {
	t.Helper()
	p := &Packer{Version: version, Bin: packers[version], home: t.TempDir()}
	p.install(t, pluginBin, "github.com/parbake/parbake")
	return p
}

// install installs a plugin binary under its source address, with the same script the demo and
// the benchmark use, the way this Packer version expects.
func (p *Packer) install(t *testing.T, bin, source string) {
	t.Helper()
	cmd := exec.Command(filepath.Join(repoRoot, "scripts", "install-plugin.sh"), p.Bin, filepath.Join(p.home, "plugins"), bin, source)
	cmd.Env = append(os.Environ(), "PACKER_CONFIG_DIR="+filepath.Join(p.home, "config"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("install-plugin.sh %s for Packer %s: %v\n%s", source, p.Version, err, out)
	}
	p.env = append(os.Environ(), "PACKER_CACHE_DIR="+filepath.Join(p.home, "cache"), "PACKER_NO_COLOR=1")
	for k, v := range parseEnvLines(string(out)) {
		p.env = append(p.env, k+"="+v)
	}
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
