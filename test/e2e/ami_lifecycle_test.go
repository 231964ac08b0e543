//go:build e2e

package e2e

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
)

// An image's whole life on the EC2 box, with the real amazon-ebs, the real AWS CLI and real
// instances: plan, bake, prove, hand off, roll out, retire.

// TestImageLifeFourBuilds: four example/aws builds in a row. The first hands its image to the
// launch template; a group of 2 behind a launching hook is made on that version; each later
// build rolls its image out to the group and retires, with keep = 2, the web images nothing
// uses. The group ends on the newest image, and exactly the two newest images survive, with
// their snapshots.
func TestImageLifeFourBuilds(t *testing.T) {
	t.Parallel() // its own EC2 box: see parallel.go; the longest of them, so its file sorts first
	// Instances leave pending after 2 s, not 8: this test launches twenty of them.
	box := startEC2Box(t, "PARBAKE_EC2_LAUNCH_DELAY=2s")
	box.aws(t, "ec2", "create-launch-template", "--launch-template-name", "web", "--launch-template-data",
		`{"InstanceType":"t3.small","IamInstanceProfile":{"Name":"web"},"MetadataOptions":{"HttpTokens":"required","InstanceMetadataTags":"enabled"}}`)
	project := awsProject(t)
	// Behind a group, the example's ready block completes the launching hook, as its comment says.
	recipe := filepath.Join(project, "..", "recipes", "web", "web.hcl")
	src, err := os.ReadFile(recipe)
	must(t, err)
	must(t, os.WriteFile(recipe, []byte(strings.Replace(string(src), "ready {\n", "ready {\n  lifecycle_hook = \"web-launching\"\n", 1)), 0o644))

	p := newAWSPacker(t, packerVersions[len(packerVersions)-1], box)
	var amis []string
	snapshots := map[string]string{}
	build := func(n int, groups string) string {
		t.Helper()
		args := []string{"build", "-var", "ec2_endpoint=" + box.Env["PARBAKE_EC2_ENDPOINT"], "-var", "ssm_endpoint=" + box.Env["PARBAKE_EC2_ENDPOINT"],
			"-var", "autoscaling_endpoint=" + box.Env["PARBAKE_EC2_ENDPOINT"], "-var", "instance_endpoint=" + box.Env["PARBAKE_EC2_INSTANCE_ENDPOINT"],
			"-var", "keep=2", "-var", "deprecate_after=0s", "-var", "deregister_after=0s", "-var", "rollout_warmup=1s"}
		if groups != "" {
			args = append(args, "-var", "rollout_groups="+groups)
		}
		out, err := p.run(t, project, append(args, ".")...)
		if err != nil {
			t.Fatalf("build %d: %v", n, err)
		}
		ami := box.aws(t, "ec2", "describe-images", "--owners", "self", "--filters", "Name=tag-key,Values=parbake:digest",
			"--query", "sort_by(Images,&CreationDate)[-1].ImageId")
		amis = append(amis, ami)
		snapshots[ami] = box.aws(t, "ec2", "describe-images", "--image-ids", ami, "--query", "Images[0].BlockDeviceMappings[0].Ebs.SnapshotId")
		return out
	}

	build(1, "")
	version := box.aws(t, "ec2", "describe-launch-templates", "--launch-template-names", "web", "--query", "LaunchTemplates[0].DefaultVersionNumber")
	box.aws(t, "autoscaling", "create-auto-scaling-group", "--auto-scaling-group-name", "web-asg", "--launch-template", "LaunchTemplateName=web,Version="+version,
		"--min-size", "0", "--max-size", "3", "--desired-capacity", "0", "--tags", "Key=Name,Value=web.example.com,PropagateAtLaunch=true")
	box.aws(t, "autoscaling", "put-lifecycle-hook", "--auto-scaling-group-name", "web-asg", "--lifecycle-hook-name", "web-launching",
		"--lifecycle-transition", "autoscaling:EC2_INSTANCE_LAUNCHING", "--heartbeat-timeout", "600", "--default-result", "ABANDON")
	box.aws(t, "autoscaling", "update-auto-scaling-group", "--auto-scaling-group-name", "web-asg", "--min-size", "2", "--desired-capacity", "2")
	box.awaitGroupOn(t, "web-asg", amis[0], 2, 5*time.Minute)

	for n := 2; n <= 4; n++ {
		out := build(n, `["web-asg"]`)
		ami := amis[n-1]
		for _, want := range []string{"parbake: rollout web-asg: instance refresh", "parbake: rollout web-asg: every instance runs " + ami,
			"default version", "retirement of the earlier images of recipe web, role \"web\" (keep 2)"} {
			if !strings.Contains(out, want) {
				t.Errorf("build %d's output lacks %q", n, want)
			}
		}
		if n >= 3 {
			gone := amis[n-3]
			if !strings.Contains(out, gone) || !strings.Contains(out, "deregistered, snapshots "+snapshots[gone]+" deleted") {
				t.Errorf("build %d did not say it deregistered %s and deleted %s", n, gone, snapshots[gone])
			}
		}
		box.awaitGroupOn(t, "web-asg", ami, 2, time.Minute)
	}

	survivors := strings.Fields(box.aws(t, "ec2", "describe-images", "--owners", "self", "--query", "Images[].ImageId"))
	sort.Strings(survivors)
	want := []string{amis[2], amis[3]}
	sort.Strings(want)
	if strings.Join(survivors, " ") != strings.Join(want, " ") {
		t.Errorf("images left %v, want the two newest %v (of %v)", survivors, want, amis)
	}
	snaps := box.aws(t, "ec2", "describe-snapshots", "--owner-ids", "self", "--query", "Snapshots[].SnapshotId")
	for i, ami := range amis {
		if kept := strings.Contains(snaps, snapshots[ami]); kept != (i >= 2) {
			t.Errorf("snapshot %s of %s (build %d) kept = %v", snapshots[ami], ami, i+1, kept)
		}
	}
	box.aws(t, "autoscaling", "delete-auto-scaling-group", "--auto-scaling-group-name", "web-asg", "--force-delete")
}

// TestRolloutFailsWithTheGroupsTags: an image whose boot part passes its test launch (tagged
// Role=web) but fails with the group's own tags (Role=api) fails its rollout: the group's new
// instances ABANDON their launching hook, the refresh rolls back, the group stays on its previous
// image, and the build names the failed instance with its console's verdict.
func TestRolloutFailsWithTheGroupsTags(t *testing.T) {
	t.Parallel() // its own EC2 box: see parallel.go
	box := startEC2Box(t, "PARBAKE_EC2_LAUNCH_DELAY=2s")
	// The group runs the source image first. Its instances run no parbake and complete no hook:
	// the hook's default result, CONTINUE after 30 s, puts them in service; the new image's
	// instances ABANDON at once.
	source := box.Env["PARBAKE_EC2_SOURCE_AMI"]
	box.aws(t, "ec2", "create-launch-template", "--launch-template-name", "web", "--launch-template-data",
		fmt.Sprintf(`{"ImageId":%q,"InstanceType":"t3.small","IamInstanceProfile":{"Name":"web"},"MetadataOptions":{"HttpTokens":"required","InstanceMetadataTags":"enabled"}}`, source))
	box.aws(t, "autoscaling", "create-auto-scaling-group", "--auto-scaling-group-name", "web-asg", "--launch-template", "LaunchTemplateName=web,Version=1",
		"--min-size", "2", "--max-size", "3", "--desired-capacity", "2", "--tags", "Key=Role,Value=api,PropagateAtLaunch=true")
	box.awaitGroupOn(t, "web-asg", source, 2, 3*time.Minute)
	box.aws(t, "autoscaling", "put-lifecycle-hook", "--auto-scaling-group-name", "web-asg", "--lifecycle-hook-name", "web-launching",
		"--lifecycle-transition", "autoscaling:EC2_INSTANCE_LAUNCHING", "--heartbeat-timeout", "30", "--default-result", "CONTINUE")

	dir := recipeProject(t, `
variable "role" {
  boot = true
  from = "imds:tags/instance/Role"
}
ready {
  lifecycle_hook = "web-launching"
}
step "role" {
  phase = "boot"
  file "/etc/role" {
    content = var.role
  }
  check = ["grep -qx web /etc/role"]
}
`)
	userData := filepath.Join(dir, "user-data")
	writeEBSTemplate(t, dir, box, fmt.Sprintf(`
  post-processor "parbake" {
    user_data_file       = %q
    tags                 = { Role = "web" }
    boot_timeout         = "5m"
    region               = %q
    endpoint             = %q
    autoscaling_endpoint = %q
    launch_template {
      name        = "web"
      set_default = true
    }
    rollout {
      auto_scaling_groups    = ["web-asg"]
      min_healthy_percentage = 50
      auto_rollback          = true
      timeout                = "10m"
    }
  }`, userData, box.Env["AWS_DEFAULT_REGION"], box.Env["PARBAKE_EC2_ENDPOINT"], box.Env["PARBAKE_EC2_ENDPOINT"]))
	appendTemplate(t, dir, fmt.Sprintf(`
data "parbake" "boot" {
  recipe               = "${path.root}/recipe"
  autoscaling_endpoint = %q
  output_file          = %q
}
`, box.Env["PARBAKE_EC2_INSTANCE_ENDPOINT"], userData))
	out, err := newAWSPacker(t, packerVersions[0], box).run(t, dir, "build", ".")
	if err == nil {
		t.Fatalf("the build passed although the image fails in the group:\n%s", out)
	}
	for _, want := range []string{"boot part ok", "parbake: rollout web-asg: instance refresh", "ended RollbackSuccessful",
		"parbake-boot: failed(", "check 1 of step role failed with exit code 1: grep -qx web /etc/role"} {
		if !strings.Contains(out, want) {
			t.Errorf("the build's output lacks %q:\n%s", want, lastLines(out, 40))
		}
	}
	abandoned := 0
	for _, acts := range box.lifecycleActions(t) {
		if strings.Join(acts, ";") == "web-asg web-launching ABANDON" {
			abandoned++
		}
	}
	if abandoned == 0 {
		t.Errorf("no instance of the new image abandoned its launching hook: %v", box.lifecycleActions(t))
	}
	box.awaitGroupOn(t, "web-asg", source, 2, 3*time.Minute)
	if v := box.aws(t, "autoscaling", "describe-auto-scaling-groups", "--auto-scaling-group-names", "web-asg", "--query", "AutoScalingGroups[0].LaunchTemplate.Version"); v != "1" {
		t.Errorf("the group's launch template version is %s after the rollback, want 1", v)
	}
	if v := box.aws(t, "ec2", "describe-launch-templates", "--launch-template-names", "web", "--query", "LaunchTemplates[0].DefaultVersionNumber"); v != "1" {
		t.Errorf("the template's default version is %s after a failed rollout, want 1", v)
	}
	box.aws(t, "autoscaling", "delete-auto-scaling-group", "--auto-scaling-group-name", "web-asg", "--force-delete")
}

// awaitGroupOn waits until the group has n instances in service, every one launched from ami and
// none other left.
func (b *ec2Box) awaitGroupOn(t *testing.T, group, ami string, n int, timeout time.Duration) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		states := b.groupStates(t, group)
		on := 0
		for id, st := range states {
			if st != "InService" {
				continue
			}
			if aws.ToString(b.instance(t, id).ImageId) == ami {
				on++
			}
		}
		if on == n && len(states) == n {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("group %s never had %d instances of %s in service alone: %v", group, n, ami, states)
		}
		time.Sleep(2 * time.Second)
	}
}
