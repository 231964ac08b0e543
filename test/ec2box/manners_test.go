package ec2box

import (
	"context"
	"encoding/base64"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/ec2"
	"github.com/aws/aws-sdk-go-v2/service/ec2/types"
)

func newMannersFixture(t *testing.T, m Manners) *fixture {
	t.Helper()
	fm := newFakeMachines()
	b := New(Config{Region: "eu-west-1", AccessKey: "AKIDBOX", SecretKey: "box-secret", Machines: fm, LayerDir: t.TempDir(), Manners: &m})
	srv := httptest.NewServer(b)
	t.Cleanup(func() { srv.Close(); b.Close() })
	f := &fixture{box: b, machines: fm, url: srv.URL}
	f.ec2 = f.client("AKIDBOX", "box-secret")
	f.source = b.RegisterSource("debian-13-amd64-20261201-2000", DebianOwner, []string{"/base"})
	return f
}

func (f *fixture) run(t *testing.T, in *ec2.RunInstancesInput) (*ec2.RunInstancesOutput, error) {
	t.Helper()
	if in.ImageId == nil {
		in.ImageId = &f.source
	}
	in.MinCount, in.MaxCount = aws.Int32(1), aws.Int32(1)
	return f.ec2.RunInstances(context.Background(), in)
}

// A new instance is NotFound to the calls that name it, and missing from lists, for its window;
// the same seed gives the same windows.
func TestMannersEventualConsistency(t *testing.T) {
	f := newMannersFixture(t, Manners{Seed: 7, Invisible: time.Hour})
	out, err := f.run(t, &ec2.RunInstancesInput{InstanceType: types.InstanceTypeT3Small})
	if err != nil {
		t.Fatal(err)
	}
	id := aws.ToString(out.Instances[0].InstanceId)
	ctx := context.Background()
	if _, err := f.ec2.DescribeInstances(ctx, &ec2.DescribeInstancesInput{InstanceIds: []string{id}}); apiCode(err) != "InvalidInstanceID.NotFound" {
		t.Errorf("DescribeInstances right after the launch: %v", err)
	}
	if _, err := f.ec2.GetConsoleOutput(ctx, &ec2.GetConsoleOutputInput{InstanceId: &id}); apiCode(err) != "InvalidInstanceID.NotFound" {
		t.Errorf("GetConsoleOutput right after the launch: %v", err)
	}
	if _, err := f.ec2.CreateTags(ctx, &ec2.CreateTagsInput{Resources: []string{id}, Tags: []types.Tag{{Key: aws.String("k"), Value: aws.String("v")}}}); apiCode(err) != "InvalidInstanceID.NotFound" {
		t.Errorf("CreateTags right after the launch: %v", err)
	}
	all, err := f.ec2.DescribeInstances(ctx, &ec2.DescribeInstancesInput{})
	if err != nil || len(all.Reservations) != 0 {
		t.Errorf("an unfiltered DescribeInstances lists the new instance: %+v, %v", all, err)
	}
	a, b := newManners(Manners{Seed: 42, Invisible: time.Second}), newManners(Manners{Seed: 42, Invisible: time.Second})
	now := time.Now()
	for _, id := range []string{"i-1", "i-2", "i-3"} {
		a.born(id, now)
		b.born(id, now)
		if a.visible[id] != b.visible[id] {
			t.Errorf("seed 42 gave %s two windows", id)
		}
	}
	if a.hidden("i-1", now.Add(time.Second)) {
		t.Error("i-1 is still hidden after the longest window")
	}
}

// EC2's request buckets, scaled: the non-mutating one holds 100 × 0.1 requests.
func TestMannersThrottling(t *testing.T) {
	f := newMannersFixture(t, Manners{Throttle: 0.1})
	ctx := context.Background()
	var throttled int
	for i := 0; i < 15; i++ {
		_, err := f.ec2.DescribeImages(ctx, &ec2.DescribeImagesInput{})
		switch code := apiCode(err); code {
		case "":
		case "RequestLimitExceeded":
			throttled++
		default:
			t.Fatalf("DescribeImages: %v", err)
		}
	}
	if throttled < 4 || throttled > 6 {
		t.Errorf("%d of 15 quick DescribeImages were throttled, want about 5 (a bucket of 10, 2 a second)", throttled)
	}
	if _, err := f.ec2.CreateTags(ctx, &ec2.CreateTagsInput{Resources: []string{f.source}, Tags: []types.Tag{{Key: aws.String("k"), Value: aws.String("v")}}}); err != nil {
		t.Errorf("a mutating call drew on the non-mutating bucket: %v", err)
	}
}

// A ClientToken makes RunInstances idempotent: a retry after a lost response returns the same
// instance, and other parameters with the same token are refused.
func TestMannersClientToken(t *testing.T) {
	f := newMannersFixture(t, Manners{})
	f.box.LoseRunInstancesResponses(1)
	in := &ec2.RunInstancesInput{InstanceType: types.InstanceTypeT3Small, ClientToken: aws.String("build-1-ami-1-attempt-1")}
	if _, err := f.run(t, in); err == nil {
		t.Fatal("the lost response arrived")
	}
	out, err := f.run(t, in)
	if err != nil {
		t.Fatal(err)
	}
	again, err := f.run(t, in)
	if err != nil || aws.ToString(again.Instances[0].InstanceId) != aws.ToString(out.Instances[0].InstanceId) {
		t.Errorf("the same token gave %v (%v), want %s", again, err, aws.ToString(out.Instances[0].InstanceId))
	}
	all, _ := f.ec2.DescribeInstances(context.Background(), &ec2.DescribeInstancesInput{})
	if n := len(all.Reservations); n != 1 || len(all.Reservations[0].Instances) != 1 {
		t.Errorf("three calls with one token launched %d reservations", n)
	}
	other := &ec2.RunInstancesInput{InstanceType: types.InstanceTypeT3Micro, ClientToken: in.ClientToken}
	if _, err := f.run(t, other); apiCode(err) != "IdempotentParameterMismatch" {
		t.Errorf("the token with other parameters: %v", err)
	}
}

func TestMannersCapacity(t *testing.T) {
	f := newMannersFixture(t, Manners{NoCapacity: []string{"t3.small"}})
	if _, err := f.run(t, &ec2.RunInstancesInput{InstanceType: types.InstanceTypeT3Small}); apiCode(err) != "InsufficientInstanceCapacity" {
		t.Errorf("t3.small: %v", err)
	}
	if _, err := f.run(t, &ec2.RunInstancesInput{InstanceType: types.InstanceTypeT3Medium}); err != nil {
		t.Errorf("t3.medium: %v", err)
	}
}

// On a Xen type, Latest is refused and the console is what was posted after the last transition.
func TestMannersXenConsole(t *testing.T) {
	f := newMannersFixture(t, Manners{XenConsoles: true})
	out, err := f.run(t, &ec2.RunInstancesInput{InstanceType: types.InstanceTypeT2Micro})
	if err != nil {
		t.Fatal(err)
	}
	id := aws.ToString(out.Instances[0].InstanceId)
	ctx := context.Background()
	deadline := time.Now().Add(10 * time.Second)
	for {
		_, err := f.ec2.GetConsoleOutput(ctx, &ec2.GetConsoleOutputInput{InstanceId: &id, Latest: aws.Bool(true)})
		if apiCode(err) == "UnsupportedOperation" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("Latest on t2.micro: %v", err)
		}
		time.Sleep(50 * time.Millisecond)
	}
	for {
		c, err := f.ec2.GetConsoleOutput(ctx, &ec2.GetConsoleOutputInput{InstanceId: &id})
		if err != nil {
			t.Fatal(err)
		}
		got, _ := base64.StdEncoding.DecodeString(aws.ToString(c.Output))
		if strings.Contains(string(got), "console of "+id) {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("nothing was posted after the instance started: %q", got)
		}
		time.Sleep(100 * time.Millisecond)
	}
	nitro, err := f.run(t, &ec2.RunInstancesInput{InstanceType: types.InstanceTypeT3Micro})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.ec2.GetConsoleOutput(ctx, &ec2.GetConsoleOutputInput{InstanceId: nitro.Instances[0].InstanceId, Latest: aws.Bool(true)}); err != nil {
		t.Errorf("Latest on t3.micro: %v", err)
	}
}
