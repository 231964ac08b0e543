//go:build e2e

package e2e

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

// The EC2 box (test/sandbox/ec2.sh) and the real clients that drive it: amazon-ebs under Packer,
// Debian's AWS CLI v2, the data source's aws-sdk-go-v2.

// awsCLI is Debian's AWS CLI v2 (package awscli), never another aws on PATH.
const awsCLI = "/usr/bin/aws"

type ec2Box struct {
	Dir string
	Env map[string]string
	sdk sdkClients // the tests' own reads of the box (boxsdk_test.go), made on first use
}

// startEC2Box starts a box with EC2's manners (eventual consistency, throttling, Xen consoles)
// unless env says PARBAKE_EC2_MANNERS=ideal; a failed test logs the seed that repeats them.
func startEC2Box(t *testing.T, env ...string) *ec2Box {
	t.Helper()
	dir := t.TempDir()
	script := filepath.Join(repoRoot, "test", "sandbox", "ec2.sh")
	cmd := exec.Command(script, "start", dir)
	cmd.Env = append(append(os.Environ(), "PARBAKE_EC2_LAUNCH_DELAY=8s", "PARBAKE_EC2_MANNERS=real"), env...)
	out, err := cmd.Output()
	t.Cleanup(func() {
		if out, err := exec.Command(script, "stop", dir).CombinedOutput(); err != nil {
			t.Errorf("ec2.sh stop: %v\n%s", err, out)
		}
	})
	if err != nil {
		t.Fatalf("ec2.sh start: %v\n%s", err, exitStderr(err))
	}
	box := &ec2Box{Dir: dir, Env: parseEnvLines(string(out))}
	t.Cleanup(func() {
		if t.Failed() {
			box.logUnfinishedConsoles(t)
		}
		if t.Failed() && box.Env["PARBAKE_EC2_SEED"] != "" {
			t.Logf("the EC2 box ran with manners %s, seed %s: PARBAKE_EC2_SEED=%s repeats its windows",
				box.Env["PARBAKE_EC2_MANNERS"], box.Env["PARBAKE_EC2_SEED"], box.Env["PARBAKE_EC2_SEED"])
		}
	})
	return box
}

func exitStderr(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}

// env is what a client of the box needs: its credentials and region, and no AWS config of
// this machine's.
func (b *ec2Box) env() []string {
	env := append(os.Environ(), "AWS_PAGER=", "AWS_CONFIG_FILE=/dev/null", "AWS_SHARED_CREDENTIALS_FILE=/dev/null", "AWS_EC2_METADATA_DISABLED=true")
	for _, k := range []string{"AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "AWS_DEFAULT_REGION"} {
		env = append(env, k+"="+b.Env[k])
	}
	return append(env, "AWS_REGION="+b.Env["AWS_DEFAULT_REGION"])
}

// aws runs `aws --endpoint-url EC2 ARGS… --output text` and returns its standard output.
func (b *ec2Box) aws(t *testing.T, args ...string) string {
	t.Helper()
	cmd := exec.Command(awsCLI, append([]string{"--endpoint-url", b.Env["PARBAKE_EC2_ENDPOINT"], "--output", "text"}, args...)...)
	cmd.Env = b.env()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("aws %s: %v\n%s", strings.Join(args, " "), err, exitStderr(err))
	}
	return strings.TrimSpace(string(out))
}

// calls returns the actions the box logged, in order.
func (b *ec2Box) calls(t *testing.T) []map[string]any {
	t.Helper()
	f, err := os.Open(filepath.Join(b.Dir, "requests.log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []map[string]any
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var c map[string]any
		if json.Unmarshal(sc.Bytes(), &c) == nil {
			out = append(out, c)
		}
	}
	return out
}

// actionsBy lists the distinct actions a client (by user agent) called, sorted.
func (b *ec2Box) actionsBy(t *testing.T, agent string) []string {
	seen := map[string]bool{}
	for _, c := range b.calls(t) {
		if ua, _ := c["client"].(string); strings.Contains(ua, agent) {
			seen[c["action"].(string)] = true
		}
	}
	var out []string
	for a := range seen {
		out = append(out, a)
	}
	sort.Strings(out)
	return out
}

// assertNothingLeft checks that a finished build left no instance running, no key pair and no
// security group but the default in the box.
func (b *ec2Box) assertNothingLeft(t *testing.T) {
	t.Helper()
	deadline := time.Now().Add(60 * time.Second)
	for {
		live := b.liveInstances(t)
		if len(live) == 0 {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("instances still live after the build: %s", live)
			break
		}
		time.Sleep(time.Second)
	}
	if keys := b.aws(t, "ec2", "describe-key-pairs", "--query", "KeyPairs[].KeyName"); keys != "" {
		t.Errorf("key pairs left: %s", keys)
	}
	if groups := b.aws(t, "ec2", "describe-security-groups", "--query", "SecurityGroups[].GroupName"); groups != "default" {
		t.Errorf("security groups left: %s", groups)
	}
	entries, _ := os.ReadDir(filepath.Join(b.Dir, "instances"))
	for _, e := range entries {
		if _, err := os.Stat(filepath.Join(b.Dir, "instances", e.Name(), "machine.pid")); err == nil {
			t.Errorf("instance %s's machine is still there", e.Name())
		}
	}
}

// awsProject copies example/aws and the recipes it uses, so that builds write their files
// (build/, timings) into the test's directory.
func awsProject(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{"aws", "recipes"} {
		if out, err := exec.Command("cp", "-a", exampleDir(d), filepath.Join(dir, d)).CombinedOutput(); err != nil {
			t.Fatalf("copy example/%s: %v\n%s", d, err, out)
		}
	}
	return filepath.Join(dir, "aws")
}

var amazonPluginOnce struct {
	sync.Once
	bin string
	err error
}

// newAWSPacker is a Packer of version with parbake and packer-plugin-amazon installed, whose
// builds reach the box.
func newAWSPacker(t *testing.T, version string, box *ec2Box) *Packer {
	t.Helper()
	amazonPluginOnce.Do(func() {
		out, err := exec.Command(filepath.Join(repoRoot, "scripts", "amazon-plugin.sh")).Output()
		amazonPluginOnce.bin, amazonPluginOnce.err = lastLine(string(out)), err
	})
	if amazonPluginOnce.err != nil {
		t.Fatalf("amazon-plugin.sh: %v", amazonPluginOnce.err)
	}
	p := newPacker(t, version)
	p.install(t, amazonPluginOnce.bin, "github.com/hashicorp/amazon")
	for _, kv := range box.env() {
		if strings.HasPrefix(kv, "AWS_") {
			p.env = append(p.env, kv)
		}
	}
	return p
}

// waitConsole polls GetConsoleOutput until the console has the boot runner's summary line.
func (b *ec2Box) waitConsole(t *testing.T, id string, timeout time.Duration) string {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		console := b.consoleOutput(t, id, false)
		for _, line := range strings.Split(console, "\n") {
			if strings.Contains(line, "parbake-boot: ") {
				return line
			}
		}
		if time.Now().After(deadline) {
			state := b.aws(t, "ec2", "describe-instances", "--instance-ids", id, "--query", "Reservations[0].Instances[0].[State.Name,StateReason.Message]")
			boxLog, _ := os.ReadFile(filepath.Join(b.Dir, "ec2box.log"))
			t.Fatalf("no parbake-boot line on %s's console within %s (state %s):\n%s\nbox log:\n%s", id, timeout, state, lastLines(console, 40), lastLines(string(boxLog), 20))
		}
		time.Sleep(2 * time.Second)
	}
}

func lastLines(s string, n int) string {
	lines := strings.Split(s, "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// TestAmazonEBSBakesAndInstancesLaunch is the real path: example/aws builds with amazon-ebs
// under both Packer versions, three instances launch from the AMI with the data source's user
// data through the AWS CLI, each serves its own Name, measure {} reads their consoles, and the
// CI template finds the image by its digest.
func TestAmazonEBSBakesAndInstancesLaunch(t *testing.T) {
	t.Parallel() // its own EC2 box: see parallel.go
	box := startEC2Box(t)
	box.createLaunchTemplate(t, "web")
	var project string
	for _, v := range packerVersions {
		project = awsProject(t) // the last one outlives its subtest: its user data is launched
		t.Run("packer-"+v, func(t *testing.T) {
			p := newAWSPacker(t, v, box)
			out, err := p.run(t, project, "build", "-var", "ec2_endpoint="+box.Env["PARBAKE_EC2_ENDPOINT"],
				"-var", "ssm_endpoint="+box.Env["PARBAKE_EC2_ENDPOINT"], ".")
			if err != nil {
				t.Fatalf("packer build example/aws: %v", err)
			}
			for _, want := range []string{"parbake: cleaned the build's SSH key from /home/admin/.ssh/authorized_keys", "AMIs were created"} {
				if !strings.Contains(out, want) {
					t.Errorf("the build's output lacks %q", want)
				}
			}
			box.assertProvenAndHandedOff(t, project, out)
			box.assertNothingLeft(t)
		})
	}
	if t.Failed() {
		return
	}
	t.Logf("EC2 actions amazon-ebs called: %s", strings.Join(box.actionsBy(t, "packer-plugin-amazon"), ", "))

	ami := box.aws(t, "ec2", "describe-images", "--owners", "self", "--filters", "Name=tag-key,Values=parbake:digest",
		"--query", "sort_by(Images,&CreationDate)[-1].ImageId")
	digest := box.aws(t, "ec2", "describe-images", "--image-ids", ami, "--query", "Images[0].Tags[?Key=='parbake:digest']|[0].Value")
	if !strings.HasPrefix(digest, "sha256:") {
		t.Fatalf("AMI %s has parbake:digest %q", ami, digest)
	}
	// The bake's own key is gone from the image: cloud-init's line for it was removed.
	userData := filepath.Join(project, "build", "web.userdata")
	// Each instance is tagged at launch: a tag added afterwards may come after the boot read it.
	var ids []string
	names := map[string]string{}
	for i := 1; i <= 3; i++ {
		name := fmt.Sprintf("web%d.example.com", i)
		id := box.aws(t, "ec2", "run-instances", "--image-id", ami, "--instance-type", "t3.small",
			"--user-data", "file://"+userData, "--metadata-options", "HttpTokens=required,InstanceMetadataTags=enabled",
			"--tag-specifications", "ResourceType=instance,Tags=[{Key=Name,Value="+name+"}]", "--query", "Instances[0].InstanceId")
		ids, names[id] = append(ids, id), name
	}
	// With EC2's manners new instances are NotFound for a moment, as on AWS: wait until they exist.
	box.aws(t, append([]string{"ec2", "wait", "instance-exists", "--instance-ids"}, ids...)...)
	for _, id := range ids {
		line := box.waitConsole(t, id, 3*time.Minute)
		if !strings.Contains(line, "parbake-boot: ok") {
			t.Errorf("%s's console: %s", id, line)
		}
		ip := box.aws(t, "ec2", "describe-instances", "--instance-ids", id, "--query", "Reservations[0].Instances[0].PrivateIpAddress")
		if got := strings.TrimSpace(httpGet(t, "http://"+ip+"/whoami")); got != names[id] {
			t.Errorf("%s (%s) says it is %q, want %q", id, ip, got, names[id])
		}
	}

	// measure {} reads those three consoles; the CI template finds the image by digest.
	timingsBefore, _ := os.ReadFile(filepath.Join(project, "parbake-timings.json"))
	writeMeasureTemplate(t, project, box)
	p := newAWSPacker(t, packerVersions[len(packerVersions)-1], box)
	if out, err := p.run(t, filepath.Join(project, "measure"), "build", "."); err != nil {
		t.Fatalf("measure: %v\n%s", err, out)
	}
	timingsAfter, _ := os.ReadFile(filepath.Join(project, "parbake-timings.json"))
	if !strings.Contains(string(timingsAfter), `"site"`) || string(timingsAfter) == string(timingsBefore) {
		t.Errorf("measure {} did not add the consoles' boot durations to the timings:\n%s", timingsAfter)
	}
	out, err := p.run(t, filepath.Join(project, "ci"), "build", "-var", "ec2_endpoint="+box.Env["PARBAKE_EC2_ENDPOINT"],
		"-var", "out=needs-bake.txt", "-var", "plan_summary=plan.md", "-var", "plan_picture=plan.svg", ".")
	if err != nil {
		t.Fatalf("example/aws/ci: %v", err)
	}
	verdict, _ := os.ReadFile(filepath.Join(project, "ci", "needs-bake.txt"))
	if !strings.Contains(string(verdict), "needs_bake=false") || !strings.Contains(string(verdict), ami) {
		t.Errorf("needs-bake.txt says:\n%s\nwant needs_bake=false and %s (build output:\n%s)", verdict, ami, out)
	}
	box.aws(t, append([]string{"ec2", "terminate-instances", "--instance-ids"}, ids...)...)
}

// writeMeasureTemplate writes PROJECT/measure: a data source that learns from the instances of
// the newest web image, with a null build that uses it.
func writeMeasureTemplate(t *testing.T, project string, box *ec2Box) {
	t.Helper()
	dir := filepath.Join(project, "measure")
	must(t, os.MkdirAll(dir, 0o755))
	tmpl := fmt.Sprintf(`
data "parbake" "web" {
  recipe  = "${path.root}/../../recipes/web"
  role    = "web"
  timings = "${path.root}/../parbake-timings.json"
  image {
    filters     = { name = "web-*" }
    owners      = ["self"]
    most_recent = true
    region      = %q
    endpoint    = %q
  }
  measure {}
}
source "null" "m" { communicator = "none" }
build {
  sources = ["source.null.m"]
  provisioner "shell-local" { inline = ["echo steps left for boot: ${join(",", data.parbake.web.boot_steps)}"] }
}
`, box.Env["AWS_DEFAULT_REGION"], box.Env["PARBAKE_EC2_ENDPOINT"])
	must(t, os.WriteFile(filepath.Join(dir, "m.pkr.hcl"), []byte(tmpl), 0o644))
}

// writeEBSTemplate writes, beside recipe/ in dir, an amazon-ebs build from the box's source AMI
// that runs the recipe with the parbake provisioner, as admin through sudo; inBuild are more
// blocks for the build block (post-processors).
func writeEBSTemplate(t *testing.T, dir string, box *ec2Box, inBuild ...string) {
	t.Helper()
	tmpl := fmt.Sprintf(`
source "amazon-ebs" "t" {
  region                     = %q
  instance_type              = "t3.micro"
  ssh_username               = "admin"
  ami_name                   = "t-{{timestamp}}"
  source_ami                 = %q
  custom_endpoint_ec2        = %q
  skip_credential_validation = true
  skip_region_validation     = true
  skip_metadata_api_check    = true
}
build {
  sources = ["source.amazon-ebs.t"]
  provisioner "parbake" { recipe = "${path.root}/recipe" }
%s
}
`, box.Env["AWS_DEFAULT_REGION"], box.Env["PARBAKE_EC2_SOURCE_AMI"], box.Env["PARBAKE_EC2_ENDPOINT"], strings.Join(inBuild, "\n"))
	must(t, os.WriteFile(filepath.Join(dir, "t.pkr.hcl"), []byte(tmpl), 0o644))
}

// TestAmazonEBSFailedBakeCleansUp: a step fails on the amazon-ebs instance; the build fails
// naming it, and the instance, its key pair and its security group are all gone.
func TestAmazonEBSFailedBakeCleansUp(t *testing.T) {
	t.Parallel() // its own EC2 box: see parallel.go
	box := startEC2Box(t)
	dir := recipeProject(t, `
step "fails" {
  phase = "bake"
  run   = ["echo about to fail", "exit 3"]
}
`)
	writeEBSTemplate(t, dir, box)
	out, err := newAWSPacker(t, packerVersions[0], box).run(t, dir, "build", ".")
	if err == nil {
		t.Fatal("the build passed with a failing step")
	}
	for _, want := range []string{"step fails failed with exit code 3", "Terminating the source AWS instance"} {
		if !strings.Contains(out, want) {
			t.Errorf("the output lacks %q", want)
		}
	}
	box.assertNothingLeft(t)
	if images := box.aws(t, "ec2", "describe-images", "--owners", "self", "--query", "Images[].ImageId"); images != "" {
		t.Errorf("a failed build left images: %s", images)
	}
}

// TestAmazonEBSInterruptLeavesNothing presses Ctrl-C (SIGINT to Packer's process group) while a
// bake step runs on the amazon-ebs instance: amazon-ebs cleans up, and nothing is left running.
func TestAmazonEBSInterruptLeavesNothing(t *testing.T) {
	t.Parallel() // its own EC2 box: see parallel.go
	box := startEC2Box(t)
	dir := recipeProject(t, `
step "slow" {
  phase   = "bake"
  timeout = "10m"
  run     = ["echo slow-step-started", "sleep 4244"]
}
`)
	writeEBSTemplate(t, dir, box)
	pk := newAWSPacker(t, packerVersions[len(packerVersions)-1], box)
	cmd := exec.Command(pk.Bin, "build", ".")
	cmd.Dir, cmd.Env = dir, pk.env
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	var out syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	must(t, cmd.Start())
	deadline := time.Now().Add(3 * time.Minute)
	for !strings.Contains(out.String(), "slow-step-started") {
		if time.Now().After(deadline) {
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			t.Fatalf("the step never started:\n%s", out.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
	time.Sleep(time.Second)
	must(t, syscall.Kill(-cmd.Process.Pid, syscall.SIGINT))
	waited := make(chan error, 1)
	go func() { waited <- cmd.Wait() }()
	select {
	case <-waited:
	case <-time.After(2 * time.Minute):
		syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
		t.Fatalf("Packer did not stop after Ctrl-C:\n%s", out.String())
	}
	t.Logf("packer build, interrupted:\n%s", out.String())
	box.assertNothingLeft(t)
	if ps, _ := exec.Command("pgrep", "-f", "sleep 4244").Output(); len(ps) > 0 {
		t.Errorf("the step's process is still running: %s", ps)
	}
}

// syncBuffer collects a command's output while a test reads it.
type syncBuffer struct {
	mu  sync.Mutex
	buf strings.Builder
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// putParameter writes an SSM parameter into the box with the AWS CLI, from JSON so that any
// value arrives byte for byte.
func putParameter(t *testing.T, box *ec2Box, name, typ, value string) {
	t.Helper()
	input, _ := json.Marshal(map[string]any{"Name": name, "Type": typ, "Value": value, "Overwrite": true})
	cmd := exec.Command(awsCLI, "--endpoint-url", box.Env["PARBAKE_EC2_ENDPOINT"], "ssm", "put-parameter", "--cli-input-json", string(input))
	cmd.Env = box.env()
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("aws ssm put-parameter %s: %v\n%s", name, err, out)
	}
}

// startIMDSWithBoxRole starts a metadata mock whose instance role's credentials are the box's,
// so that the instance's AWS CLI reaches the box's SSM and S3. values are more of the mock's
// metadata values, as JSON members followed by a comma, or "".
func startIMDSWithBoxRole(t *testing.T, box *ec2Box, values string) string {
	t.Helper()
	return startIMDS(t, `{"metadata": {"values": {`+values+`
  "iam-security-credentials": {"Code": "Success", "LastUpdated": "2026-01-01T00:00:00Z", "Type": "AWS-HMAC",
    "AccessKeyId": "`+box.Env["AWS_ACCESS_KEY_ID"]+`", "SecretAccessKey": "`+box.Env["AWS_SECRET_ACCESS_KEY"]+`", "Token": "token", "Expiration": "2099-01-01T00:00:00Z"}}}}`)
}

// logUnfinishedConsoles logs the end of every console in the box (live or kept after
// termination) that shows no ok verdict, so that a failed test says where an instance stopped.
func (b *ec2Box) logUnfinishedConsoles(t *testing.T) {
	live, _ := filepath.Glob(filepath.Join(b.Dir, "instances", "*", "console.log"))
	kept, _ := filepath.Glob(filepath.Join(b.Dir, "consoles", "*"))
	shown := 0
	for _, path := range append(live, kept...) {
		data, err := os.ReadFile(path)
		// The last verdict counts: a warm part's ok is followed by the service part's.
		verdicts := regexp.MustCompile(`parbake-boot: [a-z]+`).FindAllString(string(data), -1)
		if err != nil || (len(verdicts) > 0 && verdicts[len(verdicts)-1] == "parbake-boot: ok") || shown == 6 {
			continue
		}
		shown++
		t.Logf("console %s without an ok verdict: the runner said\n%s\nand it ends:\n%s", path, runnerLines(string(data), 60), lastLines(string(data), 12))
	}
}
