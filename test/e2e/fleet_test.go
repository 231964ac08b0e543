//go:build e2e

package e2e

import (
	"fmt"
	"os/exec"
	"path/filepath"
	"testing"
	"time"
)

// TestGroupOfTwentyWithAWarmPool: a group of the box's source AMI with a Stopped warm pool of 2
// scales out to 20 on this 2-core machine. The two warm instances are warmed, stopped (their
// machines shut down) and started again over the same disk; inside one of them (ec2.sh exec, in
// its own network namespace) the metadata says InService. Scaled in to 0 and stopped, the box
// leaves nothing behind (the suite's leftovers check).
func TestGroupOfTwentyWithAWarmPool(t *testing.T) {
	t.Parallel() // its own EC2 box: see parallel.go
	box := startEC2Box(t, "PARBAKE_EC2_LAUNCH_DELAY=1s")
	box.aws(t, "ec2", "create-launch-template", "--launch-template-name", "fleet", "--launch-template-data",
		fmt.Sprintf(`{"ImageId":%q,"InstanceType":"t3.micro","MetadataOptions":{"HttpTokens":"required","InstanceMetadataTags":"enabled"}}`,
			box.Env["PARBAKE_EC2_SOURCE_AMI"]))
	box.aws(t, "autoscaling", "create-auto-scaling-group", "--auto-scaling-group-name", "fleet", "--launch-template", "LaunchTemplateName=fleet",
		"--min-size", "0", "--max-size", "20", "--desired-capacity", "0", "--tags", "Key=Role,Value=fleet,PropagateAtLaunch=true")
	box.aws(t, "autoscaling", "put-warm-pool", "--auto-scaling-group-name", "fleet", "--pool-state", "Stopped",
		"--min-size", "2", "--max-group-prepared-capacity", "2")
	warm := box.awaitGroup(t, "fleet", "two warmed and stopped", 3*time.Minute, func(g, w map[string]string) bool {
		return len(w) == 2 && countState(w, "Warmed:Stopped") == 2
	})
	var warmIDs []string
	for id := range warm {
		warmIDs = append(warmIDs, id)
		if st := box.aws(t, "ec2", "describe-instances", "--instance-ids", id, "--query", "Reservations[0].Instances[0].State.Name"); st != "stopped" {
			t.Errorf("warm instance %s is %s, want stopped", id, st)
		}
	}

	start := time.Now()
	box.aws(t, "autoscaling", "set-desired-capacity", "--auto-scaling-group-name", "fleet", "--desired-capacity", "20")
	box.awaitGroup(t, "fleet", "twenty in service", 6*time.Minute, func(g, w map[string]string) bool { return countState(g, "InService") == 20 })
	t.Logf("scale-out 0 → 20 (2 from the warm pool): %.1f s", time.Since(start).Seconds())
	g := box.groupStates(t, "fleet")
	for _, id := range warmIDs {
		if g[id] != "InService" {
			t.Errorf("warm instance %s is %q after the scale-out, want InService", id, g[id])
		}
	}
	// Inside the started warm instance: its own network, its own metadata, over IMDSv2.
	probe := `import urllib.request as u
t = u.urlopen(u.Request("http://169.254.169.254/latest/api/token", method="PUT", headers={"X-aws-ec2-metadata-token-ttl-seconds": "60"})).read().decode()
for p in ("autoscaling/target-lifecycle-state", "tags/instance/aws:autoscaling:groupName", "instance-id"):
    print(u.urlopen(u.Request("http://169.254.169.254/latest/meta-data/" + p, headers={"X-aws-ec2-metadata-token": t})).read().decode())
`
	out, err := exec.Command(filepath.Join(repoRoot, "test", "sandbox", "ec2.sh"), "exec", box.Dir, warmIDs[0], "python3", "-c", probe).CombinedOutput()
	if want := "InService\nfleet\n" + warmIDs[0] + "\n"; err != nil || string(out) != want {
		t.Errorf("inside %s the metadata says %q (%v), want %q", warmIDs[0], out, err, want)
	}

	box.aws(t, "autoscaling", "set-desired-capacity", "--auto-scaling-group-name", "fleet", "--desired-capacity", "0")
	box.awaitGroup(t, "fleet", "scaled in", 3*time.Minute, func(g, w map[string]string) bool { return len(g) == 0 })
	box.aws(t, "autoscaling", "delete-auto-scaling-group", "--auto-scaling-group-name", "fleet", "--force-delete")
	// The pool's instances go with the group.
	box.awaitNoInstances(t, 2*time.Minute)
}

// awaitGroup polls a group's instances (g) and its warm pool's (w) every 2 s until cond holds,
// and returns the warm pool's.
func (b *ec2Box) awaitGroup(t *testing.T, group, what string, timeout time.Duration, cond func(g, w map[string]string) bool) map[string]string {
	t.Helper()
	return b.awaitGroupPolling(t, group, what, timeout, 2*time.Second, cond)
}

// awaitGroupPolling is awaitGroup polling every interval: a benchmark times with it.
func (b *ec2Box) awaitGroupPolling(t *testing.T, group, what string, timeout, interval time.Duration, cond func(g, w map[string]string) bool) map[string]string {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		g, w := b.groupStates(t, group), b.warmStates(t, group)
		if cond(g, w) {
			return w
		}
		if time.Now().After(deadline) {
			t.Fatalf("%s: not after %s; group %v, warm pool %v", what, timeout, g, w)
		}
		time.Sleep(interval)
	}
}

func (b *ec2Box) awaitNoInstances(t *testing.T, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		left := b.liveInstances(t)
		if len(left) == 0 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("instances left after the group was deleted: %s", left)
		}
		time.Sleep(2 * time.Second)
	}
}

func countState(states map[string]string, want string) int {
	n := 0
	for _, st := range states {
		if st == want {
			n++
		}
	}
	return n
}
