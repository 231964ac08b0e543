//go:build e2e

package e2e

import (
	"archive/zip"
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// archiveName is what `packer init` looks for in a release.
func archiveName(goos, goarch string) string {
	return fmt.Sprintf("packer-plugin-parbake_v%s_x5.0_%s_%s", pluginVersion, goos, goarch)
}

// releaseBinary runs `make release-snapshot` for this platform into dist, checks the archive's
// name and checksum, and unpacks the binary it holds.
func releaseBinary(dist string) (string, error) {
	cmd := exec.Command(filepath.Join(repoRoot, "scripts", "release-snapshot.sh"))
	cmd.Dir = repoRoot
	cmd.Env = append(os.Environ(), "DIST="+dist, "VERSION="+pluginVersion)
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("release-snapshot: %v\n%s", err, out)
	}
	name := archiveName(runtime.GOOS, runtime.GOARCH)
	zipPath := filepath.Join(dist, name+".zip")
	data, err := os.ReadFile(zipPath)
	if err != nil {
		return "", fmt.Errorf("no archive named %s.zip: %v", name, err)
	}
	sums, err := readSums(filepath.Join(dist, "packer-plugin-parbake_v"+pluginVersion+"_SHA256SUMS"))
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256(data)
	if sums[name+".zip"] != hex.EncodeToString(sum[:]) {
		return "", fmt.Errorf("SHA256SUMS says %q for %s.zip, the file hashes to %x", sums[name+".zip"], name, sum)
	}
	zr, err := zip.OpenReader(zipPath)
	if err != nil {
		return "", err
	}
	defer zr.Close()
	if len(zr.File) != 1 || zr.File[0].Name != name {
		return "", fmt.Errorf("%s.zip must hold exactly %s", name, name)
	}
	rc, err := zr.File[0].Open()
	if err != nil {
		return "", err
	}
	defer rc.Close()
	bin := filepath.Join(dist, "unpacked", name)
	if err := os.MkdirAll(filepath.Dir(bin), 0o755); err != nil {
		return "", err
	}
	f, err := os.OpenFile(bin, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, 0o755)
	if err != nil {
		return "", err
	}
	defer f.Close()
	if _, err := io.Copy(f, rc); err != nil {
		return "", err
	}
	return bin, nil
}

func readSums(path string) (map[string]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("no SHA256SUMS: %v", err)
	}
	defer f.Close()
	sums := map[string]string{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if fields := strings.Fields(sc.Text()); len(fields) == 2 {
			sums[fields[1]] = fields[0]
		}
	}
	return sums, nil
}

// TestReleaseBinaryDescribesItself checks what Packer reads from the installed release binary.
func TestReleaseBinaryDescribesItself(t *testing.T) {
	out, err := exec.Command(pluginBin, "describe").Output()
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"version":"` + pluginVersion + `"`, `"api_version":"x5.0"`,
		`"provisioners":["-packer-default-plugin-name-"]`, `"datasources":["-packer-default-plugin-name-"]`} {
		if !strings.Contains(string(out), want) {
			t.Errorf("describe lacks %s: %s", want, out)
		}
	}
}

// TestExamplesValidate runs `packer init` and `packer validate` on every example under both
// Packer versions. example/aws needs the amazon plugin, built from the module proxy.
func TestExamplesValidate(t *testing.T) {
	amazon, err := exec.Command(filepath.Join(repoRoot, "scripts", "amazon-plugin.sh")).Output()
	if err != nil {
		t.Fatalf("amazon-plugin.sh: %v", err)
	}
	key := filepath.Join(t.TempDir(), "id_ed25519")
	if out, err := exec.Command("ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", key).CombinedOutput(); err != nil {
		t.Fatalf("ssh-keygen: %v\n%s", err, out)
	}
	sshVars := []string{"-var", "ssh_port=22", "-var", "ssh_key=" + key}
	examples := []struct {
		dir  string
		vars []string
	}{
		{"local", sshVars},
		{"shared-base", sshVars},
		{"aws", nil},
		{"aws", []string{"-var", "recipe=web-warm"}}, // the warm-pool variant
	}
	for _, v := range packerVersions {
		t.Run("packer-"+v, func(t *testing.T) {
			pk := newPacker(t, v)
			pk.install(t, lastLine(string(amazon)), "github.com/hashicorp/amazon")
			for _, ex := range examples {
				if out, err := pk.run(t, exampleDir(ex.dir), "init", "."); err != nil {
					t.Errorf("%s: packer init: %v\n%s", ex.dir, err, out)
				}
				args := append(append([]string{"validate"}, ex.vars...), ".")
				if out, err := pk.run(t, exampleDir(ex.dir), args...); err != nil {
					t.Errorf("%s: packer validate: %v\n%s", ex.dir, err, out)
				}
			}
		})
	}
}
