//go:build e2e

package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"github.com/parbake/packer-plugin-parbake/plan"
	"github.com/parbake/packer-plugin-parbake/timings"
)

// TestValidateWritesNothing runs `packer validate` on example/local with a timings file and a
// console log holding a boot it has not counted yet: under both Packers, every file of the
// template, the recipe and the build directory keeps its bytes and its modification time.
// (`packer build` is what learns: the data source saves the timings file when it runs.)
func TestValidateWritesNothing(t *testing.T) {
	build := t.TempDir()
	p, err := plan.FromPath(filepath.Join(repoRoot, "example", "recipes", "web"), plan.Inputs{Role: "web"})
	must(t, err)
	tf := filepath.Join(build, "parbake-timings.json")
	must(t, (&timings.File{Version: timings.Version}).Save(tf))
	site := p.Boot()[0]
	console := filepath.Join(build, "i-1.console")
	must(t, os.WriteFile(console, []byte("parbake-boot: ok digest="+p.BakeDigest+" total=0.100s "+site.Name+":"+timings.ShortHash(site.Hash)+"=0.100s\n"), 0o644))
	key := filepath.Join(build, "id_ed25519")
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	trees := []string{build, exampleDir("local"), filepath.Join(repoRoot, "example", "recipes", "web")}
	before := fileStates(t, trees...)
	time.Sleep(10 * time.Millisecond) // a write now would show in the modification times
	for _, v := range packerVersions {
		out, err := newPacker(t, v).run(t, exampleDir("local"), "validate", "-var", "ssh_port=22", "-var", "ssh_key="+key,
			"-var", "build_dir="+build, "-var", `boot_reports=["`+console+`"]`, ".")
		if err != nil {
			t.Fatalf("packer %s validate: %v\n%s", v, err, out)
		}
	}
	after := fileStates(t, trees...)
	for path, st := range before {
		if after[path] != st {
			t.Errorf("packer validate changed %s: %s → %s", path, st, after[path])
		}
	}
	for path := range after {
		if _, ok := before[path]; !ok {
			t.Errorf("packer validate wrote %s", path)
		}
	}
}

// fileStates maps each file under the roots to its SHA-256 and modification time.
func fileStates(t *testing.T, roots ...string) map[string]string {
	t.Helper()
	out := map[string]string{}
	for _, root := range roots {
		err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			info, err := d.Info()
			if err != nil {
				return err
			}
			data, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(data)
			out[path] = hex.EncodeToString(sum[:8]) + " " + info.ModTime().Format(time.RFC3339Nano)
			return nil
		})
		must(t, err)
	}
	return out
}
