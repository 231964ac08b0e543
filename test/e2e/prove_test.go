//go:build e2e

package e2e

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The test launch, the hand-off and readiness, on the EC2 box with the real amazon-ebs, the
// real AWS CLI and real instances.

// createLaunchTemplate makes the launch template example/aws hands its AMIs to, as its
// comment says a user does once.
func (b *ec2Box) createLaunchTemplate(t *testing.T, name string) {
	t.Helper()
	b.aws(t, "ec2", "create-launch-template", "--launch-template-name", name, "--launch-template-data",
		`{"InstanceType":"t3.small","MetadataOptions":{"HttpTokens":"required","InstanceMetadataTags":"enabled"}}`)
}

// assertProvenAndHandedOff checks what example/aws's post-processor did in the build that
// printed out: the test launch's result table, the timings file's boot samples, the launch
// template's new default version (the AMI and the user data, byte for byte, as the AWS CLI
// shows them) and the SSM parameter.
func (b *ec2Box) assertProvenAndHandedOff(t *testing.T, project, out string) {
	t.Helper()
	for _, want := range []string{"parbake: test launch of ami-", "boot part ok", "STEP", "site", "1: curl -fsS http://127.0.0.1:80/whoami  ok", "terminated i-",
		"parbake: launch template web: default version", "parbake: SSM parameter /images/web/latest"} {
		if !strings.Contains(out, want) {
			t.Errorf("the build's output lacks %q", want)
		}
	}
	ami := b.aws(t, "ec2", "describe-images", "--owners", "self", "--filters", "Name=tag-key,Values=parbake:digest",
		"--query", "sort_by(Images,&CreationDate)[-1].ImageId")
	got := b.aws(t, "ec2", "describe-launch-template-versions", "--launch-template-name", "web", "--versions", "$Default",
		"--query", "LaunchTemplateVersions[0].LaunchTemplateData.[ImageId,UserData,InstanceType]")
	userData, err := os.ReadFile(filepath.Join(project, "build", "web.userdata"))
	must(t, err)
	if want := ami + "\t" + base64.StdEncoding.EncodeToString(userData) + "\tt3.small"; got != want {
		t.Errorf("the launch template's default version holds\n%.200s…\nwant the AMI %s, the user data and the template's own instance type", got, ami)
	}
	if param := b.ssm(t, "get-parameter", "--name", "/images/web/latest", "--query", "Parameter.[Value,DataType]"); param != ami+"\taws:ec2:image" {
		t.Errorf("/images/web/latest = %q, want %s", param, ami)
	}
	// The bake's checks are in its manifest, each passed.
	manifest, err := os.ReadFile(filepath.Join(project, "build", "web.bake.json"))
	must(t, err)
	for _, want := range []string{`"check": "nginx -t"`, `"check": "test -x /usr/local/sbin/parbake-healthcheck"`} {
		if !strings.Contains(string(manifest), want) {
			t.Errorf("the bake manifest lacks %s:\n%s", want, manifest)
		}
	}
	if strings.Count(string(manifest), `"status": "ok", "exit_code": 0, "duration_seconds"`) != 2 {
		t.Errorf("the bake manifest's two checks did not both pass:\n%s", manifest)
	}
	var tf struct {
		Steps []struct {
			Name string
			Boot []float64
		}
	}
	raw, err := os.ReadFile(filepath.Join(project, "parbake-timings.json"))
	must(t, err)
	must(t, json.Unmarshal(raw, &tf))
	for _, s := range tf.Steps {
		if s.Name == "site" && len(s.Boot) > 0 {
			return
		}
	}
	t.Errorf("the timings file has no boot sample of step site from the test launch:\n%s", raw)
}

// ssm runs `aws ssm ARGS…` against the box.
func (b *ec2Box) ssm(t *testing.T, args ...string) string {
	t.Helper()
	return b.aws(t, append([]string{"ssm"}, args...)...)
}

// lifecycleActions lists the CompleteLifecycleAction calls Auto Scaling took, by instance.
func (b *ec2Box) lifecycleActions(t *testing.T) map[string][]string {
	out := map[string][]string{}
	for _, c := range b.calls(t) {
		if l, ok := c["lifecycle"].(map[string]any); ok {
			id, _ := l["instance_id"].(string)
			out[id] = append(out[id], fmt.Sprintf("%s %s %s", l["group"], l["hook"], l["result"]))
		}
	}
	return out
}

// TestTestLaunchFailsOnABootCheck: a recipe whose check passes nowhere but at boot. amazon-ebs
// bakes it, the post-processor's test launch boots the AMI, the check fails there: the build
// fails naming the step and the check, the test instance is terminated, and with
// on_failure = "deregister" the AMI and its snapshot are gone.
func TestTestLaunchFailsOnABootCheck(t *testing.T) {
	box := startEC2Box(t)
	dir := recipeProject(t, `
step "conf" {
  phase = "boot"
  file "/etc/app.conf" {
    content = "port=8080\n"
  }
  check = ["grep -q port=9090 /etc/app.conf"]
}
`)
	writeEBSTemplate(t, dir, box, fmt.Sprintf(`  post-processor "parbake" {
    user_data_base64 = data.parbake.boot.user_data_base64
    region           = %q
    endpoint         = %q
    boot_timeout     = "5m"
    poll_interval    = "2s"
    on_failure       = "deregister"
  }`, box.Env["AWS_DEFAULT_REGION"], box.Env["PARBAKE_EC2_ENDPOINT"]))
	appendTemplate(t, dir, `
data "parbake" "boot" {
  recipe = "${path.root}/recipe"
}
`)
	out, err := newAWSPacker(t, packerVersions[len(packerVersions)-1], box).run(t, dir, "build", ".")
	if err == nil {
		t.Fatal("the build passed although the boot check fails")
	}
	for _, want := range []string{"check 1 of step conf failed with exit code 1: grep -q port=9090 /etc/app.conf", "terminated i-", "deregistered ami-"} {
		if !strings.Contains(out, want) {
			t.Errorf("the output lacks %q", want)
		}
	}
	box.assertNothingLeft(t)
	if images := box.aws(t, "ec2", "describe-images", "--owners", "self", "--query", "Images[].ImageId"); images != "" {
		t.Errorf("the failed image is still registered: %s", images)
	}
	if snaps := box.aws(t, "ec2", "describe-snapshots", "--owner-ids", "self", "--query", "Snapshots[].SnapshotId"); snaps != "" {
		t.Errorf("the failed image's snapshots are left: %s", snaps)
	}
}

// TestReadyCompletesTheLifecycleAction: instances of an image whose recipe has a ready block,
// launched as an Auto Scaling group launches them (its aws:autoscaling:groupName tag, an
// instance role), complete the lifecycle action once each: CONTINUE when the boot part passed,
// ABANDON when it failed (here: no Name tag to read the domain from). The call goes through the
// instance's own AWS CLI, with its role's credentials from IMDS, to the box's Auto Scaling.
func TestReadyCompletesTheLifecycleAction(t *testing.T) {
	box := startEC2Box(t)
	dir := recipeProject(t, `
variable "domain" {
  boot = true
  from = "imds:tags/instance/Name"
}
ready {
  lifecycle_hook = "web-launching"
  run            = ["echo ready-run status=$PARBAKE_BOOT_STATUS domain=$PARBAKE_VAR_domain"]
}
step "awscli" {
  phase    = "bake"
  packages = ["awscli"]
}
step "site" {
  phase = "boot"
  file "/etc/domain" {
    content = var.domain
  }
  check = ["test -s /etc/domain"]
}
`)
	writeEBSTemplate(t, dir, box)
	userData := filepath.Join(dir, "user-data")
	appendTemplate(t, dir, fmt.Sprintf(`
data "parbake" "boot" {
  recipe               = "${path.root}/recipe"
  autoscaling_endpoint = %q
  output_file          = %q
}
`, box.Env["PARBAKE_EC2_INSTANCE_ENDPOINT"], userData))
	if out, err := newAWSPacker(t, packerVersions[0], box).run(t, dir, "build", "."); err != nil {
		t.Fatalf("packer build: %v\n%s", err, out)
	}
	ami := box.aws(t, "ec2", "describe-images", "--owners", "self", "--query", "Images[0].ImageId")
	launch := func(tags string) string {
		return box.aws(t, "ec2", "run-instances", "--image-id", ami, "--instance-type", "t3.small", "--user-data", "file://"+userData,
			"--iam-instance-profile", "Name=web", "--metadata-options", "HttpTokens=required,InstanceMetadataTags=enabled",
			"--tag-specifications", "ResourceType=instance,Tags=["+tags+"]", "--query", "Instances[0].InstanceId")
	}
	passes := launch("{Key=Name,Value=web1.example.com},{Key=aws:autoscaling:groupName,Value=web-asg}")
	fails := launch("{Key=aws:autoscaling:groupName,Value=web-asg}")
	for id, want := range map[string]string{passes: "parbake-boot: ok", fails: "parbake-boot: failed"} {
		if line := box.waitConsole(t, id, 3*time.Minute); !strings.Contains(line, want) {
			t.Errorf("%s's console: %s, want %s", id, line, want)
		}
	}
	// The ready part runs after the summary line: give it a moment.
	deadline := time.Now().Add(time.Minute)
	var got map[string][]string
	for {
		got = box.lifecycleActions(t)
		if len(got[passes]) > 0 && len(got[fails]) > 0 || time.Now().After(deadline) {
			break
		}
		time.Sleep(2 * time.Second)
	}
	for id, want := range map[string]string{passes: "web-asg web-launching CONTINUE", fails: "web-asg web-launching ABANDON"} {
		if strings.Join(got[id], ";") != want {
			t.Errorf("%s completed %v, want exactly [%s]", id, got[id], want)
		}
	}
	console := box.aws(t, "ec2", "get-console-output", "--instance-id", passes, "--query", "Output")
	for _, want := range []string{"ready-run status=ok domain=web1.example.com", "parbake-ready: CONTINUE lifecycle_hook=web-launching group=web-asg instance=" + passes} {
		if !strings.Contains(console, want) {
			t.Errorf("%s's console lacks %q:\n%s", passes, want, lastLines(console, 30))
		}
	}
	box.aws(t, "ec2", "terminate-instances", "--instance-ids", passes, fails)
}
