//go:build e2e

package e2e

import (
	"net"
	"os"
	"os/exec"
	"strings"
	"testing"
	"time"
)

// TestZZNoLeftovers runs last (files and tests run in name order): every target, boot and IMDS
// the suite started must be gone, with their mounts.
func TestZZNoLeftovers(t *testing.T) {
	mounts, _ := os.ReadFile("/proc/self/mountinfo")
	for _, line := range strings.Split(string(mounts), "\n") {
		if strings.Contains(line, suiteTmp) {
			t.Errorf("mount left behind: %s", line)
		}
	}
	for _, addr := range usedAddrs {
		if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
			c.Close()
			t.Errorf("something still listens on %s", addr)
		}
	}
	if out, _ := exec.Command("pgrep", "-a", "ec2-metadata-mock").Output(); len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("metadata mock left running:\n%s", out)
	}
	if out, _ := exec.Command("pgrep", "-a", "-f", suiteTmp).Output(); len(strings.TrimSpace(string(out))) > 0 {
		t.Errorf("processes left behind:\n%s", out)
	}
}
