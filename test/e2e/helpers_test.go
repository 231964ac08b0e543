//go:build e2e

package e2e

import (
	"crypto/sha256"
	"encoding/hex"
	"io"
	"math"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// The suite's helpers that are not about one subject: files, templates, ports and HTTP. The
// sandbox's (targets, boots, the metadata mock) are in sandbox_test.go, Packer's in
// packer_test.go, the Debian releases' in suites_test.go.

func exampleDir(name string) string { return filepath.Join(repoRoot, "example", name) }

// recipeProject makes a directory holding recipe/r.hcl with src, for a template beside it.
func recipeProject(t *testing.T, src string) string {
	t.Helper()
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "recipe"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "recipe", "r.hcl"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir
}

// buildOnNewTarget runs packer build (the first Packer version) on the template in dir against a
// fresh target, as root.
func buildOnNewTarget(t *testing.T, dir string) (*Target, string, error) {
	t.Helper()
	tg := startTarget(t, "")
	out, err := newPacker(t, packerVersions[0]).run(t, dir, append(append([]string{"build"}, targetVars(tg)...), ".")...)
	return tg, out, err
}

// writeTemplate writes a minimal null-builder template around the given provisioner blocks.
func writeTemplate(t *testing.T, dir, body string) {
	t.Helper()
	tmpl := `
variable "ssh_port" { type = number }
variable "ssh_key" { type = string }
variable "ssh_user" { type = string }
source "null" "t" {
  communicator         = "ssh"
  ssh_host             = "127.0.0.1"
  ssh_port             = var.ssh_port
  ssh_username         = var.ssh_user
  ssh_private_key_file = var.ssh_key
  ssh_timeout          = "30s"
}

build {
  sources = ["source.null.t"]
` + body + `
}
`
	if err := os.WriteFile(filepath.Join(dir, "t.pkr.hcl"), []byte(tmpl), 0o644); err != nil {
		t.Fatal(err)
	}
}

// appendTemplate adds top-level blocks (a data source, say) to the template writeTemplate wrote.
func appendTemplate(t *testing.T, dir, blocks string) {
	t.Helper()
	f, err := os.OpenFile(filepath.Join(dir, "t.pkr.hcl"), os.O_APPEND|os.O_WRONLY, 0)
	must(t, err)
	_, err = f.WriteString(blocks)
	must(t, err)
	must(t, f.Close())
}

// fileSHA256 hashes a file by streaming it, so that large baked files can be checked.
func fileSHA256(path string) (string, int64, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", 0, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	return hex.EncodeToString(h.Sum(nil)), n, err
}

// writeRandom writes n incompressible bytes from a fixed seed.
func writeRandom(t *testing.T, path string, n int) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.NewChaCha8([32]byte{1})
	buf := make([]byte, 1<<20)
	for n > 0 {
		k := min(n, len(buf))
		r.Read(buf[:k])
		if _, err := f.Write(buf[:k]); err != nil {
			t.Fatal(err)
		}
		n -= k
	}
	must(t, f.Close())
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// freePort returns a loopback TCP port nothing listens on now.
func freePort(t *testing.T) string {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return strconv.Itoa(l.Addr().(*net.TCPAddr).Port)
}

// httpGet fetches url with curl, as a user would, retrying briefly while the service comes up.
func httpGet(t *testing.T, url string) string {
	t.Helper()
	out, err := exec.Command("curl", "-sS", "--retry", "5", "--retry-connrefused", "--retry-delay", "1", "--max-time", "10", url).CombinedOutput()
	if err != nil {
		t.Errorf("curl %s: %v\n%s", url, err, out)
	}
	return string(out)
}

func fileSize(t *testing.T, p string) int64 {
	st, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	return st.Size()
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	return strings.TrimSpace(lines[len(lines)-1])
}

func stopTarget(t *testing.T, tg *Target) {
	t.Helper()
	if out, err := exec.Command(sandboxScript("target.sh"), "stop", tg.Dir).CombinedOutput(); err != nil {
		t.Fatalf("target.sh stop: %v\n%s", err, out)
	}
}

func near(pred, meas, rel, abs float64) bool {
	return math.Abs(pred-meas) <= rel*meas+abs
}

// parbakeProvisioner is the provisioner block most tests put in writeTemplate: the recipe in
// recipe/ beside the template.
const parbakeProvisioner = `
  provisioner "parbake" {
    recipe = "${path.root}/recipe"
  }`
