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
	t.Parallel() // its own EC2 box: see parallel.go
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

// TestGroupWaitsForTheBootPart: an image whose recipe has a ready block, behind a real Auto
// Scaling group of the box with a launching hook. Each instance waits in Pending:Wait until its
// own AWS CLI (with its role's credentials from IMDS) completes the lifecycle action: CONTINUE
// when the boot part passed, and only then is it InService; ABANDON when a boot check failed
// (here: an SSM value the boot reads, "closed" for the first instance), and the group terminates
// it and launches a replacement, which passes once the value is "open".
func TestGroupWaitsForTheBootPart(t *testing.T) {
	t.Parallel() // its own EC2 box: see parallel.go
	box := startEC2Box(t)
	dir := recipeProject(t, `
variable "domain" {
  boot = true
  from = "imds:tags/instance/Name"
}
variable "gate" {
  boot = true
  from = "ssm:/web/gate"
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
  file "/etc/gate" {
    content = var.gate
  }
  check = ["test -s /etc/domain", "grep -qx open /etc/gate"]
}
`)
	box.bakeIntoTemplate(t, dir)
	putParameter(t, box, "/web/gate", "String", "closed")
	box.aws(t, "autoscaling", "create-auto-scaling-group", "--auto-scaling-group-name", "web-asg", "--launch-template", "LaunchTemplateName=web",
		"--min-size", "0", "--max-size", "2", "--desired-capacity", "0", "--tags", "Key=Name,Value=web.example.com,PropagateAtLaunch=true")
	box.aws(t, "autoscaling", "put-lifecycle-hook", "--auto-scaling-group-name", "web-asg", "--lifecycle-hook-name", "web-launching",
		"--lifecycle-transition", "autoscaling:EC2_INSTANCE_LAUNCHING", "--heartbeat-timeout", "600", "--default-result", "ABANDON")
	box.aws(t, "autoscaling", "set-desired-capacity", "--auto-scaling-group-name", "web-asg", "--desired-capacity", "1")

	// Watch the group: an instance is InService only after its CONTINUE; the first one ABANDONs.
	var first string
	gateOpen := false
	deadline := time.Now().Add(5 * time.Minute)
	for {
		states := box.groupStates(t, "web-asg")
		actions := box.lifecycleActions(t)
		for id, st := range states {
			if first == "" {
				first = id
			}
			if st == "InService" && strings.Join(actions[id], ";") != "web-asg web-launching CONTINUE" {
				t.Fatalf("%s is InService with lifecycle actions %v", id, actions[id])
			}
		}
		if len(actions[first]) > 0 && !gateOpen {
			if strings.Join(actions[first], ";") != "web-asg web-launching ABANDON" {
				t.Fatalf("the first instance, whose check fails, completed %v", actions[first])
			}
			putParameter(t, box, "/web/gate", "String", "open")
			gateOpen = true
		}
		if gateOpen && len(states) == 1 && states[first] == "" && countState(states, "InService") == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("the group never settled: %v, lifecycle actions %v", states, actions)
		}
		time.Sleep(2 * time.Second)
	}
	if st := box.aws(t, "ec2", "describe-instances", "--instance-ids", first, "--query", "Reservations[0].Instances[0].State.Name"); st != "terminated" && st != "shutting-down" {
		t.Errorf("the abandoned instance is %s", st)
	}
	if console := box.aws(t, "ec2", "get-console-output", "--instance-id", first, "--query", "Output"); !strings.Contains(console, "grep -qx open /etc/gate") {
		t.Errorf("the abandoned instance's console does not name the failed check:\n%s", lastLines(console, 20))
	}
	var second string
	for id := range box.groupStates(t, "web-asg") {
		second = id
	}
	console := box.aws(t, "ec2", "get-console-output", "--instance-id", second, "--query", "Output")
	for _, want := range []string{"parbake-boot: ok", "ready-run status=ok domain=web.example.com", "parbake-ready: CONTINUE lifecycle_hook=web-launching group=web-asg instance=" + second} {
		if !strings.Contains(console, want) {
			t.Errorf("%s's console lacks %q:\n%s", second, want, lastLines(console, 30))
		}
	}
	acts := box.aws(t, "autoscaling", "describe-scaling-activities", "--auto-scaling-group-name", "web-asg", "--query", "Activities[].[StatusCode,Description]")
	if !strings.Contains(acts, "Cancelled\tLaunching a new EC2 instance: "+first) || !strings.Contains(acts, "Successful\tLaunching a new EC2 instance: "+second) {
		t.Errorf("scaling activities:\n%s", acts)
	}
	box.aws(t, "autoscaling", "delete-auto-scaling-group", "--auto-scaling-group-name", "web-asg", "--force-delete")
}

func base64File(t *testing.T, path string) string {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return base64.StdEncoding.EncodeToString(b)
}

// bakeIntoTemplate bakes the project's recipe with amazon-ebs under Packer, renders its user data
// with the data source (its instances reach the box's Auto Scaling and SSM), and makes launch
// template "web" of the image and that user data, with the web role, metadata tags and IMDSv2.
func (b *ec2Box) bakeIntoTemplate(t *testing.T, dir string) {
	t.Helper()
	b.bakeInto(t, dir, "web")
}

// bakeInto is bakeIntoTemplate for a launch template of any name; the box may hold other images.
func (b *ec2Box) bakeInto(t *testing.T, dir, template string) {
	t.Helper()
	writeEBSTemplate(t, dir, b)
	userData := filepath.Join(dir, "user-data")
	appendTemplate(t, dir, fmt.Sprintf(`
data "parbake" "boot" {
  recipe               = "${path.root}/recipe"
  autoscaling_endpoint = %q
  ssm_endpoint         = %q
  output_file          = %q
}
`, b.Env["PARBAKE_EC2_INSTANCE_ENDPOINT"], b.Env["PARBAKE_EC2_SSM_ENDPOINT"], userData))
	if out, err := newAWSPacker(t, packerVersions[0], b).run(t, dir, "build", "."); err != nil {
		t.Fatalf("packer build: %v\n%s", err, out)
	}
	ami := b.aws(t, "ec2", "describe-images", "--owners", "self", "--query", "sort_by(Images,&CreationDate)[-1].ImageId")
	b.aws(t, "ec2", "create-launch-template", "--launch-template-name", template, "--launch-template-data",
		fmt.Sprintf(`{"ImageId":%q,"InstanceType":"t3.small","UserData":%q,"IamInstanceProfile":{"Name":"web"},`+
			`"MetadataOptions":{"HttpTokens":"required","InstanceMetadataTags":"enabled"}}`, ami, base64File(t, userData)))
}
