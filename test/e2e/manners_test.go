//go:build e2e

package e2e

import (
	"fmt"
	"os/exec"
	"regexp"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// TestKilledBuildsTestInstanceIsReaped: Packer is killed (SIGKILL to its process group, as a CI
// runner ends a job) while the post-processor's test launch waits for the verdict. Its test
// instance is left running, with its build's id in a tag. The next build of the same template,
// once the orphan is older than twice its boot_timeout, terminates it and says so.
func TestKilledBuildsTestInstanceIsReaped(t *testing.T) {
	t.Parallel() // its own EC2 box: see parallel_test.go
	box := startEC2Box(t)
	putParameter(t, box, "/gate", "String", "closed")
	dir := recipeProject(t, `
variable "gate" {
  boot = true
  from = "ssm:/gate"
}
step "awscli" {
  phase    = "bake"
  packages = ["awscli"]
}
step "wait" {
  phase = "boot"
  run   = ["test ${var.gate} = open || sleep 4245"]
}
`)
	writeEBSTemplate(t, dir, box, fmt.Sprintf(`  post-processor "parbake" {
    user_data_base64     = data.parbake.boot.user_data_base64
    region               = %q
    endpoint             = %q
    iam_instance_profile = "web"
    boot_timeout         = "60s" # 30 s was too short for a boot on a loaded machine
    poll_interval        = "2s"
  }`, box.Env["AWS_DEFAULT_REGION"], box.Env["PARBAKE_EC2_ENDPOINT"]))
	appendTemplate(t, dir, fmt.Sprintf(`
data "parbake" "boot" {
  recipe       = "${path.root}/recipe"
  ssm_endpoint = %q
}
`, box.Env["PARBAKE_EC2_SSM_ENDPOINT"]))
	pk := newAWSPacker(t, packerVersions[len(packerVersions)-1], box)
	cmd := exec.Command(pk.Bin, "build", ".")
	cmd.Dir, cmd.Env = dir, pk.env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var out syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	must(t, cmd.Start())
	launched := regexp.MustCompile(`launched (i-[0-9a-f]+)`)
	deadline := time.Now().Add(5 * time.Minute)
	for launched.FindStringSubmatch(out.String()) == nil {
		if time.Now().After(deadline) {
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			cmd.Wait()
			t.Fatalf("the test launch never started:\n%s", out.String())
		}
		time.Sleep(500 * time.Millisecond)
	}
	orphan := launched.FindStringSubmatch(out.String())[1]
	killedAt := time.Now()
	must(t, syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL))
	cmd.Wait()
	t.Logf("packer build, killed during the test launch of %s:\n%s", orphan, out.String())
	// With EC2's manners a new instance is NotFound for a moment, to this reader too.
	box.aws(t, "ec2", "wait", "instance-exists", "--instance-ids", orphan)
	if st := box.aws(t, "ec2", "describe-instances", "--instance-ids", orphan, "--query", "Reservations[0].Instances[0].State.Name"); st != "running" && st != "pending" {
		t.Fatalf("the killed build's test instance is %s, want it left running", st)
	}

	putParameter(t, box, "/gate", "String", "open")
	// The next build reaps it once it is older than twice its boot_timeout (120 s); its own bake
	// may be quicker (the box's source AMI has the AWS CLI), so the test waits that long first.
	if wait := 2*time.Minute - time.Since(killedAt); wait > 0 {
		time.Sleep(wait)
	}
	second, err := pk.run(t, dir, "build", ".")
	if err != nil {
		t.Fatalf("the next build: %v", err)
	}
	if !strings.Contains(second, "terminated "+orphan+", a test instance build ") {
		t.Errorf("the next build did not say it terminated %s", orphan)
	}
	if st := box.aws(t, "ec2", "describe-instances", "--instance-ids", orphan, "--query", "Reservations[0].Instances[0].State.Name"); st != "terminated" && st != "shutting-down" {
		t.Errorf("the orphan %s is %s", orphan, st)
	}
}

// TestMannersCost builds example/aws twice at once, on a box with EC2's manners and on one
// without, and prints what the manners cost a passing build: retries, waits for eventual
// consistency, slower polling under throttling.
func TestMannersCost(t *testing.T) {
	t.Parallel() // its own EC2 boxes: see parallel_test.go
	var mu sync.Mutex
	seconds := map[string]float64{}
	for _, manners := range []string{"real", "ideal"} {
		t.Run(manners, func(t *testing.T) {
			t.Parallel()
			box := startEC2Box(t, "PARBAKE_EC2_MANNERS="+manners)
			box.createLaunchTemplate(t, "web")
			project := awsProject(t)
			p := newAWSPacker(t, packerVersions[len(packerVersions)-1], box)
			start := time.Now()
			out, err := p.run(t, project, "build", "-var", "ec2_endpoint="+box.Env["PARBAKE_EC2_ENDPOINT"],
				"-var", "ssm_endpoint="+box.Env["PARBAKE_EC2_ENDPOINT"], ".")
			if err != nil {
				t.Fatalf("packer build example/aws with manners %s: %v", manners, err)
			}
			took := time.Since(start).Seconds()
			mu.Lock()
			seconds[manners] = took
			mu.Unlock()
			box.assertProvenAndHandedOff(t, project, out)
			throttled, waited := 0, strings.Count(out, "(eventual consistency), retrying")
			for _, c := range box.calls(t) {
				if c["code"] == "RequestLimitExceeded" || c["code"] == "ThrottlingException" {
					throttled++
				}
			}
			t.Logf("manners %s: build %.1f s; %d requests throttled, %d waits for eventual consistency", manners, took, throttled, waited)
		})
	}
	t.Cleanup(func() {
		if real, ideal := seconds["real"], seconds["ideal"]; real > 0 && ideal > 0 {
			fmt.Printf("e2e: EC2's manners cost a passing example/aws build %+.1f s: %.1f s with them, %.1f s without (%.2f×), built side by side\n",
				real-ideal, real, ideal, real/ideal)
		}
	})
}
