//go:build e2e

package e2e

import (
	"crypto/sha256"
	"encoding/hex"
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
	pluginDir := filepath.Join(home, "plugins")
	p := &Packer{Version: version, Bin: packers[version], env: append(os.Environ(),
		"CHECKPOINT_DISABLE=1",
		"PACKER_CONFIG_DIR="+filepath.Join(home, "config"),
		"PACKER_CACHE_DIR="+filepath.Join(home, "cache"),
		"PACKER_PLUGIN_PATH="+pluginDir,
		"PACKER_NO_COLOR=1",
	)}
	if version == "1.9.4" {
		installForPacker19(t, pluginDir)
	} else {
		out, err := p.run(t, repoRoot, "plugins", "install", "--path", pluginBin, "github.com/parbake/parbake")
		if err != nil {
			t.Fatalf("packer plugins install --path: %v\n%s", err, out)
		}
	}
	return p
}

// installForPacker19 lays the binary out as `packer init` would have in 1.9: under the source
// address, named with version, API version and platform, beside its checksum.
func installForPacker19(t *testing.T, pluginDir string) {
	t.Helper()
	dir := filepath.Join(pluginDir, "github.com", "parbake", "parbake")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	name := "packer-plugin-parbake_v" + pluginVersion + "_x5.0_linux_amd64"
	data, err := os.ReadFile(pluginBin)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), data, 0o755); err != nil {
		t.Fatal(err)
	}
	sum := sha256.Sum256(data)
	if err := os.WriteFile(filepath.Join(dir, name+"_SHA256SUM"), []byte(hex.EncodeToString(sum[:])), 0o644); err != nil {
		t.Fatal(err)
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
