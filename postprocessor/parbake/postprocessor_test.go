package parbake

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/autoscaling"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/awsimage"
	"github.com/parbake/packer-plugin-parbake/test/ec2box"
	"github.com/parbake/packer-plugin-parbake/timings"
)

// Every mistake in the configuration is reported at once, naming the field.
func TestConfigValidation(t *testing.T) {
	cases := []struct {
		name string
		raw  map[string]interface{}
		want []string
	}{
		{"fine", map[string]interface{}{"user_data_base64": "eA=="}, nil},
		{"no user data", map[string]interface{}{}, []string{"exactly one of user_data_base64"}},
		{"both user data", map[string]interface{}{"user_data_base64": "eA==", "user_data_file": "x"}, []string{"exactly one of user_data_base64"}},
		{"many mistakes", map[string]interface{}{
			"user_data_file": "x", "on_failure": "shrug", "boot_timeout": "soon", "poll_interval": "-1s",
			"endpoint": "ftp://x", "ssm_endpoint": "nope", "ssm_parameter": "/images/web latest", "retry_timeout": "0s",
			"launch_template": map[string]interface{}{"name": "web", "id": "lt-1"},
			"tags":            map[string]interface{}{"parbake:test": "x"},
		}, []string{
			`on_failure: "shrug" is not one of "deregister" or "keep"`, `boot_timeout: "soon"`, `poll_interval: "-1s"`,
			`endpoint: "ftp://x"`, `ssm_endpoint: "nope"`, `retry_timeout: "0s"`, `ssm_parameter: "/images/web latest"`,
			"launch_template: give exactly one of name and id", "tags: parbake:test is the post-processor's own tag",
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			err := new(PostProcessor).Configure(c.raw)
			if (err == nil) != (len(c.want) == 0) {
				t.Fatalf("error %v, want %v", err, c.want)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error %q lacks %q", err, w)
				}
			}
		})
	}
}

// box is an EC2 box whose instances run nothing and print what say says, reached through the
// real SDK.
type box struct {
	*ec2box.Box
	paper *ec2box.PaperMachines
	url   string
	ec2   *ec2.Client
	image string
}

const region = "eu-west-1"

func newBox(t *testing.T, say func(spec ec2box.MachineSpec, since time.Duration) string) *box {
	return newBoxWith(t, say, nil)
}

// newBoxWith is newBox with EC2's manners (nil: none).
func newBoxWith(t *testing.T, say func(spec ec2box.MachineSpec, since time.Duration) string, manners *ec2box.Manners) *box {
	t.Helper()
	paper := &ec2box.PaperMachines{Say: say}
	b := ec2box.New(ec2box.Config{Region: region, AccountID: "123456789012", AccessKey: "AKIDPP", SecretKey: "pp-secret", Machines: paper,
		LayerDir: t.TempDir(), Manners: manners})
	srv := httptest.NewServer(b)
	// Close stops the box's Auto Scaling loop, which a test that made a group started.
	t.Cleanup(func() { srv.Close(); b.Close() })
	t.Setenv("AWS_ACCESS_KEY_ID", "AKIDPP")
	t.Setenv("AWS_SECRET_ACCESS_KEY", "pp-secret")
	t.Setenv("AWS_CONFIG_FILE", "/nonexistent")
	t.Setenv("AWS_SHARED_CREDENTIALS_FILE", "/nonexistent")
	t.Setenv("AWS_EC2_METADATA_DISABLED", "true")
	client, err := awsimage.NewClient(context.Background(), awsimage.ClientConfig{Region: region, Endpoint: srv.URL})
	if err != nil {
		t.Fatal(err)
	}
	layer := t.TempDir()
	image := b.RegisterSource("web-20261203", "123456789012", []string{layer})
	return &box{Box: b, paper: paper, url: srv.URL, ec2: client, image: image}
}

// configure makes a post-processor for the box with the given settings on top of the usual.
func (b *box) configure(t *testing.T, userData string, extra map[string]interface{}) *PostProcessor {
	t.Helper()
	raw := map[string]interface{}{"user_data_base64": base64.StdEncoding.EncodeToString([]byte(userData)),
		"region": region, "endpoint": b.url, "ssm_endpoint": b.url, "poll_interval": "50ms", "boot_timeout": "5s",
		"tags": map[string]interface{}{"Name": "test.example.com"}}
	for k, v := range extra {
		raw[k] = v
	}
	p := new(PostProcessor)
	if err := p.Configure(raw); err != nil {
		t.Fatal(err)
	}
	return p
}

// session is the clients the post-processor makes, at the box.
func (b *box) session() *awsimage.Session {
	s, err := awsimage.NewSession(context.Background(), awsimage.ClientConfig{Region: region, Endpoint: b.url},
		awsimage.Endpoints{SSM: b.url, AutoScaling: b.url})
	if err != nil {
		panic(err)
	}
	return s
}

func (b *box) asg() *autoscaling.Client { return b.session().AutoScaling }
func (b *box) ssm() *ssm.Client         { return b.session().SSM }

// launchTemplate makes a launch template of the box's image, as a user's set-up does once.
func (b *box) launchTemplate(t *testing.T, name string) string {
	t.Helper()
	out, err := b.ec2.CreateLaunchTemplate(context.Background(), &ec2.CreateLaunchTemplateInput{LaunchTemplateName: aws.String(name),
		LaunchTemplateData: &types.RequestLaunchTemplateData{InstanceType: types.InstanceTypeT3Small, ImageId: aws.String(b.image)}})
	if err != nil {
		t.Fatal(err)
	}
	return aws.ToString(out.LaunchTemplate.LaunchTemplateId)
}

func (b *box) artifact() *packersdk.MockArtifact {
	return &packersdk.MockArtifact{BuilderIdValue: "mitchellh.amazonebs", IdValue: region + ":" + b.image}
}

// instances lists every instance the box has had, with its state.
func (b *box) instances(t *testing.T) map[string]types.InstanceStateName {
	t.Helper()
	out, err := b.ec2.DescribeInstances(context.Background(), &ec2.DescribeInstancesInput{})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]types.InstanceStateName{}
	for _, r := range out.Reservations {
		for _, i := range r.Instances {
			got[aws.ToString(i.InstanceId)] = i.State.Name
		}
	}
	return got
}

// assertTerminated fails unless exactly one test instance was launched and it is gone.
func (b *box) assertTerminated(t *testing.T) {
	t.Helper()
	inst := b.instances(t)
	if len(inst) != 1 {
		t.Fatalf("instances %v, want one", inst)
	}
	for id, st := range inst {
		if st != types.InstanceStateNameTerminated {
			t.Errorf("test instance %s is %s, not terminated", id, st)
		}
		if r := b.paper.Removed(); len(r) != 1 || r[0] != id {
			t.Errorf("machines removed %v, want [%s]", r, id)
		}
	}
}

func (b *box) imageExists(t *testing.T) bool {
	t.Helper()
	out, err := b.ec2.DescribeImages(context.Background(), &ec2.DescribeImagesInput{Owners: []string{"self"}})
	if err != nil {
		t.Fatal(err)
	}
	for _, img := range out.Images {
		if aws.ToString(img.ImageId) == b.image {
			return true
		}
	}
	return false
}

const digest = "sha256:02527272471c6c910cfdadabb3bae581cad8cdf04a2925eef52c1eebf1c368c3"

// console is what a boot runner prints, once the machine has run for a moment.
func console(summary string, lines ...string) func(ec2box.MachineSpec, time.Duration) string {
	return func(spec ec2box.MachineSpec, since time.Duration) string {
		if since < 100*time.Millisecond {
			return "[    0.000000] Linux version 6.12\n"
		}
		return "[    0.000000] Linux version 6.12\n" + strings.Join(lines, "\n") + "\n" + summary + "\n"
	}
}

// A passed test launch shows each step and check, learns the boot's durations, terminates the
// instance, and hands the AMI to the launch template (a new default version with the AMI and
// the user data, from the latest) and the SSM parameter. The user data reaches the instance
// byte for byte.
func TestPassedTestLaunchHandsOff(t *testing.T) {
	var gotUserData []byte
	b := newBox(t, func(spec ec2box.MachineSpec, since time.Duration) string {
		gotUserData = spec.UserData
		return console("parbake-boot: ok digest="+digest+" total=0.062s site:ba9876543210=0.050s motd:0123456789ab=0.012s",
			"+ check 1: curl -fsS http://127.0.0.1:${var.http_port}/whoami", "test.example.com",
			"::parbake:boot::check-ok 1 site 1 0 0.011")(spec, since)
	})
	ctx := context.Background()
	b.launchTemplate(t, "web")
	dir := t.TempDir()
	userData := "#!/bin/sh\necho the boot part\n"
	tf := filepath.Join(dir, "timings.json")
	p := b.configure(t, userData, map[string]interface{}{"timings": tf, "console_output": filepath.Join(dir, "console.log"),
		"launch_template": map[string]interface{}{"name": "web", "set_default": true}, "ssm_parameter": "/images/web/latest"})
	var buf bytes.Buffer
	ui := &packersdk.BasicUi{Reader: strings.NewReader(""), Writer: &buf, ErrorWriter: &buf}
	art, keep, force, err := p.PostProcess(ctx, ui, b.artifact())
	if err != nil {
		t.Fatal(err)
	}
	if !keep || !force {
		t.Errorf("keep %v, force %v: the AMIs must outlive the post-processor", keep, force)
	}
	b.assertTerminated(t)
	if string(gotUserData) != userData {
		t.Errorf("the instance got user data %q", gotUserData)
	}
	out := buf.String()
	for _, w := range []string{"boot part ok", "site", "1: curl -fsS http://127.0.0.1:${var.http_port}/whoami", "motd", "terminated i-", "default version 2"} {
		if !strings.Contains(out, w) {
			t.Errorf("output lacks %q:\n%s", w, out)
		}
	}
	// The hand-off, as an EC2 client sees it.
	v, err := b.ec2.DescribeLaunchTemplateVersions(ctx, &ec2.DescribeLaunchTemplateVersionsInput{LaunchTemplateName: aws.String("web"), Versions: []string{"$Default"}})
	if err != nil || len(v.LaunchTemplateVersions) != 1 {
		t.Fatalf("default version: %v %v", v, err)
	}
	d := v.LaunchTemplateVersions[0].LaunchTemplateData
	if aws.ToString(d.ImageId) != b.image || aws.ToString(d.UserData) != base64.StdEncoding.EncodeToString([]byte(userData)) || d.InstanceType != types.InstanceTypeT3Small {
		t.Errorf("version 2's data: image %s, user data %s, type %s", aws.ToString(d.ImageId), aws.ToString(d.UserData), d.InstanceType)
	}
	if prm, ok := b.Parameter("/images/web/latest"); !ok || prm.Value != b.image || prm.DataType != "aws:ec2:image" {
		t.Errorf("SSM parameter %+v, %v", prm, ok)
	}
	// The artifact carries the verdict and the version.
	if art.Id() != region+":"+b.image || art.State("parbake.launch_template_version") != int64(2) {
		t.Errorf("artifact %s, version %v", art.Id(), art.State("parbake.launch_template_version"))
	}
	var tests []Test
	if err := json.Unmarshal([]byte(art.State("parbake.tests").(string)), &tests); err != nil || len(tests) != 1 || !tests[0].Outcome.OK || len(tests[0].Outcome.Checks) != 1 {
		t.Errorf("parbake.tests: %v %+v", err, tests)
	}
	// The timings file learned the boot.
	tm, err := timings.Load(tf)
	if err != nil {
		t.Fatal(err)
	}
	if _, boot := tm.Lookup("site", "ba9876543210"); boot.N != 1 {
		t.Errorf("timings: site has %d boot samples", boot.N)
	}
	if c, err := os.ReadFile(filepath.Join(dir, "console.log")); err != nil || !strings.Contains(string(c), "parbake-boot: ok") {
		t.Errorf("console_output: %v", err)
	}
}

// A test launch that does not pass fails the build naming what failed, always terminates its
// instance, and deals with the AMI as on_failure says; nothing is handed on.
func TestFailedTestLaunch(t *testing.T) {
	failing := console("parbake-boot: failed(7) digest="+digest+" total=0.020s site:ba9876543210=failed",
		"+ check 1: curl -fsS http://127.0.0.1:${var.http_port}/whoami", "curl: (7) Failed to connect",
		"::parbake:boot::check-failed 1 site 1 7 0.004",
		"parbake: check 1 of step site failed with exit code 7: curl -fsS http://127.0.0.1:${var.http_port}/whoami")
	silent := func(ec2box.MachineSpec, time.Duration) string { return "[    0.000000] Linux version 6.12\n" }
	cases := []struct {
		name      string
		say       func(ec2box.MachineSpec, time.Duration) string
		onFailure string
		cancel    bool
		want      error
		wantText  string
	}{
		{"check fails, deregister", failing, "", false, ErrTestFailed, "check 1 of step site failed with exit code 7: curl -fsS http://127.0.0.1:${var.http_port}/whoami"},
		{"check fails, keep", failing, "keep", false, ErrTestFailed, "curl: (7) Failed to connect"},
		{"timeout", silent, "deregister", false, awsimage.ErrBootTimeout, "Linux version 6.12"},
		{"interrupted", silent, "keep", true, context.Canceled, ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := newBox(t, c.say)
			b.launchTemplate(t, "web")
			snapshots := b.snapshotsOf(t)
			extra := map[string]interface{}{"boot_timeout": "1s", "ssm_parameter": "/images/web/latest",
				"launch_template": map[string]interface{}{"name": "web"}}
			if c.onFailure != "" {
				extra["on_failure"] = c.onFailure
			}
			p := b.configure(t, "#!/bin/sh\n", extra)
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			if c.cancel {
				go func() { // Ctrl-C once the instance exists
					for len(b.instances(t)) == 0 {
						time.Sleep(20 * time.Millisecond)
					}
					cancel()
				}()
			}
			_, _, _, err := p.PostProcess(ctx, packersdk.TestUi(t), b.artifact())
			if !errors.Is(err, c.want) || !strings.Contains(err.Error(), c.wantText) {
				t.Fatalf("error %v, want %v with %q", err, c.want, c.wantText)
			}
			b.assertTerminated(t)
			if _, ok := b.Parameter("/images/web/latest"); ok {
				t.Error("a failed image was published")
			}
			kept := c.onFailure == "keep"
			if b.imageExists(t) != kept {
				t.Errorf("image exists %v, want %v", !kept, kept)
			}
			if left := b.snapshotsOf(t); kept != (len(left) == len(snapshots)) || (!kept && len(left) != 0) {
				t.Errorf("snapshots before %v, after %v", snapshots, left)
			}
			if kept {
				out, err := b.ec2.DescribeImages(context.Background(), &ec2.DescribeImagesInput{ImageIds: []string{b.image}})
				if err != nil || len(out.Images) != 1 || !hasTag(out.Images[0].Tags, TagTest, "failed") {
					t.Errorf("the kept image is not tagged %s = failed: %v", TagTest, err)
				}
			}
		})
	}
}

func (b *box) snapshotsOf(t *testing.T) []string {
	t.Helper()
	out, err := b.ec2.DescribeSnapshots(context.Background(), &ec2.DescribeSnapshotsInput{OwnerIds: []string{"self"}})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, s := range out.Snapshots {
		ids = append(ids, aws.ToString(s.SnapshotId))
	}
	return ids
}

func hasTag(tags []types.Tag, k, v string) bool {
	for _, tg := range tags {
		if aws.ToString(tg.Key) == k && aws.ToString(tg.Value) == v {
			return true
		}
	}
	return false
}

// A region the artifact has no AMI in is refused before anything is launched.
func TestRegionWithoutAnAMI(t *testing.T) {
	b := newBox(t, nil)
	p := b.configure(t, "#!/bin/sh\n", map[string]interface{}{"region": "us-east-1"})
	_, _, _, err := p.PostProcess(context.Background(), packersdk.TestUi(t), b.artifact())
	if err == nil || !strings.Contains(err.Error(), "region: the artifact has no AMI in us-east-1") {
		t.Fatalf("error %v", err)
	}
	if n := len(b.instances(t)); n != 0 {
		t.Errorf("%d instances launched", n)
	}
}
