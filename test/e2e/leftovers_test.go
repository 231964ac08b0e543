//go:build e2e

package e2e

import (
	"net"
	"os"
	"os/exec"
	"strings"
	"time"
)

// findLeftovers lists every target, boot, IMDS mock and EC2 box the suite started that is still
// there, with their mounts, ports and networks. TestMain calls it after all tests have run.
func findLeftovers() []string {
	var found []string
	mounts, _ := os.ReadFile("/proc/self/mountinfo")
	for _, line := range strings.Split(string(mounts), "\n") {
		if strings.Contains(line, suiteTmp) {
			found = append(found, "mount: "+line)
		}
	}
	for _, addr := range usedAddrs {
		if c, err := net.DialTimeout("tcp", addr, time.Second); err == nil {
			c.Close()
			found = append(found, "listener: "+addr)
		}
	}
	if out, _ := exec.Command("pgrep", "-a", "-f", suiteTmp).Output(); len(strings.TrimSpace(string(out))) > 0 {
		found = append(found, "processes: "+strings.TrimSpace(string(out)))
	}
	return append(found, machineLeftovers()...)
}

// machineLeftovers are the EC2 boxes' and IMDS mocks' traces anywhere on the machine: the suite
// should have removed every one it made.
func machineLeftovers() []string {
	var found []string
	if out, _ := exec.Command("pgrep", "-a", "-f", "/ec2-metadata-mock ").Output(); len(strings.TrimSpace(string(out))) > 0 {
		found = append(found, "metadata mock: "+strings.TrimSpace(string(out)))
	}
	// The EC2 box's network: its bridges and its instances' namespaces.
	if out, _ := exec.Command("ip", "netns", "list").Output(); strings.Contains(string(out), "pbx-") || strings.Contains(string(out), "pbm-") {
		found = append(found, "network namespaces: "+strings.TrimSpace(string(out)))
	}
	if out, _ := exec.Command("ip", "-br", "link").Output(); strings.Contains(string(out), "pbxbr") {
		found = append(found, "EC2 box bridges: "+strings.TrimSpace(string(out)))
	}
	return found
}
