package parbake

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/autoscaling"
	astypes "github.com/aws/aws-sdk-go-v2/service/autoscaling/types"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
	"github.com/aws/aws-sdk-go-v2/service/ssm"
	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/awsimage"
	"github.com/parbake/packer-plugin-parbake/test/ec2box"
)

// history is a hand-made past of the web recipe's images on the box: each kept alive by one
// thing, or by nothing, and two images the retirement must never touch.
type history struct {
	b         *box
	ids       map[string]string // label → image id
	snapshots map[string]string // label → snapshot id
}

const day = 24 * time.Hour

func newHistory(t *testing.T) *history {
	t.Helper()
	b := newBox(t, console("parbake-boot: ok digest="+digest+" total=0.012s site:ba9876543210=0.012s"))
	ctx := context.Background()
	own := map[string]string{awsimage.TagRecipe: "web", awsimage.TagRole: "web"}
	if _, err := b.ec2.CreateTags(ctx, &ec2.CreateTagsInput{Resources: []string{b.image},
		Tags: []types.Tag{{Key: aws.String(awsimage.TagRecipe), Value: aws.String("web")}, {Key: aws.String(awsimage.TagRole), Value: aws.String("web")}}}); err != nil {
		t.Fatal(err)
	}
	h := &history{b: b, ids: map[string]string{}, snapshots: map[string]string{}}
	now := time.Now()
	for _, img := range []struct {
		label    string
		age      time.Duration
		tags     map[string]string
		launched time.Duration // ago; 0: never
	}{
		{"newest", 1 * day, own, 0},        // kept: among the newest 2
		{"template", 40 * day, own, 0},     // the launch template's default
		{"group", 41 * day, own, 0},        // a group's version
		{"parameter", 42 * day, own, 0},    // an SSM parameter
		{"stopped", 43 * day, own, 0},      // a stopped instance
		{"recent", 44 * day, own, 2 * day}, // launched two days ago
		{"old", 45 * day, own, 0},          // deregistered, its snapshot deleted
		{"override", 46 * day, own, 0},     // a mixed-instances override's version
		{"aging", 25 * day, own, 0},        // deprecated and disabled
		{"young", 15 * day, own, 0},        // deprecated
		{"untagged", 90 * day, nil, 0},     // not parbake's
		{"other-role", 90 * day, map[string]string{awsimage.TagRecipe: "web", awsimage.TagRole: "api"}, 0},
	} {
		spec := ec2box.ImageSpec{Name: "web-" + img.label, Created: now.Add(-img.age), Tags: img.tags}
		if img.launched > 0 {
			spec.LastLaunched = now.Add(-img.launched)
		}
		h.ids[img.label], h.snapshots[img.label] = b.RegisterImage(spec)
	}
	// The template's default version has "template"; a version the group pins has "group".
	lt, err := b.ec2.CreateLaunchTemplate(ctx, &ec2.CreateLaunchTemplateInput{LaunchTemplateName: aws.String("web"),
		LaunchTemplateData: &types.RequestLaunchTemplateData{InstanceType: types.InstanceTypeT3Small, ImageId: aws.String(h.ids["group"])}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.ec2.CreateLaunchTemplateVersion(ctx, &ec2.CreateLaunchTemplateVersionInput{LaunchTemplateName: aws.String("web"),
		LaunchTemplateData: &types.RequestLaunchTemplateData{ImageId: aws.String(h.ids["template"])}}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.ec2.ModifyLaunchTemplate(ctx, &ec2.ModifyLaunchTemplateInput{LaunchTemplateName: aws.String("web"), DefaultVersion: aws.String("2")}); err != nil {
		t.Fatal(err)
	}
	// A third version, with this build's image, is the latest: version 1 is then used only by
	// the group.
	if _, err := b.ec2.CreateLaunchTemplateVersion(ctx, &ec2.CreateLaunchTemplateVersionInput{LaunchTemplateName: aws.String("web"),
		LaunchTemplateData: &types.RequestLaunchTemplateData{ImageId: aws.String(b.image)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.asg().CreateAutoScalingGroup(ctx, &autoscaling.CreateAutoScalingGroupInput{AutoScalingGroupName: aws.String("web-a"),
		MinSize: aws.Int32(0), MaxSize: aws.Int32(2), DesiredCapacity: aws.Int32(0),
		LaunchTemplate: &astypes.LaunchTemplateSpecification{LaunchTemplateId: lt.LaunchTemplate.LaunchTemplateId, Version: aws.String("1")}}); err != nil {
		t.Fatal(err)
	}
	// A mixed-instances group whose override uses version 1 of "web-mixed"; its version 2, the
	// default and latest, has this build's image.
	mixed, err := b.ec2.CreateLaunchTemplate(ctx, &ec2.CreateLaunchTemplateInput{LaunchTemplateName: aws.String("web-mixed"),
		LaunchTemplateData: &types.RequestLaunchTemplateData{InstanceType: types.InstanceTypeT3Small, ImageId: aws.String(h.ids["override"])}})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := b.ec2.CreateLaunchTemplateVersion(ctx, &ec2.CreateLaunchTemplateVersionInput{LaunchTemplateName: aws.String("web-mixed"),
		LaunchTemplateData: &types.RequestLaunchTemplateData{ImageId: aws.String(b.image)}}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.ec2.ModifyLaunchTemplate(ctx, &ec2.ModifyLaunchTemplateInput{LaunchTemplateName: aws.String("web-mixed"), DefaultVersion: aws.String("2")}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.asg().CreateAutoScalingGroup(ctx, &autoscaling.CreateAutoScalingGroupInput{AutoScalingGroupName: aws.String("web-m"),
		MinSize: aws.Int32(0), MaxSize: aws.Int32(2), DesiredCapacity: aws.Int32(0),
		MixedInstancesPolicy: &astypes.MixedInstancesPolicy{LaunchTemplate: &astypes.LaunchTemplate{
			LaunchTemplateSpecification: &astypes.LaunchTemplateSpecification{LaunchTemplateName: aws.String("web-mixed"), Version: aws.String("2")},
			Overrides: []astypes.LaunchTemplateOverrides{{InstanceType: aws.String("t3.small")}, {InstanceType: aws.String("t3.large"),
				LaunchTemplateSpecification: &astypes.LaunchTemplateSpecification{LaunchTemplateId: mixed.LaunchTemplate.LaunchTemplateId, Version: aws.String("1")}}}}},
	}); err != nil {
		t.Fatal(err)
	}
	if _, err := b.ssm().PutParameter(ctx, &ssm.PutParameterInput{Name: aws.String("/images/web/pinned"), Value: aws.String(h.ids["parameter"]),
		Type: "String", DataType: aws.String("aws:ec2:image")}); err != nil {
		t.Fatal(err)
	}
	run, err := b.ec2.RunInstances(ctx, &ec2.RunInstancesInput{ImageId: aws.String(h.ids["stopped"]), MinCount: aws.Int32(1), MaxCount: aws.Int32(1), InstanceType: types.InstanceTypeT3Micro})
	if err != nil {
		t.Fatal(err)
	}
	stopped := aws.ToString(run.Instances[0].InstanceId)
	if err := ec2.NewInstanceRunningWaiter(b.ec2, func(o *ec2.InstanceRunningWaiterOptions) { o.MinDelay, o.MaxDelay = 50*time.Millisecond, time.Second }).Wait(ctx, &ec2.DescribeInstancesInput{InstanceIds: []string{stopped}}, time.Minute); err != nil {
		t.Fatal(err)
	}
	if _, err := b.ec2.StopInstances(ctx, &ec2.StopInstancesInput{InstanceIds: []string{stopped}}); err != nil {
		t.Fatal(err)
	}
	if err := ec2.NewInstanceStoppedWaiter(b.ec2, func(o *ec2.InstanceStoppedWaiterOptions) { o.MinDelay, o.MaxDelay = 50*time.Millisecond, time.Second }).Wait(ctx, &ec2.DescribeInstancesInput{InstanceIds: []string{stopped}}, time.Minute); err != nil {
		t.Fatal(err)
	}
	// RunInstances set "stopped"'s last launch to now; the image is kept by its instance anyway.
	return h
}

// retire runs the post-processor with a retire block; it returns the output.
func (h *history) retire(t *testing.T, retire map[string]interface{}) string {
	t.Helper()
	p := h.b.configure(t, "#!/bin/sh\n", map[string]interface{}{"retire": retire, "autoscaling_endpoint": h.b.url})
	var buf bytes.Buffer
	ui := &packersdk.BasicUi{Reader: strings.NewReader(""), Writer: &buf, ErrorWriter: &buf}
	if _, _, _, err := p.PostProcess(context.Background(), ui, h.b.artifact()); err != nil {
		t.Fatalf("%v\n%s", err, buf.String())
	}
	return buf.String()
}

// states reads every image's state: "" for one that is gone, else available, disabled, with
// "+deprecated" when its deprecation time is set.
func (h *history) states() map[string]string {
	out := map[string]string{}
	for label, id := range h.ids {
		state, at, ok := h.b.ImageState(id)
		switch {
		case !ok:
			out[label] = ""
		case !at.IsZero():
			out[label] = state + "+deprecated"
		default:
			out[label] = state
		}
	}
	return out
}

var policy = map[string]interface{}{"keep": 2, "deprecate_after": "240h", "disable_after": "480h", "deregister_after": "720h"}

// The retirement keeps exactly what something uses or what the policy keeps, and takes the rest
// as far as its age says: the table says what was done and why.
func TestRetirementKeepsWhatIsInUse(t *testing.T) {
	h := newHistory(t)
	out := h.retire(t, policy)
	want := map[string]string{
		"newest": "available", "template": "available", "group": "available", "parameter": "available",
		"stopped": "available", "recent": "available", "old": "", "override": "available", "aging": "disabled+deprecated",
		"young": "available+deprecated", "untagged": "available", "other-role": "available",
	}
	got := h.states()
	for label, w := range want {
		if got[label] != w {
			t.Errorf("%s is %q, want %q", label, got[label], w)
		}
	}
	if snaps := h.b.snapshotsOf(t); slices.Contains(snaps, h.snapshots["old"]) || !slices.Contains(snaps, h.snapshots["aging"]) {
		t.Errorf("snapshots %v: want %s deleted and %s kept", snaps, h.snapshots["old"], h.snapshots["aging"])
	}
	for _, line := range []string{
		"launch template web ($Default, version 2)", "Auto Scaling group web-a", "Auto Scaling group web-m", "SSM parameter /images/web/pinned",
		"(stopped)", "launched 2d ago, within 30d", "among the newest 2",
		"deregistered, snapshots " + h.snapshots["old"] + " deleted", "deprecated, disabled", "unused, older than deprecate_after (10d)",
	} {
		if !strings.Contains(out, line) {
			t.Errorf("the table lacks %q:\n%s", line, out)
		}
	}
	for _, label := range []string{"untagged", "other-role"} {
		if strings.Contains(out, h.ids[label]) {
			t.Errorf("the table shows %s, which is not this recipe and role's:\n%s", label, out)
		}
	}
	// A second run changes nothing more: what was done is not done again.
	again := h.retire(t, policy)
	if strings.Contains(again, "deprecated, disabled") || strings.Contains(again, "deregistered") {
		t.Errorf("a second retirement acted again:\n%s", again)
	}
}

// dry_run changes nothing and prints the same table, saying what would be done.
func TestRetirementDryRun(t *testing.T) {
	h := newHistory(t)
	before := h.states()
	dry := map[string]interface{}{"dry_run": true}
	for k, v := range policy {
		dry[k] = v
	}
	out := h.retire(t, dry)
	if after := h.states(); !maps.Equal(before, after) {
		t.Errorf("a dry run changed images: %v, then %v", before, after)
	}
	for _, line := range []string{"dry_run: nothing was changed", "would be deregistered", "would be deprecated, disabled"} {
		if !strings.Contains(out, line) {
			t.Errorf("the dry run's table lacks %q:\n%s", line, out)
		}
	}
	for _, c := range h.b.Calls() {
		switch c.Action {
		case "DeregisterImage", "DisableImage", "EnableImageDeprecation", "DeleteSnapshot":
			t.Errorf("a dry run called %s", c.Action)
		}
	}
}

// A lookup that fails retires nothing, whichever it is, and says which it was; through the
// post-processor, the build says so and still hands the proven image on.
func TestRetirementFailsClosed(t *testing.T) {
	pol, err := (&RetireConfig{Keep: aws.Int(2), DeprecateAfter: "240h", DisableAfter: "480h", DeregisterAfter: "720h"}).prepareForTest()
	if err != nil {
		t.Fatal(err)
	}
	for _, action := range []string{"DescribeImages", "DescribeLaunchTemplates", "DescribeLaunchTemplateVersions", "DescribeAutoScalingGroups",
		"DescribeParameters", "GetParameters", "DescribeInstances", "DescribeImageAttribute"} {
		t.Run(action, func(t *testing.T) {
			h := newHistory(t)
			before := h.states()
			h.b.Refuse(action, "AccessDenied")
			_, err := awsimage.Retire(context.Background(), h.b.session(), pol, "web", "web", []string{h.b.image}, time.Now())
			var lookup *awsimage.LookupError
			if !errors.As(err, &lookup) || !strings.Contains(err.Error(), action) || !strings.Contains(err.Error(), "nothing was retired") {
				t.Errorf("with %s refused: %v", action, err)
			}
			if after := h.states(); !maps.Equal(before, after) {
				t.Errorf("images changed although %s failed: %v, then %v", action, before, after)
			}
		})
	}
	t.Run("through the post-processor", func(t *testing.T) {
		h := newHistory(t)
		before := h.states()
		h.b.Refuse("DescribeParameters", "AccessDenied")
		out := h.retire(t, policy)
		if after := h.states(); !maps.Equal(before, after) {
			t.Errorf("images changed: %v, then %v", before, after)
		}
		if !strings.Contains(out, "(DescribeParameters)") || !strings.Contains(out, "nothing was retired") {
			t.Errorf("the output does not name the failed lookup:\n%s", out)
		}
	})
}

// prepareForTest is prepare with its problems as one error.
func (r *RetireConfig) prepareForTest() (awsimage.RetirePolicy, error) {
	var errs []error
	p := r.prepare(func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) })
	return *p, errors.Join(errs...)
}

// A retirement needs the image's recipe and role tags; without them the build fails before the
// test launch, naming them.
func TestRetirementNeedsTheRecipeTags(t *testing.T) {
	b := newBox(t, console("parbake-boot: ok digest="+digest+" total=0.012s site:ba9876543210=0.012s"))
	p := b.configure(t, "#!/bin/sh\n", map[string]interface{}{"retire": map[string]interface{}{"keep": 2}})
	_, _, _, err := p.PostProcess(context.Background(), packersdk.TestUi(t), b.artifact())
	if err == nil || !strings.Contains(err.Error(), "has no parbake:recipe and parbake:role tags") {
		t.Fatalf("an image without the recipe tags: %v", err)
	}
	if in := b.instances(t); len(in) != 0 {
		t.Errorf("a test instance was launched: %v", in)
	}
}
