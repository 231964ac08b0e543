package parbake

import (
	"bytes"
	"context"
	"errors"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/autoscaling"
	astypes "github.com/aws/aws-sdk-go-v2/service/autoscaling/types"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
	packersdk "github.com/hashicorp/packer-plugin-sdk/packer"

	"github.com/parbake/packer-plugin-parbake/awsimage"
	"github.com/parbake/packer-plugin-parbake/test/ec2box"
)

// fleet is a box with a launch template "web" (version 1: the previous image) and groups on it
// behind a launching hook, whose instances complete the hook as parbake's runner does: CONTINUE
// when their console's verdict is ok, ABANDON when it failed.
type fleet struct {
	*box
	previous string // the image the groups run before the rollout
	template string // the launch template's id
}

// newFleet makes the fleet; bootFails says whether a machine's boot part fails, from its spec.
func newFleet(t *testing.T, bootFails func(ec2box.MachineSpec) bool) *fleet {
	t.Helper()
	say := func(spec ec2box.MachineSpec, since time.Duration) string {
		if bootFails(spec) {
			return console("parbake-boot: failed(1) digest="+digest+" total=0.020s role:0123456789ab=failed",
				"+ check 1: grep -qx web /etc/role", "::parbake:boot::check-failed 1 role 1 1 0.004")(spec, since)
		}
		return console("parbake-boot: ok digest="+digest+" total=0.012s site:ba9876543210=0.012s")(spec, since)
	}
	f := &fleet{box: newBox(t, say)}
	f.previous, _ = f.RegisterImage(ec2box.ImageSpec{Name: "web-previous", Created: time.Now().Add(-day)})
	ctx := context.Background()
	lt, err := f.ec2.CreateLaunchTemplate(ctx, &ec2.CreateLaunchTemplateInput{LaunchTemplateName: aws.String("web"),
		LaunchTemplateData: &types.RequestLaunchTemplateData{InstanceType: types.InstanceTypeT3Small, ImageId: aws.String(f.previous),
			MetadataOptions: &types.LaunchTemplateInstanceMetadataOptionsRequest{InstanceMetadataTags: types.LaunchTemplateInstanceMetadataTagsStateEnabled}}})
	if err != nil {
		t.Fatal(err)
	}
	f.template = aws.ToString(lt.LaunchTemplate.LaunchTemplateId)
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(1)
	go func() { defer wg.Done(); f.completeHooks(stop) }()
	t.Cleanup(func() { close(stop); wg.Wait() })
	return f
}

// group makes a group of size on version 1 of "web", behind a launching hook, tagged Role=web
// (which its instances read from their metadata; the test launch has no such tag), and waits
// until every instance is in service.
func (f *fleet) group(t *testing.T, name string, size int32) {
	t.Helper()
	ctx := context.Background()
	asg := f.asg()
	if _, err := asg.CreateAutoScalingGroup(ctx, &autoscaling.CreateAutoScalingGroupInput{AutoScalingGroupName: aws.String(name),
		MinSize: aws.Int32(size), MaxSize: aws.Int32(size + 1), DesiredCapacity: aws.Int32(size),
		LaunchTemplate: &astypes.LaunchTemplateSpecification{LaunchTemplateName: aws.String("web"), Version: aws.String("1")},
		Tags:           []astypes.Tag{{Key: aws.String("Role"), Value: aws.String("web"), PropagateAtLaunch: aws.Bool(true)}},
		LifecycleHookSpecificationList: []astypes.LifecycleHookSpecification{{LifecycleHookName: aws.String("launching"),
			LifecycleTransition: aws.String("autoscaling:EC2_INSTANCE_LAUNCHING"), HeartbeatTimeout: aws.Int32(60), DefaultResult: aws.String("ABANDON")}},
	}); err != nil {
		t.Fatal(err)
	}
	f.awaitInService(t, name, "1", int(size))
}

// awaitInService waits until the group has n instances of version in service.
func (f *fleet) awaitInService(t *testing.T, name, version string, n int) {
	t.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for {
		got := f.versions(t, name)
		if got[version] == n && len(got) == 1 {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("group %s: in service by version %v, want %d of version %s", name, got, n, version)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// versions counts a group's in-service instances by launch-template version.
func (f *fleet) versions(t *testing.T, name string) map[string]int {
	t.Helper()
	out, err := f.asg().DescribeAutoScalingGroups(context.Background(), &autoscaling.DescribeAutoScalingGroupsInput{AutoScalingGroupNames: []string{name}})
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, in := range out.AutoScalingGroups[0].Instances {
		if in.LifecycleState == astypes.LifecycleStateInService {
			got[aws.ToString(in.LaunchTemplate.Version)]++
		}
	}
	return got
}

// completeHooks plays parbake's runner on every instance waiting on its launching hook.
func (f *fleet) completeHooks(stop chan struct{}) {
	asg, ctx := f.asg(), context.Background()
	done := map[string]bool{}
	for {
		select {
		case <-stop:
			return
		case <-time.After(50 * time.Millisecond):
		}
		out, err := asg.DescribeAutoScalingInstances(ctx, &autoscaling.DescribeAutoScalingInstancesInput{})
		if err != nil {
			continue
		}
		for _, in := range out.AutoScalingInstances {
			id := aws.ToString(in.InstanceId)
			if aws.ToString(in.LifecycleState) != "Pending:Wait" || done[id] {
				continue
			}
			console, err := awsimage.ConsoleOutput(ctx, f.ec2, id)
			if err != nil || !strings.Contains(string(console), "parbake-boot: ") {
				continue
			}
			result := "CONTINUE"
			if strings.Contains(string(console), "parbake-boot: failed") {
				result = "ABANDON"
			}
			if _, err := asg.CompleteLifecycleAction(ctx, &autoscaling.CompleteLifecycleActionInput{AutoScalingGroupName: in.AutoScalingGroupName,
				LifecycleHookName: aws.String("launching"), InstanceId: aws.String(id), LifecycleActionResult: aws.String(result)}); err == nil {
				done[id] = true
			}
		}
	}
}

// rollout runs the post-processor with a rollout block to groups; it returns its error and output.
func (f *fleet) rollout(t *testing.T, ctx context.Context, rollout map[string]interface{}) (*Artifact, string, error) {
	t.Helper()
	p := f.configure(t, "#!/bin/sh\n", map[string]interface{}{"rollout": rollout, "autoscaling_endpoint": f.url, "poll_interval": "50ms",
		"launch_template": map[string]interface{}{"name": "web", "set_default": true}, "ssm_parameter": "/images/web/latest"})
	var buf bytes.Buffer
	ui := &packersdk.BasicUi{Reader: strings.NewReader(""), Writer: &buf, ErrorWriter: &buf}
	art, _, _, err := p.PostProcess(ctx, ui, f.artifact())
	a, _ := art.(*Artifact)
	return a, buf.String(), err
}

func (f *fleet) defaultVersion(t *testing.T) int64 {
	t.Helper()
	out, err := f.ec2.DescribeLaunchTemplates(context.Background(), &ec2.DescribeLaunchTemplatesInput{LaunchTemplateNames: []string{"web"}})
	if err != nil {
		t.Fatal(err)
	}
	return aws.ToInt64(out.LaunchTemplates[0].DefaultVersionNumber)
}

// A proven image reaches two groups through an instance refresh each: the build follows them,
// and only then makes the version the template's default and publishes the image.
func TestRolloutToGroups(t *testing.T) {
	f := newFleet(t, func(ec2box.MachineSpec) bool { return false })
	f.group(t, "web-a", 2)
	f.group(t, "web-b", 1)
	art, out, err := f.rollout(t, context.Background(), map[string]interface{}{"auto_scaling_groups": []interface{}{"web-a", "web-b"},
		"min_healthy_percentage": 50, "skip_matching": true, "auto_rollback": true, "timeout": "1m"})
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	f.awaitInService(t, "web-a", "2", 2)
	f.awaitInService(t, "web-b", "2", 1)
	if v := f.defaultVersion(t); v != 2 {
		t.Errorf("the template's default version is %d, want 2", v)
	}
	if p, _ := f.Parameter("/images/web/latest"); p.Value != f.image {
		t.Errorf("the SSM parameter is %q, want %s", p.Value, f.image)
	}
	if len(art.Rollouts) != 2 || art.Rollouts[0].Status != "Successful" || art.Rollouts[1].Status != "Successful" || art.Rollouts[0].RefreshID == "" {
		t.Errorf("the artifact's rollouts: %+v", art.Rollouts)
	}
	for _, line := range []string{"rollout web-a: instance refresh", "rollout web-a: Successful, 100% complete", "rollout web-b: every instance runs " + f.image,
		"default version 2, now that every group runs it"} {
		if !strings.Contains(out, line) {
			t.Errorf("the output lacks %q:\n%s", line, out)
		}
	}
}

// An image whose boot part passes the test launch but fails with the group's own tags fails its
// rollout: its instances ABANDON, the refresh rolls back, the group stays on the previous image,
// and the build names each failed instance with its console's verdict. Nothing is published.
func TestFailedRolloutRollsBack(t *testing.T) {
	// The new image's boot part fails where the Role tag is set: in the group, not in the test
	// launch. newImage is set before anything launches from it.
	var newImage string
	f := newFleet(t, func(spec ec2box.MachineSpec) bool {
		return spec.Metadata["ami-id"] == newImage && spec.Metadata["tags/instance/Role"] == "web"
	})
	newImage = f.image
	f.group(t, "web-a", 2)
	art, out, err := f.rollout(t, context.Background(), map[string]interface{}{"auto_scaling_groups": []interface{}{"web-a"},
		"min_healthy_percentage": 50, "auto_rollback": true, "timeout": "1m"})
	if !errors.Is(err, awsimage.ErrRolloutFailed) {
		t.Fatalf("error %v, want a failed rollout\n%s", err, out)
	}
	for _, want := range []string{"ended RollbackSuccessful", "parbake-boot: failed(1): check 1 of step role failed with exit code 1: grep -qx web /etc/role"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("the error lacks %q: %v", want, err)
		}
	}
	f.awaitInService(t, "web-a", "1", 2)
	if v := f.defaultVersion(t); v != 1 {
		t.Errorf("the template's default version is %d after a failed rollout, want 1", v)
	}
	if _, ok := f.Parameter("/images/web/latest"); ok {
		t.Error("an image whose rollout failed was published")
	}
	if art != nil {
		t.Errorf("a failed rollout returned an artifact: %+v", art)
	}
}

// Targets are checked before anything is launched: a missing group, a group on another
// template, and auto_rollback for a group on $Default are each named.
func TestRolloutTargetsAreCheckedFirst(t *testing.T) {
	f := newFleet(t, func(ec2box.MachineSpec) bool { return false })
	ctx := context.Background()
	if _, err := f.ec2.CreateLaunchTemplate(ctx, &ec2.CreateLaunchTemplateInput{LaunchTemplateName: aws.String("api"),
		LaunchTemplateData: &types.RequestLaunchTemplateData{ImageId: aws.String(f.previous)}}); err != nil {
		t.Fatal(err)
	}
	for name, spec := range map[string]*astypes.LaunchTemplateSpecification{
		"api":     {LaunchTemplateName: aws.String("api"), Version: aws.String("1")},
		"default": {LaunchTemplateName: aws.String("web"), Version: aws.String("$Default")},
	} {
		if _, err := f.asg().CreateAutoScalingGroup(ctx, &autoscaling.CreateAutoScalingGroupInput{AutoScalingGroupName: aws.String(name),
			MinSize: aws.Int32(0), MaxSize: aws.Int32(1), LaunchTemplate: spec}); err != nil {
			t.Fatal(err)
		}
	}
	_, out, err := f.rollout(t, ctx, map[string]interface{}{"auto_scaling_groups": []interface{}{"nope", "api"}})
	if !errors.Is(err, ErrTarget) || !errors.Is(err, awsimage.ErrWrongTemplate) || !strings.Contains(err.Error(), "group nope: no such Auto Scaling group") ||
		!strings.Contains(err.Error(), "group api launches from another launch template, api") {
		t.Errorf("missing and wrong groups: %v\n%s", err, out)
	}
	_, out, err = f.rollout(t, ctx, map[string]interface{}{"auto_scaling_groups": []interface{}{"default"}, "auto_rollback": true})
	if !errors.Is(err, ErrTarget) || !strings.Contains(err.Error(), "Auto Scaling group default uses version $Default") {
		t.Errorf("auto_rollback on $Default: %v\n%s", err, out)
	}
	if in := f.instances(t); len(in) != 0 {
		t.Errorf("instances were launched before the targets were checked: %v", in)
	}
}

// Ctrl-C during the rollout cancels the refresh it started, and the build fails.
func TestInterruptedRolloutCancelsTheRefresh(t *testing.T) {
	f := newFleet(t, func(ec2box.MachineSpec) bool { return false })
	f.group(t, "web-a", 2)
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go func() { // Ctrl-C once the refresh exists
		for {
			out, err := f.asg().DescribeInstanceRefreshes(context.Background(), &autoscaling.DescribeInstanceRefreshesInput{AutoScalingGroupName: aws.String("web-a")})
			if err == nil && len(out.InstanceRefreshes) > 0 {
				cancel()
				return
			}
			time.Sleep(10 * time.Millisecond)
		}
	}()
	_, out, err := f.rollout(t, ctx, map[string]interface{}{"auto_scaling_groups": []interface{}{"web-a"}, "min_healthy_percentage": 50})
	if !errors.Is(err, context.Canceled) {
		t.Fatalf("error %v, want context.Canceled\n%s", err, out)
	}
	refreshes, err := f.asg().DescribeInstanceRefreshes(context.Background(), &autoscaling.DescribeInstanceRefreshesInput{AutoScalingGroupName: aws.String("web-a")})
	if err != nil {
		t.Fatal(err)
	}
	if s := refreshes.InstanceRefreshes[0].Status; s != astypes.InstanceRefreshStatusCancelling && s != astypes.InstanceRefreshStatusCancelled {
		t.Errorf("the refresh is %s after Ctrl-C, want cancelled", s)
	}
	if !strings.Contains(out, "cancelled refresh") {
		t.Errorf("the output does not say the refresh was cancelled:\n%s", out)
	}
}

// An image whose plan has a warm pool (its parbake:warm-pool tag) is not rolled out to a group
// that cannot have one: a mixed-instances group is named before anything is launched.
func TestWarmPlanRefusesAMixedInstancesGroup(t *testing.T) {
	f := newFleet(t, func(ec2box.MachineSpec) bool { return false })
	ctx := context.Background()
	if _, err := f.ec2.CreateTags(ctx, &ec2.CreateTagsInput{Resources: []string{f.image},
		Tags: []types.Tag{{Key: aws.String(awsimage.TagWarmPool), Value: aws.String("Stopped")}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.asg().CreateAutoScalingGroup(ctx, &autoscaling.CreateAutoScalingGroupInput{AutoScalingGroupName: aws.String("mixed"),
		MinSize: aws.Int32(0), MaxSize: aws.Int32(1), MixedInstancesPolicy: &astypes.MixedInstancesPolicy{LaunchTemplate: &astypes.LaunchTemplate{
			LaunchTemplateSpecification: &astypes.LaunchTemplateSpecification{LaunchTemplateName: aws.String("web"), Version: aws.String("1")}}}}); err != nil {
		t.Fatal(err)
	}
	_, out, err := f.rollout(t, ctx, map[string]interface{}{"auto_scaling_groups": []interface{}{"mixed"}})
	if !errors.Is(err, ErrTarget) || !errors.Is(err, awsimage.ErrNoWarmPool) || !strings.Contains(err.Error(), "group mixed cannot have a warm pool") {
		t.Errorf("a warm plan to a mixed-instances group: %v\n%s", err, out)
	}
	if in := f.instances(t); len(in) != 0 {
		t.Errorf("instances were launched before the targets were checked: %v", in)
	}
}

// A warm plan handed off to a launch template that asks for Spot Instances is refused before
// anything launches: the version the hand-off makes would keep the request, and Auto Scaling
// gives such a group no warm pool.
func TestWarmPlanRefusesASpotTemplate(t *testing.T) {
	f := newFleet(t, func(ec2box.MachineSpec) bool { return false })
	ctx := context.Background()
	if _, err := f.ec2.CreateTags(ctx, &ec2.CreateTagsInput{Resources: []string{f.image},
		Tags: []types.Tag{{Key: aws.String(awsimage.TagWarmPool), Value: aws.String("Stopped")}}}); err != nil {
		t.Fatal(err)
	}
	if _, err := f.ec2.CreateLaunchTemplateVersion(ctx, &ec2.CreateLaunchTemplateVersionInput{LaunchTemplateName: aws.String("web"),
		LaunchTemplateData: &types.RequestLaunchTemplateData{InstanceType: types.InstanceTypeT3Small,
			InstanceMarketOptions: &types.LaunchTemplateInstanceMarketOptionsRequest{MarketType: types.MarketTypeSpot}}}); err != nil {
		t.Fatal(err)
	}
	p := f.configure(t, "#!/bin/sh\n", map[string]interface{}{"launch_template": map[string]interface{}{"name": "web"}})
	var buf bytes.Buffer
	_, _, _, err := p.PostProcess(ctx, &packersdk.BasicUi{Reader: strings.NewReader(""), Writer: &buf, ErrorWriter: &buf}, f.artifact())
	out := buf.String()
	if !errors.Is(err, ErrTarget) || !errors.Is(err, awsimage.ErrNoWarmPool) || !strings.Contains(err.Error(), "launch template web cannot have a warm pool") ||
		!strings.Contains(err.Error(), "Spot Instances") {
		t.Errorf("a warm plan to a Spot template: %v\n%s", err, out)
	}
	if in := f.instances(t); len(in) != 0 {
		t.Errorf("instances were launched before the targets were checked: %v", in)
	}
}
