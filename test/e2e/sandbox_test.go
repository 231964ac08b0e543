//go:build e2e

package e2e

import (
	"bufio"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

// usedAddrs are the loopback addresses the suite's servers listened on; none may still listen
// at the end.
var (
	usedAddrs   []string
	usedAddrsMu sync.Mutex // tests that run in parallel start servers at once
)

// listenedOn records an address a server of the suite's listened on.
func listenedOn(addr string) {
	usedAddrsMu.Lock()
	defer usedAddrsMu.Unlock()
	usedAddrs = append(usedAddrs, addr)
}

// Target is a running sandboxed build target.
type Target struct {
	Dir  string
	Host string
	Port string
	User string
	Key  string
}

// Upper is the target's overlay upper dir: exactly what the build wrote.
func (t *Target) Upper() string { return filepath.Join(t.Dir, "upper") }

// Pgrep lists the target's processes whose command line matches pattern. It asks inside the
// machine, so the EC2-box tests running beside it (whose instances bake and serve too) don't count.
func (t *Target) Pgrep(pattern string) string {
	out, _ := exec.Command(sandboxScript("exec.sh"), t.Dir, "pgrep", "-a", "-f", pattern).Output()
	return strings.TrimSpace(string(out))
}

func sandboxScript(name string) string { return filepath.Join(repoRoot, "test", "sandbox", name) }

// startTarget starts a build target and stops it when the test ends, pass or fail.
func startTarget(t *testing.T, user string, lowers ...string) *Target {
	t.Helper()
	dir := t.TempDir()
	args := []string{"start", dir}
	if user != "" {
		args = append(args, "--user", user)
	}
	args = append(args, lowers...)
	out, err := exec.Command(sandboxScript("target.sh"), args...).CombinedOutput()
	t.Cleanup(func() {
		if out, err := exec.Command(sandboxScript("target.sh"), "stop", dir).CombinedOutput(); err != nil {
			t.Errorf("target.sh stop: %v\n%s", err, out)
		}
	})
	if err != nil {
		t.Fatalf("target.sh start: %v\n%s", err, out)
	}
	env := parseEnvLines(string(out))
	tg := &Target{Dir: dir, Host: env["PARBAKE_SSH_HOST"], Port: env["PARBAKE_SSH_PORT"], User: env["PARBAKE_SSH_USER"], Key: env["PARBAKE_SSH_KEY"]}
	if tg.Port == "" || tg.Key == "" {
		t.Fatalf("target.sh printed no PARBAKE_SSH_* lines:\n%s", out)
	}
	listenedOn(tg.Host + ":" + tg.Port)
	return tg
}

// parseEnvLines reads the KEY=VALUE lines the scripts print for shells to eval.
func parseEnvLines(s string) map[string]string {
	out := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		if k, v, ok := strings.Cut(sc.Text(), "="); ok && (strings.HasPrefix(k, "PARBAKE_") || strings.HasPrefix(k, "PACKER_") || strings.HasPrefix(k, "AWS_") || k == "CHECKPOINT_DISABLE") {
			out[k] = v
		}
	}
	return out
}

// Boot is a finished simulated boot.
type Boot struct {
	Dir    string
	Output string
	Err    error
}

// boot runs boot.sh with the user data in file userData, on dir (a new one when empty).
func boot(t *testing.T, dir, userData string, lowers ...string) *Boot {
	t.Helper()
	if dir == "" {
		dir = t.TempDir()
	}
	cmd := exec.Command(sandboxScript("boot.sh"), append([]string{userData, dir}, lowers...)...)
	out, err := cmd.CombinedOutput()
	return &Boot{Dir: dir, Output: string(out), Err: err}
}

// startIMDS runs the metadata mock for the test and returns its endpoint.
func startIMDS(t *testing.T, configJSON string) string {
	t.Helper()
	dir := t.TempDir()
	args := []string{"start", dir}
	if configJSON != "" {
		p := filepath.Join(dir, "imds-config.json")
		if err := os.WriteFile(p, []byte(configJSON), 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, p)
	}
	out, err := exec.Command(sandboxScript("imds.sh"), args...).CombinedOutput()
	t.Cleanup(func() { exec.Command(sandboxScript("imds.sh"), "stop", dir).Run() })
	if err != nil {
		t.Fatalf("imds.sh start: %v\n%s", err, out)
	}
	ep := parseEnvLines(string(out))["PARBAKE_IMDS_ENDPOINT"]
	if ep == "" {
		t.Fatalf("imds.sh printed no endpoint:\n%s", out)
	}
	listenedOn(strings.TrimPrefix(ep, "http://"))
	return ep
}
