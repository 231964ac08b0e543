//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

// TestBenchScaleOut is `make bench-scale-out`, not a test: it runs only with
// PARBAKE_BENCH_SCALE_OUT=1. On one EC2 box (ideal manners, so that throttling does not blur the
// comparison) it bakes four images of one web server whose per-instance step takes
// scaleOutStepSeconds, puts each behind a group with a launching hook, and times scale-outs of 3
// and of 10 instances, from SetDesiredCapacity until every new instance is InService (the hook
// completed once the boot part passed), side by side in one run:
//
//	warm    the per-instance step done while warming, from a Stopped warm pool
//	split   baked web server, the per-instance step at boot, no pool
//	boot    everything at boot (policy default = "boot"), no pool
//	floor   nothing per instance at all: what EC2 and Auto Scaling cost
//
// and prints warm against its goals: at most 1.25× the floor, at least 3× faster than
// everything at boot.
func TestBenchScaleOut(t *testing.T) {
	if os.Getenv("PARBAKE_BENCH_SCALE_OUT") != "1" {
		t.Skip("a benchmark: make bench-scale-out")
	}
	box := startEC2Box(t, "PARBAKE_EC2_MANNERS=ideal", "PARBAKE_EC2_LAUNCH_DELAY=2s")
	variants := []struct{ name, policy, step string }{
		{"warm", "warm_pool {\n    state = \"Stopped\"\n  }", scaleOutStep},
		{"split", "", scaleOutStep},
		{"boot", "default = \"boot\"", scaleOutStep},
		{"floor", "", ""},
	}
	sizes := []int{3, 10}
	for _, v := range variants {
		dir := recipeProject(t, fmt.Sprintf(scaleOutRecipe, v.policy, v.step))
		box.bakeInto(t, dir, v.name)
		box.aws(t, "autoscaling", "create-auto-scaling-group", "--auto-scaling-group-name", v.name, "--launch-template", "LaunchTemplateName="+v.name,
			"--min-size", "0", "--max-size", "10", "--desired-capacity", "0", "--tags", "Key=Role,Value=web,PropagateAtLaunch=true")
		box.aws(t, "autoscaling", "put-lifecycle-hook", "--auto-scaling-group-name", v.name, "--lifecycle-hook-name", "launching",
			"--lifecycle-transition", "autoscaling:EC2_INSTANCE_LAUNCHING", "--heartbeat-timeout", "900", "--default-result", "ABANDON")
	}
	took := map[string]map[int]time.Duration{}
	for _, n := range sizes {
		for _, v := range variants {
			if v.name == "warm" {
				box.aws(t, "autoscaling", "put-warm-pool", "--auto-scaling-group-name", v.name, "--pool-state", "Stopped",
					"--min-size", fmt.Sprint(n), "--max-group-prepared-capacity", fmt.Sprint(n))
				box.awaitGroup(t, v.name, fmt.Sprintf("%d warmed and stopped", n), 15*time.Minute, func(g, w map[string]string) bool {
					return countState(w, "Warmed:Stopped") == n
				})
			}
			t0 := time.Now()
			box.aws(t, "autoscaling", "set-desired-capacity", "--auto-scaling-group-name", v.name, "--desired-capacity", fmt.Sprint(n))
			box.awaitGroupPolling(t, v.name, fmt.Sprintf("%d in service", n), 15*time.Minute, time.Second, func(g, w map[string]string) bool {
				return countState(g, "InService") == n
			})
			if took[v.name] == nil {
				took[v.name] = map[int]time.Duration{}
			}
			took[v.name][n] = time.Since(t0)
			t.Logf("%s: %d instances in service after %.1f s", v.name, n, took[v.name][n].Seconds())
			box.aws(t, "autoscaling", "set-desired-capacity", "--auto-scaling-group-name", v.name, "--desired-capacity", "0")
			if v.name == "warm" {
				box.aws(t, "autoscaling", "delete-warm-pool", "--auto-scaling-group-name", v.name, "--force-delete")
			}
			box.awaitGroup(t, v.name, "scaled in", 10*time.Minute, func(g, w map[string]string) bool { return len(g) == 0 && len(w) == 0 })
		}
	}
	for _, v := range variants {
		box.aws(t, "autoscaling", "delete-auto-scaling-group", "--auto-scaling-group-name", v.name, "--force-delete")
	}
	box.awaitNoInstances(t, 5*time.Minute)

	var b strings.Builder
	fmt.Fprintf(&b, "bench-scale-out: seconds from SetDesiredCapacity to every instance InService; the per-instance step takes %d s\n", scaleOutStepSeconds)
	fmt.Fprintf(&b, "  %-6s", "")
	for _, n := range sizes {
		fmt.Fprintf(&b, " %8s", fmt.Sprintf("%d inst.", n))
	}
	b.WriteString("\n")
	for _, v := range variants {
		fmt.Fprintf(&b, "  %-6s", v.name)
		for _, n := range sizes {
			fmt.Fprintf(&b, " %8.1f", took[v.name][n].Seconds())
		}
		b.WriteString("\n")
	}
	for _, n := range sizes {
		warm, floor, boot := took["warm"][n].Seconds(), took["floor"][n].Seconds(), took["boot"][n].Seconds()
		fmt.Fprintf(&b, "  %d instances: warm / floor %5.2fx (goal <= 1.25x) %s; everything at boot / warm %5.2fx (goal >= 3x) %s; split / warm %5.2fx\n",
			n, warm/floor, verdict(warm/floor <= 1.25), boot/warm, verdict(boot/warm >= 3), took["split"][n].Seconds()/warm)
	}
	fmt.Print(b.String())
}

func verdict(ok bool) string {
	if ok {
		return "ok"
	}
	return "SHORT"
}

// scaleOutStepSeconds is how long the benchmark's per-instance step takes: a certificate, a
// cache warmed from the instance's identity, whatever a real fleet does per instance.
const scaleOutStepSeconds = 15

// scaleOutRecipe is the benchmark's web server: %s is the policy's body, %s the per-instance
// step (none for the floor).
const scaleOutRecipe = `
variable "name" {
  boot = true
  from = "imds:instance-id"
}
policy {
  %s
}
ready {
  lifecycle_hook = "launching"
}
step "web" {
  packages = ["nginx-light"]
  service "nginx" {
    enable = true
    start  = true
  }
}
%s
`

var scaleOutStep = fmt.Sprintf(`step "identity" {
  after = ["web"]
  run   = ["sleep %d", "echo ${var.name} >/var/www/html/whoami"]
}`, scaleOutStepSeconds)
