package parbake

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/awsimage"
	"github.com/parbake/packer-plugin-parbake/test/ec2box"
)

// The test launch survives EC2's manners, each one on the box, from the client's side: the
// build passes, says what it waited for, and ends with its instance terminated and nothing else.
func TestTestLaunchSurvivesEC2Manners(t *testing.T) {
	passes := console("parbake-boot: ok digest=" + digest + " total=0.012s site:ba9876543210=0.012s")
	cases := []struct {
		name    string
		manners ec2box.Manners
		lose    int // RunInstances responses lost
		extra   map[string]interface{}
		says    []string
		types   []string // the instance types RunInstances was asked for, in order
	}{
		{name: "eventual consistency", manners: ec2box.Manners{Seed: 3, Invisible: 1500 * time.Millisecond},
			says: []string{"not visible yet (eventual consistency), retrying in"}},
		{name: "throttling", manners: ec2box.Manners{Throttle: 0.03}},
		{name: "a lost RunInstances response", lose: 1},
		{name: "capacity", manners: ec2box.Manners{NoCapacity: []string{"t3.micro", "t3a.micro"}},
			extra: map[string]interface{}{"instance_types": []interface{}{"t3.micro", "t3a.micro", "t3.small"}},
			says:  []string{"no capacity for t3.micro (InsufficientInstanceCapacity): trying t3a.micro", "no capacity for t3a.micro (InsufficientInstanceCapacity): trying t3.small"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := newBoxWith(t, passes, &c.manners)
			b.LoseRunInstancesResponses(c.lose)
			extra := map[string]interface{}{"boot_timeout": "30s", "retry_timeout": "1m"}
			for k, v := range c.extra {
				extra[k] = v
			}
			p := b.configure(t, "#!/bin/sh\n", extra)
			var buf bytes.Buffer
			ui := &packersdk.BasicUi{Reader: strings.NewReader(""), Writer: &buf, ErrorWriter: &buf}
			if _, _, _, err := p.PostProcess(context.Background(), ui, b.artifact()); err != nil {
				t.Fatalf("%v\n%s", err, buf.String())
			}
			for _, want := range c.says {
				if !strings.Contains(buf.String(), want) {
					t.Errorf("the output lacks %q:\n%s", want, buf.String())
				}
			}
			b.assertTerminated(t)
			var runs []string
			for _, call := range b.Calls() {
				if call.Action == "RunInstances" && call.Status == 0 {
					runs = append(runs, "lost")
				}
			}
			if len(runs) != c.lose {
				t.Errorf("%d RunInstances responses lost, want %d", len(runs), c.lose)
			}
			if c.manners.Throttle > 0 {
				throttled := 0
				for _, call := range b.Calls() {
					if call.Code == "RequestLimitExceeded" {
						throttled++
					}
				}
				if throttled == 0 {
					t.Error("the box never throttled: the case tests nothing")
				}
			}
		})
	}
}

// A Xen instance type is refused before anything is launched, naming a Nitro one.
func TestXenInstanceTypeIsRefused(t *testing.T) {
	for _, raw := range []map[string]interface{}{
		{"user_data_base64": "eA==", "instance_type": "t2.micro"},
		{"user_data_base64": "eA==", "instance_types": []interface{}{"t3.micro", "m4.large"}},
	} {
		err := new(PostProcessor).Configure(raw)
		if err == nil || !strings.Contains(err.Error(), "runs on Xen") || !strings.Contains(err.Error(), "such as t3.micro") && !strings.Contains(err.Error(), "such as m5.large") {
			t.Errorf("%v: %v", raw, err)
		}
	}
	if err := new(PostProcessor).Configure(map[string]interface{}{"user_data_base64": "eA==", "instance_type": "t3.micro", "instance_types": []interface{}{"t3.small"}}); err == nil {
		t.Error("instance_type and instance_types together were taken")
	}
}

// A test instance an interrupted build left running (older than twice its boot_timeout) is
// terminated by the next build of the same template, which says so; instances without parbake's
// tags, and those of other templates, are never touched.
func TestOrphanedTestInstancesAreReaped(t *testing.T) {
	b := newBox(t, console("parbake-boot: ok digest="+digest+" total=0.012s site:ba9876543210=0.012s"))
	ctx := context.Background()
	launch := func(tags map[string]string) string {
		in := &ec2.RunInstancesInput{ImageId: aws.String(b.image), MinCount: aws.Int32(1), MaxCount: aws.Int32(1), InstanceType: types.InstanceTypeT3Micro}
		spec := types.TagSpecification{ResourceType: types.ResourceTypeInstance}
		for k, v := range tags {
			spec.Tags = append(spec.Tags, types.Tag{Key: aws.String(k), Value: aws.String(v)})
		}
		in.TagSpecifications = []types.TagSpecification{spec}
		out, err := b.ec2.RunInstances(ctx, in)
		if err != nil {
			t.Fatal(err)
		}
		return aws.ToString(out.Instances[0].InstanceId)
	}
	orphan := launch(map[string]string{TagTest: b.image, awsimage.TagTestBuild: "0123abcd", awsimage.TagTestTemplate: "packer", awsimage.TagTestBootTimeout: "0"})
	recent := launch(map[string]string{TagTest: b.image, awsimage.TagTestBuild: "4567abcd", awsimage.TagTestTemplate: "packer", awsimage.TagTestBootTimeout: "3600"})
	other := launch(map[string]string{TagTest: b.image, awsimage.TagTestBuild: "89abcdef", awsimage.TagTestTemplate: "other", awsimage.TagTestBootTimeout: "0"})
	untagged := launch(map[string]string{"Name": "prod"})
	time.Sleep(10 * time.Millisecond)
	p := b.configure(t, "#!/bin/sh\n", nil)
	var buf bytes.Buffer
	ui := &packersdk.BasicUi{Reader: strings.NewReader(""), Writer: &buf, ErrorWriter: &buf}
	if _, _, _, err := p.PostProcess(ctx, ui, b.artifact()); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	if !strings.Contains(buf.String(), "terminated "+orphan+", a test instance build 0123abcd left running") {
		t.Errorf("the output does not say the orphan was terminated:\n%s", buf.String())
	}
	states := b.instances(t)
	for id, want := range map[string]types.InstanceStateName{orphan: types.InstanceStateNameTerminated, recent: types.InstanceStateNameRunning,
		other: types.InstanceStateNameRunning, untagged: types.InstanceStateNameRunning} {
		if got := states[id]; got != want && !(want == types.InstanceStateNameTerminated && got == types.InstanceStateNameShuttingDown) {
			t.Errorf("%s is %s, want %s", id, got, want)
		}
	}
}

// A NotFound for what the user named (a launch template that is not there) is not waited out:
// it fails at once, naming it, before anything is launched, even with eventual consistency on the
// box.
func TestUserNamedNotFoundFailsFast(t *testing.T) {
	b := newBoxWith(t, console("parbake-boot: ok digest="+digest+" total=0.012s site:ba9876543210=0.012s"), &ec2box.Manners{Seed: 1, Invisible: 200 * time.Millisecond})
	p := b.configure(t, "#!/bin/sh\n", map[string]interface{}{"boot_timeout": "30s", "launch_template": map[string]interface{}{"name": "nope"}})
	var buf bytes.Buffer
	ui := &packersdk.BasicUi{Reader: strings.NewReader(""), Writer: &buf, ErrorWriter: &buf}
	start := time.Now()
	_, _, _, err := p.PostProcess(context.Background(), ui, b.artifact())
	if err == nil || !strings.Contains(err.Error(), "InvalidLaunchTemplateName.NotFoundException") || !strings.Contains(err.Error(), "nope") || !errors.Is(err, ErrTarget) {
		t.Fatalf("a missing launch template: %v", err)
	}
	if in := b.instances(t); len(in) != 0 {
		t.Errorf("instances were launched before the missing template was found: %v", in)
	}
	if strings.Contains(buf.String(), "template nope not visible yet") || strings.Contains(buf.String(), "image ") && strings.Contains(buf.String(), "not visible yet") {
		t.Errorf("the user's NotFound was waited out:\n%s", buf.String())
	}
	if time.Since(start) > 20*time.Second {
		t.Errorf("failing took %s", time.Since(start))
	}
}

// A CreateLaunchTemplateVersion whose response is lost (the SDK retries it) makes one version,
// not two: the call carries a ClientToken, which the box honours as EC2 does.
func TestLostTemplateVersionResponseMakesOneVersion(t *testing.T) {
	b := newBox(t, console("parbake-boot: ok digest="+digest+" total=0.012s site:ba9876543210=0.012s"))
	b.launchTemplate(t, "web")
	b.LoseResponses("CreateLaunchTemplateVersion", 1)
	p := b.configure(t, "#!/bin/sh\n", map[string]interface{}{"launch_template": map[string]interface{}{"name": "web", "set_default": true}})
	var buf bytes.Buffer
	ui := &packersdk.BasicUi{Reader: strings.NewReader(""), Writer: &buf, ErrorWriter: &buf}
	if _, _, _, err := p.PostProcess(context.Background(), ui, b.artifact()); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	out, err := b.ec2.DescribeLaunchTemplates(context.Background(), &ec2.DescribeLaunchTemplatesInput{LaunchTemplateNames: []string{"web"}})
	if err != nil {
		t.Fatal(err)
	}
	if lt := out.LaunchTemplates[0]; aws.ToInt64(lt.LatestVersionNumber) != 2 || aws.ToInt64(lt.DefaultVersionNumber) != 2 {
		t.Errorf("latest version %d, default %d: want 2 and 2 (one version made)", aws.ToInt64(lt.LatestVersionNumber), aws.ToInt64(lt.DefaultVersionNumber))
	}
	lost := 0
	for _, c := range b.Calls() {
		if c.Action == "CreateLaunchTemplateVersion" && c.Status == 0 {
			lost++
		}
	}
	if lost != 1 {
		t.Errorf("%d responses lost: the case tests nothing", lost)
	}
}
